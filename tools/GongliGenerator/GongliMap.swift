import Foundation
import PatrolData
import PatrolGeo

/// The whole generated place, stage by stage, from one fixed seed.
struct GongliMap {
    /// The seed every random choice descends from.
    static let seed: UInt64 = 0x6F6E_676C_6932_3032
    /// Geodesic area the jurisdiction should have, in m².
    static let targetArea = 78.0e6

    /// Names of the township, its villages and main roads.
    let names = PlaceNames()
    /// Terrain, jurisdiction, village territories, streams.
    let landscape: Landscape
    /// The shared outlines of the jurisdiction and the villages.
    let arcs: BoundaryArcs
    /// The roads as built (before tagging).
    let network: RoadNetwork
    /// CGCS2000 longitude/latitude → EPSG:4545.
    let toWorking: CoordinateTransform
    /// The mountain settlements (village cores, hamlets, farmsteads).
    let hamlets: [Hamlet]
    /// The household ledger.
    let households: [Household]
    /// The roads as written: tagged stretches.
    let roads: [RoadTagging.Stretch]
    /// The station, police rooms and registration room.
    let posts: [PostsAndLandmarks.Place]
    /// Named points for directions.
    let landmarks: [PostsAndLandmarks.Place]
    /// The reservoir's surface and the streams.
    let water: WaterBodies

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
        let inside = JurisdictionShape.mask(frame: frame, centre: centre, cellCount: cellCount, random: master.fork("outline"))
        var territories = try VillageTerritories(terrain: terrain, inside: inside, tableland: 6, mountain: 8, random: master.fork("villages"))
        territories.orderMountainSeatsByElevation(terrain: terrain)
        let arcs = BoundaryArcs(labels: territories.labels, frame: frame, smoothing: 3, tolerance: 1.0)
        progress("boundary and villages")
        var flooded = terrain
        let reservoir = Reservoir.build(terrain: terrain, inside: inside, avoiding: territories.seats)
        if let reservoir {
            for cell in reservoir.water { flooded.elevation[cell] = reservoir.level }
        }
        var landscape = Landscape(terrain: flooded, inside: inside, territories: territories)
        for cell in reservoir?.water ?? [] { landscape.blocked[cell] = true }
        var network = RoadNetwork(frame: frame)
        let router = landscape.router
        let seats = territories.seats.map { frame.center($0) }
        try MajorRoads.build(network: &network, router: router, seats: seats, inside: inside, names: PlaceNames())
        progress("county and township roads")
        let plan = PopulationPlan(villageCount: seats.count, tablelandCount: territories.tablelandCount, random: master.fork("population"))
        let clusterSeats = VillageStreets.layOutTablelandVillages(
            seats: seats, tablelandCount: territories.tablelandCount, plan: plan, network: &network, landscape: landscape,
            random: master.fork("streets"))
        progress("village streets")
        var hamletRandom = master.fork("hamlets")
        var hamlets: [Hamlet] = []
        for v in territories.tablelandCount..<seats.count {
            hamlets += MountainHamlets.build(
                village: v, households: plan.households[v], seat: seats[v], landscape: landscape, network: &network, random: &hamletRandom)
        }
        progress("\(hamlets.count) mountain settlements")
        var fieldRandom = master.fork("fields")
        for v in 0..<territories.tablelandCount {
            FieldTracks.build(village: v, landscape: landscape, network: &network, random: &fieldRandom)
        }
        progress("field tracks")
        FieldTracks.connect(villages: 0..<territories.tablelandCount, landscape: landscape, network: &network, count: 6, random: &fieldRandom)
        progress("connectors")
        var pathRandom = master.fork("footpaths")
        RidgeFootpaths.build(hamlets: hamlets, landscape: landscape, network: &network, count: 28, random: &pathRandom)
        let junctions = network.joinRemainingCrossings()
        progress("farm tracks and footpaths (\(junctions) late junctions)")

        let polygons = try territories.seats.indices.map { v in
            let rings = try arcs.rings { $0 == v }
            return try Polygon(exterior: rings[0])
        }
        var placement = HouseholdPlacement(landscape: landscape, polygons: polygons, network: network)
        var houseRandom = master.fork("houses")
        for v in 0..<territories.tablelandCount {
            placeTablelandVillage(v, seats: clusterSeats[v], count: plan.households[v], network: network, placement: &placement, random: &houseRandom)
        }
        for v in territories.tablelandCount..<seats.count {
            placeMountainVillage(v, hamlets: hamlets, network: network, placement: &placement, random: &houseRandom)
        }
        progress("\(placement.houses.count) houses")
        let households = HouseholdLedger.build(
            houses: placement.houses, hamlets: hamlets, seats: seats, tablelandCount: territories.tablelandCount, names: PlaceNames(),
            toSource: { toWorking.inverse($0) }, random: master.fork("ledger"))
        progress("household ledger")
        let tagging = RoadTagging(network: network, households: households, landscape: landscape, random: master.fork("tags"))
        progress("road tags, bridges and fords")
        let points = PostsAndLandmarks(
            landscape: landscape, network: network, seats: seats, tablelandCount: territories.tablelandCount, hamlets: hamlets,
            bridges: tagging.stretches, reservoir: reservoir, names: PlaceNames(), random: master.fork("landmarks"))
        let water = WaterBodies(landscape: landscape, flooded: reservoir?.water ?? [])
        progress("reservoir and \(water.courses.count) streams")
        return GongliMap(
            landscape: landscape, arcs: arcs, network: network, toWorking: toWorking, hamlets: hamlets, households: households,
            roads: tagging.stretches, posts: points.posts, landmarks: points.landmarks, water: water)
    }
}
