/// ISO 216 paper sizes for printed maps.
public enum PaperSize: String, Sendable, Hashable, CaseIterable {
    /// 210 × 297 mm: route cards, handouts.
    case a4 = "A4"
    /// 297 × 420 mm.
    case a3 = "A3"
    /// 420 × 594 mm.
    case a2 = "A2"
    /// 594 × 841 mm: a village wall map.
    case a1 = "A1"
    /// 841 × 1189 mm: the station's wall map.
    case a0 = "A0"

    /// Short and long side in millimetres.
    public var sides: (short: Double, long: Double) {
        switch self {
        case .a4: (210, 297)
        case .a3: (297, 420)
        case .a2: (420, 594)
        case .a1: (594, 841)
        case .a0: (841, 1189)
        }
    }

    /// Width and height in millimetres for an orientation.
    public func size(_ orientation: Orientation) -> (width: Double, height: Double) {
        orientation == .portrait ? (sides.short, sides.long) : (sides.long, sides.short)
    }

    /// How much larger furniture text is than on A4, so a wall map read from a metre
    /// away is as legible as an A4 sheet in the hand.
    var typeScale: Double {
        switch self {
        case .a4: 1.0
        case .a3: 1.15
        case .a2: 1.35
        case .a1: 1.6
        case .a0: 1.9
        }
    }
}

/// Which way up the paper is.
public enum Orientation: String, Sendable, Hashable, CaseIterable {
    /// Long side vertical.
    case portrait
    /// Long side horizontal.
    case landscape
}
