internal import CProj

/// Transforms coordinates between two CRSs, longitude (or easting) first on both sides.
///
/// Built on PROJ (`proj_create_crs_to_crs`, normalised for visualisation so geographic
/// CRSs take longitude first), with GCJ-02 handled by ``GCJ02`` on either side.
/// Not `Sendable`: it owns a PROJ context, which is not thread-safe.
public final class CoordinateTransform {
    /// The CRS of the input coordinates.
    public let source: CoordinateReferenceSystem
    /// The CRS of the output coordinates.
    public let target: CoordinateReferenceSystem

    /// The PROJ pipeline of the one coordinate operation PROJ chose (normalised for
    /// visualisation), which ``init(from:to:operation:)`` turns back into this transform without
    /// searching PROJ's database; `nil` when the CRSs are the same for PROJ, or when PROJ keeps
    /// several candidate operations and picks one per point by its area of use.
    public let operation: String?

    private let context: ProjContext
    private let pipeline: OpaquePointer?

    /// Prepares a transform, or throws naming the CRS PROJ refused and why.
    ///
    /// Choosing the operation searches PROJ's database (proj.db); that search is most of the cost.
    public init(from source: CoordinateReferenceSystem, to target: CoordinateReferenceSystem) throws(ProjectionError) {
        self.source = source
        self.target = target
        context = ProjContext()
        let projSource = source.isGCJ02 ? CoordinateReferenceSystem.wgs84 : source
        let projTarget = target.isGCJ02 ? CoordinateReferenceSystem.wgs84 : target
        if projSource == projTarget {
            pipeline = nil
            operation = nil
            return
        }
        for crs in [projSource, projTarget] {
            let object = try context.createObject(crs.projDefinition, crs: crs.definition)
            let isCRS = proj_is_crs(object) != 0
            proj_destroy(object)
            guard isCRS else {
                throw ProjectionError(crs: crs.definition, reason: "this definition is not a coordinate reference system")
            }
        }
        guard let raw = proj_create_crs_to_crs(context.handle, projSource.projDefinition, projTarget.projDefinition, nil) else {
            throw ProjectionError(
                crs: "\(source.definition) → \(target.definition)",
                reason: "PROJ found no transformation (\(context.takeLog()))")
        }
        defer { proj_destroy(raw) }
        guard let normalized = proj_normalize_for_visualization(context.handle, raw) else {
            throw ProjectionError(crs: source.definition, reason: "cannot normalise axis order (\(context.takeLog()))")
        }
        pipeline = normalized
        // A set of candidate operations has no PROJ string of its own: PROJ returns NULL.
        operation = proj_as_proj_string(context.handle, normalized, PJ_PROJ_5, nil).map { String(cString: $0) }
    }

    /// The transform a CoordinateTransform from `source` to `target` gave as its ``operation``,
    /// made from that PROJ pipeline alone (no database search), so its results are the same.
    ///
    /// - Throws: naming the pipeline when PROJ does not accept it as a coordinate operation.
    public init(from source: CoordinateReferenceSystem, to target: CoordinateReferenceSystem, operation: String) throws(ProjectionError) {
        self.source = source
        self.target = target
        self.operation = operation
        context = ProjContext()
        let object = try context.createObject(operation, crs: "\(source.definition) → \(target.definition)")
        guard proj_is_crs(object) == 0 else {
            proj_destroy(object)
            throw ProjectionError(crs: operation, reason: "this pipeline is a CRS, not a coordinate operation")
        }
        pipeline = object
    }

    deinit {
        if let pipeline { proj_destroy(pipeline) }
    }

    /// Transforms points from ``source`` to ``target``.
    ///
    /// A point PROJ cannot transform comes back with non-finite coordinates; check
    /// `Point.isFinite` to find and report it.
    /// - Complexity: O(n)
    public func forward(_ points: [Point]) -> [Point] {
        var working = points
        if source.isGCJ02 { working = working.map { GCJ02.toWGS84($0) } }
        working = run(working, direction: PJ_FWD)
        if target.isGCJ02 { working = working.map { GCJ02.fromWGS84($0) } }
        return working
    }

    /// Transforms points from ``target`` back to ``source``.
    ///
    /// - Complexity: O(n)
    public func inverse(_ points: [Point]) -> [Point] {
        var working = points
        if target.isGCJ02 { working = working.map { GCJ02.toWGS84($0) } }
        working = run(working, direction: PJ_INV)
        if source.isGCJ02 { working = working.map { GCJ02.fromWGS84($0) } }
        return working
    }

    /// Transforms one point forward, throwing when PROJ cannot.
    public func forward(_ point: Point) throws(ProjectionError) -> Point {
        let result = forward([point])[0]
        guard result.isFinite else {
            throw ProjectionError(crs: source.definition, reason: "cannot transform (\(point.x), \(point.y)) to \(target.definition)")
        }
        return result
    }

    /// Transforms one point back, throwing when PROJ cannot.
    public func inverse(_ point: Point) throws(ProjectionError) -> Point {
        let result = inverse([point])[0]
        guard result.isFinite else {
            throw ProjectionError(crs: target.definition, reason: "cannot transform (\(point.x), \(point.y)) to \(source.definition)")
        }
        return result
    }

    private func run(_ points: [Point], direction: PJ_DIRECTION) -> [Point] {
        guard let pipeline, !points.isEmpty else { return points }
        var xs = points.map(\.x)
        var ys = points.map(\.y)
        let stride = MemoryLayout<Double>.stride
        xs.withUnsafeMutableBufferPointer { xb in
            ys.withUnsafeMutableBufferPointer { yb in
                _ = proj_trans_generic(
                    pipeline, direction,
                    xb.baseAddress, stride, xb.count,
                    yb.baseAddress, stride, yb.count,
                    nil, 0, 0, nil, 0, 0)
            }
        }
        return (0..<points.count).map { i in
            let x = xs[i]
            let y = ys[i]
            // PROJ marks failures with HUGE_VAL.
            if !x.isFinite || !y.isFinite || abs(x) > 1e30 || abs(y) > 1e30 {
                return Point(x: .nan, y: .nan)
            }
            return Point(x: x, y: y)
        }
    }
}

extension CoordinateReferenceSystem {
    /// True when coordinates in this CRS are longitude/latitude in degrees.
    ///
    /// Throws when PROJ does not know the definition.
    public func isGeographic() throws(ProjectionError) -> Bool {
        if isGCJ02 { return true }
        let context = ProjContext()
        let object = try context.createObject(projDefinition, crs: definition)
        defer { proj_destroy(object) }
        guard proj_is_crs(object) != 0 else {
            throw ProjectionError(crs: definition, reason: "this definition is not a coordinate reference system")
        }
        switch proj_get_type(object) {
        case PJ_TYPE_GEOGRAPHIC_2D_CRS, PJ_TYPE_GEOGRAPHIC_3D_CRS, PJ_TYPE_GEOGRAPHIC_CRS:
            return true
        default:
            return false
        }
    }
}
