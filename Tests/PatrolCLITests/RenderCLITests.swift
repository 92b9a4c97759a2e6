import Foundation
import Testing
import _PatrolTestSupport

@Suite("patrolmap render")
struct RenderCLITests {
    @Test("writes the same SVG twice, atomically, and refuses bad requests with exit code 2")
    func renderTiny() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("render-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.svg").path
        let b = folder.appendingPathComponent("b.svg").path
        for path in [a, b] {
            let r = try CLIRunner.run(["render", "SampleMaps/tiny", "--style", "wall", "--page", "A3", "--scale", "10000", "-o", path])
            #expect(r.status == 0, "\(r.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
        #expect(try String(contentsOfFile: a, encoding: .utf8).contains("width=\"420mm\""))

        let unknown = try CLIRunner.run(["render", "SampleMaps/tiny", "--village", "北村", "--lang", "en"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("西村"))
        let tiles = try CLIRunner.run(["render", "SampleMaps/tiny", "--tiles", "--scale", "2500"])
        #expect(tiles.status == 2)

        let tiled = folder.appendingPathComponent("t.svg").path
        let t = try CLIRunner.run(["render", "SampleMaps/tiny", "--tiles", "--scale", "2500", "--page", "A4", "-o", tiled])
        #expect(t.status == 0, "\(t.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("t-01.svg").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("t-index.svg").path))
    }

    @Test("-o FILE.pdf prints the map through rsvg-convert: an A3 page at true size with its fonts embedded")
    func pdfOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("render-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tiny.pdf").path
        let r = try CLIRunner.run(["render", "SampleMaps/tiny", "--page", "A3", "--orientation", "landscape", "--scale", "10000", "-o", path])
        #expect(r.status == 0, "\(r.stderr)")
        let pdf = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(pdf.hasPrefix("%PDF-"))
        // 420 × 297 mm is 1190.55 × 841.89 pt.
        let box = try #require(pdf.range(of: "/MediaBox [").map { pdf[$0.upperBound...].prefix { $0 != "]" } })
        let size = box.split(separator: " ").compactMap { Double($0) }
        #expect(size.count == 4 && abs(size[2] - 1190.55) < 0.5 && abs(size[3] - 841.89) < 0.5, "\(box)")
        // The CJK text is carried by an embedded font, not left to the printer's.
        #expect(pdf.contains("/FontFile"))
        // Only the PDF is left in the folder: the temporary SVG and PDF are gone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["tiny.pdf"])
    }

    @Test("a route card from the station to a household")
    func dispatchCard() throws {
        let r = try CLIRunner.run(["render", "SampleMaps/tiny", "--style", "dispatch", "--to", "H012"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("小河派出所 → 东村3组1号"))
        #expect(!r.stdout.contains("孙丽"))
    }
}
