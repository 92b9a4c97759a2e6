import Foundation
import PatrolData
import PatrolGeo
import Testing
import _PatrolTestSupport
@testable import PatrolRender

/// What a reader sees of the colour logic, read back from the SVG of a copy of SampleMaps/tiny.
@Suite("Topographic colours: grey roads, blue water, red closures, plan on top")
struct TopographicColourTests {
    /// Every `stroke="#…"` colour in `text`.
    static func strokes(_ text: String) -> [String] {
        text.components(separatedBy: "stroke=\"#").dropFirst().map { String($0.prefix(6)) }
    }

    static func isGrey(_ hex: String) -> Bool {
        let c = ColourVision.components("#" + hex)
        return c[0] == c[1] && c[1] == c[2]
    }

    /// A pond and a stream on the tiny map.
    static let water = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","id":"a1","properties":{"natural":"water"},"geometry":{"type":"Polygon","coordinates":[[[596100,3863300],[596300,3863300],[596300,3863500],[596100,3863500],[596100,3863300]]]}},
        {"type":"Feature","id":"s1","properties":{"waterway":"stream"},"geometry":{"type":"LineString","coordinates":[[596300,3863400],[596800,3863450],[597400,3863300]]}}
        ]}
        """

    @Test("roads are grey line work; water is blue; a wet-season road gets red bars drawn the same in the legend")
    func colours() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        try copy.write("water.geojson", Self.water)
        try copy.edit("roads.geojson") { $0.replacingOccurrences(of: "\"name\":\"北沟路\",", with: "\"name\":\"北沟路\",\"seasonal\":\"wet_impassable\",") }
        let map = try MapLoader.load(copy.path)
        let svg = try MapRenderer.render(map, options: RenderOptions(style: .wall))[0].svg
        let probe = SVGProbe(text: svg)
        let roads = try #require(probe.group("roads"))
        let closures = try #require(probe.group("wet-closures"))
        let lineWork = roads.replacingOccurrences(of: closures, with: "")
        #expect(!Self.strokes(lineWork).isEmpty && Self.strokes(lineWork).allSatisfy(Self.isGrey), "\(Set(Self.strokes(lineWork)))")
        #expect(Set(Self.strokes(closures)) == [String(RoadStyle.closureColor.dropFirst())])
        // The bars across 北沟路 (a village road, casing 1.1 mm): 2.3 mm long, 0.35 mm wide every 2.5 mm.
        let bar = SVGProbe(text: closures)
        #expect(bar.attribute("stroke-width", of: "<path") == "2.3" && bar.attribute("stroke-dasharray", of: "<path") == "0.35 2.15")
        let panel = try #require(probe.group("panel"))
        #expect(panel.contains("stroke=\"\(RoadStyle.closureColor)\" stroke-width=\"2.3\" fill=\"none\" stroke-dasharray=\"0.35 2.15\""))
        #expect(panel.contains("雨季不通行"))
        let water = try #require(probe.group("water"))
        #expect(water.contains("fill=\"\(WaterLayer.surfaceFill)\"") && water.contains("stroke=\"\(WaterLayer.ink)\""))
        #expect(panel.contains("水系") && panel.contains("水库、坑塘") && panel.contains("溪流"))
        // Brown is the relief's alone, blue the water's: no road uses either.
        for colour in [MapStyle.of(.wall).contourColor, WaterLayer.ink, WaterLayer.surfaceFill] { #expect(!roads.contains(colour)) }
    }

    @Test("a plan sheet is titled as a plan, lists before/after, draws its proposed posts with their gains above every label")
    func planSheet() throws {
        let map = try Fixtures.tiny()
        let o = Fixtures.tinyOrigin
        let square = try Polygon(exterior: [
            Point(x: o.x, y: o.y), Point(x: o.x + 900, y: o.y), Point(x: o.x + 900, y: o.y + 900), Point(x: o.x, y: o.y + 900), Point(x: o.x, y: o.y),
        ])
        let overlay = CoverageOverlay(
            bands: [.init(label: Localized(en: "within 5 min", zh: "5 分钟内"), area: MultiPolygon([square]), color: CoverageOverlay.palette[0])],
            blindSpotLabel: Localized(en: "blind spot", zh: "盲区"),
            previousReach: .init(area: MultiPolygon([square]), label: Localized(en: "today", zh: "现状")),
            proposedSites: [Point(x: o.x + 1500, y: o.y + 1000)], siteGains: [Localized(en: "+12 residents", zh: "+12 人")],
            sheetKind: Localized(en: "Plan: 1 new post", zh: "选址规划图:新增 1 个警务点"),
            table: [
                [Localized(en: "Within", zh: "时限"), Localized(en: "today", zh: "现状"), Localized(en: "planned", zh: "规划后")],
                [Localized(en: "5 min", zh: "5 分钟"), Localized(en: "6", zh: "6"), Localized(en: "12", zh: "12")],
            ])
        let svg = try MapRenderer.render(map, options: RenderOptions(style: .coverage, overlay: overlay))[0].svg
        let probe = SVGProbe(text: svg)
        #expect(try #require(probe.group("title")).contains(">小河乡 (tiny test map) · 选址规划图:新增 1 个警务点<"))
        let drawn = ["id=\"base-map\"", "id=\"previous-reach\"", "<g id=\"posts\"", "<g id=\"labels\"", "<g id=\"proposed-posts\""].map {
            svg.range(of: $0)?.lowerBound
        }
        #expect(drawn.allSatisfy { $0 != nil })
        #expect(drawn.compactMap { $0 } == drawn.compactMap { $0 }.sorted())
        #expect(probe.attribute("opacity", of: "<g id=\"base-map\"") == "0.6")
        #expect(try #require(probe.group("proposed-posts")).contains(">+12 人<"))
        #expect(probe.attribute("stroke", of: "<path id=\"previous-reach\"") == CoverageLayer.previousReachColor)
        let panel = try #require(probe.group("panel"))
        #expect(panel.contains(">规划后<") && panel.contains(">12<"))
        // The reach outline's magenta is no road's colour.
        #expect(!(try #require(probe.group("roads"))).contains(CoverageLayer.previousReachColor))
    }

    @Test("with --lang en the map's names are in Hanyu Pinyin and a synthetic map's English source stays off the Chinese sheet")
    func pinyinNames() throws {
        let map = try Fixtures.tiny()
        let en = try MapRenderer.render(map, options: RenderOptions(style: .wall, language: .en))[0].svg
        let labels = try #require(SVGProbe(text: en).group("labels"))
        for name in ["Xicun", "Dongcun", "Xiaohe Lu", "Xiaohe Paichusuo", "Dongcun Jingwushi", "Xiaohe Xiaoxue"] {
            #expect(labels.contains(">\(name)<"), "\(name)")
        }
        #expect(!labels.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
        #expect(try #require(SVGProbe(text: en).group("title")).contains(">Xiaohe Xiang (tiny test map)<"))
        let zh = try MapRenderer.render(map, options: RenderOptions(style: .wall, language: .zh))[0].svg
        let panel = try #require(SVGProbe(text: zh).group("panel"))
        #expect(!panel.contains("hand-made test map") && panel.contains("合成示例数据"))
    }
}
