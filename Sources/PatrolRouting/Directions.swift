public import PatrolData
import PatrolGeo

/// Turns a ``Route`` into turn-by-turn directions.
///
/// A step is made at every fork (a junction with three or more branches usable by the
/// current mode: the step names the branch to take and each one to avoid), wherever the
/// route changes road or turns by 30° or more, where the car is parked, where the route
/// leaves the road for the door, and at arrival. Landmarks within ``landmarkRadius`` of a
/// step are named.
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
        func add(_ kind: RouteStep.Kind, _ text: Localized, at p: Point, mode: TravelMode, turn: Double? = nil, branches: Int = 0) {
            close()
            steps.append(RouteStep(kind: kind, instruction: text, location: p, distance: 0, duration: 0, elapsed: elapsed, mode: mode, turnAngle: turn, branches: branches))
            stepStart = (travelled, elapsed)
        }

        let firstRoad = legs.firstIndex { if case .road = $0.kind { true } else { false } }
        add(.depart, departText(legs, firstRoad: firstRoad, startName: startName), at: legs[0].geometry[0], mode: legs[0].mode)
        for (i, leg) in legs.enumerated() {
            if i > 0 {
                let previous = legs[i - 1]
                let here = leg.geometry[0]
                if case .offRoad = leg.kind, i == legs.count - 1, i > 0 {
                    let heading = Branch.heading(leg.geometry)
                    add(.leaveRoad, Localized(
                        en: "Leave the road and walk \(RoadDescription.compass(heading).en) \(Self.metres(leg.distance, .en)) to the door",
                        zh: "离开道路,向\(RoadDescription.compass(heading).zh)步行 \(Self.metres(leg.distance, .zh))到门口"), at: here, mode: .foot)
                } else if case .road = leg.kind, case .road = previous.kind, let node = previous.endNode {
                    junction(node: node, arriving: previous, leaving: leg, add: add)
                }
            }
            travelled += leg.distance
            elapsed += Double(leg.milliseconds) / 1000
        }
        let walk = route.finalWalkDistance
        var arrival = Localized(en: "Arrive at \(endName)", zh: "到达\(endName)")
        if walk > 0.5, route.legs.contains(where: { $0.mode != .foot }) || walk < route.distance {
            arrival = Localized(
                en: arrival.en + " (last \(Self.metres(walk, .en)) on foot)", zh: arrival.zh + "(最后 \(Self.metres(walk, .zh))步行)")
        }
        add(.arrive, arrival, at: legs.last!.geometry.last!, mode: legs.last!.mode)
        close()
        return steps
    }

    private func departText(_ legs: [RouteLeg], firstRoad: Int?, startName: String) -> Localized {
        guard let firstRoad, case .road(let link, _) = legs[firstRoad].kind else {
            return Localized(en: "Start at \(startName) and walk to the destination", zh: "从\(startName)出发,步行前往目的地")
        }
        let leg = legs[firstRoad]
        let road = RoadDescription.phrase(graph.network.tags(of: link))
        let heading = RoadDescription.compass(Branch.heading(leg.geometry))
        let verb = leg.mode.name(.en)
        var en = "Start at \(startName) and \(verb) \(heading.en) on \(road.en)"
        var zh = "从\(startName)出发,沿\(road.zh)向\(heading.zh)\(leg.mode.name(.zh))"
        if firstRoad > 0 {
            let walk = legs[0..<firstRoad].reduce(0) { $0 + $1.distance }
            en = "Start at \(startName), walk \(Self.metres(walk, .en)) to \(road.en), then \(verb) \(heading.en)"
            zh = "从\(startName)出发,步行 \(Self.metres(walk, .zh))到\(road.zh),再向\(heading.zh)\(leg.mode.name(.zh))"
        }
        return Localized(en: en, zh: zh)
    }

    /// Decides whether the junction between two road legs needs a step, and writes it.
    private func junction(node: Int, arriving: RouteLeg, leaving: RouteLeg, add: (RouteStep.Kind, Localized, Point, TravelMode, Double?, Int) -> Void) {
        guard case .road(let inLink, let inBackward) = arriving.kind, case .road(let outLink, let outBackward) = leaving.kind else { return }
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
        guard let taken = branches.first(where: { $0.entry == outEntry }) else { return }
        let inTags = network.tags(of: inLink)
        let turn = taken.turn
        let totalBranches = branches.count + 1
        if arriving.mode != leaving.mode {
            let road = RoadDescription.phrase(taken.tags)
            var text = Localized(
                en: "Park here\(nearby(here, .en)) and go on \(leaving.mode == .foot ? "foot" : leaving.mode.rawValue) along \(road.en)",
                zh: "在此停车\(nearby(here, .zh)),沿\(road.zh)\(leaving.mode.name(.zh))前进")
            if branches.count >= 2 {
                let fork = forkText(taken: taken, branches: branches, at: here, named: false)
                text = Localized(en: text.en + ". " + fork.en, zh: text.zh + ";" + fork.zh)
            }
            add(.park, text, here, leaving.mode, turn, totalBranches)
        } else if branches.count >= 2 {
            add(.fork, forkText(taken: taken, branches: branches, at: here, named: true), here, leaving.mode, turn, totalBranches)
        } else if RoadDescription.differs(inTags, taken.tags) || abs(turn) >= Self.turnThreshold {
            let phrase = TurnClass(angle: turn).phrase
            let road = RoadDescription.phrase(taken.tags)
            add(.turn, Localized(
                en: Self.capitalized(phrase.en) + " onto \(road.en)\(nearby(here, .en))",
                zh: "\(nearby(here, .zh, as: .place))\(phrase.zh)进入\(road.zh)"), here, leaving.mode, turn, totalBranches)
        }
    }

    private func forkText(taken: Branch, branches: [Branch], at here: Point, named: Bool) -> Localized {
        // Left to right as seen on arrival: larger (more counter-clockwise) turn angles first.
        let ordered = branches.sorted { $0.turn > $1.turn }
        func position(_ b: Branch) -> Localized {
            let i = ordered.firstIndex { $0.entry == b.entry }!
            if ordered.count == 2 { return i == 0 ? Localized(en: "left", zh: "左侧") : Localized(en: "right", zh: "右侧") }
            if ordered.count == 3 {
                return [Localized(en: "left", zh: "左侧"), Localized(en: "middle", zh: "中间"), Localized(en: "right", zh: "右侧")][i]
            }
            return Localized(en: "\(Self.ordinal(i + 1)) from the left", zh: "左数第\(i + 1)条")
        }
        func describe(_ b: Branch) -> Localized {
            var slope = Localized(en: "", zh: "")
            if let climb = b.climb, climb >= Self.climbThreshold { slope = Localized(en: "uphill ", zh: "上坡的") }
            if let climb = b.climb, climb <= -Self.climbThreshold { slope = Localized(en: "downhill ", zh: "下坡的") }
            let hasName = RoadDescription.signposted(b.tags) != nil
            let road = RoadDescription.label(b.tags)
            return Localized(en: (hasName ? "" : "the ") + slope.en + road.en, zh: slope.zh + road.zh)
        }
        let count = branches.count + 1
        let takenPosition = position(taken)
        let takenRoad = describe(taken)
        let avoided = ordered.filter { $0.entry != taken.entry }
        let avoidEN = avoided.map { "\(describe($0).en) on the \(position($0).en)" }.joined(separator: " or ")
        let avoidZH = avoided.map { "\(position($0).zh)\(describe($0).zh)" }.joined(separator: "或")
        let whereEN = "At the \(count)-way fork" + (named ? nearby(here, .en) : "")
        let whereZH = "在" + (named ? nearby(here, .zh, as: .attribute) : "") + "\(Self.chineseCount(count))岔路口"
        return Localized(
            en: "\(whereEN), take the \(takenPosition.en) branch, \(takenRoad.en); do not take \(avoidEN)",
            zh: "\(whereZH)走\(takenPosition.zh)\(takenRoad.zh),不要走\(avoidZH)")
    }

    /// Elevation gained over the first ``Branch/climbLength`` metres of a line (nil without a DEM).
    private func climb(_ line: [Point]) -> Double? {
        guard let dem = graph.travelTime.elevation, let start = line.first else { return nil }
        let end = Polyline.point(at: min(Branch.climbLength, Polyline.length(line)), on: line)
        guard let z0 = dem.elevation(at: start), let z1 = dem.elevation(at: end) else { return nil }
        return z1 - z0
    }

    /// How a Chinese instruction mentions a landmark.
    private enum LandmarkPhrase {
        /// `(土地庙旁)`, after the clause it locates.
        case aside
        /// `在土地庙旁`, opening a clause: "在土地庙旁左转".
        case place
        /// `土地庙旁的`, before a noun: "在土地庙旁的三岔路口".
        case attribute
    }

    /// ` by 土地庙` (English) or the Chinese `phrase` for the nearest landmark within the radius, else empty.
    private func nearby(_ p: Point, _ language: Language, as phrase: LandmarkPhrase = .aside) -> String {
        var best: (Double, String)?
        for landmark in landmarks {
            let d = landmark.location.distance(to: p)
            if d <= Self.landmarkRadius, best == nil || d < best!.0 || (d == best!.0 && landmark.name < best!.1) { best = (d, landmark.name) }
        }
        guard let name = best?.1 else { return "" }
        if language == .en { return " by \(name)" }
        switch phrase {
        case .aside: return "(\(name)旁)"
        case .place: return "在\(name)旁"
        case .attribute: return "\(name)旁的"
        }
    }

    private static func reverse(_ angle: Double) -> Double { angle + .pi }

    private static func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    private static func ordinal(_ n: Int) -> String {
        switch n {
        case 1: "1st"
        case 2: "2nd"
        case 3: "3rd"
        default: "\(n)th"
        }
    }

    private static func chineseCount(_ n: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        return n < 10 ? digits[n] : "\(n)"
    }

    /// `120 米` / `120 m`, or kilometres with one decimal from 1 km.
    static func metres(_ m: Double, _ language: Language) -> String {
        if m >= 1000 {
            let km = (m / 100).rounded() / 10
            return language == .zh ? "\(km) 公里" : "\(km) km"
        }
        let whole = Int(m.rounded())
        return language == .zh ? "\(whole) 米" : "\(whole) m"
    }
}
