import PatrolData
import PatrolGeo

/// One map frame being drawn: the data, the style, the viewport, and what the layers
/// have contributed so far (legend entries, labels, obstacles for labels).
struct MapFrame {
    let map: PatrolMap
    let style: MapStyle
    let viewport: MapViewport
    let typography: Typography
    let language: Language
    /// The plane area worth drawing: the frame's ground plus a margin for symbols on the edge.
    let visible: BoundingBox
    /// Identifier prefix for elements of this frame (clip paths of insets differ).
    let id: String
    var legend = LegendCollector()
    var labels: [LabelRequest] = []
    var placer: LabelPlacer

    init(map: PatrolMap, style: MapStyle, viewport: MapViewport, typography: Typography, language: Language, id: String) {
        self.map = map
        self.style = style
        self.viewport = viewport
        self.typography = typography
        self.language = language
        self.id = id
        let margin = 8 / viewport.millimetresPerMetre
        visible = viewport.ground.expanded(by: margin)
        placer = LabelPlacer(frame: viewport.frame)
    }

    /// Millimetres per plane metre.
    var k: Double { viewport.millimetresPerMetre }

    /// The scale denominator.
    var scale: Double { viewport.scale }

    /// Page position of a plane point.
    func page(_ p: Point) -> Point { viewport.page(p) }

    /// True when a polyline's box touches the visible area.
    func isVisible(_ points: [Point]) -> Bool {
        guard let box = BoundingBox(covering: points) else { return false }
        return box.intersects(visible)
    }

    /// A polyline on the page, simplified to what the eye can see (0.06 mm).
    func pagePolyline(_ points: [Point]) -> [Point] {
        Simplify.douglasPeucker(viewport.page(points), tolerance: 0.06)
    }

    /// A place, post, landmark or road name as the frame's language writes it: in Hanyu Pinyin in English.
    func placeName(_ name: String) -> String {
        language == .en ? Pinyin.placeName(name).text : name
    }

    /// Text in the frame's language.
    func text(_ localized: Localized) -> String { localized.text(language) }
}
