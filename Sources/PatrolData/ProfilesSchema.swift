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

    /// OSM `tracktype` values.
    static let trackTypes: Set<String> = ["grade1", "grade2", "grade3", "grade4", "grade5"]
    /// OSM `smoothness` values.
    static let smoothnessValues: Set<String> = [
        "excellent", "good", "intermediate", "bad", "very_bad", "horrible", "very_horrible", "impassable",
    ]
    /// OSM access keys for transport modes (the access hierarchy of the OSM wiki's Key:access).
    static let accessKeys: Set<String> = [
        "access", "foot", "dog", "horse", "vehicle", "bicycle", "carriage", "trailer", "motor_vehicle", "motorcycle", "moped",
        "mofa", "speed_pedelec", "motorcar", "motorhome", "tourist_bus", "coach", "goods", "hgv", "agricultural", "atv",
        "psv", "bus", "taxi", "minibus", "share_taxi", "hov", "car_sharing", "emergency", "hazmat", "disabled",
    ]
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
