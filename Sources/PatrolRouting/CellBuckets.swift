import PatrolGeo

/// The cells of a uniform grid with what lies in each (``GridCells`` finds them), as compressed rows: the entries of
/// cell `c` are `entries[start[c] ..< start[c + 1]]`, in the order they were met.
///
/// Built in two passes over the entries, counting then filling, rather than with an array per
/// cell: a province-sized grid has millions of cells, and growing each one's own array cost
/// more than all the rest of the index.
struct CellBuckets<Entry> {
    /// Where each cell's entries start; one more than there are cells.
    let start: [Int32]
    /// Every cell's entries, cell after cell.
    let entries: [Entry]

    /// Buckets of `cellCount` cells; `forEachEntry` calls its argument with each entry and the
    /// cell it lies in, and must give the same pairs in the same order both times it is called.
    init(cellCount: Int, filler: Entry, forEachEntry: ((_ cell: Int, _ entry: Entry) -> Void) -> Void) {
        var start = [Int32](repeating: 0, count: cellCount + 1)
        forEachEntry { cell, _ in start[cell + 1] += 1 }
        for i in 0..<cellCount { start[i + 1] += start[i] }
        var next = start
        var entries = [Entry](repeating: filler, count: Int(start[cellCount]))
        forEachEntry { cell, entry in
            entries[Int(next[cell])] = entry
            next[cell] += 1
        }
        self.start = start
        self.entries = entries
    }
}

/// Cell arithmetic of a uniform grid, shared by the indexes built on ``CellBuckets``.
enum GridCells {
    /// The cell holding coordinate `offset` (from the grid's origin) along a side of `count` cells
    /// of `size`, clamped onto the grid; the clamping happens before the conversion to `Int`, so
    /// any finite offset is safe.
    static func index(_ offset: Double, _ size: Double, _ count: Int) -> Int {
        Int(Swift.min(Swift.max((offset / size).rounded(.down), 0), Double(count - 1)))
    }

    /// The columns and rows of the cells the bounding box of segment ab touches, clamped onto the grid.
    static func span(
        _ a: Point, _ b: Point, origin: Point, size: Double, columns: Int, rows: Int
    ) -> (columns: ClosedRange<Int>, rows: ClosedRange<Int>) {
        (
            index(Swift.min(a.x, b.x) - origin.x, size, columns)...index(Swift.max(a.x, b.x) - origin.x, size, columns),
            index(Swift.min(a.y, b.y) - origin.y, size, rows)...index(Swift.max(a.y, b.y) - origin.y, size, rows)
        )
    }
}
