import Foundation
import Testing
@testable import PatrolData
import _PatrolTestSupport

@Suite("The streaming GeoJSON reader: the whole-document reader's features and messages, one feature at a time")
struct GeoJSONStreamTests {
    /// Writes `text` to a temporary file and streams it with `limits`.
    private func stream(
        _ text: String, limits: GeoJSONStream.Limits = .standard, geographic: Bool = false
    ) throws(InputIssue) -> (features: [GeoJSONFeature], summary: GeoJSONStream.Summary) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("patrolmap-stream-\(UUID().uuidString).geojson").path
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var features: [GeoJSONFeature] = []
        let summary = try GeoJSONStream.read(path: path, file: "roads.geojson", geographic: geographic, limits: limits) { features.append($0) }
        return (features, summary)
    }

    /// The whole-document reader's answer: its features and issues, or the issue it throws.
    private func whole(_ text: String, geographic: Bool = false) -> Result<GeoJSONReader.Result, InputIssue> {
        Result { () throws(InputIssue) in try GeoJSONReader.read(Array(text.utf8), file: "roads.geojson", geographic: geographic) }
    }

    /// Streams `text` with windows of 1, 7 and 4096 bytes, so every feature and number
    /// crosses a window's end somewhere, and checks each against the whole-document reader.
    private func expectSameAsWhole(_ text: String, geographic: Bool = false) {
        for chunk in [1, 7, 4096] {
            var limits = GeoJSONStream.Limits.standard
            limits.chunkBytes = chunk
            let streamed = Result { () throws(InputIssue) in try stream(text, limits: limits, geographic: geographic) }
            switch (streamed, whole(text, geographic: geographic)) {
            case (.success(let s), .success(let w)):
                #expect(s.features == w.features, "chunk \(chunk)")
                #expect(s.summary.issues == w.issues, "chunk \(chunk)")
                #expect(s.summary.line == w.line, "chunk \(chunk)")
            case (.failure(let s), .failure(let w)):
                #expect(s == w, "chunk \(chunk)")
            case (let s, let w):
                Issue.record("chunk \(chunk): streamed \(s), whole \(w)")
            }
        }
    }

    @Test("the sample maps' layers stream to the very features and issues the whole-document reader gives")
    func sampleMaps() throws {
        for (map, layer) in [(Fixtures.tinyPath, "roads"), (Fixtures.tinyPath, "boundary"), (Fixtures.tinyPath, "posts"), (Fixtures.gongliPath, "roads")] {
            let path = map + "/" + layer + ".geojson"
            var features: [GeoJSONFeature] = []
            let streamed = try GeoJSONStream.read(path: path, file: layer, geographic: false) { features.append($0) }
            let read = try GeoJSONReader.read(FileIO.readBytes(path), file: layer, geographic: false)
            #expect(!features.isEmpty)
            #expect(features == read.features, "\(layer)")
            #expect(streamed.issues == read.issues && streamed.line == read.line)
        }
    }

    @Test("a loaded map's roads (streamed) equal the roads read from the whole document, on tiny and gongli")
    func loadedRoads() throws {
        for path in [Fixtures.tinyPath, Fixtures.gongliPath] {
            let map = try MapLoader.load(path)
            let context = try LayerContext(inputCRS: map.inputCRS, workingCRS: map.workingCRS, geographic: map.inputIsGeographic)
            var reader = RoadLayerReader(file: "roads.geojson", context: context, check: LocationCheck(jurisdiction: map.jurisdiction))
            let whole = try GeoJSONReader.read(FileIO.readBytes(path + "/roads.geojson"), file: "roads.geojson", geographic: map.inputIsGeographic)
            for feature in whole.features { reader.add(feature) }
            #expect(!map.roads.isEmpty)
            #expect(map.roads == reader.roads)
            #expect(reader.issues.allSatisfy { map.issues.contains($0) })
        }
    }

    @Test("features cut anywhere by the window: same features, lines, indices and duplicate-key columns")
    func boundaries() {
        let text = """
            \u{FEFF}{"type": "FeatureCollection", "name": "r",
             "features": [
              {"type": "Feature", "id": "a", "properties": {"highway": "track", "highway": "path", "width": 2.5},
               "geometry": {"type": "LineString", "coordinates": [[1.25, 2e3], [-3, 4.5E-1]]}},
              {"type": "Feature", "properties": {"name": "\\u6cb3\\ud83d\\ude00 road"}, "geometry": null}
            ,{"type":"Feature","properties":null,"geometry":{"type":"MultiLineString","coordinates":[[[0,0],[1,1]],[[2,2],[3,3]]]}}
             ], "type": "FeatureCollection"}

            """
        expectSameAsWhole(text)
    }

    @Test("a bad feature is skipped with its line and index; the features around it are read")
    func badFeature() throws {
        let text = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}},
            {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[0,0]]}},
            {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[2,2],[3,3]]}}]}
            """
        let read = try stream(text)
        #expect(read.features.map(\.index) == [0, 2])
        #expect(read.summary.issues.map(\.description) == ["roads.geojson:3: feature 1: geometry: a line needs at least two positions, found 1; skipped"])
        expectSameAsWhole(text)
    }

    @Test("broken JSON between, inside and after features gives the whole-document parser's located error")
    func syntaxErrors() {
        let head = #"{"type":"FeatureCollection","features":["#
        let feature = #"{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}"#
        for text in [
            head + "\n" + feature + "\n" + feature + "]}",  // a comma missing between features
            head + "\n" + feature + ",\n" + String(feature.dropLast(20)),  // cut inside a feature
            head + "\n" + feature + "]} x",  // text after the document
            head + "\n" + feature + "]",  // the root object not closed
            "{\"type\" \"FeatureCollection\"}",  // no colon
            "{\"type\":\"FeatureCollection\",\"features\":[" + String(repeating: "[", count: 600),  // too deep
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"a\":tru}}]}",  // bad literal
        ] {
            expectSameAsWhole(text)
        }
    }

    @Test("documents that are not feature collections get the messages they always got")
    func notCollections() {
        for text in [
            "", "  42\n", "[1, 2]", "{}", #"{"type":"FeatureCollection"}"#, #"{"type":"FeatureCollection","features":{}}"#,
            #"{"type":"Topology","features":[]}"#,
            #"{"type":"Feature","properties":{"highway":"track"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}"#,
            #"{"features":[],"type":"FeatureCollection","features":[{"type":"Feature"}]}"#,
        ] {
            expectSameAsWhole(text)
        }
    }

    @Test("the stream's limits: features, positions, one feature's bytes, the file's bytes")
    func limits() throws {
        let feature = #"{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1],[2,2]]}}"#
        let text = #"{"type":"FeatureCollection","features":["# + Array(repeating: feature, count: 5).joined(separator: ",\n") + "]}"
        var limits = GeoJSONStream.Limits.standard
        limits.chunkBytes = 16
        limits.features = 5
        limits.positions = 15
        #expect(try stream(text, limits: limits).features.count == 5)

        limits.features = 4
        var issue = #expect(throws: InputIssue.self) { try stream(text, limits: limits) }
        #expect(issue?.description == "roads.geojson:5: input limit exceeded: more than 4 features, the most of one streamed layer")

        limits.features = 5
        limits.positions = 14
        issue = #expect(throws: InputIssue.self) { try stream(text, limits: limits) }
        #expect(issue?.description == "roads.geojson:5: input limit exceeded: more than 14 positions, the most of one streamed layer")

        limits.positions = 15
        limits.valueBytes = feature.utf8.count - 1
        issue = #expect(throws: InputIssue.self) { try stream(text, limits: limits) }
        #expect(issue?.description == "roads.geojson:1: input limit exceeded: a feature of more than \(feature.utf8.count - 1) bytes (each is read whole)")

        limits.valueBytes = feature.utf8.count
        #expect(try stream(text, limits: limits).features.count == 5)
        limits.fileBytes = text.utf8.count - 1
        issue = #expect(throws: InputIssue.self) { try stream(text, limits: limits) }
        #expect(
            issue?.description
                == "roads.geojson: input limit exceeded: the file has \(text.utf8.count) bytes, more than the \(text.utf8.count - 1) bytes of a streamed layer")
    }
}
