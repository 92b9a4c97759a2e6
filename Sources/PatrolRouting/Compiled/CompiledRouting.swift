import Foundation
public import PatrolData

/// The routing layer's compiled parts of a map package, kept beside its compiled map
/// (``CompiledMap``) so that a second start of a command reads them instead of building them:
/// the road network (`.patrolmap.network`) and one routing graph per profile and season
/// (`.patrolmap.graph.car.dry`, …).
///
/// Each is a ``CompiledFile`` under the key of the package files the map was loaded from
/// (``PatrolMap/inputKey``), so it is used only for exactly those inputs and this program;
/// a map without a key (parsed with compiled maps off, or from a folder that cannot be written,
/// or changed since it was loaded) builds its network and graphs every time, and writes nothing.
/// A stale or damaged file is built anew and replaced: it only ever repeats work the map files
/// determine, so nothing is lost by that, and the answers are those of a fresh build.
public enum CompiledRouting {
    static let networkFormat = CompiledFile.Format(magic: "PMCNET01", version: 1, kind: "network")
    static let graphFormat = CompiledFile.Format(magic: "PMCGRF01", version: 1, kind: "routing graph")

    /// The network file's name inside the package folder.
    public static let networkFileName = ".patrolmap.network"

    /// The graph file's name inside the package folder for `profile` in `season`.
    public static func graphFileName(_ profile: TravelProfile, _ season: Season) -> String {
        ".patrolmap.graph.\(profile.rawValue).\(season.rawValue)"
    }

    /// The road network of `map`: read from its compiled network when current, else built
    /// (``NetworkBuilder``) and, when the map has a key, written for next time.
    public static func network(of map: PatrolMap) -> RoadNetwork { compiledNetwork(map).value }

    /// The routing graph of `map` for `profile` in `season`, with the speed tables as the map's
    /// `profiles.json` adjusts them: read from its compiled graph when current, else built on
    /// ``network(of:)`` and, when the map has a key, written for next time.
    public static func graph(of map: PatrolMap, profile: TravelProfile, season: Season) -> RoutingGraph {
        graph(of: map, on: network(of: map), profile: profile, season: season)
    }

    /// ``graph(of:profile:season:)`` on `network`, which must be ``network(of:)`` of the same map.
    static func graph(of map: PatrolMap, on network: RoadNetwork, profile: TravelProfile, season: Season) -> RoutingGraph {
        compiledGraph(map, on: network, profile: profile, season: season).value
    }

    /// Writes the compiled network and the dry-season graph of every profile of `map` (those not
    /// already current), for a map whose compiled map was just written (``CompiledMap/compile(_:)``).
    /// - Returns: the files' total size in bytes.
    /// - Throws: the reason, naming the file, when one cannot be written or the map has no key.
    public static func compile(_ map: PatrolMap) throws(InputIssue) -> Int {
        guard map.inputKey != nil else {
            throw InputIssue(
                .error, file: networkFileName,
                message: Localized(en: "the map has no compiled map to keep routing graphs beside", zh: "地图没有编译地图,无法保存路网图"))
        }
        func check(_ failure: String?, _ file: String) throws(InputIssue) {
            guard let failure else { return }
            throw InputIssue(
                .error, file: file, message: Localized(en: "cannot be written: \(failure)", zh: "无法写入:\(failure)"))
        }
        let loaded = compiledNetwork(map)
        try check(loaded.writeFailure, networkFileName)
        let network = loaded.value
        var files = [networkFileName]
        for profile in TravelProfile.allCases {
            try check(compiledGraph(map, on: network, profile: profile, season: .dry).writeFailure, graphFileName(profile, .dry))
            files.append(graphFileName(profile, .dry))
        }
        return files.reduce(0) { total, file in
            let path = URL(fileURLWithPath: map.directory).appendingPathComponent(file).path
            return total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0)
        }
    }

    static func compiledNetwork(_ map: PatrolMap) -> Loaded<RoadNetwork> {
        compiled(
            map, file: networkFileName, format: networkFormat,
            decode: { r throws(CompiledMapDamage) in try r.network(roads: map.roads, barriers: map.barriers, turns: map.turns) },
            build: { NetworkBuilder.build(roads: map.roads, barriers: map.barriers, turns: map.turns) },
            encode: { $0.network($1) })
    }

    static func compiledGraph(_ map: PatrolMap, on network: RoadNetwork, profile: TravelProfile, season: Season) -> Loaded<RoutingGraph> {
        let tables = SpeedTables(map.profiles)
        return compiled(
            map, file: graphFileName(profile, season), format: graphFormat,
            decode: { r throws(CompiledMapDamage) in
                try r.graph(network: network, profile: profile, season: season, elevation: map.elevation, tables: tables)
            },
            build: { RoutingGraph(network: network, profile: profile, season: season, elevation: map.elevation, tables: tables) },
            encode: { $0.graph($1) })
    }

    /// A compiled part as a load got it.
    struct Loaded<Value> {
        /// The part.
        var value: Value
        /// True when it was read from its file, false when it was built.
        var wasRead: Bool
        /// Why a freshly built part could not be written, if it could not.
        var writeFailure: String?
    }

    /// The value of `file` in the package of `map` when that is current, else `build()`, written
    /// when the map has a key.
    private static func compiled<Value>(
        _ map: PatrolMap, file: String, format: CompiledFile.Format, decode: (inout BinaryReader) throws(CompiledMapDamage) -> Value,
        build: () -> Value, encode: (inout BinaryWriter, Value) -> Void
    ) -> Loaded<Value> {
        guard let key = map.inputKey else { return Loaded(value: build(), wasRead: false) }
        let path = URL(fileURLWithPath: map.directory).appendingPathComponent(file).path
        if case .value(let value) = CompiledFile.read(path, format: format, key: key, decode: decode) { return Loaded(value: value, wasRead: true) }
        let value = build()
        var payload = BinaryWriter()
        encode(&payload, value)
        return Loaded(value: value, wasRead: false, writeFailure: CompiledFile.write(payload, to: path, format: format, key: key))
    }
}
