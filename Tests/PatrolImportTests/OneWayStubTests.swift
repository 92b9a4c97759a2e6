import Foundation
import Testing
import PatrolData
import PatrolGeo
import PatrolImport
import PatrolRouting

/// A square of streets, a one-way stub off it and an island street.
///
/// The two-way residential square 1–2–3–4 is 0.002° a side; a one-way street runs east from its
/// corner 2 to node 5, where the extract stops: the stub can be driven into but not out of.
/// North of the square, a street 6–7 joined to nothing (its link lies outside the extract).
@Suite("A one-way stub and an island at the data's edge: reported at import, a car snapped there still gets out")
struct OneWayStubTests {
    static let osm = """
        <?xml version="1.0" encoding="UTF-8"?>
        <osm version="0.6">
          <node id="1" lat="42.5000000" lon="1.5000000"/>
          <node id="2" lat="42.5000000" lon="1.5020000"/>
          <node id="3" lat="42.5020000" lon="1.5020000"/>
          <node id="4" lat="42.5020000" lon="1.5000000"/>
          <node id="5" lat="42.5000000" lon="1.5060000"/>
          <node id="6" lat="42.5050000" lon="1.5000000"/>
          <node id="7" lat="42.5050000" lon="1.5020000"/>
          <node id="9" lat="42.5010000" lon="1.5010000"><tag k="amenity" v="police"/><tag k="name" v="Station"/></node>
          <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/><tag k="highway" v="residential"/></way>
          <way id="11"><nd ref="2"/><nd ref="5"/><tag k="highway" v="residential"/><tag k="oneway" v="yes"/></way>
          <way id="12"><nd ref="6"/><nd ref="7"/><tag k="highway" v="residential"/></way>
        </osm>
        """

    func imported() throws -> (report: OSMImportReport, folder: String) {
        let input = try ImportFixtures.file(Self.osm, extension: "osm")
        let folder = ImportFixtures.temporaryPath("stub")
        return (try OSMImporter.run(OSMImportOptions(input: input, output: folder, name: "stub")), folder)
    }

    func router() throws -> (Router, CoordinateTransform) {
        let map = try MapLoader.load(try imported().folder)
        return (try Router(map: map, profile: .car), try map.wgs84Transform())
    }

    @Test("the import report measures the network and the island on the WGS 84 ellipsoid: square and stub 1102 m, island 164 m")
    func report() throws {
        let network = try imported().report.roads.connectivity
        // 0.002° of longitude at 42.5° N is 164.40 m, 0.002° of latitude 222.17 m, the stub's 0.004° 328.80 m.
        #expect(abs(network.mainMetres - (2 * (164.40 + 222.17) + 328.80)) < 0.5)
        #expect(network.islands == 1 && network.islandsCut == 0)
        #expect(abs(network.islandMetres - 164.40) < 0.1)
        #expect(
            try imported().report.text(.en).contains(
                "connected: 87.0 % of the road length is one network; 1 island of roads apart from it (0.2 km, 0 cut by the boundary) kept"))
    }

    @Test("from the stub's end the car route starts on the square, with a note; by weak connection alone it had no way out")
    func leaving() throws {
        let (router, toWorking) = try router()
        // 1 m north of the stub's dead end, to the square's far corner 4.
        let points = toWorking.forward([Point(x: 1.506, y: 42.500009), Point(x: 1.5, y: 42.502)])
        let route = try router.route(from: points[0], to: points[1], startName: "post")
        #expect(
            route.notes.contains {
                $0.en.contains(
                    "the road nearest post open to cars (1 m) is not joined both ways to the rest of the network (cut off, or one-way with no way back)")
            })
        // The walk from the stub's end to the nearest point of the square (its corner 2, 0.004° of longitude
        // west, 328 m at 42.5° N), then corner 2 → 1 → 4 or 2 → 3 → 4: two sides of 164 m and 222 m.
        #expect(abs(route.distance - (328.8 + 164.4 + 222.2)) < 3)
    }

    @Test("to the stub's end the car drives in along it: no walk, the one-way is the right way")
    func entering() throws {
        let (router, toWorking) = try router()
        let points = toWorking.forward([Point(x: 1.5, y: 42.502), Point(x: 1.506, y: 42.5)])
        let route = try router.route(from: points[0], to: points[1])
        #expect(route.notes.isEmpty)
        // 4 → 1 → 2 (222 m + 164 m), then the stub (328.8 m).
        #expect(abs(route.distance - (222.2 + 164.4 + 328.8)) < 3)
    }
}
