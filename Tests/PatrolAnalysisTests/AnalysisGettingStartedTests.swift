import Testing
import PatrolData
import PatrolAnalysis
import _PatrolTestSupport

/// The code of `Sources/PatrolAnalysis/Documentation.docc/GettingStarted.md`, with every value it quotes.
@Suite("PatrolAnalysis getting-started article")
struct AnalysisGettingStartedTests {
    @Test("coverage within 2 and 5 minutes and one more post on SampleMaps/tiny")
    func tour() throws {
        let map = try MapLoader.load(Fixtures.tinyPath)
        let coverage = CoverageAnalysis.run(map: map, posts: map.posts, settings: CoverageSettings(minutes: [2, 5]))
        #expect(coverage.thresholds.map(\.households) == [3, 6])
        #expect(coverage.thresholds.map(\.residents) == [8, 18])
        #expect(coverage.villages.map(\.name) == ["西村", "东村"])

        let plan = FacilityPlanner.plan(map: map, settings: PlanSettings(newPosts: 1, minutes: 2))
        #expect(plan.candidates == 40)
        #expect(plan.before == 8)
        #expect(plan.after == 15)
        #expect(plan.bound == 15)
        #expect(plan.added.first?.road?.zh == "小河路")
    }
}
