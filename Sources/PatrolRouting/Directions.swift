public import PatrolData
import PatrolGeo

/// Turns a ``Route`` into turn-by-turn directions.
///
/// A step is made at every fork (a junction with three or more branches usable by the
/// current mode: the step lists the branch to take and each one to avoid), wherever the
/// route changes road or turns by 30° or more, where the car is parked, where the route
/// leaves the road for the door, and at arrival. Landmarks within ``landmarkRadius`` of a
/// step are named. Each step is a ``Maneuver``; ``ManeuverPhrasing`` words it.
public struct Directions: Sendable {
    /// How far a landmark may be from a junction to be named there, metres.
    public static let landmarkRadius = 80.0
    /// A turn at least this sharp (degrees) gets a step even off a fork.
    public static let turnThreshold = 30.0
    /// Climb over the first 100 m of a branch (metres) above which it is called uphill or downhill.
    public static let climbThreshold = 4.0

    /// The graph the route was found on.
    public let graph: RoutingGraph
    /// Landmarks to name.
    public let landmarks: [Landmark]

    /// Prepares a direction writer.
    public init(graph: RoutingGraph, landmarks: [Landmark]) {
        self.graph = graph
        self.landmarks = landmarks
    }

    /// A junction that needs a step, before it is placed on the route.
    private struct JunctionStep {
        var maneuver: Maneuver
        var turn: Double
        var branches: Int
    }

    /// The steps of `route`, from `startName` to `endName`.
    public func steps(for route: Route, startName: String, endName: String) -> [RouteStep] {
        let legs = route.legs
        guard !legs.isEmpty else { return [] }
        var steps: [RouteStep] = []
        var elapsed = 0.0
        var travelled = 0.0
        var stepStart: (distance: Double, elapsed: Double) = (0, 0)

        func close() {
            guard !steps.isEmpty else { return }
            steps[steps.count - 1].distance = travelled - stepStart.distance
            steps[steps.count - 1].duration = elapsed - stepStart.elapsed
        }
        func add(_ maneuver: Maneuver, at p: Point, mode: TravelMode, turn: Double? = nil, branches: Int = 0) {
            close()
            steps.append(RouteStep(maneuver: maneuver, location: p, distance: 0, duration: 0, elapsed: elapsed, mode: mode, turnAngle: turn, branches: branches))
            stepStart = (travelled, elapsed)
        }

        add(.depart(start: startName, road: firstRoad(legs)), at: legs[0].geometry[0], mode: legs[0].mode)
        for (i, leg) in legs.enumerated() {
            if i > 0 {
                let previous = legs[i - 1]
                let here = leg.geometry[0]
                if case .offRoad = leg.kind, i == legs.count - 1 {
                    let bearing = Branch.compassBearing(Branch.heading(leg.geometry))
                    add(.leaveRoad(bearing: bearing, distance: leg.distance), at: here, mode: .foot)
                } else if case .road = leg.kind, case .road = previous.kind, let node = previous.endNode,
                    let step = junction(node: node, arriving: previous, leaving: leg)
                {
                    add(step.maneuver, at: graph.network.nodes[node], mode: leg.mode, turn: step.turn, branches: step.branches)
                }
            }
            travelled += leg.distance
            elapsed += Double(leg.milliseconds) / 1000
        }
        let walk = route.finalWalkDistance
        let callsOutWalk = walk > 0.5 && (route.legs.contains { $0.mode != .foot } || walk < route.distance)
        add(.arrive(destination: endName, lastWalk: callsOutWalk ? walk : nil), at: legs.last!.geometry.last!, mode: legs.last!.mode)
        close()
        return steps
    }

    /// The route's first road and the walk to it, nil when the route uses no road.
    private func firstRoad(_ legs: [RouteLeg]) -> Maneuver.FirstRoad? {
        guard let index = legs.firstIndex(where: { if case .road = $0.kind { true } else { false } }),
            case .road(let link, _) = legs[index].kind
        else { return nil }
        let leg = legs[index]
        let walk = index > 0 ? legs[0..<index].reduce(0) { $0 + $1.distance } : nil
        return Maneuver.FirstRoad(
            tags: graph.network.tags(of: link), bearing: Branch.compassBearing(Branch.heading(leg.geometry)), mode: leg.mode, walkBefore: walk)
    }

    /// Decides whether the junction between two road legs needs a step, and what it is.
    private func junction(node: Int, arriving: RouteLeg, leaving: RouteLeg) -> JunctionStep? {
        guard case .road(let inLink, let inBackward) = arriving.kind, case .road(let outLink, let outBackward) = leaving.kind else { return nil }
        let network = graph.network
        let here = network.nodes[node]
        let layer = graph.layers.firstIndex(of: leaving.mode) ?? 0
        let arrivingHeading = Self.reverse(Branch.heading(Array(arriving.geometry.reversed())))
        let inEntry = inLink * 2 + (inBackward ? 0 : 1)
        let outEntry = outLink * 2 + (outBackward ? 1 : 0)
        var branches: [Branch] = []
        for slot in Int(network.incidentStart[node])..<Int(network.incidentStart[node + 1]) {
            let entry = Int(network.incidentLinks[slot])
            guard entry != inEntry else { continue }
            let link = entry / 2
            let leavesAtEnd = entry % 2 == 1
            // Only branches this mode may enter count as choices.
            guard entry == outEntry || graph.flatSpeed(layer: layer, link: link, backward: leavesAtEnd) != nil else { continue }
            let geometry = leavesAtEnd ? Array(network.links[link].geometry.reversed()) : network.links[link].geometry
            let bearing = Branch.heading(geometry)
            branches.append(Branch(entry: entry, bearing: bearing, turn: Branch.angle(from: arrivingHeading, to: bearing), climb: climb(geometry), tags: network.tags(of: link)))
        }
        guard let taken = branches.first(where: { $0.entry == outEntry }) else { return nil }
        let landmark = nearestLandmark(here)
        let fork = branches.count >= 2 ? Self.fork(at: here, landmark: landmark, branches: branches, taken: outEntry) : nil
        let maneuver: Maneuver
        if arriving.mode != leaving.mode {
            maneuver = .park(mode: leaving.mode, road: taken.tags, landmark: landmark, fork: fork)
        } else if let fork {
            maneuver = .fork(fork)
        } else if RoadDescription.differs(network.tags(of: inLink), taken.tags) || abs(taken.turn) >= Self.turnThreshold {
            maneuver = .turn(TurnClass(angle: taken.turn), onto: taken.tags, landmark: landmark)
        } else {
            return nil
        }
        return JunctionStep(maneuver: maneuver, turn: taken.turn, branches: branches.count + 1)
    }

    /// The fork made by `branches`, ordered left to right as seen on arrival (larger, more
    /// counter-clockwise turn angles first).
    private static func fork(at here: Point, landmark: String?, branches: [Branch], taken: Int) -> Fork {
        let ordered = branches.sorted { $0.turn > $1.turn }
        return Fork(
            location: here, landmark: landmark,
            branches: ordered.enumerated().map { i, branch in
                ForkBranch(
                    position: BranchPosition(fromLeft: i + 1, count: ordered.count), turnAngle: branch.turn,
                    bearing: Branch.compassBearing(branch.bearing), tags: branch.tags, climb: branch.climb, isTaken: branch.entry == taken)
            })
    }

    /// Elevation gained over the first ``Branch/climbLength`` metres of a line (nil without a DEM).
    private func climb(_ line: [Point]) -> Double? {
        guard let dem = graph.travelTime.elevation, let start = line.first else { return nil }
        let end = Polyline.point(at: min(Branch.climbLength, Polyline.length(line)), on: line)
        guard let z0 = dem.elevation(at: start), let z1 = dem.elevation(at: end) else { return nil }
        return z1 - z0
    }

    /// The name of the nearest landmark within ``landmarkRadius`` of `p` (ties go to the first name in order).
    private func nearestLandmark(_ p: Point) -> String? {
        var best: (Double, String)?
        for landmark in landmarks {
            let d = landmark.location.distance(to: p)
            if d <= Self.landmarkRadius, best == nil || d < best!.0 || (d == best!.0 && landmark.name < best!.1) { best = (d, landmark.name) }
        }
        return best?.1
    }

    private static func reverse(_ angle: Double) -> Double { angle + .pi }
}
