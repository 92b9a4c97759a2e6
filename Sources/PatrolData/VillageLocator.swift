import PatrolGeo

/// Finds the village a point lies in through a grid of the villages' bounding boxes, so a
/// ledger of millions of households is not checked against every village in turn.
///
/// Gives the same answer as ``PatrolMap/village(containing:)``: the first village, in file
/// order, whose polygon contains the point.
struct VillageLocator {
    private let villages: [Village]
    private let bounds: BoundingBox
    private let columns: Int
    private let cellWidth: Double
    private let cellHeight: Double
    /// Per cell, the indices (ascending) of the villages whose bounding box meets it.
    private let cells: [[Int32]]

    /// Indexes `villages` on a grid of about one cell per village.
    /// - Complexity: O(V log V + C) for V villages covering C ≤ 16 V cells in all.
    init(_ villages: [Village]) {
        self.villages = villages
        var box = villages.compactMap(\.boundary.bounds).first ?? BoundingBox(minX: 0, minY: 0, maxX: 1, maxY: 1)
        for village in villages { if let b = village.boundary.bounds { box.include(b) } }
        bounds = box
        // About one cell per village, fewer when the boxes overlap so much that the cells
        // would hold more than 16 entries per village (a hostile file cannot make it quadratic).
        var side = max(1, Int(Double(villages.count).squareRoot().rounded(.up)))
        let boxes = villages.compactMap(\.boundary.bounds)
        while side > 1 {
            let (w, h) = (max(box.width, 1e-9) / Double(side), max(box.maxY - box.minY, 1e-9) / Double(side))
            let entries = boxes.reduce(0) { total, b in
                let (c0, r0) = Self.cell(b.minX, b.minY, box, w, h, side)
                let (c1, r1) = Self.cell(b.maxX, b.maxY, box, w, h, side)
                return total + (c1 - c0 + 1) * (r1 - r0 + 1)
            }
            if entries <= 16 * boxes.count { break }
            side /= 2
        }
        columns = side
        cellWidth = max(box.width, 1e-9) / Double(side)
        cellHeight = max(box.maxY - box.minY, 1e-9) / Double(side)
        var cells = [[Int32]](repeating: [], count: side * side)
        for (v, village) in villages.enumerated() {
            guard let b = village.boundary.bounds else { continue }
            let (c0, r0) = Self.cell(b.minX, b.minY, box, cellWidth, cellHeight, side)
            let (c1, r1) = Self.cell(b.maxX, b.maxY, box, cellWidth, cellHeight, side)
            for r in r0...r1 {
                for c in c0...c1 { cells[r * side + c].append(Int32(v)) }
            }
        }
        self.cells = cells
    }

    private static func cell(_ x: Double, _ y: Double, _ box: BoundingBox, _ w: Double, _ h: Double, _ side: Int) -> (Int, Int) {
        let c = Int(((x - box.minX) / w).rounded(.down))
        let r = Int(((y - box.minY) / h).rounded(.down))
        return (min(max(c, 0), side - 1), min(max(r, 0), side - 1))
    }

    /// The first village (in file order) whose polygon contains `p`, or nil.
    /// - Complexity: O(k) polygon tests for the k villages whose boxes meet `p`'s cell.
    func village(containing p: Point) -> Village? {
        guard p.isFinite, bounds.contains(p) else { return nil }
        let (c, r) = Self.cell(p.x, p.y, bounds, cellWidth, cellHeight, columns)
        for v in cells[r * columns + c] where villages[Int(v)].boundary.contains(p) {
            return villages[Int(v)]
        }
        return nil
    }
}
