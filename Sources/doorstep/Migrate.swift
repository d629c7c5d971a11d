import ArgumentParser
import DoorstepStore

/// `doorstep migrate`: apply pending migrations and exit.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending database migrations.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let logger = database.logger("doorstep")
        let applied = try await Database.withOpened(try database.location(), logger: logger) { db in
            try await Migrator.migrate(db)
        }
        print(applied.isEmpty ? "The database is up to date." : applied.map { "applied \($0)" }.joined(separator: "\n"))
    }
}
