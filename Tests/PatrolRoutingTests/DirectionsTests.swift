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
        #expect(steps.map(\.kind) == [.depart, .fork, .fork, .park, .leaveRoad, .arrive])
        // (700,200): keep on 小河路, not the lane to the left.
        #expect(steps[1].instruction.zh == "在三岔路口走右侧小河路,不要走左侧便道")
        #expect(steps[1].instruction.en == "At the 3-way fork, take the right branch, 小河路; do not take the lane on the left")
        // (1000,200): turn up 北沟路; (1000,800): park by the temple, take the path, not the track.
        #expect(steps[2].instruction.zh.contains("走左侧北沟路,不要走右侧小河路"))
        #expect(steps[3].instruction.zh == "在此停车(土地庙旁),沿小路步行前进;在三岔路口走右侧小路,不要走左侧土路")
        #expect(steps[4].instruction.zh == "离开道路,向东北步行 447 米到门口")
        #expect(steps.last!.instruction.en == "Arrive at 东村3组1号 (last 1.0 km on foot)")
        #expect(abs(steps[2].turnAngle! - 90) < 1e-9)
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
