import Foundation
import PatrolData
import PatrolGeo
import Testing
import _PatrolTestSupport
@testable import PatrolRender

/// What a village wall map needs, read back from the SVG: who to call, where the village is,
/// where the roads go, a frame on the village.
@Suite("Village wall maps")
struct VillageWallTests {
    /// The village map of 西村 on A3 at a fitting scale.
    static func westVillage(_ map: PatrolMap) throws -> String {
        try MapRenderer.render(map, options: RenderOptions(style: .wall, page: .a3, village: "西村"))[0].svg
    }

    /// The box of every coordinate pair in path data.
    static func box(_ d: String) -> BoundingBox? {
        let numbers = d.split(whereSeparator: { "MLZ ".contains($0) }).compactMap { Double($0) }
        let points = stride(from: 0, to: numbers.count - 1, by: 2).map { Point(x: numbers[$0], y: numbers[$0 + 1]) }
        return BoundingBox(covering: points)
    }

    @Test("the contact panel prints 110 and every post's name and phone as the posts file has them, larger than the legend")
    func contactPanel() throws {
        let map = try Fixtures.tiny()
        let svg = try Self.westVillage(map)
        let panel = try #require(SVGProbe(text: svg).group("contact-panel"))
        let texts = SVGElement.all("text", in: panel)
        #expect(texts.contains { $0.text == "报警电话 110" })
        let names = texts.filter { $0.attributes["class"] == "contact-name" }
        let phones = texts.filter { $0.attributes["class"] == "contact-phone" }
        // posts.geojson: the station first, then the police room.
        #expect(names.map(\.text) == ["小河派出所", "东村警务室"])
        #expect(phones.map(\.text) == ["0913-0000110", "0913-0000111"])
        let body = try #require(Double(SVGProbe(text: svg).attribute("font-size", of: "<g id=\"panel\"") ?? ""))
        #expect((phones + names).allSatisfy { ($0.number("font-size") ?? 0) > body * 1.2 })
        // The public station phones, never a household's.
        for household in map.households where !household.phone.isEmpty { #expect(!svg.contains(household.phone)) }
    }

    @Test("the key map highlights the village of the sheet, where it lies in the township")
    func keyMap() throws {
        let map = try Fixtures.tiny()
        let township = try #require(map.jurisdiction.boundary.bounds)
        for name in ["西村", "东村"] {
            let svg = try MapRenderer.render(map, options: RenderOptions(style: .wall, page: .a3, village: name))[0].svg
            let keyMap = try #require(SVGProbe(text: svg).group("key-map"))
            let whole = try #require(SVGProbe(text: keyMap).attribute("d", of: "<path id=\"key-map-township\"").flatMap(Self.box))
            let focus = try #require(SVGProbe(text: keyMap).attribute("d", of: "<path id=\"key-map-focus\"").flatMap(Self.box))
            let village = try #require(map.villages.first { $0.name == name }?.boundary.bounds)
            // Relative position in the township, west to east and north to south (page y grows down).
            let expected = [
                (village.minX - township.minX) / township.width, (village.maxX - township.minX) / township.width,
                (township.maxY - village.maxY) / township.height, (township.maxY - village.minY) / township.height,
            ]
            let drawn = [
                (focus.minX - whole.minX) / whole.width, (focus.maxX - whole.minX) / whole.width, (focus.minY - whole.minY) / whole.height,
                (focus.maxY - whole.minY) / whole.height,
            ]
            for (e, d) in zip(expected, drawn) { #expect(abs(e - d) < 0.01, "\(name): \(drawn) for \(expected)") }
        }
    }

    @Test("a road that leaves the sheet says where it leads (至 东村); one that ends inside the sheet says nothing")
    func roadExits() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        func roads(_ east: Double) -> String {
            """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","id":"r1","properties":{"highway":"tertiary","name":"小河路","width":6},"geometry":{"type":"LineString","coordinates":[[596000,3863200],[596700,3863200],[\(east),3863200]]}}
            ]}
            """
        }
        try copy.write("roads.geojson", roads(597900))
        let through = try Self.westVillage(try MapLoader.load(copy.path))
        let exits = SVGElement.all("text", in: through).filter { $0.text.hasPrefix("至") }
        #expect(exits.map(\.text) == ["至 东村"])
        // Beside the east edge of the frame, where 小河路 leaves it.
        let frame = SVGProbe(text: through).numbers("data-frame", of: "<g id=\"map\"")
        let ground = SVGProbe(text: through).numbers("data-ground", of: "<g id=\"map\"")
        let x = try #require(exits.first?.number("x"))
        #expect(x > frame[0] + frame[2] * 0.8 && x < frame[0] + frame[2])
        // The same road ending 30 m inside the frame's east edge leads nowhere off the sheet.
        try copy.write("roads.geojson", roads(ground[2] - 30))
        let inside = try Self.westVillage(try MapLoader.load(copy.path))
        #expect(SVGProbe(text: inside).numbers("data-ground", of: "<g id=\"map\"") == ground)
        #expect(!SVGElement.all("text", in: inside).contains { $0.text.hasPrefix("至") })
    }
}
