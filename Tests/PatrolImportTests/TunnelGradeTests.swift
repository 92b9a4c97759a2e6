import Foundation
import Testing
import PatrolData
import PatrolImport
import PatrolGeo
import PatrolRouting
import _PatrolTestSupport

/// A tunnel under a hill, imported from OSM XML, with a DEM built for it.
///
/// A secondary road from west (node 1) to east (node 5) through a tunnel (nodes 2–3–4, two
/// tunnel ways) under a square hill 600 m across, and a primary road round the hill to the
/// north (nodes 2–6–7–4, 0.006° of latitude up). The DEM tilts up 2 % to the east, and the
/// hill rises 240 m above that in a pyramid over the tunnel's middle: 80 % slopes that a car
/// on the tunnel's "DEM grade" would crawl up and brake down.
@Suite("Tunnels take their grade from their portals: imported OSM under a hill, checked by hand")
struct TunnelGradeTests {
    static let osm = """
        <?xml version="1.0" encoding="UTF-8"?>
        <osm version="0.6">
          <node id="1" lat="42.5000000" lon="1.4950000"/>
          <node id="2" lat="42.5000000" lon="1.5050000"/>
          <node id="3" lat="42.5000000" lon="1.5100000"/>
          <node id="4" lat="42.5000000" lon="1.5150000"/>
          <node id="5" lat="42.5000000" lon="1.5250000"/>
          <node id="6" lat="42.5060000" lon="1.5050000"/>
          <node id="7" lat="42.5060000" lon="1.5150000"/>
          <node id="9" lat="42.4990000" lon="1.4950000"><tag k="amenity" v="police"/><tag k="name" v="Station"/></node>
          <way id="10"><nd ref="1"/><nd ref="2"/><tag k="highway" v="secondary"/><tag k="name" v="Carretera"/></way>
          <way id="11"><nd ref="2"/><nd ref="3"/><tag k="highway" v="secondary"/><tag k="tunnel" v="yes"/><tag k="layer" v="-1"/><tag k="name" v="Túnel"/></way>
          <way id="12"><nd ref="3"/><nd ref="4"/><tag k="highway" v="secondary"/><tag k="tunnel" v="yes"/><tag k="layer" v="-2"/><tag k="name" v="Túnel"/></way>
          <way id="13"><nd ref="4"/><nd ref="5"/><tag k="highway" v="secondary"/><tag k="name" v="Carretera"/></way>
          <way id="14"><nd ref="2"/><nd ref="6"/><nd ref="7"/><nd ref="4"/><tag k="highway" v="primary"/><tag k="name" v="Port"/></way>
        </osm>
        """

    /// Elevation at a working-CRS point: 1000 m plus 2 % per metre east of the hill's centre,
    /// plus the hill (240 m at the centre, down to 0 at 300 m in x or y).
    static func height(_ p: Point, centre: Point) -> Double {
        let dx = p.x - centre.x
        let dy = p.y - centre.y
        return 1000 + 0.02 * dx + 240 * max(0, 1 - max(abs(dx), abs(dy)) / 300)
    }

    /// The imported map with a 5 m DEM of ``height(_:centre:)`` around the hill, and the working
    /// positions of nodes 2, 3 and 4.
    func map() throws -> (map: PatrolMap, portals: [Point]) {
        let input = try ImportFixtures.file(Self.osm, extension: "osm")
        let folder = ImportFixtures.temporaryPath("tunnel")
        _ = try OSMImporter.run(OSMImportOptions(input: input, output: folder, name: "tunnel"))
        var map = try MapLoader.load(folder)
        let points = try map.wgs84Transform().forward([Point(x: 1.505, y: 42.5), Point(x: 1.51, y: 42.5), Point(x: 1.515, y: 42.5)])
        let centre = points[1]
        let cell = 5.0
        let (columns, rows) = (400, 300)
        let west = centre.x - Double(columns / 2) * cell
        let south = centre.y - 500
        var values: [Float] = []
        for r in 0..<rows {
            for c in 0..<columns {
                let p = Point(x: west + (Double(c) + 0.5) * cell, y: south + (Double(rows - r) - 0.5) * cell)
                values.append(Float(Self.height(p, centre: centre)))
            }
        }
        map.elevation = try ElevationGrid(columns: columns, rows: rows, west: west, south: south, cellSize: cell, values: values)
        return (map, points)
    }

    @Test("west portal to east portal: through the tunnel at 50 km/h × the grade between the portals, not the hill's")
    func throughTheHill() throws {
        let (map, portals) = try map()
        let router = Router(map: map, profile: .car)
        let route = try router.route(from: portals[0], to: portals[2])
        let tunnel = map.roads.filter { $0.tags["tunnel"] == "yes" }
        #expect(tunnel.count == 2)
        let length = tunnel.map(\.length).reduce(0, +)
        #expect(abs(route.distance - length) < 0.01)
        // The portals' ground: the DEM is linear there (bilinear interpolation is exact), so the
        // tunnel climbs 0.02 × (x4 − x2) over its length.
        let grade = 0.02 * (portals[2].x - portals[0].x) / length
        #expect(abs(grade - 0.02) < 0.001)
        let expected = length / (50 * GradeFactors.paved.factor(grade) / 3.6) * 1000
        #expect(abs(Double(route.milliseconds) - expected) <= 2)
        // Driving the hill's slopes instead would take more than twice as long, and the
        // primary road round the hill would then be faster.
        let overHill = tunnel.map { TravelTime(elevation: map.elevation).seconds(along: $0.geometry, from: 0, to: $0.length, flatSpeed: 50, grades: .paved) }
        #expect(overHill.reduce(0, +) * 1000 > 2 * expected)
        let roundHill = try #require(map.roads.first { $0.name == "Port" })
        #expect(roundHill.length / (60 / 3.6) < overHill.reduce(0, +))
        // The words: drive the tunnel, no fork on the way.
        let steps = Directions(graph: router.graph, landmarks: []).steps(for: route, startName: "A", endName: "B")
        #expect(steps.map(\.kind) == [.depart, .arrive])
        #expect(steps[0].instruction.en.contains("Túnel"))
    }

    @Test("the other way the tunnel descends at the same grade; the portals alone set the middle node's height")
    func backAndMiddle() throws {
        let (map, portals) = try map()
        let graph = Router(map: map, profile: .car).graph
        let tunnelLinks = graph.network.links.indices.filter { graph.network.roads[Int(graph.network.links[$0].road)].isBridgeOrTunnel }
        #expect(tunnelLinks.count == 2)
        let length = tunnelLinks.map { graph.network.links[$0].length }.reduce(0, +)
        let grades = tunnelLinks.compactMap { graph.portalGrades.gradeOfLink[$0] }
        let rise = 0.02 * (portals[2].x - portals[0].x)
        // Both links carry the one straight-line grade (each link's sign follows its geometry,
        // west to east here), up to the DEM's single-precision heights.
        #expect(grades.count == 2 && grades.allSatisfy { abs($0 - rise / length) < 1e-6 }, "\(grades) \(rise / length)")
        let back = try Router(map: map, profile: .car).route(from: portals[2], to: portals[0])
        let expected = length / (50 * GradeFactors.paved.factor(-rise / length) / 3.6) * 1000
        #expect(abs(Double(back.milliseconds) - expected) <= 2)
    }

    @Test("a house on the hill 30 m from the tunnel's middle is snapped to a road at ground level; a place within a lane of the tunnel's line, into it")
    func snappingPrefersGround() throws {
        let (map, portals) = try map()
        let graph = Router(map: map, profile: .car).graph
        let snapper = Snapper(graph: graph)
        let house = Point(x: portals[1].x, y: portals[1].y + 30)
        let snap = try #require(snapper.snap(house, layer: 0))
        let road = graph.network.roads[Int(graph.network.links[snap.link].road)]
        #expect(!road.isBridgeOrTunnel)
        // The nearest ground-level point is on the road round the hill where it leaves the west
        // portal northwards, level with the house: about 410 m west of it.
        #expect(road.name == "Port")
        #expect(abs(snap.doorDistance - abs(house.x - portals[0].x)) < 2)
        #expect(snap.doorDistance > 400)
        // A place on the tunnel itself (its middle node) is snapped onto it.
        let inside = try #require(snapper.snap(portals[1], layer: 0))
        #expect(graph.network.roads[Int(graph.network.links[inside.link].road)].isBridgeOrTunnel && inside.doorDistance < 0.01)
        // So is a place 2 m north of its middle node (a point given on the road), but not one
        // 4 m north. The tunnel runs east–west in WGS 84, not quite along the working CRS's
        // grid, so the point is just under 2 m from its line.
        let nearLine = try #require(snapper.snap(Point(x: portals[1].x, y: portals[1].y + 2), layer: 0))
        #expect(graph.network.roads[Int(graph.network.links[nearLine.link].road)].isBridgeOrTunnel)
        #expect(nearLine.doorDistance > 1.95 && nearLine.doorDistance <= 2, "\(nearLine.doorDistance)")
        let offLine = try #require(snapper.snap(Point(x: portals[1].x, y: portals[1].y + 4), layer: 0))
        #expect(!graph.network.roads[Int(graph.network.links[offLine.link].road)].isBridgeOrTunnel)
    }
}
