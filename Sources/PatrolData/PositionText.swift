import PatrolGeo

extension LayerContext {
    /// A position in the input CRS as a user would type it: longitude/latitude to 7 decimals
    /// (about a centimetre), metres to 2.
    func text(_ p: Point) -> String {
        let scale = geographic ? 1e7 : 1e2
        return "(\(JSONWriter.format((p.x * scale).rounded() / scale)), \(JSONWriter.format((p.y * scale).rounded() / scale)))"
    }

    /// A working-CRS position written in the input CRS, as ``text(_:)``.
    func workingText(_ p: Point) -> String {
        text(toWorking.inverse([p])[0])
    }
}
