import PatrolGeo

/// Loads a map package folder into a ``PatrolMap``.
public enum MapLoader {
    /// Reads every layer of the package at `directory`.
    ///
    /// Throws the first fatal problem (missing `map.json`, an unknown CRS, a required layer
    /// that is missing or not GeoJSON/CSV at all). Everything else is reported in
    /// ``PatrolMap/issues`` and the offending record is skipped.
    public static func load(_ directory: String) throws(InputIssue) -> PatrolMap {
        try PackageReading(directory: directory, tolerant: false).read()
    }

    /// Reads as much of the package at `directory` as can be read and lists every problem
    /// found, as `patrolmap validate` does: a layer that cannot be read at all is reported
    /// and left empty, so one broken file does not hide the others.
    ///
    /// When the manifest, the CRS or the jurisdiction is unusable there is no map; the other
    /// files are still parsed, and their syntax problems listed.
    public static func check(_ directory: String) -> MapCheck {
        let reading = PackageReading(directory: directory, tolerant: true)
        do {
            let map = try reading.read()
            return MapCheck(map: map, issues: map.issues, fatal: nil)
        } catch {
            return MapCheck(
                map: nil, issues: reading.issues(endingWith: error) + reading.syntaxIssues(ofFilesOtherThan: error.file), fatal: error)
        }
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
