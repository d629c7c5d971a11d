import ArgumentParser
import DoorstepCore
import DoorstepStore
import Foundation

/// `doorstep figures verify`: every registered figure counted again by a plain second route, every difference named.
struct Figures: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The figures registry's tools.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recount every figure by straight counts over the tables and print each difference (exit 0 when none).")

        @OptionGroup var database: DatabaseOptions
        @Option(help: "Territory code (a street, community or grid); default every street") var scope: String?
        @Option(help: "First day, YYYY-MM-DD (default: a year before --to)") var from: String?
        @Option(help: "Last day, YYYY-MM-DD (default: today, China time)") var to: String?

        func run() async throws {
            let last = try to.map(Self.day) ?? CalendarDay(containing: Date())
            let period = ReportingPeriod(first: try from.map(Self.day) ?? last.adding(days: -364), last: last)
            let asked = scope
            let (checked, differences) = try await database.withStore { store in
                var codes = asked.map { [$0] } ?? []
                if codes.isEmpty { codes = try await store.territory.streetCodes() }
                var differences: [FigureDifference] = []
                for code in codes {
                    // The command line is the operator's: it reads counts, never a person's record.
                    let operatorPrincipal = Principal.commandLine(street: code)
                    differences += try await store.figureCheck.verify(in: code, period: period, by: operatorPrincipal)
                }
                return (codes, differences)
            }
            print(
                CLILanguage.say(
                    "cli_figures_checked",
                    [
                        "n": String(FigureKey.allCases.count), "first": period.first.description, "last": period.last.description,
                        "scopes": checked.joined(separator: ", "),
                    ]))
            for difference in differences { print(CLILanguage.say("cli_figures_difference", ["detail": "\(difference)"])) }
            if differences.isEmpty {
                print(CLILanguage.say("cli_figures_none"))
            } else {
                print(CLILanguage.say("cli_figures_differences", ["n": String(differences.count)]))
                throw ExitCode(1)
            }
        }

        static func day(_ text: String) throws -> CalendarDay {
            guard let day = CalendarDay(iso: text) else { throw CLILanguage.refusal("cli_not_a_day", ["text": text]) }
            return day
        }
    }
}
