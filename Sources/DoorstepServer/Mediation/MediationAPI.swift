import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// Mediation of a dispute case over JSON: set up, sittings, outcome. Parties come back masked.
struct MediationAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(MediationAPIRoute.mediation, use: show)
        router.post(MediationAPIRoute.mediation, use: start)
        router.post(MediationAPIRoute.addSession, use: addSession)
        router.post(MediationAPIRoute.conclude, use: conclude)
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Mediation {
        let principal = try context.require(.viewCases)
        guard let mediation = try await store.mediations.mediation(of: try context.parameters.require("id"), by: principal) else {
            throw AppError.notFound
        }
        return mediation
    }

    struct StartInput: Decodable, Sendable {
        struct Party: Decodable, Sendable {
            var name: String?
            var side: MediationParty.Side?
            var residentID: String?
        }
        var mediatorName: String?
        var mediatorMemberID: String?
        var parties: [Party]?
    }

    @Sendable func start(request: Request, context: AppRequestContext) async throws -> EditedResponse<Mediation> {
        let principal = try context.require(.handleCases)
        let body = try await request.decodeJSON(as: StartInput.self, context: context)
        let new = NewMediation(
            mediatorName: body.mediatorName ?? "", mediatorMemberID: body.mediatorMemberID,
            parties: (body.parties ?? []).map { .init(name: $0.name ?? "", side: $0.side ?? .other, residentID: $0.residentID) })
        return EditedResponse(
            status: .created, response: try await store.mediations.start(new, on: try context.parameters.require("id"), by: principal))
    }

    struct SessionInput: Decodable, Sendable {
        var heldOn: String?
        var place: String?
        var notes: String?
    }

    @Sendable func addSession(request: Request, context: AppRequestContext) async throws -> Mediation {
        let principal = try context.require(.handleCases)
        let body = try await request.decodeJSON(as: SessionInput.self, context: context)
        return try await store.mediations.addSession(
            to: try context.parameters.require("id"), heldOn: body.heldOn ?? "", place: body.place ?? "", notes: body.notes ?? "",
            by: principal)
    }

    struct OutcomeInput: Decodable, Sendable {
        var outcome: MediationOutcome?
        var agreement: String?
    }

    @Sendable func conclude(request: Request, context: AppRequestContext) async throws -> Mediation {
        let principal = try context.require(.handleCases)
        let body = try await request.decodeJSON(as: OutcomeInput.self, context: context)
        guard let outcome = body.outcome else {
            throw AppError.validation([FieldError("outcome", .unknownValue(allowed: MediationOutcome.allCases.map(\.rawValue)))])
        }
        return try await store.mediations.conclude(
            try context.parameters.require("id"), outcome: outcome, agreement: body.agreement ?? "", by: principal)
    }
}

extension Mediation: ResponseEncodable {}
