import Foundation
import PatrolGeo

/// How a class of labels looks: size, colour, weight, halo.
struct LabelStyle: Hashable {
    /// Class name used for the SVG group, for example `label-post`.
    var id: String
    /// Font size in mm.
    var size: Double
    /// Text colour.
    var fill: String
    /// `bold` or `normal`.
    var weight: String = "normal"
    /// Width of the white halo in mm.
    var halo: Double
    /// Extra space between characters, in em.
    var letterSpacing: Double = 0
    /// Drawing order among label classes (higher on top).
    var layer: Int
    /// Free space kept around the text beyond its halo (mm), so big names never run together.
    var clearance: Double = 0
}

/// Where a label may sit relative to its anchor, in the order a cartographer prefers.
enum LabelPosition: CaseIterable {
    case right, aboveRight, belowRight, left, aboveLeft, belowLeft, above, below, center
}

/// A label to place: text, where it refers to, how important it is.
struct LabelRequest {
    /// Lines of text, top to bottom.
    var lines: [String]
    /// Style class.
    var style: LabelStyle
    /// The point (page mm) the label names.
    var anchor: Point
    /// Space between the anchor and the text (the symbol's radius).
    var gap: Double
    /// Candidate positions, best first.
    var positions: [LabelPosition]
    /// Higher priorities are placed first and so win conflicts.
    var priority: Int
    /// Rotation in degrees (labels along roads and contours); rotated labels use `center` only.
    var rotation: Double = 0
    /// How the label treats house symbols.
    var houses = HousePolicy.ignore
    /// When no position next to the anchor is free, try this many rings further out
    /// (each one gap wider) and join the label to its symbol with a leader line.
    var leaderRings = 0
}

/// Whether a label may cover house symbols and sealed roads.
enum HousePolicy {
    /// Houses and roads do not matter (road names).
    case ignore
    /// Try every position clear of houses and roads first, then any position (village and group names).
    case prefer
    /// Never cover a house; keep off roads where possible (contour values, row-end house numbers).
    case avoid
    /// Never cover a house or a sealed road (numbers beside houses: on a lane between two
    /// rows a number could belong to either).
    case clear
    /// Keep off every road, track and path, then off houses and sealed roads, where possible
    /// (names of areas: villages, groups).
    case area

    /// The passes a request makes over its positions: whether houses, sealed roads and the
    /// whole road network must stay clear.
    var passes: [(houses: Bool, roads: Bool, network: Bool)] {
        switch self {
        case .ignore: [(false, false, false)]
        case .prefer: [(true, true, false), (false, false, false)]
        case .avoid: [(true, true, false), (true, false, false)]
        case .clear: [(true, true, false)]
        case .area: [(true, true, true), (false, true, true), (true, true, false), (false, false, false)]
        }
    }
}

/// A label that found room.
struct PlacedLabel {
    var request: LabelRequest
    /// Baseline start of the first line (for the text anchor in ``textAnchor``).
    var origin: Point
    /// `start`, `middle` or `end`.
    var textAnchor: String
    /// A thin line from the symbol's edge to a label set further out, or `nil`.
    var leader: (from: Point, to: Point)?
}

/// Greedy label placement with collision boxes.
///
/// Requests are taken by priority (then in the order given) and each tries its candidate
/// positions until one fits inside the frame without touching a placed label or an
/// obstacle (post and landmark symbols, and house symbols for labels that avoid them).
/// Boxes are kept in a uniform grid, so a test costs O(boxes in the cells it touches).
/// Labels that may have a leader line try rings further out only when every position
/// next to their symbol is taken.
/// - Complexity: O(n log n + n × r × p × k) for n labels, r rings, p positions, k boxes per cell.
struct LabelPlacer {
    private let frame: PageRect
    private var hard = BoxIndex()
    private var houses = BoxIndex()
    private var roads = BoxIndex()
    private var network = BoxIndex()

    init(frame: PageRect) {
        self.frame = frame
        hard = BoxIndex(area: frame)
        houses = BoxIndex(area: frame)
        roads = BoxIndex(area: frame)
        network = BoxIndex(area: frame)
    }

    /// A symbol no label may cover.
    mutating func addObstacle(_ box: PageRect) { hard.insert(box) }

    /// A house symbol: house numbers never cover it, village and group names only when they must.
    mutating func addHouse(_ box: PageRect) { houses.insert(box) }

    /// A stretch of sealed road: labels keep off it when they can.
    mutating func addRoad(_ box: PageRect) { roads.insert(box) }

    /// A stretch of any road, track or path: names of areas keep off it when they can.
    mutating func addNetwork(_ box: PageRect) { network.insert(box) }

    /// Places the requests; the result is in placement order.
    mutating func place(_ requests: [LabelRequest]) -> [PlacedLabel] {
        let order = requests.indices.sorted { a, b in
            requests[a].priority != requests[b].priority ? requests[a].priority > requests[b].priority : a < b
        }
        var placed: [PlacedLabel] = []
        for index in order {
            let request = requests[index]
            let positions = request.rotation == 0 ? request.positions : [.center]
            search: for ring in 0...request.leaderRings {
                var trial = request
                trial.gap = request.gap + Double(ring) * ringStep(request)
                for pass in request.houses.passes {
                    for position in positions {
                        let (boxes, origin, anchor) = Self.layout(trial, position)
                        guard boxes.allSatisfy({ frame.contains($0) }) else { continue }
                        guard !boxes.contains(where: { hard.intersects($0) }) else { continue }
                        if pass.houses, boxes.contains(where: { houses.intersects($0) }) { continue }
                        if pass.roads, boxes.contains(where: { roads.intersects($0) }) { continue }
                        if pass.network, boxes.contains(where: { network.intersects($0) }) { continue }
                        for box in boxes { hard.insert(box) }
                        let leader = ring == 0 ? nil : Self.leader(from: request.anchor, radius: request.gap, to: boxes[0])
                        placed.append(PlacedLabel(request: request, origin: origin, textAnchor: anchor, leader: leader))
                        break search
                    }
                }
            }
        }
        return placed
    }

    /// How much further out each leader ring lies: about two lines of the label's text.
    private func ringStep(_ request: LabelRequest) -> Double { request.style.size * 2.2 }

    /// A leader from the symbol's rim towards the nearest point of the label's box.
    private static func leader(from anchor: Point, radius: Double, to box: PageRect) -> (from: Point, to: Point)? {
        let target = Point(x: Swift.min(Swift.max(anchor.x, box.x), box.maxX), y: Swift.min(Swift.max(anchor.y, box.y), box.maxY))
        let dx = target.x - anchor.x
        let dy = target.y - anchor.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > radius else { return nil }
        return (Point(x: anchor.x + dx / length * radius, y: anchor.y + dy / length * radius), target)
    }

    /// Line pitch as a multiple of the font size.
    static let lineHeight = 1.2

    /// The collision boxes, first baseline and text anchor of a request at a position.
    static func layout(_ request: LabelRequest, _ position: LabelPosition) -> ([PageRect], Point, String) {
        let size = request.style.size
        let spacing = request.style.letterSpacing * size
        let widths = request.lines.map { TextMetrics.width($0, size: size) + spacing * Double(Swift.max(0, $0.count - 1)) }
        let width = widths.max() ?? 0
        let height = size * (lineHeight * Double(request.lines.count - 1) + 1.02)
        let pad = request.style.halo * 0.6 + request.style.clearance
        let g = request.gap
        let a = request.anchor
        if let glyphs = UprightGlyphs.centers(request) {
            let boxes = glyphs.map { glyph in
                let width = TextMetrics.width(glyph.text, size: size)
                return PageRect(
                    x: glyph.center.x - width / 2 - pad, y: glyph.center.y - size * 0.51 - pad, width: width + 2 * pad, height: size * 1.02 + 2 * pad)
            }
            return (boxes, request.anchor, "middle")
        }
        if request.rotation != 0 {
            return rotatedLayout(request, width: width, height: height, pad: pad)
        }
        // Top-left corner of the text block.
        let corner: Point
        let anchor: String
        let diagonal = g * 0.72
        switch position {
        case .right: (corner, anchor) = (Point(x: a.x + g, y: a.y - height / 2), "start")
        case .left: (corner, anchor) = (Point(x: a.x - g - width, y: a.y - height / 2), "end")
        case .above: (corner, anchor) = (Point(x: a.x - width / 2, y: a.y - g - height), "middle")
        case .below: (corner, anchor) = (Point(x: a.x - width / 2, y: a.y + g), "middle")
        case .aboveRight: (corner, anchor) = (Point(x: a.x + diagonal, y: a.y - diagonal - height), "start")
        case .belowRight: (corner, anchor) = (Point(x: a.x + diagonal, y: a.y + diagonal), "start")
        case .aboveLeft: (corner, anchor) = (Point(x: a.x - diagonal - width, y: a.y - diagonal - height), "end")
        case .belowLeft: (corner, anchor) = (Point(x: a.x - diagonal - width, y: a.y + diagonal), "end")
        case .center: (corner, anchor) = (Point(x: a.x - width / 2, y: a.y - height / 2), "middle")
        }
        let box = PageRect(x: corner.x - pad, y: corner.y - pad, width: width + 2 * pad, height: height + 2 * pad)
        let x = anchor == "start" ? corner.x : anchor == "end" ? corner.x + width : corner.x + width / 2
        return ([box], Point(x: x, y: corner.y + 0.86 * size), anchor)
    }

    /// A rotated single-line label centred on its anchor, covered by a chain of small boxes.
    private static func rotatedLayout(_ request: LabelRequest, width: Double, height: Double, pad: Double) -> ([PageRect], Point, String) {
        let angle = request.rotation * .pi / 180
        let ux = cos(angle)
        let uy = sin(angle)
        let pieces = Swift.max(1, Int((width / height).rounded(.up)))
        var boxes: [PageRect] = []
        let side = height + 2 * pad
        for i in 0..<pieces {
            let t = (Double(i) + 0.5) / Double(pieces) - 0.5
            let c = Point(x: request.anchor.x + ux * t * width, y: request.anchor.y + uy * t * width)
            boxes.append(PageRect(center: c, side: side))
        }
        let size = request.style.size
        // Baseline sits 0.36 em below the centre line, along the rotated normal.
        let origin = Point(x: request.anchor.x - uy * 0.36 * size, y: request.anchor.y + ux * 0.36 * size)
        return (boxes, origin, "middle")
    }
}

/// Boxes in a uniform grid of cells, for fast overlap tests.
struct BoxIndex {
    private var area = PageRect(x: 0, y: 0, width: 1, height: 1)
    private var cellSize = 6.0
    private var columns = 1
    private var rows = 1
    private var cells: [[Int]] = [[]]
    private var boxes: [PageRect] = []

    init() {}

    init(area: PageRect, cellSize: Double = 6) {
        self.area = area
        self.cellSize = cellSize
        columns = Swift.max(1, Int((area.width / cellSize).rounded(.up)))
        rows = Swift.max(1, Int((area.height / cellSize).rounded(.up)))
        cells = Array(repeating: [], count: columns * rows)
    }

    private func cellRange(_ box: PageRect) -> (ClosedRange<Int>, ClosedRange<Int>)? {
        let c0 = Swift.max(0, Int(((box.x - area.x) / cellSize).rounded(.down)))
        let c1 = Swift.min(columns - 1, Int(((box.maxX - area.x) / cellSize).rounded(.down)))
        let r0 = Swift.max(0, Int(((box.y - area.y) / cellSize).rounded(.down)))
        let r1 = Swift.min(rows - 1, Int(((box.maxY - area.y) / cellSize).rounded(.down)))
        guard c0 <= c1, r0 <= r1 else { return nil }
        return (c0...c1, r0...r1)
    }

    mutating func insert(_ box: PageRect) {
        guard let (cs, rs) = cellRange(box) else { return }
        boxes.append(box)
        for r in rs {
            for c in cs { cells[r * columns + c].append(boxes.count - 1) }
        }
    }

    func intersects(_ box: PageRect) -> Bool {
        guard let (cs, rs) = cellRange(box) else { return false }
        for r in rs {
            for c in cs where cells[r * columns + c].contains(where: { boxes[$0].intersects(box) }) {
                return true
            }
        }
        return false
    }
}
