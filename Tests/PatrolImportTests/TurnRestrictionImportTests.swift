import Foundation
import Testing
import PatrolData
import PatrolImport
import PatrolGeo
import PatrolRouting
import _PatrolTestSupport

/// Turn restrictions (`type=restriction` relations) on small hand-written OSM files: imported
/// into `turns.geojson`, reported, and honoured by car and motorcycle routes, not on foot.
///
/// The nodes are not in id order (as in files edited by hand), which the node pass must handle.
/// The streets are a ladder of residential streets 0.001° apart (82 m east–west, 111 m
/// north–south at 42.5° N), at 25 km/h for a car; Pont and Baix are one-way eastwards, so a
/// car cannot dodge a restriction by turning back at the next junction (the model has no turn costs):
///
/// ```
///  4 ── Dalt ── 6 ── Dalt ── 8        latitude 42.501
///  |            |            |
/// Nord        Mig           Est
///  |            |            |
///  1 ── Major ─ 2 ── Pont ── 3 ── Baix ── 7     latitude 42.500
///  (1.500)    (1.501)      (1.502)      (1.503)
/// ```
@Suite("OSM turn restrictions: imported, reported, routed")
struct TurnRestrictionImportTests {
    static func osm(_ relations: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <osm version="0.6">
          <node id="1" lat="42.5000000" lon="1.5000000"/>
          <node id="2" lat="42.5000000" lon="1.5010000"/>
          <node id="3" lat="42.5000000" lon="1.5020000"/>
          <node id="7" lat="42.5000000" lon="1.5030000"/>
          <node id="4" lat="42.5010000" lon="1.5010000"/>
          <node id="6" lat="42.5010000" lon="1.5020000"/>
          <node id="8" lat="42.5010000" lon="1.5030000"/>
          <node id="9" lat="42.5005000" lon="1.5000000"><tag k="amenity" v="police"/><tag k="name" v="Station"/></node>
          <way id="10"><nd ref="1"/><nd ref="2"/><tag k="highway" v="residential"/><tag k="name" v="Carrer Major"/></way>
          <way id="11"><nd ref="2"/><nd ref="3"/><tag k="highway" v="residential"/><tag k="name" v="Carrer del Pont"/><tag k="oneway" v="yes"/></way>
          <way id="12"><nd ref="3"/><nd ref="7"/><tag k="highway" v="residential"/><tag k="name" v="Carrer Baix"/><tag k="oneway" v="yes"/></way>
          <way id="13"><nd ref="2"/><nd ref="4"/><tag k="highway" v="residential"/><tag k="name" v="Carrer Nord"/></way>
          <way id="14"><nd ref="3"/><nd ref="6"/><tag k="highway" v="residential"/><tag k="name" v="Carrer del Mig"/></way>
          <way id="15"><nd ref="7"/><nd ref="8"/><tag k="highway" v="residential"/><tag k="name" v="Carrer Est"/></way>
          <way id="16"><nd ref="4"/><nd ref="6"/><nd ref="8"/><tag k="highway" v="residential"/><tag k="name" v="Carrer de Dalt"/></way>
        \(relations)
        </osm>
        """
    }

    /// A restriction relation with the given tags and members (`from:10 via:n2 to:13`).
    static func relation(_ id: Int, _ tags: [(String, String)], from: [Int], via: [String], to: [Int]) -> String {
        var members: [String] = from.map { #"<member type="way" ref="\#($0)" role="from"/>"# }
        members += via.map { v in
            v.hasPrefix("n") ? #"<member type="node" ref="\#(v.dropFirst())" role="via"/>"# : #"<member type="way" ref="\#(v.dropFirst())" role="via"/>"#
        }
        members += to.map { #"<member type="way" ref="\#($0)" role="to"/>"# }
        let tagText = ([("type", "restriction")] + tags).map { #"<tag k="\#($0.0)" v="\#($0.1)"/>"# }
        return "  <relation id=\"\(id)\">" + (members + tagText).joined() + "</relation>"
    }

    func imported(_ relations: String) throws -> (map: PatrolMap, report: OSMImportReport, folder: String) {
        let input = try ImportFixtures.file(Self.osm(relations), extension: "osm")
        let folder = ImportFixtures.temporaryPath("turns")
        let report = try OSMImporter.run(OSMImportOptions(input: input, output: folder, name: "turns"))
        return (try MapLoader.load(folder), report, folder)
    }

    /// The route between two longitude/latitude points, and its English instructions.
    func route(_ map: PatrolMap, _ profile: TravelProfile, from: Point, to: Point) throws -> (route: Route, words: [String]) {
        let ends = try map.wgs84Transform().forward([from, to])
        let router = Router(map: map, profile: profile)
        let route = try router.route(from: ends[0], to: ends[1])
        let steps = Directions(graph: router.graph, landmarks: map.landmarks).steps(for: route, startName: "A", endName: "B")
        return (route, steps.map(\.instruction.en))
    }

    /// Street lengths in the working CRS, by OSM way id (the pieces of a way split at a junction added up).
    func length(_ map: PatrolMap, _ way: Int) throws -> Double {
        let pieces = map.roads.filter { $0.id == "w\(way)" || $0.id?.hasPrefix("w\(way)-") == true }
        try #require(!pieces.isEmpty)
        return pieces.reduce(0) { $0 + $1.length }
    }

    /// Midway along Carrer Major, and midway up Carrer Nord and Carrer del Mig.
    static let onMajor = Point(x: 1.5005, y: 42.5)
    static let onNord = Point(x: 1.501, y: 42.5005)
    static let onMig = Point(x: 1.502, y: 42.5005)

    @Test("no_left_turn from Carrer Major into Carrer Nord: the car goes round by Pont, Mig and Dalt; on foot it turns left")
    func noLeftTurn() throws {
        let (free, _, _) = try imported("")
        let direct = try route(free, .car, from: Self.onMajor, to: Self.onNord)
        let major = try length(free, 10)
        let nord = try length(free, 13)
        #expect(abs(direct.route.distance - (major / 2 + nord / 2)) < 0.01)
        #expect(direct.words.contains { $0.contains("take the left branch, Carrer Nord") }, "\(direct.words)")

        let (map, report, folder) = try imported(Self.relation(100, [("restriction", "no_left_turn")], from: [10], via: ["n2"], to: [13]))
        #expect(report.turns.relations == 1 && report.turns.kept == 1 && report.turns.keptViaWay == 0)
        #expect(report.text(.en).contains("turn restrictions: 1 type=restriction relation, 1 kept in turns.geojson (1 via a node, 0 via a way)"))
        let file = try ImportFixtures.text(folder + "/turns.geojson")
        #expect(file.contains(#""id":"r100""#) && file.contains(#""restriction":"no_left_turn""#))
        // The line runs from node 1 (the from way's vertex before the via) through node 2 to node 4.
        #expect(file.contains("[1.5,42.5],[1.501,42.5],[1.501,42.501]"))
        #expect(map.turns.count == 1 && !map.issues.contains { $0.file == "turns.geojson" })

        let car = try route(map, .car, from: Self.onMajor, to: Self.onNord)
        print("WORDS", car.words)
        // Round: half of Major, Pont, Mig, Dalt from 6 to 4, half of Nord down from 4.
        let round = major / 2 + (try length(map, 11)) + (try length(map, 14)) + (try length(map, 16)) / 2 + nord / 2
        #expect(abs(car.route.distance - round) < 0.01)
        #expect(abs(Double(car.route.milliseconds) - round / (25 / 3.6) * 1000) <= 3)
        #expect(!car.words.contains { $0.contains("left onto Carrer Nord") && $0.contains("Major") })
        #expect(car.words.contains { $0.contains("Carrer del Mig") })
        #expect(car.words.contains { $0.contains("Carrer de Dalt") })
        let motorcycle = try route(map, .motorcycle, from: Self.onMajor, to: Self.onNord)
        #expect(abs(motorcycle.route.distance - round) < 0.01)
        let foot = try route(map, .foot, from: Self.onMajor, to: Self.onNord)
        #expect(abs(foot.route.distance - (major / 2 + nord / 2)) < 0.01)
    }

    @Test("only_straight_on from Carrer Major via the way Carrer del Pont to Carrer Baix: no left at node 2 nor at node 3")
    func onlyStraightOnViaWay() throws {
        let (free, _, _) = try imported("")
        let direct = try route(free, .car, from: Self.onMajor, to: Self.onMig)
        let major = try length(free, 10)
        let pont = try length(free, 11)
        let mig = try length(free, 14)
        #expect(abs(direct.route.distance - (major / 2 + pont + mig / 2)) < 0.01)
        #expect(direct.words.contains { $0.contains("take the left branch, Carrer del Mig") }, "\(direct.words)")

        let (map, report, _) = try imported(Self.relation(200, [("restriction", "only_straight_on")], from: [10], via: ["w11"], to: [12]))
        #expect(report.turns.kept == 1 && report.turns.keptViaWay == 1)
        let car = try route(map, .car, from: Self.onMajor, to: Self.onMig)
        print("WORDS", car.words)
        // Forced on to 7: Baix, Est up to 8, Dalt back to 6, half of Mig down. Nord then Dalt is banned too (no left at 2).
        let round = major / 2 + pont + (try length(map, 12)) + (try length(map, 15)) + (try length(map, 16)) / 2 + mig / 2
        #expect(abs(car.route.distance - round) < 0.01)
        #expect(car.words.contains { $0.contains("Carrer Est") })
        #expect(!car.words.contains { $0.contains("left onto Carrer del Mig") })
        // Starting on Carrer del Pont (the via way) is not coming from Carrer Major: the left turn is allowed.
        let fromVia = try route(map, .car, from: Point(x: 1.5015, y: 42.5), to: Self.onMig)
        #expect(abs(fromVia.route.distance - (pont / 2 + mig / 2)) < 0.01)
    }

    @Test("except=motorcar frees cars, not motorcycles; restriction:hgv binds neither; restriction:motorcar binds cars only")
    func vehicles() throws {
        let (map, _, _) = try imported(Self.relation(300, [("restriction", "no_left_turn"), ("except", "psv;motorcar")], from: [10], via: ["n2"], to: [13]))
        let (free, _, _) = try imported("")
        let direct = try route(free, .car, from: Self.onMajor, to: Self.onNord).route.distance
        #expect(abs(try route(map, .car, from: Self.onMajor, to: Self.onNord).route.distance - direct) < 0.01)
        #expect(try route(map, .motorcycle, from: Self.onMajor, to: Self.onNord).route.distance > direct + 100)

        let (hgv, _, _) = try imported(Self.relation(301, [("restriction:hgv", "no_left_turn")], from: [10], via: ["n2"], to: [13]))
        #expect(hgv.turns.count == 1)
        #expect(abs(try route(hgv, .car, from: Self.onMajor, to: Self.onNord).route.distance - direct) < 0.01)

        let (car, _, _) = try imported(Self.relation(302, [("restriction:motorcar", "no_left_turn")], from: [10], via: ["n2"], to: [13]))
        #expect(try route(car, .car, from: Self.onMajor, to: Self.onNord).route.distance > direct + 100)
        #expect(abs(try route(car, .motorcycle, from: Self.onMajor, to: Self.onNord).route.distance - direct) < 0.01)
    }

    @Test("ill-formed restrictions are reported by relation id and dropped; conditional ones are counted as skipped")
    func illFormed() throws {
        let relations = [
            Self.relation(400, [("restriction", "no_left_turn")], from: [12], via: ["n2"], to: [13]),  // from does not touch the via node
            Self.relation(401, [("restriction", "no_left_turn")], from: [10], via: ["n2"], to: [14]),  // to does not touch it
            Self.relation(402, [("restriction", "only_straight_on")], from: [10], via: ["w15"], to: [12]),  // from does not touch the via way
            Self.relation(403, [("restriction", "no_left_turn")], from: [10], via: [], to: [13]),  // no via
            Self.relation(404, [("restriction", "turn_left")], from: [10], via: ["n2"], to: [13]),  // not a restriction value
            Self.relation(405, [("restriction:conditional", "no_left_turn @ (Mo-Fr 07:00-09:00)")], from: [10], via: ["n2"], to: [13]),
            Self.relation(406, [("restriction", "no_left_turn")], from: [10, 11], via: ["n2"], to: [13]),  // two from ways
            Self.relation(407, [("restriction", "no_right_turn")], from: [99], via: ["n2"], to: [13]),  // from way not in the file
            Self.relation(408, [("restriction", "no_entry")], from: [10, 11], via: ["n2"], to: [13]),  // no_entry may have two
        ].joined(separator: "\n")
        let (map, report, _) = try imported(relations)
        #expect(report.turns.relations == 9)
        #expect(report.turns.kept == 1 && report.turns.features == 2)
        #expect(report.turns.dropped == ["ill-formed": 6, "conditional": 1, "outside": 1])
        let listed = report.skipped.filter { $0.message.en.hasPrefix("turn restriction") }
        #expect(listed.map(\.recordID) == ["relation/400", "relation/401", "relation/402", "relation/403", "relation/404", "relation/406"])
        #expect(listed[0].message.en.contains("the from way 12 does not start or end at the via node 2"))
        #expect(listed[1].message.en.contains("the to way 14 does not start or end at the via node"))
        #expect(listed[2].message.en.contains("the from way 10 does not touch the via way(s)"))
        let text = report.text(.en)
        #expect(
            text.contains(
                "dropped: 1 conditional (restriction:conditional), 6 ill-formed (listed below), 1 with a member road not imported or outside the area"))
        #expect(map.turns.map(\.id) == ["r408-1", "r408-2"])
        #expect(!map.issues.contains { $0.file == "turns.geojson" })
    }
}
