import Foundation
import PatrolData
import PatrolGeo
import Testing
import _PatrolTestSupport
@testable import PatrolRender

/// The station's wall map of the full sample jurisdiction: 78 km², 12,000 households.
@Suite("Gongli wall and village maps")
struct GongliMapTests {
    /// `patrolmap render SampleMaps/gongli --style wall --page A1 --scale 20000`.
    static func wall(_ map: PatrolMap) throws -> RenderedSheet {
        try MapRenderer.render(map, options: RenderOptions(style: .wall, page: .a1, scale: 20_000))[0]
    }

    /// One rendering of ``wall(_:)`` for the suite's checks of it (the determinism check renders again).
    static let wallSheet = Result { try wall(try Fixtures.gongli()) }

    @Test("the A1 wall map at 1:20 000 fits one sheet, keeps the scale, is well formed and the same every time")
    func wallAtTwentyThousand() throws {
        let map = try Fixtures.gongli()
        let sheet = try Self.wallSheet.get()
        #expect(sheet.page == .a1 && sheet.orientation == .portrait && sheet.scale == 20_000)
        try WallMapTests.checkTrueScale(sheet.svg, map: map, scale: 20_000, paper: [594, 841])
        #expect(XMLCheck.problem(in: sheet.svg) == nil, "\(XMLCheck.problem(in: sheet.svg) ?? "")")
        // The whole jurisdiction is inside the frame.
        let ground = SVGProbe(text: sheet.svg).numbers("data-ground", of: "<g id=\"map\"")
        let bounds = try #require(map.jurisdiction.boundary.bounds)
        #expect(ground[0] < bounds.minX && ground[1] < bounds.minY && ground[2] > bounds.maxX && ground[3] > bounds.maxY)
        // Every post keeps its name and public phone, however crowded the town centre is.
        for post in map.posts {
            #expect(sheet.svg.contains(">\(post.name)<"), "\(post.name) has no label")
            #expect(sheet.svg.contains(post.phone))
        }
        // Dense villages as a built-up tint, the ends of each row of houses numbered.
        #expect(sheet.svg.contains("id=\"settlement-tint\"") && sheet.svg.contains("村庄居民地"))
        #expect(SVGProbe(text: sheet.svg).group("labels")?.contains("class=\"label-house\"") == true)
        #expect(try Self.wall(map).svg == sheet.svg)
    }

    @Test("no household head, phone or note from households.csv is anywhere in the gongli wall map")
    func wallHasNoPersonalData() throws {
        let map = try Fixtures.gongli()
        let svg = try Self.wallSheet.get().svg
        // Read the file itself, not the loaded model, so nothing the loader drops escapes the check.
        let records = try CSVReader.parse(try String(contentsOfFile: Fixtures.gongliPath + "/households.csv", encoding: .utf8))
        let header = try #require(records.first).fields
        let columns = ["head", "phone", "note"].compactMap { header.firstIndex(of: $0) }
        #expect(columns.count == 3)
        let fragments = TextFragments(svg)
        #expect(!fragments.hasCharacterReferences)
        var checked = 0
        for record in records.dropFirst() {
            for column in columns where column < record.fields.count && !record.fields[column].isEmpty {
                let secret = record.fields[column]
                #expect(!fragments.mayContain(secret), "wall map shows \(secret) (households.csv line \(record.line))")
                checked += 1
            }
        }
        #expect(checked > 24_000)  // 12,000 heads and 12,000 phones at least
        // The scan finds what is there: post names and phones, a village name inside a label.
        for post in map.posts { #expect(fragments.mayContain(post.name) && fragments.mayContain(post.phone)) }
        #expect(fragments.mayContain("宫里"))
        #expect(!fragments.mayContain("宫里村民张三"))
        let leaky = TextFragments("<text x=\"1\">12号 王蓉芳</text><text>☎ 10093895423</text>")
        #expect(leaky.mayContain("王蓉芳") && leaky.mayContain("10093895423") && !leaky.mayContain("王涛凯"))
    }

    @Test("a village at 1:5000 frames that village on A0 and is refused on A1 with the sizes it needs")
    func villageAtFiveThousand() throws {
        let map = try Fixtures.gongli()
        let sheet = try MapRenderer.render(map, options: RenderOptions(style: .wall, page: .a0, scale: 5000, village: "寺沟村"))[0]
        try WallMapTests.checkTrueScale(sheet.svg, map: map, scale: 5000, paper: [841, 1189])
        let ground = SVGProbe(text: sheet.svg).numbers("data-ground", of: "<g id=\"map\"")
        let village = try #require(map.villages.first { $0.name == "寺沟村" }?.boundary.bounds)
        #expect(ground[0] < village.minX && ground[1] < village.minY && ground[2] > village.maxX && ground[3] > village.maxY)
        // The frame moves off the land outside the township that a frame centred on the village shows.
        func outside(_ box: [Double]) -> Double {
            var count = 0
            for i in 0..<60 {
                for j in 0..<60 {
                    let p = Point(x: box[0] + (Double(i) + 0.5) / 60 * (box[2] - box[0]), y: box[1] + (Double(j) + 0.5) / 60 * (box[3] - box[1]))
                    if !map.jurisdiction.boundary.contains(p) { count += 1 }
                }
            }
            return Double(count) / 3600
        }
        let (w, h) = (ground[2] - ground[0], ground[3] - ground[1])
        let centred = [village.center.x - w / 2, village.center.y - h / 2, village.center.x + w / 2, village.center.y + h / 2]
        #expect(outside(ground) < outside(centred) - 0.1, "outside the township: \(outside(ground)) fitted, \(outside(centred)) centred")
        // House numbers are printed at 1:5000 in the mountain village.
        #expect(sheet.svg.contains("class=\"label-house\""))
        // A finer contour interval than the 20 m of the 1:20 000 sheet.
        #expect(sheet.svg.contains("等高线(等高距 5 米)") && !sheet.svg.contains("等高距 20 米"))
        #expect(throws: RenderError.self) {
            try MapRenderer.render(map, options: RenderOptions(style: .wall, page: .a1, scale: 5000, village: "寺沟村"))
        }
    }
}
