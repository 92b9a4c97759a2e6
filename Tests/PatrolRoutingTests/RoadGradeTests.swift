import Testing
import PatrolData
import PatrolGeo
@testable import PatrolRouting

/// Grades fitted along the whole road (``RoadGrades``), across the junctions that cut it into
/// links, over a window of eight cells of the DEM's source data, not the resampled grid's.
@Suite("Terrain: grades fitted along the whole road")
struct RoadGradeTests {
    /// A DEM of 25 m cells resampled from 75 m source data (a 600 m window), 13 × 3 cells whose
    /// centres lie at x = 0, 25, …, 300 and y = −25, 0, 25: a plane rising 8 % to the east, each
    /// column 6 m above it and the next 6 m below (+6, −6, +6, … from x = 0).
    static func noisyRamp() throws -> ElevationGrid {
        let row: [Float] = (0..<13).map { (c: Int) -> Float in
            let noise: Double = c % 2 == 0 ? 6 : -6
            return Float(500 + 2 * Double(c) + noise)
        }
        let values = row + row + row
        return try ElevationGrid(columns: 13, rows: 3, west: -12.5, south: -37.5, cellSize: 25, values: values, sourceResolution: 75)
    }

    /// A village street east along y = 0 from x = 0 to 300 m, cut into four 75 m links by lanes
    /// leaving it northwards at x = 75, 150 and 225 m.
    static func street() -> RoadNetwork {
        let street = Road(
            feature: 0, id: "street", tags: ["highway": "unclassified", "surface": "asphalt", "name": "街"],
            geometry: stride(from: 0.0, through: 300, by: 75).map { Point(x: $0, y: 0) })
        let lanes = [75.0, 150, 225].enumerated().map { i, x in
            Road(feature: i + 1, id: "lane\(i)", tags: ["highway": "service"], geometry: [Point(x: x, y: 0), Point(x: x, y: 20)])
        }
        return NetworkBuilder.build(roads: [street] + lanes)
    }

    /// The street's links, west to east.
    static func streetLinks(_ network: RoadNetwork) -> [Int] {
        network.links.indices.filter { network.roads[Int(network.links[$0].road)].id == "street" }
            .sorted { network.links[$0].geometry.map(\.x).min()! < network.links[$1].geometry.map(\.x).min()! }
    }

    @Test("the window is eight source cells, at least 300 m: 600 m here, 741.6 m for SRTM's 3″, 300 m for a grid that is its own source")
    func window() throws {
        var dem = try Self.noisyRamp()
        #expect(GradeProfile.window(for: dem) == 600)
        dem.sourceResolution = 92.7
        #expect(abs(GradeProfile.window(for: dem) - 741.6) < 1e-9)
        dem.sourceResolution = nil
        #expect(dem.sourceSpacing == 25 && GradeProfile.window(for: dem) == 300)
    }

    @Test("the street is one stroke through its junctions; the lanes, 90° off it, are strokes of their own")
    func strokes() {
        let network = Self.street()
        let links = Self.streetLinks(network)
        #expect(links.count == 4 && links.allSatisfy { abs(network.links[$0].length - 75) < 1e-9 })
        let strokes = RoadStrokes(network: network).strokes
        #expect(strokes.count == 4)
        let street = strokes.first { $0.contains { $0.link == links[0] } }!
        #expect(Set(street.map(\.link)) == Set(links))
        #expect(strokes.filter { $0.count == 1 }.count == 3)
    }

    @Test("whole road: every step climbs the true 8 %; per link: −1.6 % and 17.6 % by turns, as the hand fit says")
    func wholeRoad() throws {
        let dem = try Self.noisyRamp()
        let network = Self.street()
        let links = Self.streetLinks(network)
        let grades = RoadGrades(network: network, elevation: dem)
        // The 13 samples are the cell centres: z_i = 500 + 2 i + 6 (−1)^i. Their least-squares
        // slope is 2 m per 25 m plus Σ (i − 6)(−1)^i · 6 / Σ (i − 6)² per 25 m, and that sum
        // is 0 (the terms for i and 12 − i cancel): 8 % exactly, and every window holds all 13.
        for link in links {
            let profile = try #require(grades.profiles[link])
            #expect(profile.grades.count == 3 && abs(profile.step - 25) < 1e-9)
            #expect(profile.grades.allSatisfy { abs($0 - 0.08) < 1e-9 })
        }
        // The old fit on each 75 m link alone sees four samples, noise +6 −6 +6 −6 (or its
        // opposite): Σ (i − 1.5) nᵢ / Σ (i − 1.5)² = −12 / 5 = −2.4 m per 25 m, so 8 % ∓ 9.6 %.
        for (i, link) in links.enumerated() {
            let alone = GradeProfile(geometry: network.links[link].geometry, elevation: dem)
            let expected = i % 2 == 0 ? -0.016 : 0.176
            #expect(alone.grades.allSatisfy { abs($0 - expected) < 1e-9 })
        }
    }

    @Test("the car graph times each street link at the 8 % factor (0.95), both ways, and a part adds up to the whole")
    func carTimes() throws {
        let dem = try Self.noisyRamp()
        let graph = RoutingGraph(network: Self.street(), profile: .car, elevation: dem)
        for link in Self.streetLinks(graph.network) {
            let flat = try #require(graph.flatSpeed(layer: 0, link: link, backward: false))
            let expected = 75 / (flat * GradeFactors.paved.factor(0.08) / 3.6)
            #expect(abs(graph.seconds(alongLink: link, from: 0, to: 75, flatSpeed: flat, mode: .car) - expected) < 1e-9)
            #expect(abs(graph.seconds(alongLink: link, from: 75, to: 0, flatSpeed: flat, mode: .car) - expected) < 1e-9)
            let parts =
                graph.seconds(alongLink: link, from: 0, to: 30, flatSpeed: flat, mode: .car)
                + graph.seconds(alongLink: link, from: 30, to: 75, flatSpeed: flat, mode: .car)
            #expect(abs(parts - expected) < 1e-9)
        }
    }

    @Test("a road on its own, with no junction on it, keeps the grades of the line fitted alone")
    func loneRoad() throws {
        let dem = try TerrainModelTests.noisyPlane()
        let network = NetworkBuilder.build(roads: [Road(feature: 0, id: "r", tags: ["highway": "tertiary"], geometry: TerrainModelTests.road)])
        #expect(network.links.count == 1)
        let fitted = try #require(RoadGrades(network: network, elevation: dem).profiles[0])
        let alone = GradeProfile(geometry: TerrainModelTests.road, elevation: dem)
        #expect(fitted.step == alone.step && fitted.grades.count == alone.grades.count)
        #expect(zip(fitted.grades, alone.grades).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test("a bridge cuts the road: the ground on either side is fitted apart, and the bridge is in no stroke")
    func bridgeStopsTheFit() throws {
        let dem = try Self.noisyRamp()
        let west = Road(feature: 0, id: "west", tags: ["highway": "unclassified"], geometry: [Point(x: 0, y: 0), Point(x: 75, y: 0)])
        let bridge = Road(
            feature: 1, id: "bridge", tags: ["highway": "unclassified", "bridge": "yes"], geometry: [Point(x: 75, y: 0), Point(x: 150, y: 0)])
        let east = Road(feature: 2, id: "east", tags: ["highway": "unclassified"], geometry: [Point(x: 150, y: 0), Point(x: 300, y: 0)])
        let network = NetworkBuilder.build(roads: [west, bridge, east])
        #expect(network.links.count == 3)
        let strokes = RoadStrokes(network: network).strokes
        #expect(strokes.count == 2 && strokes.allSatisfy { $0.count == 1 })
        let grades = RoadGrades(network: network, elevation: dem)
        let bridgeLink = network.links.indices.first { network.roads[Int(network.links[$0].road)].id == "bridge" }!
        #expect(grades.profiles[bridgeLink] == nil)
        // West of the bridge, alone: the −1.6 % of the four samples x = 0…75.
        let westLink = network.links.indices.first { network.roads[Int(network.links[$0].road)].id == "west" }!
        #expect(try #require(grades.profiles[westLink]).grades.allSatisfy { abs($0 + 0.016) < 1e-9 })
    }
}
