import Foundation
import Testing
import _PatrolTestSupport

/// An OSM import's outline and its settlements on the wall map (`Tests/Fixtures/settlements`).
@Suite("patrolmap import osm: where the outline comes from, and place names by rank")
struct ImportedAreaCLITests {
    static let osm = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/settlements/settlements.osm").path

    /// Imports the fixture into a new folder with `arguments`; the caller removes it.
    func imported(_ arguments: [String] = []) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("patrolmap-settlements-\(UUID().uuidString)").path
        let r = try CLIRunner.run(["import", "osm", Self.osm, "-o", folder] + arguments)
        #expect(r.status == 0, "\(r.stderr)")
        return folder
    }

    func manifest(_ folder: String) throws -> String { try String(contentsOfFile: folder + "/map.json", encoding: .utf8) }

    /// The wall sheet's SVG at 1:`scale` in `language`.
    func wall(_ folder: String, scale: Int, language: String) throws -> String {
        let svg = folder + "/wall-\(scale)-\(language).svg"
        let r = try CLIRunner.run(["render", folder, "--style", "wall", "--page", "A3", "--scale", String(scale), "--lang", language, "-o", svg])
        #expect(r.status == 0, "\(r.stderr)")
        return try String(contentsOfFile: svg, encoding: .utf8)
    }

    /// The font size of each settlement rank's label class in `svg`, by rank name.
    func placeSizes(_ svg: String) -> [String: Double] {
        var sizes: [String: Double] = [:]
        for rank in ["city", "town", "village", "hamlet"] {
            guard let tag = svg.range(of: "class=\"label-place-\(rank)\" font-size=\"") else { continue }
            sizes[rank] = Double(svg[tag.upperBound...].prefix { $0 != "\"" })
        }
        return sizes
    }

    @Test("without --boundary or --bbox the outline is the data's hull: map.json says so and the sheets call it the area of the data")
    func dataHull() throws {
        let folder = try imported()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try manifest(folder).contains("\"jurisdiction_source\": \"data-hull\""))
        let zh = try wall(folder, scale: 20_000, language: "zh")
        #expect(zh.contains("数据范围界"))
        #expect(!zh.contains("辖区"))
        let en = try wall(folder, scale: 20_000, language: "en")
        #expect(en.contains("Edge of the area of the imported data"))
        #expect(!en.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression).contains("urisdiction"))
        // The ranks' names, in Pinyin in English (寺沟 → Sigou), largest type for the city.
        let sizes = placeSizes(en)
        #expect(sizes.count == 4, "\(sizes)")
        #expect(sizes["city"]! > sizes["town"]! && sizes["town"]! > sizes["village"]! && sizes["village"]! > sizes["hamlet"]!, "\(sizes)")
        for name in ["Ciutat", "Vila", "Poble", "Sigou"] { #expect(en.contains(">\(name)</text>"), "\(name)") }
        #expect(zh.contains(">寺沟</text>"))
        // Places are names, not landmark symbols.
        #expect(!en.contains("Other landmark"))
    }

    @Test("names thin with scale: hamlets go beyond 1:25 000, villages beyond 1:100 000; the city stays")
    func thinning() throws {
        let folder = try imported()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(Set(placeSizes(try wall(folder, scale: 50_000, language: "zh")).keys) == ["city", "town", "village"])
        // At 1:200 000 the whole import is 2 cm wide: the city's name, placed first, may crowd the town's out.
        let small = Set(placeSizes(try wall(folder, scale: 200_000, language: "zh")).keys)
        #expect(small.contains("city") && small.isSubset(of: ["city", "town"]), "\(small)")
    }

    @Test("--bbox records a box, an OSM administrative boundary records osm-admin, another boundary file is the jurisdiction")
    func givenOutlines() throws {
        let box = try imported(["--bbox", "1.499,42.499,1.551,42.531"])
        defer { try? FileManager.default.removeItem(atPath: box) }
        #expect(try manifest(box).contains("\"jurisdiction_source\": \"bbox\""))
        #expect(try wall(box, scale: 20_000, language: "zh").contains("数据范围界(导入的矩形范围)"))

        let ring = "[[1.499,42.499],[1.551,42.499],[1.551,42.531],[1.499,42.531],[1.499,42.499]]"
        for (properties, source, legend) in [
            ("{\"name\":\"Comu\",\"boundary\":\"administrative\",\"admin_level\":\"7\"}", "osm-admin", "行政区界"),
            ("{\"name\":\"Comu\"}", "boundary-file", "派出所辖区界"),
        ] {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("patrolmap-boundary-\(UUID().uuidString).geojson").path
            try Data(
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":\(properties),\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[\(ring)]}}]}"
                    .utf8
            ).write(to: URL(fileURLWithPath: file))
            defer { try? FileManager.default.removeItem(atPath: file) }
            let folder = try imported(["--boundary", file])
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let manifest = try manifest(folder)
            #expect(manifest.contains("\"jurisdiction_source\": \"\(source)\""))
            #expect(try wall(folder, scale: 20_000, language: "zh").contains(legend), "\(source)")
        }
    }
}
