#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PatrolData
import PatrolGeo

/// Writes a FeatureCollection feature by feature, without holding it in memory.
///
/// The layout is exactly that of ``GeoJSONWriter/featureCollection(_:decimals:)`` (one
/// feature per line). Owns a `FILE *`, closed in `deinit`.
final class GeoJSONStreamWriter {
    private let file: UnsafeMutablePointer<FILE>
    private let name: String
    private var written = 0
    private var failed = false

    /// Number of features written so far.
    var count: Int { written }

    /// Creates (truncates) the file at `path`.
    init(path: String, name: String) throws(InputIssue) {
        guard let file = fopen(path, "wb") else {
            throw InputIssue(.error, file: name, message: Localized(en: "cannot create the file", zh: "无法创建文件"))
        }
        self.file = file
        self.name = name
        setvbuf(file, nil, _IOFBF, 1 << 20)
        put("{\"type\":\"FeatureCollection\",\"features\":[\n")
    }

    deinit {
        fclose(file)
    }

    /// Appends a LineString feature whose coordinates are whole 1e-7 degrees, formatted
    /// straight from the integers: the same text ``GeoJSONWriter`` writes at 7 decimals for
    /// any coordinate of magnitude 1e-4 or more (it writes smaller ones in exponent form),
    /// several times faster, for country-sized imports.
    ///
    /// - Parameter properties: the properties object as compact JSON.
    func appendLineString(id: String, properties: String, coordinates: [(lon: Int64, lat: Int64)]) {
        if written > 0 { put(",\n") }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(96 + properties.utf8.count + coordinates.count * 24)
        bytes += Self.featureStart
        bytes += JSONWriter.quote(id).utf8
        bytes += Self.propertiesStart
        bytes += properties.utf8
        bytes += Self.geometryStart
        for (i, c) in coordinates.enumerated() {
            bytes += i == 0 ? Self.openPosition : Self.nextPosition
            Self.appendFixed7(c.lon, to: &bytes)
            bytes.append(UInt8(ascii: ","))
            Self.appendFixed7(c.lat, to: &bytes)
            bytes.append(UInt8(ascii: "]"))
        }
        bytes += Self.featureEnd
        if fwrite(bytes, 1, bytes.count, file) != bytes.count { failed = true }
        written += 1
    }

    private static let featureStart = Array("{\"type\":\"Feature\",\"id\":".utf8)
    private static let propertiesStart = Array(",\"properties\":".utf8)
    private static let geometryStart = Array(",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[".utf8)
    private static let openPosition = Array("[".utf8)
    private static let nextPosition = Array(",[".utf8)
    private static let featureEnd = Array("]}}".utf8)

    /// Appends `value` × 1e-7 in decimal, without trailing zeros (`425128977` → `42.5128977`).
    ///
    /// Digits are written in place (least significant first, then reversed), with no allocation.
    static func appendFixed7(_ value: Int64, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var whole = magnitude / 10_000_000
        var fraction = magnitude % 10_000_000
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(whole % 10))
            whole /= 10
        } while whole > 0
        bytes[start...].reverse()
        guard fraction > 0 else { return }
        bytes.append(UInt8(ascii: "."))
        var width = 7
        while fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        let digits = bytes.count
        for _ in 0..<width {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10))
            fraction /= 10
        }
        bytes[digits...].reverse()
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
