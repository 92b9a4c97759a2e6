import Foundation
import Testing
import PatrolData
import PatrolImport
import PatrolGeo
import PatrolRouting
import _PatrolTestSupport

/// Two residential streets from west (node 1) to east (node 3): a direct one through node 2,
/// 0.002° of longitude, and a detour one 0.001° of latitude to the north.
@Suite("OSM barriers and fords: imported, then routed, checked by hand")
struct BarrierImportTests {
    static func osm(node2 tags: String, directWay: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <osm version="0.6">
          <node id="1" lat="42.5000000" lon="1.5000000"/>
          <node id="2" lat="42.5000000" lon="1.5010000">\(tags)</node>
          <node id="3" lat="42.5000000" lon="1.5020000"/>
          <node id="4" lat="42.5010000" lon="1.5000000"/>
          <node id="5" lat="42.5010000" lon="1.5020000"/>
          <node id="6" lat="42.5020000" lon="1.5010000"><tag k="barrier" v="gate"/></node>
          <node id="9" lat="42.5005000" lon="1.5010000"><tag k="amenity" v="police"/><tag k="name" v="Station"/></node>
          <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><tag k="highway" v="residential"/>\(directWay)</way>
          <way id="11"><nd ref="1"/><nd ref="4"/><nd ref="5"/><nd ref="3"/><tag k="highway" v="residential"/></way>
        </osm>
        """
    }

    /// Imports the fixture and loads the package.
    func imported(node2 tags: String, directWay: String = "") throws -> (map: PatrolMap, report: OSMImportReport, folder: String) {
        let input = try ImportFixtures.file(Self.osm(node2: tags, directWay: directWay), extension: "osm")
        let folder = ImportFixtures.temporaryPath("barrier")
        let report = try OSMImporter.run(OSMImportOptions(input: input, output: folder, name: "barrier"))
        return (try MapLoader.load(folder), report, folder)
    }

    /// The route from node 1 to node 3 for `profile` in `season`.
    func route(_ map: PatrolMap, _ profile: TravelProfile, season: Season = .dry) throws -> Route {
        let toWorking = try map.wgs84Transform()
        let ends = toWorking.forward([Point(x: 1.5, y: 42.5), Point(x: 1.502, y: 42.5)])
        return try Router(map: map, profile: profile, season: season).route(from: ends[0], to: ends[1])
    }

    /// Length of the direct street in the working CRS (about 164 m: 0.002° × 82 km/° at 42.5° N).
    func directLength(_ map: PatrolMap) throws -> Double {
        let road = try #require(map.roads.first { $0.id == "w10" })
        return road.length
    }

    @Test("a bollard stops the car (it goes round) but not a walker; it is written to barriers.geojson and counted")
    func bollard() throws {
        let (map, report, folder) = try imported(node2: #"<tag k="barrier" v="bollard"/>"#)
        #expect(report.barriers.byKind == ["bollard": 1])
        #expect(report.text(.en).contains("barriers: 1 point on roads written to barriers.geojson (bollard 1)"))
        let text = try ImportFixtures.text(folder + "/barriers.geojson")
        #expect(text.contains(#""id":"n2""#) && text.contains(#""barrier":"bollard""#))
        #expect(try ImportFixtures.text(folder + "/map.json").contains(#""barriers": "barriers.geojson""#))
        #expect(map.barriers.count == 1 && map.barriers[0].kind == "bollard")
        let direct = try directLength(map)
        #expect(abs(direct - 164.1) < 1)
        let car = try route(map, .car)
        // Round by the north street: 111.3 m up, 164.1 m across, 111.3 m down.
        #expect(car.distance > direct + 200)
        let foot = try route(map, .foot)
        #expect(abs(foot.distance - direct) < 0.01)
        // On foot at Tobler's flat 5.04 km/h, no time for a bollard.
        #expect(abs(Double(foot.milliseconds) - direct / (SlopeSpeed.toblerFlat / 3.6) * 1000) <= 2)
    }

    @Test("a gate lets the car through with 30 s to open and close it: time = length / 25 km/h + 30 s")
    func gate() throws {
        let (map, _, _) = try imported(node2: #"<tag k="barrier" v="gate"/>"#)
        let direct = try directLength(map)
        let car = try route(map, .car)
        #expect(abs(car.distance - direct) < 0.01)
        let expected = direct / (25 / 3.6) * 1000 + 30_000
        #expect(abs(Double(car.milliseconds) - expected) <= 2)
    }

    @Test("the barrier's own access tag overrides the default: a bollard with motor_vehicle=yes lets the car by")
    func accessOverride() throws {
        let (map, _, _) = try imported(node2: #"<tag k="barrier" v="bollard"/><tag k="motor_vehicle" v="yes"/>"#)
        let direct = try directLength(map)
        let car = try route(map, .car)
        #expect(abs(Double(car.milliseconds) - direct / (25 / 3.6) * 1000) <= 2)
        let gate = try imported(node2: #"<tag k="barrier" v="gate"/><tag k="access" v="no"/>"#).map
        #expect(try route(gate, .car).distance > direct + 200)
    }

    @Test("a fence stops a walker; a stile lets a walker over in 10 s and stops a car")
    func footBarriers() throws {
        let fence = try imported(node2: #"<tag k="barrier" v="fence"/>"#).map
        let direct = try directLength(fence)
        #expect(try route(fence, .foot).distance > direct + 200)
        let stile = try imported(node2: #"<tag k="barrier" v="stile"/>"#).map
        let foot = try route(stile, .foot)
        #expect(abs(Double(foot.milliseconds) - (direct / (SlopeSpeed.toblerFlat / 3.6) * 1000 + 10_000)) <= 2)
        #expect(try route(stile, .car).distance > direct + 200)
    }

    @Test("a ford node: the car crosses in 20 s in the dry season and goes round in the wet")
    func fordNode() throws {
        let (map, report, _) = try imported(node2: #"<tag k="ford" v="yes"/>"#)
        #expect(report.barriers.byKind == ["ford": 1])
        let direct = try directLength(map)
        let dry = try route(map, .car, season: .dry)
        #expect(abs(Double(dry.milliseconds) - (direct / (25 / 3.6) * 1000 + 20_000)) <= 2)
        #expect(try route(map, .car, season: .wet).distance > direct + 200)
        #expect(try route(map, .foot, season: .wet).distance > direct + 200)
    }

    @Test("a ford way keeps ford=yes and closes in the wet season like seasonal=wet_impassable")
    func fordWay() throws {
        let (map, report, _) = try imported(node2: "", directWay: #"<tag k="ford" v="yes"/>"#)
        #expect(report.barriers.total == 0)
        let road = try #require(map.roads.first { $0.id == "w10" })
        #expect(road.tags["ford"] == "yes")
        let direct = road.length
        #expect(abs(try route(map, .car, season: .dry).distance - direct) < 0.01)
        #expect(try route(map, .car, season: .wet).distance > direct + 200)
    }

    @Test("a barrier node on no road is not written; without barriers the import writes an empty layer")
    func noBarriers() throws {
        let (map, report, folder) = try imported(node2: "")
        #expect(report.barriers.total == 0)
        #expect(!report.text(.en).contains("barriers:"))
        let layer = try ImportFixtures.text(folder + "/barriers.geojson").replacingOccurrences(of: "\n", with: "")
        #expect(layer == #"{"type":"FeatureCollection","features":[]}"#)
        #expect(map.barriers.isEmpty)
    }
}
