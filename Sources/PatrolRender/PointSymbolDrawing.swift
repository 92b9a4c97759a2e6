import PatrolData
import PatrolGeo

/// Police posts (with name and phone) and landmarks.
enum PointSymbolDrawing {
    /// Symbol size of a post in mm.
    static func postSize(_ frame: MapFrame) -> Double { 3.2 * frame.typography.pageScale.squareRoot() }

    static func drawPosts(_ frame: inout MapFrame, into svg: inout SVGWriter) {
        let size = postSize(frame)
        let style = LabelStyle(id: "label-post", size: frame.typography.postName, fill: "#0b2f6b", weight: "bold", halo: 0.6, layer: 6)
        var kinds: Set<PostKind> = []
        svg.open("g", [("id", frame.id + "posts")])
        for post in frame.map.posts where frame.viewport.ground.contains(post.location) {
            let p = frame.page(post.location)
            Symbol.post(post.kind).draw(at: p, size: size, into: &svg)
            frame.placer.addObstacle(PageRect(center: p, side: size))
            kinds.insert(post.kind)
            var lines = [frame.placeName(post.name)]
            if !post.phone.isEmpty { lines.append("☎ " + post.phone) }
            let priority = post.kind == .station ? 100 : 95
            frame.labels.append(
                LabelRequest(
                    lines: lines, style: style, anchor: p, gap: size / 2 + 0.5,
                    positions: [.right, .left, .aboveRight, .belowRight, .aboveLeft, .belowLeft, .above, .below], priority: priority,
                    houses: .prefer, leaderRings: 3))
        }
        svg.close()
        for (order, kind) in PostKind.allCases.enumerated() where kinds.contains(kind) {
            frame.legend.add(
                LegendEntry(
                    section: .posts, order: order, sample: .symbol(.post(kind), size: size),
                    text: Localized(en: kind.name(.en).capitalizedFirst, zh: kind.name(.zh))))
        }
        if !kinds.isEmpty {
            frame.legend.add(
                LegendEntry(
                    section: .posts, order: 10, sample: .none,
                    text: Localized(en: "☎ public phone of the post", zh: "☎ 警务点公开电话")))
        }
    }

    /// Landmarks with their names; on large-scale maps a name crowded off its symbol may
    /// stand one ring further out on a leader (at smaller scales leaders would only clutter).
    ///
    /// A landmark whose symbol would cover a post's or an earlier landmark's moves out until
    /// it is clear, with a leader from a dot on its place.
    static func drawLandmarks(_ frame: inout MapFrame, into svg: inout SVGWriter) {
        SettlementPlace.label(&frame)
        let size = 2.2 * frame.typography.pageScale.squareRoot()
        let style = LabelStyle(id: "label-landmark", size: frame.typography.landmarkName, fill: "#333333", halo: 0.5, layer: 4)
        var kinds: Set<LandmarkSymbol> = []
        var occupied = frame.map.posts.filter { frame.viewport.ground.contains($0.location) }.map { frame.page($0.location) }
        let clearance = (size + postSize(frame)) / 2 + 0.2
        svg.open("g", [("id", frame.id + "landmarks")])
        // Settlements are names, not symbols (``SettlementPlace``).
        for landmark in frame.map.landmarks where frame.viewport.ground.contains(landmark.location) && SettlementPlace(kind: landmark.kind) == nil {
            let place = frame.page(landmark.location)
            let p = Displacement.spot(for: place, clear: occupied, distance: clearance, step: size, inside: frame.viewport.frame) ?? place
            occupied.append(p)
            if p != place { drawLeader(from: place, to: p, radius: size / 2, into: &svg) }
            let symbol = LandmarkSymbol(kind: landmark.kind)
            symbol.draw(at: p, size: size, into: &svg)
            frame.placer.addObstacle(PageRect(center: p, side: size))
            kinds.insert(symbol)
            frame.labels.append(
                LabelRequest(
                    lines: [frame.placeName(landmark.name)], style: style, anchor: p, gap: size / 2 + 0.4,
                    positions: [.right, .left, .above, .below, .aboveRight, .belowRight, .aboveLeft, .belowLeft], priority: 60, houses: .prefer,
                    leaderRings: frame.scale <= 10_000 ? 1 : 0))
        }
        svg.close()
        for (order, kind) in LandmarkSymbol.allCases.enumerated() where kinds.contains(kind) {
            frame.legend.add(LegendEntry(section: .settlements, order: 10 + order, sample: .symbol(.landmark(kind), size: size), text: kind.name))
        }
    }
    /// A dot on a moved symbol's place and a thin line from it to the symbol's rim.
    private static func drawLeader(from place: Point, to p: Point, radius: Double, into svg: inout SVGWriter) {
        let length = place.distance(to: p)
        let rim = place + (p - place) * ((length - radius) / length)
        svg.element(
            "path",
            [
                ("class", "symbol-leader"),
                ("d", "M\(SVGNumber.format(place.x)) \(SVGNumber.format(place.y))L\(SVGNumber.format(rim.x)) \(SVGNumber.format(rim.y))"),
                ("stroke", "#3a3a3a"), ("stroke-width", "0.18"), ("fill", "none"),
            ])
        svg.element("circle", [("cx", SVGNumber.format(place.x)), ("cy", SVGNumber.format(place.y)), ("r", "0.3"), ("fill", "#3a3a3a")])
    }
}

extension String {
    /// The text with its first letter upper-cased.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
