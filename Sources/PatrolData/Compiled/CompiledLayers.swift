import PatrolGeo

// The compiled-map encoding of the map's layers: each type's writer and reader side by side,
// so a change to a type is a change to this one place (and to `CompiledMap.formatVersion`).

extension BinaryWriter {
    mutating func road(_ road: Road) {
        int(road.feature)
        optionalString(road.id)
        tags(road.tags)
        points(road.geometry)
    }

    mutating func household(_ h: Household) {
        string(h.id)
        string(h.village)
        string(h.group)
        string(h.number)
        point(h.location)
        point(h.sourceCoordinate)
        string(h.head)
        int(h.members)
        string(h.phone)
        strings(h.tags)
        string(h.note)
        int(h.sourceLine)
    }

    mutating func post(_ post: Post) {
        string(post.name)
        string(post.kind.rawValue)
        string(post.phone)
        point(post.location)
        point(post.sourceCoordinate)
        optionalString(post.station)
    }

    mutating func landmark(_ landmark: Landmark) {
        string(landmark.name)
        string(landmark.kind)
        point(landmark.location)
        point(landmark.sourceCoordinate)
    }

    mutating func barrier(_ barrier: Barrier) {
        int(barrier.feature)
        optionalString(barrier.id)
        tags(barrier.tags)
        point(barrier.location)
        point(barrier.sourceCoordinate)
    }

    mutating func turn(_ turn: TurnRestriction) {
        int(turn.feature)
        optionalString(turn.id)
        tags(turn.tags)
        points(turn.path)
    }

    mutating func water(_ water: WaterFeature) {
        int(water.feature)
        optionalString(water.id)
        optionalString(water.name)
        tags(water.tags)
        switch water.shape {
        case .area(let area):
            byte(0)
            multiPolygon(area)
        case .lines(let lines):
            byte(1)
            array(lines) { $0.points($1) }
        }
    }

    mutating func elevation(_ grid: ElevationGrid) {
        int(grid.columns)
        int(grid.rows)
        double(grid.west)
        double(grid.south)
        double(grid.cellSize)
        optionalDouble(grid.sourceResolution)
        floats(grid.values)
    }

    mutating func village(_ village: Village) {
        string(village.name)
        multiPolygon(village.boundary)
        double(village.geodesicArea)
        optionalString(village.station)
    }

    mutating func jurisdiction(_ jurisdiction: Jurisdiction) {
        string(jurisdiction.name)
        multiPolygon(jurisdiction.boundary)
        double(jurisdiction.geodesicArea)
    }
}

extension BinaryReader {
    mutating func road() throws(CompiledMapDamage) -> Road {
        Road(feature: try int(), id: try optionalString(), tags: try tags(), geometry: try points())
    }

    mutating func household() throws(CompiledMapDamage) -> Household {
        Household(
            id: try string(), village: try string(), group: try string(), number: try string(), location: try point(),
            sourceCoordinate: try point(), head: try string(), members: try int(), phone: try string(), tags: try strings(), note: try string(),
            sourceLine: try int())
    }

    mutating func post() throws(CompiledMapDamage) -> Post {
        let name = try string()
        let kindName = try string()
        guard let kind = PostKind(rawValue: kindName) else { throw CompiledMapDamage("unknown post kind '\(kindName)'") }
        return Post(name: name, kind: kind, phone: try string(), location: try point(), sourceCoordinate: try point(), station: try optionalString())
    }

    mutating func landmark() throws(CompiledMapDamage) -> Landmark {
        Landmark(name: try string(), kind: try string(), location: try point(), sourceCoordinate: try point())
    }

    mutating func barrier() throws(CompiledMapDamage) -> Barrier {
        Barrier(feature: try int(), id: try optionalString(), tags: try tags(), location: try point(), sourceCoordinate: try point())
    }

    mutating func turn() throws(CompiledMapDamage) -> TurnRestriction {
        TurnRestriction(feature: try int(), id: try optionalString(), tags: try tags(), path: try points())
    }

    mutating func water() throws(CompiledMapDamage) -> WaterFeature {
        let feature = try int()
        let id = try optionalString()
        let name = try optionalString()
        let tags = try tags()
        let shape: WaterFeature.Shape
        switch try byte() {
        case 0: shape = .area(try multiPolygon())
        case 1: shape = .lines(try array { r throws(CompiledMapDamage) in try r.points() })
        case let other: throw CompiledMapDamage("unknown water shape \(other)")
        }
        return WaterFeature(feature: feature, id: id, name: name, tags: tags, shape: shape)
    }

    mutating func elevation() throws(CompiledMapDamage) -> ElevationGrid {
        let (columns, rows) = (try int(), try int())
        let (west, south, cellSize) = (try double(), try double(), try double())
        let sourceResolution = try optionalDouble()
        let values = try floats()
        do {
            return try ElevationGrid(
                columns: columns, rows: rows, west: west, south: south, cellSize: cellSize, values: values, sourceResolution: sourceResolution)
        } catch {
            throw CompiledMapDamage("an elevation grid that does not fit: \(error)")
        }
    }

    mutating func village() throws(CompiledMapDamage) -> Village {
        Village(name: try string(), boundary: try multiPolygon(), geodesicArea: try double(), station: try optionalString())
    }

    mutating func jurisdiction() throws(CompiledMapDamage) -> Jurisdiction {
        Jurisdiction(name: try string(), boundary: try multiPolygon(), geodesicArea: try double())
    }
}
