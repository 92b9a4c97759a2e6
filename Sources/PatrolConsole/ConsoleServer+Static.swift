import Foundation
import Hummingbird

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
            guard let text = Self.resource(name) else { continue }
            router.get(RouterPath(path)) { _, _ -> Response in
                var response = JSONResponse.text(text, type: type)
                response.headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'"
                response.headers[.xContentTypeOptions] = "nosniff"
                return response
            }
        }
    }

    /// The text of a file in `Resources`, `nil` when there is none.
    static func resource(_ name: String) -> String? {
        // The copied folder is `Resources` in the bundle; Foundation may already call that the resource folder.
        let bundle = Bundle.module
        let candidates = [bundle.bundleURL.appendingPathComponent("Resources"), bundle.resourceURL].compactMap { $0 }
        return candidates.lazy.compactMap { try? String(contentsOf: $0.appendingPathComponent(name), encoding: .utf8) }.first
    }
}
