public import PatrolData

/// Why a route could not be found.
public enum RoutingError: Error, Sendable, Hashable {
    /// No road the profile may use lies within reach of the place.
    case offNetwork(place: String, nearest: Double?)
    /// Both places are on the network, but no path joins them for this profile and season.
    case unreachable(from: String, to: String)

    /// A sentence for the user.
    public var message: Localized {
        switch self {
        case .offNetwork(let place, let nearest):
            if let nearest {
                let km = DistanceText.kilometres(nearest)
                return Localized(
                    en: "\(place) is \(km) km from the map's roads (the nearest one usable with this profile) — too far to be on this map's network",
                    zh: "\(place) 距本地图道路(该出行方式可用的最近道路)\(km) 公里,不在本地图路网范围内")
            }
            return Localized(en: "\(place): no usable road for this profile", zh: "\(place):该出行方式没有可用道路")
        case .unreachable(let from, let to):
            return Localized(
                en: "no route from \(from) to \(to) with this profile and season (the roads do not connect)",
                zh: "以当前出行方式和季节,无法从 \(from) 到达 \(to)(道路不连通)")
        }
    }
}
