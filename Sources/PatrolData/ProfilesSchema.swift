import Foundation

/// What `profiles.json` may hold: the field names, the range of every number, and the OSM
/// vocabularies that are closed lists.
enum ProfilesSchema {
    /// The one top-level member besides the modes: free text about the calibration.
    static let descriptionField = "description"

    /// A mode's fields, in the order the README documents them.
    static let modeFields = [
        "highway", "tracktype", "surface", "smoothness", "width", "wet_unpaved_factor", "oneway", "access", "paved_surfaces",
        "unpaved_highways",
    ]
    /// The members of a mode's `width` object.
    static let widthFields = ["minimum", "comfortable", "narrow_factor"]

    /// Vehicle speeds in km/h.
    static let vehicleSpeed = AllowedRange(low: 0, lowIncluded: false, high: 200, unit: Localized(en: " km/h", zh: " km/h"))
    /// Walking multipliers on Tobler's 5.04 km/h.
    static let walkingFactor = AllowedRange(
        low: 0, lowIncluded: false, high: 2, unit: Localized(en: " (× Tobler's 5.04 km/h)", zh: "(Tobler 步速 5.04 km/h 的倍数)"))
    /// `surface` and `smoothness` multipliers; 0 closes the road.
    static let closingFactor = AllowedRange(low: 0, lowIncluded: true, high: 1, unit: nil)
    /// Multipliers that slow down but never close.
    static let slowingFactor = AllowedRange(low: 0, lowIncluded: false, high: 1, unit: nil)
    /// Road widths in metres.
    static let width = AllowedRange(low: 0, lowIncluded: true, high: 20, unit: Localized(en: " m", zh: " 米"))

    /// The mode whose `highway` values are walking multipliers and which has no `tracktype` speeds.
    static let walkingMode = "foot"

    /// OSM `tracktype` values.
    static let trackTypes = Vocabulary(
        values: ["grade1", "grade2", "grade3", "grade4", "grade5"], name: Localized(en: "an OSM tracktype value", zh: " OSM tracktype 取值"))
    /// OSM `smoothness` values.
    static let smoothnessValues = Vocabulary(
        values: ["excellent", "good", "intermediate", "bad", "very_bad", "horrible", "very_horrible", "impassable"],
        name: Localized(en: "an OSM smoothness value", zh: " OSM smoothness 取值"))
    /// OSM access keys for transport modes (the access hierarchy of the OSM wiki's Key:access).
    static let accessKeys = Vocabulary(
        values: [
            "access", "foot", "dog", "horse", "vehicle", "bicycle", "carriage", "trailer", "motor_vehicle", "motorcycle", "moped",
            "mofa", "speed_pedelec", "motorcar", "motorhome", "tourist_bus", "coach", "goods", "hgv", "agricultural", "atv",
            "psv", "bus", "taxi", "minibus", "share_taxi", "hov", "car_sharing", "emergency", "hazmat", "disabled",
        ],
        name: Localized(en: "an OSM access key", zh: " OSM 通行权限键"))
}

/// An interval a number in `profiles.json` must lie in, and how to say it.
struct AllowedRange: Sendable {
    /// Lower end.
    var low: Double
    /// Whether the lower end itself is allowed.
    var lowIncluded: Bool
    /// Upper end (always allowed).
    var high: Double
    /// Unit after the interval, with its leading space.
    var unit: Localized?

    /// True when `value` lies in the interval.
    func contains(_ value: Double) -> Bool {
        value.isFinite && (lowIncluded ? value >= low : value > low) && value <= high
    }

    /// The interval as `0 < v ≤ 200 km/h`.
    func text(_ language: Language) -> String {
        "\(JSONWriter.format(low)) \(lowIncluded ? "≤" : "<") v ≤ \(JSONWriter.format(high))\(unit?.text(language) ?? "")"
    }
}

/// A closed OSM vocabulary, and what to call one of its words in a message.
struct Vocabulary: Sendable {
    /// The words.
    var values: Set<String>
    /// What to call one of its words after "is not" / "不是", such as "an OSM tracktype value"
    /// (the Chinese opens with a space when it opens with Latin text).
    var name: Localized
}
