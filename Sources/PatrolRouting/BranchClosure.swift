/// Why the current mode may not enter a branch of a fork that a driver or walker could
/// still mistake for the road: a lane too narrow for a car, a footpath, a track closed in the
/// wet season.
public enum BranchClosure: String, Sendable, Hashable {
    /// Narrower (`width`) than the vehicle fits.
    case tooNarrow = "too_narrow"
    /// A path, footway or steps: only on foot.
    case footOnly = "foot_only"
    /// `seasonal=wet_impassable` in the wet season.
    case closedInWetSeason = "closed_wet_season"
    /// `access=no` or the like for this mode.
    case noAccess = "no_access"
    /// One way, and the route would enter it against its direction (or `oneway=reversible`).
    case oneWay = "one_way"
    /// A surface, smoothness or track grade the vehicle cannot drive.
    case impassable
    /// A road class the mode may not use at all (an expressway on foot).
    case notForMode = "not_for_mode"

    /// Why `mode` in `season` may not leave along a road with `tags` (`backward`: against its
    /// geometry), by the same rules as ``RoadRules``; `impassable` when no rule names it.
    init(tags: [String: String], mode: TravelMode, season: Season, tables: SpeedTables, backward: Bool) {
        let table = tables[mode]
        let highway = tags["highway"] ?? ""
        if (table.base[highway] ?? 0) <= 0 {
            self = (tables[.foot].base[highway] ?? 0) > 0 && mode != .foot ? .footOnly : .notForMode
        } else if !table.isAllowed(tags) {
            self = .noAccess
        } else if season == .wet, tags["seasonal"] == "wet_impassable" {
            self = .closedInWetSeason
        } else if let width = RoadRules.width(tags), width < table.minimumWidth {
            self = .tooNarrow
        } else if RoadRules.flatSpeed(tags: tags, mode: mode, season: season, tables: tables) != nil, table.obeysOneway,
            RoadRules.oneway(tags) != 0 || RoadRules.isReversible(tags)
        {
            self = .oneWay
        } else {
            self = .impassable
        }
    }
}
