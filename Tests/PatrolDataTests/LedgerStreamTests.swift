import Foundation
import PatrolGeo
import Testing
import _PatrolTestSupport

@testable import PatrolData

/// The household ledger read as a stream: the same records whatever the window, the same
/// households and messages as before, and ledgers beyond the whole-file limit.
@Suite("Household ledger streaming")
struct LedgerStreamTests {
    /// The records the stream hands on, reading `chunk` bytes at a time.
    private func streamed(_ path: String, chunk: Int, limits: HouseholdLedgerStream.Limits = .standard) throws(InputIssue) -> (
        records: [CSVRecord], encoding: TextEncoding?
    ) {
        var limits = limits
        limits.chunkBytes = chunk
        var records: [CSVRecord] = []
        let encoding = try HouseholdLedgerStream.read(path: path, file: "households.csv", limits: limits, reserve: { _ in }, each: { records.append($0) })
        return (records, encoding)
    }

    /// Every CSV ledger of the sample maps and of the bad-input corpus.
    private static var ledgers: [String] {
        let corpus = Fixtures.packageRoot.appendingPathComponent("Tests/BadInputs").path
        let cases = (try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []
        return [Fixtures.tinyPath + "/households.csv", Fixtures.gongliPath + "/households.csv"]
            + cases.sorted().map { "\(corpus)/\($0)/map/households.csv" }.filter { FileManager.default.fileExists(atPath: $0) }
    }

    @Test("any window on the file gives the records of a whole reading, or hands the file back to be read whole")
    func windows() throws {
        #expect(Self.ledgers.count >= 12)
        for path in Self.ledgers {
            let bytes = try Fixtures.bytes(path)
            let whole: [CSVRecord]? = String(validating: bytes, as: UTF8.self).flatMap { text in
                try? CSVReader.parse(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
            }
            for chunk in [16, 17, 1 << 20] {
                let read = try streamed(path, chunk: chunk)
                if let whole {
                    #expect(read.encoding != nil, "\(path)")
                    #expect(read.records == whole, "\(path) in chunks of \(chunk)")
                } else {
                    #expect(read.encoding == nil, "\(path): not UTF-8 or not CSV, so read whole")
                }
            }
        }
    }

    @Test("gongli's 12,000 households come out of the stream as the rows of the file")
    func gongli() throws {
        let map = try Fixtures.gongli()
        let records = try CSVReader.parse(String(contentsOfFile: Fixtures.gongliPath + "/households.csv", encoding: .utf8))
        #expect(map.households.count == 12_000)
        #expect(records.count == 12_001)
        for (household, record) in zip(map.households, records.dropFirst()) {
            #expect(household.sourceLine == record.line)
            #expect([household.id, household.village, household.group, household.number] == Array(record.fields[0..<4]))
            #expect(household.sourceCoordinate == Point(x: Double(record.fields[4])!, y: Double(record.fields[5])!))
            #expect(household.members == Int(record.fields[7])!)
        }
    }

    @Test("the streamed limits: file size, rows and record length, each with its line")
    func limits() throws {
        let path = Fixtures.tinyPath + "/households.csv"
        var few = HouseholdLedgerStream.Limits()
        few.rows = 5
        let rows = #expect(throws: InputIssue.self) { try streamed(path, chunk: 64, limits: few) }
        #expect(rows?.formatted(.en) == "households.csv:7: input limit exceeded: more than 5 rows, the most of a streamed ledger")
        var short = HouseholdLedgerStream.Limits()
        short.recordBytes = 40
        // Within the whole-file limit, the file is handed back to be read whole (and loads as ever).
        #expect(try streamed(path, chunk: 64, limits: short).encoding == nil)
        var small = HouseholdLedgerStream.Limits()
        small.fileBytes = 100
        let size = #expect(throws: InputIssue.self) { try streamed(path, chunk: 64, limits: small) }
        #expect(size?.formatted(.en).hasSuffix("more than the 100 bytes of a streamed ledger") == true)
    }

    @Test("a ledger beyond the whole-file limit loads as a stream, with located errors")
    func beyondWholeFileLimit() throws {
        // The map loader reads with the standard limits: whole up to InputLimits.fileBytes (64 MiB).
        #expect(HouseholdLedgerStream.Limits.standard.wholeFileBytes == InputLimits.fileBytes)
        // The same rule with a 64 KiB whole-file limit and a 4 KiB window, so the ledger spans
        // many windows and passes the limit in 80 rows rather than 68 MB.
        var limits = HouseholdLedgerStream.Limits.standard
        limits.wholeFileBytes = 64 << 10
        limits.chunkBytes = 4 << 10
        let tiny = try Fixtures.tiny()
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        let path = map.path + "/households.csv"
        let context = try LayerContext(inputCRS: tiny.inputCRS, workingCRS: tiny.workingCRS, geographic: tiny.inputIsGeographic)
        func read() throws(InputIssue) -> (result: HouseholdLayer.Result, issues: [String]) {
            context.issues = []
            let result = try HouseholdLayer.readCSV(
                path: path, file: "households.csv", context: context, check: LocationCheck(jurisdiction: tiny.jurisdiction), limits: limits)
            return (result, context.issues.map { $0.formatted(.en) })
        }
        let header = "id,village,group,number,x,y,head,members,phone,tags,note\n"
        var ledger = Array(try map.read("households.csv").utf8)
        // 1 KiB notes make the file pass 64 KiB in 80 rows.
        let note = String(repeating: "n", count: 1024)
        let rows = (limits.wholeFileBytes / 1024) + 16
        for i in 0..<rows {
            ledger += Array("X\(i),西村,1,\(i),596300,3863230,,1,,,\(note)\n".utf8)
        }
        ledger += Array("Y1,西村,1,1,596300,3863230,,many,,,\n".utf8)
        #expect(ledger.count > limits.wholeFileBytes)
        try map.write("households.csv", bytes: ledger)
        let loaded = try read()
        #expect(loaded.result.households.count == 12 + rows)
        #expect(loaded.result.encoding == .utf8)
        #expect(loaded.issues == ["households.csv:\(14 + rows): Y1: members: members 'many' is not a whole number of residents; skipped"])
        #expect(loaded.result.households.last?.note == note && loaded.result.households.last?.sourceLine == 13 + rows)

        // Beyond the whole-file limit a ledger cannot be told to be GB18030: it must be UTF-8.
        ledger += [0xCE, 0xF7, 0x0A]
        try map.write("households.csv", bytes: Array(header.utf8) + ledger.dropFirst(header.utf8.count))
        let error = #expect(throws: InputIssue.self) { try read() }
        #expect(error?.line == 15 + rows)
        #expect(error?.message.en.hasPrefix("this record is not valid UTF-8: a ledger larger than 64 KiB is read as a stream") == true)
    }
}
