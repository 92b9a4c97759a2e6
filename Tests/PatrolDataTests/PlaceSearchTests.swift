import Testing
import PatrolData
import PatrolGeo
import _PatrolTestSupport

@Suite("PlaceSearch on the tiny map")
struct PlaceSearchTests {
    private func search(_ map: PatrolMap? = nil) throws -> PlaceSearch {
        PlaceSearch(map: try map ?? Fixtures.tiny())
    }

    private func householdID(_ place: Place) -> String? {
        if case .household(let h) = place { return h.id }
        return nil
    }

    private func resolveError(_ query: String, in search: PlaceSearch) -> PlaceError? {
        do {
            _ = try search.resolve(query)
            return nil
        } catch {
            return error
        }
    }

    @Test("household id, in any case and in full-width letters", arguments: ["H005", "h005", "Ｈ００５", " H005 "])
    func byID(_ query: String) throws {
        #expect(householdID(try search().resolve(query)) == "H005")
    }

    @Test("house label, typed the ways dispatchers type it", arguments: ["西村2组3号", "西村二组3号", "西村２组３号", "西村 2 组 3 号", "西村2组3"])
    func byLabel(_ query: String) throws {
        #expect(householdID(try search().resolve(query)) == "H005")
    }

    @Test("三组 is 3组")
    func chineseGroupNumeral() throws {
        #expect(householdID(try search().resolve("东村三组1号")) == "H012")
    }

    @Test("group numerals up to 99, and a village name ending in a numeral character")
    func largerNumerals() throws {
        var map = try Fixtures.tiny()
        map.households[0].group = "12"
        map.households[1].group = "20"
        map.households[2].village = "东三"
        let s = try search(map)
        #expect(householdID(try s.resolve("西村十二组1号")) == "H001")
        #expect(householdID(try s.resolve("西村二十组2号")) == "H002")
        // H003 is now 东三2组1号: only 二 before 组 is the group numeral.
        #expect(householdID(try s.resolve("东三二组1号")) == "H003")
    }

    @Test("household head, post and landmark names")
    func byName() throws {
        let s = try search()
        #expect(householdID(try s.resolve("陈静")) == "H005")
        guard case .post(let post) = try s.resolve("小河派出所") else {
            Issue.record("not a post")
            return
        }
        #expect(post.kind == .station)
        #expect(post.location == Point(x: 596_100, y: 3_863_180))
        guard case .landmark(let temple) = try s.resolve("土地庙") else {
            Issue.record("not a landmark")
            return
        }
        #expect(temple.kind == "temple")
    }

    @Test("a part of a name matches when nothing matches exactly")
    func partial() throws {
        let s = try search()
        guard case .post(let post) = try s.resolve("东村警务") else {
            Issue.record("not a post")
            return
        }
        #expect(post.name == "东村警务室")
        #expect(try s.search("西村2组").compactMap(householdID) == ["H003", "H004", "H005"])
    }

    @Test("an ambiguous name lists every candidate")
    func ambiguous() throws {
        guard case .ambiguous(let query, let candidates) = resolveError("西村2组", in: try search()) else {
            Issue.record("not ambiguous")
            return
        }
        #expect(query == "西村2组")
        #expect(candidates.compactMap(householdID) == ["H003", "H004", "H005"])

        var map = try Fixtures.tiny()
        map.households[7].head = "王建国"  // H008 now has H001's head
        guard case .ambiguous(_, let twins) = resolveError("王建国", in: try search(map)) else {
            Issue.record("not ambiguous")
            return
        }
        #expect(twins.compactMap(householdID) == ["H001", "H008"])
    }

    @Test("nothing found")
    func notFound() throws {
        #expect(resolveError("北京", in: try search()) == .notFound(query: "北京"))
        #expect(try search().search("北京").isEmpty)
    }

    @Test("lon,lat on a projected map is WGS 84, matching cs2cs")
    func lonLat() throws {
        // echo "34.9019895094 109.05745494" | cs2cs -f %.4f EPSG:4326 EPSG:4545  →  3864230.0000  596650.0000 (H003)
        guard case .coordinate(let p, let label) = try search().resolve("109.05745494,34.9019895094") else {
            Issue.record("not a coordinate")
            return
        }
        #expect(label == "109.05745494,34.9019895094")
        #expect(abs(p.x - 596_650) < 0.001 && abs(p.y - 3_864_230) < 0.001)
        // Full-width comma and spaces are fine.
        guard case .coordinate(let q, _) = try search().resolve("109.05745494， 34.9019895094") else {
            Issue.record("not a coordinate")
            return
        }
        #expect(q == p)
    }

    @Test("lon,lat on a geographic map is in the map's CRS")
    func lonLatGeographic() throws {
        let map = try MapLoader.load(Fixtures.tinyWGS84Path)
        guard case .coordinate(let p, _) = try PlaceSearch(map: map).resolve("109.05745494,34.9019895094") else {
            Issue.record("not a coordinate")
            return
        }
        #expect(abs(p.x - 596_650) < 0.001 && abs(p.y - 3_864_230) < 0.001)
    }

    @Test("@x,y is the working CRS as it is")
    func working() throws {
        #expect(try search().resolve("@597000.5,3863500") == .coordinate(Point(x: 597_000.5, y: 3_863_500), label: "@597000.5,3863500"))
    }

    @Test("out-of-range, swapped and non-finite coordinates are refused; far-away ones are not")
    func badCoordinates() throws {
        let s = try search()
        guard case .invalidCoordinates(_, let range) = resolveError("200,34.9", in: s) else {
            Issue.record("accepted")
            return
        }
        #expect(range.en == "longitude must be within ±180 and latitude within ±90 (use @x,y for working-CRS metres)")
        guard case .invalidCoordinates(_, let swapped) = resolveError("34.9019895094,109.05745494", in: s) else {
            Issue.record("accepted")
            return
        }
        #expect(swapped.en.hasSuffix("(longitude comes first: did you mean 109.05745494,34.9019895094?)"))
        #expect(resolveError("nan,1", in: s) != nil)
        #expect(resolveError("1e999,1", in: s) != nil)
        // Off the map but valid: returned as it is, for the router to measure.
        // echo "34.9 109.2" | cs2cs -f %.3f EPSG:4326 EPSG:4545  →  3864156.150  609681.702
        guard case .coordinate(let far, _) = try s.resolve("109.2,34.9") else {
            Issue.record("refused")
            return
        }
        #expect(abs(far.x - 609_681.702) < 0.001 && abs(far.y - 3_864_156.150) < 0.001)
    }

    @Test("search honours the limit, even a silly one")
    func limit() throws {
        let s = try search()
        #expect(try s.search("村", limit: 2).count == 2)
        // Twelve house labels and the post 东村警务室 contain 村.
        #expect(try s.search("村").count == 13)
        #expect(try s.search("村", limit: 0).isEmpty)
        #expect(try s.search("村", limit: -5).isEmpty)
    }
}
