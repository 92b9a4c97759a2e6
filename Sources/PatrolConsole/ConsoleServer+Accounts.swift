import Foundation
import Hummingbird
import PatrolData

/// `POST /api/login`, `POST /api/logout` and `GET /api/me`.
extension ConsoleServer {
    /// The largest login body read.
    static let loginBodyLimit = 4096

    private struct LoginBody: Decodable {
        var user: String
        var password: String
    }

    func addAccountRoutes(to router: Hummingbird.Router<ConsoleContext>) {
        router.post("/api/login") { request, context -> Response in
            guard let users else { throw APIError(.notFound, code: "no_users", "this console has no users (start it with --users)") }
            let buffer: ByteBuffer
            do {
                buffer = try await request.body.collect(upTo: Self.loginBodyLimit)
            } catch {
                throw APIError(.badRequest, code: "bad_body", "the login body is larger than \(Self.loginBodyLimit) bytes")
            }
            guard let body = try? JSONDecoder().decode(LoginBody.self, from: Data(buffer.readableBytesView)) else {
                throw APIError(.badRequest, code: "bad_body", "the body must be JSON: {\"user\": \"...\", \"password\": \"...\"}")
            }
            let address = context.clientAddress
            let wait = throttle.wait(user: body.user, address: address)
            guard wait == 0 else {
                var error = APIError(.tooManyRequests, code: "too_many_attempts", "too many failed logins; try again in \(Int(wait.rounded(.up))) s")
                error.headers[.retryAfter] = String(Int(wait.rounded(.up)))
                throw error
            }
            guard let user = users.authenticate(name: body.user, password: body.password) else {
                throttle.failed(user: body.user, address: address)
                throw APIError(.unauthorized, code: "bad_login", "wrong user name or password")
            }
            throttle.succeeded(user: body.user, address: address)
            let token = sessions.open(for: user)
            var response = JSONResponse.make(Self.describe(user))
            response.setCookie(
                Cookie(name: Self.sessionCookie, value: token, maxAge: Int(SessionStore.lifetime), path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        router.post("/api/logout") { request, _ -> Response in
            if let token = request.cookies[Self.sessionCookie]?.value { sessions.close(token) }
            var response = JSONResponse.make(.object([("status", .string("ok"))]))
            response.setCookie(Cookie(name: Self.sessionCookie, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        router.get("/api/me") { request, _ -> Response in
            JSONResponse.make(Self.describe(try requireUser(request)))
        }
    }

    private static func describe(_ user: ConsoleUser) -> JSONValue {
        .object([("user", .string(user.name)), ("role", .string(user.role.rawValue))])
    }
}
