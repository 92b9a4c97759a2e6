/// Reads `dem.asc` and decides whether the grid is usable for this map.
enum ElevationLayer {
    /// The grid, or `nil` when it holds no elevation at all or lies beside the jurisdiction
    /// (both reported to `context`).
    static func read(_ bytes: [UInt8], file: String, jurisdiction: Jurisdiction, context: LayerContext) throws(InputIssue) -> ElevationGrid? {
        var issues: [InputIssue] = []
        let grid = try ASCIIGrid.read(bytes, file: file, issues: &issues)
        context.issues += issues
        guard grid.range != nil else { return nil }
        if let bounds = jurisdiction.boundary.bounds, !grid.bounds.intersects(bounds) {
            context.report(
                InputIssue(
                    .error, file: file,
                    message: Localized(
                        en: "the elevation grid does not overlap the jurisdiction (is it in the working CRS \(context.workingCRS)?); ignored",
                        zh: "高程网格与辖区不重叠(是否使用工作坐标系 \(context.workingCRS)?),已忽略")))
            return nil
        }
        return grid
    }
}
