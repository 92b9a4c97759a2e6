import PatrolData

/// The note a route carries when a car or motorcycle drives a `highway=track`: farm and
/// forest tracks are where a patrol car is most likely to get stuck, so the officer is told
/// before setting out how much of the way is one, and of which grades.
enum TrackNote {
    /// The note for `route` over `network`, or `nil` when no vehicle leg is on a track.
    static func note(for route: Route, network: RoadNetwork) -> Localized? {
        var metres: [TravelMode: Double] = [:]
        var grades: Set<String> = []
        for leg in route.legs where leg.mode != .foot {
            guard case .road(let link, _) = leg.kind else { continue }
            let tags = network.tags(of: link)
            guard tags["highway"] == "track" else { continue }
            metres[leg.mode, default: 0] += leg.distance
            if let grade = tags["tracktype"] { grades.insert(grade) }
        }
        guard let mode = [TravelMode.car, .motorcycle].first(where: { metres[$0] != nil }), let total = metres[mode] else { return nil }
        let kinds = grades.isEmpty ? "" : " (tracktype \(grades.sorted().joined(separator: ", ")))"
        let zhKinds = grades.isEmpty ? "" : "(\(grades.sorted().map(chineseGrade).joined(separator: "、")))"
        return Localized(
            en: "the \(mode == .car ? "car" : "motorcycle") drives \(length(total, .en)) of track\(kinds): check it is passable",
            zh: "\(mode == .car ? "汽车" : "摩托车")需行驶 \(length(total, .zh))机耕道\(zhKinds),请先确认能否通行")
    }

    /// A track grade as Chinese says it: `grade3` → `三级`; a value OSM does not define stays as it is.
    private static func chineseGrade(_ grade: String) -> String {
        let numerals = ["grade1": "一级", "grade2": "二级", "grade3": "三级", "grade4": "四级", "grade5": "五级"]
        return numerals[grade] ?? grade
    }

    private static func length(_ m: Double, _ language: Language) -> String {
        if m >= 1000 { return DistanceText.kilometres(m) + (language == .zh ? " 公里" : " km") }
        return "\(Int(m.rounded()))" + (language == .zh ? " 米" : " m")
    }
}
