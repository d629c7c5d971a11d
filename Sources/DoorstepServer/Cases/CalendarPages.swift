import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// The work calendar on a page and over the API: a year's days off and make-up workdays as deadlines count them,
/// and, for street administrators, setting days by hand or importing next year's from a sheet (日期, 类型, 名称).
struct CalendarPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(CalendarRoute.page, use: page)
        router.post(CalendarRoute.page, use: setDay)
        router.post(CalendarRoute.importSheet, use: importSheet)
        router.get(CalendarAPIRoute.json, use: json)
        router.post(CalendarAPIRoute.json, use: setJSON)
    }

    static func year(_ request: Request) -> Int {
        request.uri.queryParameters["year"].flatMap { Int($0) } ?? CalendarDay(containing: Date()).year
    }

    /// The year's days that differ from Monday to Friday, with where each comes from.
    static func days(of year: Int, calendar: WorkCalendar, entries: [CalendarEntry]) -> [(CalendarDay, CalendarEntry.Kind, String)] {
        let set = Dictionary(entries.map { ($0.day, $0.name) }, uniquingKeysWith: { _, last in last })
        let days = calendar.holidays.filter { $0.year == year && !$0.isWeekend }.map { ($0, CalendarEntry.Kind.holiday) }
            + calendar.makeUpWorkdays.filter { $0.year == year && $0.isWeekend }.map { ($0, CalendarEntry.Kind.workday) }
        return days.sorted { $0.0 < $1.0 }.map { ($0.0, $0.1, set[$0.0] ?? "") }
    }

    struct YearResource: ResponseEncodable, Sendable {
        struct Day: Encodable, Sendable {
            var day: String
            var kind: CalendarEntry.Kind
            var name: String
        }
        var year: Int
        var days: [Day]
        var entries: [CalendarEntry]
    }

    @Sendable func json(request: Request, context: AppRequestContext) async throws -> YearResource {
        _ = try context.requirePrincipal()
        let year = Self.year(request)
        let entries = try await store.calendar.entries()
        let calendar = try await store.calendar.current()
        let days = Self.days(of: year, calendar: calendar, entries: entries)
        return YearResource(
            year: year, days: days.map { .init(day: $0.0.description, kind: $0.1, name: $0.2) },
            entries: entries.filter { $0.day.year == year })
    }

    struct SetInput: Decodable, Sendable {
        struct Day: Decodable, Sendable {
            var day: String?
            var kind: String?
            var name: String?
        }
        var days: [Day]?
    }

    @Sendable func setJSON(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: SetInput.self, context: context)
        let entries = try Self.entries((body.days ?? []).map { [$0.day ?? "", $0.kind ?? "", $0.name ?? ""] }, firstRow: 1)
        try await store.calendar.set(entries, by: principal, clientAddress: context.clientAddress)
        return .noContent
    }

    /// Rows of day, kind, name (a heading row is skipped); every bad row is named.
    static func entries(_ rows: [[String]], firstRow: Int) throws -> [CalendarEntry] {
        var entries: [CalendarEntry] = []
        var errors: [RowError] = []
        for (index, row) in rows.enumerated() {
            let cells = row + Array(repeating: "", count: max(0, 3 - row.count))
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if index == 0, CalendarDay(iso: cells[0].trimmingCharacters(in: .whitespaces)) == nil, cells[0].contains("日期") || cells[0].lowercased() == "day" {
                continue
            }
            do {
                entries.append(try CalendarEntry.parse(day: cells[0], kind: cells[1], name: cells[2]))
            } catch {
                errors += error.errors.map { RowError(firstRow + index, $0.field, $0.problem) }
            }
        }
        if !errors.isEmpty { throw RowValidationFailure(errors) }
        return entries
    }

    @Sendable func page(request: Request, context: AppRequestContext) async throws -> Response {
        let saved = request.uri.queryParameters["done"] == "1" ? context.strings["calendar_saved"] : nil
        return try await render(request: request, context: context, flash: saved)
    }

    private func render(
        request: Request, context: AppRequestContext, errors: [String] = [], flash: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.requirePrincipal()
        let strings = context.strings
        let year = Self.year(request)
        let entries = try await store.calendar.entries()
        let calendar = try await store.calendar.current()
        let days = Self.days(of: year, calendar: calendar, entries: entries)
        var model: [String: Any] = [
            "year": year, "previous": year - 1, "next": year + 1,
            "days": days.map {
                ["day": $0.0.description, "kind": strings["calendar_kind_\($0.1.rawValue)"], "name": $0.2, "workday": $0.1 == .workday]
                    as [String: Any]
            },
            "hasDays": !days.isEmpty, "canEdit": principal.role == .streetAdmin,
            "kinds": CalendarEntry.Kind.allCases.map { ["code": $0.rawValue, "name": strings["calendar_kind_\($0.rawValue)"]] },
            "problems": errors, "hasProblems": !errors.isEmpty,
        ]
        if let next = try await store.calendar.unsetNextYear(in: calendar) {
            model["unsetYear"] = CalendarWarning.text(next, principal, strings)
        }
        return pages.page("workCalendar", title: strings["calendar_title"], model: model, context: context, status: status, flash: flash)
    }

    @Sendable func setDay(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let form = try await Form.checked(request, context: context)
        do {
            let entry = try CalendarEntry.parse(day: form["day"] ?? "", kind: form["kind"] ?? "", name: form["name"] ?? "")
            try await store.calendar.set([entry], by: principal, clientAddress: context.clientAddress)
            return redirect(to: CalendarRoute.page.path().query(["year": entry.day.year, "done": "1"]))
        } catch let failure as ValidationFailure {
            return try await render(
                request: request, context: context, errors: Display.fieldErrors(failure.errors, context.strings).compactMap { $0["message"] },
                status: .unprocessableContent)
        }
    }

    @Sendable func importSheet(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        guard principal.role == .streetAdmin else { throw AppError.forbidden }
        let upload = try await Upload.checked(request, context: context)
        let strings = context.strings
        do {
            guard let data = upload.data else { throw ValidationFailure([FieldError("file", .required)]) }
            let entries = try Self.entries(try SheetFiles.rows(data), firstRow: 1)
            try await store.calendar.set(entries, by: principal, clientAddress: context.clientAddress)
            return redirect(to: CalendarRoute.page.path().query(["year": entries.first?.day.year ?? Self.year(request), "done": "1"]))
        } catch let failure as RowValidationFailure {
            let lines = failure.errors.map {
                strings.format("row_problem", ["row": String($0.row), "field": strings.fieldName($0.field), "reason": strings.message(for: $0.problem)])
            }
            return try await render(request: request, context: context, errors: lines, status: .unprocessableContent)
        } catch let failure as ValidationFailure {
            return try await render(
                request: request, context: context, errors: Display.fieldErrors(failure.errors, strings).compactMap { $0["message"] },
                status: .unprocessableContent)
        } catch let error as AppError {
            guard case .validation(let fields) = error else { throw error }
            return try await render(
                request: request, context: context, errors: Display.fieldErrors(fields, strings).compactMap { $0["message"] },
                status: .unprocessableContent)
        }
    }
}
