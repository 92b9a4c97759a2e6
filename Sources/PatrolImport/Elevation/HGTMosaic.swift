import Foundation
public import PatrolGeo
public import PatrolData

/// Several HGT tiles used as one surface; a point on a shared edge is read from whichever
/// loaded tile covers it (neighbouring tiles repeat their edge samples, so they agree).
public struct HGTMosaic: Sendable {
    /// The tiles, in the order given.
    public private(set) var tiles: [HGTTile]
    private var index: [Int: Int] = [:]

    /// An empty mosaic.
    public init() {
        tiles = []
    }

    /// Adds a tile; throws when a tile with the same corner is already there, or when the
    /// mosaic already holds ``InputLimits/elevationTiles`` tiles.
    public mutating func add(_ tile: HGTTile, file: String) throws(InputIssue) {
        guard tiles.count < InputLimits.elevationTiles else {
            throw InputLimits.exceeded(
                file,
                Localized(
                    en: "more than \(InputLimits.elevationTiles) SRTM tiles in one import (26 MB each in memory); import the tiles the jurisdiction needs",
                    zh: "一次导入超过 \(InputLimits.elevationTiles) 个 SRTM 瓦片(每个占内存 26 MB);请只导入辖区需要的瓦片"))
        }
        let key = Self.key(south: tile.south, west: tile.west)
        guard index[key] == nil else {
            throw InputIssue(.error, file: file, message: Localized(en: "tile \(tile.name) is given twice", zh: "瓦片 \(tile.name) 重复给出"))
        }
        index[key] = tiles.count
        tiles.append(tile)
    }

    /// Reads `.hgt` files and `.zip` archives holding them.
    public static func load(_ paths: [String]) throws(InputIssue) -> HGTMosaic {
        var mosaic = HGTMosaic()
        for path in paths {
            let name = URL(fileURLWithPath: path).lastPathComponent
            let bytes = try FileIO.readBytes(path, name: name)
            if name.lowercased().hasSuffix(".zip") {
                var found = false
                try ZipArchive.forEachEntry(bytes, file: name) { entry throws(InputIssue) in
                    guard entry.name.lowercased().hasSuffix(".hgt") else { return }
                    found = true
                    try mosaic.add(HGTTile(name: entry.name, bytes: entry.data, file: "\(name)/\(entry.name)"), file: name)
                }
                guard found else {
                    throw InputIssue(.error, file: name, message: Localized(en: "the archive holds no .hgt file", zh: "压缩包中没有 .hgt 文件"))
                }
            } else {
                try mosaic.add(HGTTile(name: name, bytes: bytes, file: name), file: name)
            }
        }
        return mosaic
    }

    /// The tile covering `p`, if loaded.
    public func tile(covering p: LonLat) -> HGTTile? {
        let south = Int(p.lat.rounded(.down))
        let west = Int(p.lon.rounded(.down))
        for (s, w) in [(south, west), (south - 1, west), (south, west - 1), (south - 1, west - 1)] {
            if let i = index[Self.key(south: s, west: w)], tiles[i].covers(p) { return tiles[i] }
        }
        return nil
    }

    /// The name of the tile a position falls in (`N42E001`), loaded or not.
    public static func tileName(covering p: LonLat) -> String {
        let south = Int(p.lat.rounded(.down))
        let west = Int(p.lon.rounded(.down))
        func pad(_ n: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
        return (south >= 0 ? "N" : "S") + pad(abs(south), 2) + (west >= 0 ? "E" : "W") + pad(abs(west), 3)
    }

    private static func key(south: Int, west: Int) -> Int {
        (south + 90) * 1000 + (west + 180)
    }
}
