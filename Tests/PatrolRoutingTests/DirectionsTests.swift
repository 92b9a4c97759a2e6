import Testing
import PatrolData
import PatrolGeo
@testable import PatrolRouting
import _PatrolTestSupport

@Suite("Turn-by-turn directions")
struct DirectionsTests {
    func p(_ x: Double, _ y: Double) -> Point { Point(x: Fixtures.tinyOrigin.x + x, y: Fixtures.tinyOrigin.y + y) }

    func steps(_ profile: TravelProfile, from: Point, to: Point) throws -> [RouteStep] {
        let map = try Fixtures.tiny()
        let router = Router(map: map, profile: profile)
        let route = try router.route(from: from, to: to)
        return Directions(graph: router.graph, landmarks: map.landmarks).steps(for: route, startName: "小河派出所", endName: "东村3组1号")
    }

    @Test("every fork on the way to the mountain house is called out, with the branch to avoid")
    func forks() throws {
        let steps = try steps(.carFoot, from: p(100, 180), to: p(1800, 1400))
        #expect(steps.map(\.kind) == [.depart, .follow, .fork, .park, .leaveRoad, .arrive])
        // (700,200): 小河路 straight on, the lane to the left at right angles: a continuation.
        #expect(steps[1].instruction.zh == "沿小河路行驶 300 米,途经 1 个岔路口,均走小河路")
        #expect(steps[1].instruction.en == "Follow Xiaohe Lu for 300 m through 1 junction, staying on Xiaohe Lu")
        // (1000,200): turn up 北沟路; (1000,800): park by the temple, take the path, not the track.
        #expect(steps[2].instruction.zh.contains("走左侧北沟路,不要走右侧小河路"))
        #expect(steps[3].instruction.zh == "在此停车(土地庙旁),沿小路步行前进;在三岔路口走右侧小路,不要走左侧砂石路")
        #expect(steps[4].instruction.zh == "离开道路,向东北步行 447 米到门口")
        #expect(steps.last!.instruction.en == "Arrive at Dongcun 3 Zu 1 Hao (last 1.0 km on foot)")
        #expect(abs(steps[2].turnAngle! - 90) < 1e-9)
    }

    @Test("each step lists its forks as data: position from the left, turn, bearing, road, taken or avoided")
    func forkStructure() throws {
        let steps = try steps(.carFoot, from: p(100, 180), to: p(1800, 1400))
        #expect(steps.map(\.forks.count) == [0, 1, 1, 1, 0, 0])
        // (700,200), driving east: 小河路 straight on (the right branch), the lane r5 north (left).
        let first = steps[1].forks[0]
        #expect(first.location == p(700, 200))
        #expect(first.ways == 3)
        #expect(first.landmark == nil)
        #expect(first.branches.map(\.position.fromLeft) == [1, 2])
        #expect(first.taken.tags["name"] == "小河路")
        #expect(first.taken.position.side == .right)
        #expect(abs(first.taken.turnAngle) < 1e-9)
        #expect(abs(first.taken.bearing - 90) < 1e-9)
        #expect(first.avoided.map { $0.tags["highway"] } == ["service"])
        #expect(abs(first.avoided[0].turnAngle - 90) < 1e-9)
        #expect(abs(first.avoided[0].bearing - 0) < 1e-9)
        // (1000,800), where the car is parked by the temple: the path NE taken, the track NW avoided.
        let parking = steps[3].forks[0]
        #expect(parking.location == p(1000, 800))
        #expect(parking.landmark == "土地庙")
        #expect(parking.taken.tags["highway"] == "path")
        #expect(abs(parking.taken.turnAngle + 45) < 1e-9)
        #expect(abs(parking.taken.bearing - 45) < 1e-9)
        #expect(parking.avoided.map { $0.tags["highway"] } == ["track"])
        #expect(abs(parking.avoided[0].bearing - 315) < 1e-9)
        #expect(parking.taken.climb == nil)  // tiny has no DEM
        guard case .park(let mode, _, let landmark, _) = steps[3].maneuver else {
            Issue.record("step 4 is \(steps[3].kind), not parking")
            return
        }
        #expect(mode == .foot && landmark == "土地庙")
    }

    /// A fork of `count` branches of `highway` at the origin, `taken` counted from the left.
    func fork(_ count: Int, taking taken: Int, highway: String = "residential", landmark: String? = nil) -> Fork {
        Fork(
            location: p(0, 0), landmark: landmark, arrivingRoad: ["highway": "tertiary", "name": "小河路"],
            branches: (1...count).map { i in
                ForkBranch(
                    position: BranchPosition(fromLeft: i, count: count), turnAngle: 90 - Double(i - 1) * 180 / Double(count - 1),
                    bearing: 0, tags: ["highway": highway], climb: nil, isTaken: i == taken)
            })
    }

    @Test("English names the middle branch and counts the others from the left in words")
    func branchPositionsInEnglish() {
        let middle = ManeuverPhrasing.instruction(.fork(fork(3, taking: 2)))
        #expect(middle.en == "At the 4-way fork, take the middle branch, the street; do not take the street on the left or the street on the right")
        #expect(middle.zh == "在四岔路口走中间村巷,不要走左侧村巷或右侧村巷")
        let avoidMiddle = ManeuverPhrasing.instruction(.fork(fork(3, taking: 1, highway: "track")))
        #expect(avoidMiddle.en == "At the 4-way fork, take the left branch, the track; do not take the track in the middle or the track on the right")
        let third = ManeuverPhrasing.instruction(.fork(fork(4, taking: 3, landmark: "南社村村委会")))
        #expect(
            third.en
                == "At the 5-way fork by Nanshe Cun Cunweihui, take the third branch from the left, the street; "
                + "do not take the street first from the left, the street second from the left or the street fourth from the left")
        #expect(third.zh == "在南社村村委会旁的五岔路口走左数第3条村巷,不要走左数第1条村巷或左数第2条村巷或左数第4条村巷")
    }

    @Test("a branch's slope is called out past the climb threshold, and named roads take no article")
    func slopes() {
        var uphill = fork(2, taking: 1)
        uphill.branches[0].climb = Directions.climbThreshold
        uphill.branches[0].tags["ref"] = "CG-2"
        uphill.branches[1].climb = -Directions.climbThreshold
        let text = ManeuverPhrasing.instruction(.fork(uphill))
        #expect(text.en == "At the 3-way fork, take the left branch, uphill CG-2; do not take the downhill street on the right")
        #expect(text.zh == "在三岔路口走左侧上坡的CG-2,不要走右侧下坡的村巷")
    }

    @Test("departure, turns, leaving the road and arrival read in both languages")
    func otherManeuvers() {
        let lane = ["highway": "service"]
        let depart = ManeuverPhrasing.instruction(
            .depart(start: "小河派出所", road: .init(tags: ["highway": "tertiary", "name": "小河路"], bearing: 90, mode: .car, walkBefore: 20)))
        #expect(depart.en == "Start at Xiaohe Paichusuo, walk 20 m to Xiaohe Lu, then drive east")
        #expect(depart.zh == "从小河派出所出发,步行 20 米到小河路,再向东驾车")
        let turn = ManeuverPhrasing.instruction(.turn(.sharpRight, onto: lane, landmark: "石桥"))
        #expect(turn.en == "Turn sharp right onto the lane by Shiqiao")
        #expect(turn.zh == "在石桥旁向右急转进入便道")
        let leave = ManeuverPhrasing.instruction(.leaveRoad(bearing: 200, distance: 1234))
        #expect(leave.en == "Leave the road and walk south 1.2 km to the door")
        #expect(leave.zh == "离开道路,向南步行 1.2 公里到门口")
        #expect(ManeuverPhrasing.instruction(.arrive(destination: "H012", lastWalk: nil)).en == "Arrive at H012")
    }

    @Test("profile and season names have one spelling each")
    func travelNames() {
        #expect(TravelProfile.carFoot.name == Localized(en: "car+foot", zh: "驾车+步行"))
        #expect(TravelProfile.motorcycle.name == Localized(en: "motorcycle", zh: "摩托车"))
        #expect(Season.wet.name == Localized(en: "wet season", zh: "雨季"))
        #expect(Season.dry.name == Localized(en: "dry season", zh: "旱季"))
    }

    @Test("step distances and times add up to the route")
    func totals() throws {
        let map = try Fixtures.tiny()
        let router = Router(map: map, profile: .foot)
        let route = try router.route(from: p(100, 180), to: p(1800, 1400))
        let steps = Directions(graph: router.graph, landmarks: map.landmarks).steps(for: route, startName: "a", endName: "b")
        #expect(abs(steps.reduce(0) { $0 + $1.distance } - route.distance) < 1e-6)
        #expect(abs(steps.reduce(0) { $0 + $1.duration } - route.duration) < 1e-6)
        #expect(abs(steps.last!.elapsed - route.duration) < 1e-6)
    }

    @Test("turn classes")
    func turnClasses() {
        #expect(TurnClass(angle: 5) == .straight)
        #expect(TurnClass(angle: 30) == .slightLeft)
        #expect(TurnClass(angle: -90) == .right)
        #expect(TurnClass(angle: 150) == .sharpLeft)
        #expect(TurnClass(angle: -178) == .uTurn)
    }

    @Test("roads are called by name, else by route number (ref), else by kind; FIXME refs are ignored")
    func roadLabels() {
        #expect(RoadDescription.label(["highway": "primary", "ref": "CG-2", "name": "Avinguda Meritxell"]).en == "Avinguda Meritxell")
        #expect(RoadDescription.label(["highway": "primary", "ref": "CG-2"]).zh == "CG-2")
        #expect(RoadDescription.phrase(["highway": "primary", "ref": "CG-2"]).en == "CG-2")
        #expect(RoadDescription.phrase(["highway": "primary", "ref": "FIXME"]).en == "the main road")
        #expect(RoadDescription.differs(["highway": "primary", "ref": "CG-2"], ["highway": "primary", "ref": "CG-3"]))
        #expect(!RoadDescription.differs(["highway": "primary", "ref": "CG-2"], ["highway": "primary", "ref": "CG-2"]))
    }
}
