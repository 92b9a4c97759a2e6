public import PatrolData
public import PatrolRouting

extension RouteCard {
    /// The card for a route found by `Router` with its `Directions` steps.
    ///
    /// Every decision point (turn, fork, parking, leaving the road) is numbered; departure
    /// and arrival are marked by the start and end symbols. The card's steps are the
    /// directions' steps, as text and JSON print them (see ``RouteCardSteps``). In English
    /// `from` and `to` are written in Hanyu Pinyin.
    public init(route: Route, steps: [RouteStep], from: String, to: String, language: Language) {
        let walked = route.legs.filter { $0.mode == .foot }.map(\.geometry)
        let profile = route.profile.name.text(language) + " · " + route.season.name.text(language)
        self.init(
            from: Pinyin.name(from, in: language), to: Pinyin.name(to, in: language), geometry: route.geometry, walkedParts: walked, distance: route.distance,
            duration: route.duration,
            walkDistance: route.walkDistance, steps: RouteCardSteps.steps(steps, language: language), profile: profile)
    }
}
