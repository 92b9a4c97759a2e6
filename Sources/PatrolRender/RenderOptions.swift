public import PatrolData

/// What to print: the kind of map, the paper, the scale, the area.
public struct RenderOptions: Sendable {
    /// The kind of map.
    public var style: MapStyle.Kind
    /// Paper size; `nil` picks A3 (A4 for a route card).
    public var page: PaperSize?
    /// Paper orientation; `nil` picks the one that shows the area largest.
    public var orientation: Orientation?
    /// Scale denominator N of a true 1:N scale; `nil` fits the area to the page at a round scale.
    public var scale: Double?
    /// Frame this village (with its surroundings) instead of the whole jurisdiction.
    public var village: String?
    /// Split an area that does not fit into numbered sheets plus an index sheet.
    public var tiles: Bool
    /// Language of the map's own text (legend, notes).
    public var language: Language
    /// Coverage bands and blind spots, for the coverage style.
    public var overlay: CoverageOverlay?

    /// Creates options.
    public init(
        style: MapStyle.Kind, page: PaperSize? = nil, orientation: Orientation? = nil, scale: Double? = nil, village: String? = nil,
        tiles: Bool = false, language: Language = .zh, overlay: CoverageOverlay? = nil
    ) {
        self.style = style
        self.page = page
        self.orientation = orientation
        self.scale = scale
        self.village = village
        self.tiles = tiles
        self.language = language
        self.overlay = overlay
    }
}

/// One SVG file of a rendering.
public struct RenderedSheet: Sendable {
    /// `nil` for a single map; `01`, `02`, … for tiles and `index` for the index sheet.
    public var suffix: String?
    /// The SVG document.
    public var svg: String
    /// The scale denominator used.
    public var scale: Double
    /// Paper size and orientation used.
    public var page: PaperSize
    /// Orientation used.
    public var orientation: Orientation

    /// The file name for this sheet given the requested output path: `map.svg` becomes
    /// `map-01.svg` or `map-index.svg`.
    public func fileName(for output: String) -> String {
        guard let suffix else { return output }
        let stem = output.hasSuffix(".svg") ? String(output.dropLast(4)) : output
        return stem + "-" + suffix + ".svg"
    }
}

/// Why a map cannot be rendered as asked.
public enum RenderError: Error, Sendable, Equatable {
    /// No village has this name; the names that exist are listed.
    case unknownVillage(String, known: [String])
    /// The area does not fit the page at this scale (sizes in mm: needed and available).
    case doesNotFit(scale: Double, neededWidth: Double, neededHeight: Double, frameWidth: Double, frameHeight: Double)
    /// The scale is not a sensible number.
    case invalidScale(Double)
    /// Tiling needs a fixed scale.
    case tilesNeedScale
    /// The style needs data that was not given (a route for dispatch, coverage for coverage).
    case missingInput(Localized)

    /// A sentence for the user.
    public var message: Localized {
        switch self {
        case .unknownVillage(let name, let known):
            return Localized(
                en: "no village is called “\(name)”; villages: \(known.joined(separator: ", "))",
                zh: "没有名为“\(name)”的村;现有:\(known.joined(separator: "、"))")
        case .doesNotFit(let scale, let w, let h, let fw, let fh):
            let s = ScaleBar.numeric(scale)
            let need = "\(Int(w.rounded())) × \(Int(h.rounded()))"
            let have = "\(Int(fw.rounded())) × \(Int(fh.rounded()))"
            return Localized(
                en: "at \(s) the area needs a \(need) mm map frame but the page has \(have) mm; use --tiles, a larger --page, or a smaller scale",
                zh: "在 \(s) 下该范围需要 \(need) 毫米的图框,而该纸张只有 \(have) 毫米;请使用 --tiles、更大的 --page 或更小的比例尺")
        case .invalidScale(let scale):
            return Localized(en: "scale 1:\(scale) is not usable; give N between 500 and 1000000", zh: "比例尺 1:\(scale) 不可用;N 应在 500 到 1000000 之间")
        case .tilesNeedScale:
            return Localized(en: "--tiles needs --scale N (the scale of every sheet)", zh: "--tiles 需要同时指定 --scale N(每张分幅图的比例尺)")
        case .missingInput(let what):
            return what
        }
    }
}
