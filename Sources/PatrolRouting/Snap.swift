public import PatrolGeo

/// Where a place meets the road network for one layer of a routing graph: the nearest
/// point on a link that layer's mode may use, and the walk between it and the door.
public struct Snap: Sendable, Hashable {
    /// Layer of the routing graph (which travel mode).
    public var layer: Int
    /// The network link snapped to.
    public var link: Int
    /// Distance along the link's geometry to ``roadPoint``.
    public var offset: Double
    /// The point on the road.
    public var roadPoint: Point
    /// The place itself (door, post, coordinates).
    public var place: Point
    /// Milliseconds to walk between ``place`` and ``roadPoint`` across country.
    public var doorMilliseconds: Int64
    /// True when this is not the nearest road but the nearest road of the largest connected
    /// network, offered because the nearest road is an isolated piece of network.
    public var viaMainNetwork: Bool = false

    /// Straight-line length of the walk between the door and the road, in metres.
    public var doorDistance: Double { place.distance(to: roadPoint) }
    /// Metres a route walks between the door and the road: ``doorDistance``, or 0 for a place
    /// on the road (nearer than ``Router/onRoadDistance``), whose route has no door leg.
    public var doorWalk: Double { doorDistance >= Router.onRoadDistance ? doorDistance : 0 }
}
