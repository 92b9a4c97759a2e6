import Testing
import _PatrolTestSupport

@Suite("patrolmap validate / info / find on the tiny map")
struct BasicCLITests {
    @Test("validate passes on the tiny map")
    func validateTiny() throws {
        let result = try CLIRunner.run(["validate", "SampleMaps/tiny", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("valid: 0 warnings."))
        #expect(result.stdout.contains("12 households"))
    }
}
