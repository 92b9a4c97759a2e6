import Foundation
import PatrolData
import PatrolGeo

/// The north arrow: grid north is up the page; true north is drawn at the meridian
/// convergence and stated in the note under it.
enum NorthArrow {
    /// Size of the arrow block in mm.
    static func size(_ typography: Typography) -> Double { 13 * typography.pageScale }

    static func draw(at origin: Point, distortion: PlaneDistortion?, typography: Typography, language: Language, into svg: inout SVGWriter) {
        let s = size(typography)
        let c = Point(x: origin.x + s / 2, y: origin.y + s * 0.68)
        let h = s * 0.38
        func n(_ v: Double) -> String { SVGNumber.format(v) }
        svg.open("g", [("id", "north-arrow")])
        // Grid north: a split arrowhead, one half black.
        svg.element("path", [("d", "M\(n(c.x)) \(n(c.y - h))L\(n(c.x + h * 0.42)) \(n(c.y + h * 0.55))L\(n(c.x)) \(n(c.y + h * 0.25))Z"), ("fill", "#1a1a1a")])
        svg.element(
            "path",
            [
                ("d", "M\(n(c.x)) \(n(c.y - h))L\(n(c.x - h * 0.42)) \(n(c.y + h * 0.55))L\(n(c.x)) \(n(c.y + h * 0.25))Z"), ("fill", "#ffffff"),
                ("stroke", "#1a1a1a"), ("stroke-width", "0.2"),
            ])
        svg.element(
            "text",
            [
                ("x", n(c.x)), ("y", n(c.y - h * 1.45 - typography.heading * 0.1)), ("font-size", n(typography.heading)), ("font-weight", "bold"),
                ("text-anchor", "middle"),
            ],
            text: language == .zh ? "北" : "N")
        if let distortion {
            // True north: a thin line with a star at the convergence angle.
            let angle = distortion.convergence
            let tip = Point(x: c.x + sin(angle) * h * 1.3, y: c.y - cos(angle) * h * 1.3)
            svg.element("path", [("d", "M\(n(c.x)) \(n(c.y + h * 0.25))L\(n(tip.x)) \(n(tip.y))"), ("stroke", "#b03a2e"), ("stroke-width", "0.2")])
            svg.element("path", [("d", Symbol.star(tip, outer: h * 0.16, inner: h * 0.07)), ("fill", "#b03a2e")])
        }
        svg.close()
    }

    /// The note on grid and true north, for example `图上方为坐标北;真北偏东 0°36′`.
    static func note(_ distortion: PlaneDistortion?, language: Language) -> String? {
        guard let distortion else { return nil }
        let degrees = abs(distortion.convergence) * 180 / .pi
        var d = Int(degrees)
        var m = Int(((degrees - Double(d)) * 60).rounded())
        if m == 60 {
            d += 1
            m = 0
        }
        let angle = "\(d)°" + (m < 10 ? "0" : "") + "\(m)′"
        let east = distortion.convergence >= 0
        return language == .zh
            ? "图上方为坐标北(★ 为真北,偏\(east ? "东" : "西") \(angle))"
            : "Up is grid north (★ true north, \(angle) \(east ? "east" : "west"))"
    }
}
