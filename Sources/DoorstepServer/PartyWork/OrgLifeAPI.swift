import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// Organisational life, pledges, cards and posts over JSON.
struct OrgLifeAPI: Sendable {
    let store: Store

    func register(on api: RouterGroup<AppRequestContext>) {
        api.get("meetings", use: meetings)
        api.post("meetings", use: schedule)
        api.get("meetings/:id", use: meeting)
        api.post("meetings/:id/check-in", use: checkIn)
        api.post("meetings/:id/attendance", use: mark)
        api.post("meetings/:id/minutes", use: minutes)
        api.get("meeting-attachments/:id", use: attachment)
        api.get("pledges", use: pledges)
        api.post("pledges", use: pledge)
        api.post("pledges/:id/progress", use: progress)
        api.post("pledges/:id/fulfilment", use: fulfil)
        api.post("pledges/:id/confirmation", use: confirm)
        api.get("pledges/to-confirm", use: toConfirm)
        api.get("me/card", use: card)
        api.put("me/card", use: setCard)
        api.get("public/board/:code", use: board)
        api.get("posts", use: posts)
        api.post("posts", use: addPost)
        api.post("zones", use: addZone)
        api.post("holdings", use: assign)
        api.post("holdings/:id/end", use: relieve)
    }

    @Sendable func meetings(request: Request, context: AppRequestContext) async throws -> ListPage<OrgLifeMeeting> {
        let principal = try context.requirePrincipal()
        return ListPage(items: try await store.orgLife.meetings(period: try PartyWorkQuery.period(request), by: principal), nextCursor: nil)
    }

    struct MeetingInput: Decodable, Sendable {
        var orgID: String?
        var kind: OrgLifeKind?
        var title: String?
        var heldOn: String?
        var place: String?
    }

    @Sendable func schedule(request: Request, context: AppRequestContext) async throws -> EditedResponse<OrgLifeMeeting> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: MeetingInput.self, context: context)
        guard let kind = body.kind else {
            throw AppError.validation([FieldError("kind", .unknownValue(allowed: OrgLifeKind.allCases.map(\.rawValue)))])
        }
        return EditedResponse(
            status: .created,
            response: try await store.orgLife.schedule(
                orgID: body.orgID ?? "", kind: kind, title: body.title ?? "", heldOn: body.heldOn ?? "", place: body.place ?? "",
                by: principal))
    }

    @Sendable func meeting(request: Request, context: AppRequestContext) async throws -> OrgLifeMeeting {
        try await store.orgLife.meeting(try context.parameters.require("id"), by: try context.requirePrincipal())
    }

    @Sendable func checkIn(request: Request, context: AppRequestContext) async throws -> OrgLifeMeeting {
        try await store.orgLife.checkIn(meetingID: try context.parameters.require("id"), by: try context.requirePrincipal())
    }

    struct MarkInput: Decodable, Sendable {
        var memberID: String?
        var status: AttendanceStatus?
        var reason: String?
    }

    @Sendable func mark(request: Request, context: AppRequestContext) async throws -> OrgLifeMeeting {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: MarkInput.self, context: context)
        guard let status = body.status else {
            throw AppError.validation([FieldError("status", .unknownValue(allowed: AttendanceStatus.allCases.map(\.rawValue)))])
        }
        return try await store.orgLife.mark(
            meetingID: try context.parameters.require("id"), memberID: body.memberID ?? "", status: status, reason: body.reason ?? "",
            by: principal)
    }

    struct MinutesInput: Decodable, Sendable {
        var minutes: String?
        var attachments: [CasesAPI.PhotoInput]?
    }

    @Sendable func minutes(request: Request, context: AppRequestContext) async throws -> OrgLifeMeeting {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: MinutesInput.self, context: context)
        return try await store.orgLife.recordMinutes(
            meetingID: try context.parameters.require("id"), minutes: body.minutes ?? "",
            attachments: try CasesAPI.photos(body.attachments), by: principal)
    }

    @Sendable func attachment(request: Request, context: AppRequestContext) async throws -> Response {
        CasesAPI.image(try await store.orgLife.attachment(try context.parameters.require("id"), by: try context.requirePrincipal()))
    }

    @Sendable func pledges(request: Request, context: AppRequestContext) async throws -> ListPage<Pledge> {
        let principal = try context.requirePrincipal()
        let member = try await PartyWorkQuery.member(request, principal, store: store)
        return ListPage(
            items: try await store.pledges.pledges(memberID: member, year: try PointsAPI.year(request), by: principal), nextCursor: nil)
    }

    struct PledgeInput: Decodable, Sendable {
        var content: String?
        var dueOn: String?
        var note: String?
        var evidence: String?
    }

    @Sendable func pledge(request: Request, context: AppRequestContext) async throws -> EditedResponse<Pledge> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: PledgeInput.self, context: context)
        return EditedResponse(
            status: .created, response: try await store.pledges.pledge(content: body.content ?? "", dueOn: body.dueOn ?? "", by: principal))
    }

    @Sendable func progress(request: Request, context: AppRequestContext) async throws -> Pledge {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: PledgeInput.self, context: context)
        return try await store.pledges.noteProgress(pledgeID: try context.parameters.require("id"), note: body.note ?? "", by: principal)
    }

    @Sendable func fulfil(request: Request, context: AppRequestContext) async throws -> Pledge {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: PledgeInput.self, context: context)
        return try await store.pledges.fulfil(pledgeID: try context.parameters.require("id"), evidence: body.evidence ?? "", by: principal)
    }

    @Sendable func confirm(request: Request, context: AppRequestContext) async throws -> Pledge {
        try await store.pledges.confirm(pledgeID: try context.parameters.require("id"), by: try context.requirePrincipal())
    }

    @Sendable func toConfirm(request: Request, context: AppRequestContext) async throws -> ListPage<Pledge> {
        ListPage(items: try await store.pledges.toConfirm(by: try context.requirePrincipal()), nextCursor: nil)
    }

    @Sendable func card(request: Request, context: AppRequestContext) async throws -> MemberCardConsent {
        try await store.pledges.card(by: try context.requirePrincipal())
    }

    struct CardInput: Decodable, Sendable {
        var published: Bool?
        var showPhoto: Bool?
        var showPosts: Bool?
        var showGrid: Bool?
        var showContact: Bool?
        var contactPhone: String?
        /// Base64 of a new photo.
        var photo: String?
    }

    @Sendable func setCard(request: Request, context: AppRequestContext) async throws -> MemberCardConsent {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: CardInput.self, context: context)
        let photo = try body.photo.map { try CasesAPI.photos([CasesAPI.PhotoInput(data: $0)])[0] }
        try await store.pledges.setCard(
            MemberCardConsent(
                published: body.published ?? false, showPhoto: body.showPhoto ?? false, showPosts: body.showPosts ?? false,
                showGrid: body.showGrid ?? false, showContact: body.showContact ?? false, contactPhone: body.contactPhone ?? ""),
            photo: photo, by: principal)
        return try await store.pledges.card(by: principal)
    }

    /// A card as the public sees it: what its member consented to show, each pledge by its words and whether it is
    /// kept (not the evidence or progress notes, which may name residents), the year's results.
    struct BoardCardResource: Encodable, Sendable {
        struct PledgeLine: Encodable, Sendable {
            var content: String
            var dueOn: String
            var state: PledgeState
        }
        var name: String
        var organisation: String
        var grid: String?
        var posts: [String]
        var phone: String?
        var photo: String?
        var pledges: [PledgeLine]
        var results: [String: Int]

        init(_ card: MemberCard) {
            name = card.name
            organisation = card.orgName
            grid = card.gridName
            posts = card.posts
            phone = card.contactPhone
            photo = card.hasPhoto ? "/board/photos/\(card.memberID)" : nil
            pledges = card.pledges.map { PledgeLine(content: $0.content, dueOn: $0.dueOn, state: $0.state) }
            results = Dictionary(uniqueKeysWithValues: card.figures.map { ($0.measure.rawValue, $0.count) })
        }
    }

    /// The public board of a community (`grid=` for one grid): no account needed.
    @Sendable func board(request: Request, context: AppRequestContext) async throws -> ListPage<BoardCardResource> {
        ListPage(
            items: try await store.pledges.board(
                communityCode: try context.parameters.require("code"), gridCode: request.uri.queryParameters["grid"].map(String.init),
                year: try PointsAPI.year(request)
            ).map(BoardCardResource.init),
            nextCursor: nil)
    }

    struct HoldingResource: Encodable, Sendable {
        var id: String
        var name: String
        var duties: String
        var active: Bool
        var buildingIDs: [String]?
        var holders: [Assignment]
    }

    struct CatalogueResource: ResponseEncodable, Sendable {
        var posts: [HoldingResource]
        var zones: [HoldingResource]
    }

    @Sendable func posts(request: Request, context: AppRequestContext) async throws -> CatalogueResource {
        let principal = try context.require(.viewParty)
        let (posts, zones) = try await store.posts.catalogue(communityCode: PointsAPI.community(request, principal), by: principal)
        return CatalogueResource(
            posts: posts.map { HoldingResource(id: $0.0.id, name: $0.0.name, duties: $0.0.duties, active: $0.0.active, holders: $0.1) },
            zones: zones.map {
                HoldingResource(id: $0.0.id, name: $0.0.name, duties: $0.0.duties, active: true, buildingIDs: $0.0.buildingIDs, holders: $0.1)
            })
    }

    struct HoldingInput: Decodable, Sendable {
        var communityCode: String?
        var name: String?
        var duties: String?
        var buildingIDs: [String]?
    }

    @Sendable func addPost(request: Request, context: AppRequestContext) async throws -> EditedResponse<VanguardPost> {
        let principal = try context.require(.managePartyWork)
        let body = try await request.decodeJSON(as: HoldingInput.self, context: context)
        return EditedResponse(
            status: .created,
            response: try await store.posts.addPost(
                name: body.name ?? "", duties: body.duties ?? "",
                communityCode: body.communityCode ?? principal.scope.communityCode ?? "", by: principal))
    }

    @Sendable func addZone(request: Request, context: AppRequestContext) async throws -> EditedResponse<ResponsibilityZone> {
        let principal = try context.require(.managePartyWork)
        let body = try await request.decodeJSON(as: HoldingInput.self, context: context)
        return EditedResponse(
            status: .created,
            response: try await store.posts.addZone(
                name: body.name ?? "", duties: body.duties ?? "", buildingIDs: body.buildingIDs ?? [],
                communityCode: body.communityCode ?? principal.scope.communityCode ?? "", by: principal))
    }

    struct AssignInput: Decodable, Sendable {
        var holdingID: String?
        var memberID: String?
        var fromOn: String?
        var toOn: String?
    }

    @Sendable func assign(request: Request, context: AppRequestContext) async throws -> EditedResponse<Assignment> {
        let principal = try context.require(.managePartyWork)
        let body = try await request.decodeJSON(as: AssignInput.self, context: context)
        return EditedResponse(
            status: .created,
            response: try await store.posts.assign(
                holdingID: body.holdingID ?? "", memberID: body.memberID ?? "", fromOn: body.fromOn ?? "", by: principal))
    }

    @Sendable func relieve(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        let principal = try context.require(.managePartyWork)
        let body = try await request.decodeJSON(as: AssignInput.self, context: context)
        try await store.posts.relieve(assignmentID: try context.parameters.require("id"), toOn: body.toOn ?? "", by: principal)
        return .noContent
    }
}

extension OrgLifeMeeting: ResponseEncodable {}
extension Pledge: ResponseEncodable {}
extension MemberCardConsent: ResponseEncodable {}
extension VanguardPost: ResponseEncodable {}
extension ResponsibilityZone: ResponseEncodable {}
extension Assignment: ResponseEncodable {}
