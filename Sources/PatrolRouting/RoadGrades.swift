public import PatrolData
import PatrolGeo

/// The grade profile of every ground-level link, fitted along the whole road it belongs to.
///
/// Each link is still cut into its own equal steps of at most ``TravelTime/stepLength`` metres,
/// but a step's grade is the least-squares slope of the heights within half a
/// ``GradeProfile/window(for:)`` of its middle along the link's stroke (``RoadStrokes``), the
/// chain of links the road runs through, not along the link alone. A 150 m village link thus gets
/// its slope from the road on both sides of its junctions, as its driver climbs it, instead of
/// from the six interpolated samples between them; the window stops only where the road ends
/// or enters a bridge or tunnel. Bridges and tunnels have no profile here: their grade runs from
/// portal to portal (``PortalGrades``).
public struct RoadGrades: Sendable {
    /// The profile of each link (forwards along its geometry); `nil` for bridges, tunnels and without a DEM.
    public let profiles: [GradeProfile?]

    /// Fits the grades of `network`'s ground-level links over `elevation` (none without one).
    ///
    /// - Complexity: O(vertices + steps × (log steps + window / step)) over all links
    public init(network: RoadNetwork, elevation: ElevationGrid?) {
        var profiles = [GradeProfile?](repeating: nil, count: network.links.count)
        guard let elevation else {
            self.profiles = profiles
            return
        }
        let half = GradeProfile.window(for: elevation) / 2
        for stroke in RoadStrokes(network: network).strokes {
            // The stroke's samples: each link's own, at its steps, end to end (a node once).
            var positions: [Double] = []
            var heights: [Double?] = []
            var offsets: [Double] = []
            var offset = 0.0
            for entry in stroke {
                let link = network.links[entry.link]
                let count = GradeProfile.stepCount(link.length)
                let step = link.length / Double(count)
                var points = GradeProfile.samples(link.geometry, count: count, step: step)
                var along = (0...count).map { Double($0) * step }
                if !entry.forward {
                    points.reverse()
                    along = along.reversed().map { link.length - $0 }
                }
                for k in (positions.isEmpty ? 0 : 1)...count {
                    positions.append(offset + along[k])
                    heights.append(elevation.elevation(at: points[k]))
                }
                offsets.append(offset)
                offset += link.length
            }
            for (entry, start) in zip(stroke, offsets) {
                let length = network.links[entry.link].length
                let count = GradeProfile.stepCount(length)
                let step = length / Double(count)
                let grades = (0..<count).map { k -> Double in
                    let along = (Double(k) + 0.5) * step
                    let middle = start + (entry.forward ? along : length - along)
                    let slope = GradeProfile.slope(positions: positions, heights: heights, around: middle, half: max(step / 2, half))
                    return entry.forward ? slope : -slope
                }
                profiles[entry.link] = GradeProfile(step: step, grades: grades)
            }
        }
        self.profiles = profiles
    }
}
