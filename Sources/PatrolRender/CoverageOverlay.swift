public import PatrolData
public import PatrolGeo

/// Coverage results to draw over a wall map: reach bands and blind spots.
///
/// The coverage analysis computes these; the renderer only draws them. Bands are drawn
/// from the last (the widest reach) to the first, so nearer bands stay on top.
public struct CoverageOverlay: Sendable, Hashable {
    /// One reach band, for example "within 10 minutes of a post".
    public struct Band: Sendable, Hashable {
        /// Legend text.
        public var label: Localized
        /// The area reached.
        public var area: MultiPolygon
        /// Fill colour, for example `#1a9850`.
        public var color: String

        /// Creates a band.
        public init(label: Localized, area: MultiPolygon, color: String) {
            self.label = label
            self.area = area
            self.color = color
        }
    }

    /// An earlier reach (before a plan), drawn as a dashed outline.
    public struct Reach: Sendable, Hashable {
        /// The area reached.
        public var area: MultiPolygon
        /// Legend text.
        public var label: Localized

        /// Creates a reach.
        public init(area: MultiPolygon, label: Localized) {
            self.area = area
            self.label = label
        }
    }

    /// Reach bands, nearest first.
    public var bands: [Band]
    /// Areas no post reaches in the longest threshold, hatched in red.
    public var blindSpots: MultiPolygon
    /// Legend text for the blind spots.
    public var blindSpotLabel: Localized
    /// A note printed under the legend (profile, season, thresholds).
    public var note: Localized?
    /// An earlier reach (before a plan) drawn as a dashed outline, with its legend text.
    public var previousReach: Reach?
    /// Proposed new posts, drawn as numbered rings in this order, on top of everything else.
    public var proposedSites: [Point]
    /// What each proposed post gains (for example `+1449 人`), printed beside its ring.
    public var siteGains: [Localized]
    /// The kind of sheet when it is not a coverage map (a plan: `选址规划图`), for its title band.
    public var sheetKind: Localized?
    /// Rows of a table printed in the panel (a plan's before/after figures), the first the header.
    public var table: [[Localized]]

    /// Creates an overlay.
    public init(
        bands: [Band], blindSpots: MultiPolygon = MultiPolygon([]), blindSpotLabel: Localized, note: Localized? = nil,
        previousReach: Reach? = nil, proposedSites: [Point] = [], siteGains: [Localized] = [], sheetKind: Localized? = nil, table: [[Localized]] = []
    ) {
        self.bands = bands
        self.blindSpots = blindSpots
        self.blindSpotLabel = blindSpotLabel
        self.note = note
        self.previousReach = previousReach
        self.proposedSites = proposedSites
        self.siteGains = siteGains
        self.sheetKind = sheetKind
        self.table = table
    }

    /// Colours for up to five bands, dark blue (near) to pale yellow (far): ColorBrewer's
    /// sequential YlGnBu, whose blue–yellow axis survives red–green colour blindness.
    ///
    /// Drawn at ``bandOpacity`` over the land, adjacent bands differ by at least ΔE76 14.8
    /// under normal vision and under simulated deuteranopia and protanopia (the test
    /// `CoveragePaletteTests` computes every pair).
    public static let palette = ["#253494", "#2c7fb8", "#41b6c4", "#a1dab4", "#f0f0a0"]

    /// Opacity of the band fills over the land.
    public static let bandOpacity = 0.6
}

/// Draws a ``CoverageOverlay``.
enum CoverageLayer {
    static func drawBands(_ overlay: CoverageOverlay, frame: inout MapFrame, into svg: inout SVGWriter) {
        svg.open("g", [("id", frame.id + "coverage-bands"), ("fill-rule", "evenodd")])
        for (order, band) in overlay.bands.enumerated().reversed() {
            let d = BoundaryLayers.path(band.area, frame: frame)
            let opacity = CoverageOverlay.bandOpacity
            if !d.isEmpty { svg.element("path", [("d", d.text), ("fill", band.color), ("fill-opacity", SVGNumber.format(opacity))]) }
            frame.legend.add(LegendEntry(section: .coverage, order: order, sample: .area(fill: band.color, opacity: opacity, stroke: nil), text: band.label))
        }
        svg.close()
    }

    static func drawBlindSpots(_ overlay: CoverageOverlay, frame: inout MapFrame, into svg: inout SVGWriter) {
        guard !overlay.blindSpots.polygons.isEmpty else { return }
        let pattern = frame.id + "blind-hatch"
        svg.open("pattern", [("id", pattern), ("patternUnits", "userSpaceOnUse"), ("width", "2"), ("height", "2"), ("patternTransform", "rotate(45)")])
        svg.element("path", [("d", "M0 1H2"), ("stroke", "#c0392b"), ("stroke-width", "0.35")])
        svg.close()
        let d = BoundaryLayers.path(overlay.blindSpots, frame: frame)
        svg.element(
            "path",
            [
                ("id", frame.id + "blind-spots"), ("d", d.text), ("fill", "url(#\(pattern))"), ("stroke", "#c0392b"), ("stroke-width", "0.4"),
                ("fill-rule", "evenodd"),
            ])
        frame.legend.add(
            LegendEntry(section: .coverage, order: 100, sample: .area(fill: "#c0392b", opacity: 0.3, stroke: "#c0392b"), text: overlay.blindSpotLabel))
    }

    /// Colour of the "reach today" outline: a magenta no road, boundary or band uses.
    static let previousReachColor = "#c51b7d"
    /// Ink of the proposed posts' rings and numbers.
    static let proposedInk = "#5b2a86"

    /// The earlier reach as a dashed outline.
    static func drawPreviousReach(_ overlay: CoverageOverlay, frame: inout MapFrame, into svg: inout SVGWriter) {
        guard let previous = overlay.previousReach else { return }
        let d = BoundaryLayers.path(previous.area, frame: frame)
        guard !d.isEmpty else { return }
        let color = previousReachColor
        svg.element(
            "path",
            [
                ("id", frame.id + "previous-reach"), ("d", d.text), ("fill", "none"), ("stroke", color), ("stroke-width", "0.6"),
                ("stroke-dasharray", "2 1.2"),
            ])
        frame.legend.add(
            LegendEntry(section: .coverage, order: 110, sample: .line([StrokeSample(color: color, width: 0.6, dash: [2, 1.2])]), text: previous.label))
    }

    /// Keeps labels off the proposed posts' rings and gains, which are drawn after the labels.
    static func reserveProposedSites(_ overlay: CoverageOverlay, frame: inout MapFrame) {
        let r = frame.typography.postName * 0.9
        for (i, site) in overlay.proposedSites.enumerated() {
            let c = frame.page(site)
            let gain = i < overlay.siteGains.count ? TextMetrics.width(overlay.siteGains[i].text(frame.language), size: r * 1.2) + r * 0.3 : 0
            frame.placer.addObstacle(PageRect(x: c.x - r * 1.15, y: c.y - r * 1.15, width: r * 2.3 + gain, height: r * 2.3))
        }
    }

    /// The proposed posts as numbered rings with their gains, drawn last, above every other symbol.
    static func drawProposedSites(_ overlay: CoverageOverlay, frame: inout MapFrame, into svg: inout SVGWriter) {
        let ink = proposedInk
        guard !overlay.proposedSites.isEmpty else { return }
        let r = frame.typography.postName * 0.9
        svg.open(
            "g",
            [
                ("id", frame.id + "proposed-posts"), ("font-family", Typography.fontFamily), ("font-size", SVGNumber.format(r * 1.2)), ("font-weight", "bold"),
                ("text-anchor", "middle"),
            ])
        for (i, site) in overlay.proposedSites.enumerated() {
            let c = frame.page(site)
            svg.element(
                "circle",
                [
                    ("cx", SVGNumber.format(c.x)), ("cy", SVGNumber.format(c.y)), ("r", SVGNumber.format(r)), ("fill", "#ffffff"), ("stroke", ink),
                    ("stroke-width", SVGNumber.format(r * 0.28)),
                ])
            svg.element("text", [("x", SVGNumber.format(c.x)), ("y", SVGNumber.format(c.y + r * 0.42)), ("fill", ink)], text: String(i + 1))
            if i < overlay.siteGains.count {
                svg.element(
                    "text",
                    [
                        ("x", SVGNumber.format(c.x + r * 1.3)), ("y", SVGNumber.format(c.y + r * 0.42)), ("fill", ink), ("text-anchor", "start"),
                        ("stroke", "#ffffff"), ("stroke-width", SVGNumber.format(r * 0.35)), ("paint-order", "stroke"),
                    ], text: overlay.siteGains[i].text(frame.language))
            }
        }
        svg.close()
        frame.legend.add(
            LegendEntry(
                section: .coverage, order: 120, sample: .area(fill: "#ffffff", opacity: 1, stroke: ink),
                text: Localized(en: "Proposed new post (numbered as in the plan)", zh: "拟新增警务点(编号同规划报告)")))
    }
}
