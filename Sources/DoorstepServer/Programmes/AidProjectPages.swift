import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 助老/助残/助困 projects on the web. The overview for the office and for a social organisation's account: the
/// figures with their definitions, each opening the records it counted, and the projects with what they reached; for
/// the office, a form to set one up. One project's page — beneficiaries and services — is
/// `AidProjectPages+Project.swift`.
struct AidProjectPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(AidProjectRoute.list, use: list)
        router.post(AidProjectRoute.list, use: createProject)
        router.get(AidProjectRoute.figureRecords, use: figureRecords)
        router.get(AidProjectRoute.project, use: project)
        router.post(AidProjectRoute.addBeneficiary, use: addBeneficiary)
        router.post(AidProjectRoute.removeBeneficiary, use: removeBeneficiary)
        router.post(AidProjectRoute.recordService, use: recordService)
    }

    /// `独居老人、残疾人`: the care categories a project serves.
    static func categoryNames(_ categories: [CareCategory], _ strings: Strings) -> String {
        categories.map { strings["care_\($0.rawValue)"] }.joined(separator: strings["afterschool_list_separator"])
    }

    // MARK: - Projects and figures

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let asked = try ReportingQuery.onPage(request, default: .monthToDate(Date()), ReportingQuery.monthToDate)
        return try await renderList(context: context, period: asked.period, periodErrors: asked.errors)
    }

    func renderList(
        context: AppRequestContext, period: ReportingPeriod, periodErrors: [FieldError] = [], errors: [FieldError] = [],
        form: [String: String]? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try HealthStationPages.requireViewer(context)
        let strings = context.strings
        let office = principal.can(.manageServices)
        let today = CalendarDay(containing: Date())
        let typed = form ?? ["startsOn": today.description, "endsOn": today.adding(days: 364).description]
        let projects = try await store.aidProjects.projects(by: principal)
        let figures = try await store.aidProjects.figures(period: period, for: principal, recordLimit: 0)
        let cards = figures.map { figure in
            figure.measure.card(
                value: figure.count, href: AidProjectRoute.figureRecords.path().query(["measure": figure.measure.rawValue]).keeping(period),
                strings)
        }
        let rows: [[String: Any]] = projects.map { listing in
            let project = listing.project
            var row: [String: Any] = ["id": project.id, "title": project.title, "partner": project.partnerName]
            row["kind"] = strings["aid_kind_\(project.kind.rawValue)"]
            row["categories"] = Self.categoryNames(project.careCategories, strings)
            row["span"] = "\(project.startsOn) – \(project.endsOn)"
            row["beneficiaries"] = listing.beneficiaries
            row["services"] = listing.services
            row["reached"] = listing.peopleReached
            return row
        }
        var model: [String: Any] = [:]
        model["office"] = office
        model["from"] = period.first.description
        model["to"] = period.last.description
        model["figures"] = cards
        model["projects"] = rows
        model["hasProjects"] = !projects.isEmpty
        model["canCreate"] = false
        if office { try await addCreateForm(to: &model, form: typed, principal: principal, strings: strings) }
        let allErrors = periodErrors + errors
        model["form"] = typed
        model["invalid"] = HealthStationPages.invalid(errors, strings, clearer: HealthStationPages.clearer)
        model["fieldErrors"] = HealthStationPages.fieldErrors(allErrors, strings, clearer: HealthStationPages.clearer)
        return pages.page("aidProjects", title: strings["aid_title"], model: model, context: context, status: status)
    }

    /// The office's form for a new project: communities, social organisations, kinds and the categories each serves.
    func addCreateForm(to model: inout [String: Any], form: [String: String], principal: Principal, strings: Strings) async throws {
        let communities = try await store.territory.communities(for: principal)
        let organisations = try await store.aidProjects.organisations(by: principal)
        let communityOptions: [[String: Any]] = communities.map {
            ["code": $0.code, "name": $0.name, "selected": form["community"] == $0.code]
        }
        let organisationOptions: [[String: Any]] = organisations.map {
            ["id": $0.id, "name": $0.name, "selected": form["partnerID"] == $0.id]
        }
        let kinds: [[String: Any]] = AidProjectKind.allCases.map { kind in
            let label = strings["aid_kind_\(kind.rawValue)"]
            return [
                "value": kind.rawValue, "label": "\(label)（\(Self.categoryNames(kind.careCategories, strings))）",
                "selected": form["projectKind"] == kind.rawValue,
            ]
        }
        let categories: [[String: Any]] = CareCategory.allCases.map { category in
            ["value": category.rawValue, "label": strings["care_\(category.rawValue)"], "checked": form["care_\(category.rawValue)"] == "1"]
        }
        model["canCreate"] = !communities.isEmpty
        model["communities"] = communityOptions
        model["chooseCommunity"] = communities.count > 1
        model["community"] = communities.first?.code ?? ""
        model["organisations"] = organisationOptions
        model["hasOrganisations"] = !organisations.isEmpty
        model["kinds"] = kinds
        model["categories"] = categories
    }

    @Sendable func createProject(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageServices)
        return try await Form.submit(request, context: context, as: principal) { form in
            let chosen = CareCategory.allCases.filter { form["care_\($0.rawValue)"] == "1" }.map(\.rawValue)
            let project = try await store.aidProjects.createProject(
                NewAidProject(
                    communityCode: form["community"] ?? "", partnerID: form["partnerID"] ?? "", title: form["title"] ?? "",
                    kind: form["projectKind"] ?? "", careCategories: chosen, startsOn: form["startsOn"] ?? "",
                    endsOn: form["endsOn"] ?? ""),
                by: principal)
            return AidProjectRoute.project.path(project.id)
        } refused: { errors, fields in
            try await renderList(context: context, period: .monthToDate(Date()), errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    /// The records one figure counted, newest first, with the figure's definition. People reached lists residents,
    /// masked.
    @Sendable func figureRecords(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try HealthStationPages.requireViewer(context)
        let strings = context.strings
        let measure = try AidMeasure.asked(request.uri.queryParameters["measure"])
        let period = try ReportingQuery.monthToDate(request)
        let records = try await store.aidProjects.records(measure, period: period, for: principal, limit: ProgrammeRecordsPage.shown)
        let model = ProgrammeRecordsPage.model(
            measure, count: records.count, records: records, period: period, back: AidProjectRoute.list.path(), strings)
        return pages.page("aidFigureRecords", title: strings[measure.nameKey], model: model, context: context)
    }
}
