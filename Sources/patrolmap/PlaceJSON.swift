import PatrolData
import PatrolGeo

/// JSON descriptions of places (internal view: includes personal fields of households).
enum PlaceJSON {
    /// One place; `location` is its `[lon, lat]` (see ``LonLatOutput``).
    static func describe(_ place: Place, location: JSONValue, language: Language) -> JSONValue {
        var members: [(String, JSONValue)] = []
        switch place {
        case .household(let h):
            members = [
                ("type", .string("household")), ("id", .string(h.id)), ("label", .string(h.houseLabel)),
                ("village", .string(h.village)), ("group", .string(h.group)), ("number", .string(h.number)),
                ("head", .string(h.head)), ("members", .number(Double(h.members))), ("phone", .string(h.phone)),
                ("tags", .array(h.tags.map(JSONValue.string))), ("note", .string(h.note)),
            ]
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
}
