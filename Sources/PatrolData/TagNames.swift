/// Names in both languages for the tag values that PatrolMap prints in sentences: road
/// classes (`highway`) and landmark kinds (`kind` in `landmarks.geojson`).
///
/// The one table of these words, so Chinese text never shows a raw English tag value
/// where a Chinese word exists.
public enum TagNames {
    /// The kind of road a `highway` value stands for, for example `track` → `土路` / `track`.
    public static func highway(_ value: String) -> Localized {
        switch value {
        case "motorway", "motorway_link": Localized(en: "expressway", zh: "高速公路")
        case "trunk", "trunk_link", "primary", "primary_link": Localized(en: "main road", zh: "国省道")
        case "secondary", "secondary_link": Localized(en: "county road", zh: "县道")
        case "tertiary", "tertiary_link": Localized(en: "township road", zh: "乡道")
        case "unclassified", "road": Localized(en: "village road", zh: "村道")
        case "residential", "living_street": Localized(en: "street", zh: "村巷")
        case "service": Localized(en: "lane", zh: "便道")
        case "track": Localized(en: "track", zh: "土路")
        case "path", "bridleway": Localized(en: "path", zh: "小路")
        case "footway", "pedestrian", "cycleway": Localized(en: "footway", zh: "步道")
        case "steps": Localized(en: "steps", zh: "台阶路")
        default: Localized(en: "road", zh: "道路")
        }
    }

    /// What a landmark of `kind` is, for example `temple` → `庙宇` / `temple`.
    ///
    /// A kind outside the table keeps its value in both languages (with `_` read as a space
    /// in English): it is the only name there is.
    public static func landmarkKind(_ kind: String) -> Localized {
        Localized(en: kind.replacingOccurrences(of: "_", with: " "), zh: landmarkKindsZH[kind.lowercased()] ?? kind)
    }

    /// Chinese names of the landmark kinds that maps and OSM imports use
    /// (`place`, `amenity`, `tourism`, `natural` values).
    private static let landmarkKindsZH: [String: String] = [
        "school": "学校", "kindergarten": "幼儿园", "college": "学院", "university": "大学",
        "temple": "庙宇", "place_of_worship": "宗教场所", "shrine": "神龛",
        "bridge": "桥", "village_committee": "村委会", "committee": "村委会", "townhall": "政府驻地",
        "clinic": "卫生室", "doctors": "诊所", "hospital": "医院", "pharmacy": "药店",
        "shop": "商店", "marketplace": "集市", "market": "集市", "restaurant": "饭店", "fuel": "加油站",
        "bank": "银行", "post_office": "邮局", "police": "警务点", "fire_station": "消防站",
        "parking": "停车场", "bus_station": "汽车站", "toilets": "厕所", "hotel": "宾馆",
        "old_tree": "古树", "tree": "树", "reservoir": "水库", "peak": "山顶", "spring": "泉",
        "village": "村庄", "hamlet": "自然村", "town": "镇", "isolated_dwelling": "独户",
        "viewpoint": "观景点", "attraction": "景点", "museum": "博物馆",
    ]
}
