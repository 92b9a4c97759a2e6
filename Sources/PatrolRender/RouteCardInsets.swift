import PatrolData
import PatrolGeo

/// The insets of a route card, each in a corner of the map frame: the last kilometre, and
/// an enlargement of the densest cluster of numbered forks (where markers on the main map
/// would stand closer than a marker is wide, as in a village street with a fork every 60 m).
enum RouteCardInsets {
    /// One inset: where it is drawn and what it shows.
    struct Inset {
        var viewport: MapViewport
        var title: String
        /// Prefix of the inset's element ids.
        var id: String
    }

    static func plan(
        _ card: RouteCard, map: PatrolMap, main: MapViewport, scaleFactor k: Double, typography t: Typography, language: Language
    ) -> [Inset] {
        var insets: [Inset] = []
        var used: [PageRect] = []
        let zh = language == .zh
        if let last = inset(around: card.finalStretch(1000), minimumSide: 250, card: card, main: main, k: k, t: t, used: used, keepsClear: false) {
            insets.append(Inset(viewport: last, title: zh ? "最后 1 公里" : "Last kilometre", id: "inset-"))
            used.append(last.frame)
        }
        if let cluster = densestCluster(card, main: main, typography: t), !shows(cluster, insets.first?.viewport, typography: t),
            let dense = inset(around: cluster, minimumSide: 150, card: card, main: main, k: k, t: t, used: used, keepsClear: true)
        {
            let center = BoundingBox(covering: cluster)!.center
            let village = map.villages.first { $0.boundary.contains(center) }.map { Pinyin.name($0.name, in: language) }
            let title = zh ? "岔路口放大" + (village.map { " · " + $0 } ?? "") : "Forks enlarged" + (village.map { " · " + $0 } ?? "")
            insets.append(Inset(viewport: dense, title: title, id: "dense-"))
        }
        return insets
    }

    /// Numbered forks whose markers on the main map would stand closer than 1.5 markers'
    /// width to another: the largest such group (at least two), in travel order.
    static func densestCluster(_ card: RouteCard, main: MapViewport, typography t: Typography) -> [Point]? {
        let size = markerSize(t)
        let forks = card.steps.filter(\.isNumbered).map(\.location)
        let page = forks.map(main.page)
        var group = Array(0..<forks.count)
        func root(_ i: Int) -> Int { group[i] == i ? i : root(group[i]) }
        for i in forks.indices {
            for j in forks.indices where j > i && page[i].distance(to: page[j]) < size * 1.5 { group[root(j)] = root(i) }
        }
        let members = Dictionary(grouping: forks.indices, by: root)
        guard let best = members.values.filter({ $0.count >= 2 }).max(by: { a, b in a.count != b.count ? a.count < b.count : a[0] > b[0] })
        else { return nil }
        return best.sorted().map { forks[$0] }
    }

    /// True when `inset` shows all `points` with its markers at least 1.5 widths apart.
    private static func shows(_ points: [Point], _ inset: MapViewport?, typography t: Typography) -> Bool {
        guard let inset, points.allSatisfy({ inset.ground.contains($0) }) else { return false }
        let size = markerSize(t)
        let page = points.map(inset.page)
        for i in page.indices {
            for j in page.indices where j > i && page[i].distance(to: page[j]) < size * 1.5 { return false }
        }
        return true
    }

    /// The size of a numbered marker (mm), as ``RouteLayer`` draws it.
    private static func markerSize(_ t: Typography) -> Double { 3.4 * t.pageScale.squareRoot() }

    /// An inset showing `points` in the free frame corner the route crosses least (and, when
    /// `keepsClear`, that does not cover the place it shows), when it shows them at least 1.4
    /// times as large as the main map does.
    private static func inset(
        around points: [Point], minimumSide: Double, card: RouteCard, main: MapViewport, k: Double, t: Typography, used: [PageRect],
        keepsClear: Bool
    ) -> MapViewport? {
        guard var box = BoundingBox(covering: points) else { return nil }
        let side = Swift.max(box.width, box.height, minimumSide)
        box = BoundingBox(minX: box.center.x - side / 2, minY: box.center.y - side / 2, maxX: box.center.x + side / 2, maxY: box.center.y + side / 2).expanded(
            by: side * 0.15)
        let f = main.frame
        let w = f.width * 0.45
        let h = f.height * 0.45
        let route = main.page(card.geometry)
        let shown = main.page(box)
        let corners = [
            PageRect(x: f.maxX - w, y: f.maxY - h, width: w, height: h), PageRect(x: f.x, y: f.maxY - h, width: w, height: h),
            PageRect(x: f.maxX - w, y: f.y, width: w, height: h), PageRect(x: f.x, y: f.y, width: w, height: h),
        ].filter { corner in !used.contains { $0.intersects(corner) } && !(keepsClear && corner.intersects(shown)) }
        guard
            let best = corners.min(by: { a, b in
                route.filter { a.contains($0) }.count < route.filter { b.contains($0) }.count
            })
        else { return nil }
        let rect = best.inset(by: 2.5)
        let titled = PageRect(x: rect.x, y: rect.y + t.body * 1.6, width: rect.width, height: rect.height - t.body * 1.6)
        let scale = Swift.max(500, MapViewport.fittingScale(for: box, in: titled, scaleFactor: k))
        guard scale * 1.4 <= main.scale else { return nil }
        return MapViewport(frame: titled, center: box.center, scale: scale, scaleFactor: k)
    }
}
