import ArgumentParser
import DoorstepCore
import DoorstepExchange
import DoorstepStore
import Foundation

/// `doorstep export residents FILE --as USERNAME [--reason TEXT]`: the page's export from the shell, masked unless
/// a reason is given by an account that may see every field; logged like any other export.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export data to XLSX or CSV files.", subcommands: [Residents.self])

    struct Residents: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the residents an account may see, as .xlsx or .csv (by the file's extension).")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The file to write: NAME.xlsx or NAME.csv.") var file: String
        @Option(name: .customLong("as"), help: "The account whose scope and rights the export runs with.") var username: String
        @Option(help: "Why the full (unmasked) values are needed; without it the export is masked.") var reason: String?

        func run() async throws {
            let format = SheetFormat(rawValue: URL(fileURLWithPath: file).pathExtension.lowercased())
            guard let format else { throw ValidationError("\(file): the name must end in .xlsx or .csv") }
            let username = self.username
            let reason = self.reason
            let rows = try await database.withStore { store in
                guard let account = try await store.accounts.account(username: username) else {
                    throw ValidationError("no account named \(username)")
                }
                do {
                    return try await store.residents.export(for: account.principal, unmaskedReason: reason)
                } catch StoreError.forbidden {
                    throw ValidationError("\(username) may not export residents\(reason == nil ? "" : " in full")")
                }
            }
            let data = Spreadsheet.file([ResidentSheet.header] + rows, as: format, sheetName: "居民")
            try data.write(to: URL(fileURLWithPath: file), options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
            print("wrote \(rows.count) residents to \(file) (\(reason == nil ? "masked" : "in full"))")
        }
    }
}
