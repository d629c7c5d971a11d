import ArgumentParser
import DoorstepCore
import DoorstepStore

/// `doorstep users …`: open accounts and reset passwords from the server's shell.
struct Users: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage accounts.", subcommands: [Create.self, ResetPassword.self, ResetTwoFactor.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Open an account.")

        @OptionGroup var database: DatabaseOptions
        @Option(help: "Login name: 3–32 lower-case letters, digits, '.', '-', '_'.") var username: String
        @Option(help: "Role: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).") var role: String
        @Option(help: "Scope: street:CODE, community:CODE or grid:CODE (9, 12 or 15 digits).") var scope: String
        @Option(help: "The person's name as shown on pages (default: the username).") var displayName: String?
        @Option(help: "Password; prefer typing it at the prompt or piping it on standard input.") var password: String?

        func run() async throws {
            guard let role = Role(rawValue: role) else {
                throw CLILanguage.refusal("cli_role_unknown", ["allowed": Role.allCases.map(\.rawValue).joined(separator: ", ")])
            }
            guard let scope = TerritoryScope(parsing: scope) else {
                throw CLILanguage.refusal("cli_scope_format")
            }
            let secret = password ?? readSecret(prompt: CLILanguage.say("cli_password_prompt", ["username": username]))
            let new = NewAccount(
                username: username, displayName: displayName ?? username, role: role, scope: scope, password: secret)
            do {
                let account = try await database.withStore { store in
                    try await store.accounts.createFromCommandLine(new, operatorName: "cli")
                }
                print(
                    CLILanguage.say(
                        "cli_account_created",
                        ["username": account.username, "role": CLILanguage.strings.roleName(account.role), "scope": "\(account.scope)"]))
            } catch let failure as ValidationFailure {
                throw refusal("cli_account_not_created", failure)
            }
        }
    }

    struct ResetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set a new password and lift any lock.")

        @OptionGroup var database: DatabaseOptions
        @Option(help: "The account's login name.") var username: String
        @Option(help: "New password; prefer the prompt or standard input.") var password: String?

        func run() async throws {
            let secret = password ?? readSecret(prompt: CLILanguage.say("cli_new_password_prompt", ["username": username]))
            do {
                try await database.withStore { store in
                    try await store.accounts.resetPassword(username: username, to: secret, operatorName: "cli")
                }
                print(CLILanguage.say("cli_password_reset", ["username": username]))
            } catch let failure as ValidationFailure {
                throw refusal("cli_password_not_changed", failure)
            }
        }
    }

    struct ResetTwoFactor: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Turn two-step verification off for someone who lost their phone; they enrol again.")

        @OptionGroup var database: DatabaseOptions
        @Option(help: "The account's login name.") var username: String

        func run() async throws {
            do {
                try await database.withStore { store in
                    try await store.accounts.resetTwoFactor(username: username, operatorName: "cli")
                }
                print(CLILanguage.say("cli_two_factor_reset", ["username": username]))
            } catch let failure as ValidationFailure {
                throw refusal("cli_nothing_changed", failure)
            }
        }
    }
}
