public import PatrolData
import PatrolGeo

/// Renders wall, internal and coverage maps of a jurisdiction or a village to SVG.
public enum MapRenderer {
    /// The sheets of a map: one, or numbered tiles followed by their index sheet.
    ///
    /// Personal data is removed from `map` first unless the style shows it. Output depends
    /// only on the inputs: the same map and options always give the same bytes.
    public static func render(_ map: PatrolMap, options: RenderOptions) throws(RenderError) -> [RenderedSheet] {
        let style = MapStyle.of(options.style)
        if options.style == .dispatch {
            throw RenderError.missingInput(
                Localized(
                    en: "a route card needs a route: use RouteCardRenderer (patrolmap render --style dispatch --from P --to P)",
                    zh: "出警路线卡需要路线:请使用 RouteCardRenderer(patrolmap render --style dispatch --from P --to P)"))
        }
        if options.style == .coverage, options.overlay == nil {
            throw RenderError.missingInput(
                Localized(
                    en: "a coverage map needs coverage results (bands and blind spots) from the coverage analysis",
                    zh: "覆盖图需要覆盖分析的结果(覆盖圈与盲区)"))
        }
        if let scale = options.scale, !(500...1_000_000).contains(scale) { throw RenderError.invalidScale(scale) }
        if options.tiles, options.scale == nil { throw RenderError.tilesNeedScale }
        let data = style.showsPersonalData ? map : PersonalDataRedaction.redact(map)
        let (extent, title) = try area(data, village: options.village)
        let focus = options.village.flatMap { name in data.villages.first { $0.name == name } }
        let page = options.page ?? .a3
        let typography = Typography(pageScale: page.typeScale)
        let distortion = PlaneDistortion.measure(data, at: extent.center)
        let k = distortion?.scaleFactor ?? 1
        let orientations = options.orientation.map { [$0] } ?? [.landscape, .portrait]
        let sheet = SheetComposer(map: data, style: style, typography: typography, language: options.language, distortion: distortion, overlay: options.overlay)

        if options.tiles, let scale = options.scale {
            return tiles(sheet, extent: extent, title: title, focus: focus, page: page, orientations: orientations, scale: scale, scaleFactor: k)
        }
        // One sheet: the orientation that shows the area at the largest scale or, at a requested
        // scale, the one whose frame shows the most of the jurisdiction around the area.
        var best: Candidate?
        var smallestMiss: RenderError?
        for orientation in orientations {
            // A portrait sheet's bottom panel shrinks to its legend, so measure the fit with it.
            let provisional = SheetLayout(page: page, orientation: orientation, typography: typography)
            let trialScale = options.scale ?? MapViewport.fittingScale(for: extent, in: provisional.frame, scaleFactor: k)
            let layout = sheet.fitted(
                provisional, page: page, orientation: orientation, center: extent.center, scale: trialScale, scaleFactor: k, focus: focus)
            if let scale = options.scale {
                let needW = extent.width * 1000 / (scale * k)
                let needH = extent.height * 1000 / (scale * k)
                if needW <= layout.frame.width, needH <= layout.frame.height {
                    let fit = FrameFit.centre(
                        for: extent, width: layout.frame.width * scale * k / 1000, height: layout.frame.height * scale * k / 1000,
                        land: data.jurisdiction.boundary)
                    let slack = Swift.min(layout.frame.width - needW, layout.frame.height - needH)
                    let candidate = Candidate(orientation: orientation, layout: layout, scale: scale, center: fit.center, inside: fit.inside, slack: slack)
                    if best.map({ candidate.isBetter(than: $0) }) ?? true { best = candidate }
                } else {
                    // Report the orientation that comes closest to fitting.
                    let miss = RenderError.doesNotFit(
                        scale: scale, neededWidth: needW, neededHeight: needH, frameWidth: layout.frame.width, frameHeight: layout.frame.height)
                    if smallestMiss.map({ Self.overshoot(miss) < Self.overshoot($0) }) ?? true { smallestMiss = miss }
                }
            } else {
                let scale = MapViewport.fittingScale(for: extent, in: layout.frame, scaleFactor: k)
                if best == nil || scale < best!.scale {
                    best = Candidate(orientation: orientation, layout: layout, scale: scale, center: extent.center, inside: 0, slack: 0)
                }
            }
        }
        guard let best else { throw smallestMiss! }
        let viewport = MapViewport(frame: best.layout.frame, center: best.center, scale: best.scale, scaleFactor: k)
        let svg = sheet.compose(
            layout: best.layout, viewport: viewport, title: title, sheetNote: nil, extras: FrameExtras(overlay: options.overlay, focus: focus))
        return [RenderedSheet(suffix: nil, svg: svg, scale: best.scale, page: page, orientation: best.orientation)]
    }

    /// One way to print the area on one sheet.
    private struct Candidate {
        var orientation: Orientation
        var layout: SheetLayout
        var scale: Double
        var center: Point
        /// Share of the frame's ground inside the jurisdiction.
        var inside: Double
        /// The smaller of the spare widths and heights (mm).
        var slack: Double

        /// More of the frame on the jurisdiction; on a tie (within 1 %), more room around the area.
        func isBetter(than other: Candidate) -> Bool {
            abs(inside - other.inside) > 0.01 ? inside > other.inside : slack > other.slack
        }
    }

    /// How many times too large the area is for the frame (1 = just fits).
    private static func overshoot(_ error: RenderError) -> Double {
        guard case .doesNotFit(_, let w, let h, let fw, let fh) = error else { return .infinity }
        return Swift.max(w / fw, h / fh)
    }

    /// The ground to frame and the map's title: the jurisdiction, or one village with a margin around it.
    private static func area(_ map: PatrolMap, village name: String?) throws(RenderError) -> (BoundingBox, String) {
        let title = map.manifest.title
        guard let name else {
            return (map.jurisdiction.boundary.bounds ?? BoundingBox(minX: 0, minY: 0, maxX: 1, maxY: 1), title)
        }
        guard let village = map.villages.first(where: { $0.name == name }), let bounds = village.boundary.bounds else {
            throw RenderError.unknownVillage(name, known: map.villages.map(\.name))
        }
        let margin = Swift.max(bounds.width, bounds.height) * 0.06
        return (bounds.expanded(by: margin), "\(village.name) · \(title)")
    }

    private static func tiles(
        _ sheet: SheetComposer, extent: BoundingBox, title: String, focus: Village?, page: PaperSize, orientations: [Orientation], scale: Double,
        scaleFactor k: Double
    ) -> [RenderedSheet] {
        let typography = sheet.typography
        // The orientation that needs fewer sheets (landscape on a tie).
        var plan: (Orientation, SheetLayout, [Tiling.Sheet], Double, Double)?
        for orientation in orientations {
            let provisional = SheetLayout(page: page, orientation: orientation, typography: typography)
            let layout = sheet.fitted(provisional, page: page, orientation: orientation, center: extent.center, scale: scale, scaleFactor: k, focus: focus)
            let w = layout.frame.width * scale * k / 1000
            let h = layout.frame.height * scale * k / 1000
            let overlap = 15 * scale * k / 1000
            let sheets = Tiling.sheets(
                extent: extent, area: focus?.boundary ?? sheet.map.jurisdiction.boundary, sheetWidth: w, sheetHeight: h, overlap: overlap,
                houses: sheet.map.households.map(\.location))
            if plan == nil || sheets.count < plan!.2.count { plan = (orientation, layout, sheets, w, h) }
        }
        let (orientation, layout, sheets, w, h) = plan!
        var result: [RenderedSheet] = []
        let byPosition = Dictionary(uniqueKeysWithValues: sheets.map { ("\($0.row),\($0.column)", $0.number) })
        for tile in sheets {
            let viewport = MapViewport(frame: layout.frame, center: tile.center, scale: scale, scaleFactor: k)
            let neighbours = [(-1, 0), (0, 1), (1, 0), (0, -1)].map { byPosition["\(tile.row + $0.0),\(tile.column + $0.1)"] }
            let note = Localized(en: "Sheet \(tile.number) of \(sheets.count)", zh: "第 \(tile.number) 幅,共 \(sheets.count) 幅")
            let svg = sheet.compose(
                layout: layout, viewport: viewport, title: title, sheetNote: note,
                extras: FrameExtras(overlay: sheet.overlay, neighbours: neighbours, focus: focus))
            result.append(RenderedSheet(suffix: tile.number, svg: svg, scale: scale, page: page, orientation: orientation))
        }
        // The index sheet: the whole area at a fitting scale with the sheet outlines.
        let indexLayout = layout
        var indexExtent = extent
        let outlines = sheets.map { tile in
            let box = BoundingBox(minX: tile.center.x - w / 2, minY: tile.center.y - h / 2, maxX: tile.center.x + w / 2, maxY: tile.center.y + h / 2)
            indexExtent.include(box)
            return (number: tile.number, ground: box)
        }
        let indexScale = MapViewport.fittingScale(for: indexExtent, in: indexLayout.frame, scaleFactor: k)
        let viewport = MapViewport(frame: indexLayout.frame, center: indexExtent.center, scale: indexScale, scaleFactor: k)
        let note = Localized(en: "Index of \(sheets.count) sheets at \(ScaleBar.numeric(scale))", zh: "分幅索引:\(sheets.count) 幅,每幅 \(ScaleBar.numeric(scale))")
        let svg = sheet.compose(layout: indexLayout, viewport: viewport, title: title, sheetNote: note, extras: FrameExtras(sheetIndex: outlines, focus: focus))
        result.append(RenderedSheet(suffix: "index", svg: svg, scale: indexScale, page: page, orientation: orientation))
        return result
    }
}
