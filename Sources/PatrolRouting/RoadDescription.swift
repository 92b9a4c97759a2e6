public import PatrolData

/// Words for roads in directions: the name when there is one, else what kind of road it is.
public enum RoadDescription {
    /// The kind of road, e.g. `土路` / `track`.
    public static func kind(_ tags: [String: String]) -> Localized {
        switch tags["highway"] ?? "" {
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

    /// The name if the road has one, else its route number (`ref`, as signposted: `CG-2`), else its kind.
    public static func label(_ tags: [String: String]) -> Localized {
        if let sign = signposted(tags) { return Localized(en: sign, zh: sign) }
        return kind(tags)
    }

    /// The label as a noun phrase: `the track` in English when the road has neither name nor number.
    public static func phrase(_ tags: [String: String]) -> Localized {
        if let sign = signposted(tags) { return Localized(en: sign, zh: sign) }
        let k = kind(tags)
        return Localized(en: "the " + k.en, zh: k.zh)
    }

    /// True when two roads would be told apart by an officer: different name, number or kind.
    static func differs(_ a: [String: String], _ b: [String: String]) -> Bool {
        signposted(a) != signposted(b) || kind(a) != kind(b)
    }

    /// What a sign on the road says: its name, else its `ref` (mappers' `FIXME` placeholders ignored).
    static func signposted(_ tags: [String: String]) -> String? {
        if let name = tags["name"], !name.isEmpty { return name }
        if let ref = tags["ref"], !ref.isEmpty, ref.uppercased() != "FIXME" { return ref }
        return nil
    }

    /// Compass direction of a math angle (radians, 0 = east, counter-clockwise): `东北` / `northeast`.
    public static func compass(_ angle: Double) -> Localized {
        let names: [(String, String)] = [
            ("east", "东"), ("northeast", "东北"), ("north", "北"), ("northwest", "西北"),
            ("west", "西"), ("southwest", "西南"), ("south", "南"), ("southeast", "东南"),
        ]
        var octant = Int((angle / (.pi / 4)).rounded()) % 8
        if octant < 0 { octant += 8 }
        return Localized(en: names[octant].0, zh: names[octant].1)
    }
}
