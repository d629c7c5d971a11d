import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// Pledges, a member's public card and the public board over JSON.
struct PledgesAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(PledgesAPIRoute.pledges, use: pledges)
        router.post(PledgesAPIRoute.pledges, use: pledge)
        router.post(PledgesAPIRoute.progress, use: progress)
        router.post(PledgesAPIRoute.fulfil, use: fulfil)
        router.post(PledgesAPIRoute.confirm, use: confirm)
        router.get(PledgesAPIRoute.toConfirm, use: toConfirm)
        router.get(PledgesAPIRoute.card, use: card)
        router.put(PledgesAPIRoute.card, use: setCard)
        router.get(PledgesAPIRoute.board, use: board)
    }

    @Sendable func pledges(request: Request, context: AppRequestContext) async throws -> ListPage<Pledge> {
        let principal = try context.requirePrincipal()
        let member = try await PartyWorkQuery.member(request, principal, store: store)
        return ListPage(try await store.pledges.pledges(memberID: member, year: try PointsAPI.year(request), by: principal))
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
        ListPage(try await store.pledges.toConfirm(by: try context.requirePrincipal()))
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
        let body = try await request.decodeJSON(as: CardInput.self, context: context, limit: BodyLimit.json(photos: 1))
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
            photo = card.hasPhoto ? BoardRoute.photo.path(card.memberID).description : nil
            pledges = card.pledges.map { PledgeLine(content: $0.content, dueOn: $0.dueOn, state: $0.state) }
            results = Dictionary(uniqueKeysWithValues: card.figures.map { ($0.measure.rawValue, $0.count) })
        }
    }

    /// The public board of a community (`grid=` for one grid): no account needed.
    @Sendable func board(request: Request, context: AppRequestContext) async throws -> ListPage<BoardCardResource> {
        ListPage(try await store.pledges.board(
                communityCode: try context.parameters.require("code"), gridCode: request.uri.queryParameters["grid"].map(String.init),
                year: try PointsAPI.year(request)
            ).map(BoardCardResource.init))
    }
}

extension Pledge: ResponseEncodable {}
extension MemberCardConsent: ResponseEncodable {}
