public import PatrolData

/// How one class of road is drawn: a casing (outline) under a fill, in page millimetres.
public struct RoadStyle: Sendable, Hashable {
    /// Stable identifier (legend key), for example `primary`.
    public var id: String
    /// The `highway` values drawn this way.
    public var highways: [String]
    /// The legend text.
    public var name: Localized
    /// Fill colour.
    public var fill: String
    /// Fill width in mm.
    public var width: Double
    /// Casing colour, or `nil` for a line without casing (tracks, paths).
    public var casing: String?
    /// Casing width in mm (wider than ``width``).
    public var casingWidth: Double
    /// Dash pattern in mm (`nil` for solid).
    public var dash: [Double]?
    /// Drawing order: higher classes are drawn later, on top.
    public var order: Int
    /// Typical width on the ground in metres, for roads without a `width` tag; at large
    /// scales a road is drawn at its ground width where that is wider than ``width``.
    public var groundWidth: Double

    /// Creates a road style.
    public init(
        id: String, highways: [String], name: Localized, fill: String, width: Double, casing: String?, casingWidth: Double,
        dash: [Double]? = nil, order: Int, groundWidth: Double = 4
    ) {
        self.id = id
        self.highways = highways
        self.name = name
        self.fill = fill
        self.width = width
        self.casing = casing
        self.casingWidth = casingWidth
        self.dash = dash
        self.order = order
        self.groundWidth = groundWidth
    }

    /// The styles of a topographic wall map, most important first.
    ///
    /// As on Chinese national topographic sheets (GB/T 20257), roads are black and grey line
    /// work only: sealed roads are drawn as black casings with fills from mid grey (main
    /// roads) to white (village roads), tracks as black dashes and footpaths as finer black
    /// dashes. Brown is left to the relief and blue to the water.
    public static let standard: [RoadStyle] = [
        RoadStyle(
            id: "major", highways: ["motorway", "trunk", "primary", "motorway_link", "trunk_link", "primary_link"],
            name: Localized(en: "Main road", zh: "国道、省道"), fill: "#8c8c8c", width: 1.3, casing: "#1a1a1a", casingWidth: 1.75, order: 7, groundWidth: 9),
        RoadStyle(
            id: "secondary", highways: ["secondary", "secondary_link"],
            name: Localized(en: "County road", zh: "县道"), fill: "#b4b4b4", width: 1.15, casing: "#1a1a1a", casingWidth: 1.6, order: 6, groundWidth: 7.5),
        RoadStyle(
            id: "tertiary", highways: ["tertiary", "tertiary_link"],
            name: Localized(en: "Township road", zh: "乡道"), fill: "#dcdcdc", width: 1.0, casing: "#1a1a1a", casingWidth: 1.4, order: 5, groundWidth: 6),
        RoadStyle(
            id: "minor", highways: ["unclassified", "residential", "living_street", "road", "pedestrian"],
            name: Localized(en: "Village road", zh: "村道"), fill: "#ffffff", width: 0.75, casing: "#2b2b2b", casingWidth: 1.1, order: 4, groundWidth: 4.5),
        RoadStyle(
            id: "service", highways: ["service"],
            name: Localized(en: "Lane", zh: "巷道、院道"), fill: "#ffffff", width: 0.5, casing: "#555555", casingWidth: 0.8, order: 3, groundWidth: 3),
        RoadStyle(
            id: "track", highways: ["track"],
            name: Localized(en: "Track (unsealed)", zh: "机耕路、土路"), fill: "#333333", width: 0.4, casing: nil, casingWidth: 0,
            dash: [1.6, 0.55], order: 2, groundWidth: 3),
        RoadStyle(
            id: "path", highways: ["path", "footway", "bridleway", "cycleway"],
            name: Localized(en: "Footpath", zh: "小路、步道"), fill: "#1a1a1a", width: 0.28, casing: nil, casingWidth: 0,
            dash: [0.75, 0.45], order: 1, groundWidth: 1.2),
        RoadStyle(
            id: "steps", highways: ["steps"],
            name: Localized(en: "Steps", zh: "台阶"), fill: "#1a1a1a", width: 0.6, casing: nil, casingWidth: 0,
            dash: [0.18, 0.3], order: 1, groundWidth: 1.5),
    ]

    /// Colour of the bars drawn across roads closed in the wet season (not a water colour).
    public static let closureColor = "#d7191c"

    /// The style for a road's `highway`, or `nil` for a class the map does not draw.
    public static func style(for highway: String, in styles: [RoadStyle]) -> RoadStyle? {
        styles.first { $0.highways.contains(highway) }
    }
}
