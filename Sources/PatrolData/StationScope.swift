public import PatrolGeo

/// Why a map could not be cut to one station's part.
public enum StationScopeError: Error, Sendable, Hashable {
    /// No `kind=station` post has this name.
    case unknownStation(String, known: [String])
    /// No village is in this station's jurisdiction, so it has no area to study.
    case noVillages(String)

    /// What went wrong, in both languages.
    public var message: Localized {
        switch self {
        case .unknownStation(let name, let known):
            let list = known.joined(separator: ", ")
            return Localized(en: "no station is named '\(name)' (stations: \(list))", zh: "没有名为 '\(name)' 的派出所(派出所:\(list))")
        case .noVillages(let name):
            return Localized(
                en: "no village names '\(name)' as its station in boundary.geojson",
                zh: "boundary.geojson 中没有村的 station 为 '\(name)'")
        }
    }
}

/// A county package holds several stations' jurisdictions: each village names its station
/// (`station` in `boundary.geojson`) and each police room or registration room names the
/// station it belongs to (`station` in `posts.geojson`). A one-station map needs neither.
extension PatrolMap {
    /// The map's stations: the names of its `kind=station` posts, in file order.
    public var stationNames: [String] { posts.filter { $0.kind == .station }.map(\.name) }

    /// The station a post belongs to: as the file says, or the only station of a one-station map.
    public func station(of post: Post) -> String? { post.station ?? soleStation }

    /// The station whose jurisdiction a village is in: as the file says, or the only station.
    public func station(of village: Village) -> String? { village.station ?? soleStation }

    private var soleStation: String? {
        let names = stationNames
        return names.count == 1 ? names[0] : nil
    }

    /// The map cut to one station's jurisdiction: its villages (the jurisdiction becomes
    /// their union), the households in them and the station's own posts.
    ///
    /// Roads, landmarks, barriers and the DEM stay whole, so a route may leave the station's
    /// area the way a patrol car does. Coverage and plans on the result are the station's;
    /// on the whole map, the county's.
    public func scoped(toStation name: String) throws(StationScopeError) -> PatrolMap {
        let stations = stationNames
        guard stations.contains(name) else { throw .unknownStation(name, known: stations) }
        // One look at the stations, not one per village and post (`station(of:)` lists them each time).
        let sole = stations.count == 1 ? stations[0] : nil
        let ownVillages = villages.filter { ($0.station ?? sole) == name }
        guard !ownVillages.isEmpty else { throw .noVillages(name) }
        let villageNames = Set(ownVillages.map(\.name))
        var scoped = self
        scoped.manifest.title = "\(manifest.title): \(name)"
        scoped.villages = ownVillages
        scoped.jurisdiction = Jurisdiction(
            name: name, boundary: MultiPolygon(ownVillages.flatMap(\.boundary.polygons)),
            geodesicArea: ownVillages.reduce(0) { $0 + $1.geodesicArea })
        scoped.households = households.filter { villageNames.contains($0.village) }
        scoped.posts = posts.filter { ($0.station ?? sole) == name }
        return scoped
    }
}
