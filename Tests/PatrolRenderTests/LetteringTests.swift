import Foundation
import PatrolData
import PatrolGeo
import Testing
import _PatrolTestSupport

@testable import PatrolRender

/// Chinese lettering as a reader sees it on the sheet.
@Suite("Chinese lettering")
struct LetteringTests {
    /// 寺沟村, the northernmost mountain village, on A2: steep lanes, dense contours.
    static let village = Result { try MapRenderer.render(try Fixtures.gongli(), options: RenderOptions(style: .wall, page: .a2, village: "寺沟村"))[0].svg }

    @Test("no CJK text lies on its side: steep road names are set character by character, each upright")
    func uprightCJK() throws {
        let svg = try Self.village.get()
        let texts = SVGElement.all("text", in: svg)
        let cjk = texts.filter { UprightGlyphs.containsCJK($0.text) }
        #expect(cjk.count > 50)
        for element in cjk {
            let angle = abs(element.rotation)
            #expect(angle <= UprightGlyphs.steepest, "\(element.text) rotated \(angle)")
        }
        // Single upright characters of road names exist: the steep names were set, not dropped.
        let roads = SVGElement.all("text", in: try #require(Self.labelGroup("label-road", in: svg)))
        #expect(roads.contains { $0.text.count == 1 && UprightGlyphs.containsCJK($0.text) && $0.rotation == 0 })
        // House numbers stand horizontal.
        if let houses = Self.labelGroup("label-house", in: svg) {
            #expect(SVGElement.all("text", in: houses).allSatisfy { $0.rotation == 0 })
        }
    }

    /// The texts of one label class (its group holds text elements only).
    static func labelGroup(_ name: String, in svg: String) -> String? {
        guard let start = svg.range(of: "class=\"\(name)\""), let end = svg[start.upperBound...].range(of: "</g>") else { return nil }
        return String(svg[start.upperBound..<end.lowerBound])
    }

    @Test("at least 95 % of contour labels have their tops uphill, measured on the DEM 3 mm either side")
    func contourLabelsUphill() throws {
        let svg = try Self.village.get()
        let map = try Fixtures.gongli()
        let dem = try #require(map.elevation)
        let probe = SVGProbe(text: svg)
        let ground = probe.numbers("data-ground", of: "<g id=\"map\"")
        let frame = probe.numbers("data-frame", of: "<g id=\"map\"")
        let k = frame[2] / (ground[2] - ground[0])  // mm per metre
        func plane(_ p: Point) -> Point { Point(x: ground[0] + (p.x - frame[0]) / k, y: ground[3] - (p.y - frame[1]) / k) }
        let labels = SVGElement.all("text", in: try #require(Self.labelGroup("label-contour", in: svg)))
        #expect(labels.count >= 20)
        var uphill = 0
        var measured = 0
        for label in labels {
            let a = label.rotation * .pi / 180
            let up = Point(x: sin(a), y: -cos(a))  // the text's up on the page
            let origin = Point(x: label.number("x")!, y: label.number("y")!)
            guard let top = dem.elevation(at: plane(origin + up * 3)), let bottom = dem.elevation(at: plane(origin - up * 3)), top != bottom else {
                continue
            }
            measured += 1
            if top > bottom { uphill += 1 }
        }
        #expect(measured >= 20)
        #expect(Double(uphill) >= 0.95 * Double(measured), "\(uphill) of \(measured) uphill")
    }

    @Test("directions break by the Chinese rules: no line opens with closing punctuation, no number, time or road number split")
    func lineBreaking() {
        let text = "在三岔路口继续走左侧县道X316(向左急转弯),不要走右侧上坡的土路(路太窄)(0:13 到达 · 再行 4.9 公里);途经 11 个岔路口,均走县道X316。"
        for width in stride(from: 6.0, through: 60, by: 1.5) {
            let lines = TextWrap.lines(text, width: width, size: 2.5)
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
            for line in lines {
                #expect(!TextWrap.closing.contains(line.first!), "line starts with \(line.first!) at width \(width)")
                #expect(!TextWrap.opening.contains(line.last!), "line ends with \(line.last!) at width \(width)")
            }
            let joined = lines.joined(separator: "\n")
            for whole in ["县道X316", "0:13", "4.9 公里", "11 个"] {
                #expect(joined.contains(whole), "\(whole) split at width \(width)")
            }
        }
        #expect(TextWrap.lines("Follow X316 for 4.9 km, then turn", width: 14, size: 2.5).allSatisfy { !$0.hasPrefix(",") && !$0.hasSuffix(" ") })
    }

    @Test("a road name on a 60° line: 县 and 道 upright one by one, X316 as one piece, read downwards, boxes apart")
    func uprightPieces() throws {
        let style = LabelStyle(id: "label-road", size: 2, fill: "#000", halo: 0.4, letterSpacing: 0.08, layer: 1)
        let request = LabelRequest(lines: ["县道X316"], style: style, anchor: Point(x: 50, y: 50), gap: 0, positions: [.center], priority: 1, rotation: -60)
        let glyphs = try #require(UprightGlyphs.centers(request))
        #expect(glyphs.map(\.text) == ["县", "道", "X316"])
        #expect(zip(glyphs, glyphs.dropFirst()).allSatisfy { $0.center.y < $1.center.y })
        let boxes = LabelPlacer.layout(request, .center).0
        for (a, b) in zip(boxes, boxes.dropFirst()) { #expect(!a.inset(by: 0.45).intersects(b.inset(by: 0.45))) }
        // A gentle line keeps the whole name in one piece, turned with the line.
        var gentle = request
        gentle.rotation = -20
        #expect(UprightGlyphs.centers(gentle) == nil)
    }

    @Test("a landmark on top of a post moves off it, on a leader")
    func symbolsDisplaced() {
        let frame = PageRect(x: 0, y: 0, width: 100, height: 100)
        let post = Point(x: 50, y: 50)
        let moved = Displacement.spot(for: Point(x: 50.5, y: 50), clear: [post], distance: 3, step: 2.2, inside: frame)
        #expect(moved != nil && moved!.distance(to: post) >= 3)
        #expect(Displacement.spot(for: Point(x: 10, y: 10), clear: [post], distance: 3, step: 2.2, inside: frame) == Point(x: 10, y: 10))
    }
}
