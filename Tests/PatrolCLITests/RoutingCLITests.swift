import Foundation
import Testing
import PatrolData
import _PatrolTestSupport

@Suite("patrolmap route / dispatch / export graph on the tiny map")
struct RoutingCLITests {
    func json(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    @Test("route --format json carries the contract's fields with hand-checked values")
    func routeJSON() throws {
        let r = try CLIRunner.run(["route", "SampleMaps/tiny", "--from", "小河派出所", "--to", "东村警务室", "--profile", "car", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let v = try json(r.stdout)
        #expect(v["profile"] == .string("car"))
        #expect(v["duration_s"]?.numberValue == 221.562)
        #expect(v["distance_m"]?.numberValue == 1850)
        #expect(v["walk_m"]?.numberValue == 50)
        let steps = try #require(v["steps"]?.arrayValue)
        #expect(steps.count >= 2)
        for step in steps {
            #expect(step["instruction"]?.stringValue != nil)
            #expect(step["distance_m"]?.numberValue != nil)
            #expect(step["duration_s"]?.numberValue != nil)
            #expect(step["location"]?.arrayValue?.count == 2)
        }
        #expect(v["geometry"]?["type"] == .string("LineString"))
        // tiny's files are in EPSG:4545, yet the geometry is longitude/latitude (RFC 7946). It starts at
        // the station, 596100,3863180:
        // echo "3863180 596100" | cs2cs -f %.7f EPSG:4545 EPSG:4326  →  34.8925786  109.0513177
        let first = try #require(v["geometry"]?["coordinates"]?.arrayValue?.first?.arrayValue)
        #expect(first == [.number(109.0513177), .number(34.8925786)])
        #expect(steps.first?["location"]?.arrayValue == first)
    }

    @Test("route --format json gives every location in degrees, whatever CRS the files use")
    func routeLocationsInDegrees() throws {
        // H012 is at 597800,3864400 in EPSG:4545:
        // echo "3864400 597800" | cs2cs -f %.7f EPSG:4545 EPSG:4326  →  34.9034115  109.0700551
        let arrival: [JSONValue] = [.number(109.0700551), .number(34.9034115)]
        var routes: [JSONValue] = []
        for map in ["SampleMaps/tiny", "Tests/Fixtures/tiny-wgs84", "Tests/Fixtures/tiny-gcj02"] {
            let r = try CLIRunner.run(["route", map, "--to", "H012", "--format", "json"])
            #expect(r.status == 0, "\(map): \(r.stderr)")
            let v = try json(r.stdout)
            #expect(v["steps"]?.arrayValue?.last?["location"]?.arrayValue == arrival, "\(map)")
            routes.append(v)
        }
        // The same positions in three CRSs give the same route, in the same degrees.
        let lines = routes.map { $0["geometry"]?["coordinates"]?.arrayValue ?? [] }
        #expect(lines[0].count > 2)
        #expect(lines.allSatisfy { $0 == lines[0] })
    }

    @Test("route --format json lists each step's forks: the branch taken and those avoided")
    func routeForksJSON() throws {
        let r = try CLIRunner.run(["route", "SampleMaps/tiny", "--to", "H012", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let steps = try #require(json(r.stdout)["steps"]?.arrayValue)
        #expect(steps.map { $0["forks"]?.arrayValue?.count } == [0, 1, 1, 1, 0, 0])
        // Parking by the temple at (1000,800): the path to the north-east, not the track to the north-west.
        let parking = try #require(steps[3]["forks"]?.arrayValue?.first)
        #expect(parking["location"] == steps[3]["location"])
        #expect(parking["ways"] == .number(3))
        #expect(parking["landmark"] == .string("土地庙"))
        let taken = try #require(parking["taken"])
        #expect(taken["from_left"] == .number(2))
        #expect(taken["side"] == .string("right"))
        #expect(taken["turn_deg"] == .number(-45))
        #expect(taken["bearing_deg"] == .number(45))
        #expect(taken["road"] == .string("小路"))
        #expect(taken["road_en"] == .string("path"))
        #expect(taken["highway"] == .string("path"))
        let avoided = try #require(parking["avoided"]?.arrayValue)
        #expect(avoided.count == 1)
        #expect(avoided.first?["from_left"] == .number(1))
        #expect(avoided.first?["bearing_deg"] == .number(315))
        #expect(avoided.first?["highway"] == .string("track"))
    }

    @Test("route --format geojson is a route line plus step points")
    func routeGeoJSON() throws {
        let r = try CLIRunner.run(["route", "SampleMaps/tiny", "--to", "H012", "--format", "geojson"])
        #expect(r.status == 0, "\(r.stderr)")
        let features = try #require(json(r.stdout)["features"]?.arrayValue)
        #expect(features.first?["geometry"]?["type"] == .string("LineString"))
        #expect(features.dropFirst().allSatisfy { $0["geometry"]?["type"] == .string("Point") })
        #expect(features.count == 7)
    }

    @Test("dispatch ranks both posts with one search and routes from the best")
    func dispatch() throws {
        let r = try CLIRunner.run(["dispatch", "SampleMaps/tiny", "--to", "东村3组1号", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let v = try json(r.stdout)
        let ranking = try #require(v["ranking"]?.arrayValue)
        #expect(ranking.map { $0["post"]?.stringValue } == ["小河派出所", "东村警务室"])
        let best = try #require(ranking[0]["duration_s"]?.numberValue)
        #expect(best == v["route"]?["duration_s"]?.numberValue)
        #expect(best <= ranking[1]["duration_s"]!.numberValue!)
    }

    @Test("export graph writes the node and edge tables")
    func exportGraph() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("patrolmap-export-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let r = try CLIRunner.run(["export", "graph", "SampleMaps/tiny", "--profile", "car", "-o", folder])
        #expect(r.status == 0, "\(r.stderr)")
        let nodes = try String(contentsOfFile: folder + "/nodes.csv", encoding: .utf8).split(separator: "\n")
        let edges = try String(contentsOfFile: folder + "/edges.csv", encoding: .utf8).split(separator: "\n")
        #expect(nodes.first == "id,lon,lat")
        #expect(edges.first == "from,to,seconds,meters")
        #expect(nodes.count == 11)  // 10 junctions and ends
        #expect(edges.count == 17)  // 8 links a car may use, both ways
        // (0,200)→(700,200): 700 m of tertiary road at 40 km/h = 63 s.
        #expect(edges.contains("0,1,63.000,700.00"))
        // echo "3863200 596000" | cs2cs -f %.7f EPSG:4545 EPSG:4326  →  34.89276827  109.05022610
        #expect(nodes[1] == "0,109.0502261,34.8927683")
    }

    @Test("clear failures: off the map (1), ambiguous (2), unknown place (2), bad profile (2)")
    func failures() throws {
        let off = try CLIRunner.run(["route", "SampleMaps/tiny", "--to", "109.5,34.5", "--lang", "en"])
        #expect(off.status == 1)
        #expect(off.stderr.contains("km from the map's roads"))
        let ambiguous = try CLIRunner.run(["route", "SampleMaps/tiny", "--to", "西村"])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr.contains("H001") && ambiguous.stderr.contains("H006"))
        let unknown = try CLIRunner.run(["dispatch", "SampleMaps/tiny", "--to", "不存在的地方"])
        #expect(unknown.status == 2)
        let badProfile = try CLIRunner.run(["route", "SampleMaps/tiny", "--to", "H001", "--profile", "bicycle"])
        #expect(badProfile.status == 2)
    }

    @Test("a destination up a lane one-way towards the car: it drives to the nearest connected road and walks, and says so")
    func oneWayAway() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        // 北沟路 becomes one way southwards: a car on it can go down, never up.
        try copy.edit("roads.geojson") { $0.replacingOccurrences(of: "\"name\":\"北沟路\"", with: "\"name\":\"北沟路\",\"oneway\":\"-1\"") }
        let r = try CLIRunner.run(["route", copy.path, "--from", "@597000,3863800", "--to", "@597000,3863790", "--profile", "car", "--lang", "en"])
        #expect(r.status == 0, "the car drives 10 m down the one-way lane: \(r.stderr)")
        #expect(!r.stdout.contains("note:"))
        let back = try CLIRunner.run(["route", copy.path, "--from", "@597000,3863210", "--to", "@597000,3863790", "--profile", "car", "--lang", "en"])
        #expect(back.status == 0)
        #expect(back.stdout.contains("is not joined both ways to the rest of the network (cut off, or one-way with no way back)"))
        #expect(back.stdout.contains("Leave the road and walk north"))
    }
}
