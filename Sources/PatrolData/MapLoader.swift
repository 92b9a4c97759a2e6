import Foundation
import PatrolGeo

/// Loads a map package folder into a ``PatrolMap``.
public enum MapLoader {
    /// Reads every layer of the package at `directory`.
    ///
    /// Throws the first fatal problem (missing `map.json`, an unknown CRS, a required layer
    /// that is missing or not GeoJSON/CSV at all). Everything else is reported in
    /// ``PatrolMap/issues`` and the offending record is skipped.
    public static func load(_ directory: String) throws(InputIssue) -> PatrolMap {
        let folder = URL(fileURLWithPath: directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputIssue(.error, file: directory, message: Localized(en: "not a map folder (no such directory)", zh: "不是地图文件夹(目录不存在)"))
        }
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let (manifest, manifestLines) = try MapManifest.readLocated(FileIO.readBytes(path("map.json"), name: "map.json"))

        let inputCRS = CoordinateReferenceSystem(manifest.crs)
        let geographic: Bool
        do {
            geographic = try inputCRS.isGeographic()
        } catch {
            throw InputIssue(
                .error, file: "map.json", line: manifestLines["crs"], field: "crs",
                message: Localized(en: error.description, zh: "坐标系无效:\(error.description)"))
        }

        let boundaryFile = manifest.file(for: "boundary")!
        let boundaryRead = try GeoJSONReader.read(FileIO.readBytes(path(boundaryFile), name: boundaryFile), file: boundaryFile, geographic: geographic)
        let jurisdictionFeature = try BoundaryLayer.jurisdictionFeature(boundaryRead, file: boundaryFile)
        let workingCRS = try chooseWorkingCRS(
            manifest: manifest, lines: manifestLines, inputCRS: inputCRS, jurisdiction: jurisdictionFeature, boundaryFile: boundaryFile)

        let context: LayerContext
        do {
            context = try LayerContext(inputCRS: inputCRS, workingCRS: workingCRS, geographic: geographic)
        } catch {
            throw InputIssue(
                .error, file: "map.json", line: manifestLines["working_crs"] ?? manifestLines["crs"], field: "working_crs",
                message: Localized(en: error.description, zh: "坐标转换无效:\(error.description)"))
        }
        context.issues = boundaryRead.issues
        let boundary = try BoundaryLayer.read(boundaryRead, file: boundaryFile, context: context)
        let check = LocationCheck(jurisdiction: boundary.jurisdiction)

        let roadsFile = manifest.file(for: "roads")!
        let roadsRead = try GeoJSONReader.read(FileIO.readBytes(path(roadsFile), name: roadsFile), file: roadsFile, geographic: geographic)
        context.issues += roadsRead.issues
        let roads = RoadLayerReader.read(roadsRead.features, file: roadsFile, context: context, check: check)

        let postsFile = manifest.file(for: "posts")!
        let postsRead = try GeoJSONReader.read(FileIO.readBytes(path(postsFile), name: postsFile), file: postsFile, geographic: geographic)
        context.issues += postsRead.issues
        let posts = PointLayerReader.posts(postsRead, file: postsFile, context: context, check: check)

        var landmarks: [Landmark] = []
        if let landmarksFile = manifest.file(for: "landmarks"), FileManager.default.fileExists(atPath: path(landmarksFile)) {
            let read = try GeoJSONReader.read(FileIO.readBytes(path(landmarksFile), name: landmarksFile), file: landmarksFile, geographic: geographic)
            context.issues += read.issues
            landmarks = PointLayerReader.landmarks(read.features, file: landmarksFile, context: context, check: check)
        }

        var barriers: [Barrier] = []
        if let barriersFile = manifest.file(for: "barriers"), FileManager.default.fileExists(atPath: path(barriersFile)) {
            let read = try GeoJSONReader.read(FileIO.readBytes(path(barriersFile), name: barriersFile), file: barriersFile, geographic: geographic)
            context.issues += read.issues
            barriers = BarrierLayerReader.read(read.features, file: barriersFile, context: context, check: check)
        }

        let householdsFile = manifest.file(for: "households")!
        var householdPath = path(householdsFile)
        var householdName = householdsFile
        if householdsFile == MapManifest.defaultLayers["households"], !FileManager.default.fileExists(atPath: householdPath),
            FileManager.default.fileExists(atPath: path("households.geojson"))
        {
            householdName = "households.geojson"
            householdPath = path(householdName)
        }
        let householdBytes = try FileIO.readBytes(householdPath, name: householdName)
        let households: HouseholdLayer.Result
        if householdName.lowercased().hasSuffix(".geojson") || householdName.lowercased().hasSuffix(".json") {
            let read = try GeoJSONReader.read(householdBytes, file: householdName, geographic: geographic)
            context.issues += read.issues
            households = HouseholdLayer.readGeoJSON(read.features, file: householdName, context: context, check: check)
        } else {
            households = try HouseholdLayer.readCSV(householdBytes, file: householdName, context: context, check: check)
        }

        var elevation: ElevationGrid?
        if let demFile = manifest.file(for: "dem"), FileManager.default.fileExists(atPath: path(demFile)) {
            let grid = try ASCIIGrid.read(FileIO.readBytes(path(demFile), name: demFile), file: demFile)
            if let bounds = boundary.jurisdiction.boundary.bounds, !grid.bounds.intersects(bounds) {
                context.report(
                    InputIssue(
                        .error, file: demFile,
                        message: Localized(
                            en: "the elevation grid does not overlap the jurisdiction (is it in the working CRS \(workingCRS)?); ignored",
                            zh: "高程网格与辖区不重叠(是否使用工作坐标系 \(workingCRS)?),已忽略")))
            } else {
                elevation = grid
            }
        }

        var profiles = ProfileOverrides.none
        if let profilesFile = manifest.file(for: "profiles"), FileManager.default.fileExists(atPath: path(profilesFile)) {
            profiles = try ProfilesReader.read(FileIO.readBytes(path(profilesFile), name: profilesFile), file: profilesFile, issues: &context.issues)
        }

        var map = PatrolMap(
            directory: directory, manifest: manifest, inputCRS: inputCRS, workingCRS: workingCRS, inputIsGeographic: geographic,
            jurisdiction: boundary.jurisdiction, villages: boundary.villages, households: households.households,
            householdEncoding: households.encoding, posts: posts, roads: roads, landmarks: landmarks, barriers: barriers,
            elevation: elevation, profiles: profiles, issues: context.issues)
        map.issues += VillageMembership.check(map, file: householdName)
        return map
    }

    /// The working CRS: as named in the manifest, or for `auto` the Gauss–Krüger zone
    /// nearest the jurisdiction's centre.
    static func chooseWorkingCRS(
        manifest: MapManifest, lines: [String: Int], inputCRS: CoordinateReferenceSystem, jurisdiction: GeoJSONFeature, boundaryFile: String
    ) throws(InputIssue) -> CoordinateReferenceSystem {
        let line = lines["working_crs"]
        guard manifest.workingCRS.lowercased() == "auto" else {
            let crs = CoordinateReferenceSystem(manifest.workingCRS)
            let geographic: Bool
            do {
                geographic = try crs.isGeographic()
            } catch {
                throw InputIssue(
                    .error, file: "map.json", line: line, field: "working_crs",
                    message: Localized(en: error.description, zh: "工作坐标系无效:\(error.description)"))
            }
            if geographic {
                throw InputIssue(
                    .error, file: "map.json", line: line, field: "working_crs",
                    message: Localized(en: "the working CRS must be projected (metres), not longitude/latitude", zh: "工作坐标系必须是投影坐标系(米),不能是经纬度"))
            }
            return crs
        }
        guard let bounds = BoundingBox(covering: jurisdiction.geometry?.allPoints ?? []) else {
            throw InputIssue(
                .error, file: boundaryFile, line: jurisdiction.line, feature: jurisdiction.index,
                message: Localized(en: "the jurisdiction has no coordinates", zh: "辖区没有坐标"))
        }
        do {
            let centre = try CoordinateTransform(from: inputCRS, to: .wgs84).forward(bounds.center)
            return .gaussKruger3Degree(nearestTo: centre.x)
        } catch {
            throw InputIssue(
                .error, file: "map.json", line: lines["crs"], field: "crs",
                message: Localized(en: error.description, zh: "坐标转换失败:\(error.description)"))
        }
    }
}
