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
        let plan = PopulationPlan(villageCount: seats.count, tablelandCount: territories.tablelandCount, random: master.fork("population"))
        var streetRandom = master.fork("streets")
        for v in 0..<territories.tablelandCount {
            let satellites = v == 0 ? 0 : streetRandom.int(1...2)
            let mainShare = satellites == 0 ? 1.0 : streetRandom.uniform(0.55...0.7)
            let axis = v == 0 ? network.direction(at: seats[0]) ?? 0 : streetRandom.uniform(-0.2...0.2)
            let main = VillageStreets.Cluster(village: v, seat: seats[v], households: Int(Double(plan.households[v]) * mainShare))
            VillageStreets.layOut(main, axis: axis, network: &network, landscape: landscape, random: &streetRandom)
            var placed = [seats[v]]
            for s in 0..<satellites {
                guard let seat = satelliteSeat(village: v, avoiding: placed, landscape: landscape, network: network, random: &streetRandom),
                    let route = router.route(from: seat, to: .network, profile: .lane, network: network, budget: 6000)
                else { continue }
                network.addRoute(route, kind: .lane, rank: 2)
                placed.append(seat)
                let share = (1 - mainShare) / Double(satellites)
                let cluster = VillageStreets.Cluster(village: v, seat: seat, households: Int(Double(plan.households[v]) * share))
                VillageStreets.layOut(cluster, axis: axis + streetRandom.uniform(-0.15...0.15) + Double(s) * 0.0, network: &network, landscape: landscape, random: &streetRandom)
            }
        }
        progress("village streets")
        var hamletRandom = master.fork("hamlets")
        var hamlets: [Hamlet] = []
        for v in territories.tablelandCount..<seats.count {
            hamlets += MountainHamlets.build(
                village: v, households: plan.households[v], seat: seats[v], landscape: landscape, network: &network, random: &hamletRandom)
        }
        progress("mountain hamlets")
        return GongliMap(landscape: landscape, arcs: arcs, network: network, toWorking: toWorking)
    }

    /// A flat spot for a second village core, well away from the first and from roads.
    static func satelliteSeat(village: Int, avoiding seats: [Point], landscape: Landscape, network: RoadNetwork, random: inout RandomSource) -> Point? {
        let frame = landscape.frame
        var best: Point?
        var bestScore = 0.0
        for i in 0..<frame.count where landscape.territories.labels[i] == village {
            guard landscape.slope[i] < 0.04, landscape.rimDistance[i] > 150 else { continue }
            let p = frame.center(i)
            let nearest = seats.map { $0.distance(to: p) }.min()!
            guard nearest > 650 else { continue }
            let row = i / frame.columns
            let column = i % frame.columns
            var clear = true
            for dr in stride(from: -5, through: 5, by: 1) where clear {
                for dc in stride(from: -5, through: 5, by: 1) {
                    if let j = frame.index(row: row + dr, column: column + dc), !network.isFree(j) {
                        clear = false
                        break
                    }
                }
            }
            guard clear else { continue }
            let score = Swift.min(nearest, 1400) * random.uniform(0.7...1.0)
            if score > bestScore {
                bestScore = score
                best = p
            }
        }
        return best
    }
}
