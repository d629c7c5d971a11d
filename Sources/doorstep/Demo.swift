import ArgumentParser
import DoorstepStore
import Foundation

/// `doorstep demo`: fill an empty database with the demo community without serving it.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Fill an empty database with a demo community.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "community (the demo street and its year), or city (the demo and a city around it, to measure; SQLite)")
    var scale: DemoScale = .community

    @Option(help: "With --scale city: about how many cases over three years (default 10,000,000)")
    var cases: Int = CityScale().cases

    @Option(help: "With --scale city: how many residents (default 1,000,000)")
    var residents: Int = CityScale().residents

    func run() async throws {
        let password = ProcessInfo.processInfo.environment["DOORSTEP_DEMO_PASSWORD"] ?? DemoSeeder.generatePassword()
        if scale == .city { return try await city(password: password) }
        let year = demoYearOfWork
        let demo = try await database.withStore { store in try await DemoSeeder(store: store).seedIfEmpty(password: password, yearOfWork: year) }
        guard let demo else {
            print(CLILanguage.say("cli_demo_exists"))
            return
        }
        printDemo(demo)
    }
}

/// How much `doorstep demo` builds.
enum DemoScale: String, ExpressibleByArgument, Sendable {
    case community, city
}

extension Demo {
    /// The demo, then the city around it, with what each step wrote and how long it took.
    func city(password: String) async throws {
        guard case .sqlite = try database.location() else { throw ValidationError(CLILanguage.say("cli_city_sqlite_only")) }
        let scale = CityScale(residents: residents, cases: cases)
        let built = try await database.withStore { store in
            try await CityBuilder(store: store).build(scale, password: password) { step in
                print(CLILanguage.say("cli_city_step", ["step": step]))
            }
        }
        guard let built else {
            print(CLILanguage.say("cli_demo_exists"))
            return
        }
        printDemo(built.demo)
        let city = built.city
        print(
            CLILanguage.say(
                "cli_city_counts",
                [
                    "streets": String(city.streets), "communities": String(city.communities), "grids": String(city.grids),
                    "households": String(city.households), "residents": String(city.residents), "cases": String(city.cases),
                    "events": String(city.caseEvents), "visits": String(city.visits), "hours": String(city.volunteerHours),
                ]))
        for (step, seconds) in city.steps { print("      \(step): \(String(format: "%.1f", seconds)) s") }
        print(CLILanguage.say("cli_city_accounts", ["accounts": city.accounts.joined(separator: ", ")]))
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
