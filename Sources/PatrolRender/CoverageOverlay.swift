public import PatrolData
public import PatrolGeo

/// Coverage results to draw over a wall map: reach bands and blind spots.
///
/// The coverage analysis computes these; the renderer only draws them. Bands are drawn
/// from the last (the widest reach) to the first, so nearer bands stay on top.
public struct CoverageOverlay: Sendable, Hashable {
    /// One reach band, e.g. "within 10 minutes of a post".
    public struct Band: Sendable, Hashable {
        /// Legend text.
        public var label: Localized
        /// The area reached.
        public var area: MultiPolygon
        /// Fill colour, e.g. `#1a9850`.
        public var color: String

        /// Creates a band.
        public init(label: Localized, area: MultiPolygon, color: String) {
            self.label = label
            self.area = area
            self.color = color
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

    /// Creates an overlay.
    public init(bands: [Band], blindSpots: MultiPolygon = MultiPolygon([]), blindSpotLabel: Localized, note: Localized? = nil) {
        self.bands = bands
        self.blindSpots = blindSpots
        self.blindSpotLabel = blindSpotLabel
        self.note = note
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
        svg.element("path", [("id", frame.id + "blind-spots"), ("d", d.text), ("fill", "url(#\(pattern))"), ("stroke", "#c0392b"), ("stroke-width", "0.4"), ("fill-rule", "evenodd")])
        frame.legend.add(LegendEntry(section: .coverage, order: 100, sample: .area(fill: "#c0392b", opacity: 0.3, stroke: "#c0392b"), text: overlay.blindSpotLabel))
    }
}
