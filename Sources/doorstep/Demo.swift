import ArgumentParser
import DoorstepStore
import Foundation

/// `doorstep demo`: fill an empty database with the demo community without serving it.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Fill an empty database with a demo community.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let password = ProcessInfo.processInfo.environment["DOORSTEP_DEMO_PASSWORD"] ?? DemoSeeder.generatePassword()
        let demo = try await database.withStore { store in try await DemoSeeder(store: store).seedIfEmpty(password: password) }
        guard let demo else {
            print("The database already holds territory: nothing was added.")
            return
        }
        printDemo(demo)
    }
}

/// Prints what the demo created: the place, and the accounts to sign in with.
func printDemo(_ demo: DemoCommunity) {
    let communities = demo.communities.map(\.name).joined(separator: "、")
    print("Demo: \(demo.street.name) (\(demo.street.code)), communities \(communities)")
    print("      \(demo.grids.count) grids, \(demo.households) households, \(demo.residents) residents, \(demo.partyMembers) Party members")
    print("Demo accounts (password for all: \(demo.password)):")
    for account in demo.accounts {
        let username = account.username.padding(toLength: 14, withPad: " ", startingAt: 0)
        let role = account.role.rawValue.padding(toLength: 15, withPad: " ", startingAt: 0)
        print("  \(username) \(role) \(account.scope)  \(account.displayName)")
    }
}
