import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// The public board (亮身份、亮承诺、亮业绩) residents open without an account: each member's card as they
/// consented, with this year's pledges and results counted from the records.
struct BoardPage: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(BoardRoute.board, use: board)
        router.get(BoardRoute.photo, use: photo)
    }

    @Sendable func board(request: Request, context: AppRequestContext) async throws -> Response {
        let strings = context.strings
        let code = try context.parameters.require("code")
        guard let community = try await store.territory.publicCommunities().first(where: { $0.code == code }) else {
            throw AppError.notFound
        }
        let grid = request.uri.queryParameters["grid"].map(String.init)
        let year = CalendarDay(containing: Date()).year
        let cards = try await store.pledges.board(communityCode: code, gridCode: grid, year: year)
        let model: [String: Any] = [
            "community": community.name, "year": year,
            "cards": cards.map { card in
                [
                    "name": card.name, "org": card.orgName, "grid": Display.shown(card.gridName), "posts": Display.shown(card.posts.joined(separator: "、")),
                    "phone": Display.shown(card.contactPhone), "photo": Display.shown(card.hasPhoto ? BoardRoute.photo.path(card.memberID) : nil),
                    "pledges": card.pledges.map {
                        ["content": $0.content, "state": strings["pledge_state_\($0.state.rawValue)"]]
                    },
                    "results": card.figures.map {
                        ["label": strings[$0.measure.nameKey], "count": $0.count, "unit": strings.unit($0.measure.unitKey, count: $0.count)]
                            as [String: Any]
                    },
                ] as [String: Any]
            },
        ]
        return pages.page("board", title: strings["board_title"], model: model, context: context)
    }

    @Sendable func photo(request: Request, context: AppRequestContext) async throws -> Response {
        CasesAPI.image(try await store.pledges.cardPhoto(memberID: try context.parameters.require("id")))
    }
}
