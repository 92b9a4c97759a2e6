import PatrolGeo

/// Where the title band, the map frame and the panel go on a page.
///
/// Landscape sheets carry the legend in a panel on the right, portrait sheets in a band
/// along the bottom; the map frame takes the rest, inside a margin that leaves room for
/// the grid values around the neat line.
struct SheetLayout {
    let width: Double
    let height: Double
    let margin: Double
    let titleBand: PageRect
    let frame: PageRect
    let panel: PageRect
    let panelColumnWidth: Double

    /// The layout of a page; `panelSize` (mm) overrides the panel's default width (landscape) or height (portrait).
    init(page: PaperSize, orientation: Orientation, typography t: Typography, panelSize: Double? = nil) {
        let (w, h) = page.size(orientation)
        width = w
        height = h
        margin = 9 * t.pageScale
        let gridBand = t.gridLabel * 2.2
        let titleHeight = t.title * 1.25 + t.subtitle * 1.6
        titleBand = PageRect(x: margin, y: margin, width: w - 2 * margin, height: titleHeight)
        let top = titleBand.maxY + gridBand
        if orientation == .landscape {
            let panelWidth = panelSize ?? Swift.max(58 * t.pageScale, w * 0.19)
            panel = PageRect(x: w - margin - panelWidth, y: top, width: panelWidth, height: h - margin - top)
            frame = PageRect(x: margin + gridBand, y: top, width: panel.x - 2 * gridBand - margin - t.body, height: h - margin - gridBand - top)
            panelColumnWidth = panelWidth
        } else {
            let panelHeight = panelSize ?? h * 0.24
            panel = PageRect(x: margin, y: h - margin - panelHeight, width: w - 2 * margin, height: panelHeight)
            frame = PageRect(x: margin + gridBand, y: top, width: w - 2 * margin - 2 * gridBand, height: panel.y - top - gridBand - t.body)
            let columns = Swift.max(1, Int((panel.width + t.body * 2) / (80 * t.pageScale + t.body * 2)))
            panelColumnWidth = (panel.width - Double(columns - 1) * t.body * 2) / Double(columns)
        }
    }
}
