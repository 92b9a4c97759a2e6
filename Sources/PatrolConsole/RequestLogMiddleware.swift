import Hummingbird

/// Logs one line per request: method, path, the names (never the values) of its query
/// parameters, status and milliseconds.
///
/// Errors that escape the routes become JSON errors.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = ConsoleContext

    let log: @Sendable (String) -> Void

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response: Response
        do {
            response = try await next(request, context)
        } catch let error as APIError {
            response = try error.response(from: request, context: context)
        } catch let error as any HTTPResponseError {
            let code = error.status.code
            let apiError = APIError(
                error.status, code: code == 404 ? "not_found" : code < 500 ? "bad_request" : "internal",
                code == 404 ? "no such endpoint" : error.status.reasonPhrase)
            response = try apiError.response(from: request, context: context)
        } catch {
            response = try APIError(.internalServerError, code: "internal", "internal error").response(from: request, context: context)
        }
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let names = request.uri.queryParameters.map { String($0.key) }
        let path = request.uri.path + (names.isEmpty ? "" : "?" + names.joined(separator: "&"))
        log("\(request.method.rawValue) \(path) \(response.status.code) \(String(format: "%.1f", ms)) ms")
        return response
    }
}
