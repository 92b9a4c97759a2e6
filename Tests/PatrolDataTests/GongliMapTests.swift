import PatrolData
import PatrolGeo
import Testing
import _PatrolTestSupport

@Suite("SampleMaps/gongli, the generated 78 km² jurisdiction")
struct GongliMapTests {
    @Test("loads with no error and no warning, and says it is synthetic")
    func loadsClean() throws {
        let map = try Fixtures.gongli()
        #expect(map.issues.isEmpty, "\(map.issues.prefix(5))")
        #expect(map.manifest.synthetic)
        #expect(map.workingCRS.definition == "EPSG:4545")
    }

    @Test("78 km² ±1%, 14 villages tiling it, ~12,000 households and ~40,000 residents (±5%)")
    func headlineFigures() throws {
        let map = try Fixtures.gongli()
        let summary = MapSummary(map)
        print("gongli: \(summary.areaKm2) km², \(summary.households) households, \(summary.residents) residents")
        #expect(abs(summary.areaKm2 - 78) <= 0.78)
        #expect(summary.villages.count == 14)
        #expect(Set(summary.villages.map(\.name)).count == 14)
        // The villages tile the jurisdiction: their areas add up to its area.
        let villageArea = summary.villages.map(\.areaKm2).reduce(0, +)
        #expect(abs(villageArea - summary.areaKm2) < 0.001)
        #expect((11_400...12_600).contains(summary.households))
        #expect((38_000...42_000).contains(summary.residents))
        #expect(summary.villages.allSatisfy { $0.households > 300 })
    }

    @Test("terrain: tableland in the south, mountains to 1,200 m and more in the north")
    func terrain() throws {
        let map = try Fixtures.gongli()
        let grid = try #require(map.elevation)
        #expect(grid.cellSize == 25)
        let bounds = try #require(map.jurisdiction.boundary.bounds)
        let middle = (bounds.minY + bounds.maxY) / 2
        var south: [Double] = []
        var northHighest = 0.0
        for household in map.households {
            let z = try #require(grid.elevation(at: household.location))
            if household.location.y < middle - 1000 { south.append(z) }
        }
        for row in 0..<grid.rows {
            for column in 0..<grid.columns {
                let p = grid.cellCenter(row: row, column: column)
                guard p.y > middle, map.jurisdiction.boundary.contains(p), let z = grid.value(row: row, column: column) else { continue }
                northHighest = max(northHighest, z)
            }
        }
        south.sort()
        let median = south[south.count / 2]
        print("gongli: southern houses stand at \(south.first!)–\(south.last!) m (median \(median)); the northern half rises to \(northHighest) m")
        // On the tableland top, a few down in the gullies.
        #expect(median > 540 && median < 680)
        #expect(south.first! > 440 && south.last! < 720)
        #expect(northHighest > 1150 && northHighest < 1500)
    }

    @Test("the roads are one network, joined only at shared vertices")
    func oneNetwork() throws {
        let map = try Fixtures.gongli()
        let figures = RoadNetworkFigures(roads: map.roads)
        #expect(figures.componentCount == 1)
        let crossings = figures.crossingsWithoutJunction
        #expect(crossings.isEmpty, "roads cross without a junction at \(crossings.prefix(3))")
        // The network has what the officers talk about: bridges, seasonal fords, narrow lanes.
        #expect(map.roads.filter { $0.tags["bridge"] == "yes" }.count >= 10)
        #expect(map.roads.filter { $0.tags["seasonal"] == "wet_impassable" && $0.tags["ford"] == "yes" }.count >= 5)
        #expect(map.roads.contains { Double($0.tags["width"] ?? "") ?? 9 < 2.5 && $0.highway != "path" && $0.highway != "track" })
        #expect(Set(map.roads.map(\.highway)).isSuperset(of: ["secondary", "tertiary", "unclassified", "residential", "track", "path"]))
    }

    @Test("the north has more forks per km² and more winding roads than the south")
    func northIsHarder() throws {
        let map = try Fixtures.gongli()
        let bounds = try #require(map.jurisdiction.boundary.bounds)
        let middle = (bounds.minY + bounds.maxY) / 2
        let ring = map.jurisdiction.boundary.polygons[0].exterior
        let northArea = RoadNetworkFigures.area(of: ring, northOf: middle) / 1e6
        let southArea = abs(Polygon.signedArea(ring)) / 1e6 - northArea
        let figures = RoadNetworkFigures(roads: map.roads)
        let forks = figures.forks
        let northForks = Double(forks.filter { $0.y >= middle }.count) / northArea
        let southForks = Double(forks.filter { $0.y < middle }.count) / southArea
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        func midpoint(_ road: Road) -> Point { Polyline.point(at: road.length / 2, on: road.geometry) }
        let northWinding = median(figures.sinuosities { midpoint($0).y >= middle })
        let southWinding = median(figures.sinuosities { midpoint($0).y < middle })
        print("gongli: forks per km² north \(northForks), south \(southForks); median sinuosity north \(northWinding), south \(southWinding)")
        #expect(northForks > 1.5 * southForks)
        #expect(northWinding > southWinding + 0.05)
    }

    @Test("every house stands a few metres off a road")
    func housesBesideRoads() throws {
        let map = try Fixtures.gongli()
        var buckets: [Int: [(Point, Point)]] = [:]
        func key(_ p: Point) -> Int { Int((p.x / 100).rounded(.down)) &* 1_000_003 &+ Int((p.y / 100).rounded(.down)) }
        for road in map.roads {
            for i in 1..<road.geometry.count {
                let (a, b) = (road.geometry[i - 1], road.geometry[i])
                let steps = Int((a.distance(to: b) / 50).rounded(.up))
                var keys: Set<Int> = []
                for s in 0...steps { keys.insert(key(a + (b - a) * (Double(s) / Double(max(steps, 1))))) }
                for k in keys { buckets[k, default: []].append((a, b)) }
            }
        }
        var farthest = 0.0
        for household in map.households {
            var nearest = Double.infinity
            let p = household.location
            for dx in -1...1 {
                for dy in -1...1 {
                    let k = (Int((p.x / 100).rounded(.down)) + dx) &* 1_000_003 &+ (Int((p.y / 100).rounded(.down)) + dy)
                    for (a, b) in buckets[k] ?? [] {
                        nearest = min(nearest, Polyline.closestPoint(to: p, onSegmentFrom: a, to: b).point.distance(to: p))
                    }
                }
            }
            farthest = max(farthest, nearest)
        }
        print("gongli: the farthest house is \(farthest) m from a road")
        #expect(farthest < 40)
    }

    @Test("posts: the station in the town, three police rooms in the mountains, one registration room")
    func posts() throws {
        let map = try Fixtures.gongli()
        let station = try #require(map.posts.first { $0.kind == .station })
        let town = try #require(map.villages.first { $0.name == "宫里村" })
        #expect(town.boundary.contains(station.location))
        #expect(map.posts.filter { $0.kind == .policeRoom }.count == 3)
        #expect(map.posts.filter { $0.kind == .registrationRoom }.count == 1)
        let bounds = try #require(map.jurisdiction.boundary.bounds)
        let middle = (bounds.minY + bounds.maxY) / 2
        #expect(map.posts.filter { $0.kind == .policeRoom }.allSatisfy { $0.location.y > middle })
        #expect(Set(map.landmarks.map(\.kind)).isSuperset(of: ["village_committee", "school", "temple", "bridge", "old_tree", "shop", "reservoir"]))
    }

    @Test("the ledger is synthetic: unassignable phone numbers, care tags at plausible rates")
    func ledger() throws {
        let map = try Fixtures.gongli()
        let phones = map.households.map(\.phone)
        #expect(phones.allSatisfy { $0.count == 11 && $0.hasPrefix("1009") && $0.allSatisfy(\.isNumber) })
        #expect(Set(phones).count == phones.count)
        #expect(map.households.allSatisfy { (2...4).contains($0.head.count) && (1...7).contains($0.members) })
        func share(_ tag: String) -> Double { Double(map.households.filter { $0.tags.contains(tag) }.count) / Double(map.households.count) }
        #expect((0.05...0.14).contains(share("elderly_alone")))
        #expect((0.02...0.08).contains(share("left_behind_children")))
        #expect((0.002...0.02).contains(share("mental_health")))
        #expect(map.households.filter { $0.tags.contains("elderly_alone") }.allSatisfy { $0.members == 1 })
        #expect(map.households.first?.id == "H00001")
    }
}
