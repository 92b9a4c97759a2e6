public import PatrolRouting
import Foundation

extension Fixtures {
    /// gongli's router for `profile` and `season`, built once per test process.
    ///
    /// Building the network and graph of 12,000 households' roads takes seconds in a debug build,
    /// and a dozen suites route on the same few graphs; `Router` is immutable and `Sendable`, so
    /// the suites running in parallel share one per profile and season.
    public static func gongliRouter(_ profile: TravelProfile, _ season: Season = .dry) throws -> Router {
        try GongliRouterCache.shared.router(RouterKey(profile: profile, season: season))
    }
}

private struct RouterKey: Hashable {
    var profile: TravelProfile
    var season: Season
}

/// One lazily built router per key; a key's first caller builds it while later ones wait, and
/// different keys build in parallel.
private final class GongliRouterCache: @unchecked Sendable {
    static let shared = GongliRouterCache()
    private let lock = NSLock()
    private var slots: [RouterKey: Slot] = [:]

    /// A router being built or built; `lock` guards `router`.
    private final class Slot: @unchecked Sendable {
        let lock = NSLock()
        var router: Router?
    }

    func router(_ key: RouterKey) throws -> Router {
        let slot = lock.withLock {
            if let slot = slots[key] { return slot }
            let slot = Slot()
            slots[key] = slot
            return slot
        }
        slot.lock.lock()
        defer { slot.lock.unlock() }
        if let router = slot.router { return router }
        let router = Router(map: try Fixtures.gongli(), profile: key.profile, season: key.season)
        slot.router = router
        return router
    }
}
