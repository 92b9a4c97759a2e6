package import PatrolGeo

// The compiled-map encoding of geometry: each type's writer and reader side by side.

extension BinaryWriter {
    /// Appends one point as two `Double`s.
    package mutating func point(_ p: Point) {
        double(p.x)
        double(p.y)
    }

    /// Appends points as one block of interleaved x, y values.
    package mutating func points(_ values: [Point]) {
        count(values.count)
        for p in values { point(p) }
    }

    /// Appends a multipolygon: its parts, each an exterior and holes.
    package mutating func multiPolygon(_ value: MultiPolygon) {
        array(value.polygons) { writer, polygon in
            writer.points(polygon.exterior)
            writer.array(polygon.holes) { $0.points($1) }
        }
    }
}

extension BinaryReader {
    /// Reads one point.
    package mutating func point() throws(CompiledMapDamage) -> Point {
        Point(x: try double(), y: try double())
    }

    /// Reads a block of points.
    package mutating func points() throws(CompiledMapDamage) -> [Point] {
        let n = try count(minimumSize: 16)
        var values: [Point] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try point()) }
        return values
    }

    /// Reads a multipolygon, checking each ring again as ``Polygon`` does.
    package mutating func multiPolygon() throws(CompiledMapDamage) -> MultiPolygon {
        let polygons = try array { r throws(CompiledMapDamage) -> Polygon in
            let exterior = try r.points()
            let holes = try r.array { r throws(CompiledMapDamage) in try r.points() }
            do {
                return try Polygon(exterior: exterior, holes: holes)
            } catch {
                throw CompiledMapDamage("a polygon that does not close: \(error)")
            }
        }
        return MultiPolygon(polygons)
    }
}
