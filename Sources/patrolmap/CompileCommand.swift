import ArgumentParser
import PatrolData

/// `patrolmap compile MAP`: parses the package once and writes its compiled map, which later
/// commands read instead of the layers.
struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Write the package's compiled map (\(CompiledMap.fileName)) so that later commands start without parsing it.",
        discussion: """
            Every command also writes it on its first load when the folder is writable, and \
            ignores it once any input file changes. PATROLMAP_COMPILED_MAP=off turns it off.
            """)

    @OptionGroup var common: MapOptions

    func run() throws {
        let language = common.lang
        let compiled: (map: PatrolMap, bytes: Int)
        do {
            compiled = try CompiledMap.compile(common.map)
        } catch {
            throw CommandFailure.input(error, language: language)
        }
        let path = CompiledMap.path(in: common.map)
        let size = compiled.bytes < 1_048_576 ? "\((compiled.bytes + 1023) / 1024) kB" : Fmt.fixed(Double(compiled.bytes) / 1_048_576, 1) + " MB"
        let map = compiled.map
        print(
            language == .zh
                ? "已编译:\(path)(\(size);\(map.roads.count) 条道路,\(map.households.count) 户)"
                : "compiled: \(path) (\(size); \(EnglishCount.of(map.roads.count, "road")), \(EnglishCount.of(map.households.count, "household")))")
    }
}
