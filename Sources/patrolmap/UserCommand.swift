public import ArgumentParser
import Foundation
public import PatrolConsole
import PatrolData

extension ConsoleUser.Role: ExpressibleByArgument {}

/// `patrolmap user add|remove|list FILE`: the console's accounts.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Console accounts: add (password from standard input), remove, list.",
        subcommands: [Add.self, Remove.self, List.self])

    /// `user add FILE NAME --role ROLE`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a user, or set a user's role and password; the password is read from standard input (one line).")

        @Argument(help: "The users file (created when missing).")
        var file: String

        @Argument(help: "The login name.")
        var name: String

        @Option(help: "dispatcher or chief.")
        var role: ConsoleUser.Role

        func run() throws {
            var users = try UserCommand.read(file, missingIsEmpty: true)
            guard let password = readLine(strippingNewline: true) else {
                throw CommandFailure(exitCode: 2, message: "error: give the password on standard input")
            }
            do {
                try users.set(ConsoleUser(name: name, role: role), password: password)
                try users.write(to: file)
            } catch {
                throw CommandFailure(exitCode: 1, message: "error: \(error)")
            }
        }
    }

    /// `user remove FILE NAME`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a user.")

        @Argument(help: "The users file.")
        var file: String

        @Argument(help: "The login name.")
        var name: String

        func run() throws {
            var users = try UserCommand.read(file, missingIsEmpty: false)
            guard users.remove(name) else { throw CommandFailure(exitCode: 1, message: "error: \(file) has no user “\(name)”") }
            do {
                try users.write(to: file)
            } catch {
                throw CommandFailure(exitCode: 1, message: "error: \(error)")
            }
        }
    }

    /// `user list FILE`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the users and their roles.")

        @Argument(help: "The users file.")
        var file: String

        func run() throws {
            let users = try UserCommand.read(file, missingIsEmpty: false)
            try Output.emit(users.entries.map { "\($0.user.name)\t\($0.user.role.rawValue)" }.joined(separator: "\n"), to: nil, language: .en)
        }
    }

    /// The users file, its problems as exit code 1.
    static func read(_ file: String, missingIsEmpty: Bool) throws -> UserFile {
        do {
            return try UserFile(path: file, missingIsEmpty: missingIsEmpty)
        } catch {
            throw CommandFailure(exitCode: 1, message: "error: \(error.description)")
        }
    }
}
