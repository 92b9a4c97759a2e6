public import PatrolGeo

/// Something a user can name as a start or destination.
public enum Place: Sendable, Hashable {
    /// A household from the ledger.
    case household(Household)
    /// A police station, police room or registration room.
    case post(Post)
    /// A named landmark.
    case landmark(Landmark)
    /// A bare position given as `lon,lat` or `@x,y`, already in the working CRS.
    case coordinate(Point, label: String)

    /// Position in the working CRS.
    public var location: Point {
        switch self {
        case .household(let h): h.location
        case .post(let p): p.location
        case .landmark(let l): l.location
        case .coordinate(let p, _): p
        }
    }

    /// A short public name: the house label for households (never the head's name),
    /// the name for posts and landmarks, the coordinates as typed otherwise.
    public var publicName: String {
        switch self {
        case .household(let h): h.houseLabel
        case .post(let p): p.name
        case .landmark(let l): l.name
        case .coordinate(_, let label): label
        }
    }

    /// What kind of place this is, in `language`.
    public func kindName(_ language: Language) -> String {
        switch self {
        case .household: language == .zh ? "住户" : "household"
        case .post(let p): p.kind.name(language)
        case .landmark: language == .zh ? "地标" : "landmark"
        case .coordinate: language == .zh ? "坐标" : "coordinates"
        }
    }
}

/// Why a place name did not resolve to exactly one place.
public enum PlaceError: Error, Sendable, Hashable {
    /// Nothing matched the query.
    case notFound(query: String)
    /// Several places matched (all of them, best first); the user must pick one.
    case ambiguous(query: String, candidates: [Place])
    /// Coordinates were given but are unusable (out of range or not transformable).
    case invalidCoordinates(query: String, reason: Localized)
}
