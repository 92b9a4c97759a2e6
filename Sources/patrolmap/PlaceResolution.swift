import PatrolData

/// Resolves `--from`/`--to`/`--with` text to places, failing with exit code 2 and the candidates.
enum PlaceResolution {
    /// How far from the working CRS's origin a position may lie, in metres: the Earth's
    /// circumference, beyond which `@x,y` cannot be a place on the ground.
    static let planeLimit = 40_075_000.0

    static func resolve(_ query: String, in search: PlaceSearch, language: Language) throws -> Place {
        let place: Place
        do {
            place = try search.resolve(query)
        } catch {
            throw PlaceFailure.failure(error, language: language)
        }
        guard abs(place.location.x) <= planeLimit, abs(place.location.y) <= planeLimit else {
            let limit = OptionRange.number(planeLimit)
            throw CommandFailure.usage(
                Localized(
                    en: "“\(query)”: working-CRS coordinates must be within ±\(limit) m", zh: "“\(query)”:工作坐标系坐标须在 ±\(limit) 米之内"),
                language: language)
        }
        warnIfOutside([place], search: search, language: language)
        return place
    }

    /// Coordinates this far outside the jurisdiction (m) are worth a warning: nearer, they are
    /// a house by the border; farther, likely a typo or swapped numbers.
    static let outsideWarningDistance = 50.0

    /// Warns on standard error about coordinates well outside the jurisdiction.
    static func warnIfOutside(_ places: [Place], search: PlaceSearch, language: Language) {
        for place in places {
            guard let distance = search.distanceOutsideJurisdiction(place), distance > outsideWarningDistance else { continue }
            let km = DistanceText.kilometres(distance)
            Output.note(
                language == .zh
                    ? "警告:\(place.publicName) 在辖区之外 \(km) 公里"
                    : "warning: \(place.publicName) lies \(km) km outside the jurisdiction")
        }
    }

    /// The map's police station (the default start), or its first post.
    static func defaultStart(_ map: PatrolMap, language: Language) throws -> Place {
        guard let post = map.posts.first(where: { $0.kind == .station }) ?? map.posts.first else {
            throw CommandFailure.impossible(Localized(en: "the map has no post to start from; give --from", zh: "地图没有警务点可作起点,请指定 --from"), language: language)
        }
        return .post(post)
    }
}
