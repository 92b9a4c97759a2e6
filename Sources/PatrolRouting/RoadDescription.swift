public import PatrolData

/// Words for roads in directions: the name when there is one, else what kind of road it is.
public enum RoadDescription {
    /// The kind of road, e.g. `土路` / `track` (``TagNames/highway(_:)``).
    public static func kind(_ tags: [String: String]) -> Localized {
        TagNames.highway(tags["highway"] ?? "")
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
}
