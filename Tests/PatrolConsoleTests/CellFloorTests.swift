import PatrolData
import Testing

@testable import PatrolConsole

/// The finest raster the console computes, and the OpenAPI file stating it.
@Suite("station console cell floor")
struct CellFloorTests {
    @Test("a 1 km square takes 5 m cells (40,000); 20 × 15 km takes 18 m (1112 × 834 = 927,408), not 17 m (1177 × 883 = 1,039,291)")
    func floor() {
        #expect(CellFloor.range(width: 1000, height: 1000) == 5...1000)
        #expect(CellFloor.range(width: 20_000, height: 15_000) == 18...1000)
        #expect(CellFloor.cells(width: 20_000, height: 15_000, size: 18) == 927_408)
        #expect(CellFloor.cells(width: 20_000, height: 15_000, size: 17) == 1_039_291)
    }

    @Test("the served OpenAPI file gives every cell parameter the map's minimum, and nothing else changes")
    func documented() throws {
        let text = #"{"a": [{"name": "cell", "schema": {"type": "integer", "minimum": 5, "maximum": 1000}}, {"name": "lang", "schema": {"minimum": 5}}]}"#
        let document = CellFloor.documenting(18, in: try JSONParser.parse(Array(text.utf8)))
        guard case .array(let parameters)? = document["a"], parameters.count == 2 else {
            Issue.record("no parameters")
            return
        }
        #expect(parameters[0]["schema"]?["minimum"] == .number(18))
        #expect(parameters[0]["schema"]?["maximum"] == .number(1000))
        #expect(parameters[1]["schema"]?["minimum"] == .number(5))
    }
}
