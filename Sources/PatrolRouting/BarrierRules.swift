/// Which barrier points (`barrier=*`, fords) one mode passes and how long each takes, as data.
///
/// The built-in tables follow OSRM's profiles: a car passes only barriers made to be
/// opened or driven over (gates, lift gates, cattle grids, toll booths, …) and is stopped by
/// anything else (bollards, blocks, chains, stiles, …); a walker passes everything but
/// walls, fences and the like. An access tag on the barrier node (the mode's access keys,
/// most specific first) overrides the default: `no` stops, any other value lets through.
/// Fords close for every mode in the wet season.
public struct BarrierRules: Sendable, Hashable {
    /// Seconds to pass each barrier kind the mode passes (opening a gate, slowing at a ford).
    public var seconds: [String: Double]
    /// Barrier kinds that stop the mode.
    public var blocked: Set<String>
    /// Whether a kind in neither ``seconds`` nor ``blocked`` stops the mode (a whitelist).
    public var blocksUnlisted: Bool
    /// Kinds closed to every mode in the wet season, whatever their access tags.
    public var closedInWet: Set<String>

    /// Creates the rules.
    public init(seconds: [String: Double], blocked: Set<String>, blocksUnlisted: Bool, closedInWet: Set<String> = ["ford"]) {
        self.seconds = seconds
        self.blocked = blocked
        self.blocksUnlisted = blocksUnlisted
        self.closedInWet = closedInWet
    }

    /// A car or motorcycle: gates cost the time to stop, open and close; everything unlisted stops it.
    public static let vehicle = BarrierRules(
        seconds: [
            "gate": 30, "lift_gate": 20, "swing_gate": 30, "toll_booth": 30, "border_control": 60, "checkpoint": 30,
            "sally_port": 30, "cattle_grid": 5, "entrance": 0, "height_restrictor": 0, "arch": 0, "no": 0, "ford": 20,
        ],
        blocked: [], blocksUnlisted: true)

    /// On foot: stiles and narrow gates take a few seconds; walls, fences and ditches stop a walker.
    public static let foot = BarrierRules(
        seconds: ["stile": 10, "kissing_gate": 5, "gate": 5, "swing_gate": 5, "turnstile": 5, "ford": 30],
        blocked: ["yes", "wall", "fence", "hedge", "retaining_wall", "city_wall", "ditch", "guard_rail"], blocksUnlisted: false)

    /// Seconds to pass a barrier point with `tags` in `season` answering to the access keys
    /// `access`, or `nil` when the mode cannot pass.
    public func delay(kind: String, tags: [String: String], access: [String], season: Season) -> Double? {
        if season == .wet, closedInWet.contains(kind) { return nil }
        if let key = access.first(where: { tags[$0] != nil }) {
            return tags[key]!.lowercased() == "no" ? nil : seconds[kind] ?? 0
        }
        if let time = seconds[kind] { return time }
        if blocked.contains(kind) || blocksUnlisted { return nil }
        return 0
    }
}
