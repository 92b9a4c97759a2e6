import Testing
import PatrolData

@Suite("Tag values and counts in words")
struct TagNamesTests {
    @Test("landmark kinds and road classes have Chinese names; unknown kinds keep their value")
    func chineseNames() {
        #expect(TagNames.landmarkKind("temple") == Localized(en: "temple", zh: "庙宇"))
        #expect(TagNames.landmarkKind("village_committee") == Localized(en: "village committee", zh: "村委会"))
        #expect(TagNames.landmarkKind("wayside_cross") == Localized(en: "wayside cross", zh: "wayside_cross"))
        #expect(TagNames.highway("track") == Localized(en: "track", zh: "土路"))
        #expect(TagNames.highway("goat_trail") == Localized(en: "road", zh: "道路"))
    }

    @Test("English counts agree with their number")
    func englishCounts() {
        #expect(EnglishCount.of(1, "village") == "1 village")
        #expect(EnglishCount.of(2, "village") == "2 villages")
        #expect(EnglishCount.of(0, "warning") == "0 warnings")
        #expect(EnglishCount.of(1, "vertex", plural: "vertices") == "1 vertex")
        #expect(EnglishCount.of(8, "vertex", plural: "vertices") == "8 vertices")
    }
}
