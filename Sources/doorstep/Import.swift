import ArgumentParser
import DoorstepCore
import DoorstepStore
import Foundation

/// `doorstep import residents FILE --as USERNAME`: the same import as the API, from the server's shell, acting as
/// an account so that its scope and rights apply.
struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import data from CSV files.", subcommands: [Residents.self])

    struct Residents: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import residents from a CSV file (template: GET /api/v1/residents/template.csv).",
            discussion: "Every row is checked first; a file with any bad row is refused whole, with every bad row listed.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The CSV file (UTF-8, as Excel's 'CSV UTF-8' saves it).") var file: String
        @Option(name: .customLong("as"), help: "The account whose scope and rights the import runs with.") var username: String

        func run() async throws {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            guard let text = String(data: data, encoding: .utf8) else {
                throw ValidationError("\(file) is not UTF-8 text: in Excel, save it as 'CSV UTF-8 (逗号分隔)'")
            }
            let started = Date()
            let rows: [ResidentSheet.Row]
            do {
                rows = try ResidentSheet.rows(CSV.parse(text))
            } catch {
                throw ValidationError(describe(error))
            }
            print("checking \(rows.count) rows …")
            let username = self.username
            do {
                let summary = try await database.withStore { store in
                    guard let account = try await store.accounts.account(username: username) else {
                        throw ValidationError("no account named \(username)")
                    }
                    return try await store.residents.importRows(rows, by: account.principal)
                }
                let seconds = Date().timeIntervalSince(started)
                print("imported \(summary.residents) residents, \(summary.householdsCreated) new households, in \(String(format: "%.1f", seconds)) s")
            } catch let failure as RowValidationFailure {
                print(describe(failure))
                throw ExitCode(2)
            } catch StoreError.twoFactorRequired {
                throw ValidationError("\(username) must turn on two-step verification before making changes")
            } catch StoreError.forbidden {
                throw ValidationError("\(username)'s role cannot register residents")
            }
        }

        func describe(_ failure: RowValidationFailure) -> String {
            let rows = Set(failure.errors.map(\.row)).count
            return "\(rows) rows need correcting; nothing was imported:\n"
                + failure.errors.map { "  row \($0.row), \($0.field): \($0.problem.code)" }.joined(separator: "\n")
        }
    }
}
