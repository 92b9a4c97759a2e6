import Foundation
import PatrolData

/// How wide one road is drawn on one frame, in page millimetres.
///
/// At large scales (1:N with N up to ``MapStyle/roadGroundWidthMaxScale``) a road is as wide
/// on the page as on the ground, edge to edge: its `width` tag, else its class's typical
/// width, at true scale. Unsealed roads that wide become dashed double lines. At 1:20 000
/// and larger a road is its class symbol; at smaller scales the symbol thins with the square
/// root of the scale, so an overview of a whole county is not a mesh of thick lines.
struct RoadStroke: Hashable, Comparable {
    /// The class style.
    var style: RoadStyle
    /// Fill width (the inside between the edges of a double line).
    var width: Double
    /// Casing width (the outer edge of a double line).
    var casingWidth: Double
    /// A dashed double line: an unsealed road at ground width.
    var doubleLine: Bool

    /// The inside of a double line.
    static let doubleLineInside = "#ffffff"
    /// Thickness of each edge of a double line (mm).
    static let doubleLineEdge = 0.15
    /// An unsealed road at least this wide on the page (mm) is a double line.
    static let doubleLineFrom = 1.2
    /// Thinnest factor of the symbol widths at small scales.
    static let smallestThinning = 0.5

    /// The stroke of `road` (or of its class alone, for the legend, when `nil`) on `frame`.
    static func of(_ road: Road?, style: RoadStyle, frame: MapFrame) -> RoadStroke {
        let edge = (style.casingWidth - style.width) / 2
        guard frame.scale <= frame.style.roadGroundWidthMaxScale else {
            let thinning = Swift.max(smallestThinning, Swift.min(1, (20_000 / frame.scale).squareRoot()))
            let width = rounded(style.width * thinning)
            let casing = style.casing == nil ? 0 : rounded(width + 2 * edge * thinning)
            return RoadStroke(style: style, width: width, casingWidth: casing, doubleLine: false)
        }
        let ground = rounded((road.flatMap(groundWidth) ?? style.groundWidth) * frame.k)
        if style.casing != nil {
            return RoadStroke(style: style, width: rounded(Swift.max(ground * 0.3, ground - 2 * edge)), casingWidth: ground, doubleLine: false)
        }
        if ground >= doubleLineFrom {
            return RoadStroke(style: style, width: rounded(ground - 2 * doubleLineEdge), casingWidth: ground, doubleLine: true)
        }
        return RoadStroke(style: style, width: Swift.max(style.width, ground), casingWidth: 0, doubleLine: false)
    }

    /// A road's `width` tag in metres, read as the loader checked it (`3`, `3.5 m`, `2,5`).
    static func groundWidth(_ road: Road) -> Double? {
        guard let text = road.tags["width"] else { return nil }
        let cleaned = text.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "m", with: "").trimmingCharacters(in: .whitespaces)
        guard let value = Double(text) ?? Double(cleaned), value.isFinite, value > 0 else { return nil }
        return value
    }

    /// The legend's sample: the strokes bottom first, no wider than a legend row holds.
    var samples: [StrokeSample] {
        let outer = Swift.max(width, casingWidth)
        let shrink = outer > 2.4 ? 2.4 / outer : 1
        if doubleLine {
            return [
                StrokeSample(color: style.fill, width: casingWidth * shrink, dash: style.dash),
                StrokeSample(color: Self.doubleLineInside, width: width * shrink),
            ]
        }
        var samples: [StrokeSample] = []
        if let casing = style.casing { samples.append(StrokeSample(color: casing, width: casingWidth * shrink)) }
        samples.append(StrokeSample(color: style.fill, width: width * shrink, dash: style.dash))
        return samples
    }

    /// Lower classes first (by order, then name, so the order never depends on hashing), then narrower first, so wider and higher roads are drawn on top.
    static func < (a: RoadStroke, b: RoadStroke) -> Bool {
        (a.style.order, a.style.id, a.width, a.casingWidth, a.doubleLine ? 1 : 0) < (b.style.order, b.style.id, b.width, b.casingWidth, b.doubleLine ? 1 : 0)
    }

    private static func rounded(_ mm: Double) -> Double { (mm * 100).rounded() / 100 }
}
