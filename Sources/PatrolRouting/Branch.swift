import Foundation
import PatrolGeo

/// One road leaving a junction, as the officer sees it on arrival.
struct Branch {
    /// Incidence entry: `link * 2 + (1 if the link ends at the junction)`.
    var entry: Int
    /// Direction of the first metres of the branch, radians (0 = east, counter-clockwise).
    var bearing: Double
    /// Turn angle from the arriving direction, degrees in (−180, 180], positive left.
    var turn: Double
    /// Elevation change over the branch's first ~100 m, metres (nil without a DEM).
    var climb: Double?
    /// The road's tags.
    var tags: [String: String]
    /// Why the mode may not enter it, nil when it may.
    var closure: BranchClosure?
    /// True for a parallel lane that rejoins the route (``ForkBranch/rejoinsRoute``).
    var rejoins = false

    /// How far along a line its heading is measured, metres.
    static let headingLength = 20.0
    /// How far along a branch its climb is measured, metres.
    static let climbLength = 100.0

    /// The heading of a line leaving its first vertex, over its first ``headingLength`` metres.
    static func heading(_ line: [Point]) -> Double {
        guard let first = line.first else { return 0 }
        let ahead = Polyline.point(at: min(headingLength, Polyline.length(line)), on: line)
        return atan2(ahead.y - first.y, ahead.x - first.x)
    }

    /// Difference of two headings in degrees, normalised to (−180, 180], positive counter-clockwise.
    static func angle(from a: Double, to b: Double) -> Double {
        var d = (b - a) * 180 / .pi
        while d <= -180 { d += 360 }
        while d > 180 { d -= 360 }
        return d
    }

    /// A heading (radians, 0 = east, counter-clockwise) as a compass bearing: degrees
    /// clockwise from north, in [0, 360).
    static func compassBearing(_ angle: Double) -> Double {
        let degrees = (90 - angle * 180 / .pi).truncatingRemainder(dividingBy: 360)
        return degrees < 0 ? degrees + 360 : degrees
    }
}
