import Foundation
import HTTPTypes
import Hummingbird
import PatrolData

/// The page (`GET /`, with `console.js` and `console.css` when they exist) and the OpenAPI file,
/// all from the target's `Resources` folder.
extension ConsoleServer {
    /// The files served as they are: URL path, resource name, media type.
    static let staticFiles = [
        ("/", "console.html", "text/html; charset=utf-8"),
        ("/console.js", "console.js", "text/javascript; charset=utf-8"),
        ("/console.css", "console.css", "text/css; charset=utf-8"),
        ("/api/openapi.json", "openapi.json", "application/json; charset=utf-8"),
    ]

    func addStaticRoutes(to router: Hummingbird.Router<ConsoleContext>) {
        for (path, name, type) in Self.staticFiles {
            guard let file = Self.resource(name) else { continue }
            let text = name == "openapi.json" ? documentedOpenAPI(file) : file
            router.get(RouterPath(path)) { _, _ -> Response in
                var response = JSONResponse.text(text, type: type)
                response.headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'"
                response.headers[.xContentTypeOptions] = "nosniff"
                return response
            }
        }
    }

    /// The OpenAPI file as served: the `cell` minimum is this map's (``CellFloor``).
    private func documentedOpenAPI(_ text: String) -> String {
        guard let document = try? JSONParser.parse(Array(text.utf8)) else { return text }
        return JSONWriter.pretty(CellFloor.documenting(cellRange.lowerBound, in: document)) + "\n"
    }

    /// The methods the OpenAPI file documents for each of its paths (GET, POST…), empty without the file.
    static func documentedMethods() -> [String: [HTTPRequest.Method]] {
        guard let text = resource("openapi.json"), let document = try? JSONParser.parse(Array(text.utf8)),
            case .object(let paths, _)? = document["paths"]
        else { return [:] }
        var methods: [String: [HTTPRequest.Method]] = [:]
        for (path, operations) in paths {
            guard case .object(let members, _) = operations else { continue }
            methods[path] = members.compactMap { HTTPRequest.Method($0.0.uppercased()) }
        }
        return methods
    }

    /// The text of a file in `Resources`, `nil` when there is none.
    static func resource(_ name: String) -> String? {
        // The copied folder is `Resources` in the bundle; Foundation may already call that the resource folder.
        let bundle = Bundle.module
        let candidates = [bundle.bundleURL.appendingPathComponent("Resources"), bundle.resourceURL].compactMap { $0 }
        return candidates.lazy.compactMap { try? String(contentsOf: $0.appendingPathComponent(name), encoding: .utf8) }.first
    }
}
