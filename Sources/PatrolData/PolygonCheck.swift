import PatrolGeo

/// Checks one polygon of a boundary feature for shapes that read but mean nothing:
/// rings that cross (a bow-tie), holes outside their shell, no area.
enum PolygonCheck {
    /// A polygon whose exterior covers less than this (m² in the working CRS) has no area.
    static let minimumArea = 1.0

    /// The indices of the rings to build the polygon from (exterior first), or `nil` to skip
    /// it; every problem is reported through `report`.
    ///
    /// - A crossing is an error; the polygon is kept as drawn (containment follows the
    ///   even–odd rule), since dropping a village would orphan its households.
    /// - A hole outside the exterior is an error; the hole is ignored.
    /// - A polygon without crossings and with no area is an error; it is skipped.
    /// - Parameters:
    ///   - source: the rings in the input CRS (exterior first), as the file gives them.
    ///   - working: the same rings in the working CRS.
    ///   - part: the polygon's index in a MultiPolygon, `nil` for a Polygon.
    ///   - report: receives a severity and the sentence, to be located by the caller.
    /// - Complexity: about O(n) for n vertices of ordinary shapes (see ``Polygon/crossings(in:limit:)``).
    static func usableRings(
        source: [[Point]], working: [[Point]], part: Int?, context: LayerContext, report: (InputIssue.Severity, Localized) -> Void
    ) -> [Int]? {
        let prefix = part.map { Localized(en: "part \($0): ", zh: "第 \($0) 部分:") } ?? Localized(en: "", zh: "")
        func say(_ severity: InputIssue.Severity, _ en: String, _ zh: String) {
            report(severity, Localized(en: prefix.en + en, zh: prefix.zh + zh))
        }
        let crossings = Polygon.crossings(in: source)
        if let first = crossings.first {
            let place = context.text(first.point)
            let more =
                crossings.count > 1
                ? (en: " (and \(EnglishCount.of(crossings.count - 1, "more crossing")))", zh: "(另有 \(crossings.count - 1) 处交叉)") : (en: "", zh: "")
            let (en, zh): (String, String)
            if first.ring == first.otherRing {
                en = "\(ringName(first.ring).en) crosses itself at \(place): edges \(first.edge + 1) and \(first.otherEdge + 1) intersect"
                zh = "\(ringName(first.ring).zh)在 \(place) 自相交:第 \(first.edge + 1) 条边与第 \(first.otherEdge + 1) 条边相交"
            } else {
                en = "\(ringName(first.ring).en) and \(ringName(first.otherRing).en) cross at \(place)"
                zh = "\(ringName(first.ring).zh)与\(ringName(first.otherRing).zh)在 \(place) 相交"
            }
            say(
                .error, en + more.en + "; a self-intersecting polygon has no well-defined inside (kept as drawn, even–odd rule)",
                zh + more.zh + ";自相交的多边形没有明确的内部(按原样保留,奇偶规则)")
        }
        var kept = Array(source.indices)
        if crossings.isEmpty {
            let outside = Polygon.holesOutsideExterior(source)
            for hole in outside {
                say(.error, "hole \(hole) lies outside the exterior ring; the hole is ignored", "第 \(hole) 个洞位于外环之外,已忽略该洞")
            }
            kept.removeAll { outside.contains($0) }
        }
        // The shoelace area of a crossing ring means nothing (a symmetric bow-tie's is zero).
        guard !crossings.isEmpty || abs(Polygon.signedArea(working[0])) >= minimumArea else {
            say(.error, "the polygon has no area (its positions lie on one line or repeat); skipped", "多边形面积为零(各点共线或重复),已跳过")
            return nil
        }
        return kept
    }

    private static func ringName(_ ring: Int) -> Localized {
        ring == 0 ? Localized(en: "the exterior ring", zh: "外环") : Localized(en: "hole \(ring)", zh: "第 \(ring) 个洞")
    }
}
