import Foundation
import Testing
import _PatrolTestSupport

/// Parses a command's JSON output.
func jsonObject(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

@Suite("patrolmap info and find on the tiny map")
struct InfoFindCLITests {
    @Test("info --format json equals the hand computation")
    func infoJSON() throws {
        let result = try CLIRunner.run(["info", "SampleMaps/tiny", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let json = try jsonObject(result.stdout)
        // 2000 m × 1500 m on the EPSG:4545 grid. The Gauss–Krüger scale factor at easting x is
        // k = 1 + (x − 500 000)² / (2ρν) with ρν = 4.0587e13 m² at 34.9°N (GRS80), so the
        // ellipsoidal area is the grid area / k²: at the centre x = 597 000, k = 1.0001159 and
        // 3.0 / k² = 2.99930 km²; the west half (x = 596 500, k = 1.0001147) 1.499656 km²,
        // the east half (x = 597 500, k = 1.0001171) 1.499649 km². JSON rounds to 4 decimals.
        #expect(json["area_km2"] as? Double == 2.9993)
        #expect(json["villages"] as? Int == 2)
        #expect(json["households"] as? Int == 12)
        #expect(json["residents"] as? Int == 4 + 2 + 5 + 3 + 1 + 3 + 4 + 2 + 6 + 2 + 3 + 1)
        // r1 2000 m; r2 600 m; r3 and r4 √(400² + 400²) = 565.685 m each; service r5 300 + r6 200
        // + r7 200 + r8 (200 + 300) = 1200 m. Rounded to metres in km.
        let roads = try #require(json["road_km"] as? [String: Double])
        #expect(roads == ["tertiary": 2, "unclassified": 0.6, "track": 0.566, "path": 0.566, "service": 1.2])
        #expect(json["road_km_total"] as? Double == 4.931)
        #expect(json["posts"] as? [String: Int] == ["station": 1, "police_room": 1, "registration_room": 0])
        #expect(json["landmarks"] as? Int == 3)
        #expect(json["crs"] as? String == "EPSG:4545")
        let villages = try #require(json["by_village"] as? [[String: Any]])
        #expect(villages.map { $0["name"] as? String } == ["西村", "东村"])
        #expect(villages.map { $0["area_km2"] as? Double } == [1.4997, 1.4996])
        #expect(villages.map { $0["households"] as? Int } == [6, 6])
        #expect(villages.map { $0["residents"] as? Int } == [4 + 2 + 5 + 3 + 1 + 3, 4 + 2 + 6 + 2 + 3 + 1])
        // Same input, same bytes.
        #expect(try CLIRunner.run(["info", "SampleMaps/tiny", "--format", "json"]).stdout == result.stdout)
    }

    @Test("info text: Chinese by default, English with --lang en")
    func infoText() throws {
        let zh = try CLIRunner.run(["info", "SampleMaps/tiny"])
        #expect(zh.status == 0)
        #expect(zh.stdout.contains("面积 3.00 平方公里(椭球面),2 个村,12 户,36 人"))
        #expect(zh.stdout.contains("警务点:派出所 1,警务室 1;地标 3 个"))
        #expect(zh.stdout.contains("合计                4.93"))
        let en = try CLIRunner.run(["info", "SampleMaps/tiny", "--lang", "en"])
        #expect(en.status == 0)
        #expect(en.stdout.contains("area 3.00 km² (geodesic), 2 villages, 12 households, 36 residents"))
        #expect(en.stdout.contains("posts: police station 1, police room 1; 3 landmarks"))
        #expect(
            en.stdout.contains(
                """
                highway         km
                ------------  ----
                tertiary      2.00
                service       1.20
                unclassified  0.60
                path          0.57
                track         0.57
                total         4.93
                """))
    }

    @Test("validate on the sample and the converted maps")
    func validate() throws {
        for path in ["SampleMaps/tiny", "Tests/Fixtures/tiny-wgs84", "Tests/Fixtures/tiny-gcj02"] {
            let result = try CLIRunner.run(["validate", path, "--lang", "en"])
            #expect(result.status == 0, "\(path): \(result.stdout)\(result.stderr)")
            #expect(
                result.stdout.hasSuffix("2 villages, 12 households, 8 roads, 2 posts, 3 landmarks\nhousehold ledger encoding: UTF-8\nvalid: 0 warnings.\n"))
        }
        let zh = try CLIRunner.run(["validate", "SampleMaps/tiny"])
        #expect(zh.stdout == "小河乡 (tiny test map):2 个村,12 户,8 条道路,2 个警务点,3 个地标\n住户表编码:UTF-8\n检查通过:0 个警告。\n")
    }

    @Test("find lists every match with its position and exits 0")
    func find() throws {
        let result = try CLIRunner.run(["find", "SampleMaps/tiny", "西村二组", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                H003  西村2组1号  head 张伟, 5 residents, phone 10000000003  [left_behind_children]  @ 596650.0,3864230.0
                H004  西村2组2号  head 刘洋, 3 residents, phone 10000000004  @ 596600.0,3864250.0
                H005  西村2组3号  head 陈静, 1 resident, phone 10000000005  [elderly_alone; disability]  @ 596550.0,3864200.0

                """)
    }

    @Test("find --format json gives longitude first, in degrees, whether the files are in metres or degrees")
    func findJSON() throws {
        for map in ["SampleMaps/tiny", "Tests/Fixtures/tiny-wgs84"] {
            let result = try CLIRunner.run(["find", map, "东村警务室", "--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            let json = try jsonObject(result.stdout)
            let match = try #require((json["matches"] as? [[String: Any]])?.first)
            #expect(match["type"] as? String == "post")
            #expect(match["kind"] as? String == "police_room")
            #expect(match["phone"] as? String == "0913-0000111")
            // echo "3863230 597900" | cs2cs -f %.7f EPSG:4545 EPSG:4326  →  34.8928574  109.0710122
            #expect(match["location"] as? [Double] == [109.0710122, 34.8928574], "\(map)")
            #expect(match["working"] as? [Double] == [597900, 3863230], "\(map)")
        }
    }

    @Test("find: nothing found exits 1, bad coordinates and a bad --limit exit 2")
    func findFailures() throws {
        let none = try CLIRunner.run(["find", "SampleMaps/tiny", "北京", "--lang", "en"])
        #expect(none.status == 1)
        #expect(none.stdout == "Nothing matches “北京”.\n")
        let swapped = try CLIRunner.run(["find", "SampleMaps/tiny", "34.9,109.06", "--lang", "en"])
        #expect(swapped.status == 2)
        #expect(swapped.stderr.contains("longitude comes first: did you mean 109.06,34.9?"))
        let limit = try CLIRunner.run(["find", "SampleMaps/tiny", "村", "--limit", "0", "--lang", "en"])
        #expect(limit.status == 2)
        #expect(limit.stderr.hasPrefix("Error: --limit must be from 1 to 10000 (got 0)\n"))
        #expect(!limit.stderr.contains("Fatal error"))
    }
}
