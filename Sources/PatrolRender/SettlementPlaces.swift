import PatrolData
import PatrolGeo

/// OpenStreetMap's settlements (`place=city|town|village|hamlet`, which `import osm` keeps as
/// landmarks of that kind) named as a topographic map names them: type size by rank, city >
/// town > village > hamlet, with no symbol, and the smaller ranks left out as the scale shrinks.
enum SettlementPlace: Int, CaseIterable, Comparable {
    case hamlet, village, town, city

    /// The rank of a landmark's `kind`, or nil when it is not a settlement.
    init?(kind: String) {
        switch kind {
        case "city": self = .city
        case "town": self = .town
        case "village": self = .village
        case "hamlet", "isolated_dwelling": self = .hamlet
        default: return nil
        }
    }

    static func < (a: SettlementPlace, b: SettlementPlace) -> Bool { a.rawValue < b.rawValue }

    /// Type size (mm): a village as large as a post's name, each rank up 1.3 times larger.
    func size(_ t: Typography) -> Double {
        switch self {
        case .hamlet: t.postName * 0.85
        case .village: t.postName * 1.1
        case .town: t.postName * 1.45
        case .city: t.postName * 1.9
        }
    }

    /// The smallest scale (largest denominator) at which the rank is still named: hamlets to
    /// 1:25 000, villages to 1:100 000, towns to 1:500 000, cities at every scale.
    var smallestScale: Double {
        switch self {
        case .hamlet: 25_000
        case .village: 100_000
        case .town: 500_000
        case .city: .infinity
        }
    }

    /// Label priority: above the village polygons' names (90) from a town up, so the name of the
    /// town an import's whole area is named after never hides the town itself.
    var priority: Int {
        switch self {
        case .hamlet: 81
        case .village: 89
        case .town: 93
        case .city: 97
        }
    }

    /// The label class of the rank: `label-place-town`.
    var styleID: String {
        switch self {
        case .hamlet: "label-place-hamlet"
        case .village: "label-place-village"
        case .town: "label-place-town"
        case .city: "label-place-city"
        }
    }

    /// The legend's words for the rank.
    var name: Localized {
        switch self {
        case .hamlet: Localized(en: "Hamlet", zh: "自然村、居民点")
        case .village: Localized(en: "Village", zh: "村庄")
        case .town: Localized(en: "Town", zh: "镇")
        case .city: Localized(en: "City", zh: "城市")
        }
    }

    /// Requests the names of the settlements in the frame that its scale still shows, larger
    /// ranks first (they win where names would collide), and lists the ranks in the legend.
    static func label(_ frame: inout MapFrame) {
        var ranks: Set<SettlementPlace> = []
        for landmark in frame.map.landmarks where frame.viewport.ground.contains(landmark.location) {
            guard let rank = SettlementPlace(kind: landmark.kind), frame.scale <= rank.smallestScale else { continue }
            ranks.insert(rank)
            let size = rank.size(frame.typography)
            let style = LabelStyle(
                id: rank.styleID, size: size, fill: "#1a1a1a", weight: rank >= .town ? "bold" : "normal", halo: 0.5, layer: 5, clearance: size * 0.3)
            frame.labels.append(
                LabelRequest(
                    lines: [frame.placeName(landmark.name)], style: style, anchor: frame.page(landmark.location), gap: 0.6,
                    positions: [.center, .above, .below, .right, .left, .aboveRight, .belowRight, .aboveLeft, .belowLeft], priority: rank.priority,
                    houses: .area))
        }
        for rank in ranks.sorted(by: >) {
            frame.legend.add(
                LegendEntry(
                    section: .settlements, order: 5 - rank.rawValue, sample: .none,
                    text: Localized(en: rank.name.en + " (name size by rank)", zh: rank.name.zh + "(字号按等级)")))
        }
    }
}
