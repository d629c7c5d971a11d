import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 工作报告 (S19): the live work report of a territory for a period, written from the registry, as a page that prints
/// on A4 with the territory and period on every page, as Markdown and as Word. Downloads are written to the audit
/// log as every export is.
struct ReportPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(ReportRoute.page, use: page)
        router.get(ReportRoute.markdown, use: markdown)
        router.get(ReportRoute.word, use: word)
        router.get(ReportRoute.printStyle, use: printStyle)
    }

    /// A year ending today unless asked: a work report looks back over the year's work.
    static func lastYear() -> ReportingPeriod {
        let today = CalendarDay(containing: Date())
        return ReportingPeriod(first: today.adding(days: -364), last: today)
    }

    @Sendable func page(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewFigures)
        let (query, errors) = try FigureQuery.onPage(request, principal, defaultPeriod: Self.lastYear())
        let report = try await store.figures.workReport(in: query.code, period: query.period, language: context.language, by: principal)
        var model = try await PeriodForm.model(query, principal, store, context.strings, action: ReportRoute.page.path())
        model["fieldErrors"] = Display.fieldErrors(errors, context.strings)
        model["report"] = ReportPage.model(report, query)
        model["markdownHref"] = ReportRoute.markdown.path().keeping(query)
        model["wordHref"] = ReportRoute.word.path().keeping(query)
        model["printStyleHref"] = ReportRoute.printStyle.path().keeping(query)
        return pages.page("report", title: report.title, model: model, context: context)
    }

    @Sendable func markdown(request: Request, context: AppRequestContext) async throws -> Response {
        let (report, principal) = try await report(request, context)
        try await logged(report, principal, format: "md", context: context)
        return Self.download(Data(report.markdown.utf8), type: "text/markdown; charset=utf-8", name: report.fileName("md"))
    }

    @Sendable func word(request: Request, context: AppRequestContext) async throws -> Response {
        let (report, principal) = try await report(request, context)
        try await logged(report, principal, format: "docx", context: context)
        return Self.download(
            ReportFormats.docx(report), type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            name: report.fileName("docx"))
    }

    /// Every printed page names the territory and the period at its top.
    @Sendable func printStyle(request: Request, context: AppRequestContext) async throws -> Response {
        let (report, _) = try await report(request, context)
        let running = "\(report.title) · \(report.periodLine)".unicodeScalars.map { scalar -> String in
            // A CSS string: quotes, backslashes and line ends escaped, nothing else can leave it.
            switch scalar {
            case "\"", "\\", "\n", "\r", "<": "\\" + String(scalar.value, radix: 16) + " "
            default: String(scalar)
            }
        }.joined()
        let css = "@page { @top-center { content: \"\(running)\"; font-size: 9pt; color: #000; } }\n"
        return Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: css)))
    }

    func report(_ request: Request, _ context: AppRequestContext) async throws -> (WorkReport, Principal) {
        let principal = try context.require(.viewFigures)
        let query = try FigureQuery(request, principal, defaultPeriod: Self.lastYear())
        return (try await store.figures.workReport(in: query.code, period: query.period, language: context.language, by: principal), principal)
    }

    func logged(_ report: WorkReport, _ principal: Principal, format: String, context: AppRequestContext) async throws {
        try await store.audit.record(
            AuditEvent(
                by: principal, .figuresExported, subject: "report", territoryCode: principal.scope.code,
                detail: ["format": format, "from": report.period.first.description, "to": report.period.last.description],
                clientAddress: context.clientAddress))
    }

    static func download(_ data: Data, type: String, name: String) -> Response {
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "report"
        return Response(
            status: .ok,
            headers: [.contentType: type, .contentDisposition: "attachment; filename=\"report\"; filename*=UTF-8''\(encoded)"],
            body: .init(byteBuffer: ByteBuffer(data: data)))
    }
}

extension WorkReport {
    /// `幸福里社区工作报告_2025-12-07_2026-12-06.docx`.
    func fileName(_ ext: String) -> String {
        "\(title)_\(period.first)_\(period.last).\(ext)".replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: ":", with: "")
    }
}
