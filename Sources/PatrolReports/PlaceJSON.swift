public import PatrolData
import PatrolGeo

/// JSON descriptions of places.
public enum PlaceJSON {
    /// One place; `location` is its `[lon, lat]` (see ``LonLatOutput``).
    ///
    /// With `personal` (the internal view) a household also carries its head, phone, tags and
    /// note; without it (the public view) those four members are left out and nothing else changes.
    public static func describe(_ place: Place, location: JSONValue, personal: Bool = true) -> JSONValue {
        var members: [(String, JSONValue)] = []
        switch place {
        case .household(let h):
            members = [
                ("type", .string("household")), ("id", .string(h.id)), ("label", .string(h.houseLabel)),
                ("village", .string(h.village)), ("group", .string(h.group)), ("number", .string(h.number)),
            ]
            if personal { members.append(("head", .string(h.head))) }
            members.append(("members", .number(Double(h.members))))
            if personal {
                members += [("phone", .string(h.phone)), ("tags", .array(h.tags.map(JSONValue.string))), ("note", .string(h.note))]
            }
        case .post(let p):
            members = [("type", .string("post")), ("name", .string(p.name)), ("kind", .string(p.kind.rawValue)), ("phone", .string(p.phone))]
        case .landmark(let l):
            members = [("type", .string("landmark")), ("name", .string(l.name)), ("kind", .string(l.kind))]
        case .coordinate(_, let label):
            members = [("type", .string("coordinate")), ("label", .string(label))]
        }
        members.append(("location", location))
        members.append(("working", .array([.number(place.location.x, decimals: 2), .number(place.location.y, decimals: 2)])))
        return .object(members)
    }

    /// The `find --format json` document: the query, how many places match in all, and the
    /// first of them (`places`, already cut to the limit).
    public static func findDocument(query: String, total: Int, places: [Place], map: PatrolMap, personal: Bool = true) -> JSONValue {
        let locations = LonLatOutput.json(places.map(\.location), of: map)
        let items: [JSONValue] = zip(places, locations).map { describe($0, location: $1, personal: personal) }
        return .object([("query", .string(query)), ("total", .number(Double(total))), ("matches", .array(items))])
    }
}
