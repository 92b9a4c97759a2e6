public import PatrolData

extension TravelProfile {
    /// The profile as people call it: `驾车+步行` / `car+foot` (the English is the `--profile` value).
    public var name: Localized {
        switch self {
        case .car: Localized(en: rawValue, zh: "驾车")
        case .motorcycle: Localized(en: rawValue, zh: "摩托车")
        case .foot: Localized(en: rawValue, zh: "步行")
        case .carFoot: Localized(en: rawValue, zh: "驾车+步行")
        }
    }
}

extension Season {
    /// The season as people call it: `雨季` / `wet season`.
    public var name: Localized {
        switch self {
        case .dry: Localized(en: "dry season", zh: "旱季")
        case .wet: Localized(en: "wet season", zh: "雨季")
        }
    }
}
