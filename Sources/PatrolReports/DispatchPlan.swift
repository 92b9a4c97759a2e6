public import PatrolData
public import PatrolRouting

/// Every post ranked by ETA to a place (one search), and the route from the fastest.
public struct DispatchPlan: Sendable {
    /// The destination (the caller's place).
    public var destination: Place
    /// Every post of the map, fastest first; unreachable ones last.
    public var ranking: [Dispatcher.Ranking]
    /// The route from the fastest post, with its directions.
    public var route: PlannedRoute

    /// Ranks the map's posts by ETA to `destination` and plans the route from the fastest.
    ///
    /// - Throws: ``ReportFailure`` when the destination is off the network or no post reaches it.
    public init(map: PatrolMap, router: Router, to destination: Place) throws(ReportFailure) {
        try RoutePlanning.requireOnNetwork(destination, router: router, map: map)
        let ranking = Dispatcher(router: router).rank(map.posts.map(\.location), to: destination.location)
        guard let best = ranking.first, best.milliseconds != nil else {
            throw ReportFailure(
                Localized(
                    en: "no post can reach \(Pinyin.name(destination.publicName, in: .en)) with this profile and season",
                    zh: "以当前出行方式和季节,没有警务点能到达\(destination.publicName)"))
        }
        self.destination = destination
        self.ranking = ranking
        self.route = try RoutePlanning.plan(router: router, map: map, from: .post(map.posts[best.index]), to: destination)
    }

    /// The `dispatch --format json` document: the destination, the ranking and the route.
    public func json(map: PatrolMap) -> JSONValue {
        let rows: [JSONValue] = ranking.map { r in
            let post = map.posts[r.index]
            return .object([
                ("post", .string(post.name)), ("post_en", .string(Pinyin.name(post.name, in: .en))), ("kind", .string(post.kind.rawValue)),
                ("phone", .string(post.phone)),
                ("duration_s", r.milliseconds.map { .number(Double($0) / 1000, decimals: 3) } ?? .null),
                ("distance_m", r.distance.map { .number($0, decimals: 1) } ?? .null),
            ])
        }
        return .object([
            ("to", .string(destination.publicName)), ("to_en", .string(Pinyin.name(destination.publicName, in: .en))), ("ranking", .array(rows)),
            ("route", RouteDocument.json(route, map: map)),
        ])
    }
}
