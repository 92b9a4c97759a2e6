/// Checks that a county package says which station each village and post belongs to: every
/// `station` value names a `kind=station` post, and with two stations or more, no village or
/// police room is left without one.
enum StationMembership {
    static func check(_ map: PatrolMap, boundaryFile: String, postsFile: String) -> [InputIssue] {
        let stations = Set(map.stationNames)
        let several = stations.count > 1
        var issues: [InputIssue] = []
        func check(_ station: String?, file: String, record: String, what: Localized) {
            if let station, !stations.contains(station) {
                issues.append(
                    InputIssue(
                        .warning, file: file, recordID: record, field: "station",
                        message: Localized(
                            en: "\(what.en) names the station '\(station)', but no post of kind 'station' has that name",
                            zh: "\(what.zh)所属派出所 '\(station)' 不存在(没有同名的 station 类警务点)")))
            } else if station == nil, several {
                issues.append(
                    InputIssue(
                        .warning, file: file, recordID: record, field: "station",
                        message: Localized(
                            en: "\(what.en) names no station, and the map has \(stations.count); station studies leave it out",
                            zh: "\(what.zh)未注明所属派出所,而地图有 \(stations.count) 个派出所;分所统计不含它")))
            }
        }
        for village in map.villages {
            check(village.station, file: boundaryFile, record: village.name, what: Localized(en: "the village", zh: "该村"))
        }
        for post in map.posts where post.kind != .station {
            check(post.station, file: postsFile, record: post.name, what: Localized(en: "the post", zh: "该警务点"))
        }
        return issues
    }
}
