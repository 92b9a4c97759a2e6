import Testing
import PatrolData
import PatrolGeo
import PatrolRouting
import _PatrolTestSupport

/// `barriers.geojson` in a hand-made map (SampleMaps/tiny): read with located errors, and routed.
///
/// 北沟路 (r2) runs 600 m north from 小河路 at x = 597000, with a vertex at 300 m.
@Suite("barriers.geojson on the tiny map")
struct HandMadeBarrierTests {
    static let layer = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","id":"b1","properties":{"barrier":"bollard"},"geometry":{"type":"Point","coordinates":[597000,3863500]}},
        {"type":"Feature","id":"b2","properties":{"barrier":"gate"},"geometry":{"type":"LineString","coordinates":[[597000,3863500],[597000,3863501]]}},
        {"type":"Feature","id":"b3","properties":{"name":"no kind"},"geometry":{"type":"Point","coordinates":[597000,3863500]}}
        ]}
        """

    @Test("a Point is read; a LineString and a point with neither barrier nor ford are located errors")
    func reader() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        try copy.write("barriers.geojson", Self.layer)
        let map = try MapLoader.load(copy.path)
        #expect(map.barriers.map(\.id) == ["b1"])
        let issues = map.issues.filter { $0.file == "barriers.geojson" }
        #expect(issues.map(\.feature) == [1, 2])
        #expect(issues.map(\.field) == ["geometry", "barrier"])
        #expect(issues.allSatisfy { $0.severity == .error && $0.line != nil })
    }

    @Test("a bollard on 北沟路: car+foot parks at it and walks the last 300 m; without it, the car drives all 600 m")
    func bollardOnLane() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        let start = Point(x: 597000, y: 3863200)
        let end = Point(x: 597000, y: 3863800)
        let free = try Router(map: MapLoader.load(copy.path), profile: .carFoot).route(from: start, to: end)
        #expect(free.walkDistance == 0 && abs(free.distance - 600) < 1e-6)
        try copy.write("barriers.geojson", Self.layer)
        let blocked = try Router(map: MapLoader.load(copy.path), profile: .carFoot).route(from: start, to: end)
        #expect(abs(blocked.walkDistance - 300) < 1e-6)
        #expect(abs(blocked.distance - 600) < 1e-6)
    }
}
