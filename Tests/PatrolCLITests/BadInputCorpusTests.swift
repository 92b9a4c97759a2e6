import Foundation
import Testing
import _PatrolTestSupport

/// Runs every case of `Tests/BadInputs` (format: `Tests/BadInputs/README.md`) against the
/// built `patrolmap`: the exit status and messages the case expects, and for every case no
/// crash, no hang, no memory blow-up and no debris.
///
/// Memory is the child's peak resident set size as `wait4` reports it (see ``ChildProcess``),
/// not an address-space limit: the Swift runtime reserves far more address space than it uses,
/// so `prlimit --as` would fail healthy runs, while peak RSS is what a memory bomb costs.
@Suite("Bad-input corpus")
struct BadInputCorpusTests {
    /// A case that uses more processor time than this is killed and reported as a hang (a
    /// hang detector, not a performance assertion: processor time, so that a loaded machine
    /// does not turn slow runs into false hangs; see ``ChildProcess/wait(_:timeout:wallTimeout:)``).
    static let timeout = 5.0
    /// Peak resident memory allowed to one run.
    static let memoryLimit = 500 * 1024 * 1024
    /// Text that only a crash prints.
    static let crashMarkers = ["Swift runtime failure", "Fatal error"]

    @Test("the corpus is there and every case.json reads")
    func corpusReads() throws {
        #expect(BadInputCorpus.names.count >= 60)
        for name in BadInputCorpus.names {
            #expect(name.contains("-"), "\(name): a case is named <group>-<short-name>")
            _ = try BadInputCorpus.load(name)
        }
        for name in BadInputCorpus.pending {
            #expect(BadInputCorpus.names.contains(name), "PENDING lists \(name), which is not a case")
        }
    }

    @Test("bad input gives a clear message and the right exit status", arguments: BadInputCorpus.names)
    func badInput(_ name: String) throws {
        if BadInputCorpus.pending.contains(name) {
            print("note: bad-input case \(name) is skipped: listed in Tests/BadInputs/PENDING")
            return
        }
        let spec = try BadInputCorpus.load(name)
        let run = try BadInputRun(name: name, spec: spec)
        defer { run.removeAll() }
        let before = try run.snapshot(spec.unchanged ?? [])
        let outcome = try ProcessGate.shared.admit {
            try ChildProcess.run(
                CLIRunner.executable.path, run.arguments(spec.args), in: run.tmp, scratch: run.io, stdoutTo: spec.stdoutTo,
                timeout: Self.timeout)
        }
        let context = """

            \(name): \(spec.about)
            exit status \(outcome.exitStatus.map(String.init) ?? "-"), signal \(outcome.signal.map(String.init) ?? "-"), \(Int(outcome.processorSeconds * 1000)) ms processor time (\(Int(outcome.seconds * 1000)) ms wall clock)
            stdout: \(outcome.stdout.prefix(2000))
            stderr: \(outcome.stderr.prefix(2000))
            """

        #expect(!outcome.timedOut, "hang: killed after \(Self.timeout) s of processor time\(context)")
        #expect(outcome.signal == nil, "killed by signal \(outcome.signal ?? 0)\(context)")
        #expect(outcome.exitStatus == spec.exit, "exit status \(outcome.exitStatus ?? -1), expected \(spec.exit)\(context)")
        #expect(outcome.peakBytes < Self.memoryLimit, "peak memory \(outcome.peakBytes / 1_048_576) MB\(context)")
        for marker in Self.crashMarkers {
            #expect(!outcome.stderr.contains(marker) && !outcome.stdout.contains(marker), "crash: \(marker)\(context)")
        }
        for text in spec.stderr {
            #expect(outcome.stderr.contains(text), "stderr lacks “\(text)”\(context)")
        }
        for text in spec.stdout ?? [] {
            #expect(outcome.stdout.contains(text), "stdout lacks “\(text)”\(context)")
        }
        let after = try run.snapshot(spec.unchanged ?? [])
        for (file, data) in before {
            #expect(after[file] == data, "\(file) changed\(context)")
        }
        let debris = run.leftovers()
        #expect(debris.isEmpty, "temporary files left: \(debris.joined(separator: ", "))\(context)")
    }
}

/// The folders of one run: `$MAP` (the map copy), `$TMP` (empty; also the working directory)
/// and a folder for the child's output, all under one temporary root.
struct BadInputRun {
    let root: String
    let map: String
    let tmp: String
    let io: String
    let caseFolder: String

    /// Copies the map, lays the case's `map/` files over it and removes the case's `remove` files.
    init(name: String, spec: BadInputCase) throws {
        let manager = FileManager.default
        root = manager.temporaryDirectory.appendingPathComponent("patrolmap-bad-\(name)-\(UUID().uuidString.prefix(8))").path
        map = root + "/map"
        tmp = root + "/tmp"
        io = root + "/io"
        caseFolder = BadInputCorpus.folder.appendingPathComponent(name).path
        try manager.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        try manager.createDirectory(atPath: io, withIntermediateDirectories: true)
        if spec.map != "none" {
            guard let source = BadInputCorpus.mapSource(spec.map) else { throw CorpusError(text: "\(name): unknown map “\(spec.map)”") }
            try TemporaryMap.copyPackage(source.path, to: map)
        }
        let overlay = caseFolder + "/map"
        if manager.fileExists(atPath: overlay) {
            try manager.createDirectory(atPath: map, withIntermediateDirectories: true)
            for file in try manager.contentsOfDirectory(atPath: overlay) {
                try? manager.removeItem(atPath: map + "/" + file)
                try manager.copyItem(atPath: overlay + "/" + file, toPath: map + "/" + file)
            }
        }
        for file in spec.remove ?? [] {
            try manager.removeItem(atPath: map + "/" + file)
        }
    }

    /// The arguments with `$MAP`, `$CASE`, `$TMP` and `$DATA` (the shared real data,
    /// `Fixtures.sharedDataPath`) replaced by their folders.
    func arguments(_ args: [String]) -> [String] {
        args.map {
            $0.replacingOccurrences(of: "$MAP", with: map).replacingOccurrences(of: "$CASE", with: caseFolder)
                .replacingOccurrences(of: "$TMP", with: tmp).replacingOccurrences(of: "$DATA", with: Fixtures.sharedDataPath)
        }
    }

    /// The bytes of the named files of the map copy (`nil` for a missing one).
    func snapshot(_ files: [String]) throws -> [String: Data?] {
        var result: [String: Data?] = [:]
        for file in files { result[file] = FileManager.default.contents(atPath: map + "/" + file) }
        return result
    }

    /// Temporary files and staging folders left under `$MAP` and `$TMP` and beside them:
    /// hidden names holding `.tmp`, `.partial` or `.old-` (the writers' temporary names).
    func leftovers() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            guard !path.hasPrefix("io") else { continue }
            let name = (path as NSString).lastPathComponent
            if name.hasPrefix("."), name.contains(".tmp") || name.contains(".partial") || name.contains(".old-") { found.append(path) }
        }
        return found
    }

    /// Deletes the run's folders.
    func removeAll() {
        try? FileManager.default.removeItem(atPath: root)
    }
}

/// A malformed corpus (unknown map name, say).
struct CorpusError: Error, CustomStringConvertible {
    var text: String
    var description: String { text }
}

/// Lets as many children run at once as there are processors, so that the parallel cases
/// do not flood a shared machine.
final class ProcessGate: @unchecked Sendable {
    static let shared = ProcessGate(limit: max(1, ProcessInfo.processInfo.activeProcessorCount))
    private let condition = NSCondition()
    private let limit: Int
    private var running = 0

    init(limit: Int) { self.limit = limit }

    /// Runs `body` once fewer than `limit` bodies are running.
    func admit<T>(_ body: () throws -> T) rethrows -> T {
        condition.lock()
        while running >= limit { condition.wait() }
        running += 1
        condition.unlock()
        defer {
            condition.lock()
            running -= 1
            condition.signal()
            condition.unlock()
        }
        return try body()
    }
}
