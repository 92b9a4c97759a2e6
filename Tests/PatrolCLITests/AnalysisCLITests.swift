import Foundation
import Testing
import PatrolData
import _PatrolTestSupport

@Suite("patrolmap coverage / plan on the tiny map")
struct AnalysisCLITests {
    func json(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }
    func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("patrolmap-\(UUID().uuidString)-\(name)").path
    }

    @Test("a household just over the limit is listed with its time rounded up, never as the limit itself")
    func uncoveredTimesRoundUp() throws {
        // H012 takes 1135.17 s (18:55.17, HandComputedRouteTests); the limit is 1135.08 s.
        let r = try CLIRunner.run(["coverage", "SampleMaps/tiny", "--minutes", "18.918", "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("  H012  Dongcun 3 Zu 1 Hao  18:56  Xiaohe Paichusuo"))
    }

    @Test("coverage --format json has the contract's fields and the hand-checked 2-minute figures")
    func coverageJSON() throws {
        let r = try CLIRunner.run(["coverage", "SampleMaps/tiny", "--minutes", "2,5,10,15", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let v = try json(r.stdout)
        let thresholds = try #require(v["thresholds"]?.arrayValue)
        #expect(thresholds.map { $0["minutes"]?.numberValue } == [2, 5, 10, 15])
        for key in ["households", "households_share", "residents", "area_km2", "area_share"] {
            #expect(thresholds.allSatisfy { $0[key]?.numberValue != nil }, "\(key)")
        }
        #expect(thresholds[0]["households"]?.numberValue == 3)
        #expect(thresholds[0]["residents"]?.numberValue == 8)
        let villages = try #require(v["villages"]?.arrayValue)
        #expect(villages.map { $0["name"]?.stringValue } == ["西村", "东村"])
        #expect(villages.allSatisfy { $0["thresholds"]?.arrayValue?.count == 4 })
        #expect(v["uncovered"] == .array([.string("H012")]))
    }

    @Test("coverage --format csv: one row per household with the contract's columns")
    func coverageCSV() throws {
        let r = try CLIRunner.run(["coverage", "SampleMaps/tiny", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "id,village,nearest_post,seconds,walk_m")
        #expect(lines.count == 13)
        // H001: 20 m and 30 m of door walks, 200 m by car from the station: 77.6 s.
        #expect(lines.contains("H001,西村,小河派出所,77.6,50.0"))
    }

    @Test("coverage --format geojson: isochrones, blind spots and posts")
    func coverageGeoJSON() throws {
        let r = try CLIRunner.run(["coverage", "SampleMaps/tiny", "--minutes", "5,15", "--format", "geojson"])
        #expect(r.status == 0, "\(r.stderr)")
        let features = try #require(json(r.stdout)["features"]?.arrayValue)
        let kinds = features.compactMap { $0["properties"]?["kind"]?.stringValue }
        #expect(kinds.filter { $0 == "isochrone" }.count == 2)
        #expect(kinds.filter { $0 == "blind_spot" }.count == 1)
        #expect(kinds.filter { $0 == "post" }.count == 2)
        #expect(features.first?["geometry"]?["type"] == .string("MultiPolygon"))
        // Positions are longitude/latitude although tiny's files are in EPSG:4545:
        // echo "3863180 596100" | cs2cs -f %.7f EPSG:4545 EPSG:4326  →  34.8925786  109.0513177
        let station = features.first { $0["properties"]?["name"] == .string("小河派出所") }
        #expect(station?["geometry"]?["coordinates"] == .array([.number(109.0513177), .number(34.8925786)]))
    }

    @Test("coverage --with and --without report before and after; a bad post name is a usage error")
    func scenarios() throws {
        let r = try CLIRunner.run(["coverage", "SampleMaps/tiny", "--with", "@597800,3864400", "--without", "东村警务室", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let v = try json(r.stdout)
        #expect(v["baseline"]?["posts"] == .array([.string("小河派出所"), .string("东村警务室")]))
        #expect(v["uncovered"] == .array([]))
        let bad = try CLIRunner.run(["coverage", "SampleMaps/tiny", "--without", "不存在"])
        #expect(bad.status == 2)
    }

    @Test("plan --format json has the contract's fields; coverage --with at the sites agrees")
    func plan() throws {
        let r = try CLIRunner.run(["plan", "SampleMaps/tiny", "--add", "1", "--minutes", "10", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let v = try json(r.stdout)
        #expect(v["objective"] == .string("coverage"))
        #expect(v["minutes"]?.numberValue == 10)
        #expect(v["candidate_spacing_m"]?.numberValue == 100, "tiny (1.4 km²) keeps the township default")
        let added = try #require(v["added"]?.arrayValue)
        #expect(added.count == 1)
        #expect(added[0]["lon"]?.numberValue != nil && added[0]["lat"]?.numberValue != nil && added[0]["gain"]?.numberValue != nil)
        let after = try #require(v["after"]?.numberValue)
        #expect(try #require(v["bound"]?.numberValue) >= after)
        let x = JSONWriter.format(added[0]["x"]!.numberValue!)
        let y = JSONWriter.format(added[0]["y"]!.numberValue!)
        let check = try json(CLIRunner.run(["coverage", "SampleMaps/tiny", "--minutes", "10", "--with", "@\(x),\(y)", "--format", "json"]).stdout)
        #expect(check["thresholds"]?.arrayValue?.first?["residents"]?.numberValue == after)
    }

    @Test("--svg maps: route card, coverage map, plan map")
    func svgOutputs() throws {
        let route = temporary("route.svg")
        let coverage = temporary("coverage.svg")
        let plan = temporary("plan.svg")
        defer { for f in [route, coverage, plan] { try? FileManager.default.removeItem(atPath: f) } }
        #expect(try CLIRunner.run(["route", "SampleMaps/tiny", "--to", "H012", "--svg", route]).status == 0)
        #expect(try CLIRunner.run(["coverage", "SampleMaps/tiny", "--minutes", "5,15", "--svg", coverage]).status == 0)
        #expect(try CLIRunner.run(["plan", "SampleMaps/tiny", "--add", "2", "--minutes", "5", "--svg", plan]).status == 0)
        let planSVG = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(planSVG.contains("proposed-posts") && planSVG.contains("previous-reach") && planSVG.contains("coverage-bands"))
        let coverageSVG = try String(contentsOfFile: coverage, encoding: .utf8)
        #expect(coverageSVG.contains("blind-spots"))
        // A wall-style public map: no household head or phone.
        #expect(!coverageSVG.contains("王建国") && !coverageSVG.contains("10000000001"))
        #expect(try String(contentsOfFile: route, encoding: .utf8).contains("<svg"))
    }
}
