import ArgumentParser
import DoorstepCore
import DoorstepServer
import DoorstepStore
import Foundation

/// `doorstep report`: the live work report of a territory for a period, written to a file.
struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the work report of a territory for a period (Markdown, HTML or Word).")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html, docx
    }

    @OptionGroup var database: DatabaseOptions
    @Option(help: "Territory code: a street, community or grid") var scope: String
    @Option(help: "First day, YYYY-MM-DD (default: a year before --to)") var from: String?
    @Option(help: "Last day, YYYY-MM-DD (default: today, China time)") var to: String?
    @Option(help: "md, html or docx") var format: Format = .md
    @Option(help: "Where to write it") var out: String
    @Option(help: "zh-CN (default) or en") var language: String = "zh-CN"

    func run() async throws {
        let last = try to.map(Figures.Verify.day) ?? CalendarDay(containing: Date())
        let period = ReportingPeriod(first: try from.map(Figures.Verify.day) ?? last.adding(days: -364), last: last)
        guard period.first <= period.last else { throw CLILanguage.refusal("cli_from_after_to") }
        guard let language = Language(rawValue: language) else { throw CLILanguage.refusal("cli_report_language") }
        guard ScopeLevel(codeLength: scope.count) != nil else { throw CLILanguage.refusal("cli_report_scope") }
        let code = scope, format = format
        let data: Data = try await database.withStore { store in
            // The operator's: a report names only figures, partners and members who consented.
            let operatorPrincipal = Principal.commandLine(street: code)
            let report = try await store.figures.workReport(in: code, period: period, language: language, by: operatorPrincipal)
            try await store.audit.record(
                AuditEvent(
                    actorID: nil, actorName: "command line", action: .figuresExported, subject: "report", territoryCode: code,
                    detail: ["format": format.rawValue, "from": period.first.description, "to": period.last.description]))
            switch format {
            case .md: return Data(report.markdown.utf8)
            case .html: return Data(ReportFormats.html(report).utf8)
            case .docx: return ReportFormats.docx(report)
            }
        }
        try PrivateFile.write(data, to: out)
        print(CLILanguage.say("cli_wrote", ["file": out, "bytes": String(data.count)]))
    }
}
