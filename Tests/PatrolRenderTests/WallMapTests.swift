import Foundation
import PatrolData
import PatrolGeo
import Testing
import _PatrolTestSupport
@testable import PatrolRender

@Suite("Wall and internal maps")
struct WallMapTests {
    /// Large enough a scale that every house gets its number and, internally, its head.
    static func render(_ map: PatrolMap, _ style: MapStyle.Kind, scale: Double = 5000, page: PaperSize = .a1) throws -> String {
        try MapRenderer.render(map, options: RenderOptions(style: style, page: page, scale: scale))[0].svg
    }

    @Test("no household head, phone, tag or note appears anywhere in a wall map")
    func wallHasNoPersonalData() throws {
        let map = try Fixtures.tiny()
        let wall = try Self.render(map, .wall)
        let internalMap = try Self.render(map, .internal)
        for household in map.households {
            for secret in [household.head, household.phone, household.note] + household.tags where !secret.isEmpty {
                #expect(!wall.contains(secret), "wall map shows \(secret) of \(household.id)")
            }
            // The internal map does show heads: the check above is not vacuous.
            #expect(internalMap.contains(household.head))
        }
        for tag in CareTag.allCases {
            #expect(!wall.contains(tag.name.zh))
        }
        #expect(internalMap.contains(CareTag.elderlyAlone.name.zh))
        #expect(internalMap.contains("内部资料"))
        #expect(!wall.contains("内部资料"))
        // Posts' public phones are on the wall map.
        for post in map.posts { #expect(wall.contains(post.phone)) }
    }

    @Test("the sheet's millimetres, the ground it shows and the scale bar agree with 1:N to 0.5 %")
    func trueScale() throws {
        let map = try Fixtures.tiny()
        try Self.checkTrueScale(try Self.render(map, .wall, scale: 10_000, page: .a3), map: map, scale: 10_000, paper: [297, 420])
    }

    /// Checks a sheet against 1:`scale`: physical size equals the viewBox in mm, the frame's
    /// paper width times N equals the true (geodesic) ground width it shows, and the scale
    /// bar's drawn length times N equals the length its last label states — each to 0.5 %.
    static func checkTrueScale(_ svg: String, map: PatrolMap, scale: Double, paper: [Double]) throws {
        let probe = SVGProbe(text: svg)
        let widthText = try #require(probe.attribute("width", of: "<svg"))
        let heightText = try #require(probe.attribute("height", of: "<svg"))
        #expect(widthText.hasSuffix("mm") && heightText.hasSuffix("mm"))
        let width = try #require(Double(widthText.dropLast(2)))
        let height = try #require(Double(heightText.dropLast(2)))
        let viewBox = probe.numbers("viewBox", of: "<svg")
        #expect(viewBox == [0, 0, width, height])
        #expect([width, height].sorted() == paper)
        let frame = probe.numbers("data-frame", of: "<g id=\"map\"")
        let ground = probe.numbers("data-ground", of: "<g id=\"map\"")
        #expect(frame.count == 4 && ground.count == 4)
        let transform = try map.wgs84Transform()
        let midY = (ground[1] + ground[3]) / 2
        let west = try transform.inverse(Point(x: ground[0], y: midY))
        let east = try transform.inverse(Point(x: ground[2], y: midY))
        let trueWidth = Geodesic.wgs84.distance(LonLat(lon: west.x, lat: west.y), LonLat(lon: east.x, lat: east.y))
        let paperWidth = frame[2] / 1000
        #expect(abs(paperWidth * scale / trueWidth - 1) < 0.005, "frame \(frame[2]) mm shows \(trueWidth) m")
        let bar = try #require(probe.group("scale-bar"))
        let drawn = bar.components(separatedBy: "width=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }.reduce(0, +)
        let label = try #require(probe.elementText(containing: "class=\"scale-bar-end\""))
        let parts = label.split(separator: " ")
        let value = try #require(Double(parts[0]))
        let metres = parts.last == "公里" || parts.last == "km" ? value * 1000 : value
        #expect(abs(drawn / 1000 * scale / metres - 1) < 0.005, "bar \(drawn) mm labelled \(label)")
    }

    @Test("two renderings give identical bytes")
    func deterministic() throws {
        let map = try Fixtures.tiny()
        for style in [MapStyle.Kind.wall, .internal] {
            let a = try Self.render(map, style)
            let b = try Self.render(try MapLoader.load(Fixtures.tinyPath), style)
            #expect(a == b)
        }
    }

    @Test("hostile names are escaped and the document stays well formed")
    func escaping() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        try copy.edit("landmarks.geojson") { $0.replacingOccurrences(of: "土地庙", with: "<script>alert(1)</script> & 庙") }
        try copy.edit("posts.geojson") { $0.replacingOccurrences(of: "东村警务室", with: "东村&<b>警务室") }
        let map = try MapLoader.load(copy.path)
        #expect(map.landmarks.contains { $0.name.contains("<script>") })
        for style in [MapStyle.Kind.wall, .internal] {
            let svg = try Self.render(map, style)
            #expect(!svg.contains("<script>"))
            #expect(!svg.contains("<b>"))
            #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; 庙"))
            #expect(svg.contains("东村&amp;&lt;b&gt;警务室"))
            #expect(XMLCheck.problem(in: svg) == nil, "\(XMLCheck.problem(in: svg) ?? "")")
        }
    }

    @Test("the well-formedness check itself rejects broken documents")
    func checkerRejects() {
        #expect(XMLCheck.problem(in: "<svg><g></svg>") != nil)
        #expect(XMLCheck.problem(in: "<svg><text>a & b</text></svg>") != nil)
        #expect(XMLCheck.problem(in: "<svg><text>a < b</text></svg>") != nil)
        #expect(XMLCheck.problem(in: "<svg a=\"1\" a=\"2\"/>") != nil)
        #expect(XMLCheck.problem(in: "<svg><text x=\"1\">a &amp; &#26449;</text></svg>") == nil)
    }

    @Test("the legend lists what is on the map and nothing else")
    func legendFromContent() throws {
        let map = try Fixtures.tiny()
        let svg = try Self.render(map, .wall, scale: 7500)
        let panel = try #require(SVGProbe(text: svg).group("panel"))
        #expect(panel.contains("乡道"))  // tertiary 小河路
        #expect(panel.contains("桥梁"))
        #expect(panel.contains("警务室"))
        #expect(!panel.contains("县道"))  // no secondary road in tiny
        #expect(!panel.contains("便民户籍室"))  // no registration room in tiny
        #expect(!panel.contains("等高线"))  // tiny has no DEM
        #expect(!panel.contains("雨季不通行"))
    }

    @Test("an unknown village, a useless scale and a scale that does not fit are refused clearly")
    func refusals() throws {
        let map = try Fixtures.tiny()
        #expect(throws: RenderError.unknownVillage("北村", known: ["西村", "东村"])) {
            try MapRenderer.render(map, options: RenderOptions(style: .wall, village: "北村"))
        }
        #expect(throws: RenderError.invalidScale(10)) { try MapRenderer.render(map, options: RenderOptions(style: .wall, scale: 10)) }
        do {
            _ = try MapRenderer.render(map, options: RenderOptions(style: .wall, page: .a4, scale: 2000))
            Issue.record("2 km at 1:2000 cannot fit A4")
        } catch {
            guard case .doesNotFit(_, let w, _, let fw, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(abs(w - 2000 / 2000 * 1000) < 1)  // the 2 km wide tiny map is 1000 mm at 1:2000
            #expect(fw < w)
        }
    }

    @Test("a village map frames the village at the requested scale")
    func villageMap() throws {
        let map = try Fixtures.tiny()
        let sheets = try MapRenderer.render(map, options: RenderOptions(style: .wall, page: .a2, scale: 5000, village: "东村"))
        let probe = SVGProbe(text: sheets[0].svg)
        let ground = probe.numbers("data-ground", of: "<g id=\"map\"")
        // 东村 spans x 597000…598000 (plus a 6 % margin of 90 m) and lies inside the frame; the frame, wider
        // than the village, moves west over the township instead of showing land outside it.
        let west = Fixtures.tinyOrigin.x + 1000 - 90
        let east = Fixtures.tinyOrigin.x + 2000 + 90
        #expect(ground[0] <= west && ground[2] >= east)
        #expect((ground[0] + ground[2]) / 2 < Fixtures.tinyOrigin.x + 1500 - 100)
        #expect(sheets[0].svg.contains("东村 · 小河乡"))
    }
}
