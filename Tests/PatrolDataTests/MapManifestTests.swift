import Testing
import PatrolData
import _PatrolTestSupport

@Suite("MapManifest")
struct MapManifestTests {
    private func manifest(_ text: String) throws(InputIssue) -> MapManifest {
        try MapManifest.read(Array(text.utf8))
    }

    private func issue(_ text: String) -> InputIssue? {
        do {
            _ = try manifest(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("defaults: title from name, working CRS auto, the standard layer files")
    func defaults() throws {
        let m = try manifest(#"{"name": "gongli", "crs": "EPSG:4326"}"#)
        #expect(m.title == "gongli")
        #expect(m.workingCRS == "auto")
        #expect(!m.synthetic)
        #expect(m.layers.isEmpty)
        #expect(m.file(for: "households") == "households.csv")
        #expect(m.file(for: "dem") == "dem.asc")
        #expect(m.file(for: "nothing") == nil)
    }

    @Test("the tiny map's manifest")
    func tiny() throws {
        let m = try MapManifest.read(Fixtures.bytes(Fixtures.tinyPath + "/map.json"))
        #expect(m.name == "tiny")
        #expect(m.title == "小河乡 (tiny test map)")
        #expect(m.crs == "EPSG:4545" && m.workingCRS == "EPSG:4545")
        #expect(m.synthetic)
        #expect(m.date == "2026-11")
        #expect(m.source == "hand-made test map, PatrolMap project")
        #expect(m.attribution == nil)
    }

    @Test("named layers replace the defaults one by one")
    func layers() throws {
        let m = try manifest(#"{"name": "x", "crs": "GCJ-02", "layers": {"households": "ledger.geojson", "dem": "srtm.asc"}}"#)
        #expect(m.file(for: "households") == "ledger.geojson")
        #expect(m.file(for: "dem") == "srtm.asc")
        #expect(m.file(for: "roads") == "roads.geojson")
    }

    @Test("json() writes what read() reads back, members sorted, byte for byte stable")
    func roundTrip() throws {
        let m = MapManifest(
            name: "t", title: "标题", crs: "EPSG:4490", workingCRS: "EPSG:4545", synthetic: true, source: "s", date: "2026", attribution: "© x")
        let text = m.json()
        #expect(try MapManifest.read(Array(text.utf8)) == m)
        #expect(m.json() == text)
        #expect(text.hasPrefix("{\n  \"name\": \"t\",\n  \"title\": \"标题\",\n  \"crs\": \"EPSG:4490\",\n  \"working_crs\": \"EPSG:4545\",\n"))
    }

    @Test("problems point at the member's line")
    func errors() throws {
        let missing = try #require(issue("{\n  \"name\": \"x\"\n}"))
        #expect(missing.line == 1 && missing.field == "crs")
        #expect(missing.message.en == "required member 'crs' is missing")
        let wrongType = try #require(issue("{\n  \"name\": \"x\",\n  \"crs\": 4326\n}"))
        #expect(wrongType.line == 3 && wrongType.field == "crs")
        #expect(wrongType.message.en == "'crs' must be a string")
        let empty = try #require(issue("{\"name\": \" \", \"crs\": \"EPSG:4326\"}"))
        #expect(empty.field == "name" && empty.message.en == "'name' is empty")
        let escape = try #require(issue("{\"name\": \"x\", \"crs\": \"EPSG:4326\",\n\"layers\": {\"roads\": \"../roads.geojson\"}}"))
        #expect(escape.line == 2 && escape.field == "layers.roads")
        #expect(issue("{\"name\": \"x\", \"crs\": \"EPSG:4326\", \"layers\": [\"roads.geojson\"]}")?.field == "layers")
        #expect(issue("[1]")?.message.en == "must be a JSON object")
        let notJSON = try #require(issue("{\n\"name\": 'x'\n}"))
        #expect(notJSON.line == 2)
        #expect(notJSON.message.en == "not valid JSON (column 9): unexpected character '''")
    }

    @Test("dem_source_resolution_m: read, written back, absent in old manifests, refused with its line when not a positive number")
    func demSourceResolution() throws {
        let m = try manifest("{\"name\": \"x\", \"crs\": \"EPSG:4326\", \"dem_source_resolution_m\": 92.7}")
        #expect(m.demSourceResolution == 92.7)
        #expect(m.json().contains("\n  \"dem_source_resolution_m\": 92.7,\n"))
        #expect(try MapManifest.read(Array(m.json().utf8)) == m)
        #expect(try manifest(#"{"name": "x", "crs": "EPSG:4326"}"#).demSourceResolution == nil)
        #expect(!(try manifest(#"{"name": "x", "crs": "EPSG:4326"}"#).json().contains("dem_source")))
        for bad in ["-3", "0", "\"90\"", "20000"] {
            let refused = try #require(issue("{\"name\": \"x\", \"crs\": \"EPSG:4326\",\n\"dem_source_resolution_m\": \(bad)}"))
            #expect(refused.line == 2 && refused.field == "dem_source_resolution_m")
            #expect(refused.message.en == "must be a number of metres, 0 < v ≤ 10000")
        }
    }
}
