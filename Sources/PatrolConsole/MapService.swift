public import PatrolData
import PatrolRouting

/// The map the console serves, loaded once, with its routers built on first use and kept.
///
/// A router per profile × season is built the first time a request needs it; requests that
/// arrive meanwhile wait for the same build instead of starting their own. Safe to share
/// between any number of concurrent requests.
public final class MapService: Sendable {
    /// The loaded map package.
    public let map: PatrolMap
    /// Search without personal fields: id, house label, post and landmark names, coordinates.
    let publicSearch: PlaceSearch
    /// Search for logged-in users: also heads' names and phone numbers.
    let internalSearch: PlaceSearch
    private let routers = ResultCache<RouterKey, Router>(capacity: TravelProfile.allCases.count * Season.allCases.count)

    private struct RouterKey: Hashable {
        var profile: TravelProfile
        var season: Season
    }

    /// Serves `map`.
    public init(map: PatrolMap) {
        self.map = map
        publicSearch = PlaceSearch(map: map, personal: [])
        internalSearch = PlaceSearch(map: map, personal: [.heads, .phones])
    }

    /// The search a user may run: personal fields only for a logged-in one.
    func search(personal: Bool) -> PlaceSearch {
        personal ? internalSearch : publicSearch
    }

    /// The router of a profile and season, built once.
    func router(profile: TravelProfile, season: Season) async -> Router {
        let map = self.map
        return await routers.value(RouterKey(profile: profile, season: season)) { Router(map: map, profile: profile, season: season) }
    }
}
