import Testing
import PatrolData
import PatrolGeo
@testable import PatrolRouting

/// How decisions, continuations, look-alike branches, sharp turns and road names are worded.
@Suite("Directions: decisions, continuations and look-alike branches in words")
struct ForkWordingTests {
    static let x316 = ["highway": "secondary", "name": "县道X316"]
    static let lane = ["highway": "unclassified", "surface": "concrete", "width": "3.5"]
    static let narrowLane = ["highway": "service", "surface": "concrete", "width": "2.3"]

    /// A branch at `turn` degrees (positive left) with `tags`.
    func branch(_ turn: Double, _ tags: [String: String], taken: Bool = false, closure: BranchClosure? = nil) -> ForkBranch {
        ForkBranch(position: BranchPosition(fromLeft: 1, count: 1), turnAngle: turn, bearing: 0, tags: tags, climb: nil, isTaken: taken, closure: closure)
    }

    /// A fork arrived at on `arriving`, its branches numbered left to right by turn.
    func fork(_ arriving: [String: String], _ branches: [ForkBranch]) -> Fork {
        let ordered = branches.sorted { $0.turnAngle > $1.turnAngle }
        return Fork(
            location: Point(x: 0, y: 0), landmark: nil, arrivingRoad: arriving,
            branches: ordered.enumerated().map { i, b in
                var b = b
                b.position = BranchPosition(fromLeft: i + 1, count: ordered.count)
                return b
            })
    }

    @Test("a continuation: the same road on, no other branch could pass for it")
    func continuations() {
        let track = ["highway": "track"]
        let secondary = ["highway": "secondary"]
        #expect(fork(Self.x316, [branch(5, Self.x316, taken: true), branch(-80, track)]).isContinuation)
        // A crossing road of the same class at a right angle, or a bend of the road itself with the others further off: no choice to make.
        #expect(fork(Self.x316, [branch(5, Self.x316, taken: true), branch(-90, secondary)]).isContinuation)
        #expect(fork(Self.x316, [branch(35, Self.x316, taken: true), branch(-90, track)]).isContinuation)
        // Another branch within 30° of straight, of the same class within 60°, or no further from straight than
        // the road; a change of road; a sharp bend: decisions.
        #expect(!fork(Self.x316, [branch(5, Self.x316, taken: true), branch(-25, track)]).isContinuation)
        #expect(!fork(Self.x316, [branch(5, Self.x316, taken: true), branch(-50, secondary)]).isContinuation)
        #expect(!fork(Self.x316, [branch(50, Self.x316, taken: true), branch(-45, track)]).isContinuation)
        #expect(!fork(Self.x316, [branch(0, track, taken: true), branch(-90, Self.x316)]).isContinuation)
        #expect(!fork(Self.x316, [branch(130, Self.x316, taken: true), branch(-90, track)]).isContinuation)
        // A one-way road coming in, or a lane that rejoins the route, is no choice even straight ahead.
        let oneWay = branch(-10, secondary, closure: .oneWay)
        var lane = branch(10, Self.x316)
        lane.rejoinsRoute = true
        let plaza = fork(Self.x316, [lane, branch(0, Self.x316, taken: true), oneWay])
        #expect(plaza.isContinuation && !plaza.isChoice)
    }

    @Test("a run of continuations is one step in both languages")
    func followRun() {
        let forks = Array(repeating: fork(Self.x316, [branch(0, Self.x316, taken: true), branch(90, ["highway": "track"])]), count: 11)
        let text = ManeuverPhrasing.instruction(.follow(FollowRun(road: Self.x316, mode: .car, distance: 4_930, forks: forks)))
        #expect(text.zh == "沿县道X316行驶 4.9 公里,途经 11 个岔路口,均走县道X316")
        #expect(text.en == "Follow X316 for 4.9 km through 11 junctions, staying on X316")
        let one = ManeuverPhrasing.instruction(.follow(FollowRun(road: ["highway": "path"], mode: .foot, distance: 80, forks: [forks[0]])))
        #expect(one.zh == "沿小路步行 80 米,途经 1 个岔路口,均走小路")
        #expect(one.en == "Follow the path for 80 m through 1 junction, staying on the path")
    }

    @Test("a look-alike branch the car cannot take is named, with its surface and why")
    func lookAlike() {
        let f = fork(Self.lane, [branch(2, Self.lane, taken: true), branch(-20, Self.narrowLane, closure: .tooNarrow)])
        #expect(!f.isContinuation)
        let text = ManeuverPhrasing.instruction(.fork(f))
        #expect(text.zh == "在三岔路口继续走左侧水泥村道,不要走右侧水泥便道(路太窄)")
        #expect(text.en == "At the 3-way fork, keep on the concrete village road (the left branch); do not take the concrete lane on the right (too narrow)")
    }

    @Test("sharp turns and hairpins at forks are said as such")
    func bends() {
        let path = ["highway": "path"]
        let sharp = ManeuverPhrasing.instruction(.fork(fork(Self.x316, [branch(140, path, taken: true), branch(0, Self.x316)])))
        #expect(sharp.zh == "在三岔路口走左侧小路(向左急转弯),不要走右侧县道X316")
        #expect(sharp.en == "At the 3-way fork, take the left branch, the path (sharp left); do not take X316 on the right")
        let hairpin = ManeuverPhrasing.instruction(.fork(fork(Self.x316, [branch(0, Self.x316), branch(-172, path, taken: true, closure: nil)])))
        #expect(hairpin.zh == "在三岔路口走右侧小路(向右掉头弯),不要走左侧县道X316")
        #expect(hairpin.en == "At the 3-way fork, take the right branch, the path (hairpin right); do not take X316 on the left")
    }

    @Test("names with ';' are joined; unnamed roads are called as the country calls them; steps are steps")
    func roadNames() {
        let both = RoadDescription.label(["highway": "primary", "name": "Carrer Major;Avinguda Meritxell"])
        #expect(both == Localized(en: "Carrer Major / Avinguda Meritxell", zh: "Carrer Major、Avinguda Meritxell"))
        #expect(RoadDescription.phrase(["highway": "secondary"], region: .china) == Localized(en: "the county road", zh: "县道"))
        #expect(RoadDescription.phrase(["highway": "secondary"], region: .international) == Localized(en: "the secondary road", zh: "次干道"))
        #expect(RoadDescription.phrase(["highway": "tertiary_link"], region: .international).en == "the minor road")
        #expect(RoadDescription.phrase(["highway": "steps"]) == Localized(en: "the steps", zh: "台阶"))
    }
}
