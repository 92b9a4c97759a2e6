#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a FeatureCollection feature by feature, in exactly the layout of
/// ``GeoJSONWriter/featureCollection(_:decimals:)`` (one feature per line), without holding
/// the collection in memory. Owns a `FILE *`, closed in `deinit`.
final class GeoJSONStreamWriter {
    private let file: UnsafeMutablePointer<FILE>
    private let name: String
    private let decimals: Int
    private var written = 0
    private var failed = false

    /// Number of features written so far.
    var count: Int { written }

    /// Creates (truncates) the file at `path`.
    init(path: String, name: String, decimals: Int) throws(InputIssue) {
        guard let file = fopen(path, "wb") else {
            throw InputIssue(.error, file: name, message: Localized(en: "cannot create the file", zh: "无法创建文件"))
        }
        self.file = file
        self.name = name
        self.decimals = decimals
        setvbuf(file, nil, _IOFBF, 1 << 20)
        put("{\"type\":\"FeatureCollection\",\"features\":[\n")
    }

    deinit {
        fclose(file)
    }

    /// Appends one feature.
    func append(_ feature: GeoJSONWriter.Feature) {
        if written > 0 { put(",\n") }
        put(JSONWriter.compact(GeoJSONWriter.json(feature, decimals: decimals)))
        written += 1
    }

    /// Ends the collection and flushes; throws when any write failed (a full disk, say).
    func finish() throws(InputIssue) {
        put(written > 0 ? "\n]}\n" : "]}\n")
        if fflush(file) != 0 || failed {
            throw InputIssue(.error, file: name, message: Localized(en: "cannot write the file (disk full?)", zh: "无法写入文件(磁盘已满?)"))
        }
    }

    private func put(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            if fwrite(bytes.baseAddress, 1, bytes.count, file) != bytes.count { failed = true }
        }
    }
}
