import PatrolGeo

/// What every layer reader needs while a package loads: the transforms and the issue list.
///
/// Not `Sendable`: it owns PROJ transforms and lives only during one load.
final class LayerContext {
    let inputCRS: CoordinateReferenceSystem
    let workingCRS: CoordinateReferenceSystem
    let geographic: Bool
    let toWorking: CoordinateTransform
    let toWGS84: CoordinateTransform
    var issues: [InputIssue] = []

    init(inputCRS: CoordinateReferenceSystem, workingCRS: CoordinateReferenceSystem, geographic: Bool) throws(ProjectionError) {
        self.inputCRS = inputCRS
        self.workingCRS = workingCRS
        self.geographic = geographic
        toWorking = try CoordinateTransform(from: inputCRS, to: workingCRS)
        toWGS84 = try CoordinateTransform(from: inputCRS, to: .wgs84)
    }

    /// Geodesic area in m² of rings given in the input CRS (exterior first).
    func geodesicArea(rings: [[Point]]) -> Double {
        let lonLat = rings.map { ring in toWGS84.forward(ring).map { LonLat(lon: $0.x, lat: $0.y) } }
        guard let exterior = lonLat.first else { return 0 }
        return Geodesic.wgs84.area(exterior: exterior, holes: Array(lonLat.dropFirst()))
    }

    func report(_ issue: InputIssue) {
        issues.append(issue)
    }
}
