import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// Partners, their co-building agreements and their report over JSON.
struct PartnersAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(PartnersAPIRoute.partners, use: partners)
        router.post(PartnersAPIRoute.partners, use: registerPartner)
        router.get(PartnersAPIRoute.report, use: report)
        router.put(PartnersAPIRoute.link, use: link)
        router.post(PartnersAPIRoute.reportMember, use: reportMember)
        router.post(PartnersAPIRoute.sign, use: sign)
        router.post(PartnersAPIRoute.fulfil, use: fulfil)
        router.get(PartnersAPIRoute.renewals, use: renewals)
    }

    @Sendable func partners(request: Request, context: AppRequestContext) async throws -> ListPage<Partner> {
        ListPage(try await store.partners.list(by: try context.requirePrincipal()))
    }

    struct PartnerInput: Decodable, Sendable {
        var community: String?
        var kind: String?
        var name: String?
        var contactName: String?
        var contactPhone: String?
        var partyOrganisation: String?
    }

    @Sendable func registerPartner(request: Request, context: AppRequestContext) async throws -> EditedResponse<Partner> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: PartnerInput.self, context: context)
        let partner = try await store.partners.register(
            NewPartner(
                kind: body.kind ?? "", name: body.name ?? "", contactName: body.contactName ?? "", contactPhone: body.contactPhone ?? "",
                partyOrganisation: body.partyOrganisation ?? ""),
            communityCode: body.community ?? principal.scope.communityCode ?? principal.scope.code, by: principal)
        return EditedResponse(status: .created, response: partner)
    }

    /// The report with its figures counted, so a client need not add them up.
    struct ReportResource: ResponseEncodable, Sendable {
        var report: PartnerReport
        var commitments: Int
        var commitmentsFulfilled: Int
        var projects: Int
        var targetPeople: Int
        var peopleReached: Int
        var reportedMembers: Int
    }

    @Sendable func report(request: Request, context: AppRequestContext) async throws -> ReportResource {
        let report = try await store.partners.report(partnerID: try context.parameters.require("id"), by: try context.requirePrincipal())
        return ReportResource(
            report: report, commitments: report.commitments.count, commitmentsFulfilled: report.commitmentsFulfilled,
            projects: report.projects.count, targetPeople: report.targetPeople, peopleReached: report.peopleReached,
            reportedMembers: report.reportedMembers.count)
    }

    struct AccountInput: Decodable, Sendable {
        var username: String?
    }

    @Sendable func link(request: Request, context: AppRequestContext) async throws -> Partner {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id")
        let body = try await request.decodeJSON(as: AccountInput.self, context: context)
        guard let account = try await store.accounts.account(username: body.username ?? "") else {
            throw AppError.validation([FieldError("username", .notFound)])
        }
        try await store.partners.link(partnerID: id, accountID: account.id, by: principal)
        return try await store.partners.partner(id, by: principal)
    }

    struct MemberInput: Decodable, Sendable {
        var name: String?
        var memberID: String?
        var reportedOn: String?
    }

    @Sendable func reportMember(request: Request, context: AppRequestContext) async throws -> EditedResponse<ReportedMember> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: MemberInput.self, context: context)
        let member = try await store.partners.reportMember(
            partnerID: try context.parameters.require("id"), name: body.name ?? "", memberID: body.memberID,
            reportedOn: body.reportedOn ?? "", by: principal)
        return EditedResponse(status: .created, response: member)
    }

    struct AgreementInput: Decodable, Sendable {
        struct Item: Decodable, Sendable {
            var kind: String?
            var content: String?
            var owner: String?
            var dueOn: String?
        }
        var title: String?
        var startsOn: String?
        var endsOn: String?
        var commitments: [Item]?
    }

    @Sendable func sign(request: Request, context: AppRequestContext) async throws -> EditedResponse<Agreement> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: AgreementInput.self, context: context)
        let agreement = try await store.agreements.sign(
            NewAgreement(
                title: body.title ?? "", startsOn: body.startsOn ?? "", endsOn: body.endsOn ?? "",
                commitments: (body.commitments ?? []).map {
                    NewAgreement.Item(kind: $0.kind ?? "", content: $0.content ?? "", owner: $0.owner ?? "", dueOn: $0.dueOn ?? "")
                }),
            partnerID: try context.parameters.require("id"), by: principal)
        return EditedResponse(status: .created, response: agreement)
    }

    struct FulfilmentInput: Decodable, Sendable {
        var fulfilledOn: String?
        var evidence: String?
    }

    @Sendable func fulfil(request: Request, context: AppRequestContext) async throws -> Commitment {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: FulfilmentInput.self, context: context)
        return try await store.agreements.fulfil(
            commitmentID: try context.parameters.require("id"), on: body.fulfilledOn ?? "", evidence: body.evidence ?? "", by: principal)
    }

    @Sendable func renewals(request: Request, context: AppRequestContext) async throws -> ListPage<Agreement> {
        ListPage(try await store.agreements.dueForRenewal(by: try context.requirePrincipal()))
    }
}

extension Partner: ResponseEncodable {}
extension ReportedMember: ResponseEncodable {}
extension Agreement: ResponseEncodable {}
extension Commitment: ResponseEncodable {}
