public import PatrolData
public import PatrolGeo

/// One piece of a route travelled in one mode: part of a road link, or the walk between a road and a door.
public struct RouteLeg: Sendable, Hashable {
    /// What the piece runs along.
    public enum Kind: Sendable, Hashable {
        /// Across country between a door and the road.
        case offRoad
        /// Along network link `link`, against its geometry when `backward`.
        case road(link: Int, backward: Bool)
    }

    /// Road or off-road.
    public var kind: Kind
    /// How it is travelled.
    public var mode: TravelMode
    /// Vertices in travel order, in the working CRS.
    public var geometry: [Point]
    /// Length in metres.
    public var distance: Double
    /// Travel time in milliseconds.
    public var milliseconds: Int64
    /// The network node the piece ends at, when it ends at one.
    public var endNode: Int?
}

/// A fastest route between two places.
public struct Route: Sendable, Hashable {
    /// The travel profile used.
    public var profile: TravelProfile
    /// The season used.
    public var season: Season
    /// Pieces in travel order.
    public var legs: [RouteLeg]
    /// Notes for the user (a place whose nearest road is an isolated piece of network, say).
    public var notes: [Localized]

    /// Total travel time in milliseconds.
    public var milliseconds: Int64 { legs.reduce(0) { $0 + $1.milliseconds } }
    /// Total travel time in seconds.
    public var duration: Double { Double(milliseconds) / 1000 }
    /// Total length in metres.
    public var distance: Double { legs.reduce(0) { $0 + $1.distance } }
    /// Length walked (on foot along roads and across country), in metres.
    public var walkDistance: Double { legs.filter { $0.mode == .foot }.reduce(0) { $0 + $1.distance } }
    /// Time, length and walked length together.
    public var cost: PathCost { PathCost(milliseconds: milliseconds, metres: distance, walkedMetres: walkDistance) }
    /// Length of the walk at the end, from the last vehicle stop (or the road) to the door.
    public var finalWalkDistance: Double {
        var total = 0.0
        for leg in legs.reversed() {
            guard leg.mode == .foot else { break }
            total += leg.distance
        }
        return total
    }

    /// The whole line in travel order, without repeated vertices.
    public var geometry: [Point] {
        var points: [Point] = []
        for leg in legs {
            for p in leg.geometry where points.last != p { points.append(p) }
        }
        return points
    }
}
