import PatrolData
import PatrolGeo

/// Puts a map sheet together: page, title band, map frame, panel with scale, legend and notes.
struct SheetComposer {
    let map: PatrolMap
    let style: MapStyle
    let typography: Typography
    let language: Language
    let distortion: PlaneDistortion?
    let overlay: CoverageOverlay?

    func compose(layout: SheetLayout, viewport: MapViewport, title: String, sheetNote: Localized?, extras: FrameExtras) -> String {
        var svg = SVGDocument.begin(width: layout.width, height: layout.height, title: title)
        var frame = MapFrame(map: map, style: style, viewport: viewport, typography: typography, language: language, id: "")
        FrameRenderer.draw(&frame, extras: extras, into: &svg)
        CoordinateGrid.drawLabels(frame, typography: typography, into: &svg)
        // A plan is titled as one; the kind then leads the title instead of the subtitle.
        let name = language == .en ? Pinyin.placeName(title).text : title
        let heading = overlay?.sheetKind.map { "\(name) · \($0.text(language))" } ?? name
        var subtitle = overlay?.sheetKind == nil ? [kindName.text(language)] : []
        subtitle += [(language == .zh ? "比例尺 " : "scale ") + ScaleBar.numeric(viewport.scale)]
        if let sheetNote { subtitle.append(sheetNote.text(language)) }
        if let date = map.manifest.date { subtitle.append((language == .zh ? "数据日期 " : "data ") + date) }
        TitleBand.draw(
            title: heading, subtitle: subtitle.joined(separator: " · "), in: layout.titleBand, internalUse: style.marksInternalUse, typography: typography,
            into: &svg)
        let rows = panelRows(legend: frame.legend, viewport: viewport, columnWidth: layout.panelColumnWidth, focus: extras.focus)
        let context = PanelContext(typography: typography, language: language, scale: viewport.scale, distortion: distortion)
        Panel.draw(rows, in: layout.panel, columnWidth: layout.panelColumnWidth, context: context, into: &svg)
        return svg.finish()
    }

    /// A portrait layout whose bottom panel is only as tall as its legend and notes need, found by drawing
    /// the frame once to learn what is on it.
    ///
    /// Landscape layouts are returned as they are.
    func fitted(
        _ layout: SheetLayout, page: PaperSize, orientation: Orientation, center: Point, scale: Double, scaleFactor: Double, focus: Village? = nil
    ) -> SheetLayout {
        guard orientation == .portrait else { return layout }
        var scratch = SVGWriter()
        var frame = MapFrame(
            map: map, style: style, viewport: MapViewport(frame: layout.frame, center: center, scale: scale, scaleFactor: scaleFactor), typography: typography,
            language: language, id: "")
        FrameRenderer.draw(&frame, extras: FrameExtras(overlay: overlay), into: &scratch)
        let rows = panelRows(legend: frame.legend, viewport: frame.viewport, columnWidth: layout.panelColumnWidth, focus: focus)
        let context = PanelContext(typography: typography, language: language, scale: scale, distortion: distortion)
        let needed = Panel.balancedHeight(rows, area: layout.panel, columnWidth: layout.panelColumnWidth, context: context) * 1.12
        return SheetLayout(
            page: page, orientation: orientation, typography: typography, panelSize: Swift.min(layout.panel.height, Swift.max(needed, layout.height * 0.08)))
    }

    /// On a village's wall map the contact block and the key map first; then north arrow and
    /// scale, the legend by section, and the notes.
    private func panelRows(legend: LegendCollector, viewport: MapViewport, columnWidth: Double, focus: Village?) -> [PanelRow] {
        var rows: [PanelRow] = []
        // A village's wall: who to call and where the village lies (the station's own sheet
        // labels every post with its phone on the map).
        if style.showsContactPanel, let focus {
            rows.append(.contact(ContactPanel(map, language: language)))
            if let keyMap = KeyMap(map, focus: focus.name, language: language) { rows.append(.keyMap(keyMap)) }
        }
        rows.append(.northAndScale)
        for (section, entries) in legend.sections {
            rows.append(.heading(section.title.text(language)))
            rows += entries.map(PanelRow.entry)
            rows.append(.spacer(typography.body * 0.6))
        }
        if let note = overlay?.note {
            rows.append(.text(note.text(language), size: typography.small, color: "#333333"))
        }
        if let table = overlay?.table, !table.isEmpty {
            rows.append(.spacer(typography.body * 0.6))
            for (i, row) in table.enumerated() { rows.append(.tableRow(row.map { $0.text(language) }, header: i == 0)) }
        }
        rows.append(.spacer(typography.body * 0.6))
        for line in notes(viewport: viewport) {
            for piece in TextWrap.lines(line, width: columnWidth, size: typography.small) {
                rows.append(.text(piece, size: typography.small, color: "#4a4a4a"))
            }
        }
        return rows
    }

    private var kindName: Localized {
        switch style.kind {
        case .wall: Localized(en: "Public wall map", zh: "公开墙图")
        case .internal: Localized(en: "Internal working map", zh: "内部工作图")
        case .dispatch: Localized(en: "Route card", zh: "出警路线卡")
        case .coverage: Localized(en: "Coverage map", zh: "警务覆盖图")
        }
    }

    /// The notes under the legend: reference system, north, data, privacy.
    func notes(viewport: MapViewport) -> [String] {
        let zh = language == .zh
        var lines: [String] = []
        let grid = CoordinateGrid.spacing(millimetresPerMetre: viewport.millimetresPerMetre)
        let gridText = grid >= 1000 ? SVGNumber.format(grid / 1000) + (zh ? " 公里" : " km") : SVGNumber.format(grid) + (zh ? " 米" : " m")
        lines.append(
            zh
                ? "坐标系 \(map.workingCRS.definition),格网间隔 \(gridText),格网注记单位为公里"
                : "Grid: \(map.workingCRS.definition), every \(gridText); values in km")
        if let north = NorthArrow.note(distortion, language: language) { lines.append(north) }
        if let k = distortion?.scaleFactor, abs(k - 1) > 5e-5 {
            let ppm = SVGNumber.format((k - 1) * 100, decimals: 3)
            lines.append(zh ? "投影长度变形 \(ppm)%,比例尺已按实地距离校正" : "Projection scale error \(ppm)%, corrected in the scale")
        }
        var source: [String] = []
        // A synthetic map's English source line is left off a Chinese sheet: the synthetic-data note below says it in Chinese.
        if let s = map.manifest.source, !(zh && map.manifest.synthetic && !s.contains(where: Pinyin.isHan)) {
            source.append((zh ? "数据来源:" : "Source: ") + s)
        }
        if let a = map.manifest.attribution { source.append(a) }
        if !source.isEmpty { lines.append(source.joined(separator: zh ? ";" : "; ")) }
        if map.manifest.synthetic {
            lines.append(zh ? "合成示例数据,不含真实人员信息" : "Synthetic sample data: no real person's information")
        }
        lines.append(
            style.showsPersonalData
                ? (zh ? "本图含住户个人信息,仅限派出所内部使用,不得张贴或外传" : "Contains personal data: station use only, never post or share")
                : (zh ? "公开图:不含户主姓名、住户电话及关爱标记等个人信息" : "Public map: no household heads, phones, tags or notes"))
        lines.append(zh ? "PatrolMap 制图" : "Made with PatrolMap")
        return lines
    }
}

/// The SVG root element: physical size in millimetres and a viewBox in millimetres.
enum SVGDocument {
    static func begin(width: Double, height: Double, title: String) -> SVGWriter {
        var svg = SVGWriter()
        let w = SVGNumber.format(width)
        let h = SVGNumber.format(height)
        svg.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("version", "1.1"), ("width", w + "mm"), ("height", h + "mm"), ("viewBox", "0 0 \(w) \(h)"),
                ("font-family", Typography.fontFamily),
            ])
        svg.element("title", [], text: title)
        svg.element("rect", [("x", "0"), ("y", "0"), ("width", w), ("height", h), ("fill", "#ffffff")])
        return svg
    }
}
