public import PatrolGeo
public import PatrolData

/// One SRTM elevation tile in HGT format: a square of big-endian 16-bit heights in metres,
/// 1201 × 1201 (3 arc-seconds) or 3601 × 3601 (1 arc-second), -32768 marking a void.
///
/// The file name gives the south-west corner (`N42E001.hgt`: 42°N, 1°E). Rows run north to
/// south and columns west to east, and the samples sit exactly on the grid lines: row 0 is
/// the northern edge (latitude south + 1), the last row the southern edge, so neighbouring
/// tiles repeat their shared edge. Sample (r, c) is at latitude `south + 1 - r/(n-1)` and
/// longitude `west + c/(n-1)`; between samples heights are interpolated bilinearly.
public struct HGTTile: Sendable, Hashable {
    /// Latitude of the southern edge, in whole degrees.
    public let south: Int
    /// Longitude of the western edge, in whole degrees.
    public let west: Int
    /// Samples per row and per column (1201 or 3601).
    public let size: Int
    /// Heights row by row from the north.
    public let samples: [Int16]
    /// The value that marks a void.
    public static let void = Int16.min

    /// Decodes a tile; `name` is the file name (`N42E001.hgt`), `file` names it in messages.
    public init(name: String, bytes: [UInt8], file: String) throws(InputIssue) {
        guard let corner = Self.corner(fromName: name) else {
            throw InputIssue(
                .error, file: file,
                message: Localized(
                    en: "'\(name)' is not an SRTM tile name like N42E001.hgt (the name gives the tile's south-west corner)",
                    zh: "'\(name)' 不是 N42E001.hgt 这样的 SRTM 瓦片名(文件名给出瓦片西南角)"))
        }
        let size: Int
        switch bytes.count {
        case 1201 * 1201 * 2: size = 1201
        case 3601 * 3601 * 2: size = 3601
        default:
            throw InputIssue(
                .error, file: file,
                message: Localized(
                    en: "'\(name)' has \(bytes.count) bytes; an HGT tile has 1201×1201×2 (3″) or 3601×3601×2 (1″)",
                    zh: "'\(name)' 有 \(bytes.count) 字节;HGT 瓦片应为 1201×1201×2(3″)或 3601×3601×2(1″)"))
        }
        south = corner.south
        west = corner.west
        self.size = size
        var samples = [Int16](repeating: 0, count: size * size)
        bytes.withUnsafeBufferPointer { raw in
            for i in 0..<(size * size) {
                samples[i] = Int16(bitPattern: UInt16(raw[2 * i]) << 8 | UInt16(raw[2 * i + 1]))
            }
        }
        self.samples = samples
    }

    /// The south-west corner encoded in a tile name (`N42E001`, `s09w078.hgt`), or `nil`.
    public static func corner(fromName name: String) -> (south: Int, west: Int)? {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        let upper = Array(base.uppercased().utf8)
        guard upper.count >= 7 else { return nil }
        let ns = upper[0]
        let ew = upper[3]
        guard ns == UInt8(ascii: "N") || ns == UInt8(ascii: "S"), ew == UInt8(ascii: "E") || ew == UInt8(ascii: "W"),
            let lat = Int(String(decoding: upper[1..<3], as: UTF8.self)), let lon = Int(String(decoding: upper[4..<7], as: UTF8.self)),
            lat <= 90, lon <= 180
        else { return nil }
        if upper.count > 7, upper[7] != UInt8(ascii: ".") { return nil }
        return (ns == UInt8(ascii: "N") ? lat : -lat, ew == UInt8(ascii: "E") ? lon : -lon)
    }

    /// The spacing of the samples in arc-seconds: 3 for SRTM3, 1 for SRTM1.
    public var arcSeconds: Int {
        3600 / (size - 1)
    }

    /// The north–south spacing of the samples in metres, to the decimetre: an arc of
    /// ``arcSeconds`` on the mean Earth radius (6,371,008.8 m), 92.7 m for 3″ and 30.9 m for 1″.
    ///
    /// East–west the samples are closer by the cosine of the latitude; the coarser spacing is
    /// the one that limits the detail the tile holds.
    public var sampleSpacing: Double {
        (Double(arcSeconds) * 6_371_008.8 * Double.pi / 648_000 * 10).rounded() / 10
    }

    /// The tile's name, `N42E001`.
    public var name: String {
        func pad(_ n: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
        return (south >= 0 ? "N" : "S") + pad(abs(south), 2) + (west >= 0 ? "E" : "W") + pad(abs(west), 3)
    }

    /// The raw height of sample (`row`, `column`), row 0 in the north; ``void`` for a void.
    public func sample(row: Int, column: Int) -> Int16 {
        samples[row * size + column]
    }

    /// Where sample (`row`, `column`) lies.
    public func position(row: Int, column: Int) -> LonLat {
        let n = Double(size - 1)
        return LonLat(lon: Double(west) + Double(column) / n, lat: Double(south + 1) - Double(row) / n)
    }

    /// True when the position lies in the tile (edges included).
    public func covers(_ p: LonLat) -> Bool {
        p.lat >= Double(south) && p.lat <= Double(south + 1) && p.lon >= Double(west) && p.lon <= Double(west + 1)
    }

    /// Bilinear height at `p` from the four surrounding samples.
    ///
    /// Voids are left out and the rest reweighted; `nil` outside the tile or when all four
    /// are void.
    ///
    /// - Complexity: O(1)
    public func elevation(at p: LonLat) -> Double? {
        guard covers(p) else { return nil }
        let n = Double(size - 1)
        var fy = (Double(south + 1) - p.lat) * n
        var fx = (p.lon - Double(west)) * n
        // A position on a grid line (up to rounding) reads that line's samples exactly.
        if abs(fy - fy.rounded()) < 1e-9 { fy = fy.rounded() }
        if abs(fx - fx.rounded()) < 1e-9 { fx = fx.rounded() }
        let r0 = min(Int(fy.rounded(.down)), size - 2)
        let c0 = min(Int(fx.rounded(.down)), size - 2)
        let ty = fy - Double(r0)
        let tx = fx - Double(c0)
        var sum = 0.0
        var weight = 0.0
        for (dr, dc, w) in [(0, 0, (1 - tx) * (1 - ty)), (0, 1, tx * (1 - ty)), (1, 0, (1 - tx) * ty), (1, 1, tx * ty)] where w > 0 {
            let v = sample(row: r0 + dr, column: c0 + dc)
            if v != Self.void {
                sum += Double(v) * w
                weight += w
            }
        }
        return weight > 0 ? sum / weight : nil
    }
}
