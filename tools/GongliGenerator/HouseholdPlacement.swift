import Foundation
import PatrolGeo

/// Where each household's house stands: in rows along the tableland lanes, strung along the roads near
/// a mountain village's core, in hamlets at the end of their lanes, and alone at the end of a footpath.
///
/// Every house is a few metres off a road, inside its village.
struct HouseholdPlacement {
    /// One placed house.
    struct House {
        var village: Int
        var location: Point
        /// The settlement it belongs to (an index into the hamlet list, or -1 on a tableland lane).
        var hamlet: Int
    }

    private(set) var houses: [House] = []
    private let landscape: Landscape
    private let polygons: [Polygon]
    private let roads: SegmentIndex
    private var occupied: [Int: [Point]] = [:]

    init(landscape: Landscape, polygons: [Polygon], network: RoadNetwork) {
        self.landscape = landscape
        self.polygons = polygons
        roads = SegmentIndex(roads: network.roads, frame: landscape.frame)
    }

    /// True when `p` lies in village `village`'s polygon.
    func lies(_ p: Point, in village: Int) -> Bool { polygons[village].contains(p) }

    private func key(_ p: Point) -> Int { Int((p.x / 10).rounded(.down)) &* 100_003 &+ Int((p.y / 10).rounded(.down)) }

    private func isClear(_ p: Point, spacing: Double) -> Bool {
        let kx = Int((p.x / 10).rounded(.down))
        let ky = Int((p.y / 10).rounded(.down))
        let reach = Int((spacing / 10).rounded(.up))
        for dx in -reach...reach {
            for dy in -reach...reach {
                for q in occupied[(kx + dx) &* 100_003 &+ (ky + dy)] ?? [] where q.distance(to: p) < spacing { return false }
            }
        }
        return true
    }

    /// Candidate house spots beside `lines`: every `step` metres along them, on both sides
    /// at `offset` metres (each jittered), on ground a house can stand on.
    func frontage(_ lines: [[Point]], step: ClosedRange<Double>, offset: ClosedRange<Double>, maxSlope: Double, random: inout RandomSource) -> [Point] {
        var spots: [Point] = []
        for line in lines {
            for i in 0..<(line.count - 1) {
                let a = line[i]
                let b = line[i + 1]
                let length = a.distance(to: b)
                guard length > 1 else { continue }
                let along = (b - a) * (1 / length)
                let normal = Point(x: -along.y, y: along.x)
                var t = random.uniform(0...step.upperBound)
                while t < length {
                    for side in [-1.0, 1.0] {
                        let p = a + along * t + normal * (side * random.uniform(offset))
                        guard let c = landscape.frame.cell(containing: p), landscape.inside[c], !landscape.blocked[c],
                            !landscape.stream[c], landscape.slope[c] < maxSlope
                        else { continue }
                        spots.append(p)
                    }
                    t += random.uniform(step)
                }
            }
        }
        return spots
    }

    /// Places up to `count` houses of `village` at the spots nearest `centre`, keeping them `spacing` apart
    /// and at least 7 m off every road.
    ///
    /// Returns how many it placed.
    @discardableResult
    mutating func place(_ count: Int, village: Int, hamlet: Int, spots: [Point], centre: Point, spacing: Double) -> Int {
        guard count > 0 else { return 0 }
        let ordered = spots.sorted {
            $0.squaredDistance(to: centre) < $1.squaredDistance(to: centre)
                || ($0.squaredDistance(to: centre) == $1.squaredDistance(to: centre) && ($0.x, $0.y) < ($1.x, $1.y))
        }
        var placed = 0
        for p in ordered where placed < count {
            guard isClear(p, spacing: spacing), roads.distanceToRoad(p) >= 7, lies(p, in: village) else { continue }
            houses.append(House(village: village, location: p, hamlet: hamlet))
            occupied[key(p), default: []].append(p)
            placed += 1
        }
        return placed
    }
}
