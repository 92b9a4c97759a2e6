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

    /// What the route meets at a junction between two road legs.
    private struct Junction {
        /// Where it is.
        var node: Int
        /// The fork, when three or more roads meet.
        var fork: Fork?
        /// The branch taken.
        var taken: Branch
        /// The tags of the road arrived on.
        var arrivingRoad: [String: String]
        /// Heading of the arrival, radians.
        var arrivingHeading: Double
        /// The nearest landmark.
        var landmark: String?
        /// Roads meeting here, the arriving one included.
        var ways: Int
    }

    /// The steps of `route`, from `startName` to `endName`.
    ///
    /// One grouping serves every reader (text, JSON, GPX, the route card, the console): a run
    /// of continuation forks on the road a step leads onto is that step's ``RouteStep/run``
    /// (elsewhere a ``FollowRun`` step of its own); a roundabout is one step;
    /// two junctions within ``SplitJunction/length`` of each other where a one-way half or a
    /// parallel lane is involved are one turn; a fork passed within that length of a decision
    /// joins the decision's step. Every fork passed is in exactly one step's ``RouteStep/forks``.
    public func steps(for route: Route, startName: String, endName: String) -> [RouteStep] {
        let legs = route.legs
        guard !legs.isEmpty else { return [] }
        var steps: [RouteStep] = []
        // Where each step begins: metres and seconds from the start.
        var starts: [(distance: Double, elapsed: Double)] = []
        // How the last step's junction was arrived at, when it is a junction decision.
        var arrival: (heading: Double, road: [String: String])?
        var roundaboutStep: Int?
        // The last continuation fork that went on the end of a run, while it is the last thing in the steps.
        var runFork: (fork: Fork, distance: Double, elapsed: Double, heading: Double, road: [String: String])?
        var elapsed = 0.0
        var travelled = 0.0
        let along = routeNodes(legs)

        func append(_ maneuver: Maneuver, at p: Point, mode: TravelMode, turn: Double? = nil, branches: Int = 0, forks: [Fork]) {
            steps.append(
                RouteStep(
                    maneuver: maneuver, location: p, distance: 0, duration: 0, elapsed: elapsed, mode: mode, turnAngle: turn, branches: branches,
                    region: region, forks: forks))
            starts.append((travelled, elapsed))
            arrival = nil
            runFork = nil
        }
        /// Metres from the start of the last step to here.
        func sinceLast() -> Double { travelled - (starts.last?.distance ?? 0) }
        /// Takes back the last step when it is a follow run begun a few metres before a decision, and returns its forks.
        func absorbShortRun() -> [Fork] {
            guard let last = steps.last, last.kind == .follow, sinceLast() < SplitJunction.length else { return [] }
            steps.removeLast()
            starts.removeLast()
            return last.forks
        }
        func decide(_ j: Junction, leg: RouteLeg) {
            let here = graph.network.nodes[j.node]
            let forks = j.fork.map { [$0] } ?? []
            let changesRoad = RoadDescription.differs(j.arrivingRoad, j.taken.tags)
            let isChoice = j.fork?.isChoice ?? false
            if let fork = j.fork, !isChoice, !changesRoad {
                // No choice (a parallel lane, a one-way road coming in): no junction to speak of.
                steps[steps.count - 1].forks.append(fork)
                return
            }
            if let fork = j.fork, fork.isContinuation {
                // Stay on the road: join the run, or the decision made a few metres back.
                if let last = steps.indices.last, case .follow(var run) = steps[last].maneuver, !RoadDescription.differs(run.road, j.taken.tags),
                    run.mode == leg.mode
                {
                    run.forks.append(fork)
                    steps[last].maneuver = .follow(run)
                    steps[last].forks.append(fork)
                    runFork = (fork, travelled, elapsed, j.arrivingHeading, j.arrivingRoad)
                } else if let last = steps.last, last.isJunctionDecision, sinceLast() < SplitJunction.length {
                    steps[steps.count - 1].forks.append(fork)
                } else if let last = steps.indices.last, steps[last].mode == leg.mode, let road = steps[last].run?.road ?? steps[last].maneuver.road,
                    !RoadDescription.differs(road, j.taken.tags)
                {
                    // The road the last step led onto: its run goes on through this fork.
                    var run = steps[last].run ?? FollowRun(road: road, mode: leg.mode, distance: 0, forks: [])
                    run.forks.append(fork)
                    steps[last].run = run
                    steps[last].forks.append(fork)
                    runFork = (fork, travelled, elapsed, j.arrivingHeading, j.arrivingRoad)
                } else {
                    append(.follow(FollowRun(road: j.taken.tags, mode: leg.mode, distance: 0, forks: [fork])), at: here, mode: leg.mode, forks: [fork])
                    arrival = (j.arrivingHeading, j.arrivingRoad)
                }
                return
            }
            guard j.fork != nil || changesRoad else { return }
            if !isChoice, TurnClass(angle: j.taken.turn) == .straight {
                // Straight on where only the name changes: nothing to do; the next step names the road.
                steps[steps.count - 1].forks += forks
                return
            }
            let maneuver: Maneuver =
                isChoice ? .fork(j.fork!) : .turn(TurnClass(angle: j.taken.turn), onto: j.taken.tags, landmark: j.landmark)
            // Two junctions a few metres apart with a one-way half or a parallel lane between them: one turn.
            if let back = runFork, travelled - back.distance < SplitJunction.length, !isChoice || ([back.fork] + forks).contains(where: \.isSplit) {
                // The first half went on the end of the last step's run: take it back, the turn begins there.
                let last = steps.count - 1
                steps[last].forks.removeLast()
                if case .follow(var run) = steps[last].maneuver {
                    run.forks.removeLast()
                    steps[last].maneuver = .follow(run)
                } else {
                    steps[last].run?.forks.removeLast()
                    if steps[last].run?.forks.isEmpty == true { steps[last].run = nil }
                }
                let angle = Branch.angle(from: back.heading, to: j.taken.bearing)
                let split = SplitJunction(
                    turn: TurnClass(angle: angle), road: j.taken.tags, staysOnRoad: !RoadDescription.differs(back.road, j.taken.tags),
                    landmark: back.fork.landmark ?? j.landmark)
                steps.append(
                    RouteStep(
                        maneuver: .splitJunction(split), location: back.fork.location, distance: 0, duration: 0, elapsed: back.elapsed, mode: leg.mode,
                        turnAngle: angle, branches: j.ways, region: region, forks: [back.fork] + forks))
                starts.append((back.distance, back.elapsed))
                arrival = nil
                runFork = nil
                return
            }
            if let last = steps.indices.last, let first = arrival, sinceLast() < SplitJunction.length,
                !isChoice || (steps[last].forks + forks).contains(where: \.isSplit)
            {
                // The step may have been a run of one fork: its maneuver gives way, its forks stay.
                let angle = Branch.angle(from: first.heading, to: j.taken.bearing)
                let landmark = steps[last].forks.first?.landmark ?? j.landmark
                let split = SplitJunction(
                    turn: TurnClass(angle: angle), road: j.taken.tags, staysOnRoad: !RoadDescription.differs(first.road, j.taken.tags), landmark: landmark)
                steps[last].maneuver = .splitJunction(split)
                steps[last].forks += forks
                steps[last].turnAngle = angle
                return
            }
            let passed = absorbShortRun()
            append(maneuver, at: here, mode: leg.mode, turn: j.taken.turn, branches: j.ways, forks: passed + forks)
            arrival = (j.arrivingHeading, j.arrivingRoad)
        }
        func roundabout(_ j: Junction, entering: Bool, leaving: Bool, leg: RouteLeg) {
            let forks = j.fork.map { [$0] } ?? []
            if roundaboutStep == nil {
                let passed = absorbShortRun()
                append(
                    .roundabout(RoundaboutPassage(exit: 0, road: [:], landmark: j.landmark)), at: graph.network.nodes[j.node], mode: leg.mode,
                    branches: j.ways, forks: passed)
                roundaboutStep = steps.count - 1
            }
            let index = roundaboutStep!
            guard case .roundabout(var passage) = steps[index].maneuver else { return }
            steps[index].forks += forks
            if leaving {
                passage.exit += 1
                passage.road = j.taken.tags
                roundaboutStep = nil
            } else if !entering, let fork = j.fork {
                passage.exit += fork.avoided.filter { $0.isUsable && !RoundaboutPassage.isRoundabout($0.tags) }.count
            }
            steps[index].maneuver = .roundabout(passage)
        }

        append(.depart(start: startName, road: firstRoad(legs)), at: legs[0].geometry[0], mode: legs[0].mode, forks: [])
        for (i, leg) in legs.enumerated() {
            if i > 0 {
                let previous = legs[i - 1]
                let here = leg.geometry[0]
                // A house on the road's edge has no walk worth a step ("walk 0 m to the door").
                if case .offRoad = leg.kind, i == legs.count - 1, leg.distance >= Self.negligibleWalk {
                    let bearing = Branch.compassBearing(Branch.heading(leg.geometry))
                    roundaboutStep = nil
                    append(.leaveRoad(bearing: bearing, distance: leg.distance), at: here, mode: .foot, forks: [])
                } else if case .road(let inLink, _) = previous.kind, case .road(let outLink, _) = leg.kind, let node = previous.endNode,
                    let j = junction(node: node, arriving: previous, leaving: leg, along: along, at: travelled)
                {
                    let wasOn = RoundaboutPassage.isRoundabout(graph.network.tags(of: inLink))
                    let isOn = RoundaboutPassage.isRoundabout(graph.network.tags(of: outLink))
                    if previous.mode != leg.mode {
                        roundaboutStep = nil
                        append(
                            .park(mode: leg.mode, road: j.taken.tags, landmark: j.landmark, fork: j.fork), at: graph.network.nodes[node], mode: leg.mode,
                            turn: j.taken.turn, branches: j.ways, forks: j.fork.map { [$0] } ?? [])
                    } else if wasOn || isOn {
                        roundabout(j, entering: !wasOn, leaving: !isOn, leg: leg)
                    } else {
                        decide(j, leg: leg)
                    }
                }
            }
            travelled += leg.distance
            elapsed += Double(leg.milliseconds) / 1000
        }
        let walk = route.finalWalkDistance
        let callsOutWalk = walk >= Self.negligibleWalk && (route.legs.contains { $0.mode != .foot } || walk < route.distance)
        append(.arrive(destination: endName, lastWalk: callsOutWalk ? walk : nil), at: legs.last!.geometry.last!, mode: legs.last!.mode, forks: [])
        // Each step runs to the next one's start.
        for k in steps.indices {
            let end = k + 1 < starts.count ? starts[k + 1] : (distance: travelled, elapsed: elapsed)
            steps[k].distance = end.distance - starts[k].distance
            steps[k].duration = end.elapsed - starts[k].elapsed
            if case .follow(var run) = steps[k].maneuver {
                run.distance = steps[k].distance
                steps[k].maneuver = .follow(run)
            }
            let distance = steps[k].distance
            steps[k].run?.distance = distance
        }
        return steps
    }

    /// Walks shorter than this (metres) round to "0 m" and are not said.
    static let negligibleWalk = 0.5

    /// How far along the route (metres from the start) each network node it passes lies, at its first passing.
    private func routeNodes(_ legs: [RouteLeg]) -> [Int: Double] {
        var along: [Int: Double] = [:]
        var travelled = 0.0
        for leg in legs {
            if case .road(let link, let backward) = leg.kind {
                let l = graph.network.links[link]
                let start = Int(backward ? l.to : l.from)
                if along[start] == nil { along[start] = travelled }
                if let end = leg.endNode, along[end] == nil { along[end] = travelled + leg.distance }
            }
            travelled += leg.distance
        }
        return along
    }

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

    /// The junction between two road legs at `node`, `at` metres along the route: every branch, and the fork they make.
    private func junction(node: Int, arriving: RouteLeg, leaving: RouteLeg, along: [Int: Double], at position: Double) -> Junction? {
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
        for k in branches.indices where branches[k].entry != outEntry {
            branches[k].rejoins = rejoins(branches[k], taken: taken, node: node, along: along, at: position)
        }
        let landmark = nearestLandmark(here)
        let arrivingRoad = network.tags(of: inLink)
        let fork = branches.count >= 2 ? Self.fork(at: here, landmark: landmark, arrivingRoad: arrivingRoad, branches: branches, taken: outEntry) : nil
        return Junction(
            node: node, fork: fork, taken: taken, arrivingRoad: arrivingRoad, arrivingHeading: arrivingHeading, landmark: landmark,
            ways: branches.count + 1)
    }

    /// How far (metres along the route) a parallel lane may rejoin it.
    static let parallelReach = 1000.0

    /// True when `branch` runs alongside the route and rejoins it.
    ///
    /// Ahead, it leaves within 45° of the branch taken; behind, it is a lane that split off
    /// earlier coming back in. It reaches the
    /// route again (through nodes where only two roads meet, a toll booth's say) within
    /// ``parallelReach`` and is at most 20 % (plus 30 m) longer than the route between.
    private func rejoins(_ branch: Branch, taken: Branch, node: Int, along: [Int: Double], at position: Double) -> Bool {
        let end = farEnd(of: branch.entry)
        guard end.node != node, let there = along[end.node], abs(there - position) <= Self.parallelReach else { return false }
        guard end.length <= 1.2 * abs(there - position) + 30 else { return false }
        return there > position ? abs(Branch.angle(from: taken.bearing, to: branch.bearing)) < 45 : abs(branch.turn) > 135
    }

    /// The next junction or dead end along incidence `entry`, through nodes where only two links
    /// meet, and the metres to it (at most about ``parallelReach``).
    private func farEnd(of entry: Int) -> (node: Int, length: Double) {
        let network = graph.network
        var entry = entry
        var length = 0.0
        var far = Int(entry % 2 == 1 ? network.links[entry / 2].from : network.links[entry / 2].to)
        // Bounded: a chain of zero-length links (duplicate vertices) cannot spin for ever.
        for _ in 0..<256 {
            let link = network.links[entry / 2]
            far = Int(entry % 2 == 1 ? link.from : link.to)
            length += link.length
            // The same link as seen from its far node.
            let back = entry / 2 * 2 + (entry % 2 == 1 ? 0 : 1)
            let slots = Int(network.incidentStart[far])..<Int(network.incidentStart[far + 1])
            guard slots.count == 2, length <= Self.parallelReach,
                let next = slots.map({ Int(network.incidentLinks[$0]) }).first(where: { $0 != back })
            else { return (far, length) }
            entry = next
        }
        return (far, length)
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
                    closure: branch.closure, rejoinsRoute: branch.rejoins)
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
