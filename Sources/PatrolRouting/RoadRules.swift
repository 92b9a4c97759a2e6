import Foundation
import PatrolData

/// Who may use a road, in which direction, and how fast on the flat: the travel profile
/// applied to one road's OSM tags.
public struct RoadRules: Sendable, Hashable {
    /// Flat-ground speed in km/h along the road's direction of digitisation, or `nil` when closed that way.
    public var forward: Double?
    /// Flat-ground speed in km/h against the direction of digitisation, or `nil` when closed that way.
    public var backward: Double?

    /// The rules for `tags` travelled by `mode` in `season`, by the mode's table in `tables`.
    public init(tags: [String: String], mode: TravelMode, season: Season, tables: SpeedTables = .builtIn) {
        guard let speed = Self.flatSpeed(tags: tags, mode: mode, season: season, tables: tables) else {
            forward = nil
            backward = nil
            return
        }
        let table = tables[mode]
        let oneway = table.obeysOneway ? Self.oneway(tags) : 0
        let closed = table.obeysOneway && Self.isReversible(tags)
        forward = oneway >= 0 && !closed ? speed : nil
        backward = oneway <= 0 && !closed ? speed : nil
    }

    /// True when the mode may use the road in at least one direction.
    public var isAccessible: Bool { forward != nil || backward != nil }

    /// Flat-ground speed in km/h, or `nil` when the mode may not use the road at all.
    ///
    /// For `foot` the speed is Tobler's flat speed times the table's multipliers. A vehicle's
    /// class speed (by `highway`, or `tracktype` on a track) is capped by the road's `maxspeed`
    /// (``MaxSpeed``) before the surface, smoothness, width and season factors apply.
    public static func flatSpeed(tags: [String: String], mode: TravelMode, season: Season, tables: SpeedTables = .builtIn) -> Double? {
        let table = tables[mode]
        let highway = tags["highway"] ?? ""
        guard var speed = table.base[highway], speed > 0 else { return nil }
        guard table.isAllowed(tags) else { return nil }
        if season == .wet, tags["seasonal"] == "wet_impassable" || Road.isYes(tags["ford"]) { return nil }
        if mode == .foot {
            speed *= SlopeSpeed.toblerFlat
        } else if highway == "track", let grade = tags["tracktype"], let trackSpeed = table.trackType[grade] {
            guard trackSpeed > 0 else { return nil }
            speed = trackSpeed
        }
        if mode != .foot, let limit = tags["maxspeed"].flatMap(MaxSpeed.init)?.kilometresPerHour {
            speed = min(speed, limit)
        }
        if let surface = tags["surface"], let factor = table.surface[surface] {
            guard factor > 0 else { return nil }
            speed *= factor
        }
        if let smoothness = tags["smoothness"], let factor = table.smoothness[smoothness] {
            guard factor > 0 else { return nil }
            speed *= factor
        }
        if let width = width(tags) {
            if width < table.minimumWidth { return nil }
            if width < table.comfortableWidth { speed *= table.narrowFactor }
        }
        if season == .wet, table.isUnpaved(tags) { speed *= table.wetUnpavedFactor }
        return speed
    }

    /// `width` in metres (`3`, `3.5 m`, `2,5`), or `nil` when absent or unreadable.
    public static func width(_ tags: [String: String]) -> Double? {
        guard let raw = tags["width"] else { return nil }
        // Most widths are plain numbers: those parse as they are (no number Double reads holds a
        // comma, an "m" or whitespace, so the cleaning below would leave them unchanged).
        if let value = Double(raw) { return value > 0 ? value : nil }
        let cleaned = raw.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "m", with: "")
            .trimmingCharacters(in: .whitespaces)
        guard let value = Double(cleaned), value > 0 else { return nil }
        return value
    }

    /// +1 one way along the geometry, −1 one way against it, 0 both ways.
    ///
    /// `junction=roundabout` and `junction=circular` are one way along the geometry unless
    /// `oneway` says otherwise.
    static func oneway(_ tags: [String: String]) -> Int {
        switch tags["oneway"]?.lowercased() {
        case "yes", "true", "1": return 1
        case "-1", "reverse": return -1
        case "no", "false", "0": return 0
        default: return ["roundabout", "circular"].contains(tags["junction"]) ? 1 : 0
        }
    }

    /// True for `oneway=reversible` (one way in a direction that changes with the time of day,
    /// such as a tidal lane): closed to vehicles that obey one-way rules, as OSRM does, since
    /// the map cannot say which way it runs when the call comes in.
    static func isReversible(_ tags: [String: String]) -> Bool {
        tags["oneway"]?.lowercased() == "reversible"
    }
}
