import Foundation
import PatrolData

/// `-o FILE.pdf`: the SVG printed to PDF by `rsvg-convert` (librsvg), which embeds the
/// subset of each font the map uses, so a print shop without CJK fonts sees the same
/// characters (no tofu) at the same true scale.
enum PDFOutput {
    /// True when the output path asks for PDF.
    static func wanted(_ path: String?) -> Bool { path?.lowercased().hasSuffix(".pdf") ?? false }

    /// The file name of one sheet: `map.pdf` becomes `map-01.pdf` or `map-index.pdf` as the SVG names do.
    static func fileName(_ sheet: String, output: String) -> String {
        sheet.hasSuffix(".svg") ? String(sheet.dropLast(4)) + ".pdf" : sheet
    }

    /// The SVG path a sheet would have for a PDF output path.
    static func svgPath(for output: String) -> String { String(output.dropLast(4)) + ".svg" }

    /// Converts `svg` to PDF at `path`: the SVG goes to a temporary file beside it, rsvg-convert
    /// writes a temporary PDF, and that is renamed onto `path` (nothing is left half written).
    static func write(_ svg: String, to path: String, language: Language) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let stem = (directory.isEmpty ? "." : directory) + "/.patrolmap-\(getpid())-\(UUID().uuidString)"
        let source = stem + ".svg"
        let target = stem + ".pdf"
        defer {
            try? FileManager.default.removeItem(atPath: source)
            try? FileManager.default.removeItem(atPath: target)
        }
        try Output.emit(svg, to: source, language: language)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["rsvg-convert", "--format", "pdf", "--output", target, source]
        let errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw missing(language)
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            if process.terminationStatus == 127 { throw missing(language) }
            throw CommandFailure.impossible(
                Localized(en: "rsvg-convert could not print \(path): \(message)", zh: "rsvg-convert 无法生成 \(path):\(message)"), language: language)
        }
        guard rename(target, path) == 0 else {
            let reason = String(cString: strerror(errno))
            throw CommandFailure.impossible(Localized(en: "cannot write \(path): \(reason)", zh: "无法写入 \(path):\(reason)"), language: language)
        }
    }

    private static func missing(_ language: Language) -> CommandFailure {
        CommandFailure.impossible(
            Localized(
                en: "PDF output needs rsvg-convert: install librsvg2-bin (tools/bootstrap does), or write .svg",
                zh: "生成 PDF 需要 rsvg-convert:请安装 librsvg2-bin(tools/bootstrap 会安装),或输出 .svg"),
            language: language)
    }
}
