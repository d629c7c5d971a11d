import ArgumentParser
import DoorstepCore
import DoorstepStore

/// `doorstep territory …`: register the streets, communities and grids a deployment serves, before its first
/// accounts are opened (an account's scope must exist).
struct Territory: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Register streets, communities and grids.", subcommands: [Add.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register a street (9-digit code), community (12) or grid (15); the level follows from the code.",
            discussion: """
                A community's code begins with its street's, a grid's with its community's, and the parent must \
                already be registered. Example:
                  doorstep territory add --code 320106005 --name 宁海路街道
                  doorstep territory add --code 320106005001 --name 西康路社区
                  doorstep territory add --code 320106005001001 --name 第一网格
                """)

        @OptionGroup var database: DatabaseOptions
        @Option(help: "9, 12 or 15 digits.") var code: String
        @Option(help: "The name people use, e.g. 西康路社区.") var name: String

        func run() async throws {
            guard let level = ScopeLevel(codeLength: code.count) else {
                throw CLILanguage.refusal("cli_territory_code")
            }
            let (code, name) = (code, name)
            do {
                try await database.withStore { store in
                    switch level {
                    case .street:
                        try await store.territory.create(Street(code: code, name: name), operatorName: "cli")
                    case .community:
                        try await store.territory.create(
                            Community(code: code, streetCode: TerritoryCode.streetCode(of: code), name: name),
                            operatorName: "cli")
                    case .grid:
                        try await store.territory.create(
                            Grid(code: code, communityCode: String(code.prefix(ScopeLevel.community.codeLength)), name: name),
                            operatorName: "cli")
                    }
                }
                print(
                    CLILanguage.say(
                        "cli_territory_registered", ["level": CLILanguage.strings.scopeLevelName(level), "code": code, "name": name]))
            } catch let failure as ValidationFailure {
                throw refusal("cli_nothing_registered", failure)
            }
        }
    }
}
