extension Polygon {
    /// The holes of `rings` (numbered from 1; ring 0 is the exterior) that lie outside the
    /// exterior ring: a vertex of theirs is neither inside it nor on it.
    ///
    /// Meant for rings without crossings (see ``crossings(in:limit:)``): then a hole is
    /// wholly inside or wholly outside, and one vertex decides.
    /// - Complexity: O(n · h) for n exterior vertices and h hole vertices.
    public static func holesOutsideExterior(_ rings: [[Point]]) -> [Int] {
        guard let exterior = rings.first, exterior.count >= 4 else { return [] }
        return rings.indices.dropFirst().filter { k in
            rings[k].contains { !ring(exterior, contains: $0) }
        }
    }
}
