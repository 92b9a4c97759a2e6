import Hummingbird
import PatrolData
import PatrolReports

/// `GET /api/health` and `GET /api/find`.
extension ConsoleServer {
    /// The highest `limit` of a search.
    static let findLimit = 1...10_000

    func addPlaceRoutes(to router: Hummingbird.Router<ConsoleContext>) {
        router.get("/api/health") { _, _ -> Response in
            let map = service.map
            return JSONResponse.make(
                .object([("status", .string("ok")), ("map", .string(map.manifest.name)), ("households", .number(Double(map.households.count)))]))
        }
        router.get("/api/find") { request, _ -> Response in
            let query = try QueryReader(request)
            let text = try query.required("q")
            let limit = try query.integer("limit", in: Self.findLimit, default: 20)
            let user = user(of: request)
            let all: [Place]
            do throws(PlaceError) {
                all = try service.search(personal: user != nil).matches(text)
            } catch {
                if case .invalidCoordinates(_, let reason) = error {
                    throw APIError(.badRequest, code: "bad_coordinates", "q: “\(text)”: \(reason.en)")
                }
                all = []
            }
            let places = Array(all.prefix(limit))
            if let user {
                let households = places.compactMap { place -> String? in
                    if case .household(let h) = place { return h.id }
                    return nil
                }
                if !households.isEmpty { try audit(user, request, households: households) }
            }
            return JSONResponse.make(PlaceJSON.findDocument(query: text, total: all.count, places: places, map: service.map, personal: user != nil))
        }
    }
}
