import ArgumentParser
import DoorstepCore
import DoorstepStore

/// `doorstep audit verify`: walk the hash chain and name the first row changed or removed.
struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Audit log tools.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check that no audit row was changed or removed.")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let result = try await database.withStore { store in try await store.audit.verify() }
            switch result {
            case .intact(let rows):
                print("audit log intact: \(rows) rows")
            case .changed(let sequence):
                print("audit log BROKEN: row \(sequence) was changed")
                throw ExitCode(2)
            case .removed(let sequence):
                print("audit log BROKEN: row \(sequence) was removed")
                throw ExitCode(2)
            }
        }
    }
}
