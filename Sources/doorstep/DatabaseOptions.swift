import ArgumentParser
import DoorstepCore
import DoorstepStore
import Foundation
import Logging

/// `--database`, falling back to `DATABASE_URL`, then to `./doorstep.sqlite`.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "postgres://user:pass@host:port/db or an SQLite file path (default: $DATABASE_URL, else ./doorstep.sqlite)")
    var database: String?

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical")
    var logLevel: String = ProcessInfo.processInfo.environment["DOORSTEP_LOG_LEVEL"] ?? "info"

    func location() throws -> DatabaseLocation {
        do {
            return try DatabaseLocation(parsing: database ?? ProcessInfo.processInfo.environment["DATABASE_URL"])
        } catch {
            throw ValidationError(error.description)
        }
    }

    func logger(_ label: String) -> Logger {
        var logger = Logger(label: label)
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        return logger
    }

    /// Opens the database, applies pending migrations and runs `body`.
    func withStore<T: Sendable>(_ body: @Sendable (Store) async throws -> T) async throws -> T {
        let logger = logger("doorstep")
        let settings = try Settings.fromEnvironment()
        return try await Database.withOpened(try location(), logger: logger) { database in
            let store = Store(database: database, settings: settings)
            _ = try await store.upgrade()
            return try await body(store)
        }
    }
}

/// Reads a secret without echoing it when a person types it, or a line from a pipe.
func readSecret(prompt: String) -> String {
    if isatty(STDIN_FILENO) == 1, let typed = getpass(prompt) {
        return String(cString: typed)
    }
    return readLine(strippingNewline: true) ?? ""
}

/// Prints a validation failure with each field named, for the command line.
/// A refusal heading its fields, each with its reason in words and its code for scripts: `  password: … (tooShort)`.
func refusal(_ heading: String, _ failure: ValidationFailure) -> ValidationError {
    let strings = CLILanguage.strings
    let lines = failure.errors.map { "  \($0.field): \(strings.message(for: $0.problem)) (\($0.problem.code))" }
    return ValidationError(([strings[heading]] + lines).joined(separator: "\n"))
}
