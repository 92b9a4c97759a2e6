import PatrolData
import PatrolGeo

/// The finest raster a coverage question may ask the console for on a map.
///
/// The CLI takes any `--cell` from 5 m, but on the server one anonymous request with 5 m cells
/// on gongli (8 million cells) kept a core busy for minutes. The console refuses cells that
/// would give more than ``maximumCells`` over the jurisdiction's bounding box, and its served
/// OpenAPI file states the map's own minimum.
enum CellFloor {
    /// The most raster cells a question may cover.
    static let maximumCells = 1_000_000

    /// The accepted cell sizes in whole metres on a jurisdiction of `width` × `height` metres.
    ///
    /// - Complexity: O(1000) at most.
    static func range(width: Double, height: Double) -> ClosedRange<Int> {
        var smallest = 5
        while smallest < 1000, cells(width: width, height: height, size: Double(smallest)) > Double(maximumCells) { smallest += 1 }
        return smallest...1000
    }

    /// The accepted cell sizes on `map`.
    static func range(map: PatrolMap) -> ClosedRange<Int> {
        guard let bounds = map.jurisdiction.boundary.bounds else { return 5...1000 }
        return range(width: bounds.width, height: bounds.height)
    }

    /// The cells of a raster of `size` metres over `width` × `height` (as ``AreaSamples`` lays it).
    static func cells(width: Double, height: Double, size: Double) -> Double {
        max(1, (width / size).rounded(.up)) * max(1, (height / size).rounded(.up))
    }

    /// `document` (the OpenAPI file) with `minimum` of every `cell` parameter's schema set to `minimum`.
    static func documenting(_ minimum: Int, in document: JSONValue) -> JSONValue {
        switch document {
        case .array(let items):
            return .array(items.map { documenting(minimum, in: $0) })
        case .object(let members, let line):
            let isCell = members.contains { $0.0 == "name" && $0.1 == .string("cell") }
            return .object(
                members.map { name, value in
                    guard isCell, name == "schema", case .object(let schema, let schemaLine) = value else { return (name, documenting(minimum, in: value)) }
                    return (name, .object(schema.map { $0.0 == "minimum" ? ($0.0, .number(Double(minimum))) : $0 }, line: schemaLine))
                }, line: line)
        default:
            return document
        }
    }
}
