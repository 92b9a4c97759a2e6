import Foundation
import Testing
import PatrolData
import PatrolGeo
import _PatrolTestSupport

/// The code of `Sources/PatrolData/Documentation.docc/GettingStarted.md`, with every value it quotes.
@Suite("PatrolData getting-started article")
struct DataGettingStartedTests {
    @Test("load, summarise, search")
    func tour() throws {
        let map = try MapLoader.load(Fixtures.tinyPath)
        #expect(map.issues.isEmpty)
        #expect(map.workingCRS.definition == "EPSG:4545")
        #expect(map.households.count == 12)
        #expect(map.residents == 36)
        #expect(map.householdEncoding == .utf8)
        // echo "3863180 596100" | cs2cs -f %.7f EPSG:4545 EPSG:4326  →  34.8925786  109.0513177
        let station = map.coordinates.lonLat(map.posts[0].location)
        #expect(abs(station.lon - 109.0513177) < 5e-8 && abs(station.lat - 34.8925786) < 5e-8)

        let summary = MapSummary(map)
        #expect(abs(summary.areaKm2 - 2.999305) < 1e-6)
        #expect(summary.villages.map(\.name) == ["西村", "东村"])
        #expect(abs(summary.roadKm["track"]! - 0.565685) < 1e-6)
        #expect(abs(summary.totalRoadKm - 4.931371) < 1e-6)
        #expect(summary.posts[.station] == 1)

        let search = PlaceSearch(map: map)
        guard case .household(let h) = try search.resolve("西村二组3号") else {
            Issue.record("not a household")
            return
        }
        #expect(h.id == "H005" && h.head == "陈静")
        #expect(try search.resolve("陈静") == .household(h))
        guard case .coordinate(let door, _) = try search.resolve("109.05745494,34.9019895094") else {
            Issue.record("not a coordinate")
            return
        }
        #expect(door.distance(to: Point(x: 596_650, y: 3_864_230)) < 0.001)
        var count = 0
        do {
            _ = try search.resolve("西村2组")
        } catch {
            if case .ambiguous(_, let candidates) = error { count = candidates.count }
        }
        #expect(count == 3)
    }

    @Test("problems, and writing")
    func problems() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        try copy.replace("H008", with: "H007", inLine: 9, of: "households.csv")
        let broken = try MapLoader.load(copy.path)
        #expect(broken.households.count == 11)
        #expect(broken.errors[0].formatted(.en) == "households.csv:9: H007: id: duplicate household id 'H007' (first on line 8); skipped")
        #expect(broken.errors[0].formatted(.zh) == "households.csv:9: H007: id: 户号 'H007' 重复(首次出现在第 8 行),已跳过")
        do {
            _ = try MapLoader.load("SampleMaps/nowhere")
            Issue.record("loaded a folder that does not exist")
        } catch {
            #expect(error.formatted(.en) == "SampleMaps/nowhere: not a map folder (no such directory)")
        }
        let ledger = HouseholdWriter.csv(broken.households, decimals: 2)
        try FileIO.writeAtomically(ledger, to: copy.path + "/households.csv")
        #expect(try copy.read("households.csv") == ledger)
    }
}
