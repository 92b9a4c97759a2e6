import ArgumentParser
import Foundation

/// Entry point: runs the command and maps failures to PatrolMap's exit codes
/// (0 ok, 1 invalid input, 2 usage error or ambiguous place).
@main
enum Main {
    static func main() async {
        do {
            var command = try PatrolMapCommand.parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data((failure.message + "\n").utf8))
            exit(failure.exitCode)
        } catch {
            let code = PatrolMapCommand.exitCode(for: error)
            if code == .success {
                print(PatrolMapCommand.fullMessage(for: error))
                exit(0)
            }
            FileHandle.standardError.write(Data((PatrolMapCommand.fullMessage(for: error) + "\n").utf8))
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

/// The root command; each subcommand lives in its own file.
struct PatrolMapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patrolmap",
        abstract: "Maps, routes and coverage for a rural police station's jurisdiction.",
        discussion: """
            Every command takes a map package folder first. Human text is Chinese by default \
            (--lang en for English). Exit codes: 0 ok, 1 invalid input, 2 usage error or ambiguous place.
            """,
        subcommands: [
            ValidateCommand.self, InfoCommand.self, FindCommand.self, CompileCommand.self,
            RouteCommand.self, DispatchCommand.self, CoverageCommand.self, PlanCommand.self, ExportCommand.self, RenderCommand.self,
            ImportCommand.self, ServeCommand.self, UserCommand.self,
        ]
    )
}
