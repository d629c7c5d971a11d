import ArgumentParser
import DoorstepStore

/// `doorstep migrate`: apply pending migrations and exit.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending database migrations.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let logger = database.logger("doorstep")
        let settings = try Settings.fromEnvironment()
        let (applied, sealed) = try await Database.withOpened(try database.location(), logger: logger) { db in
            let applied = try await Migrator.migrate(db)
            // What a migration cannot do without the key file: seal the values it moved out of clear columns.
            return (applied, try await Store(database: db, settings: settings).residents.sealBirthDatesLeftInClear())
        }
        print(applied.isEmpty ? "The database is up to date." : applied.map { "applied \($0)" }.joined(separator: "\n"))
        if sealed > 0 { print("sealed \(sealed) birth dates") }
    }
}
