public import PatrolData
public import PatrolRouting

/// A route with its directions and the names of its ends.
public struct PlannedRoute: Sendable {
    /// The route itself: geometry, distance, duration, profile and season.
    public var route: Route
    /// The turn-by-turn directions, forks included.
    public var steps: [RouteStep]
    /// The start's public name (a house label, never a head's name).
    public var startName: String
    /// The destination's public name.
    public var endName: String

    /// A planned route from its parts.
    public init(route: Route, steps: [RouteStep], startName: String, endName: String) {
        self.route = route
        self.steps = steps
        self.startName = startName
        self.endName = endName
    }

    /// The start's name in `language`: in Hanyu Pinyin in English.
    public func startName(in language: Language) -> String { Pinyin.name(startName, in: language) }

    /// The destination's name in `language`: in Hanyu Pinyin in English.
    public func endName(in language: Language) -> String { Pinyin.name(endName, in: language) }
}
