import Foundation
import Testing
import PatrolData
import PatrolGeo
import _PatrolTestSupport

@Suite("JSONWriter, GeoJSONWriter and HouseholdWriter")
struct WriterTests {
    @Test("numbers in their shortest exact form")
    func numbers() {
        #expect(JSONWriter.format(1.0) == "1")
        #expect(JSONWriter.format(-0.0) == "0")
        #expect(JSONWriter.format(0.1) == "0.1")
        #expect(JSONWriter.format(-12.25) == "-12.25")
        #expect(JSONWriter.format(596_650) == "596650")
        #expect(JSONWriter.format(1e20) == "1e+20")
        #expect(JSONWriter.format(.nan) == "null")
        #expect(JSONWriter.format(.infinity) == "null")
        #expect(JSONWriter.compact(.number(109.057454941234, decimals: 7)) == "109.0574549")
    }

    @Test("strings: escapes where JSON needs them, CJK as it is")
    func strings() {
        #expect(JSONWriter.quote("西村\"2\"\\组\n\t\u{01}\u{2028}") == #""西村\"2\"\\组\n\t\u0001\u2028""#)
    }

    @Test("compact and pretty output, member order kept")
    func layout() {
        let value = JSONValue.object([
            ("z", .number(1)), ("a", .array([.number(1), .number(2)])), ("m", .object([("k", .null)])), ("e", .array([])),
            ("o", .object([])), ("list", .array([.object([("x", .bool(true))])])),
        ])
        #expect(JSONWriter.compact(value) == #"{"z":1,"a":[1,2],"m":{"k":null},"e":[],"o":{},"list":[{"x":true}]}"#)
        #expect(
            JSONWriter.pretty(value) == """
                {
                  "z": 1,
                  "a": [1, 2],
                  "m": {
                    "k": null
                  },
                  "e": [],
                  "o": {},
                  "list": [
                    {
                      "x": true
                    }
                  ]
                }
                """)
    }

    @Test("what the writer writes, the parser reads back as the same value")
    func roundTrip() throws {
        let value = JSONValue.object([
            ("名称", .string("小河乡 \"tiny\"\n")), ("n", .number(-3.5e-7)), ("big", .number(123_456_789_012)),
            ("nested", .array([.array([.number(1)]), .object([("b", .bool(false))]), .null])),
        ])
        #expect(try JSONParser.parse(Array(JSONWriter.compact(value).utf8)) == value)
        #expect(try JSONParser.parse(Array(JSONWriter.pretty(value).utf8)) == value)
    }

    @Test("GeoJSON: every geometry type round-trips through the reader, one feature per line")
    func geoJSONRoundTrip() throws {
        let square = [Point(x: 0, y: 0), Point(x: 10, y: 0), Point(x: 10, y: 10), Point(x: 0, y: 0)]
        let hole = [Point(x: 2, y: 2), Point(x: 4, y: 2), Point(x: 4, y: 4), Point(x: 2, y: 2)]
        let features: [GeoJSONWriter.Feature] = [
            .init(id: "p", properties: [("name", .string("土地庙")), ("kind", .string("temple"))], geometry: .point(Point(x: 1.123456789, y: 2))),
            .init(
                id: "l", properties: [("highway", .string("track")), ("width", .number(2.5))], geometry: .lineString([Point(x: 0, y: 0), Point(x: 3, y: 4)])),
            .init(
                properties: [("bridge", .bool(true))],
                geometry: .multiLineString([[Point(x: 0, y: 0), Point(x: 1, y: 1)], [Point(x: 2, y: 2), Point(x: 3, y: 3)]])),
            .init(properties: [("kind", .string("village"))], geometry: .polygon([square, hole])),
            .init(properties: [], geometry: .multiPolygon([[square], [hole]])),
            .init(id: "nothing", properties: [("note", .null)], geometry: nil),
        ]
        let text = GeoJSONWriter.featureCollection(features, decimals: 3)
        #expect(text == GeoJSONWriter.featureCollection(features, decimals: 3))
        let read = try GeoJSONReader.read(Array(text.utf8), file: "t.geojson", geographic: false)
        #expect(read.issues.isEmpty)
        #expect(read.features.count == features.count)
        for (i, (written, back)) in zip(features, read.features).enumerated() {
            #expect(back.index == i)
            #expect(back.line == i + 2)
            #expect(back.id == written.id)
            #expect(JSONValue.object(back.properties) == JSONValue.object(written.properties))
            if i > 0 { #expect(back.geometry == written.geometry) }
        }
        // Coordinates are rounded to the decimals asked for.
        #expect(read.features[0].geometry == .point(Point(x: 1.123, y: 2)))
        #expect(read.features[2].text("bridge") == "yes")
    }

    @Test("the household ledger writer's output loads back to the same households")
    func householdRoundTrip() throws {
        let tiny = try Fixtures.tiny()
        var households = tiny.households
        households[0].note = "说 \"快\", 然后\n换行"
        households[1].tags = ["elderly_alone", "left_behind_children"]
        let csv = HouseholdWriter.csv(households, decimals: 2)
        #expect(
            csv.hasPrefix(
                "id,village,group,number,lon,lat,head,members,phone,tags,note\nH001,西村,1,1,596300,3863230,王建国,4,10000000001,,\"说 \"\"快\"\", 然后\n换行\"\n"))
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        try map.write("households.csv", csv)
        let loaded = try MapLoader.load(map.path)
        #expect(loaded.issues.isEmpty, "\(loaded.issues)")
        #expect(loaded.households.count == households.count)
        for (a, b) in zip(loaded.households, households) {
            #expect(a.id == b.id && a.houseLabel == b.houseLabel && a.location == b.location)
            #expect(a.head == b.head && a.members == b.members && a.phone == b.phone && a.tags == b.tags && a.note == b.note)
        }
        #expect(HouseholdWriter.csv(loaded.households, decimals: 2) == csv)
    }
}
