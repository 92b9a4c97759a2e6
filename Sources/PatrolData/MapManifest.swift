import Foundation

/// The contents of a map package's `map.json`.
public struct MapManifest: Sendable, Hashable {
    /// Short machine name, such as `gongli`.
    public var name: String
    /// Title for maps and reports, such as `宫里派出所辖区`.
    public var title: String
    /// CRS of the coordinates in the layer files.
    public var crs: String
    /// CRS for geometry, routing and rendering; `auto` picks the Gauss–Krüger zone.
    public var workingCRS: String
    /// Layer file names by role, as `map.json` lists them.
    ///
    /// The roles are `boundary`, `roads`, `households`, `posts`, `landmarks`, `dem`, `profiles`,
    /// `barriers`, `turns` and `water`. A role left out uses its default file name (``file(for:)``); an
    /// optional layer listed here must be there.
    public var layers: [String: String]
    /// True for generated data with no real person in it.
    public var synthetic: Bool
    /// Where the data comes from (shown on maps).
    public var source: String?
    /// Date of the data (shown on maps).
    public var date: String?
    /// Attribution line required by the data's licence.
    public var attribution: String?
    /// Where the outer boundary comes from (`jurisdiction_source`; `station` when absent):
    /// maps call an imported hull the area of the data, not a jurisdiction.
    public var jurisdictionSource: JurisdictionSource
    /// Sample spacing in metres of the data the DEM layer was resampled from
    /// (`dem_source_resolution_m`; `import dem` writes 92.7 for SRTM's 3″); `nil` when the grid is its own source.
    public var demSourceResolution: Double?

    /// The layer roles and the file names used when `layers` does not name them.
    public static let defaultLayers: [String: String] = [
        "boundary": "boundary.geojson",
        "roads": "roads.geojson",
        "households": "households.csv",
        "posts": "posts.geojson",
        "landmarks": "landmarks.geojson",
        "dem": "dem.asc",
    ]

    /// Optional files found by their default name that a written manifest does not list, so
    /// packages written before the file existed are written the same: `profiles`, `barriers`, `turns`, `water`.
    public static let unlistedDefaults: [String: String] = [
        "profiles": "profiles.json", "barriers": "barriers.geojson", "turns": "turns.geojson", "water": "water.geojson",
    ]

    /// The `map.json` member for ``demSourceResolution``.
    public static let demSourceResolutionKey = "dem_source_resolution_m"
    /// The largest ``demSourceResolution`` accepted, in metres.
    static let demSourceResolutionLimit = 10_000.0

    /// Layers a package must have.
    public static let requiredLayers = ["boundary", "roads", "households", "posts"]

    /// Creates a manifest.
    public init(
        name: String, title: String, crs: String, workingCRS: String = "auto", layers: [String: String] = defaultLayers,
        synthetic: Bool = false, source: String? = nil, date: String? = nil, attribution: String? = nil,
        jurisdictionSource: JurisdictionSource = .station, demSourceResolution: Double? = nil
    ) {
        self.name = name
        self.title = title
        self.crs = crs
        self.workingCRS = workingCRS
        self.layers = layers
        self.synthetic = synthetic
        self.source = source
        self.date = date
        self.attribution = attribution
        self.jurisdictionSource = jurisdictionSource
        self.demSourceResolution = demSourceResolution
    }

    /// The file for a layer role: as named in `layers`, else the default name.
    public func file(for role: String) -> String? {
        layers[role] ?? Self.defaultLayers[role] ?? Self.unlistedDefaults[role]
    }

    /// Reads `map.json`.
    public static func read(_ bytes: [UInt8], file: String = "map.json") throws(InputIssue) -> MapManifest {
        try readLocated(bytes, file: file).manifest
    }

    /// Reads `map.json` and the line each top-level member is on, for messages about values
    /// that parse but do not work (an unknown `crs`, say).
    static func readLocated(_ bytes: [UInt8], file: String = "map.json") throws(InputIssue) -> (manifest: MapManifest, lines: [String: Int]) {
        let root: JSONValue
        var lines: [String: Int] = [:]
        var duplicates: [JSONDuplicateKey] = []
        do {
            root = try JSONParser.parse(bytes, rootMemberLines: &lines, duplicateKeys: &duplicates)
        } catch {
            throw InputIssue(
                .error, file: file, line: error.line,
                message: Localized(en: "not valid JSON (column \(error.column)): \(error.reason)", zh: "不是有效的 JSON(第 \(error.column) 列):\(error.reason)"))
        }
        // The manifest decides how every other file is read: a setting given twice is an error.
        if let repeated = duplicates.first {
            throw InputIssue(
                .error, file: file, line: repeated.line, field: repeated.path.isEmpty ? repeated.key : "\(repeated.pathText).\(repeated.key)",
                message: Localized(
                    en: "'\(repeated.key)' is given twice (column \(repeated.column)); other tools would read the other value, so remove one",
                    zh: "'\(repeated.key)' 出现了两次(第 \(repeated.column) 列);其他工具会读取另一个值,请删除其中一个"))
        }
        guard root.objectMembers != nil else {
            throw InputIssue(.error, file: file, line: 1, message: Localized(en: "must be a JSON object", zh: "必须是 JSON 对象"))
        }
        func line(_ key: String) -> Int? { lines[key] ?? root.line }
        func text(_ key: String, required: Bool) throws(InputIssue) -> String? {
            switch root[key] {
            case .none, .some(.null):
                if required {
                    throw InputIssue(
                        .error, file: file, line: line(key), field: key,
                        message: Localized(en: "required member '\(key)' is missing", zh: "缺少必填项 '\(key)'"))
                }
                return nil
            case .some(.string(let s)):
                if required && s.trimmingCharacters(in: .whitespaces).isEmpty {
                    throw InputIssue(.error, file: file, line: line(key), field: key, message: Localized(en: "'\(key)' is empty", zh: "'\(key)' 为空"))
                }
                return s
            default:
                throw InputIssue(.error, file: file, line: line(key), field: key, message: Localized(en: "'\(key)' must be a string", zh: "'\(key)' 必须是字符串"))
            }
        }
        var layers: [String: String] = [:]
        if let layerValue = root["layers"] {
            guard let members = layerValue.objectMembers else {
                throw InputIssue(
                    .error, file: file, line: line("layers"), field: "layers",
                    message: Localized(en: "'layers' must be an object of file names", zh: "layers 必须是文件名对象"))
            }
            for (role, value) in members {
                guard let name = value.stringValue, !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
                    throw InputIssue(
                        .error, file: file, line: layerValue.line, field: "layers.\(role)",
                        message: Localized(en: "must be a plain file name inside the map folder", zh: "必须是地图文件夹内的文件名"))
                }
                layers[role] = name
            }
        }
        let name = try text("name", required: true)!
        var jurisdictionSource = JurisdictionSource.station
        if let value = try text("jurisdiction_source", required: false) {
            guard let known = JurisdictionSource(rawValue: value) else {
                let values = JurisdictionSource.allCases.map(\.rawValue).joined(separator: ", ")
                throw InputIssue(
                    .error, file: file, line: line("jurisdiction_source"), field: "jurisdiction_source",
                    message: Localized(en: "'\(value)' is not one of \(values)", zh: "'\(value)' 不是 \(values) 之一"))
            }
            jurisdictionSource = known
        }
        var demSourceResolution: Double?
        if let value = root[Self.demSourceResolutionKey], value != .null {
            guard let metres = value.numberValue, metres.isFinite, metres > 0, metres <= Self.demSourceResolutionLimit else {
                throw InputIssue(
                    .error, file: file, line: line(Self.demSourceResolutionKey), field: Self.demSourceResolutionKey,
                    message: Localized(
                        en: "must be a number of metres, 0 < v ≤ \(JSONWriter.format(Self.demSourceResolutionLimit))",
                        zh: "必须是米数,0 < v ≤ \(JSONWriter.format(Self.demSourceResolutionLimit))"))
            }
            demSourceResolution = metres
        }
        let manifest = MapManifest(
            name: name,
            title: try text("title", required: false) ?? name,
            crs: try text("crs", required: true)!,
            workingCRS: try text("working_crs", required: false) ?? "auto",
            layers: layers,
            synthetic: root["synthetic"] == .bool(true),
            source: try text("source", required: false),
            date: try text("date", required: false),
            attribution: try text("attribution", required: false),
            jurisdictionSource: jurisdictionSource, demSourceResolution: demSourceResolution)
        return (manifest, lines)
    }

    /// The manifest as `map.json` text.
    public func json() -> String {
        var members: [(String, JSONValue)] = [
            ("name", .string(name)), ("title", .string(title)), ("crs", .string(crs)), ("working_crs", .string(workingCRS)),
        ]
        if synthetic { members.append(("synthetic", .bool(true))) }
        if let source { members.append(("source", .string(source))) }
        if let date { members.append(("date", .string(date))) }
        if let attribution { members.append(("attribution", .string(attribution))) }
        if jurisdictionSource != .station { members.append(("jurisdiction_source", .string(jurisdictionSource.rawValue))) }
        if let demSourceResolution { members.append((Self.demSourceResolutionKey, .number(demSourceResolution))) }
        let roles = layers.keys.sorted()
        members.append(("layers", .object(roles.map { ($0, JSONValue.string(layers[$0]!)) })))
        return JSONWriter.pretty(.object(members)) + "\n"
    }
}
