import Foundation

/// Parses one file of a package on its own, for `validate` when the map as a whole cannot be
/// built (broken manifest or jurisdiction): its syntax problems are still worth listing.
enum SyntaxCheck {
    /// The problems found in the file at `path`, named `name` in messages.
    static func issues(of name: String, at path: String, geographic: Bool) -> [InputIssue] {
        do {
            let lower = name.lowercased()
            if lower.hasSuffix(".geojson") || lower.hasSuffix(".json") {
                return try GeoJSONStream.read(path: path, file: name, geographic: geographic) { _ in }.issues
            }
            if lower.hasSuffix(".asc") {
                var issues: [InputIssue] = []
                _ = try ASCIIGrid.read(FileIO.readBytes(path, name: name), file: name, issues: &issues)
                return issues
            }
            return try HouseholdLayer.syntaxIssues(path: path, file: name)
        } catch {
            return [error]
        }
    }
}
