public import PatrolData

/// How an officer moves along one stretch of road.
public enum TravelMode: String, Sendable, Hashable, CaseIterable, Codable {
    /// A patrol car.
    case car
    /// A police motorcycle: fits narrow lanes and some paths.
    case motorcycle
    /// On foot.
    case foot

    /// The mode's name in `language`.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.car, .zh): "驾车"
        case (.motorcycle, .zh): "骑摩托车"
        case (.foot, .zh): "步行"
        case (.car, .en): "drive"
        case (.motorcycle, .en): "ride"
        case (.foot, .en): "walk"
        }
    }
}

/// What the user asks for with `--profile`: one mode, or drive-then-walk.
public enum TravelProfile: String, Sendable, Hashable, CaseIterable, Codable {
    /// Car only.
    case car
    /// Motorcycle only.
    case motorcycle
    /// On foot only.
    case foot
    /// Drive as far as a car usefully goes, then walk the rest (never back to the car).
    case carFoot = "car+foot"

    /// The modes of the layered graph, in layer order: one layer per mode.
    public var layers: [TravelMode] {
        switch self {
        case .car: [.car]
        case .motorcycle: [.motorcycle]
        case .foot: [.foot]
        case .carFoot: [.car, .foot]
        }
    }
}

/// The season: in the wet season fords and other `seasonal=wet_impassable` roads close
/// and unpaved surfaces are slower.
public enum Season: String, Sendable, Hashable, CaseIterable, Codable {
    /// Dry season (default).
    case dry
    /// Rainy season.
    case wet
}
