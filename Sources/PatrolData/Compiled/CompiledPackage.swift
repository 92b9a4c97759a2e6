import PatrolGeo

// The compiled-map encoding of a whole loaded package: the manifest, the CRSs, every layer,
// the profile overrides and every issue the readers found, in the order `PackageReading` built them.

extension BinaryWriter {
    mutating func manifest(_ m: MapManifest) {
        string(m.name)
        string(m.title)
        string(m.crs)
        string(m.workingCRS)
        tags(m.layers)
        bool(m.synthetic)
        optionalString(m.source)
        optionalString(m.date)
        optionalString(m.attribution)
        string(m.jurisdictionSource.rawValue)
        optionalDouble(m.demSourceResolution)
    }

    mutating func issue(_ issue: InputIssue) {
        string(issue.severity.rawValue)
        string(issue.file)
        optionalInt(issue.line)
        optionalInt(issue.feature)
        optionalString(issue.recordID)
        optionalString(issue.field)
        string(issue.message.en)
        string(issue.message.zh)
    }

    mutating func profiles(_ profiles: ProfileOverrides) {
        dictionary(profiles.modes) { w, mode in
            w.dictionary(mode.highway) { $0.double($1) }
            w.dictionary(mode.trackType) { $0.double($1) }
            w.dictionary(mode.surface) { $0.double($1) }
            w.dictionary(mode.smoothness) { $0.double($1) }
            w.optionalDouble(mode.minimumWidth)
            w.optionalDouble(mode.comfortableWidth)
            w.optionalDouble(mode.narrowFactor)
            w.optionalDouble(mode.wetUnpavedFactor)
            w.optional(mode.obeysOneway) { $0.bool($1) }
            w.optional(mode.access) { $0.strings($1) }
            w.optional(mode.pavedSurfaces) { $0.strings($1) }
            w.optional(mode.unpavedHighways) { $0.strings($1) }
        }
    }

    /// Appends every part of a loaded map but its folder and its PROJ transforms (their PROJ
    /// pipelines are kept, so a later load makes them without searching PROJ's database).
    mutating func map(_ map: PatrolMap) {
        manifest(map.manifest)
        string(map.inputCRS.definition)
        string(map.workingCRS.definition)
        bool(map.inputIsGeographic)
        let operations = map.coordinates.operations
        optionalString(operations.wgs84)
        optionalString(operations.input)
        jurisdiction(map.jurisdiction)
        array(map.villages) { $0.village($1) }
        array(map.households) { $0.household($1) }
        optionalString(map.householdEncoding?.rawValue)
        array(map.posts) { $0.post($1) }
        array(map.roads) { $0.road($1) }
        array(map.landmarks) { $0.landmark($1) }
        array(map.barriers) { $0.barrier($1) }
        array(map.turns) { $0.turn($1) }
        array(map.water) { $0.water($1) }
        optional(map.elevation) { $0.elevation($1) }
        profiles(map.profiles)
        array(map.issues) { $0.issue($1) }
    }
}

extension BinaryReader {
    mutating func manifest() throws(CompiledMapDamage) -> MapManifest {
        let (name, title, crs, workingCRS) = (try string(), try string(), try string(), try string())
        let (layers, synthetic) = (try tags(), try bool())
        let (source, date, attribution) = (try optionalString(), try optionalString(), try optionalString())
        let sourceName = try string()
        guard let jurisdictionSource = JurisdictionSource(rawValue: sourceName) else {
            throw CompiledMapDamage("unknown jurisdiction source '\(sourceName)'")
        }
        let demSourceResolution = try optionalDouble()
        return MapManifest(
            name: name, title: title, crs: crs, workingCRS: workingCRS, layers: layers, synthetic: synthetic, source: source, date: date,
            attribution: attribution, jurisdictionSource: jurisdictionSource, demSourceResolution: demSourceResolution)
    }

    mutating func issue() throws(CompiledMapDamage) -> InputIssue {
        let severityName = try string()
        guard let severity = InputIssue.Severity(rawValue: severityName) else { throw CompiledMapDamage("unknown severity '\(severityName)'") }
        return InputIssue(
            severity, file: try string(), line: try optionalInt(), feature: try optionalInt(), recordID: try optionalString(),
            field: try optionalString(), message: Localized(en: try string(), zh: try string()))
    }

    mutating func profiles() throws(CompiledMapDamage) -> ProfileOverrides {
        let modes = try dictionary { r throws(CompiledMapDamage) -> ModeOverrides in
            var mode = ModeOverrides()
            mode.highway = try r.dictionary { r throws(CompiledMapDamage) in try r.double() }
            mode.trackType = try r.dictionary { r throws(CompiledMapDamage) in try r.double() }
            mode.surface = try r.dictionary { r throws(CompiledMapDamage) in try r.double() }
            mode.smoothness = try r.dictionary { r throws(CompiledMapDamage) in try r.double() }
            mode.minimumWidth = try r.optionalDouble()
            mode.comfortableWidth = try r.optionalDouble()
            mode.narrowFactor = try r.optionalDouble()
            mode.wetUnpavedFactor = try r.optionalDouble()
            mode.obeysOneway = try r.optional { r throws(CompiledMapDamage) in try r.bool() }
            mode.access = try r.optional { r throws(CompiledMapDamage) in try r.strings() }
            mode.pavedSurfaces = try r.optional { r throws(CompiledMapDamage) in try r.strings() }
            mode.unpavedHighways = try r.optional { r throws(CompiledMapDamage) in try r.strings() }
            return mode
        }
        return ProfileOverrides(modes: modes)
    }

    /// Reads a map written by ``BinaryWriter/map(_:)``; `directory` is the folder it now stands
    /// for, and the map's PROJ transforms are made when first used.
    mutating func map(directory: String) throws(CompiledMapDamage) -> PatrolMap {
        let manifest = try manifest()
        let inputCRS = CoordinateReferenceSystem(try string())
        let workingCRS = CoordinateReferenceSystem(try string())
        let geographic = try bool()
        let operations = MapCoordinates.Operations(wgs84: try optionalString(), input: try optionalString())
        let jurisdiction = try jurisdiction()
        let villages = try array { r throws(CompiledMapDamage) in try r.village() }
        let households = try array { r throws(CompiledMapDamage) in try r.household() }
        let encodingName = try optionalString()
        let encoding = try encodingName.map { name throws(CompiledMapDamage) -> TextEncoding in
            guard let encoding = TextEncoding(rawValue: name) else { throw CompiledMapDamage("unknown text encoding '\(name)'") }
            return encoding
        }
        let posts = try array { r throws(CompiledMapDamage) in try r.post() }
        let roads = try array { r throws(CompiledMapDamage) in try r.road() }
        let landmarks = try array { r throws(CompiledMapDamage) in try r.landmark() }
        let barriers = try array { r throws(CompiledMapDamage) in try r.barrier() }
        let turns = try array { r throws(CompiledMapDamage) in try r.turn() }
        let water = try array { r throws(CompiledMapDamage) in try r.water() }
        let elevation = try optional { r throws(CompiledMapDamage) in try r.elevation() }
        let profiles = try profiles()
        let issues = try array { r throws(CompiledMapDamage) in try r.issue() }
        return PatrolMap(
            directory: directory, manifest: manifest, inputCRS: inputCRS, workingCRS: workingCRS, inputIsGeographic: geographic,
            coordinates: MapCoordinates(deferredFrom: inputCRS, to: workingCRS, operations: operations), jurisdiction: jurisdiction, villages: villages,
            households: households, householdEncoding: encoding, posts: posts, roads: roads, landmarks: landmarks, barriers: barriers, turns: turns,
            water: water, elevation: elevation, profiles: profiles, issues: issues)
    }
}
