import PatrolData

/// Loads the map for a command, turning fatal problems into exit code 1 and
/// summarising skipped records on standard error.
enum MapLoading {
    static func load(_ options: MapOptions, quiet: Bool = false) throws -> PatrolMap {
        let map: PatrolMap
        do {
            map = try MapLoader.load(options.map)
        } catch {
            throw CommandFailure.input(error, language: options.lang)
        }
        if !quiet, !map.errors.isEmpty {
            let n = map.errors.count
            let first = map.errors[0].formatted(options.lang)
            Output.note(
                options.lang == .zh
                    ? "警告:地图数据有 \(n) 处错误,相关记录已跳过(运行 patrolmap validate \(options.map) 查看全部)。第一处:\(first)"
                    : "warning: the map has \(EnglishCount.of(n, "error")); the records involved were skipped (run patrolmap validate \(options.map) for all). First: \(first)"
            )
        }
        return map
    }
}
