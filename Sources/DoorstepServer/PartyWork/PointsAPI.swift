import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// Party members' points over JSON: settings and rules, claims and their decisions, deductions and corrections,
/// ledgers, the year's stars, exemptions and quarterly publications.
struct PointsAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(PointsAPIRoute.settings, use: settings)
        router.put(PointsAPIRoute.settings, use: updateSettings)
        router.get(PointsAPIRoute.rules, use: rules)
        router.post(PointsAPIRoute.rules, use: addRule)
        router.post(PointsAPIRoute.retireRule, use: retireRule)
        router.get(PointsAPIRoute.claims, use: claims)
        router.post(PointsAPIRoute.claims, use: claim)
        router.post(PointsAPIRoute.decide, use: decide)
        router.post(PointsAPIRoute.deduct, use: deduct)
        router.post(PointsAPIRoute.correct, use: correct)
        router.get(PointsAPIRoute.ledger, use: ledger)
        router.get(PointsAPIRoute.year, use: year)
        router.post(PointsAPIRoute.exempt, use: exempt)
        router.get(PointsAPIRoute.publications, use: publications)
        router.post(PointsAPIRoute.publications, use: publish)
        router.post(PointsAPIRoute.object, use: object)
        router.post(PointsAPIRoute.answerObjection, use: answerObjection)
        router.put(PointsAPIRoute.linkAccount, use: linkAccount)
        router.put(PointsAPIRoute.setOfficer, use: setOfficer)
    }

    /// The community a request names, by default the caller's own.
    static func community(_ request: Request, _ principal: Principal) -> String {
        request.uri.queryParameters["community"].map(String.init) ?? principal.scope.communityCode ?? principal.scope.code
    }

    struct SettingsResource: ResponseEncodable, Decodable, Sendable {
        var basePoints: Int?
        var starBands: String?
        var visitIntervalDays: Int?
        var objectionDays: Int?
    }

    @Sendable func settings(request: Request, context: AppRequestContext) async throws -> SettingsResource {
        let principal = try context.require(.viewParty)
        let settings = try await store.points.settings(community: Self.community(request, principal), by: principal)
        return SettingsResource(
            basePoints: settings.basePoints, starBands: settings.starBands.text, visitIntervalDays: settings.visitIntervalDays,
            objectionDays: settings.objectionDays)
    }

    @Sendable func updateSettings(request: Request, context: AppRequestContext) async throws -> SettingsResource {
        let principal = try context.require(.managePartyWork)
        let body = try await request.decodeJSON(as: SettingsResource.self, context: context)
        let current = try await store.points.settings(community: Self.community(request, principal), by: principal)
        let bands = try body.starBands.map { try StarBands.parse($0) } ?? current.starBands
        let settings = PartyWorkSettings(
            basePoints: body.basePoints ?? current.basePoints, starBands: bands,
            visitIntervalDays: body.visitIntervalDays ?? current.visitIntervalDays, objectionDays: body.objectionDays ?? current.objectionDays)
        try await store.points.updateSettings(settings, community: Self.community(request, principal), by: principal)
        return try await self.settings(request: request, context: context)
    }

    @Sendable func rules(request: Request, context: AppRequestContext) async throws -> ListPage<PointRule> {
        let principal = try context.require(.viewParty)
        return ListPage(try await store.points.rules(community: Self.community(request, principal), by: principal))
    }

    struct RuleInput: Decodable, Sendable {
        var communityCode: String?
        var item: String?
        var points: Int?
        var capPerYear: Int?
        var trigger: PointTrigger?
        var evidenceRequired: Bool?
    }

    @Sendable func addRule(request: Request, context: AppRequestContext) async throws -> EditedResponse<PointRule> {
        let principal = try context.require(.managePartyWork)
        let body = try await request.decodeJSON(as: RuleInput.self, context: context)
        guard let trigger = body.trigger else {
            throw AppError.validation([FieldError("trigger", .unknownValue(allowed: PointTrigger.allCases.map(\.rawValue)))])
        }
        let rule = PointRule(
            id: "", communityCode: body.communityCode ?? principal.scope.communityCode ?? "", item: body.item ?? "",
            points: body.points ?? 0, capPerYear: body.capPerYear, trigger: trigger, evidenceRequired: body.evidenceRequired ?? false)
        return EditedResponse(status: .created, response: try await store.points.addRule(rule, by: principal))
    }

    @Sendable func retireRule(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        try await store.points.retireRule(try context.parameters.require("id"), by: try context.require(.managePartyWork))
        return .noContent
    }

    @Sendable func claims(request: Request, context: AppRequestContext) async throws -> ListPage<PointClaim> {
        let principal = try context.requirePrincipal()
        let status = request.uri.queryParameters["status"].flatMap { ClaimStatus(rawValue: String($0)) }
        let all = request.uri.queryParameters["status"] == "all"
        return ListPage(try await store.points.claims(by: principal, status: all ? nil : status ?? .pending))
    }

    struct ClaimInput: Decodable, Sendable {
        var ruleID: String?
        var earnedOn: String?
        var evidence: String?
    }

    @Sendable func claim(request: Request, context: AppRequestContext) async throws -> EditedResponse<PointClaim> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: ClaimInput.self, context: context)
        return EditedResponse(
            status: .created,
            response: try await store.points.claim(
                ruleID: body.ruleID ?? "", earnedOn: body.earnedOn ?? "", evidence: body.evidence ?? "", by: principal))
    }

    struct DecisionInput: Decodable, Sendable {
        var approve: Bool?
        var reason: String?
    }

    @Sendable func decide(request: Request, context: AppRequestContext) async throws -> PointClaim {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: DecisionInput.self, context: context)
        guard let approve = body.approve else { throw AppError.validation([FieldError("approve", .required)]) }
        return try await store.points.decide(
            claimID: try context.parameters.require("id"), approve: approve, reason: body.reason ?? "", by: principal)
    }

    struct DeductionInput: Decodable, Sendable {
        var memberID: String?
        var ruleID: String?
        var earnedOn: String?
        var reason: String?
    }

    @Sendable func deduct(request: Request, context: AppRequestContext) async throws -> EditedResponse<PointEntry> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: DeductionInput.self, context: context)
        return EditedResponse(
            status: .created,
            response: try await store.points.deduct(
                memberID: body.memberID ?? "", ruleID: body.ruleID ?? "", earnedOn: body.earnedOn ?? "", reason: body.reason ?? "",
                by: principal))
    }

    struct CorrectionInput: Decodable, Sendable {
        var entryID: String?
        var points: Int?
        var reason: String?
    }

    @Sendable func correct(request: Request, context: AppRequestContext) async throws -> EditedResponse<PointEntry> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: CorrectionInput.self, context: context)
        return EditedResponse(
            status: .created,
            response: try await store.points.correct(
                entryID: body.entryID ?? "", points: body.points ?? 0, reason: body.reason ?? "", by: principal))
    }

    static func year(_ request: Request) throws -> Int {
        guard let text = request.uri.queryParameters["year"] else { return CalendarDay(containing: Date()).year }
        guard let year = Int(text), (2000...2100).contains(year) else { throw AppError.validation([FieldError("year", .notANumber)]) }
        return year
    }

    @Sendable func ledger(request: Request, context: AppRequestContext) async throws -> ListPage<PointEntry> {
        let principal = try context.requirePrincipal()
        let member = try await PartyWorkQuery.member(request, principal, store: store)
        return ListPage(try await store.points.ledger(memberID: member, year: try Self.year(request), by: principal))
    }

    struct MemberYearResource: Encodable, Sendable {
        var memberID: String
        var memberName: String
        var orgID: String
        var year: Int
        var base: Int
        var earned: Int
        var total: Int
        /// `stars`, `unqualified` or `exempt`.
        var rating: String
        var stars: Int?

        init(_ year: MemberYear) {
            memberID = year.memberID
            memberName = year.memberName
            orgID = year.orgID
            self.year = year.year
            base = year.base
            earned = year.earned
            total = year.total
            switch year.rating {
            case .stars(let count):
                rating = "stars"
                stars = count
            case .unqualified: rating = "unqualified"
            case .exempt: rating = "exempt"
            }
        }
    }

    @Sendable func year(request: Request, context: AppRequestContext) async throws -> ListPage<MemberYearResource> {
        let principal = try context.requirePrincipal()
        let years = try await store.points.year(
            try Self.year(request), orgID: request.uri.queryParameters["org"].map(String.init), by: principal)
        return ListPage(years.map(MemberYearResource.init))
    }

    struct ExemptionInput: Decodable, Sendable {
        var memberID: String?
        var year: Int?
        var reason: String?
    }

    @Sendable func exempt(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: ExemptionInput.self, context: context)
        try await store.points.exempt(
            memberID: body.memberID ?? "", year: body.year ?? CalendarDay(containing: Date()).year, reason: body.reason ?? "",
            by: principal)
        return .created
    }

    @Sendable func publications(request: Request, context: AppRequestContext) async throws -> ListPage<PointsPublication> {
        let principal = try context.require(.viewParty)
        guard let org = request.uri.queryParameters["org"].map(String.init) else {
            throw AppError.validation([FieldError("org", .required)])
        }
        return ListPage(try await store.points.publications(orgID: org, by: principal))
    }

    struct PublishInput: Decodable, Sendable {
        var orgID: String?
        var quarter: String?
    }

    @Sendable func publish(request: Request, context: AppRequestContext) async throws -> EditedResponse<PointsPublication> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: PublishInput.self, context: context)
        guard let quarter = body.quarter.flatMap(Quarter.init(text:)) else {
            throw AppError.validation([FieldError("quarter", .dateFormat)])
        }
        return EditedResponse(
            status: .created, response: try await store.points.publish(orgID: body.orgID ?? "", quarter: quarter, by: principal))
    }

    struct ObjectionInput: Decodable, Sendable {
        var content: String?
        var answer: String?
    }

    @Sendable func object(request: Request, context: AppRequestContext) async throws -> EditedResponse<PointsPublication.Objection> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: ObjectionInput.self, context: context)
        return EditedResponse(
            status: .created,
            response: try await store.points.object(
                publicationID: try context.parameters.require("id"), content: body.content ?? "", by: principal))
    }

    @Sendable func answerObjection(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: ObjectionInput.self, context: context)
        try await store.points.answerObjection(try context.parameters.require("id"), answer: body.answer ?? "", by: principal)
        return .noContent
    }

    struct AccountInput: Decodable, Sendable {
        var username: String?
    }

    @Sendable func linkAccount(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        let principal = try context.require(.manageParty)
        let body = try await request.decodeJSON(as: AccountInput.self, context: context)
        try await store.party.linkAccount(
            memberID: try context.parameters.require("id"), username: body.username ?? "", by: principal)
        return .noContent
    }

    struct OfficerInput: Decodable, Sendable {
        var officer: Bool?
    }

    @Sendable func setOfficer(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        let principal = try context.require(.manageParty)
        let body = try await request.decodeJSON(as: OfficerInput.self, context: context)
        try await store.party.setOfficer(memberID: try context.parameters.require("id"), body.officer ?? false, by: principal)
        return .noContent
    }
}

extension PointRule: ResponseEncodable {}
extension PointClaim: ResponseEncodable {}
extension PointEntry: ResponseEncodable {}
extension PointsPublication: ResponseEncodable {}
extension PointsPublication.Objection: ResponseEncodable {}
