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
        @Option(help: "The account's current one-time code: an administrator exports personal data only after the second factor.")
        var code: String?
        @Flag(help: "Export for an administrator without their code, as the server's operator; written to the audit log.")
        var operatorOverride = false

        func run() async throws {
            let format = SheetFormat(rawValue: URL(fileURLWithPath: file).pathExtension.lowercased())
            guard let format else { throw CLILanguage.refusal("cli_export_name", ["file": file]) }
            let username = self.username
            let reason = self.reason
            let code = self.code
            let operatorOverride = self.operatorOverride
            let rows = try await database.withStore { store in
                guard let account = try await store.accounts.account(username: username) else {
                    throw CLILanguage.refusal("cli_no_account", ["username": username])
                }
                var principal = account.principal
                if principal.role.requiresTwoFactor {
                    // The shell can act as any account, so the account's own second factor is asked for here too.
                    if let code {
                        guard case .accepted = try await store.auth.verifySecondFactor(accountID: account.id, code: code, clientAddress: "cli")
                        else { throw CLILanguage.refusal("cli_export_code", ["username": username]) }
                    } else if operatorOverride {
                        principal.twoFactorEnabled = true
                    } else {
                        throw CLILanguage.refusal("cli_export_needs_code", ["username": username])
                    }
                }
                do {
                    return try await store.residents.export(for: principal, unmaskedReason: reason, operatorOverride: operatorOverride)
                } catch StoreError.forbidden {
                    throw CLILanguage.refusal(reason == nil ? "cli_export_refused" : "cli_export_refused_full", ["username": username])
                } catch StoreError.twoFactorRequired {
                    throw CLILanguage.refusal("cli_export_no_two_factor", ["username": username])
                }
            }
            let data = Spreadsheet.file([ResidentSheet.header] + rows, as: format, sheetName: "居民")
            try PrivateFile.write(data, to: file)
            print(CLILanguage.say(reason == nil ? "cli_exported_masked" : "cli_exported_full", ["n": String(rows.count), "file": file]))
        }
    }
}
