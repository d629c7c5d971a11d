import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// Whose figures a request asks for (`member=…` or `team=…`, else the caller's territory) and over which days.
enum PartyWorkQuery {
    static func subject(_ request: Request) -> FigureSubject {
        let query = request.uri.queryParameters
        if let member = query["member"], !member.isEmpty { return .member(String(member)) }
        if let team = query["team"], !team.isEmpty { return .team(String(team)) }
        return .scope
    }

    /// The link keeping the subject, as `member=…` or `team=…`.
    static func keeping(_ subject: FigureSubject, _ link: Link) -> Link {
        switch subject {
        case .scope: link
        case .member(let id): link.query(["member": id])
        case .team(let id): link.query(["team": id])
        }
    }


    /// The member a request names (`member=`), by default the signed-in member.
    static func member(_ request: Request, _ principal: Principal, store: Store) async throws -> String {
        if let member = request.uri.queryParameters["member"] { return String(member) }
        guard let me = try await store.party.signedInMember(principal) else {
            throw AppError.validation([FieldError("member", .required)])
        }
        return me.id
    }

    static func measure(_ request: Request) throws -> PartyWorkMeasure {
        try PartyWorkMeasure.asked(request.uri.queryParameters["measure"])
    }
}
