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
            try Self.writePrivately(data, to: file)
            print("wrote \(rows.count) residents to \(file) (\(reason == nil ? "masked" : "in full"))")
        }

        /// Writes a file only its owner can read from the first byte: an unmasked export must never sit readable by
        /// others, even for a moment (writing then changing the mode would leave that moment).
        static func writePrivately(_ data: Data, to path: String) throws {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            guard descriptor >= 0 else { throw ValidationError("cannot write \(path): \(String(cString: strerror(errno)))") }
            // A file that already existed keeps its old mode through O_TRUNC; set it before writing.
            fchmod(descriptor, 0o600)
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            try handle.write(contentsOf: data)
            try handle.close()
        }
    }
}
