import Testing
import PatrolData
import PatrolGeo
import _PatrolTestSupport

/// Every way a household ledger reaches us loads the same households.
///
/// UTF-8, UTF-8 with BOM, GB18030 with Chinese headers, spreadsheet quoting, or GeoJSON
/// instead of CSV.
@Suite("Household ledger encodings and formats")
struct LedgerFormatTests {
    /// What must agree between two loads of the same ledger.
    private func summary(_ map: PatrolMap) -> [String] {
        map.households.map {
            "\($0.id)|\($0.houseLabel)|\($0.head)|\($0.members)|\($0.phone)|\($0.tags)|\($0.note)|\($0.location.x)|\($0.location.y)"
        }
    }

    @Test("a GB18030 ledger with Chinese headers loads identically to the UTF-8 one")
    func gb18030() throws {
        let utf8 = try MapLoader.load(Fixtures.tinyWGS84Path)
        let map = try TemporaryMap(copying: Fixtures.tinyWGS84Path)
        try map.write("households.csv", bytes: Fixtures.bytes(Fixtures.gb18030LedgerPath))
        let gb = try MapLoader.load(map.path)
        #expect(gb.issues.isEmpty, "\(gb.issues)")
        #expect(gb.householdEncoding == .gb18030)
        #expect(utf8.householdEncoding == .utf8)
        #expect(summary(gb) == summary(utf8))
        #expect(gb.households.first { $0.id == "H005" }?.note == "独居,行动不便")
    }

    @Test("a GB18030 byte-order mark (84 31 95 33) before the Chinese headers is skipped")
    func gb18030WithBOM() throws {
        let map = try TemporaryMap(copying: Fixtures.tinyWGS84Path)
        try map.write("households.csv", bytes: [0x84, 0x31, 0x95, 0x33] + Fixtures.bytes(Fixtures.gb18030LedgerPath))
        let loaded = try MapLoader.load(map.path)
        #expect(loaded.issues.isEmpty, "\(loaded.issues)")
        #expect(loaded.householdEncoding == .gb18030)
        #expect(loaded.households.count == 12)
    }

    @Test("a byte-order mark is accepted and reported")
    func bom() throws {
        let tiny = try Fixtures.tiny()
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        try map.write("households.csv", bytes: [0xEF, 0xBB, 0xBF] + Fixtures.bytes(Fixtures.tinyPath + "/households.csv"))
        let loaded = try MapLoader.load(map.path)
        #expect(loaded.issues.isEmpty, "\(loaded.issues)")
        #expect(loaded.householdEncoding == .utf8WithBOM)
        #expect(summary(loaded) == summary(tiny))
    }

    @Test("quoted fields with commas, doubled quotes and line breaks; CRLF line ends")
    func quoting() throws {
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        try map.write(
            "households.csv",
            """
            id,village,group,number,x,y,head,members,phone,tags,note\r
            H001,西村,1,1,596300,3863230,"王, 建国",4,10000000001,"elderly_alone; disability","他说""门在北边""\r
            第二行"\r
            "H002",西村,1,2,596500,3863170,李秀英,2,,,\r

            """)
        let loaded = try MapLoader.load(map.path)
        #expect(loaded.errors.isEmpty, "\(loaded.issues)")
        let h1 = try #require(loaded.households.first)
        #expect(h1.head == "王, 建国")
        #expect(h1.tags == ["elderly_alone", "disability"])
        #expect(h1.note == "他说\"门在北边\"\r\n第二行")
        #expect(h1.sourceLine == 2)
        let h2 = try #require(loaded.households.last)
        #expect(h2.id == "H002" && h2.sourceLine == 4 && h2.phone == "")
    }

    @Test("households.geojson is read when there is no households.csv")
    func geoJSONFallback() throws {
        let tiny = try Fixtures.tiny()
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        try map.remove("households.csv")
        try map.write("households.geojson", Self.geoJSON(tiny.households))
        let loaded = try MapLoader.load(map.path)
        #expect(loaded.issues.isEmpty, "\(loaded.issues)")
        #expect(loaded.householdEncoding == nil)
        #expect(summary(loaded) == summary(tiny))
    }

    @Test("a GeoJSON ledger named in map.json, with the Chinese property names")
    func geoJSONNamed() throws {
        let tiny = try Fixtures.tiny()
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        try map.replace("\"households.csv\"", with: "\"ledger.geojson\"", inLine: 12, of: "map.json")
        try map.write("ledger.geojson", Self.geoJSON(tiny.households, chinese: true))
        let loaded = try MapLoader.load(map.path)
        #expect(loaded.issues.isEmpty, "\(loaded.issues)")
        #expect(summary(loaded) == summary(tiny))
        // A household that is not a Point is reported with its feature index.
        try map.edit("ledger.geojson") { $0.replacingOccurrences(of: "{\"type\":\"Point\",\"coordinates\":[596500,3863170]}", with: "null") }
        let broken = try MapLoader.load(map.path)
        let issue = try #require(broken.errors.first)
        #expect(issue.formatted(.en) == "ledger.geojson:3: feature 1 (H002): geometry: a household must be a Point; skipped")
    }

    private static func geoJSON(_ households: [Household], chinese: Bool = false) -> String {
        let names =
            chinese
            ? ["户号", "村", "组", "门牌号", "户主", "人口", "电话", "标签", "备注"]
            : ["id", "village", "group", "number", "head", "members", "phone", "tags", "note"]
        let features = households.map { h in
            GeoJSONWriter.Feature(
                properties: zip(
                    names,
                    [
                        JSONValue.string(h.id), .string(h.village), .string(h.group), .string(h.number), .string(h.head),
                        .number(Double(h.members)), .string(h.phone), .string(h.tags.joined(separator: ";")), .string(h.note),
                    ]
                ).map { ($0, $1) },
                geometry: .point(h.sourceCoordinate))
        }
        return GeoJSONWriter.featureCollection(features, decimals: 2)
    }
}
