import PatrolData
import PatrolGeo

/// The title band across the top of a sheet, with the internal-use stamp when needed.
enum TitleBand {
    static func draw(title: String, subtitle: String, in band: PageRect, internalUse: Bool, typography t: Typography, into svg: inout SVGWriter) {
        func n(_ v: Double) -> String { SVGNumber.format(v) }
        svg.open("g", [("id", "title"), ("font-family", Typography.fontFamily), ("fill", "#1a1a1a")])
        svg.element("text", [("x", n(band.x)), ("y", n(band.y + t.title)), ("font-size", n(t.title)), ("font-weight", "bold")], text: title)
        svg.element(
            "text", [("x", n(band.x)), ("y", n(band.y + t.title * 1.25 + t.subtitle * 1.05)), ("font-size", n(t.subtitle)), ("fill", "#4a4a4a")], text: subtitle
        )
        if internalUse {
            let size = t.subtitle * 1.25
            let lines = ["内部资料 注意保密", "INTERNAL USE ONLY · 不得张贴外传"]
            let width = lines.map { TextMetrics.width($0, size: size) }.max()! + size * 1.6
            let height = size * 3.1
            let box = PageRect(x: band.maxX - width, y: band.y, width: width, height: height)
            svg.element("rect", box.attributes + [("fill", "#ffffff"), ("stroke", "#c0392b"), ("stroke-width", n(size * 0.16)), ("rx", n(size * 0.3))])
            for (i, line) in lines.enumerated() {
                svg.element(
                    "text",
                    [
                        ("x", n(box.center.x)), ("y", n(box.y + size * (1.25 + 1.2 * Double(i)))), ("font-size", n(i == 0 ? size : size * 0.75)),
                        ("font-weight", "bold"), ("fill", "#c0392b"), ("text-anchor", "middle"),
                    ],
                    text: line)
            }
        }
        svg.close()
    }
}
