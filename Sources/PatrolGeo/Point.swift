/// A point in a projected plane: the map's working CRS, in metres (`x` east, `y` north).
public struct Point: Sendable, Hashable, Codable {
    /// Easting in metres.
    public var x: Double
    /// Northing in metres.
    public var y: Double

    /// Creates a point from its easting and northing.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// Planar distance to another point, in the units of the plane.
    public func distance(to other: Point) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }

    /// Squared planar distance; cheaper than ``distance(to:)`` for comparisons.
    public func squaredDistance(to other: Point) -> Double {
        (x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)
    }

    /// True when both coordinates are finite numbers.
    public var isFinite: Bool { x.isFinite && y.isFinite }

    /// Component-wise sum.
    public static func + (a: Point, b: Point) -> Point { Point(x: a.x + b.x, y: a.y + b.y) }
    /// Component-wise difference.
    public static func - (a: Point, b: Point) -> Point { Point(x: a.x - b.x, y: a.y - b.y) }
    /// Scaling by a factor.
    public static func * (a: Point, k: Double) -> Point { Point(x: a.x * k, y: a.y * k) }
}

/// A geographic position, always longitude first, in degrees.
///
/// PatrolMap's API never uses latitude-first order, whatever the CRS authority says.
public struct LonLat: Sendable, Hashable, Codable {
    /// Longitude in degrees, east positive.
    public var lon: Double
    /// Latitude in degrees, north positive.
    public var lat: Double

    /// Creates a position from longitude and latitude in degrees.
    public init(lon: Double, lat: Double) {
        self.lon = lon
        self.lat = lat
    }

    /// True when the values are finite and inside [-180, 180] × [-90, 90].
    public var isValid: Bool {
        lon.isFinite && lat.isFinite && abs(lon) <= 180 && abs(lat) <= 90
    }
}
