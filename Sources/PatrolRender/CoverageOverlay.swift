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
    /// Proposed new posts, drawn as numbered rings in this order.
    public var proposedSites: [Point]

    /// Creates an overlay.
    public init(
        bands: [Band], blindSpots: MultiPolygon = MultiPolygon([]), blindSpotLabel: Localized, note: Localized? = nil,
        previousReach: Reach? = nil, proposedSites: [Point] = []
    ) {
        self.bands = bands
        self.blindSpots = blindSpots
        self.blindSpotLabel = blindSpotLabel
        self.note = note
        self.previousReach = previousReach
        self.proposedSites = proposedSites
    }

    /// Colours for up to five bands, green (near) to orange (far).
    public static let palette = ["#1a9850", "#91cf60", "#d9ef8b", "#fee08b", "#fc8d59"]
}

/// Draws a ``CoverageOverlay``.
enum CoverageLayer {
    static func drawBands(_ overlay: CoverageOverlay, frame: inout MapFrame, into svg: inout SVGWriter) {
        svg.open("g", [("id", frame.id + "coverage-bands"), ("fill-rule", "evenodd")])
        for (order, band) in overlay.bands.enumerated().reversed() {
            let d = BoundaryLayers.path(band.area, frame: frame)
            if !d.isEmpty { svg.element("path", [("d", d.text), ("fill", band.color), ("fill-opacity", "0.45")]) }
            frame.legend.add(LegendEntry(section: .coverage, order: order, sample: .area(fill: band.color, opacity: 0.45, stroke: nil), text: band.label))
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

    /// The earlier reach as a dashed outline, and the proposed posts as numbered rings.
    static func drawPlan(_ overlay: CoverageOverlay, frame: inout MapFrame, into svg: inout SVGWriter) {
        let ink = "#5b2a86"
        if let previous = overlay.previousReach {
            let d = BoundaryLayers.path(previous.area, frame: frame)
            if !d.isEmpty {
                svg.element(
                    "path",
                    [
                        ("id", frame.id + "previous-reach"), ("d", d.text), ("fill", "none"), ("stroke", "#303030"), ("stroke-width", "0.5"),
                        ("stroke-dasharray", "2 1.2"),
                    ])
                frame.legend.add(
                    LegendEntry(
                        section: .coverage, order: 110, sample: .line([StrokeSample(color: "#303030", width: 0.5, dash: [2, 1.2])]), text: previous.label))
            }
        }
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
        }
        svg.close()
        frame.legend.add(
            LegendEntry(
                section: .coverage, order: 120, sample: .area(fill: "#ffffff", opacity: 1, stroke: ink),
                text: Localized(en: "Proposed new post (numbered as in the plan)", zh: "拟新增警务点(编号同规划报告)")))
    }
}
