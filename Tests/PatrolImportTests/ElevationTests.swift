import Foundation
import Testing
@testable import PatrolImport
import PatrolData
import PatrolGeo
import _PatrolTestSupport

@Suite("SRTM tiles, zip archives, void filling and the resampled DEM")
struct ElevationTests {
    static func tile() throws -> HGTTile {
        try #require(try HGTMosaic.load([ImportFixtures.shared("N42E001.hgt.zip")]).tiles.first)
    }

    @Test("raw samples equal the bytes read independently (python struct '>h' and od)")
    func rawSamples() throws {
        let tile = try Self.tile()
        #expect(tile.name == "N42E001" && tile.size == 1201)
        // od -A d -t x1 -N 2 N42E001.hgt → 03 46 = 838; offset 2·(600·1201+600) → 04 47 = 1095
        #expect(tile.sample(row: 0, column: 0) == 838)
        #expect(tile.sample(row: 600, column: 600) == 1095)
        #expect(tile.sample(row: 0, column: 1200) == 360)
        #expect(tile.sample(row: 1200, column: 0) == 828)
        #expect(tile.sample(row: 1200, column: 1200) == 707)
        #expect(tile.sample(row: 522, column: 653) == 1623)
        #expect(tile.sample(row: 92, column: 114) == HGTTile.void)
        #expect(tile.samples.filter { $0 == HGTTile.void }.count == 7652)
    }

    @Test("samples sit on the grid lines: row 0 is 43°N, the last row 42°N, column 0 is 1°E")
    func samplePositions() throws {
        let tile = try Self.tile()
        #expect(tile.position(row: 0, column: 0) == LonLat(lon: 1, lat: 43))
        #expect(tile.position(row: 1200, column: 1200) == LonLat(lon: 2, lat: 42))
        #expect(tile.position(row: 600, column: 600) == LonLat(lon: 1.5, lat: 42.5))
        // At a sample the height is the sample; between samples, bilinear by hand.
        #expect(tile.elevation(at: tile.position(row: 522, column: 653)) == 1623)
        #expect(abs(tile.elevation(at: LonLat(lon: 1 + 653.5 / 1200, lat: 43 - 522.5 / 1200))! - (1623 + 1591 + 1589 + 1560) / 4.0) < 1e-9)
        #expect(abs(tile.elevation(at: LonLat(lon: 1 + 653.25 / 1200, lat: 43 - 522.0 / 1200))! - (0.75 * 1623 + 0.25 * 1591)) < 1e-9)
        #expect(tile.elevation(at: tile.position(row: 92, column: 114)) == nil)
        #expect(tile.elevation(at: LonLat(lon: 2.5, lat: 42.5)) == nil)
    }

    @Test("tile names give the south-west corner")
    func names() {
        #expect(HGTTile.corner(fromName: "N42E001.hgt")! == (42, 1))
        #expect(HGTTile.corner(fromName: "s09w078.HGT")! == (-9, -78))
        #expect(HGTTile.corner(fromName: "data/N00E000.hgt")! == (0, 0))
        #expect(HGTTile.corner(fromName: "X42E001.hgt") == nil)
        #expect(HGTTile.corner(fromName: "N42E001x.hgt") == nil)
        #expect(HGTMosaic.tileName(covering: LonLat(lon: -77.5, lat: -8.2)) == "S09W078")
    }

    /// A local file header and data, built from the zip specification.
    static func zipEntry(_ name: String, method: UInt16, flags: UInt16 = 0, crc: UInt32, stored: [UInt8], size: Int, descriptor: Bool = false) -> [UInt8] {
        func u16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
        func u32(_ v: UInt32) -> [UInt8] { u16(UInt16(v & 0xFFFF)) + u16(UInt16(v >> 16)) }
        var out = u32(0x0403_4B50) + u16(20) + u16(flags) + u16(method) + u16(0) + u16(0)
        out += descriptor ? u32(0) + u32(0) + u32(0) : u32(crc) + u32(UInt32(stored.count)) + u32(UInt32(size))
        out += u16(UInt16(name.utf8.count)) + u16(0) + Array(name.utf8) + stored
        if descriptor { out += u32(0x0807_4B50) + u32(crc) + u32(UInt32(stored.count)) + u32(UInt32(size)) }
        return out
    }

    /// Every entry of an archive, collected.
    static func entries(_ archive: [UInt8], file: String) throws(InputIssue) -> [ZipArchive.Entry] {
        var entries: [ZipArchive.Entry] = []
        try ZipArchive.forEachEntry(archive, file: file) { entries.append($0) }
        return entries
    }

    @Test("zip: stored and deflated entries, a data descriptor, a folder; CRC and encryption checked")
    func zip() throws {
        // python3: zlib.compressobj(9, zlib.DEFLATED, -15) of "hello hello hello hello\n"; crc32 0x0b598800
        let deflated: [UInt8] = [203, 72, 205, 201, 201, 87, 200, 64, 39, 185, 0]
        let stored = Array("stored!".utf8)  // crc32 0x09ef65a2
        let archive =
            Self.zipEntry("a.txt", method: 0, crc: 0x09EF_65A2, stored: stored, size: 7)
            + Self.zipEntry("dir/", method: 0, crc: 0, stored: [], size: 0)
            + Self.zipEntry("b.txt", method: 8, flags: 8, crc: 0x0B59_8800, stored: deflated, size: 24, descriptor: true)
            + [0x50, 0x4B, 0x01, 0x02]
        let entries = try Self.entries(archive, file: "t.zip")
        #expect(entries.map(\.name) == ["a.txt", "b.txt"])
        #expect(entries[0].data == stored)
        #expect(String(decoding: entries[1].data, as: UTF8.self) == "hello hello hello hello\n")

        let badCRC = Self.zipEntry("a.txt", method: 0, crc: 0x1234, stored: stored, size: 7)
        #expect(throws: InputIssue.self) { _ = try Self.entries(badCRC, file: "t.zip") }
        let encrypted = Self.zipEntry("a.txt", method: 0, flags: 1, crc: 0x09EF_65A2, stored: stored, size: 7)
        #expect(throws: InputIssue.self) { _ = try Self.entries(encrypted, file: "t.zip") }
        #expect(throws: InputIssue.self) { _ = try Self.entries(Array(archive.prefix(40)), file: "t.zip") }
        #expect(throws: InputIssue.self) { _ = try Self.entries(Array("not a zip".utf8), file: "t.zip") }
    }

    @Test("void filling: one hole gets its neighbours' mean; a long hole fills from both sides")
    func voidFill() {
        var square: [Float] = [1, 2, 3, 4, .nan, 5, 6, 7, 8]
        #expect(VoidFill.fill(&square, columns: 3, rows: 3) { _ in true } == 1)
        #expect(square[4] == 4.5)
        var row: [Float] = [1, .nan, .nan, .nan, 5]
        #expect(VoidFill.fill(&row, columns: 5, rows: 1) { _ in true } == 3)
        #expect(row == [1, 1, 3, 5, 5])
        var kept: [Float] = [1, .nan, .nan]
        #expect(VoidFill.fill(&kept, columns: 3, rows: 1) { $0 != 2 } == 1)
        #expect(kept[1] == 1 && kept[2].isNaN)
    }

    @Test("the DEM cell at (384345, 4714755) equals the bilinear SRTM height there (1503.2 m)")
    func resampledValue() throws {
        let map = try MapLoader.load(try ImportFixtures.andorra())
        let grid = try #require(map.elevation)
        #expect(grid.cellSize == 30)
        // echo "384345 4714755" | cs2cs +proj=tmerc +lon_0=3 +x_0=500000 +ellps=GRS80 +to EPSG:4326
        //   → 42.559572895 1.591662615; samples (528,709)=1470 (528,710)=1508 (529,709)=1468
        //   (529,710)=1499 with tx=0.99514, ty=0.51253 → 1503.22
        let value = try #require(grid.elevation(at: Point(x: 384_345, y: 4_714_755)))
        #expect(abs(value - 1503.2) < 0.051)
        let bounds = try #require(map.jurisdiction.boundary.bounds)
        #expect(grid.bounds.minX <= bounds.minX - 1000 + 30 && grid.bounds.maxY >= bounds.maxY + 1000 - 30)
        #expect(grid.values.allSatisfy { !$0.isNaN })
        // The OSM import left the layer out of map.json; the DEM import lists it.
        #expect(try ImportFixtures.text(try ImportFixtures.andorra() + "/map.json").contains("\"dem\": \"dem.asc\""))
    }

    @Test("import dem records the tile's 3″ spacing (92.7 m) in map.json; load gives it to the grid; a package without it falls back to the 30 m cells")
    func sourceResolution() throws {
        // 3″ of arc on the mean radius: 3 × 6 371 008.8 m × π / 648 000 = 92.66 m.
        #expect(try Self.tile().arcSeconds == 3 && (try Self.tile().sampleSpacing) == 92.7)
        let folder = try ImportFixtures.andorra()
        #expect(try ImportFixtures.text(folder + "/map.json").contains("\"dem_source_resolution_m\": 92.7"))
        let grid = try #require(try MapLoader.load(folder).elevation)
        #expect(grid.sourceResolution == 92.7 && grid.sourceSpacing == 92.7)
        // An old package: the same files without the member.
        let old = try ImportFixtures.andorraCopy()
        let manifest = try ImportFixtures.text(old + "/map.json").replacingOccurrences(of: "  \"dem_source_resolution_m\": 92.7,\n", with: "")
        #expect(!manifest.contains("dem_source"))
        try manifest.write(toFile: old + "/map.json", atomically: true, encoding: .utf8)
        let oldMap = try MapLoader.load(old)
        #expect(oldMap.errors.isEmpty)
        let oldGrid = try #require(oldMap.elevation)
        #expect(oldGrid.sourceResolution == nil && oldGrid.sourceSpacing == 30 && oldGrid.values == grid.values)
    }
}
