import HTTPTypes
import Hummingbird

/// Answers a method the OpenAPI file does not list for a documented path with 405 Method Not
/// Allowed and an `Allow` header naming the ones it does (the router alone would say 404).
struct MethodCheckMiddleware: RouterMiddleware {
    typealias Context = ConsoleContext

    /// The methods of each documented path.
    let allowed: [String: [HTTPRequest.Method]]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let methods = allowed[request.uri.path], !methods.contains(request.method) {
            let names = methods.map(\.rawValue).joined(separator: ", ")
            var error = APIError(.methodNotAllowed, code: "method_not_allowed", "\(request.uri.path) answers \(names) only")
            error.headers[.allow] = names
            throw error
        }
        return try await next(request, context)
    }
}
