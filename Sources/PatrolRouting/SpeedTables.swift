public import PatrolData

/// The speed table of every travel mode: the built-in ones, or a map's as its
/// `profiles.json` adjusts them.
public struct SpeedTables: Sendable, Hashable {
    /// The patrol car's table.
    public var car: SpeedTable
    /// The police motorcycle's table.
    public var motorcycle: SpeedTable
    /// The table on foot.
    public var foot: SpeedTable

    /// The built-in tables, used where a map has no `profiles.json`.
    public static let builtIn = SpeedTables(car: .car, motorcycle: .motorcycle, foot: .foot)

    /// Creates the tables from each mode's.
    public init(car: SpeedTable, motorcycle: SpeedTable, foot: SpeedTable) {
        self.car = car
        self.motorcycle = motorcycle
        self.foot = foot
    }

    /// The built-in tables with a map's overrides applied, mode by mode.
    public init(_ overrides: ProfileOverrides) {
        var tables = Self.builtIn
        for mode in TravelMode.allCases {
            if let modeOverrides = overrides.modes[mode.rawValue] { tables[mode] = tables[mode].applying(modeOverrides) }
        }
        self = tables
    }

    /// The table for a mode.
    public subscript(mode: TravelMode) -> SpeedTable {
        get {
            switch mode {
            case .car: car
            case .motorcycle: motorcycle
            case .foot: foot
            }
        }
        set {
            switch mode {
            case .car: car = newValue
            case .motorcycle: motorcycle = newValue
            case .foot: foot = newValue
            }
        }
    }
}
