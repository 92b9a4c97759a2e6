public import PatrolGeo

/// What kind of police post a point is.
public enum PostKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// The township police station (派出所).
    case station
    /// A police room (警务室) in a village.
    case policeRoom = "police_room"
    /// A household-registration room (便民户籍室).
    case registrationRoom = "registration_room"

    /// The name of the kind in `language`.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.station, .zh): "派出所"
        case (.policeRoom, .zh): "警务室"
        case (.registrationRoom, .zh): "便民户籍室"
        case (.station, .en): "police station"
        case (.policeRoom, .en): "police room"
        case (.registrationRoom, .en): "registration room"
        }
    }
}

/// A police station, police room or registration room.
///
/// Its phone number is public: wall maps show it.
public struct Post: Sendable, Hashable {
    /// Display name, such as `宫里派出所`.
    public var name: String
    /// Station, police room or registration room.
    public var kind: PostKind
    /// The post's public phone number.
    public var phone: String
    /// Position in the working CRS.
    public var location: Point
    /// Position as written in the file (input CRS).
    public var sourceCoordinate: Point
    /// The station the post belongs to, as `posts.geojson`'s `station` names it (a station
    /// belongs to itself); `nil` when the file does not say (see ``PatrolMap/station(of:)``).
    public var station: String?

    /// Creates a post.
    public init(name: String, kind: PostKind, phone: String, location: Point, sourceCoordinate: Point, station: String? = nil) {
        self.name = name
        self.kind = kind
        self.phone = phone
        self.location = location
        self.sourceCoordinate = sourceCoordinate
        self.station = station ?? (kind == .station ? name : nil)
    }
}

/// A named point used in directions ("past the primary school").
public struct Landmark: Sendable, Hashable {
    /// Display name.
    public var name: String
    /// Free-form kind, such as `school`, `temple`, `bridge` or `village_committee`.
    public var kind: String
    /// Position in the working CRS.
    public var location: Point
    /// Position as written in the file (input CRS).
    public var sourceCoordinate: Point

    /// Creates a landmark.
    public init(name: String, kind: String, location: Point, sourceCoordinate: Point) {
        self.name = name
        self.kind = kind
        self.location = location
        self.sourceCoordinate = sourceCoordinate
    }
}
