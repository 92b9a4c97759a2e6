import Foundation
import PatrolGeo

/// The police posts and the named places directions refer to.
///
/// The station stands on the county road in the town. Police rooms go to the mountain
/// villages farthest from it, spread apart (each next one as far as possible from the
/// posts already placed), where response from the town is slowest; the registration room
/// to the tableland village farthest from the town, so its people need not travel to the
/// station for papers.
struct PostsAndLandmarks {
    /// A named point with its kind and (for posts) public phone number.
    struct Place {
        var name: String
        var kind: String
        var phone: String?
        var location: Point
    }

    private(set) var posts: [Place] = []
    private(set) var landmarks: [Place] = []

    init(
        landscape: Landscape, network: RoadNetwork, seats: [Point], tablelandCount: Int, hamlets: [Hamlet],
        bridges: [RoadTagging.Stretch], reservoir: Reservoir?, names: PlaceNames, random: RandomSource
    ) {
        var random = random
        let segments = SegmentIndex(roads: network.roads, frame: landscape.frame)
        var taken: [Point] = []
        // A spot beside the road near `p`: 12–30 m off it, on flat ground, clear of the others.
        func beside(_ p: Point) -> Point {
            for attempt in 0..<200 {
                let angle = random.uniform(0...(2 * Double.pi))
                let q = p + Point(x: cos(angle), y: sin(angle)) * (14 + Double(attempt) * 0.6)
                guard let c = landscape.frame.cell(containing: q), landscape.inside[c], !landscape.blocked[c], landscape.slope[c] < 0.2 else { continue }
                let d = segments.distanceToRoad(q)
                if (8...30).contains(d), taken.allSatisfy({ $0.distance(to: q) > 15 }) {
                    taken.append(q)
                    return q
                }
            }
            taken.append(p)
            return p
        }
        func short(_ village: Int) -> String {
            let name = names.villages[village]
            return name.hasSuffix("村") && name.count > 2 ? String(name.dropLast()) : name
        }

        let station = seats[0]
        posts.append(Place(name: names.station, kind: "station", phone: "0913-0561110", location: beside(station)))
        var chosen = [station]
        let mountain = Array(tablelandCount..<seats.count)
        for k in 0..<3 {
            let next = mountain.filter { v in !chosen.contains(seats[v]) }.max { a, b in
                chosen.map { seats[a].distance(to: $0) }.min()! < chosen.map { seats[b].distance(to: $0) }.min()!
            }!
            chosen.append(seats[next])
            posts.append(Place(name: short(next) + "警务室", kind: "police_room", phone: "0913-056111\(k + 1)", location: beside(seats[next])))
        }
        let far = (1..<tablelandCount).max { seats[$0].distance(to: station) < seats[$1].distance(to: station) }!
        posts.append(Place(name: short(far) + "便民户籍室", kind: "registration_room", phone: "0913-0561120", location: beside(seats[far])))

        // Landmarks of the town.
        landmarks.append(Place(name: "宫里镇人民政府", kind: "townhall", location: beside(station)))
        landmarks.append(Place(name: "宫里镇中心卫生院", kind: "clinic", location: beside(station)))
        landmarks.append(Place(name: "宫里中学", kind: "school", location: beside(seats[0] + Point(x: 150, y: -120))))
        landmarks.append(Place(name: "宫里农贸市场", kind: "marketplace", location: beside(station + Point(x: -120, y: 40))))
        // Every village: its committee and a shop; schools in the bigger ones; old trees in some.
        for v in seats.indices {
            landmarks.append(Place(name: names.villages[v] + "村委会", kind: "village_committee", location: beside(seats[v])))
            landmarks.append(Place(name: short(v) + "便民超市", kind: "shop", location: beside(seats[v])))
            if v < tablelandCount || v < tablelandCount + 2 {
                landmarks.append(Place(name: short(v) + "小学", kind: "school", location: beside(seats[v] + Point(x: 60, y: 60))))
            }
            if random.chance(0.5) {
                landmarks.append(Place(name: short(v) + "古槐树", kind: "old_tree", location: beside(seats[v] + Point(x: -50, y: 30))))
            }
        }
        // Temples up in the hamlets.
        let temples = ["关帝庙", "娘娘庙", "药王庙", "龙王庙", "观音庙", "土地庙"]
        let candidates = hamlets.filter { $0.access != .township && $0.households >= 5 }
        var used = Set<Int>()
        for temple in temples where !candidates.isEmpty {
            var pick = random.int(0...(candidates.count - 1))
            while used.contains(candidates[pick].village) && used.count < 8 { pick = random.int(0...(candidates.count - 1)) }
            used.insert(candidates[pick].village)
            landmarks.append(Place(name: short(candidates[pick].village) + temple, kind: "temple", location: beside(candidates[pick].site)))
        }
        // The longest bridge of each county or township road is a landmark: the county
        // road's is the town's big bridge, the others take their road's name (宫董路 → 宫董桥).
        var longest: [String: RoadTagging.Stretch] = [:]
        for stretch in bridges {
            guard let road = stretch.bridgeOf else { continue }
            if let best = longest[road], Polyline.length(best.points) >= Polyline.length(stretch.points) { continue }
            longest[road] = stretch
        }
        for road in longest.keys.sorted() {
            let stretch = longest[road]!
            let name = road == names.countyRoad ? String(names.township.prefix(2)) + "大桥" : String(road.dropLast()) + "桥"
            landmarks.append(Place(name: name, kind: "bridge", location: Polyline.point(at: Polyline.length(stretch.points) / 2, on: stretch.points)))
        }
        if let reservoir {
            let village = landscape.territories.labels[reservoir.dam]
            landmarks.append(Place(name: short(village) + "水库", kind: "reservoir", location: landscape.frame.center(reservoir.dam)))
        }
    }
}
