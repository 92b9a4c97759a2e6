import Foundation
import PatrolData
import Testing

@Suite("Atomic writes")
struct FileIOTests {
    @Test("rewriting an existing file replaces it and leaves no temporary file behind")
    func rewrite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fileio-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("map.json").path
        try FileIO.writeAtomically("first\n", to: path)
        try FileIO.writeAtomically("second, longer\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second, longer\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["map.json"])
    }
}
