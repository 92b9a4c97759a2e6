import Foundation
import Hummingbird
import PatrolData

/// `GET /api/calls?household=ID` (a household's call history and tags) and
/// `GET /api/calls.csv?from=DATE&to=DATE` (the chief's monthly report).
extension ConsoleServer {
    func addCallRoutes(to router: Hummingbird.Router<ConsoleContext>) {
        router.get("/api/calls") { request, _ -> Response in
            let user = try requireUser(request)
            let query = try QueryReader(request)
            let id = try query.required("household")
            guard let household = service.map.households.first(where: { $0.id == id }) else {
                throw APIError(.notFound, code: "not_found", "household: no household has the id “\(id)”")
            }
            let rows = try calls?.calls(household: id) ?? []
            try audit(user, request, households: [id])
            return JSONResponse.make(
                .object([
                    ("household", .string(household.id)), ("label", .string(household.houseLabel)),
                    ("tags", .array(household.tags.map(JSONValue.string))), ("calls", .array(rows.map(Self.json))),
                ]))
        }
        router.get("/api/calls.csv") { request, _ -> Response in
            let user = try requireUser(request)
            guard user.role == .chief else { throw APIError(.forbidden, code: "chief_only", "the call report is for the station chief") }
            let query = try QueryReader(request)
            let from = try Self.date(query, "from")
            let to = try Self.date(query, "to")
            // `to` before `from` is an empty period: the report has its header and no row.
            let rows = try calls?.calls(from: from, to: to) ?? []
            try audit(user, request, households: Array(Set(rows.compactMap(\.household))).sorted())
            return JSONResponse.text(CallLog.csv(rows), type: "text/csv; charset=utf-8", fileName: "calls-\(from)-\(to).csv")
        }
    }

    /// A `YYYY-MM-DD` parameter.
    private static func date(_ query: QueryReader, _ name: String) throws(APIError) -> String {
        let text = try query.required(name)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1970...9999).contains(year), (1...12).contains(month), (1...31).contains(day)
        else { throw APIError.badParameter(name, "must be a date written YYYY-MM-DD") }
        return text
    }

    private static func json(_ call: CallLog.Call) -> JSONValue {
        .object([
            ("id", call.id.map { .number(Double($0)) } ?? .null), ("time", .string(call.time)), ("place", .string(call.place)),
            ("lon", .number(call.lon, decimals: 7)), ("lat", .number(call.lat, decimals: 7)), ("post", .string(call.post)),
            ("eta_s", .number(call.etaSeconds, decimals: 3)), ("distance_m", .number(call.distanceMetres, decimals: 1)),
            ("dispatcher", .string(call.dispatcher)), ("profile", .string(call.profile)), ("season", .string(call.season)),
        ])
    }
}
