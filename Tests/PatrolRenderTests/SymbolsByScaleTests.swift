import Foundation
import PatrolData
import PatrolGeo
import Testing
import _PatrolTestSupport
@testable import PatrolRender

/// Symbols by scale, read back from the SVG as a reader sees the sheet.
@Suite("Symbols by scale")
struct SymbolsByScaleTests {
    /// The frame's ground box and page rectangle, to turn page millimetres back into plane metres.
    struct FrameGeometry {
        var ground: [Double]
        var frame: [Double]

        init(_ svg: String) {
            let probe = SVGProbe(text: svg)
            ground = probe.numbers("data-ground", of: "<g id=\"map\"")
            frame = probe.numbers("data-frame", of: "<g id=\"map\"")
        }

        func plane(_ p: Point) -> Point {
            Point(
                x: ground[0] + (p.x - frame[0]) / frame[2] * (ground[2] - ground[0]),
                y: ground[3] - (p.y - frame[1]) / frame[3] * (ground[3] - ground[1]))
        }

        func holds(_ p: Point) -> Bool { p.x > frame[0] && p.x < frame[0] + frame[2] && p.y > frame[1] && p.y < frame[1] + frame[3] }
    }

    /// The house squares of a sheet: the subpaths of its `houses` path, four corners each.
    static func houseSquares(_ svg: String) -> [[Point]] {
        guard let d = SVGProbe(text: svg).attribute("d", of: "<path id=\"houses\"") else { return [] }
        return d.split(separator: "M").map { sub in
            sub.replacingOccurrences(of: "Z", with: "").split(separator: "L").map { pair in
                let xy = pair.split(separator: " ").compactMap { Double($0) }
                return Point(x: xy[0], y: xy[1])
            }
        }
    }

    /// True when `p` lies inside the convex polygon `corners`.
    static func inside(_ p: Point, _ corners: [Point]) -> Bool {
        var sign = 0.0
        for i in corners.indices {
            let a = corners[i]
            let b = corners[(i + 1) % corners.count]
            let cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)
            if cross * sign < 0 { return false }
            if cross != 0 { sign = cross }
        }
        return true
    }

    @Test("on the 1:2000 tiles of 宫里村 every house shows its own number inside its square, upright and at least 1 mm high")
    func everyHouseNumberedAtTwoThousand() throws {
        let map = try Fixtures.gongli()
        let sheets = try MapRenderer.render(map, options: RenderOptions(style: .wall, page: .a0, scale: 2000, village: "宫里村", tiles: true))
        let tiles = sheets.filter { $0.suffix != "index" }
        #expect(tiles.count > 1)
        // Households by position, to tell which house a square is.
        let byCell = Dictionary(grouping: map.households) { SIMD2(Int($0.location.x.rounded(.down)), Int($0.location.y.rounded(.down))) }
        func household(near p: Point) -> Household? {
            let c = SIMD2(Int(p.x.rounded(.down)), Int(p.y.rounded(.down)))
            var best: (Household, Double)?
            for dx in -2...2 {
                for dy in -2...2 {
                    for h in byCell[c &+ SIMD2(dx, dy)] ?? [] where best == nil || h.location.distance(to: p) < best!.1 {
                        best = (h, h.location.distance(to: p))
                    }
                }
            }
            return best?.0
        }
        var houses = 0
        var numbered = 0
        for tile in tiles {
            let geometry = FrameGeometry(tile.svg)
            // Numbers a reader sees: texts of digits with their own size, boxed as a CJK font sets digits (0.55 em wide, 0.72 em high).
            let numbers = SVGElement.all("text", in: tile.svg).compactMap { text -> (box: [Point], text: String, size: Double)? in
                guard let x = text.number("x"), let y = text.number("y"), let size = text.number("font-size"), !text.text.isEmpty,
                    text.text.allSatisfy(\.isNumber), text.rotation == 0
                else { return nil }
                let w = 0.55 * size * Double(text.text.count)
                let h = 0.72 * size
                let (x0, x1) = text.attributes["text-anchor"] == "middle" ? (x - w / 2, x + w / 2) : (x, x + w)
                return ([Point(x: x0, y: y - h), Point(x: x1, y: y - h), Point(x: x1, y: y), Point(x: x0, y: y)], text.text, size)
            }
            for square in Self.houseSquares(tile.svg) {
                let centre = square.reduce(Point(x: 0, y: 0), +) * (1 / Double(square.count))
                guard geometry.holds(centre) else { continue }
                houses += 1
                let owner = try #require(household(near: geometry.plane(centre)))
                #expect(owner.location.distance(to: geometry.plane(centre)) < 0.5)
                let expected = owner.number.hasSuffix("号") ? String(owner.number.dropLast()) : owner.number
                let held = numbers.filter { number in number.box.allSatisfy { Self.inside($0, square) } }
                if held.count == 1, held[0].text == expected, held[0].size >= 1 { numbered += 1 }
            }
        }
        // 1593 households in 宫里村 and the neighbours' houses on the same sheets.
        #expect(houses > 1593)
        #expect(numbered == houses, "\(numbered) of \(houses) houses numbered (\(100 * numbered / Swift.max(houses, 1)) %)")
    }

    @Test("at 1:2000 every road is as wide as on the ground: its width tag, else its class's, at true scale")
    func roadsAtGroundWidth() throws {
        let map = try Fixtures.tiny()
        let sheets = try MapRenderer.render(map, options: RenderOptions(style: .wall, page: .a1, scale: 2000, tiles: true))
        var widths: Set<String> = []
        var factor = 1.0
        for tile in sheets where tile.suffix != "index" {
            let roads = try #require(SVGProbe(text: tile.svg).group("roads"))
            widths.formUnion(SVGElement.all("path", in: roads).compactMap { $0.attributes["stroke-width"] })
            factor = try #require(Double(SVGProbe(text: tile.svg).attribute("data-scale-factor", of: "<g id=\"map\"") ?? ""))
        }
        // A footpath without a width tag is 1.2 m wide (the class width); the others carry theirs.
        for road in map.roads where road.tags["bridge"] == nil {
            let metres = road.tags["width"].flatMap(Double.init) ?? 1.2
            let millimetres = metres * 1000 / (2000 * factor)
            #expect(widths.contains(SVGNumber.format((millimetres * 100).rounded() / 100)), "\(road.highway) \(metres) m: \(widths.sorted())")
        }
        // Tracks 2 m wide stay one dashed line (under 1.2 mm on the page); nothing is drawn at the 1:20 000 symbol width of a village road.
        #expect(!widths.contains("0.75"))
    }

    @Test("the contour interval is finer at large scales: 2 m at 1:2000, 5 m at 1:5000, 20 m at 1:20 000, 50 m beyond 1:40 000")
    func contourInterval() {
        #expect(ContourLayer.interval(base: 20, scale: 2000) == 2)
        #expect(ContourLayer.interval(base: 20, scale: 5000) == 5)
        #expect(ContourLayer.interval(base: 20, scale: 20_000) == 20)
        #expect(ContourLayer.interval(base: 20, scale: 50_000) == 50)
    }

    @Test("at 1:20 000 a row of courtyards is one built-up tint; a lone farmstead gets none")
    func settlementTint() {
        let row = (0..<10).map { Point(x: 1_000 + 12 * Double($0), y: 2_010) }
        let lone = Point(x: 5_000, y: 5_000)
        let blocks = SettlementTint.blocks(row + [lone])
        #expect(!blocks.isEmpty)
        #expect(row.allSatisfy { p in blocks.contains { $0.contains(p) } })
        #expect(!blocks.contains { $0.contains(lone) })
        // Blocks along one grid row are merged: one rectangle per row of cells.
        #expect(Set(blocks.map(\.minY)).count == blocks.count)
    }
}
