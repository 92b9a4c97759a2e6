import PatrolData
import PatrolGeo
import Testing
import _PatrolTestSupport
@testable import PatrolRender

@Suite("Labels, tiles, route cards, coverage overlays")
struct RenderPartsTests {
    static func style(_ id: String, size: Double = 3) -> LabelStyle {
        LabelStyle(id: id, size: size, fill: "#000", halo: 0.5, layer: 0)
    }

    @Test("placed labels never overlap, and the higher priority wins a conflict")
    func labelsDoNotOverlap() {
        var placer = LabelPlacer(frame: PageRect(x: 0, y: 0, width: 100, height: 100))
        var requests: [LabelRequest] = []
        for i in 0..<60 {
            let anchor = Point(x: 20 + Double(i % 8) * 4, y: 20 + Double(i / 8) * 3.5)
            requests.append(
                LabelRequest(lines: ["房\(i)"], style: Self.style("a"), anchor: anchor, gap: 1, positions: LabelPosition.allCases, priority: i == 59 ? 100 : 1))
        }
        let placed = placer.place(requests)
        #expect(placed.count < requests.count)  // too many to fit: some must give way
        #expect(placed.first?.request.lines == ["房59"])
        let boxes = placed.map { LabelPlacer.layout($0.request, position(of: $0)).0[0] }
        for i in boxes.indices {
            for j in boxes.indices where j > i { #expect(!boxes[i].intersects(boxes[j])) }
        }
    }

    /// The position a placed label ended up in, recovered from its origin.
    private func position(of label: PlacedLabel) -> LabelPosition {
        LabelPosition.allCases.first { LabelPlacer.layout(label.request, $0).1 == label.origin && LabelPlacer.layout(label.request, $0).2 == label.textAnchor }!
    }

    @Test("CJK text is estimated wider than digits")
    func textWidth() {
        #expect(TextMetrics.width("董村", size: 2) == 4)
        #expect(TextMetrics.width("12", size: 2) < 2.5)
        #expect(TextWrap.lines("在三岔路口走右侧小河路不要走左侧便道", width: 20, size: 2).allSatisfy { TextMetrics.width($0, size: 2) <= 20 })
    }

    @Test("tiles overlap by 15 mm, are numbered from the north-west, and come with an index sheet")
    func tiles() throws {
        let map = try Fixtures.tiny()
        let scale = 2500.0
        let sheets = try MapRenderer.render(map, options: RenderOptions(style: .wall, page: .a4, orientation: .landscape, scale: scale, tiles: true))
        let suffixes = sheets.map { $0.suffix ?? "" }
        #expect(suffixes.last == "index")
        #expect(suffixes.dropLast() == (1...(sheets.count - 1)).map { $0 < 10 ? "0\($0)" : "\($0)" })
        let grounds = sheets.dropLast().map { SVGProbe(text: $0.svg).numbers("data-ground", of: "<g id=\"map\"") }
        // The 2 km × 1.5 km map needs more than one A4 sheet at 1:2500.
        #expect(grounds.count > 2)
        // Sheets with no house are left out: take the closest two sheets in one row.
        let pairs = grounds.indices.flatMap { i in grounds.indices.filter { j in j > i && abs(grounds[i][1] - grounds[j][1]) < 0.01 }.map { (i, $0) } }
        let pair = try #require(pairs.min { grounds[$0.1][0] - grounds[$0.0][0] < grounds[$1.1][0] - grounds[$1.0][0] })
        let first = grounds[pair.0]
        let second = grounds[pair.1]
        let factorText = try #require(SVGProbe(text: sheets[0].svg).attribute("data-scale-factor", of: "<g id=\"map\""))
        let k = try #require(Double(factorText))
        #expect(abs((first[2] - second[0]) - 15 * scale * k / 1000) < 0.05)
        #expect(sheets.last!.svg.contains("id=\"sheet-index\""))
        for sheet in sheets { #expect(XMLCheck.problem(in: sheet.svg) == nil) }
        #expect(sheets[0].fileName(for: "out/wall.svg") == "out/wall-01.svg")
        #expect(sheets.last!.fileName(for: "wall.svg") == "wall-index.svg")
    }

    /// A hand-made route on the tiny map: station → along 小河路 → up 北沟路 → footpath to H012.
    static func tinyCard() -> RouteCard {
        let o = Fixtures.tinyOrigin
        func p(_ x: Double, _ y: Double) -> Point { Point(x: o.x + x, y: o.y + y) }
        let geometry = [p(100, 180), p(100, 200), p(1000, 200), p(1000, 800), p(1400, 1200), p(1800, 1400)]
        return RouteCard(
            from: "小河派出所", to: "东村3组1号", geometry: geometry, walkedParts: [[p(1000, 800), p(1400, 1200), p(1800, 1400)]],
            distance: 2500, duration: 1135, walkDistance: 1013,
            steps: [
                .init(location: p(100, 180), instruction: "从小河派出所出发,向东", distance: 920, elapsed: 0, isNumbered: false),
                .init(location: p(1000, 200), instruction: "在三岔路口左转上北沟路", distance: 600, elapsed: 105),
                .init(location: p(1000, 800), instruction: "在土地庙停车,走右侧小路", distance: 566, elapsed: 177),
                .init(location: p(1400, 1200), instruction: "离开小路,向东北步行到门口", distance: 447, elapsed: 602),
                .init(location: p(1800, 1400), instruction: "到达东村3组1号", distance: 0, elapsed: 1135, isNumbered: false),
            ])
    }

    @Test("a route card numbers exactly the decision points and prints each instruction")
    func routeCard() throws {
        let map = try Fixtures.tiny()
        let card = Self.tinyCard()
        let svg = RouteCardRenderer.render(card, map: map)
        #expect(svg == RouteCardRenderer.render(card, map: map))
        #expect(XMLCheck.problem(in: svg) == nil)
        for step in card.steps { #expect(svg.contains(step.instruction)) }
        let points = try #require(SVGProbe(text: svg).group("route-points"))
        let numbers = points.components(separatedBy: "font-weight=\"bold\" fill=\"#ffffff\" text-anchor=\"middle\">").dropFirst().map {
            $0.prefix { $0 != "<" }
        }
        #expect(numbers == ["1", "2", "3"])
        #expect(svg.contains("全程 2.5 公里,约 19 分钟"))
        // A public view: no head or phone of any household.
        for household in map.households { #expect(!svg.contains(household.head)) }
        #expect(card.finalStretch(1000).count >= 2)
        #expect(abs(Polyline.length(card.finalStretch(1000)) - 1000) < 1e-6)
    }

    @Test("a coverage overlay adds its bands and blind spots to map and legend; none is invented")
    func coverageOverlay() throws {
        let map = try Fixtures.tiny()
        #expect(throws: RenderError.self) { try MapRenderer.render(map, options: RenderOptions(style: .coverage)) }
        let o = Fixtures.tinyOrigin
        let square = { (x0: Double, y0: Double, side: Double) in
            try Polygon(exterior: [
                Point(x: o.x + x0, y: o.y + y0), Point(x: o.x + x0 + side, y: o.y + y0), Point(x: o.x + x0 + side, y: o.y + y0 + side),
                Point(x: o.x + x0, y: o.y + y0 + side), Point(x: o.x + x0, y: o.y + y0),
            ])
        }
        let overlay = CoverageOverlay(
            bands: [
                .init(label: Localized(en: "within 5 min", zh: "5 分钟内"), area: MultiPolygon([try square(0, 0, 500)]), color: CoverageOverlay.palette[0]),
                .init(label: Localized(en: "within 10 min", zh: "10 分钟内"), area: MultiPolygon([try square(0, 0, 1000)]), color: CoverageOverlay.palette[1]),
            ],
            blindSpots: MultiPolygon([try square(1600, 1100, 300)]), blindSpotLabel: Localized(en: "blind spot", zh: "盲区"))
        let svg = try MapRenderer.render(map, options: RenderOptions(style: .coverage, overlay: overlay))[0].svg
        let panel = try #require(SVGProbe(text: svg).group("panel"))
        #expect(panel.contains("5 分钟内") && panel.contains("10 分钟内") && panel.contains("盲区"))
        #expect(svg.contains("id=\"blind-spots\""))
        #expect(XMLCheck.problem(in: svg) == nil)
    }
}

@Suite("House rows")
struct HouseRowsTests {
    @Test("houses 12 m apart in a row: the ends point outwards, the middle is inside, a lone house has no row")
    func rowEnds() {
        // A row running north-east (a 3-4-5 triangle: 12 m steps of (7.2, 9.6)) and a house far away.
        let row = (0..<4).map { Point(x: 100 + 7.2 * Double($0), y: 200 + 9.6 * Double($0)) }
        let places = HouseRows(row + [Point(x: 500, y: 500)]).places
        #expect(places.map(\.endsRow) == [true, false, false, true, true])
        for place in places.prefix(4) {
            #expect(abs(place.spacing - 12) < 1e-9)
            #expect(abs(place.along.x - 0.6) < 1e-9 && abs(place.along.y - 0.8) < 1e-9)
        }
        #expect(places[0].outward.map { abs($0.x + 0.6) < 1e-9 && abs($0.y + 0.8) < 1e-9 } == true)  // south-west end
        #expect(places[3].outward.map { abs($0.x - 0.6) < 1e-9 && abs($0.y - 0.8) < 1e-9 } == true)  // north-east end
        #expect(places[1].outward == nil)
        #expect(places[4].spacing == .infinity && places[4].outward == nil)
        #expect(places.allSatisfy { $0.across.isEmpty })
    }

    @Test("a second row 24 m behind (south-east) is what a house faces across its row")
    func rowBehind() {
        let front = (0..<3).map { Point(x: 7.2 * Double($0), y: 9.6 * Double($0)) }
        // (0.8, -0.6) is perpendicular to the row direction (0.6, 0.8); 24 m along it.
        let back = front.map { Point(x: $0.x + 19.2, y: $0.y - 14.4) }
        let places = HouseRows(front + back).places
        let across = places[1].across
        #expect(across.count == 1)
        #expect(across.first.map { abs($0.x - 0.8) < 1e-9 && abs($0.y + 0.6) < 1e-9 } == true)
        #expect(places[4].across.first.map { abs($0.x + 0.8) < 1e-9 && abs($0.y - 0.6) < 1e-9 } == true)
    }
}
