import Testing
import PatrolData
import PatrolGeo
import _PatrolTestSupport

@Suite("SampleMaps/tiny, checked by hand")
struct TinyMapTests {
    @Test("loads without any issue")
    func loadsClean() throws {
        let map = try Fixtures.tiny()
        #expect(map.issues.isEmpty, "\(map.issues)")
        #expect(map.householdEncoding == .utf8)
    }

    @Test("figures equal the hand computation")
    func figures() throws {
        let map = try Fixtures.tiny()
        let s = MapSummary(map)
        // 2000 m × 1500 m in EPSG:4545 = 3.0 km² on the grid. The Gauss–Krüger scale factor at
        // easting x is k = 1 + (x − 500 000)² / (2ρν), ρν = 4.0587e13 m² (GRS80 at 34.9°N), and
        // the ellipsoidal area is the grid area / k² (SampleMaps/tiny/README.md):
        // whole map (x = 597 000, k = 1.00011591) 3.0 / k² = 2.999305 km²;
        // 西村 (x = 596 500, k = 1.00011472) 1.499656; 东村 (x = 597 500, k = 1.00011711) 1.499649.
        #expect(abs(s.areaKm2 - 2.999305) < 2e-6)
        #expect(abs(s.villages[0].areaKm2 - 1.499656) < 2e-6)
        #expect(abs(s.villages[1].areaKm2 - 1.499649) < 2e-6)
        #expect(s.villages.map(\.name) == ["西村", "东村"])
        #expect(s.households == 12)
        #expect(s.residents == 4 + 2 + 5 + 3 + 1 + 3 + 4 + 2 + 6 + 2 + 3 + 1)
        // r1 2000 m; r2 600 m; r3 and r4 √(400²+400²) = 565.685 m; service r5 300 + r6 200 + r7 200 + r8 200+300.
        #expect(abs(s.roadKm["tertiary"]! - 2.0) < 1e-9)
        #expect(abs(s.roadKm["unclassified"]! - 0.6) < 1e-9)
        #expect(abs(s.roadKm["track"]! - 0.565685) < 1e-6)
        #expect(abs(s.roadKm["path"]! - 0.565685) < 1e-6)
        #expect(abs(s.roadKm["service"]! - 1.2) < 1e-9)
        #expect(s.posts[.station] == 1 && s.posts[.policeRoom] == 1)
    }

    @Test("house labels and the sensitive fields are read")
    func households() throws {
        let map = try Fixtures.tiny()
        let h = try #require(map.households.first { $0.id == "H005" })
        #expect(h.houseLabel == "西村2组3号")
        #expect(h.tags == ["elderly_alone", "disability"])
        #expect(h.note == "独居,行动不便")
        #expect(h.location == Point(x: 596_550, y: 3_864_200))
    }
}
