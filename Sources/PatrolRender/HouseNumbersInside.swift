import Foundation
import PatrolGeo

/// House numbers set inside their house squares, at scales where a house is drawn at its
/// ground size (1:2500 and larger): every house carries its number, none is left to a
/// label that might not fit.
///
/// The number stays horizontal in a house turned along its row, so its type size is the
/// largest whose upright box fits inside the turned square, up to the map's house-number size.
enum HouseNumbersInside {
    /// Fill of a house that holds its number.
    static let fill = "#e4e0d6"
    /// Outline of such a house (mm).
    static let outline = 0.18
    /// Height of a digit's box in ems (cap height with a little room).
    static let digitHeight = 0.78

    static func draw(_ visible: [SettlementLayer.VisibleHouse], frame: MapFrame, into svg: inout SVGWriter) {
        let largest = frame.typography.houseNumber
        svg.open(
            "g",
            [
                ("id", frame.id + "house-numbers"), ("class", "label-house"), ("font-family", Typography.fontFamily), ("fill", "#1a1a1a"),
            ])
        for house in visible {
            var number = house.household.number
            if number.hasSuffix("号") { number.removeLast() }
            guard !number.isEmpty else { continue }
            let size = fittingSize(
                ems: TextMetrics.width(number, size: 1), along: house.place.along, width: house.width - 2 * outline,
                depth: house.depth - 2 * outline, largest: largest)
            svg.element(
                "text",
                [
                    ("x", SVGNumber.format(house.page.x)), ("y", SVGNumber.format(house.page.y + size * 0.36)),
                    ("font-size", SVGNumber.format(size, decimals: 2)), ("text-anchor", "middle"),
                ], text: number)
        }
        svg.close()
    }

    /// The largest type size (mm, at most `largest`) at which an upright box `ems` wide and
    /// ``digitHeight`` high fits inside a `width × depth` rectangle turned along `along`.
    ///
    /// An upright box a × b fits a rectangle turned by θ when a/2·|cos θ| + b/2·|sin θ| ≤ width/2
    /// and a/2·|sin θ| + b/2·|cos θ| ≤ depth/2; both sides grow linearly with the size.
    static func fittingSize(ems: Double, along: Point, width: Double, depth: Double, largest: Double) -> Double {
        let c = abs(along.x)
        let s = abs(along.y)
        let alongRow = ems * c + digitHeight * s
        let acrossRow = ems * s + digitHeight * c
        return Swift.min(largest, width / alongRow, depth / acrossRow)
    }
}
