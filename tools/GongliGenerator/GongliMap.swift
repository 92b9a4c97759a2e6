import PatrolGeo

/// The whole generated place, stage by stage, from one fixed seed.
struct GongliMap {
    /// The seed every random choice descends from.
    static let seed: UInt64 = 0x6F6E_676C_6932_3032
    /// Geodesic area the jurisdiction should have, in m².
    static let targetArea = 78.0e6

    let names = PlaceNames()
    let landscape: Landscape
    let arcs: BoundaryArcs
    var network: RoadNetwork
    let toWorking: CoordinateTransform

    /// Runs every stage; `progress` hears the name of each finished one.
    static func generate(progress: (String) -> Void) throws -> GongliMap {
        let master = RandomSource(seed: seed)
        let toWorking = try CoordinateTransform(from: .cgcs2000, to: CoordinateReferenceSystem("EPSG:4545"))
        let rawCentre = try toWorking.forward(Point(x: 109.05, y: 34.90))
        let centre = Point(x: (rawCentre.x / 25).rounded() * 25, y: (rawCentre.y / 25).rounded() * 25)
        let terrain = Terrain(centre: centre, halfWidth: 6500, halfHeight: 7500, random: master.fork("terrain"))
        progress("terrain")
        let frame = terrain.frame
        // The Gauss–Krüger plane enlarges areas here by k² ≈ 1.00023; aim the cell count at that.
        let cellCount = Int((targetArea * 1.00023 / (frame.cellSize * frame.cellSize)).rounded())
        var outline = JurisdictionShape.cells(frame: frame, centre: centre, cellCount: cellCount, random: master.fork("outline")).map { $0 ? 0 : -1 }
        LabelCleanup.tidy(&outline, frame: frame, keepOutside: false)
        LabelCleanup.dropFragments(&outline, frame: frame)
        LabelCleanup.fillHoles(&outline, frame: frame)
        let inside = outline.map { $0 >= 0 }
        var territories = try VillageTerritories(terrain: terrain, inside: inside, tableland: 6, mountain: 8, random: master.fork("villages"))
        territories.orderMountainSeatsByElevation(terrain: terrain)
        let arcs = BoundaryArcs(labels: territories.labels, frame: frame, smoothing: 3, tolerance: 1.0)
        progress("boundary and villages")
        let landscape = Landscape(terrain: terrain, inside: inside, territories: territories)
        var network = RoadNetwork(frame: frame)
        let router = landscape.router
        let seats = territories.seats.map { frame.center($0) }
        try MajorRoads.build(network: &network, router: router, seats: seats, inside: inside, names: PlaceNames())
        progress("county and township roads")
        return GongliMap(landscape: landscape, arcs: arcs, network: network, toWorking: toWorking)
    }
}
