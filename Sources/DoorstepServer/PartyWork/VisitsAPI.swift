import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// Household visits and opinions over JSON: record a visit (with an opinion heard and a case raised in one call),
/// the visit plan, opinions answered or turned into cases.
struct VisitsAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.post(VisitsAPIRoute.record, use: record)
        router.get(VisitsAPIRoute.plan, use: plan)
        router.get(VisitsAPIRoute.show, use: show)
        router.get(VisitsAPIRoute.photo, use: photo)
        router.post(VisitsAPIRoute.opinions, use: recordOpinion)
        router.get(VisitsAPIRoute.opinions, use: opinions)
        router.post(VisitsAPIRoute.answer, use: answer)
        router.post(VisitsAPIRoute.raiseCase, use: raiseCase)
    }

    struct OpinionInput: Decodable, Sendable {
        var source: OpinionSource?
        var topic: OpinionTopic?
        var content: String?
        var communityCode: String?
        var householdID: String?
        var collectedOn: String?
    }

    struct CaseInput: Decodable, Sendable {
        var categoryCode: String?
        var urgency: Urgency?
        var description: String?

        var raised: RaisedCase { RaisedCase(categoryCode: categoryCode ?? "", urgency: urgency ?? .routine, description: description ?? "") }
    }

    struct VisitInput: Decodable, Sendable {
        var householdID: String?
        var visitedOn: String?
        var findings: String?
        /// Base64 of one photo.
        var photo: String?
        var activityID: String?
        var opinion: OpinionInput?
        var `case`: CaseInput?
    }

    @Sendable func record(request: Request, context: AppRequestContext) async throws -> EditedResponse<Visit> {
        let principal = try context.require(.recordVisits)
        let body = try await request.decodeJSON(as: VisitInput.self, context: context, limit: BodyLimit.json(photos: 1))
        var photo: Photo?
        if let data = body.photo {
            do {
                guard let bytes = Data(base64Encoded: data) else { throw FieldProblem.photoFormat }
                photo = try Photo(checking: Array(bytes))
            } catch let problem as FieldProblem {
                throw AppError.validation([FieldError("photo", problem)])
            }
        }
        let visit = NewVisit(
            householdID: body.householdID ?? "", visitedOn: body.visitedOn ?? "", findings: body.findings ?? "", photo: photo,
            activityID: body.activityID,
            opinion: body.opinion.map { NewOpinion(source: .visit, topic: $0.topic ?? .other, content: $0.content ?? "") },
            raisedCase: body.case?.raised)
        let (recorded, created) = try await store.visits.record(visit, by: principal, key: request.headers[.idempotencyKey])
        return EditedResponse(status: created ? .created : .ok, response: recorded)
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Visit {
        try await store.visits.find(id: try context.parameters.require("id"), by: try context.requirePrincipal())
    }

    @Sendable func photo(request: Request, context: AppRequestContext) async throws -> Response {
        CasesAPI.image(try await store.visits.photo(of: try context.parameters.require("id"), by: try context.requirePrincipal()))
    }

    struct PlanResource: ResponseEncodable, Sendable {
        var items: [DueVisit]
    }

    /// The visit plan, soonest due first; `overdue=true` for only those already due.
    @Sendable func plan(request: Request, context: AppRequestContext) async throws -> PlanResource {
        let principal = try context.requirePrincipal()
        let overdue = request.uri.queryParameters["overdue"] == "true"
        return PlanResource(
            items: overdue ? try await store.visits.overdueVisits(for: principal) : try await store.visits.visitPlan(for: principal))
    }

    @Sendable func recordOpinion(request: Request, context: AppRequestContext) async throws -> EditedResponse<Opinion> {
        let principal = try context.require(.recordVisits)
        let body = try await request.decodeJSON(as: OpinionInput.self, context: context)
        let opinion = NewOpinion(source: body.source ?? .meeting, topic: body.topic ?? .other, content: body.content ?? "")
        return EditedResponse(
            status: .created,
            response: try await store.opinions.record(
                opinion, communityCode: body.communityCode, householdID: body.householdID,
                collectedOn: body.collectedOn ?? CalendarDay(containing: Date()).description, by: principal))
    }

    @Sendable func opinions(request: Request, context: AppRequestContext) async throws -> ListPage<Opinion> {
        let principal = try context.requirePrincipal()
        let onlyOpen = request.uri.queryParameters["status"] == "open"
        return ListPage(try await store.opinions.opinions(for: principal, onlyOpen: onlyOpen))
    }

    struct AnswerInput: Decodable, Sendable {
        var answer: String?
    }

    @Sendable func answer(request: Request, context: AppRequestContext) async throws -> Opinion {
        let principal = try context.require(.handleCases)
        let body = try await request.decodeJSON(as: AnswerInput.self, context: context)
        return try await store.opinions.answer(try context.parameters.require("id"), answer: body.answer ?? "", by: principal)
    }

    @Sendable func raiseCase(request: Request, context: AppRequestContext) async throws -> Opinion {
        let principal = try context.require(.handleCases)
        let body = try await request.decodeJSON(as: CaseInput.self, context: context)
        return try await store.opinions.raiseCase(try context.parameters.require("id"), body.raised, by: principal)
    }
}

extension Visit: ResponseEncodable {}
extension Opinion: ResponseEncodable {}
