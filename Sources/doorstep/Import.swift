import ArgumentParser
import DoorstepCore
import DoorstepExchange
import DoorstepServer
import DoorstepStore
import Foundation
import Synchronization

/// `doorstep import residents FILE --as USERNAME`: the same import as the API, from the server's shell, acting as
/// an account so that its scope and rights apply.
struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import data from XLSX or CSV files.", subcommands: [Residents.self])

    struct Residents: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import residents from an XLSX or CSV file (template: /registry/templates/residents.xlsx on the site).",
            discussion: "Every row is checked first; a file with any bad row is refused whole, with every bad row listed.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The file: an Excel workbook (.xlsx) or CSV in UTF-8.") var file: String
        @Option(name: .customLong("as"), help: "The account whose scope and rights the import runs with.") var username: String

        func run() async throws {
            let started = Date()
            let rows: [ResidentSheet.Row]
            do {
                rows = try ResidentSheet.rows(try Spreadsheet.rows(try Data(contentsOf: URL(fileURLWithPath: file))))
            } catch let error as SpreadsheetError {
                throw ValidationError("\(file): \(Strings(.default).message(for: error.problem))")
            } catch let failure as RowValidationFailure {
                print(describe(failure))
                throw ExitCode(2)
            }
            print("\(rows.count) rows read in \(seconds(since: started)) s")
            let username = self.username
            let bar = ProgressLine()
            do {
                let summary = try await database.withStore { store in
                    guard let account = try await store.accounts.account(username: username) else {
                        throw ValidationError("no account named \(username)")
                    }
                    return try await store.residents.importRows(rows, by: account.principal, progress: bar.show)
                }
                bar.finish()
                print("imported \(summary.residents) residents, \(summary.householdsCreated) new households, in \(seconds(since: started)) s")
            } catch let failure as RowValidationFailure {
                bar.finish()
                print(describe(failure))
                throw ExitCode(2)
            } catch StoreError.twoFactorRequired {
                throw ValidationError("\(username) must turn on two-step verification before making changes")
            } catch StoreError.forbidden {
                throw ValidationError("\(username)'s role cannot register residents")
            }
        }

        func describe(_ failure: RowValidationFailure) -> String {
            let strings = Strings(.default)
            let rows = Set(failure.errors.map(\.row)).count
            return "\(rows) rows need correcting; nothing was imported:\n"
                + failure.errors.map { error in
                    let column = ResidentSheet.column(for: error.field) ?? error.field
                    return "  row \(error.row), \(column): \(strings.message(for: error.problem)) [\(error.problem.code)]"
                }.joined(separator: "\n")
        }
    }
}

func seconds(since start: Date) -> String { String(format: "%.1f", Date().timeIntervalSince(start)) }

/// A progress bar on one terminal line; when the output is not a terminal, a line every tenth of the way.
final class ProgressLine: Sendable {
    private let terminal = isatty(STDOUT_FILENO) == 1
    private let lastTenth = Mutex<Int>(-1)

    @Sendable func show(_ progress: ImportProgress) {
        let percent = progress.percent
        let line = "\(progress.phase.rawValue) \(progress.done)/\(progress.total)  \(percent) %"
        if terminal {
            let filled = percent / 5
            print("\r[\(String(repeating: "#", count: filled))\(String(repeating: ".", count: 20 - filled))] \(line)   ", terminator: "")
            fflush(nil)  // every stream: naming `stdout` is not concurrency-safe in Swift 6
        } else if lastTenth.withLock({ tenth in
            defer { tenth = max(tenth, percent / 10) }
            return percent / 10 > tenth
        }) {
            print(line)
        }
    }

    func finish() {
        if terminal { print("") }
    }
}
