public import PatrolData
import PatrolGeo
import PatrolRouting

/// A planned route for an officer's phone: GPX 1.1 or KML 2.2 with the track and a numbered
/// waypoint at every fork (`1`, `2`, … in route order, described by its step's instruction);
/// names in Hanyu Pinyin in English.
public enum RouteGPX {
    /// A waypoint: its number or name, the instruction, longitude and latitude.
    private struct Waypoint {
        var name: String
        var description: String
        var lon: Double
        var lat: Double
    }

    /// The route as GPX: a start and an end waypoint, the numbered forks, one track.
    public static func gpx(_ planned: PlannedRoute, map: PatrolMap, language: Language = .zh) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gpx version="1.1" creator="patrolmap" xmlns="http://www.topografix.com/GPX/1/1">
              <metadata><name>\(escape(planned.startName(in: language))) → \(escape(planned.endName(in: language)))</name></metadata>

            """
        for w in waypoints(planned, map: map, language: language) {
            out += "  <wpt lat=\"\(degrees(w.lat))\" lon=\"\(degrees(w.lon))\"><name>\(escape(w.name))</name><desc>\(escape(w.description))</desc></wpt>\n"
        }
        out += "  <trk><name>\(escape(planned.endName(in: language)))</name><trkseg>\n"
        for p in map.coordinates.lonLat(planned.route.geometry) {
            out += "    <trkpt lat=\"\(degrees(p.lat))\" lon=\"\(degrees(p.lon))\"/>\n"
        }
        out += "  </trkseg></trk>\n</gpx>\n"
        return out
    }

    /// The route as KML: the line and the same waypoints as ``gpx(_:map:language:)``.
    public static func kml(_ planned: PlannedRoute, map: PatrolMap, language: Language = .zh) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2">
            <Document>
              <name>\(escape(planned.startName(in: language))) → \(escape(planned.endName(in: language)))</name>

            """
        for w in waypoints(planned, map: map, language: language) {
            out +=
                "  <Placemark><name>\(escape(w.name))</name><description>\(escape(w.description))</description>"
                + "<Point><coordinates>\(degrees(w.lon)),\(degrees(w.lat))</coordinates></Point></Placemark>\n"
        }
        let line = map.coordinates.lonLat(planned.route.geometry).map { "\(degrees($0.lon)),\(degrees($0.lat))" }.joined(separator: " ")
        out += "  <Placemark><name>\(escape(planned.endName(in: language)))</name><LineString><coordinates>\(line)</coordinates></LineString></Placemark>\n"
        out += "</Document>\n</kml>\n"
        return out
    }

    /// Start, the forks numbered in route order, end.
    private static func waypoints(_ planned: PlannedRoute, map: PatrolMap, language: Language) -> [Waypoint] {
        var points: [(String, String, Point)] = []
        if let first = planned.route.geometry.first { points.append((planned.startName(in: language), language == .zh ? "出发" : "start", first)) }
        var number = 0
        for step in planned.steps {
            for fork in step.forks {
                number += 1
                points.append((String(number), step.instruction.text(language), fork.location))
            }
        }
        if let last = planned.route.geometry.last { points.append((planned.endName(in: language), language == .zh ? "到达" : "arrive", last)) }
        let positions = map.coordinates.lonLat(points.map(\.2))
        return zip(points, positions).map { Waypoint(name: $0.0, description: $0.1, lon: $1.lon, lat: $1.lat) }
    }

    private static func degrees(_ value: Double) -> String {
        JSONWriter.format((value * 1e7).rounded() / 1e7)
    }

    private static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
