/// A map's `profiles.json`: per travel mode, the values that replace the built-in travel
/// profile's, in OSM's vocabulary.
///
/// This is the file's validated content only; PatrolRouting's `SpeedTables` applies it to
/// the built-in tables. A map without the file has no overrides.
public struct ProfileOverrides: Sendable, Hashable {
    /// The modes a file may set, as written in it: `car`, `motorcycle`, `foot`.
    public static let modeNames = ["car", "motorcycle", "foot"]

    /// No overrides: every mode keeps its built-in values.
    public static let none = ProfileOverrides(modes: [:])

    /// Overrides by mode name (one of ``modeNames``); a mode not listed keeps its built-in values.
    public var modes: [String: ModeOverrides]

    /// Creates overrides from each mode's.
    public init(modes: [String: ModeOverrides]) {
        self.modes = modes
    }
}

/// One mode's overrides; a `nil` or empty member keeps the built-in value.
///
/// Dictionaries merge into the built-in ones key by key; lists replace the built-in list.
public struct ModeOverrides: Sendable, Hashable {
    /// Speeds by `highway` value: km/h for vehicles, multipliers on Tobler's walking speed on
    /// foot; 0 closes the class to the mode (`"no"` in the file).
    public var highway: [String: Double] = [:]
    /// Speeds in km/h for `highway=track` by `tracktype` (`grade1` … `grade5`); 0 closes.
    public var trackType: [String: Double] = [:]
    /// Speed multipliers by `surface` value; 0 closes.
    public var surface: [String: Double] = [:]
    /// Speed multipliers by `smoothness` value; 0 closes.
    public var smoothness: [String: Double] = [:]
    /// Narrowest `width` in metres the mode fits (0: no limit).
    public var minimumWidth: Double?
    /// `width` in metres below which the mode slows down by ``narrowFactor``.
    public var comfortableWidth: Double?
    /// Speed multiplier on roads narrower than ``comfortableWidth``.
    public var narrowFactor: Double?
    /// Speed multiplier on unpaved roads in the wet season.
    public var wetUnpavedFactor: Double?
    /// Whether the mode keeps to `oneway`.
    public var obeysOneway: Bool?
    /// OSM access keys from the most to the least specific; the first one a road has decides.
    public var access: [String]?
    /// `surface` values counted as paved (no wet-season slowdown).
    public var pavedSurfaces: [String]?
    /// `highway` values taken as unpaved when a road has no `surface`.
    public var unpavedHighways: [String]?

    /// Creates overrides that change nothing; set the members to change.
    public init() {}
}
