import Foundation
import Testing
@testable import PatrolImport
import PatrolData
import _PatrolTestSupport

@Suite("Decompression bombs are refused with bounded memory")
struct DecompressionLimitTests {
    static let node = Array("<node id=\"1\" lat=\"34.9\" lon=\"109.0\"/>\n".utf8)

    @Test("the bomb builder's stream inflates to exactly the bytes it promises")
    func bombBuilder() throws {
        let raw = DeflateBomb.deflate(prefix: Array("<osm>".utf8), unit: Self.node, size: 100_000, suffix: Array("</osm>".utf8))
        let inflater = try Inflater(.raw)
        let output = try raw.withBytes { buffer throws(CompressionError) in try inflater.inflateUntilEnd(buffer, limit: 1 << 20) }.output
        #expect(output.count == 100_000 + 6)
        #expect(Array(output.prefix(5)) == Array("<osm>".utf8))
        #expect((5..<100_000).allSatisfy { output[$0] == Self.node[($0 - 5) % Self.node.count] })
        #expect(Array(output.suffix(6)) == Array("</osm>".utf8))
        #expect(raw.count < 1_000)
    }

    @Test("a .osm.gz expanding 158 to 1 is refused once past 4 MiB, never holding more than one chunk")
    func gzipBombByRatio() throws {
        let bomb = DeflateBomb.gzip(prefix: Array("<osm version=\"0.6\">\n".utf8), unit: Self.node, size: 300 << 20)
        let path = try ImportFixtures.file(bytes: bomb, extension: "osm.gz")
        let source = try ChunkSources.open(path: path, name: "bomb.osm.gz")
        var produced = 0
        var largest = 0
        let issue = #expect(throws: InputIssue.self) {
            while let chunk = try source.nextChunk() {
                produced += chunk.count
                largest = max(largest, chunk.count)
            }
        }
        #expect(issue?.file == "bomb.osm.gz")
        #expect(issue?.message.en.contains("input limit exceeded") == true)
        #expect(issue?.message.en.contains("over 100 times") == true)
        // Refused with the chunk that passes 4 MiB: the chunks delivered before it hold less.
        #expect(produced + largest > InputLimits.compressionRatioAfter && produced <= InputLimits.compressionRatioAfter)
        #expect(largest <= ChunkSources.chunkSize + (256 << 10))
    }

    @Test("the whole OSM import refuses the bomb and names the file and the limit")
    func importRefusesBomb() throws {
        let bomb = DeflateBomb.gzip(prefix: Array("<osm version=\"0.6\">\n".utf8), unit: Self.node, size: 200 << 20)
        let path = try ImportFixtures.file(bytes: bomb, extension: "osm.gz")
        let output = ImportFixtures.temporaryPath("bomb-out")
        let issue = #expect(throws: InputIssue.self) { _ = try OSMImporter.run(OSMImportOptions(input: path, output: output)) }
        #expect(issue?.file == URL(fileURLWithPath: path).lastPathComponent)
        #expect(issue?.description.contains("input limit exceeded") == true)
        #expect(!FileManager.default.fileExists(atPath: output + "/map.json"))
    }

    @Test("the decompressed-size limit is 4 GiB unless raised, and its message says how to raise it")
    func decompressedDefault() {
        #expect(InputLimits.defaultDecompressedBytes == 4 << 30)
        if ProcessInfo.processInfo.environment[InputLimits.decompressedBytesVariable] == nil {
            #expect(InputLimits.decompressedBytes == 4 << 30)
        }
        #expect(InputLimits.describe(bytes: 4 << 30) == "4 GiB")
        #expect(InputLimits.describe(bytes: 64 << 20) == "64 MiB")
        #expect(InputLimits.describe(bytes: 1000) == "1000 bytes")
    }

    @Test("a zip entry whose header declares more than a 1″ tile is refused before inflating")
    func zipDeclaredSize() {
        let archive = ElevationTests.zipEntry("N34E109.hgt", method: 8, crc: 0, stored: [3, 0], size: 2_000_000_000)
        let issue = #expect(throws: InputIssue.self) { try ZipArchive.forEachEntry(archive, file: "big.zip") { _ in } }
        #expect(issue?.file == "big.zip")
        #expect(issue?.message.en.contains("input limit exceeded: 'N34E109.hgt' is 2000000000 bytes or more") == true)
    }

    @Test("a zip entry that leaves its size to a descriptor is refused by its running size")
    func zipRunningSize() {
        let raw = DeflateBomb.deflate(prefix: [], unit: [0], size: 40 << 20)
        let archive = ElevationTests.zipEntry("N34E109.hgt", method: 8, flags: 8, crc: 0, stored: raw, size: 40 << 20, descriptor: true)
        let issue = #expect(throws: InputIssue.self) { try ZipArchive.forEachEntry(archive, file: "bomb.hgt.zip") { _ in } }
        #expect(issue?.message.en.contains("input limit exceeded: 'N34E109.hgt' is \(InputLimits.zipEntryBytes + 1) bytes or more") == true)
    }

    @Test("a zip whose entries together pass 256 MiB is refused")
    func zipTotal() {
        let raw = DeflateBomb.deflate(prefix: [], unit: [0], size: 20 << 20)
        let crc = CRC32.checksum([UInt8](repeating: 0, count: 20 << 20))
        var archive: [UInt8] = []
        for i in 0..<14 {
            archive += ElevationTests.zipEntry("x\(i).bin", method: 8, crc: crc, stored: raw, size: 20 << 20)
        }
        var seen = 0
        let issue = #expect(throws: InputIssue.self) { try ZipArchive.forEachEntry(archive, file: "many.zip") { _ in seen += 1 } }
        #expect(issue?.message.en.contains("expand to more than 256 MiB") == true)
        #expect(seen == 12)
    }

    @Test("a DEM import takes at most four tiles")
    func tileCount() throws {
        let tile = [UInt8](repeating: 0, count: 1201 * 1201 * 2)
        let folder = ImportFixtures.temporaryPath("tiles")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var paths: [String] = []
        for name in ["N34E108", "N34E109", "N35E108", "N35E109", "N33E109"] {
            let path = folder + "/" + name + ".hgt"
            try Data(tile).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let four = try HGTMosaic.load(Array(paths.prefix(4)))
        #expect(four.tiles.count == 4)
        let issue = #expect(throws: InputIssue.self) { _ = try HGTMosaic.load(paths) }
        #expect(issue?.message.en.contains("more than 4 SRTM tiles") == true)
    }
}
