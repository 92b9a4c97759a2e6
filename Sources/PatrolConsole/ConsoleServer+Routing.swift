import Foundation
import HTTPTypes
import Hummingbird
import PatrolData
import PatrolReports
import PatrolRouting

/// `GET /api/route`, `/api/dispatch`, `/api/route.gpx` and `/api/route.kml`.
extension ConsoleServer {
    func addRoutingRoutes(to router: Hummingbird.Router<ConsoleContext>) {
        router.get("/api/route") { request, _ -> Response in
            let planned = try await plannedRoute(request)
            return JSONResponse.make(RouteDocument.json(planned, map: service.map))
        }
        router.get("/api/route.gpx") { request, _ -> Response in
            let planned = try await plannedRoute(request)
            return JSONResponse.text(
                RouteGPX.gpx(planned, map: service.map, language: try QueryReader(request).language()), type: "application/gpx+xml", fileName: "route.gpx")
        }
        router.get("/api/route.kml") { request, _ -> Response in
            let planned = try await plannedRoute(request)
            return JSONResponse.text(
                RouteGPX.kml(planned, map: service.map, language: try QueryReader(request).language()), type: "application/vnd.google-earth.kml+xml",
                fileName: "route.kml")
        }
        router.get("/api/dispatch") { request, _ -> Response in
            let query = try QueryReader(request)
            let user = user(of: request)
            let destination = try place(try query.required("to"), parameter: "to", personal: user != nil)
            let profile = try query.profile()
            let season = try query.season()
            let router = await service.router(profile: profile, season: season)
            let plan: DispatchPlan
            do throws(ReportFailure) {
                plan = try DispatchPlan(map: service.map, router: router, to: destination)
            } catch {
                throw APIError(.unprocessableContent, code: "unreachable", error.message.en)
            }
            var response = JSONResponse.make(plan.json(map: service.map))
            if let user, let calls {
                let call = try calls.record(callRecord(plan, user: user, profile: profile, season: season))
                if let id = call.id { response.headers[HTTPField.Name("X-Call-Id")!] = String(id) }
            }
            return response
        }
    }

    /// The route `from` → `to` of a request (`profile`, `season` optional).
    func plannedRoute(_ request: Request) async throws -> PlannedRoute {
        let query = try QueryReader(request)
        let personal = user(of: request) != nil
        let end = try place(try query.required("to"), parameter: "to", personal: personal)
        let start = try start(query, personal: personal)
        let profile = try query.profile()
        let season = try query.season()
        let router = await service.router(profile: profile, season: season)
        do throws(ReportFailure) {
            return try RoutePlanning.plan(router: router, map: service.map, from: start, to: end)
        } catch {
            throw APIError(.unprocessableContent, code: "unreachable", error.message.en)
        }
    }

    /// The call-log row of a dispatch made by `user`.
    private func callRecord(_ plan: DispatchPlan, user: ConsoleUser, profile: TravelProfile, season: Season) -> CallLog.Call {
        let map = service.map
        let best = plan.ranking[0]
        let position = map.coordinates.lonLat([plan.destination.location])[0]
        var household: String?
        if case .household(let h) = plan.destination { household = h.id }
        return CallLog.Call(
            id: nil, time: CallLog.timestamp(Date()), household: household, place: plan.destination.publicName, lon: position.lon, lat: position.lat,
            post: map.posts[best.index].name, etaSeconds: Double(best.milliseconds ?? 0) / 1000, distanceMetres: best.distance ?? 0,
            dispatcher: user.name, profile: profile.rawValue, season: season.rawValue)
    }
}
