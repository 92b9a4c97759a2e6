import Foundation
import PatrolGeo
import Testing
import _PatrolTestSupport

@testable import PatrolData

/// The shortcuts that make loading a county's ledger fast give what the general code gives.
@Suite("Loading shortcuts agree with the general code")
struct LoadingShortcutTests {
    @Test("an ASCII household id's search key is the NFKC, space-free, case-folded form Foundation gives")
    func asciiIDKey() {
        for id in ["H00123", "h 001 A", "  X-9_z~ ", "AZaz09!@#[]{}", "", " "] {
            let general = PlaceSearch.normalize(id.precomposedStringWithCompatibilityMapping).folding(options: [.caseInsensitive], locale: nil)
            #expect(PlaceSearch.idKey(id) == general, "\(id)")
        }
        #expect(PlaceSearch.idKey("Ｈ００１") == "h001")
    }

    private func unit(_ random: inout SeededSample) -> Double { Double(random.next() >> 11) / Double(1 << 53) }

    @Test("the village grid finds the first village (in file order) whose polygon holds the point, as a scan of them all does")
    func villageLocator() throws {
        let map = try Fixtures.gongli()
        let locator = VillageLocator(map.villages)
        let box = try #require(map.jurisdiction.boundary.bounds)
        var random = SeededSample(seed: 17)
        var inside = 0
        for _ in 0..<2_000 {
            let p = Point(x: box.minX - 500 + unit(&random) * (box.width + 1000), y: box.minY - 500 + unit(&random) * (box.maxY - box.minY + 1000))
            let expected = map.village(containing: p)
            #expect(locator.village(containing: p) == expected)
            if expected != nil { inside += 1 }
        }
        #expect(inside > 1_000)
        for household in map.households.prefix(500) {
            #expect(locator.village(containing: household.location) == map.village(containing: household.location))
        }
        #expect(locator.village(containing: Point(x: .nan, y: 0)) == nil)
        #expect(VillageLocator([]).village(containing: Point(x: 0, y: 0)) == nil)
    }
}
