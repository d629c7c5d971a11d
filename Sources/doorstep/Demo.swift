import ArgumentParser
import DoorstepStore
import Foundation

/// `doorstep demo`: fill an empty database with the demo community without serving it.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Fill an empty database with a demo community.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let password = ProcessInfo.processInfo.environment["DOORSTEP_DEMO_PASSWORD"] ?? DemoSeeder.generatePassword()
        let year = demoYearOfWork
        let demo = try await database.withStore { store in try await DemoSeeder(store: store).seedIfEmpty(password: password, yearOfWork: year) }
        guard let demo else {
            print(CLILanguage.say("cli_demo_exists"))
            return
        }
        printDemo(demo)
    }
}

/// Whether the demo writes its year of work: yes, unless `DOORSTEP_DEMO_YEAR=0` asks for the people and today's
/// work only (quicker, for tests that need accounts rather than a year).
var demoYearOfWork: Bool { ProcessInfo.processInfo.environment["DOORSTEP_DEMO_YEAR"] != "0" }

/// Prints what the demo created: the place, and the accounts to sign in with.
func printDemo(_ demo: DemoCommunity) {
    let communities = demo.communities.map(\.name).joined(separator: "、")
    print(CLILanguage.say("cli_demo_street", ["street": demo.street.name, "code": demo.street.code, "communities": communities]))
    print(
        CLILanguage.say(
            "cli_demo_counts",
            [
                "grids": String(demo.grids.count), "households": String(demo.households), "residents": String(demo.residents),
                "members": String(demo.partyMembers),
            ]))
    print(CLILanguage.say("cli_demo_accounts", ["password": demo.password]))
    for account in demo.accounts {
        let username = account.username.padding(toLength: 14, withPad: " ", startingAt: 0)
        let role = account.role.rawValue.padding(toLength: 15, withPad: " ", startingAt: 0)
        print("  \(username) \(role) \(account.scope)  \(account.displayName)")
    }
    // After the accounts: tests and operators read the accounts by their lines.
    for line in demo.year?.lines ?? [] { print("      \(line)") }
}
