import ArgumentParser
import PatrolData
import PatrolRouting

/// `patrolmap compile MAP`: parses the package once and writes its compiled map, which later
/// commands read instead of the layers, and its compiled road network and dry-season routing
/// graphs (``CompiledRouting``), which they read instead of building them.
struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Write the package's compiled map (\(CompiledMap.fileName)) so that later commands start without parsing it.",
        discussion: """
            Also writes the road network (\(CompiledRouting.networkFileName)) and each profile's \
            dry-season routing graph (.patrolmap.graph.PROFILE.SEASON). Every command also writes \
            what it uses on its first load when the folder is writable, and ignores all of them \
            once any input file changes. PATROLMAP_COMPILED_MAP=off turns them off.
            """)

    @OptionGroup var common: MapOptions

    func run() throws {
        let language = common.lang
        let compiled: (map: PatrolMap, bytes: Int)
        let routingBytes: Int
        do {
            compiled = try CompiledMap.compile(common.map)
            routingBytes = try CompiledRouting.compile(compiled.map)
        } catch {
            throw CommandFailure.input(error, language: language)
        }
        let path = CompiledMap.path(in: common.map)
        let size = Self.size(compiled.bytes)
        let map = compiled.map
        let profiles = TravelProfile.allCases.count
        print(
            language == .zh
                ? "已编译:\(path)(\(size);\(map.roads.count) 条道路,\(map.households.count) 户)"
                : "compiled: \(path) (\(size); \(EnglishCount.of(map.roads.count, "road")), \(EnglishCount.of(map.households.count, "household")))")
        print(
            language == .zh
                ? "路网与 \(profiles) 种出行方式的路网图(旱季):\(Self.size(routingBytes))"
                : "road network and \(profiles) profiles' routing graphs (dry season): \(Self.size(routingBytes))")
    }

    /// A file size in kB below a MiB, else in MB to a tenth.
    private static func size(_ bytes: Int) -> String {
        bytes < 1_048_576 ? "\((bytes + 1023) / 1024) kB" : Fmt.fixed(Double(bytes) / 1_048_576, 1) + " MB"
    }
}
