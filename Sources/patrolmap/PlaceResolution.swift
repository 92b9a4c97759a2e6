import PatrolData

/// Resolves `--from`/`--to`/`--with` text to places, failing with exit code 2 and the candidates.
enum PlaceResolution {
    static func resolve(_ query: String, in search: PlaceSearch, language: Language) throws -> Place {
        let place: Place
        do {
            place = try search.resolve(query)
        } catch {
            throw PlaceFailure.failure(error, language: language)
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
                    : "warning: \(Pinyin.name(place.publicName, in: .en)) lies \(km) km outside the jurisdiction")
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
