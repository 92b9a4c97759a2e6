import Foundation
import PatrolData
import PatrolGeo

/// Houses, house numbers, villager groups and village names; heads and care tags on
/// internal maps.
///
/// Dense villages are thinned by scale, not by luck: house numbers only at large scales
/// (and only where they fit), villager groups labelled once at their middle house.
enum SettlementLayer {
    static func draw(_ frame: inout MapFrame, into svg: inout SVGWriter) {
        let depth = Swift.max(frame.style.minimumHouseSize, frame.style.houseGroundSize * frame.k)
        let inView = frame.map.households.filter { frame.visible.contains($0.location) }
        let rows = HouseRows(inView.map(\.location)).places
        let numbersInside = frame.scale <= frame.style.houseNumberInsideMaxScale
        var houses = PathData()
        var visible: [VisibleHouse] = []
        for (household, place) in zip(inView, rows) {
            let p = frame.page(household.location)
            // Narrower than the spacing along the row, so neighbours stay apart where the scale allows.
            let width = Swift.min(depth, Swift.max(frame.style.minimumHouseSize * 0.7, place.spacing * frame.k * 0.78))
            let along = Point(x: place.along.x, y: -place.along.y) * (width / 2)
            let across = Point(x: place.along.y, y: place.along.x) * (depth / 2)
            let corners = [p - along - across, p + along - across, p + along + across, p - along + across]
            houses.polyline(corners, closed: true, minimumStep: 0)
            let box = BoundingBox(covering: corners)!
            visible.append(
                VisibleHouse(
                    household: household, page: p, place: place, width: width, depth: depth,
                    halfDiagonal: (width * width + depth * depth).squareRoot() / 2, halfExtent: Swift.max(box.width, box.height) / 2))
            frame.placer.addHouse(PageRect(box))
        }
        if !visible.isEmpty {
            if numbersInside {
                // Large enough to hold their numbers: light squares outlined, the number inside.
                svg.element(
                    "path",
                    [
                        ("id", frame.id + "houses"), ("d", houses.text), ("fill", HouseNumbersInside.fill), ("stroke", frame.style.houseColor),
                        ("stroke-width", SVGNumber.format(HouseNumbersInside.outline)),
                    ])
            } else {
                svg.element("path", [("id", frame.id + "houses"), ("d", houses.text), ("fill", frame.style.houseColor)])
            }
            frame.legend.add(
                LegendEntry(
                    section: .settlements, order: 0, sample: .symbol(numbersInside ? .numberedHouse : .house, size: Swift.max(depth, 1.2)),
                    text: numbersInside
                        ? Localized(en: "House with its number", zh: "房屋(住户)及门牌号") : Localized(en: "House", zh: "房屋(住户)")))
        }
        if frame.style.showsPersonalData { drawCareTags(visible, size: depth, frame: &frame, into: &svg) }
        if numbersInside { HouseNumbersInside.draw(visible, frame: frame, into: &svg) }
        addHouseLabels(visible, size: depth, numbersInside: numbersInside, frame: &frame)
        addGroupLabels(visible.map { ($0.household, $0.page) }, houseSize: depth, frame: &frame)
        addVillageNames(&frame)
    }

    /// A house in view: its record, page position and place in its row.
    struct VisibleHouse {
        var household: Household
        var page: Point
        var place: HouseRows.Place
        /// Side of the symbol along its row and across it (mm).
        var width: Double
        var depth: Double
        /// Half the diagonal of the drawn symbol (mm).
        var halfDiagonal: Double
        /// Half the larger side of the symbol's upright bounding box (mm), which labels must clear.
        var halfExtent: Double
    }

    /// House numbers (and heads on internal maps) beside each house where they fit.
    ///
    /// A number beside a house never covers another house or a sealed road, nor faces the
    /// next house across the row: on a lane or a strip between two rows it could belong to
    /// either. In rows too tight for a number per house
    /// (Guanzhong courtyards stand 12 m apart), the end houses carry theirs in line with
    /// the row, beyond its end, so a reader counts along the row between them.
    /// With the numbers inside the houses, only the heads (internal maps) remain to place.
    private static func addHouseLabels(_ visible: [VisibleHouse], size: Double, numbersInside: Bool, frame: inout MapFrame) {
        // Between the two scales only the row ends are numbered.
        let rowEndsOnly = frame.scale > frame.style.houseNumberMaxScale
        guard !rowEndsOnly || frame.scale <= frame.style.rowEndNumbersMaxScale, !numbersInside || frame.style.showsPersonalData else { return }
        let style = LabelStyle(id: "label-house", size: frame.typography.houseNumber, fill: "#2b2b2b", halo: 0.35, layer: 2)
        for house in visible where !rowEndsOnly || house.place.outward != nil {
            var number = numbersInside ? "" : house.household.number
            if number.hasSuffix("号") { number.removeLast() }
            let showsHead = frame.style.showsPersonalData && !house.household.head.isEmpty
            let text = showsHead ? (number.isEmpty ? house.household.head : number + " " + house.household.head) : number
            guard !text.isEmpty else { continue }
            let width = TextMetrics.width(text, size: style.size)
            let priority = showsHead ? 45 : 10
            if let outward = house.place.outward, house.place.spacing * frame.k < width + 0.5 {
                // In line with the row, beyond the end house, set horizontally: clear of the
                // house's half-diagonal by the half-extent of the label's box along the row.
                let direction = Point(x: outward.x, y: -outward.y)
                let pad = style.halo * 0.6
                let along = (width / 2 + pad) * abs(direction.x) + (style.size * 0.51 + pad) * abs(direction.y)
                let reach = house.halfDiagonal + 0.15 + along
                frame.labels.append(
                    LabelRequest(
                        lines: [text], style: style, anchor: house.page + direction * reach, gap: 0,
                        positions: [.center], priority: priority + 2, houses: .avoid))
            } else {
                frame.labels.append(
                    LabelRequest(
                        lines: [text], style: style, anchor: house.page, gap: house.halfExtent + 0.25,
                        positions: positions(awayFrom: house.place.across),
                        priority: priority + (house.place.endsRow ? 2 : 0), houses: .clear))
            }
        }
        frame.legend.add(
            LegendEntry(
                section: .settlements, order: 1, sample: .label(numbersInside ? "王" : "12", style: style),
                text: numbersInside
                    ? Localized(en: "Head of household", zh: "户主")
                    : frame.style.showsPersonalData
                        ? Localized(en: "House number and head of household (close rows: at the row ends)", zh: "门牌号与户主(密集成排处注于排头、排尾)")
                        : Localized(en: "House number (close rows: at the row ends)", zh: "门牌号(密集成排处注于排头、排尾)")))
    }

    /// Positions beside a house, less those facing the house across its row: a number
    /// between two rows could belong to either.
    private static func positions(awayFrom across: [Point]) -> [LabelPosition] {
        let all: [(LabelPosition, Point)] = [
            (.right, Point(x: 1, y: 0)), (.left, Point(x: -1, y: 0)), (.above, Point(x: 0, y: -1)), (.below, Point(x: 0, y: 1)),
            (.aboveRight, Point(x: 0.7, y: -0.7)), (.belowRight, Point(x: 0.7, y: 0.7)), (.aboveLeft, Point(x: -0.7, y: -0.7)),
            (.belowLeft, Point(x: -0.7, y: 0.7)),
        ]
        // Plane y grows north, page y grows down.
        return all.filter { position in across.allSatisfy { position.1.x * $0.x - position.1.y * $0.y <= 0.3 } }.map(\.0)
    }

    /// One label per villager group, at the house nearest the group's mean position.
    private static func addGroupLabels(_ visible: [(household: Household, page: Point)], houseSize: Double, frame: inout MapFrame) {
        guard frame.scale <= frame.style.groupLabelMaxScale else { return }
        var groups: [String: (name: String, points: [Point])] = [:]
        for (household, p) in visible where !household.group.isEmpty {
            groups[household.village + "\u{1F}" + household.group, default: (household.group, [])].points.append(p)
        }
        let style = LabelStyle(id: "label-group", size: frame.typography.groupName, fill: "#5a4a3a", weight: "bold", halo: 0.3, layer: 3)
        for key in groups.keys.sorted() {
            let (group, points) = groups[key]!
            let mean = points.reduce(Point(x: 0, y: 0), +) * (1 / Double(points.count))
            let middle = points.min { $0.squaredDistance(to: mean) < $1.squaredDistance(to: mean) }!
            // The village name stands large nearby, so the group alone is enough.
            let text = group.hasSuffix("组") ? group : (frame.language == .zh ? group + "组" : "Group " + group)
            frame.labels.append(
                LabelRequest(
                    lines: [text], style: style, anchor: middle, gap: houseSize / 2 + style.size * 0.9,
                    positions: [.above, .below, .aboveRight, .aboveLeft, .belowRight, .belowLeft, .right, .left],
                    priority: 40 + Swift.min(points.count, 50) / 10, houses: .area))
        }
    }

    /// Village names, large and letter-spaced, inside each village polygon, with a thin halo
    /// and off the road network where they can be.
    private static func addVillageNames(_ frame: inout MapFrame) {
        let style = LabelStyle(
            id: "label-village", size: frame.typography.villageName, fill: "#3b2a50", weight: "bold", halo: 0.4, letterSpacing: 0.25, layer: 5,
            clearance: frame.typography.villageName * 0.5)
        addNetwork(&frame)
        let settlements = settlementCentres(frame.map)
        for village in frame.map.villages {
            guard let anchor = settlements[village.name] ?? LabelPoint.inside(village.boundary), frame.visible.contains(anchor) else { continue }
            frame.labels.append(
                LabelRequest(
                    lines: [frame.placeName(village.name)], style: style, anchor: frame.page(anchor), gap: style.size * 0.9,
                    positions: [.center, .above, .below, .right, .left, .aboveRight, .belowRight, .aboveLeft, .belowLeft], priority: 90, houses: .area))
        }
    }

    /// Where each village's name goes: by its settlement, the middle of the densest 200 m
    /// square of its houses (inside the village), so the name stands by the houses it names.
    /// - Complexity: O(households)
    static func settlementCentres(_ map: PatrolMap, cell: Double = 200) -> [String: Point] {
        var counts: [String: [SIMD2<Int>: (count: Int, sum: Point)]] = [:]
        for household in map.households {
            let c = SIMD2(Int((household.location.x / cell).rounded(.down)), Int((household.location.y / cell).rounded(.down)))
            var entry = counts[household.village, default: [:]][c] ?? (0, Point(x: 0, y: 0))
            entry.count += 1
            entry.sum = entry.sum + household.location
            counts[household.village, default: [:]][c] = entry
        }
        var centres: [String: Point] = [:]
        for village in map.villages {
            guard let cells = counts[village.name] else { continue }
            let densest = cells.max { a, b in (a.value.count, b.key.x, b.key.y) < (b.value.count, a.key.x, a.key.y) }!.value
            let centre = densest.sum * (1 / Double(densest.count))
            if village.boundary.contains(centre) { centres[village.name] = centre }
        }
        return centres
    }

    /// Every visible road, track and path, for area names to keep off.
    private static func addNetwork(_ frame: inout MapFrame) {
        for road in frame.map.roads where frame.isVisible(road.geometry) {
            for p in Resample.every(1.5, along: frame.viewport.page(road.geometry)) where frame.viewport.frame.contains(p) {
                frame.placer.addNetwork(PageRect(center: p, side: 0.8))
            }
        }
    }

    /// Care-tag symbols in a row above and right of each tagged house.
    private static func drawCareTags(_ visible: [VisibleHouse], size: Double, frame: inout MapFrame, into svg: inout SVGWriter) {
        let tagSize = Swift.max(1.0, size * 0.9)
        var used: Set<CareTag> = []
        svg.open("g", [("id", frame.id + "care-tags")])
        for house in visible {
            let (household, p) = (house.household, house.page)
            let tags = household.tags.compactMap(CareTag.init(rawValue:))
            for (i, tag) in tags.enumerated() {
                let c = Point(x: p.x + size / 2 + tagSize * (0.6 + 1.05 * Double(i)), y: p.y - size / 2 - tagSize * 0.45)
                tag.draw(at: c, size: tagSize, into: &svg)
                frame.placer.addObstacle(PageRect(center: c, side: tagSize))
                used.insert(tag)
            }
        }
        svg.close()
        for (order, tag) in CareTag.allCases.enumerated() where used.contains(tag) {
            frame.legend.add(LegendEntry(section: .careTags, order: order, sample: .symbol(.careTag(tag), size: tagSize * 1.3), text: tag.name))
        }
    }
}
