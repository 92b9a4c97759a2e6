import Foundation
import Testing
import PatrolData
import PatrolGeo
import PatrolImport
import PatrolRouting

/// A two-way residential square 1–2–3–4 (0.002° a side) and a one-way street east from its
/// corner 2 to node 5, where the extract stops: the stub can be driven into but not out of.
@Suite("A one-way stub cut off at the data's edge: a car snapped there still gets out by the connected network")
struct OneWayStubTests {
    static let osm = """
        <?xml version="1.0" encoding="UTF-8"?>
        <osm version="0.6">
          <node id="1" lat="42.5000000" lon="1.5000000"/>
          <node id="2" lat="42.5000000" lon="1.5020000"/>
          <node id="3" lat="42.5020000" lon="1.5020000"/>
          <node id="4" lat="42.5020000" lon="1.5000000"/>
          <node id="5" lat="42.5000000" lon="1.5060000"/>
          <node id="9" lat="42.5010000" lon="1.5010000"><tag k="amenity" v="police"/><tag k="name" v="Station"/></node>
          <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/><tag k="highway" v="residential"/></way>
          <way id="11"><nd ref="2"/><nd ref="5"/><tag k="highway" v="residential"/><tag k="oneway" v="yes"/></way>
        </osm>
        """

    func router() throws -> (Router, CoordinateTransform) {
        let input = try ImportFixtures.file(Self.osm, extension: "osm")
        let folder = ImportFixtures.temporaryPath("stub")
        _ = try OSMImporter.run(OSMImportOptions(input: input, output: folder, name: "stub"))
        let map = try MapLoader.load(folder)
        return (try Router(map: map, profile: .car), try map.wgs84Transform())
    }

    @Test("from the stub's end the car route starts on the square, with a note; by weak connection alone it had no way out")
    func leaving() throws {
        let (router, toWorking) = try router()
        // 1 m north of the stub's dead end, to the square's far corner 4.
        let points = toWorking.forward([Point(x: 1.506, y: 42.500009), Point(x: 1.5, y: 42.502)])
        let route = try router.route(from: points[0], to: points[1], startName: "post")
        #expect(route.notes.contains { $0.en.contains("the road nearest post open to cars (1 m) is cut off from the rest of the network") })
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
