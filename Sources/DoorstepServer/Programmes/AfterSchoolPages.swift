import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 四点半课堂 on the web. In the office: the classes of the territory with a form to open one, and the figures with
/// their definitions, each opening the records it counted. At the door, on a phone or tablet: one class's day —
/// enrolment with the guardian's consent, arrivals, hand-overs to authorised persons — and its volunteer roster
/// (`AfterSchoolPages+Class.swift`).
struct AfterSchoolPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(AfterSchoolRoute.list, use: list)
        router.post(AfterSchoolRoute.list, use: createClass)
        router.get(AfterSchoolRoute.records, use: records)
        router.get(AfterSchoolRoute.schoolClass, use: schoolClass)
        router.post(AfterSchoolRoute.enrol, use: enrol)
        router.post(AfterSchoolRoute.arrive, use: arrive)
        router.post(AfterSchoolRoute.handOver, use: handOver)
        router.post(AfterSchoolRoute.assign, use: assign)
    }

    /// `周一、周三、周五`.
    static func weekdayNames(_ weekdays: [Int], _ strings: Strings) -> String {
        weekdays.map { strings["afterschool_weekday_\($0)"] }.joined(separator: strings["afterschool_list_separator"])
    }

    /// A class as its card and heading show it.
    static func facts(_ listing: AfterSchoolClassListing, _ strings: Strings) -> [String: Any] {
        let schoolClass = listing.schoolClass
        return [
            "id": schoolClass.id, "name": schoolClass.name, "place": schoolClass.place,
            "days": weekdayNames(schoolClass.weekdays, strings),
            "term": strings.format("afterschool_term", ["start": schoolClass.termStart, "end": schoolClass.termEnd]),
            "places": strings.format(
                "afterschool_places", ["taken": String(listing.enrolled), "capacity": String(schoolClass.capacity)]),
            "partner": Display.shown(listing.partnerName),
        ]
    }

    /// Each field's first refusal, for the message beside it.
    static func invalid(_ errors: [FieldError], _ strings: Strings) -> [String: String] {
        var invalid: [String: String] = [:]
        for error in errors where invalid[error.field] == nil { invalid[error.field] = strings.message(for: error.problem) }
        return invalid
    }

    // MARK: - The classes and the figures

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let asked = try ReportingQuery.onPage(request, default: .monthToDate(Date()), ReportingQuery.monthToDate)
        return try await renderList(context: context, period: asked.period, periodErrors: asked.errors)
    }

    func renderList(
        context: AppRequestContext, period: ReportingPeriod, periodErrors: [FieldError] = [], errors: [FieldError] = [],
        form: [String: String]? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.require(.manageServices)
        let strings = context.strings
        let today = CalendarDay(containing: Date())
        let typed = form ?? [
            "termStart": today.description, "termEnd": today.adding(days: 150).description, "capacity": "30",
            "weekday1": "1", "weekday2": "1", "weekday3": "1", "weekday4": "1", "weekday5": "1",
        ]
        let communities = try await store.territory.communities(for: principal)
        let partners = try await store.afterSchool.partnerSchools(by: principal)
        let figures = try await store.afterSchool.figures(period: period, for: principal, recordLimit: 0)
        let classes = try await store.afterSchool.classes(by: principal)
        let allErrors = periodErrors + errors
        let cards = figures.map { figure in
            figure.measure.card(
                value: figure.count, href: AfterSchoolRoute.records.path().query(["measure": figure.measure.rawValue]).keeping(period),
                strings)
        }
        let communityOptions: [[String: Any]] = communities.map {
            ["code": $0.code, "name": $0.name, "selected": typed["community"] == $0.code]
        }
        let partnerOptions: [[String: Any]] = partners.map {
            ["id": $0.id, "name": $0.name, "selected": typed["partnerSchoolID"] == $0.id]
        }
        let weekdays: [[String: Any]] = (1...7).map {
            ["n": $0, "name": strings["afterschool_weekday_\($0)"], "checked": typed["weekday\($0)"] == "1"]
        }
        var model: [String: Any] = [:]
        model["classes"] = classes.map { Self.facts($0, strings) }
        model["hasClasses"] = !classes.isEmpty
        model["from"] = period.first.description
        model["to"] = period.last.description
        model["figures"] = cards
        model["communities"] = communityOptions
        model["chooseCommunity"] = communities.count > 1
        model["community"] = communities.first?.code ?? ""
        model["partners"] = partnerOptions
        model["hasPartners"] = !partners.isEmpty
        model["weekdays"] = weekdays
        model["form"] = typed
        model["invalid"] = Self.invalid(errors, strings)
        model["fieldErrors"] = Display.fieldErrors(allErrors, strings)
        return pages.page("afterSchoolClasses", title: strings["afterschool_title"], model: model, context: context, status: status)
    }

    /// A new class; an unreadable capacity is named together with every other refused field.
    @Sendable func createClass(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageServices)
        return try await Form.submit(request, context: context, as: principal) { form in
            let capacity = Int((form["capacity"] ?? "").trimmingCharacters(in: .whitespaces))
            let new = AfterSchoolClass(
                id: "", communityCode: form["community"] ?? principal.scope.communityCode ?? "", partnerID: form["partnerSchoolID"],
                name: form["name"] ?? "", place: form["place"] ?? "", weekdays: (1...7).filter { form["weekday\($0)"] == "1" },
                termStart: form["termStart"] ?? "", termEnd: form["termEnd"] ?? "", capacity: capacity ?? 0)
            do {
                let created = try await store.afterSchool.createClass(new, by: principal)
                return AfterSchoolRoute.schoolClass.path(created.id)
            } catch let failure as ValidationFailure where capacity == nil {
                throw ValidationFailure(failure.errors.filter { $0.field != "capacity" } + [FieldError("capacity", .notANumber)])
            }
        } refused: { errors, fields in
            try await renderList(
                context: context, period: .monthToDate(Date()), errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    /// The records one figure counted, newest first.
    @Sendable func records(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageServices)
        let strings = context.strings
        let measure = try AfterSchoolMeasure.asked(request.uri.queryParameters["measure"])
        let period = try ReportingQuery.monthToDate(request)
        let records = try await store.afterSchool.records(measure, period: period, for: principal, limit: ProgrammeRecordsPage.shown)
        let model = ProgrammeRecordsPage.model(
            measure, count: records.count, records: records, period: period, back: AfterSchoolRoute.list.path(), strings)
        return pages.page(
            "afterSchoolRecords", title: strings[measure.nameKey], model: model, context: context)
    }
}
