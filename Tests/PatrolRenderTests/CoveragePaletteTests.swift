import Foundation
import PatrolData
import PatrolGeo
import Testing
import _PatrolTestSupport
@testable import PatrolRender

/// Colour as a reader sees it: sRGB blended over the land, simulated colour vision, CIELAB.
enum ColourVision: String, CaseIterable {
    case normal, deuteranopia, protanopia

    /// Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB.
    var matrix: [[Double]]? {
        switch self {
        case .normal: nil
        case .deuteranopia:
            [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
        case .protanopia:
            [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
        }
    }

    /// `#rrggbb` as 0…255 components.
    static func components(_ hex: String) -> [Double] {
        let digits = Array(hex.dropFirst())
        return stride(from: 0, to: 6, by: 2).map { Double(Int(String(digits[$0...$0 + 1]), radix: 16)!) }
    }

    /// `fill` at `opacity` over `base`, blended in sRGB as SVG renderers do, seen with this vision, in CIELAB (D65).
    func lab(_ fill: String, opacity: Double, over base: String) -> [Double] {
        let blended = zip(Self.components(fill), Self.components(base)).map { opacity * $0 + (1 - opacity) * $1 }
        var rgb = blended.map { c -> Double in
            let v = c / 255
            return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
        }
        if let m = matrix {
            rgb = m.map { row in Swift.min(1, Swift.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])) }
        }
        let x = (0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2]) / 0.95047
        let y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2]
        let z = (0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2]) / 1.08883
        func f(_ t: Double) -> Double { t > 216.0 / 24389 ? cbrt(t) : (24389.0 / 27 * t + 16) / 116 }
        return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
    }

    /// CIE 1976 colour difference.
    static func deltaE76(_ a: [Double], _ b: [Double]) -> Double {
        sqrt(zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) })
    }
}

@Suite("Coverage palette under simulated colour vision")
struct CoveragePaletteTests {
    /// Fills and opacities of the band paths of a rendered coverage map, in drawing order.
    static func bandFills(_ svg: String) throws -> [(fill: String, opacity: Double)] {
        let group = try #require(SVGProbe(text: svg).group("coverage-bands"))
        return group.split(separator: "\n").filter { $0.contains("<path") }.compactMap { line in
            let probe = SVGProbe(text: String(line))
            guard let fill = probe.attribute("fill", of: "<path"), let opacity = probe.attribute("fill-opacity", of: "<path").flatMap(Double.init) else {
                return nil
            }
            return (fill, opacity)
        }
    }

    @Test("the old palette failed: its 15- and 30-minute bands differ by ΔE76 0.4 under deuteranopia")
    func oldPaletteFailed() {
        let vision = ColourVision.deuteranopia
        let land = MapStyle.of(.coverage).landFill
        let a = vision.lab("#d9ef8b", opacity: 0.45, over: land)
        let b = vision.lab("#fee08b", opacity: 0.45, over: land)
        #expect(abs(ColourVision.deltaE76(a, b) - 0.4) < 0.05)
    }

    @Test("every adjacent pair of bands, as drawn over the land, differs by ΔE76 ≥ 10 for normal, deuteran and protan vision")
    func adjacentBandsDiffer() throws {
        let map = try Fixtures.tiny()
        let o = Fixtures.tinyOrigin
        let bands = try CoverageOverlay.palette.enumerated().map { i, color in
            let side = 300.0 * Double(i + 1)
            let square = try Polygon(exterior: [
                Point(x: o.x, y: o.y), Point(x: o.x + side, y: o.y), Point(x: o.x + side, y: o.y + side), Point(x: o.x, y: o.y + side), Point(x: o.x, y: o.y),
            ])
            return CoverageOverlay.Band(label: Localized(en: "band \(i)", zh: "圈 \(i)"), area: MultiPolygon([square]), color: color)
        }
        let overlay = CoverageOverlay(bands: bands, blindSpotLabel: Localized(en: "blind spot", zh: "盲区"))
        let svg = try MapRenderer.render(map, options: RenderOptions(style: .coverage, overlay: overlay))[0].svg
        // Drawn widest first: reverse to nearest first, as the palette is.
        let drawn = try Self.bandFills(svg).reversed().map { $0 }
        #expect(drawn.map(\.fill) == CoverageOverlay.palette)
        let land = MapStyle.of(.coverage).landFill
        #expect(svg.contains("fill=\"\(land)\""))
        // Measured: normal 24.5 19.4 21.1 18.9; deuteranopia 14.9 14.8 21.9 18.3; protanopia 17.9 16.2 19.2 15.6.
        let expected: [ColourVision: [Double]] = [
            .normal: [24.5, 19.4, 21.1, 18.9], .deuteranopia: [14.9, 14.8, 21.9, 18.3], .protanopia: [17.9, 16.2, 19.2, 15.6],
        ]
        for vision in ColourVision.allCases {
            let labs = drawn.map { vision.lab($0.fill, opacity: $0.opacity, over: land) }
            let differences = zip(labs, labs.dropFirst()).map { ColourVision.deltaE76($0, $1) }
            #expect(differences.allSatisfy { $0 >= 10 }, "\(vision.rawValue): \(differences)")
            for (got, want) in zip(differences, expected[vision]!) { #expect(abs(got - want) < 0.06, "\(vision.rawValue): \(differences)") }
        }
    }
}
