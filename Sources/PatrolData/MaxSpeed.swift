import Foundation

/// A road's `maxspeed` tag read as a limit in km/h, with OpenStreetMap's vocabulary.
///
/// Accepted values:
/// - a number of km/h (`50`, `50 km/h`, `50kmh`), or of miles per hour (`30 mph`);
/// - several limits separated by `;` (`50;30`): the lowest applies;
/// - a zone `CC:zone` from ``zones`` (`CN:rural`, `AD:urban`, `FR:motorway`, `DE:zone30`),
///   and `CC:zone30`-style zones anywhere;
/// - `none` (no limit) and `walk` (walking pace, ``walkingPace``).
///
/// Anything else (`signals`, `fast`, `CN:unknown`, `0`, `500`) is unreadable: validation and
/// the OSM import report it, and routing ignores it.
public enum MaxSpeed: Sendable, Hashable {
    /// A limit in km/h.
    case limit(Double)
    /// No limit (`maxspeed=none`).
    case unlimited

    /// The speed taken for `maxspeed=walk`, in km/h.
    public static let walkingPace = 6.0
    /// Kilometres per mile.
    public static let kilometresPerMile = 1.609344
    /// Limits above this (km/h) are typos, not limits.
    public static let highest = 300.0

    /// Implicit limits in km/h by `country:zone`, as the OSM wiki's "Default speed limits" gives
    /// them for the countries PatrolMap's data comes from (China, Andorra and its neighbours);
    /// `none` is written as `.infinity`.
    public static let zones: [String: Double] = [
        "CN:urban": 50, "CN:rural": 70, "CN:trunk": 100, "CN:motorway": 120, "CN:living_street": 10,
        "AD:urban": 50, "AD:rural": 90, "AD:living_street": 20,
        "ES:urban": 50, "ES:rural": 90, "ES:trunk": 100, "ES:motorway": 120, "ES:living_street": 20,
        "FR:urban": 50, "FR:rural": 80, "FR:trunk": 110, "FR:motorway": 130, "FR:living_street": 20,
        "DE:urban": 50, "DE:rural": 100, "DE:motorway": .infinity, "DE:living_street": 7,
    ]

    /// Reads a `maxspeed` value, or `nil` when it is unreadable.
    public init?(_ text: String) {
        let parts = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty else { return nil }
        var lowest = Double.infinity
        for part in parts {
            guard let value = Self.kilometresPerHour(part) else { return nil }
            lowest = min(lowest, value)
        }
        self = lowest.isFinite ? .limit(lowest) : .unlimited
    }

    /// The limit in km/h, or `nil` for ``unlimited``.
    public var kilometresPerHour: Double? {
        if case .limit(let value) = self { return value }
        return nil
    }

    /// One limit in km/h (`.infinity` for `none`), or `nil` when unreadable.
    private static func kilometresPerHour(_ part: String) -> Double? {
        let lower = part.lowercased()
        if lower == "none" { return .infinity }
        if lower == "walk" { return walkingPace }
        if let zone = zones[part] { return zone }
        if let colon = part.firstIndex(of: ":") {
            // CC:zone30, CC:zone:30
            let zone = lower[lower.index(after: colon)...].replacingOccurrences(of: ":", with: "")
            guard zone.hasPrefix("zone"), let value = Double(zone.dropFirst(4)) else { return nil }
            return plausible(value)
        }
        for (unit, factor) in [("mph", kilometresPerMile), ("km/h", 1), ("kmh", 1), ("kph", 1)] where lower.hasSuffix(unit) {
            guard let value = Double(lower.dropLast(unit.count).trimmingCharacters(in: .whitespaces)) else { return nil }
            return plausible(value * factor)
        }
        return Double(lower).flatMap(plausible)
    }

    private static func plausible(_ value: Double) -> Double? {
        value.isFinite && value > 0 && value <= highest ? value : nil
    }
}
