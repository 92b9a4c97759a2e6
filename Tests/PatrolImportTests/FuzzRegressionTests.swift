import Foundation
import Testing
import _PatrolFuzzTargets
import _PatrolTestSupport

/// Replays every input the fuzzers once crashed, hung or exhausted memory on
/// (`tools/fuzz/regressions/<target>/`), through the same functions the fuzzers call.
@Suite("Fuzzer findings stay fixed")
struct FuzzRegressionTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("tools/fuzz/regressions")

    /// The regression inputs of `target`, by file name.
    static func inputs(_ target: FuzzTarget) throws -> [(name: String, bytes: [UInt8])] {
        let directory = folder.appendingPathComponent(target.rawValue)
        guard FileManager.default.fileExists(atPath: directory.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted().map { name in
            (name, [UInt8](try Data(contentsOf: directory.appendingPathComponent(name))))
        }
    }

    @Test("each regression input is read or refused within a minute (a hang fails it)", arguments: FuzzTarget.allCases)
    func replay(_ target: FuzzTarget) throws {
        for input in try Self.inputs(target) {
            let clock = ContinuousClock()
            let elapsed = clock.measure { target.run(input.bytes) }
            #expect(elapsed < .seconds(60), "\(target.rawValue)/\(input.name) took \(elapsed)")
        }
    }
}
