import Hummingbird
import PatrolData

/// What every handler needs: who is asking, places resolved the way they may be, audit entries.
extension ConsoleServer {
    /// The session cookie's name.
    static let sessionCookie = "patrolmap_session"

    /// The logged-in user of a request, `nil` for an anonymous one.
    func user(of request: Request) -> ConsoleUser? {
        guard users != nil, let token = request.cookies[Self.sessionCookie]?.value else { return nil }
        return sessions.user(for: token)
    }

    /// The logged-in user, or 401.
    func requireUser(_ request: Request) throws(APIError) -> ConsoleUser {
        guard let user = user(of: request) else { throw APIError.loginRequired }
        return user
    }

    /// The place a parameter names, searched as the user may search (heads and phones only
    /// when logged in): 404 when nothing matches, 422 when several do, 400 for bad coordinates.
    func place(_ text: String, parameter: String, personal: Bool) throws(APIError) -> Place {
        do throws(PlaceError) {
            return try service.search(personal: personal).resolve(text)
        } catch {
            switch error {
            case .notFound:
                throw APIError(.notFound, code: "not_found", "\(parameter): no household, post or landmark matches “\(text)”")
            case .ambiguous(_, let candidates):
                throw APIError(.unprocessableContent, code: "ambiguous", "\(parameter): “\(text)” matches \(candidates.count) places; be more specific")
            case .invalidCoordinates(_, let reason):
                throw APIError(.badRequest, code: "bad_coordinates", "\(parameter): “\(text)”: \(reason.en)")
            }
        }
    }

    /// The start of a route: `from`, or the map's police station.
    func start(_ query: QueryReader, personal: Bool) throws(APIError) -> Place {
        if let from = query.optional("from") { return try place(from, parameter: "from", personal: personal) }
        let map = service.map
        guard let post = map.posts.first(where: { $0.kind == .station }) ?? map.posts.first else {
            throw APIError(.unprocessableContent, code: "no_post", "the map has no post to start from; give from")
        }
        return .post(post)
    }

    /// Writes an audit entry for an answer carrying personal data; an entry that cannot be
    /// written withholds the answer (500 rather than unaudited personal data).
    func audit(_ user: ConsoleUser, _ request: Request, households: [String]) throws {
        guard let audit else { return }
        try audit.record(user: user, what: "\(request.method.rawValue) \(request.uri.description)", households: households)
    }
}
