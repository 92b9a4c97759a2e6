public import PatrolData
import PatrolGeo

/// Turns a ``Route`` into turn-by-turn directions.
///
/// Every junction of three or more roads the route passes is a ``Fork`` listing every branch,
/// those the mode may not enter included. A fork where the route leaves the obvious
/// continuation, or where another branch could pass for it, is a decision and its own step;
/// a run of forks where the route simply stays on its road (``Fork/isContinuation``) is one
/// ``FollowRun`` step that lists them all. Steps are also made wherever the route changes road,
/// where the car is parked, where the route leaves the road for the door, and at arrival. Landmarks within ``landmarkRadius`` of a step are named. Each step
/// is a ``Maneuver``; ``ManeuverPhrasing`` words it.
public struct Directions: Sendable {
    /// How far a landmark may be from a junction to be named there, metres.
    public static let landmarkRadius = 80.0
    /// Degrees off straight within which a branch could pass for the way on: a fork where the
    /// route bends this much, or another branch lies closer to straight, is a decision.
    public static let turnThreshold = 30.0
    /// Climb over the first 100 m of a branch (metres) above which it is called uphill or downhill.
    public static let climbThreshold = 4.0

    /// The graph the route was found on.
    public let graph: RoutingGraph
    /// Landmarks to name.
    public let landmarks: [Landmark]
    /// Which words fit the map's unnamed roads.
    public let region: RoadRegion

    /// Prepares a direction writer; `region` (``RoadRegion/init(map:)``) picks the words for
    /// unnamed roads.
    public init(graph: RoutingGraph, landmarks: [Landmark], region: RoadRegion = .china) {
        self.graph = graph
        self.landmarks = landmarks
        self.region = region
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
            guard let last = steps.indices.last else { return }
            steps[last].distance = travelled - stepStart.distance
            steps[last].duration = elapsed - stepStart.elapsed
            if case .follow(var run) = steps[last].maneuver {
                run.distance = steps[last].distance
                steps[last].maneuver = .follow(run)
            }
        }
        func add(_ maneuver: Maneuver, at p: Point, mode: TravelMode, turn: Double? = nil, branches: Int = 0) {
            // A fork where the route stays on its road joins the run the previous step began.
            if case .follow(let run) = maneuver, let last = steps.indices.last, case .follow(var current) = steps[last].maneuver,
                !RoadDescription.differs(current.road, run.road), current.mode == run.mode
            {
                current.forks += run.forks
                steps[last].maneuver = .follow(current)
                return
            }
            close()
            steps.append(
                RouteStep(
                    maneuver: maneuver, location: p, distance: 0, duration: 0, elapsed: elapsed, mode: mode, turnAngle: turn, branches: branches,
                    region: region))
            stepStart = (travelled, elapsed)
        }

        add(.depart(start: startName, road: firstRoad(legs)), at: legs[0].geometry[0], mode: legs[0].mode)
        for (i, leg) in legs.enumerated() {
            if i > 0 {
                let previous = legs[i - 1]
                let here = leg.geometry[0]
                // A house on the road's edge has no walk worth a step ("walk 0 m to the door").
                if case .offRoad = leg.kind, i == legs.count - 1, leg.distance >= Self.negligibleWalk {
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
        let callsOutWalk = walk >= Self.negligibleWalk && (route.legs.contains { $0.mode != .foot } || walk < route.distance)
        add(.arrive(destination: endName, lastWalk: callsOutWalk ? walk : nil), at: legs.last!.geometry.last!, mode: legs.last!.mode)
        close()
        return steps
    }

    /// Walks shorter than this (metres) round to "0 m" and are not said.
    static let negligibleWalk = 0.5

    /// The route's first road and the walk to it, nil when the route uses no road.
    private func firstRoad(_ legs: [RouteLeg]) -> Maneuver.FirstRoad? {
        guard let index = legs.firstIndex(where: { if case .road = $0.kind { true } else { false } }),
            case .road(let link, _) = legs[index].kind
        else { return nil }
        let leg = legs[index]
        let walked = legs[0..<index].reduce(0) { $0 + $1.distance }
        let walk = walked >= Self.negligibleWalk ? walked : nil
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
            let tags = network.tags(of: link)
            // Every road counts: one the mode may not enter can still be mistaken for the way.
            let usable = entry == outEntry || graph.flatSpeed(layer: layer, link: link, backward: leavesAtEnd) != nil
            let closure =
                usable ? nil : BranchClosure(tags: tags, mode: leaving.mode, season: graph.season, tables: graph.tables, backward: leavesAtEnd)
            let geometry = leavesAtEnd ? Array(network.links[link].geometry.reversed()) : network.links[link].geometry
            let bearing = Branch.heading(geometry)
            branches.append(
                Branch(
                    entry: entry, bearing: bearing, turn: Branch.angle(from: arrivingHeading, to: bearing), climb: climb(geometry), tags: tags,
                    closure: closure))
        }
        guard let taken = branches.first(where: { $0.entry == outEntry }) else { return nil }
        let landmark = nearestLandmark(here)
        let arrivingRoad = network.tags(of: inLink)
        let fork = branches.count >= 2 ? Self.fork(at: here, landmark: landmark, arrivingRoad: arrivingRoad, branches: branches, taken: outEntry) : nil
        let maneuver: Maneuver
        if arriving.mode != leaving.mode {
            maneuver = .park(mode: leaving.mode, road: taken.tags, landmark: landmark, fork: fork)
        } else if let fork, fork.isContinuation {
            maneuver = .follow(FollowRun(road: taken.tags, mode: leaving.mode, distance: 0, forks: [fork]))
        } else if let fork {
            maneuver = .fork(fork)
        } else if RoadDescription.differs(arrivingRoad, taken.tags) {
            // Where two roads simply meet, only a change of road is a step: a bend in the
            // road already driven leaves nothing to choose.
            maneuver = .turn(TurnClass(angle: taken.turn), onto: taken.tags, landmark: landmark)
        } else {
            return nil
        }
        return JunctionStep(maneuver: maneuver, turn: taken.turn, branches: branches.count + 1)
    }

    /// The fork made by `branches`, ordered left to right as seen on arrival (larger, more
    /// counter-clockwise turn angles first).
    private static func fork(at here: Point, landmark: String?, arrivingRoad: [String: String], branches: [Branch], taken: Int) -> Fork {
        let ordered = branches.sorted { $0.turn > $1.turn }
        return Fork(
            location: here, landmark: landmark, arrivingRoad: arrivingRoad,
            branches: ordered.enumerated().map { i, branch in
                ForkBranch(
                    position: BranchPosition(fromLeft: i + 1, count: ordered.count), turnAngle: branch.turn,
                    bearing: Branch.compassBearing(branch.bearing), tags: branch.tags, climb: branch.climb, isTaken: branch.entry == taken,
                    closure: branch.closure)
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
