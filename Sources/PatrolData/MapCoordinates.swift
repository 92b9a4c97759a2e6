public import PatrolGeo
import Synchronization

/// A map's conversions out of its working CRS: to WGS 84 longitude/latitude and to the CRS
/// its files use.
///
/// Built once when the map loads, so every later conversion succeeds: no caller can fall back
/// to printing working-CRS metres where degrees or file coordinates belong. (A compiled map,
/// whose CRSs PROJ accepted when it was compiled, makes each when first used.) The PROJ
/// transforms it owns are not thread-safe; each sits behind its own lock.
public final class MapCoordinates: Sendable {
    private let inputCRS: CoordinateReferenceSystem
    private let workingCRS: CoordinateReferenceSystem
    /// Working CRS ⇄ WGS 84; `nil` until first used when the conversions were deferred.
    private let wgs84: Mutex<CoordinateTransform?>
    /// Working CRS ⇄ the files' CRS; `nil` until first used when the conversions were deferred.
    private let input: Mutex<CoordinateTransform?>
    /// The pipelines a deferred conversion is made from (see ``init(deferredFrom:to:operations:)``).
    private let storedOperations: Operations

    /// Prepares the conversions for files in `inputCRS` and geometry in `workingCRS`,
    /// or throws naming the CRS PROJ refused and why.
    public init(inputCRS: CoordinateReferenceSystem, workingCRS: CoordinateReferenceSystem) throws(ProjectionError) {
        self.inputCRS = inputCRS
        self.workingCRS = workingCRS
        storedOperations = Operations(wgs84: nil, input: nil)
        wgs84 = Mutex(try CoordinateTransform(from: .wgs84, to: workingCRS))
        input = Mutex(try CoordinateTransform(from: inputCRS, to: workingCRS))
    }

    /// The PROJ pipelines PROJ chose for the two conversions (``CoordinateTransform/operation``),
    /// for a compiled map to keep; `nil` for one not made yet, or with no single pipeline.
    public var operations: Operations {
        Operations(
            wgs84: wgs84.withLock { $0?.operation } ?? storedOperations.wgs84,
            input: input.withLock { $0?.operation } ?? storedOperations.input)
    }

    /// The PROJ pipelines of a map's two conversions, WGS 84 → working CRS and files' CRS → working CRS.
    public struct Operations: Sendable, Hashable {
        /// WGS 84 → working CRS.
        public var wgs84: String?
        /// The files' CRS → working CRS.
        public var input: String?

        /// Pipelines as ``MapCoordinates/operations`` gave them.
        public init(wgs84: String?, input: String?) {
            self.wgs84 = wgs84
            self.input = input
        }
    }

    /// Conversions between CRSs PROJ has already accepted (a compiled map's), each made when
    /// first used: from its stored pipeline in `operations` when there is one, else by a PROJ
    /// database search, which costs more than the rest of a short command.
    ///
    /// Should PROJ refuse one after all, its conversions give non-finite coordinates.
    public init(
        deferredFrom inputCRS: CoordinateReferenceSystem, to workingCRS: CoordinateReferenceSystem,
        operations: Operations = Operations(wgs84: nil, input: nil)
    ) {
        self.inputCRS = inputCRS
        self.workingCRS = workingCRS
        storedOperations = operations
        wgs84 = Mutex(nil)
        input = Mutex(nil)
    }

    /// Runs `body` on the transform in `slot`, making it from `source` first when needed (from
    /// `operation`, the stored pipeline, when there is one); non-finite points when PROJ refuses it.
    private func convert(
        _ slot: borrowing Mutex<CoordinateTransform?>, from source: CoordinateReferenceSystem, operation: String?,
        _ points: [Point], _ body: (CoordinateTransform, [Point]) -> [Point]
    ) -> [Point] {
        slot.withLock { transform in
            if transform == nil, let operation {
                transform = try? CoordinateTransform(from: source, to: workingCRS, operation: operation)
            }
            if transform == nil { transform = try? CoordinateTransform(from: source, to: workingCRS) }
            guard let transform else { return points.map { _ in Point(x: .nan, y: .nan) } }
            return body(transform, points)
        }
    }

    /// WGS 84 longitude/latitude in degrees (RFC 7946 order) of working-CRS points.
    ///
    /// A point PROJ cannot transform comes back with non-finite coordinates.
    /// - Complexity: O(n)
    public func lonLat(_ points: [Point]) -> [LonLat] {
        convert(wgs84, from: .wgs84, operation: storedOperations.wgs84, points) { $0.inverse($1) }.map { LonLat(lon: $0.x, lat: $0.y) }
    }

    /// WGS 84 longitude/latitude in degrees of one working-CRS point.
    public func lonLat(_ point: Point) -> LonLat {
        lonLat([point])[0]
    }

    /// The working-CRS point of a WGS 84 longitude/latitude.
    public func working(_ lonLat: LonLat) -> Point {
        convert(wgs84, from: .wgs84, operation: storedOperations.wgs84, [Point(x: lonLat.lon, y: lonLat.lat)]) { $0.forward($1) }[0]
    }

    /// The working-CRS point of a point in the CRS of the map's files (longitude first when
    /// geographic); non-finite when PROJ cannot transform it.
    public func working(fromInput point: Point) -> Point {
        convert(input, from: inputCRS, operation: storedOperations.input, [point]) { $0.forward($1) }[0]
    }

    /// Working-CRS points in the CRS of the map's files (longitude first when geographic).
    /// - Complexity: O(n)
    public func inputCoordinates(_ points: [Point]) -> [Point] {
        convert(input, from: inputCRS, operation: storedOperations.input, points) { $0.inverse($1) }
    }

    /// One working-CRS point in the CRS of the map's files.
    public func inputCoordinate(_ point: Point) -> Point {
        inputCoordinates([point])[0]
    }
}
