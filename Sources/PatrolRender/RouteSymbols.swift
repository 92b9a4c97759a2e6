import PatrolGeo

extension Symbol {
    /// The route card's own marks besides the numbered decision points: a passed fork
    /// (a small ring in the route colour) and the parking place (a white P on blue).
    func drawRouteMark(at c: Point, size: Double, into svg: inout SVGWriter) {
        func n(_ v: Double) -> String { SVGNumber.format(v) }
        let r = size / 2
        switch self {
        case .passedFork:
            svg.element(
                "circle", [("cx", n(c.x)), ("cy", n(c.y)), ("r", n(r * 0.8)), ("fill", "#ffffff"), ("stroke", "#3d1f5c"), ("stroke-width", n(size * 0.25))])
        case .parking:
            svg.element(
                "rect",
                [
                    ("x", n(c.x - r)), ("y", n(c.y - r)), ("width", n(size)), ("height", n(size)), ("rx", n(size * 0.18)), ("fill", "#1b6fd1"),
                    ("stroke", "#ffffff"), ("stroke-width", n(size * 0.1)),
                ])
            svg.element(
                "text",
                [
                    ("x", n(c.x)), ("y", n(c.y + size * 0.26)), ("font-size", n(size * 0.72)), ("font-weight", "bold"), ("fill", "#ffffff"),
                    ("text-anchor", "middle"), ("class", "parking"),
                ], text: "P")
        default:
            break
        }
    }
}
