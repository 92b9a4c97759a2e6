import Foundation
public import Hummingbird
import PatrolData

/// An error answer of the API: an HTTP status and the body `{"error": "...", "code": "..."}`.
///
/// Every bad request ends in one of these (400, 401, 403, 404, 405, 422, 429; 503 while the
/// lane for long computations is full), never in a 500.
public struct APIError: HTTPResponseError, Sendable {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// A stable machine-readable code (`bad_parameter`, `not_found`, `unauthorized`, …).
    public var code: String
    /// A sentence for the user.
    public var message: String
    /// Extra headers (`Retry-After` on a throttled login).
    public var headers: HTTPFields = [:]

    /// An error with its status, code and message.
    public init(_ status: HTTPResponse.Status, code: String, _ message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    /// A bad or missing query parameter (400).
    static func badParameter(_ name: String, _ message: String) -> APIError {
        APIError(.badRequest, code: "bad_parameter", "\(name): \(message)")
    }

    /// A request for personal data without a session (401).
    static let loginRequired = APIError(.unauthorized, code: "login_required", "this needs a logged-in user")

    /// The console's lane for long computations is full (503, retry in a few seconds; ``WorkLane``).
    static var busy: APIError {
        var error = APIError(.serviceUnavailable, code: "busy", "the console is computing other coverage studies or maps; try again in a few seconds")
        error.headers[.retryAfter] = "5"
        return error
    }

    /// The error as a response with its JSON body.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = JSONValue.object([("error", .string(message)), ("code", .string(code))])
        var response = JSONResponse.make(body, status: status)
        for field in headers { response.headers.append(field) }
        return response
    }
}
