import Foundation
import PatrolGeo

/// One load of a map package, strict (the first fatal problem ends it) or tolerant (a layer
/// that cannot be read is reported and left empty).
///
/// Not `Sendable`: it owns the layer context, which owns PROJ transforms.
final class PackageReading {
    let directory: String
    let tolerant: Bool
    private let folder: URL
    /// The manifest, once read.
    private var manifest: MapManifest?
    /// True when the files hold longitude/latitude, once the CRS is known.
    private var geographic: Bool?
    /// Issues found before the layer context exists (the boundary file's).
    private var earlyIssues: [InputIssue] = []
    private var context: LayerContext?
    /// Files whose problems are already listed.
    private var readFiles: Set<String> = []

    init(directory: String, tolerant: Bool) {
        self.directory = directory
        self.tolerant = tolerant
        folder = URL(fileURLWithPath: directory)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func bytes(_ name: String) throws(InputIssue) -> [UInt8] {
        readFiles.insert(name)
        return try FileIO.readBytes(path(name), name: name)
    }

    /// Reads the package; a tolerant reading throws only when no map can be built at all.
    func read() throws(InputIssue) -> PatrolMap {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputIssue(.error, file: directory, message: Localized(en: "not a map folder (no such directory)", zh: "不是地图文件夹(目录不存在)"))
        }
        let (manifest, manifestLines) = try MapManifest.readLocated(bytes("map.json"))
        self.manifest = manifest

        let inputCRS = CoordinateReferenceSystem(manifest.crs)
        let geographic: Bool
        do {
            geographic = try inputCRS.isGeographic()
        } catch {
            throw InputIssue(
                .error, file: "map.json", line: manifestLines["crs"], field: "crs",
                message: Localized(en: error.description, zh: "坐标系无效:\(error.description)"))
        }
        self.geographic = geographic

        let boundaryFile = manifest.file(for: "boundary")!
        let boundaryRead = try GeoJSONReader.read(bytes(boundaryFile), file: boundaryFile, geographic: geographic)
        earlyIssues = boundaryRead.issues
        let jurisdictionFeature = try BoundaryLayer.jurisdictionFeature(boundaryRead, file: boundaryFile)
        let workingCRS = try MapLoader.chooseWorkingCRS(
            manifest: manifest, lines: manifestLines, inputCRS: inputCRS, jurisdiction: jurisdictionFeature, boundaryFile: boundaryFile)

        let context: LayerContext
        let coordinates: MapCoordinates
        do {
            context = try LayerContext(inputCRS: inputCRS, workingCRS: workingCRS, geographic: geographic)
            coordinates = try MapCoordinates(inputCRS: inputCRS, workingCRS: workingCRS)
        } catch {
            throw InputIssue(
                .error, file: "map.json", line: manifestLines["working_crs"] ?? manifestLines["crs"], field: "working_crs",
                message: Localized(en: error.description, zh: "坐标转换无效:\(error.description)"))
        }
        self.context = context
        context.issues = boundaryRead.issues
        let boundary = try BoundaryLayer.read(boundaryRead, file: boundaryFile, context: context)
        let check = LocationCheck(jurisdiction: boundary.jurisdiction)

        let roadsFile = manifest.file(for: "roads")!
        let roads = try layer([Road]()) { () throws(InputIssue) in
            readFiles.insert(roadsFile)
            var reader = RoadLayerReader(file: roadsFile, context: context, check: check)
            let read = try GeoJSONStream.read(path: path(roadsFile), file: roadsFile, geographic: geographic) { reader.add($0) }
            context.issues += read.issues + reader.issues
            return reader.roads
        }

        let postsFile = manifest.file(for: "posts")!
        let posts = try layer([Post]()) { () throws(InputIssue) in
            let read = try GeoJSONReader.read(bytes(postsFile), file: postsFile, geographic: geographic)
            context.issues += read.issues
            return PointLayerReader.posts(read, file: postsFile, context: context, check: check)
        }

        var landmarks: [Landmark] = []
        if let landmarksFile = try optionalFile("landmarks", of: manifest, lines: manifestLines) {
            landmarks = try layer([Landmark]()) { () throws(InputIssue) in
                let read = try GeoJSONReader.read(bytes(landmarksFile), file: landmarksFile, geographic: geographic)
                context.issues += read.issues
                return PointLayerReader.landmarks(read.features, file: landmarksFile, context: context, check: check)
            }
        }

        let householdName = householdFile(manifest)
        let households = try layer(HouseholdLayer.Result(households: [], encoding: nil)) { () throws(InputIssue) in
            if householdName.lowercased().hasSuffix(".geojson") || householdName.lowercased().hasSuffix(".json") {
                let read = try GeoJSONReader.read(bytes(householdName), file: householdName, geographic: geographic)
                context.issues += read.issues
                return HouseholdLayer.readGeoJSON(read.features, file: householdName, context: context, check: check)
            }
            readFiles.insert(householdName)
            return try HouseholdLayer.readCSV(path: path(householdName), file: householdName, context: context, check: check)
        }

        var barriers: [Barrier] = []
        if let barriersFile = try optionalFile("barriers", of: manifest, lines: manifestLines) {
            barriers = try layer([Barrier]()) { () throws(InputIssue) in
                let read = try GeoJSONReader.read(bytes(barriersFile), file: barriersFile, geographic: geographic)
                context.issues += read.issues
                return BarrierLayerReader.read(read.features, file: barriersFile, context: context, check: check)
            }
        }

        var turns: [TurnRestriction] = []
        if let turnsFile = try optionalFile("turns", of: manifest, lines: manifestLines) {
            turns = try layer([TurnRestriction]()) { () throws(InputIssue) in
                let read = try GeoJSONReader.read(bytes(turnsFile), file: turnsFile, geographic: geographic)
                context.issues += read.issues
                let found = TurnLayerReader.read(read.features, file: turnsFile, context: context, check: check)
                let lines = Dictionary(uniqueKeysWithValues: read.features.map { ($0.index, $0.line) })
                let checked = TurnCheck.check(found, roads: roads, file: turnsFile, lines: lines)
                context.issues += checked.issues
                return checked.kept
            }
        }

        var water: [WaterFeature] = []
        if let waterFile = try optionalFile("water", of: manifest, lines: manifestLines) {
            water = try layer([WaterFeature]()) { () throws(InputIssue) in
                let read = try GeoJSONReader.read(bytes(waterFile), file: waterFile, geographic: geographic)
                context.issues += read.issues
                return WaterLayerReader.read(read.features, file: waterFile, context: context, check: check)
            }
        }

        var elevation: ElevationGrid?
        if let demFile = try optionalFile("dem", of: manifest, lines: manifestLines) {
            elevation = try layer(ElevationGrid?.none) { () throws(InputIssue) in
                try ElevationLayer.read(bytes(demFile), file: demFile, jurisdiction: boundary.jurisdiction, context: context)
            }
            elevation?.sourceResolution = manifest.demSourceResolution
        }

        var profiles = ProfileOverrides.none
        if let profilesFile = try optionalFile("profiles", of: manifest, lines: manifestLines) {
            profiles = try layer(ProfileOverrides.none) { () throws(InputIssue) in
                try ProfilesReader.read(bytes(profilesFile), file: profilesFile, issues: &context.issues)
            }
        }

        var map = PatrolMap(
            directory: directory, manifest: manifest, inputCRS: inputCRS, workingCRS: workingCRS, inputIsGeographic: geographic, coordinates: coordinates,
            jurisdiction: boundary.jurisdiction, villages: boundary.villages, households: households.households,
            householdEncoding: households.encoding, posts: posts, roads: roads, landmarks: landmarks, barriers: barriers, turns: turns, water: water,
            elevation: elevation,
            profiles: profiles, issues: context.issues)
        map.issues += VillageMembership.check(map, file: householdName)
        map.issues += StationMembership.check(map, boundaryFile: boundaryFile, postsFile: postsFile)
        return map
    }

    /// The file of an optional layer when it is there; nil when it is absent and `map.json` leaves it to its default name.
    ///
    /// A file `map.json` lists that is not there is an error (reported, and the layer left
    /// empty, in a tolerant reading).
    private func optionalFile(_ role: String, of manifest: MapManifest, lines: [String: Int]) throws(InputIssue) -> String? {
        guard let name = manifest.file(for: role) else { return nil }
        if FileManager.default.fileExists(atPath: path(name)) { return name }
        guard manifest.layers[role] != nil else { return nil }
        let missing = InputIssue(
            .error, file: "map.json", line: lines["layers"], field: "layers.\(role)",
            message: Localized(
                en: "lists \(name) as the \(role) layer, but the map folder has no such file (add it, or remove the entry)",
                zh: "列出 \(name) 作为 \(role) 图层,但地图文件夹中没有该文件(请补上文件或删去该项)"))
        return try layer(String?.none) { () throws(InputIssue) -> String? in throw missing }
    }

    /// Every file a reading of the package with `manifest` may read, `map.json` first: the
    /// layers' files by role (the ledger as ``householdFile(_:)`` finds it), whether they are
    /// there or not; a compiled map is keyed by their contents.
    func inputFiles(_ manifest: MapManifest) -> [String] {
        let roles = ["boundary", "roads", "posts", "landmarks", "households", "barriers", "turns", "water", "dem", "profiles"]
        return ["map.json"] + roles.compactMap { $0 == "households" ? householdFile(manifest) : manifest.file(for: $0) }
    }

    /// The ledger's file: as the manifest names it, or `households.geojson` when the default
    /// `households.csv` is absent and that file is there.
    func householdFile(_ manifest: MapManifest) -> String {
        let named = manifest.file(for: "households")!
        if named == MapManifest.defaultLayers["households"], !FileManager.default.fileExists(atPath: path(named)),
            FileManager.default.fileExists(atPath: path("households.geojson"))
        {
            return "households.geojson"
        }
        return named
    }

    /// Runs one layer's read: strictly, a fatal problem ends the load; tolerantly, it is
    /// reported and `fallback` (an empty layer) is used.
    private func layer<T>(_ fallback: T, _ read: () throws(InputIssue) -> T) throws(InputIssue) -> T {
        do {
            return try read()
        } catch {
            guard tolerant, let context else { throw error }
            context.report(error)
            return fallback
        }
    }

    /// The issues found before `fatal` ended the reading, then `fatal` itself; an issue that
    /// `fatal` quotes (same place, its message inside fatal's) is left out.
    func issues(endingWith fatal: InputIssue) -> [InputIssue] {
        let found = context?.issues ?? earlyIssues
        return found.filter { issue in
            !(issue.file == fatal.file && issue.line == fatal.line && issue.feature == fatal.feature && fatal.message.en.contains(issue.message.en))
        } + [fatal]
    }

    /// Syntax problems of the package's files that were not read before the reading ended
    /// (all but `failedFile`): each is parsed on its own, without the map around it.
    func syntaxIssues(ofFilesOtherThan failedFile: String) -> [InputIssue] {
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        var issues: [InputIssue] = []
        for role in ["boundary", "roads", "posts", "landmarks", "households", "dem", "water"] {
            guard var name = manifest?.file(for: role) ?? MapManifest.defaultLayers[role] ?? MapManifest.unlistedDefaults[role] else { continue }
            if role == "households", let manifest { name = householdFile(manifest) }
            guard name != failedFile, !readFiles.contains(name) else { continue }
            let required = MapManifest.requiredLayers.contains(role)
            guard required || FileManager.default.fileExists(atPath: path(name)) else { continue }
            issues += SyntaxCheck.issues(of: name, at: path(name), geographic: geographic ?? false)
        }
        return issues
    }
}
