import Foundation
public import PatrolData

/// Words for roads in directions: the name when there is one, else what kind of road it is.
public enum RoadDescription {
    /// The kind of road, for example `土路` / `track`, in the words of `region`: a `secondary` is a county
    /// road (县道) in China and a secondary road elsewhere; `steps` are `台阶`.
    public static func kind(_ tags: [String: String], region: RoadRegion = .china) -> Localized {
        let highway = tags["highway"] ?? ""
        if highway == "steps" { return Localized(en: "steps", zh: "台阶") }
        if region == .international, let words = internationalKinds[highway.replacingOccurrences(of: "_link", with: "")] { return words }
        return TagNames.highway(highway)
    }

    /// OpenStreetMap's main road classes as they are called outside China.
    private static let internationalKinds: [String: Localized] = [
        "trunk": Localized(en: "trunk road", zh: "干线公路"),
        "primary": Localized(en: "primary road", zh: "主干道"),
        "secondary": Localized(en: "secondary road", zh: "次干道"),
        "tertiary": Localized(en: "minor road", zh: "支路"),
        "unclassified": Localized(en: "minor road", zh: "支路"),
    ]

    /// The name if the road has one, else its route number (`ref`, as signposted: `CG-2`), else its kind.
    public static func label(_ tags: [String: String], region: RoadRegion = .china) -> Localized {
        if let sign = signposted(tags) { return joined(sign) }
        return kind(tags, region: region)
    }

    /// The label as a noun phrase: `the track` in English when the road has neither name nor number.
    public static func phrase(_ tags: [String: String], region: RoadRegion = .china) -> Localized {
        if let sign = signposted(tags) { return joined(sign) }
        let k = kind(tags, region: region)
        return Localized(en: "the " + k.en, zh: k.zh)
    }

    /// The label with the surface of an unnamed road, to tell look-alike branches apart:
    /// `水泥村道` / `concrete village road`; a named road is its name.
    public static func surfaced(_ tags: [String: String], region: RoadRegion = .china) -> Localized {
        let label = self.label(tags, region: region)
        guard signposted(tags) == nil, let surface = tags["surface"].flatMap({ surfaces[$0] }) else { return label }
        // 土路 is a dirt road: a gravel one is 砂石路.
        if tags["highway"] == "track" { return Localized(en: surface.en + " " + label.en, zh: surface.zh + "路") }
        return Localized(en: surface.en + " " + label.en, zh: surface.zh + label.zh)
    }

    /// Surfaces named in directions (earth is what a track or path is without one).
    private static let surfaces: [String: Localized] = [
        "asphalt": Localized(en: "asphalt", zh: "柏油"),
        "concrete": Localized(en: "concrete", zh: "水泥"),
        "paved": Localized(en: "paved", zh: "硬化"),
        "gravel": Localized(en: "gravel", zh: "砂石"),
        "fine_gravel": Localized(en: "gravel", zh: "砂石"),
        "compacted": Localized(en: "gravel", zh: "砂石"),
    ]

    /// True when two roads would be told apart by an officer: they share no name or number
    /// (OSM's `;`-separated values each count: `CG-3` is `Avinguda Sant Antoni;CG-3` too), or,
    /// both unsigned, they are of different kinds.
    static func differs(_ a: [String: String], _ b: [String: String]) -> Bool {
        let signsA = signs(a)
        let signsB = signs(b)
        guard !signsA.isEmpty || !signsB.isEmpty else { return kind(a) != kind(b) }
        return signsA.isDisjoint(with: signsB)
    }

    /// Every name and route number a road is signposted with (`name`, `ref`, each value of a `;` list).
    private static func signs(_ tags: [String: String]) -> Set<String> {
        var signs = Set<String>()
        for key in ["name", "ref"] {
            for value in (tags[key] ?? "").split(separator: ";") {
                let sign = value.trimmingCharacters(in: .whitespaces)
                if !sign.isEmpty, sign.uppercased() != "FIXME" { signs.insert(sign) }
            }
        }
        return signs
    }

    /// What a sign on the road says: its name, else its `ref` (mappers' `FIXME` placeholders ignored).
    static func signposted(_ tags: [String: String]) -> String? {
        if let name = tags["name"], !name.isEmpty { return name }
        if let ref = tags["ref"], !ref.isEmpty, ref.uppercased() != "FIXME" { return ref }
        return nil
    }

    /// A name or number with OSM's `;` between values said properly: `A / B`, `A、B` in Chinese;
    /// in English each in Hanyu Pinyin (`县道X316` → `X316`, `宫南路` → `Gongnan Lu`).
    static func joined(_ sign: String) -> Localized {
        let parts = sign.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard parts.count > 1 else { return Localized(name: sign) }
        return Localized(en: parts.map { Pinyin.name($0, in: .en) }.joined(separator: " / "), zh: parts.joined(separator: "、"))
    }
}
