import Foundation
import PatrolGeo

/// A settlement the households will be placed in: a village core, a hamlet up a valley or
/// on a ridge, or a single farmstead.
struct Hamlet {
    var village: Int
    var site: Point
    var households: Int
    /// How the hamlet is reached: `.township` for a village core, `.lane`, `.track` or `.path`.
    var access: RoadKind
}

/// The mountain villages' settlements and the lanes, tracks and paths that reach them.
///
/// Hamlets are scattered over valley floors and flat ridge tops (fewer the higher they
/// lie) and joined to the network nearest first, so each new lane ends on a lane built
/// before it: lanes climb the valleys and fork again and again, as real ones grew.
enum MountainHamlets {
    /// Builds village `village`'s hamlets and their roads; returns the settlements.
    static func build(
        village: Int, households: Int, seat: Point, landscape: Landscape, network: inout RoadNetwork, random: inout RandomSource
    ) -> [Hamlet] {
        let frame = landscape.frame
        let terrain = landscape.terrain
        let router = landscape.router
        let coreShare = random.uniform(0.22...0.32)
        var core = Hamlet(village: village, site: seat, households: Int(Double(households) * coreShare), access: .township)
        var sizes: [Int] = []
        var remaining = households - core.households
        while remaining > 0 {
            let size = Swift.min(remaining, 3 + Int(22 * pow(random.unit(), 2)))
            sizes.append(size)
            remaining -= size
        }

        // Candidate sites, in a random order that favours low valley floors.
        let seatHeight = terrain.elevation[frame.cell(containing: seat)!]
        var keyed: [(Double, Int)] = []
        for i in 0..<frame.count where landscape.territories.labels[i] == village {
            let s = landscape.slope[i]
            guard s < 0.22, !landscape.stream[i], !landscape.blocked[i], network.isFree(i) else { continue }
            let area = terrain.drainage.area[i]
            let valley = (1e4...2e7).contains(area) ? 1.0 : 0.45
            let height = exp(-(terrain.elevation[i] - seatHeight) / 350)
            let score = valley * height * (1 - s / 0.22) + 1e-6
            keyed.append((-log(Swift.max(random.unit(), 1e-300)) / score, i))
        }
        keyed.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        var sites: [Point] = []
        for (_, i) in keyed where sites.count < sizes.count {
            let p = frame.center(i)
            guard p.distance(to: seat) > 250, sites.allSatisfy({ $0.distance(to: p) > 190 }) else { continue }
            sites.append(p)
        }

        // Join them to the network, nearest the village seat first.
        let order = sites.indices.sorted { sites[$0].distance(to: seat) < sites[$1].distance(to: seat) }
        var hamlets: [Hamlet] = []
        for (n, s) in order.enumerated() {
            let site = sites[s]
            guard let cell = frame.cell(containing: site), network.isFree(cell) else {
                core.households += sizes[n]
                continue
            }
            var access: RoadKind?
            for (profile, kind, budget) in [(RouteProfile.lane, RoadKind.lane, 6000.0), (.track, .track, 4000), (.path, .path, 3000)] {
                if let route = router.route(from: site, to: .network, profile: profile, network: network, budget: budget) {
                    network.addRoute(route, kind: kind, rank: kind == .path ? 0 : (kind == .track ? 1 : 2))
                    access = kind
                    break
                }
            }
            guard let access else {
                core.households += sizes[n]
                continue
            }
            hamlets.append(Hamlet(village: village, site: site, households: sizes[n], access: access))
            // Bigger hamlets have a lane or two of their own between the houses.
            let branches = access == .lane ? (sizes[n] >= 14 ? 2 : (sizes[n] >= 6 ? 1 : 0)) : 0
            for _ in 0..<branches {
                let angle = random.uniform(0...(2 * Double.pi))
                let target = site + Point(x: cos(angle), y: sin(angle)) * random.uniform(70...150)
                guard let c = frame.cell(containing: target), landscape.territories.labels[c] == village,
                    landscape.slope[c] < 0.3, network.isFree(c),
                    let route = router.route(from: target, to: .network, profile: .lane, network: network, budget: 450)
                else { continue }
                network.addRoute(route, kind: .lane, rank: 2)
            }
        }
        // Households planned for hamlets the valley had no room for live at the core.
        core.households += sizes.dropFirst(sites.count).reduce(0, +)
        hamlets.insert(core, at: 0)

        // Tracks up to the fields on the ridge tops, and a few farmsteads at the end of a path.
        var roadDistance = DistanceField.distances(frame: frame, sources: (0..<frame.count).filter { !network.isFree($0) })
        var fieldCandidates: [(Double, Int)] = []
        var farmCandidates: [(Double, Int)] = []
        for i in 0..<frame.count where landscape.territories.labels[i] == village && !landscape.blocked[i] && !landscape.stream[i] {
            let d = roadDistance[i]
            if landscape.slope[i] < 0.1, (300...900).contains(d), isRidge(i, terrain: terrain) {
                fieldCandidates.append((random.unit(), i))
            }
            if landscape.slope[i] < 0.3, (220...600).contains(d) {
                farmCandidates.append((random.unit(), i))
            }
        }
        fieldCandidates.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        farmCandidates.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        var tracks = 0
        for (_, i) in fieldCandidates where tracks < 4 {
            guard roadDistance[i] >= 300,
                let route = router.route(from: frame.center(i), to: .network, profile: .track, network: network, budget: 3000)
            else { continue }
            network.addRoute(route, kind: .track, rank: 1)
            tracks += 1
            roadDistance = DistanceField.distances(frame: frame, sources: (0..<frame.count).filter { !network.isFree($0) })
        }
        var farms = 0
        let farmCount = random.int(1...3)
        for (_, i) in farmCandidates where farms < farmCount {
            guard roadDistance[i] >= 220,
                let route = router.route(from: frame.center(i), to: .network, profile: .path, network: network, budget: 2500)
            else { continue }
            network.addRoute(route, kind: .path, rank: 0)
            hamlets.append(Hamlet(village: village, site: frame.center(i), households: 1, access: .path))
            hamlets[0].households -= 1
            farms += 1
        }
        return hamlets
    }

    /// True when cell `i` stands above most of the ground within 75 m (a ridge or knoll top).
    static func isRidge(_ i: Int, terrain: Terrain) -> Bool {
        let frame = terrain.frame
        let row = i / frame.columns
        let column = i % frame.columns
        var lower = 0
        var count = 0
        for dr in -3...3 {
            for dc in -3...3 {
                guard let j = frame.index(row: row + dr, column: column + dc) else { continue }
                count += 1
                if terrain.elevation[j] < terrain.elevation[i] - 2 { lower += 1 }
            }
        }
        return lower * 10 >= count * 7
    }
}
