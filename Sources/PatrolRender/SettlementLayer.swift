import PatrolData
import PatrolGeo

/// Houses, house numbers, villager groups and village names; heads and care tags on
/// internal maps.
///
/// Dense villages are thinned by scale, not by luck: house numbers only at large scales
/// (and only where they fit), villager groups labelled once at their middle house.
enum SettlementLayer {
    static func draw(_ frame: inout MapFrame, into svg: inout SVGWriter) {
        let size = Swift.max(frame.style.minimumHouseSize, frame.style.houseGroundSize * frame.k)
        var houses = PathData()
        var visible: [(household: Household, page: Point)] = []
        for household in frame.map.households where frame.visible.contains(household.location) {
            let p = frame.page(household.location)
            houses.rectangle(center: p, width: size, height: size)
            visible.append((household, p))
            frame.placer.addHouse(PageRect(x: p.x - size / 2, y: p.y - size / 2, width: size, height: size))
        }
        if !visible.isEmpty {
            svg.element("path", [("id", frame.id + "houses"), ("d", houses.text), ("fill", frame.style.houseColor)])
            frame.legend.add(LegendEntry(section: .settlements, order: 0, sample: .symbol(.house, size: Swift.max(size, 1.2)), text: Localized(en: "House", zh: "房屋(住户)")))
        }
        if frame.style.showsPersonalData { drawCareTags(visible, size: size, frame: &frame, into: &svg) }
        addHouseLabels(visible, size: size, frame: &frame)
        addGroupLabels(visible, houseSize: size, frame: &frame)
        addVillageNames(&frame)
    }

    /// House numbers (and heads on internal maps) beside each house where they fit.
    private static func addHouseLabels(_ visible: [(household: Household, page: Point)], size: Double, frame: inout MapFrame) {
        guard frame.scale <= frame.style.houseNumberMaxScale else { return }
        let style = LabelStyle(id: "label-house", size: frame.typography.houseNumber, fill: "#2b2b2b", halo: 0.35, layer: 2)
        for (household, p) in visible {
            var number = household.number
            if number.hasSuffix("号") { number.removeLast() }
            guard !number.isEmpty else { continue }
            let text = frame.style.showsPersonalData && !household.head.isEmpty ? number + " " + household.head : number
            frame.labels.append(LabelRequest(
                lines: [text], style: style, anchor: p, gap: size / 2 + 0.25,
                positions: [.right, .left, .above, .below, .aboveRight, .belowRight, .aboveLeft, .belowLeft],
                priority: frame.style.showsPersonalData ? 45 : 10, houses: .avoid))
        }
        frame.legend.add(LegendEntry(
            section: .settlements, order: 1, sample: .label("12", style: style),
            text: frame.style.showsPersonalData
                ? Localized(en: "House number and head of household", zh: "门牌号与户主")
                : Localized(en: "House number (门牌号)", zh: "门牌号")))
    }

    /// One label per villager group, at the house nearest the group's mean position.
    private static func addGroupLabels(_ visible: [(household: Household, page: Point)], houseSize: Double, frame: inout MapFrame) {
        guard frame.scale <= frame.style.groupLabelMaxScale else { return }
        var groups: [String: [Point]] = [:]
        var keys: [String] = []
        var names: [String: (village: String, group: String)] = [:]
        for (household, p) in visible where !household.group.isEmpty {
            let key = household.village + "\u{1F}" + household.group
            if groups[key] == nil {
                keys.append(key)
                names[key] = (household.village, household.group)
            }
            groups[key, default: []].append(p)
        }
        let style = LabelStyle(id: "label-group", size: frame.typography.groupName, fill: "#5a4a3a", weight: "bold", halo: 0.6, layer: 3)
        let showVillage = frame.scale > frame.style.houseNumberMaxScale
        for key in keys.sorted() {
            let points = groups[key]!
            let mean = points.reduce(Point(x: 0, y: 0), +) * (1 / Double(points.count))
            let middle = points.min { $0.squaredDistance(to: mean) < $1.squaredDistance(to: mean) }!
            let (village, group) = names[key]!
            let groupText = group.hasSuffix("组") ? group : (frame.language == .zh ? group + "组" : "Group " + group)
            let text = showVillage && frame.language == .zh ? village + groupText : groupText
            frame.labels.append(LabelRequest(
                lines: [text], style: style, anchor: middle, gap: houseSize / 2 + style.size * 0.9,
                positions: [.above, .below, .aboveRight, .aboveLeft, .belowRight, .belowLeft, .right, .left],
                priority: 40 + Swift.min(points.count, 50) / 10, houses: .prefer))
        }
    }

    /// Village names, large and letter-spaced, inside each village polygon.
    private static func addVillageNames(_ frame: inout MapFrame) {
        let style = LabelStyle(
            id: "label-village", size: frame.typography.villageName, fill: "#3b2a50", weight: "bold", halo: 1.1, letterSpacing: 0.25, layer: 5)
        for village in frame.map.villages {
            guard let anchor = LabelPoint.inside(village.boundary), frame.visible.contains(anchor) else { continue }
            frame.labels.append(LabelRequest(
                lines: [village.name], style: style, anchor: frame.page(anchor), gap: style.size * 0.9,
                positions: [.center, .above, .below, .right, .left, .aboveRight, .belowRight, .aboveLeft, .belowLeft], priority: 90, houses: .prefer))
        }
    }

    /// Care-tag symbols in a row above and right of each tagged house.
    private static func drawCareTags(_ visible: [(household: Household, page: Point)], size: Double, frame: inout MapFrame, into svg: inout SVGWriter) {
        let tagSize = Swift.max(1.0, size * 0.9)
        var used: Set<CareTag> = []
        svg.open("g", [("id", frame.id + "care-tags")])
        for (household, p) in visible {
            let tags = household.tags.compactMap(CareTag.init(rawValue:))
            for (i, tag) in tags.enumerated() {
                let c = Point(x: p.x + size / 2 + tagSize * (0.6 + 1.05 * Double(i)), y: p.y - size / 2 - tagSize * 0.45)
                tag.draw(at: c, size: tagSize, into: &svg)
                frame.placer.addObstacle(PageRect(x: c.x - tagSize / 2, y: c.y - tagSize / 2, width: tagSize, height: tagSize))
                used.insert(tag)
            }
        }
        svg.close()
        for (order, tag) in CareTag.allCases.enumerated() where used.contains(tag) {
            frame.legend.add(LegendEntry(section: .careTags, order: order, sample: .symbol(.careTag(tag), size: tagSize * 1.3), text: tag.name))
        }
    }
}
