import PatrolData

/// One line of stroke in a legend sample (roads draw a casing and a fill).
struct StrokeSample: Hashable {
    var color: String
    var width: Double
    var dash: [Double]?
    var opacity: Double = 1
}

/// What a legend entry shows beside its text.
enum LegendSample: Hashable {
    /// Stacked strokes, bottom first.
    case line([StrokeSample])
    /// A point symbol at a size in mm.
    case symbol(Symbol, size: Double)
    /// A filled area.
    case area(fill: String, opacity: Double, stroke: String?)
    /// A sample label in a label style.
    case label(String, style: LabelStyle)
    /// Nothing: the text explains itself.
    case none
}

/// Groups of the legend, in the order they are printed.
enum LegendSection: Int, Comparable, CaseIterable {
    case route, posts, settlements, careTags, roads, boundaries, water, relief, coverage

    static func < (a: LegendSection, b: LegendSection) -> Bool { a.rawValue < b.rawValue }

    var title: Localized {
        switch self {
        case .route: Localized(en: "Route", zh: "路线")
        case .posts: Localized(en: "Police posts", zh: "警务点")
        case .settlements: Localized(en: "Settlements and landmarks", zh: "居民点与地标")
        case .careTags: Localized(en: "Care tags (internal)", zh: "关爱标记(内部)")
        case .roads: Localized(en: "Roads", zh: "道路")
        case .boundaries: Localized(en: "Boundaries", zh: "界线")
        case .water: Localized(en: "Water", zh: "水系")
        case .relief: Localized(en: "Relief", zh: "地貌")
        case .coverage: Localized(en: "Coverage", zh: "覆盖范围")
        }
    }
}

/// A legend entry for something actually drawn on the map.
struct LegendEntry: Hashable {
    var section: LegendSection
    /// Order inside the section.
    var order: Int
    var sample: LegendSample
    var text: Localized
}

/// Collects legend entries as layers draw, so the legend shows what is on the map and nothing else.
struct LegendCollector {
    private(set) var entries: [LegendEntry] = []
    private var seen: Set<String> = []

    /// Adds an entry once (by section and text).
    mutating func add(_ entry: LegendEntry) {
        let key = "\(entry.section.rawValue)|\(entry.text.en)"
        guard seen.insert(key).inserted else { return }
        entries.append(entry)
    }

    /// Entries grouped by section, each in its order.
    var sections: [(LegendSection, [LegendEntry])] {
        LegendSection.allCases.compactMap { section in
            let items = entries.filter { $0.section == section }.sorted { $0.order < $1.order }
            return items.isEmpty ? nil : (section, items)
        }
    }
}
