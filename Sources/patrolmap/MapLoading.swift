import PatrolData

/// Loads the map for a command, turning fatal problems into exit code 1 and
/// summarising skipped records on standard error.
///
/// The map comes from the package's compiled map when that is current, and a fresh one is
/// written when the folder allows (``CompiledMap``); `PATROLMAP_COMPILED_MAP=off` parses every time.
enum MapLoading {
    static func load(_ options: MapOptions, quiet: Bool = false) throws -> PatrolMap {
        let map: PatrolMap
        do {
            if CompiledMap.isEnabled {
                let loaded = try CompiledMap.load(options.map)
                if let damage = loaded.use.damage { Output.note(damaged(options, damage)) }
                map = loaded.map
            } else {
                map = try MapLoader.load(options.map)
            }
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

    /// The warning for a compiled map that could not be read.
    private static func damaged(_ options: MapOptions, _ reason: String) -> String {
        let path = CompiledMap.path(in: options.map)
        return options.lang == .zh
            ? "警告:编译地图 \(path) 已损坏(\(reason)),已忽略,改为读取地图文件并重新编译。"
            : "warning: the compiled map \(path) is damaged (\(reason)); it was ignored, the map files were read and compiled again."
    }
}
