import Foundation
import PatrolGeo

extension MapLoader {
    /// Reads a posts file (same format as `posts.geojson`) in the map's CRS: a scenario's posts.
    ///
    /// Throws when the file is unreadable or not GeoJSON; skipped features come back as issues.
    public static func readPosts(_ path: String, for map: PatrolMap) throws(InputIssue) -> (posts: [Post], issues: [InputIssue]) {
        let context = try extraLayerContext(map, path: path)
        let read = try GeoJSONReader.read(FileIO.readBytes(path), file: path, geographic: map.inputIsGeographic)
        context.issues = read.issues
        let posts = PointLayerReader.posts(read, file: path, context: context, check: LocationCheck(jurisdiction: map.jurisdiction))
        return (posts, context.issues)
    }

    /// Reads named points (candidate sites, say) in the map's CRS; a point without a name is
    /// named after its feature index.
    public static func readPoints(_ path: String, for map: PatrolMap) throws(InputIssue) -> (points: [Landmark], issues: [InputIssue]) {
        let context = try extraLayerContext(map, path: path)
        let read = try GeoJSONReader.read(FileIO.readBytes(path), file: path, geographic: map.inputIsGeographic)
        context.issues = read.issues
        let named = read.features.map { feature -> GeoJSONFeature in
            var copy = feature
            if (feature.text("name") ?? "").isEmpty { copy.properties.append(("name", .string("#\(feature.index)"))) }
            return copy
        }
        let points = PointLayerReader.landmarks(named, file: path, context: context, check: LocationCheck(jurisdiction: map.jurisdiction))
        return (points, context.issues)
    }

    private static func extraLayerContext(_ map: PatrolMap, path: String) throws(InputIssue) -> LayerContext {
        do {
            return try LayerContext(inputCRS: map.inputCRS, workingCRS: map.workingCRS, geographic: map.inputIsGeographic)
        } catch {
            throw InputIssue(.error, file: path, message: Localized(en: error.description, zh: error.description))
        }
    }
}
