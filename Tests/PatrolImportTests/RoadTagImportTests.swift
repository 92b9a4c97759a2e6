import Foundation
import Testing
import PatrolData
import PatrolImport
import PatrolGeo
import PatrolRouting
import _PatrolTestSupport

/// One road from node 1 to node 2 (0.002° of longitude at 42.5° N, about 164 m), with a
/// `maxspeed` tag, and a dead-end lane north from node 2; no DEM, so the ETA from node 1 to
/// node 2 is the length over the capped class speed.
@Suite("Road tags at import: maxspeed read, reported when unreadable, capping the class speed; ferries reported")
struct RoadTagImportTests {
    static func osm(highway: String, maxspeed: String, extra: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <osm version="0.6">
          <node id="1" lat="42.5000000" lon="1.5000000"/>
          <node id="2" lat="42.5000000" lon="1.5020000"/>
          <node id="5" lat="42.5010000" lon="1.5010000"/>
          <node id="9" lat="42.5005000" lon="1.5010000"><tag k="amenity" v="police"/><tag k="name" v="Station"/></node>
          <way id="11"><nd ref="2"/><nd ref="5"/><tag k="highway" v="residential"/></way>
          <way id="10"><nd ref="1"/><nd ref="2"/><tag k="highway" v="\(highway)"/><tag k="maxspeed" v="\(maxspeed)"/></way>
          \(extra)
        </osm>
        """
    }

    /// The import report and the car's route from node 1 to node 2.
    func imported(highway: String, maxspeed: String) throws -> (report: OSMImportReport, route: Route, length: Double, map: PatrolMap) {
        let input = try ImportFixtures.file(Self.osm(highway: highway, maxspeed: maxspeed), extension: "osm")
        let folder = ImportFixtures.temporaryPath("maxspeed")
        let report = try OSMImporter.run(OSMImportOptions(input: input, output: folder, name: "maxspeed"))
        let map = try MapLoader.load(folder)
        let ends = try map.wgs84Transform().forward([Point(x: 1.5, y: 42.5), Point(x: 1.502, y: 42.5)])
        let route = try Router(map: map, profile: .car).route(from: ends[0], to: ends[1])
        return (report, route, try #require(map.roads.first { $0.id == "w10" }).length, map)
    }

    @Test(
        "the ETA is the length at min(class speed, maxspeed)",
        arguments: [
            ("secondary", "30", 30.0), ("secondary", "20 mph", 20 * 1.609344), ("primary", "CN:urban", 50),
            ("secondary", "AD:rural", 50), ("residential", "walk", 6), ("primary", "none", 60), ("tertiary", "90;30", 30),
        ])
    func capped(highway: String, maxspeed: String, speed: Double) throws {
        let (report, route, length, _) = try imported(highway: highway, maxspeed: maxspeed)
        #expect(report.roads.maxspeedsRead == 1 && report.roads.maxspeedsDropped.isEmpty)
        #expect(abs(route.distance - length) < 0.01)
        #expect(abs(Double(route.milliseconds) - length / (speed / 3.6) * 1000) <= 1)
    }

    @Test("an unreadable maxspeed is dropped at import and said so; the class speed applies")
    func unreadable() throws {
        let (report, route, length, map) = try imported(highway: "secondary", maxspeed: "signals")
        #expect(report.roads.maxspeedsRead == 0 && report.roads.maxspeedsDropped == ["signals": 1])
        #expect(report.text(.en).contains("maxspeed read on 0 ways, 1 unreadable dropped ('signals' 1)"))
        #expect(report.text(.zh).contains("maxspeed 读取 0 条,1 条无法识别已丢弃('signals' 1)"))
        #expect(map.roads.allSatisfy { $0.tags["maxspeed"] == nil })
        #expect(abs(Double(route.milliseconds) - length / (50 / 3.6) * 1000) <= 1)
    }

    @Test("a route=ferry way is not imported, and the report says so; junction=circular is written one way")
    func ferryAndCircular() throws {
        let extra = """
            <node id="3" lat="42.5010000" lon="1.5000000"/>
            <node id="4" lat="42.5010000" lon="1.5020000"/>
            <way id="20"><nd ref="2"/><nd ref="4"/><tag k="route" v="ferry"/><tag k="duration" v="00:10"/></way>
            <way id="21"><nd ref="1"/><nd ref="3"/><nd ref="4"/><nd ref="1"/><tag k="highway" v="tertiary"/><tag k="junction" v="circular"/></way>
            """
        let input = try ImportFixtures.file(Self.osm(highway: "secondary", maxspeed: "50", extra: extra), extension: "osm")
        let folder = ImportFixtures.temporaryPath("ferry")
        let report = try OSMImporter.run(OSMImportOptions(input: input, output: folder, name: "ferry"))
        #expect(report.ferries == 1)
        #expect(report.text(.en).contains("  ferries: 1 route=ferry way not imported (routes never take a ferry)"))
        #expect(report.text(.zh).contains("  渡轮:1 条 route=ferry 航线未导入(路线不会经过渡轮)"))
        #expect(report.roads.roundaboutOneways == 1)
        let map = try MapLoader.load(folder)
        #expect(map.roads.contains { $0.tags["junction"] == "circular" && $0.tags["oneway"] == "yes" })
        #expect(!map.roads.contains { $0.tags["route"] != nil })
    }
}
