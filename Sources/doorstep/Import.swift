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
            let strings = CLILanguage.strings
            let records: SheetRecords
            let rows: ResidentSheet.Rows<SheetRecords>
            do {
                records = try Spreadsheet.records(try Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped))
                rows = try ResidentSheet.rows(in: records)
            } catch let error as SpreadsheetError {
                throw ValidationError("\(file): \(strings.message(for: error.problem))")
            } catch let failure as RowValidationFailure {
                print(describe(failure, strings))
                throw ExitCode(2)
            }
            let expected = max(0, records.count - 1)
            print(strings.format("cli_rows_read", ["rows": String(expected), "seconds": seconds(since: started)]))
            let username = self.username
            let bar = ProgressLine(strings: strings)
            do {
                let summary = try await database.withStore { store in
                    guard let account = try await store.accounts.account(username: username) else {
                        throw ValidationError(strings.format("cli_no_account", ["username": username]))
                    }
                    return try await store.residents.importRows(rows, expected: expected, by: account.principal, progress: bar.show)
                }
                bar.finish()
                print(
                    strings.format("import_done", ["residents": String(summary.residents), "households": String(summary.householdsCreated)])
                        + " " + strings.format("cli_seconds", ["seconds": seconds(since: started)]))
            } catch let failure as RowValidationFailure {
                bar.finish()
                print(describe(failure, strings))
                throw ExitCode(2)
            } catch StoreError.twoFactorRequired {
                throw ValidationError(strings.format("cli_two_factor_first", ["username": username]))
            } catch StoreError.forbidden {
                throw ValidationError(strings.format("cli_role_cannot_import", ["username": username]))
            }
        }

        func describe(_ failure: RowValidationFailure, _ strings: Strings) -> String {
            let rows = Set(failure.errors.map(\.row)).count
            return strings.format("cli_import_refused", ["rows": String(rows), "problems": String(failure.errors.count)]) + "\n"
                + failure.errors.map { error in
                    let column = ResidentSheet.column(for: error.field) ?? error.field
                    let line = strings.format("row_problem", ["row": String(error.row), "field": column, "reason": strings.message(for: error.problem)])
                    return "  \(line) [\(error.problem.code)]"
                }.joined(separator: "\n")
        }
    }
}

func seconds(since start: Date) -> String { String(format: "%.1f", Date().timeIntervalSince(start)) }

/// A progress bar on one terminal line; when the output is not a terminal, a line every tenth of the way.
final class ProgressLine: Sendable {
    private let terminal = isatty(STDOUT_FILENO) == 1
    private let lastTenth = Mutex<Int>(-1)
    private let strings: Strings

    init(strings: Strings) { self.strings = strings }

    @Sendable func show(_ progress: ImportProgress) {
        let percent = progress.percent
        let phase = strings.format("import_phase_\(progress.phase.rawValue)", ["done": String(progress.done), "total": String(progress.total)])
        let line = "\(phase)  \(percent) %"
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
