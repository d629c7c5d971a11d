import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// Aid projects (助老/助残/助困) over JSON: projects run by social organisations, their beneficiaries (drawn from the
/// care categories; names masked for the running organisation), the services delivered, and the figures with their
/// definitions and the records behind them.
struct AidProjectAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(AidProjectAPIRoute.projects, use: projects)
        router.post(AidProjectAPIRoute.projects, use: createProject)
        router.get(AidProjectAPIRoute.project, use: project)
        router.post(AidProjectAPIRoute.addBeneficiary, use: addBeneficiary)
        router.delete(AidProjectAPIRoute.removeBeneficiary, use: removeBeneficiary)
        router.post(AidProjectAPIRoute.recordService, use: recordService)
        router.get(AidProjectAPIRoute.figures, use: figures)
        router.get(AidProjectAPIRoute.figureRecords, use: figureRecords)
    }

    @Sendable func projects(request: Request, context: AppRequestContext) async throws -> ListPage<AidProjectListing> {
        ListPage(try await store.aidProjects.projects(by: try context.requirePrincipal()))
    }

    struct ProjectInput: Decodable, Sendable {
        var communityCode: String?
        var partnerID: String?
        var title: String?
        /// `elderly`, `disability` or `hardship`.
        var projectKind: String?
        /// Some of the kind's care categories; none means all of them.
        var careCategories: [String]?
        var startsOn: String?
        var endsOn: String?
    }

    @Sendable func createProject(request: Request, context: AppRequestContext) async throws -> EditedResponse<AidProject> {
        let principal = try context.require(.manageServices)
        let body = try await request.decodeJSON(as: ProjectInput.self, context: context)
        let project = try await store.aidProjects.createProject(
            NewAidProject(
                communityCode: body.communityCode ?? principal.scope.communityCode ?? "", partnerID: body.partnerID ?? "",
                title: body.title ?? "", kind: body.projectKind ?? "", careCategories: body.careCategories ?? [],
                startsOn: body.startsOn ?? "", endsOn: body.endsOn ?? ""),
            by: principal)
        return EditedResponse(status: .created, response: project)
    }

    /// A project with its beneficiaries now and its services, newest first.
    struct ProjectResource: ResponseEncodable, Sendable {
        var project: AidProject
        var beneficiaries: [AidBeneficiary]
        var services: [AidService]
    }

    @Sendable func project(request: Request, context: AppRequestContext) async throws -> ProjectResource {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id")
        let project = try await store.aidProjects.project(id: id, by: principal)
        return ProjectResource(
            project: project, beneficiaries: try await store.aidProjects.beneficiaries(projectID: id, by: principal),
            services: try await store.aidProjects.services(projectID: id, by: principal))
    }

    struct BeneficiaryInput: Decodable, Sendable {
        var residentID: String?
    }

    @Sendable func addBeneficiary(request: Request, context: AppRequestContext) async throws -> EditedResponse<AidBeneficiary> {
        let principal = try context.require(.manageServices)
        let body = try await request.decodeJSON(as: BeneficiaryInput.self, context: context)
        let beneficiary = try await store.aidProjects.addBeneficiary(
            projectID: try context.parameters.require("id"), residentID: body.residentID ?? "", by: principal,
            clientAddress: context.clientAddress)
        return EditedResponse(status: .created, response: beneficiary)
    }

    @Sendable func removeBeneficiary(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        let principal = try context.require(.manageServices)
        try await store.aidProjects.removeBeneficiary(
            projectID: try context.parameters.require("id"), residentID: try context.parameters.require("resident"), by: principal,
            clientAddress: context.clientAddress)
        return .noContent
    }

    struct ServiceInput: Decodable, Sendable {
        var day: String?
        /// The beneficiaries served: residents who are the project's beneficiaries now.
        var residentIDs: [String]?
        var note: String?
    }

    @Sendable func recordService(request: Request, context: AppRequestContext) async throws -> EditedResponse<AidService> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: ServiceInput.self, context: context)
        let service = try await store.aidProjects.recordService(
            NewAidService(day: body.day ?? "", residentIDs: body.residentIDs ?? [], note: body.note ?? ""),
            projectID: try context.parameters.require("id"), by: principal)
        return EditedResponse(status: .created, response: service)
    }



    @Sendable func figures(request: Request, context: AppRequestContext) async throws -> ProgrammeFigures<AidMeasure> {
        let principal = try context.requirePrincipal()
        let period = try ReportingQuery.monthToDate(request)
        let figures = try await store.aidProjects.figures(period: period, for: principal)
        return ProgrammeFigures(period, figures.map { ($0.measure, $0.count, $0.records) }, context.strings)
    }

    /// Every record one figure counted (up to 1,000), for the drill-down: each record is one counted thing.
    @Sendable func figureRecords(request: Request, context: AppRequestContext) async throws -> ProgrammeFigureRecords<AidMeasure> {
        let principal = try context.requirePrincipal()
        let measure = try AidMeasure.asked(context.parameters.get("measure"))
        let period = try ReportingQuery.monthToDate(request)
        let records = try await store.aidProjects.records(measure, period: period, for: principal)
        return ProgrammeFigureRecords(period, measure, count: records.count, records: records, context.strings)
    }
}

extension AidProject: ResponseEncodable {}
extension AidProjectListing: ResponseEncodable {}
extension AidBeneficiary: ResponseEncodable {}
extension AidService: ResponseEncodable {}
