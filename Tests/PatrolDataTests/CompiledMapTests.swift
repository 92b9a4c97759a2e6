import Foundation
import Testing
import _PatrolTestSupport

@testable import PatrolData
@testable import PatrolGeo

@Suite("Compiled map: the same map back, never stale, never trusted when damaged")
struct CompiledMapTests {
    /// Every part of two loads of a package, compared part by part (the DEM by bit pattern: voids are NaN).
    func expectSame(_ a: PatrolMap, _ b: PatrolMap, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.directory == b.directory, sourceLocation: sourceLocation)
        #expect(a.manifest == b.manifest, sourceLocation: sourceLocation)
        #expect(a.inputCRS == b.inputCRS && a.workingCRS == b.workingCRS, sourceLocation: sourceLocation)
        #expect(a.inputIsGeographic == b.inputIsGeographic, sourceLocation: sourceLocation)
        #expect(a.jurisdiction == b.jurisdiction, sourceLocation: sourceLocation)
        #expect(a.villages == b.villages, sourceLocation: sourceLocation)
        #expect(a.households == b.households, sourceLocation: sourceLocation)
        #expect(a.householdEncoding == b.householdEncoding, sourceLocation: sourceLocation)
        #expect(a.posts == b.posts, sourceLocation: sourceLocation)
        #expect(a.roads == b.roads, sourceLocation: sourceLocation)
        #expect(a.landmarks == b.landmarks, sourceLocation: sourceLocation)
        #expect(a.barriers == b.barriers, sourceLocation: sourceLocation)
        #expect(a.turns == b.turns, sourceLocation: sourceLocation)
        #expect(a.water == b.water, sourceLocation: sourceLocation)
        #expect(a.elevation?.values.map(\.bitPattern) == b.elevation?.values.map(\.bitPattern), sourceLocation: sourceLocation)
        #expect(
            [a.elevation?.columns, a.elevation?.rows] == [b.elevation?.columns, b.elevation?.rows]
                && [a.elevation?.west, a.elevation?.south, a.elevation?.cellSize] == [b.elevation?.west, b.elevation?.south, b.elevation?.cellSize],
            sourceLocation: sourceLocation)
        #expect(a.profiles == b.profiles, sourceLocation: sourceLocation)
        #expect(a.issues == b.issues, sourceLocation: sourceLocation)
    }

    /// Encodes and decodes a map in memory.
    func roundTrip(_ map: PatrolMap) throws -> PatrolMap {
        var writer = BinaryWriter()
        writer.map(map)
        return try writer.bytes.withUnsafeBytes { bytes in
            var reader = BinaryReader(bytes)
            let back = try reader.map(directory: map.directory)
            #expect(reader.isAtEnd)
            return back
        }
    }

    @Test("tiny and gongli come back from their compiled maps part for part, and their coordinates convert alike")
    func samePackage() throws {
        for source in [Fixtures.tinyPath, Fixtures.gongliPath] {
            let copy = try TemporaryMap(copying: source)
            try? FileManager.default.removeItem(atPath: CompiledMap.path(in: copy.path))
            let parsed = try MapLoader.load(copy.path)
            let first = try CompiledMap.load(copy.path)
            #expect(!first.use.fromCompiled && first.use.writeFailure == nil && first.use.damage == nil)
            let second = try CompiledMap.load(copy.path)
            #expect(second.use.fromCompiled)
            expectSame(parsed, first.map)
            expectSame(parsed, second.map)
            let probe = parsed.households[3].location
            #expect(second.map.coordinates.lonLat(probe) == parsed.coordinates.lonLat(probe))
            #expect(second.map.coordinates.inputCoordinate(probe) == parsed.coordinates.inputCoordinate(probe))
        }
    }

    @Test("the compiled map keeps the PROJ pipelines PROJ chose, and a transform made from one gives the same bits for every household")
    func keptPipelines() throws {
        for source in [Fixtures.tinyPath, Fixtures.gongliPath, Fixtures.tinyGCJ02Path, Fixtures.tinyWGS84Path] {
            let parsed = try MapLoader.load(source)
            let back = try roundTrip(parsed)
            let kept = parsed.coordinates.operations
            #expect(back.coordinates.operations == kept, "\(source)")
            let points = parsed.households.map(\.location)
            let bits = { (points: [Point]) in points.flatMap { [$0.x.bitPattern, $0.y.bitPattern] } }
            let lonLat = { (points: [LonLat]) in points.flatMap { [$0.lon.bitPattern, $0.lat.bitPattern] } }
            #expect(lonLat(back.coordinates.lonLat(points)) == lonLat(parsed.coordinates.lonLat(points)), "\(source)")
            #expect(bits(back.coordinates.inputCoordinates(points)) == bits(parsed.coordinates.inputCoordinates(points)), "\(source)")
            // WGS 84 → a projected working CRS is one PROJ operation on every map here; made from its
            // pipeline alone, the transform agrees with PROJ's own choice bit for bit, both ways.
            let pipeline = try #require(kept.wgs84, "\(source)")
            #expect(pipeline.hasPrefix("+proj=pipeline"))
            let chosen = try CoordinateTransform(from: .wgs84, to: parsed.workingCRS)
            let rebuilt = try CoordinateTransform(from: .wgs84, to: parsed.workingCRS, operation: pipeline)
            #expect(bits(rebuilt.inverse(points)) == bits(chosen.inverse(points)))
            let degrees = chosen.inverse(points)
            #expect(bits(rebuilt.forward(degrees)) == bits(chosen.forward(degrees)))
        }
        #expect(throws: ProjectionError.self) { try CoordinateTransform(from: .wgs84, to: .wgs84, operation: "EPSG:4326") }
    }

    @Test("the layers only some maps have (barriers, turns, water lines and areas, a GB18030 ledger, warnings) come back too")
    func rarerLayers() throws {
        var map = try Fixtures.tiny()
        let square = try Polygon(exterior: [Point(x: 0, y: 0), Point(x: 10, y: 0), Point(x: 10, y: 10), Point(x: 0, y: 0)])
        map.barriers = [
            Barrier(feature: 0, id: "b1", tags: ["barrier": "gate", "access": "private"], location: Point(x: 1, y: 2), sourceCoordinate: Point(x: 3, y: 4))
        ]
        map.turns = [
            TurnRestriction(feature: 2, id: nil, tags: ["restriction": "no_left_turn"], path: [Point(x: 0, y: 0), Point(x: 5, y: 0), Point(x: 5, y: 5)])
        ]
        map.water = [
            WaterFeature(feature: 0, id: "w", name: "水库", tags: ["natural": "water"], shape: .area(MultiPolygon([square]))),
            WaterFeature(feature: 1, id: nil, name: nil, tags: ["waterway": "stream"], shape: .lines([[Point(x: 0, y: 1), Point(x: 2, y: 3)], []])),
        ]
        map.householdEncoding = .gb18030
        map.issues.append(InputIssue(.warning, file: "households.csv", line: 7, recordID: "H007", field: "phone", message: Localized(en: "odd", zh: "奇怪")))
        expectSame(map, try roundTrip(map))
    }

    @Test("an edited road is seen at once: the key changes, the map is parsed again, and the next load reads the new compiled map")
    func editedRoad() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        let before = try CompiledMap.load(copy.path).map
        #expect(try CompiledMap.load(copy.path).use.fromCompiled)
        let roads = try copy.read("roads.geojson")
        try copy.write("roads.geojson", roads.replacingOccurrences(of: "\"tertiary\"", with: "\"track\""))
        let edited = try CompiledMap.load(copy.path)
        #expect(!edited.use.fromCompiled && edited.use.damage == nil)
        #expect(edited.map.roads != before.roads)
        expectSame(edited.map, try MapLoader.load(copy.path))
        #expect(try CompiledMap.load(copy.path).use.fromCompiled)
    }

    @Test("a truncated, overwritten or bit-flipped compiled map is reported, ignored and replaced")
    func damaged() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        let parsed = try MapLoader.load(copy.path)
        _ = try CompiledMap.load(copy.path)
        let path = CompiledMap.path(in: copy.path)
        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        var flipped = good
        flipped[good.count - 10] ^= 0x40
        for bad in [good.prefix(good.count / 2), good.prefix(20), Data("not a map".utf8), flipped] {
            try bad.write(to: URL(fileURLWithPath: path))
            let loaded = try CompiledMap.load(copy.path)
            #expect(!loaded.use.fromCompiled && loaded.use.damage != nil, "\(bad.count) bytes")
            expectSame(parsed, loaded.map)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == good)
        }
    }

    @Test("damaged bytes inside a valid frame end in an error, never a crash")
    func damagedPayload() throws {
        var writer = BinaryWriter()
        writer.map(try Fixtures.tiny())
        let bytes = writer.bytes
        for cut in stride(from: 0, to: bytes.count, by: 97) {
            var mangled = bytes
            mangled[cut] = 0xFF
            _ = try? mangled.withUnsafeBytes { raw in
                var reader = BinaryReader(raw)
                return try reader.map(directory: "x")
            }
            _ = try? Array(bytes.prefix(cut)).withUnsafeBytes { raw in
                var reader = BinaryReader(raw)
                return try reader.map(directory: "x")
            }
        }
    }

    @Test("a package whose compiled map cannot be written still loads, by parsing, every time")
    func unwritable() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        let path = CompiledMap.path(in: copy.path)
        try? FileManager.default.removeItem(atPath: path)
        // A folder in the way stands for a read-only package (the tests may run as root, whom permissions do not stop).
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        for _ in 0..<2 {
            let loaded = try CompiledMap.load(copy.path)
            #expect(!loaded.use.fromCompiled && loaded.use.writeFailure != nil)
            expectSame(loaded.map, try MapLoader.load(copy.path))
        }
    }
}
