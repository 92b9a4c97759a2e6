import PatrolData
import PatrolGeo
import Testing

@testable import PatrolRender

/// The numbers under a scale bar, read back from the SVG and measured as the renderer measures text.
@Suite("Scale bar labels")
struct ScaleBarTests {
    /// The bar drawn alone, as the route card's column draws it; its labels with their extents (mm).
    func labels(scale: Double, maxWidth: Double, language: Language) throws -> [(text: String, span: ClosedRange<Double>)] {
        var svg = SVGWriter()
        let t = Typography(pageScale: 1)
        ScaleBar.draw(at: Point(x: 0, y: 0), maxWidth: maxWidth, scale: scale, typography: t, language: language, into: &svg)
        let group = try #require(SVGProbe(text: svg.finish()).group("scale-bar-labels"))
        return SVGElement.all("text", in: group).map { text in
            let width = TextMetrics.width(text.text, size: t.small)
            let x = text.number("x") ?? .nan
            return (text.text, (x - width / 2)...(x + width / 2))
        }
    }

    @Test("at 1:30 000 in the card's narrow column, five 3.3 mm parts print 0 and 500 米, not six numbers run together")
    func routeCardAtThirtyThousand() throws {
        // 28 mm leave room for 500 m (16.7 mm at 1:30 000) but not for 1 km (33.3 mm); the
        // labels 100, 200 … are 3.2 mm wide (three digits of 0.56 em at 1.9 mm) on 3.3 mm parts.
        let zh = try labels(scale: 30_000, maxWidth: 28 + 1.9 * 3, language: .zh)
        #expect(zh.map(\.text) == ["0", "500 米"])
        let en = try labels(scale: 30_000, maxWidth: 28 + 1.9 * 3, language: .en)
        #expect(en.map(\.text) == ["0", "500 m"])
        // With room, every division is numbered: at 1:10 000 the parts are 10 mm.
        let wide = try labels(scale: 10_000, maxWidth: 50 + 1.9 * 3, language: .zh)
        #expect(wide.map(\.text) == ["0", "100", "200", "300", "400", "500 米"])
    }

    @Test("at every scale and width, in both languages, two printed values stay half an em apart and the bar ends with its unit")
    func neverOverlap() throws {
        let scales: [Double] = [500, 1000, 2000, 2500, 5000, 7500, 10_000, 12_500, 20_000, 25_000, 30_000, 40_000, 50_000, 100_000]
        var bars = 0
        for scale in scales {
            for width in stride(from: 14.0, through: 120, by: 7) {
                for language in Language.allCases {
                    let printed = try labels(scale: scale, maxWidth: width, language: language)
                    bars += 1
                    let units = language == .zh ? [" 米", " 公里"] : [" m", " km"]
                    #expect(units.contains { printed.last?.text.hasSuffix($0) == true }, "1:\(scale), \(width) mm")
                    for (a, b) in zip(printed, printed.dropFirst()) {
                        #expect(b.span.lowerBound - a.span.upperBound >= ScaleBar.labelGap * 1.9 * 0.999, "1:\(scale), \(width) mm: \(a.text) | \(b.text)")
                    }
                }
            }
        }
        #expect(bars == scales.count * 16 * 2)
    }
}
