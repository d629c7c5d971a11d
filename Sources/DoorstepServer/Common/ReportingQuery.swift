import DoorstepCore
import Foundation
import Hummingbird

/// The days a figures request asks for (`from`, `to`): one reading of them for every page and API that counts.
/// Work that is judged by the month (the loop's rates, the services) defaults to the month so far; Party work, judged
/// by the year, to the year so far.
enum ReportingQuery {
    /// The period given, or nil when neither end is.
    static func asked(_ request: Request) throws -> ReportingPeriod? {
        let query = request.uri.queryParameters
        let from = query["from"].map(String.init) ?? "", to = query["to"].map(String.init) ?? ""
        guard !from.isEmpty || !to.isEmpty else { return nil }
        return try ReportingPeriod.parse(first: from, last: to)
    }

    static func monthToDate(_ request: Request) throws -> ReportingPeriod {
        try asked(request) ?? .monthToDate(Date())
    }

    static func yearToDate(_ request: Request) throws -> ReportingPeriod {
        try asked(request) ?? yearToDate()
    }

    static func yearToDate() -> ReportingPeriod {
        let today = CalendarDay(containing: Date())
        return ReportingPeriod(first: CalendarDay(today.year, 1, 1), last: today)
    }

    /// A page's period: the one asked for, else the default; days that do not read give the default's figures with
    /// the refusal beside them, rather than no page.
    static func onPage(
        _ request: Request, default fallback: @autoclosure () -> ReportingPeriod, _ read: (Request) throws -> ReportingPeriod
    ) throws -> (period: ReportingPeriod, errors: [FieldError]) {
        do {
            return (try read(request), [])
        } catch let failure as ValidationFailure {
            return (fallback(), failure.errors)
        }
    }
}

extension Link {
    /// The link asking for the same days (`from=…&to=…`).
    func keeping(_ period: ReportingPeriod) -> Link {
        query(["from": period.first, "to": period.last])
    }
}
