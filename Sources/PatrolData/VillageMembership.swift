/// Checks households against the village polygons they should lie in.
enum VillageMembership {
    /// An error for each household outside every village polygon (it is kept), and a
    /// warning for each whose `village` column names another village than the polygon.
    static func check(_ map: PatrolMap, file: String) -> [InputIssue] {
        guard !map.villages.isEmpty else { return [] }
        let names = Set(map.villages.map(\.name))
        let locator = VillageLocator(map.villages)
        var issues: [InputIssue] = []
        for household in map.households {
            let line = household.sourceLine
            guard let village = locator.village(containing: household.location) else {
                issues.append(
                    InputIssue(
                        .error, file: file, line: line, recordID: household.id,
                        message: Localized(
                            en: "the household lies outside every village polygon (kept, but counted in no village)",
                            zh: "该户不在任何村的范围内(已保留,但不计入任何村)")))
                continue
            }
            if village.name != household.village {
                let known = names.contains(household.village)
                issues.append(
                    InputIssue(
                        .warning, file: file, line: line, recordID: household.id, field: "village",
                        message: known
                            ? Localized(
                                en: "listed in '\(household.village)' but lies inside '\(village.name)'",
                                zh: "登记为 '\(household.village)',但位于 '\(village.name)' 范围内")
                            : Localized(
                                en: "village '\(household.village)' is not in the boundary file; it lies inside '\(village.name)'",
                                zh: "村名 '\(household.village)' 不在边界文件中;其位置在 '\(village.name)' 范围内")))
            }
        }
        return issues
    }
}
