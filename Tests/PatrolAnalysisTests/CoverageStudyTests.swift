import PatrolAnalysis
import PatrolData
import PatrolGeo
import Testing
import _PatrolTestSupport

@Suite("Post scenarios and coverage studies on the tiny map")
struct CoverageStudyTests {
    @Test("a scenario closes posts by name and adds numbered police rooms with their file coordinates")
    func scenarioPosts() throws {
        let map = try MapLoader.load(Fixtures.tinyWGS84Path)
        let h012 = try #require(map.households.first { $0.id == "H012" })
        let scenario = PostScenario(base: map.posts, closed: ["东村警务室"], added: [.household(h012)])
        let posts = try scenario.posts(map: map, language: .en)
        #expect(posts.map(\.name) == ["小河派出所", "new post 1"])
        #expect(posts[1].kind == .policeRoom)
        #expect(posts[1].location == h012.location)
        // The files are longitude/latitude: the new room's source coordinate is the household's, in degrees.
        #expect(abs(posts[1].sourceCoordinate.x - h012.sourceCoordinate.x) < 1e-9)
        #expect(abs(posts[1].sourceCoordinate.y - h012.sourceCoordinate.y) < 1e-9)
        #expect(try scenario.posts(map: map, language: .zh).last?.name == "新增警务点1")
    }

    @Test("an unknown post or a scenario without posts is refused, naming the posts there are")
    func scenarioErrors() throws {
        let map = try Fixtures.tiny()
        #expect(throws: PostScenarioError.unknownPost("北村警务室", known: ["小河派出所", "东村警务室"])) {
            try PostScenario(base: map.posts, closed: ["北村警务室"]).posts(map: map, language: .en)
        }
        #expect(throws: PostScenarioError.noPostLeft) {
            try PostScenario(base: map.posts, closed: map.posts.map(\.name)).posts(map: map, language: .en)
        }
        #expect(PostScenarioError.noPostLeft.message.en == "the scenario leaves no post")
    }

    @Test("a study of a scenario measures today's posts beside it; without one there is no baseline")
    func study() throws {
        let map = try Fixtures.tiny()
        let settings = CoverageSettings(minutes: [2, 5, 10, 15])
        let today = CoverageStudy.run(map: map, settings: settings)
        #expect(today.baseline == nil)
        let closed = try PostScenario(base: map.posts, closed: ["东村警务室"]).posts(map: map, language: .en)
        let study = CoverageStudy.run(map: map, settings: settings, scenario: closed)
        let baseline = try #require(study.baseline)
        #expect(baseline.posts.map(\.name) == map.posts.map(\.name))
        #expect(baseline.thresholds.map(\.households) == today.result.thresholds.map(\.households))
        #expect(study.result.posts.map(\.name) == ["小河派出所"])
        // The same figures as a run of its own.
        let alone = CoverageAnalysis.run(map: map, posts: closed, settings: settings)
        #expect(study.result.thresholds.map(\.households) == alone.thresholds.map(\.households))
        #expect(study.result.thresholds[0].households < baseline.thresholds[0].households)
    }
}
