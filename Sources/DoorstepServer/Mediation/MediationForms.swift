import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// The mediation section of a dispute case's page: set it up, record sittings, conclude.
struct MediationForms: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>, detail: @escaping @Sendable (String, AppRequestContext, [FieldError]) async throws -> Response) {
        router.post(MediationRoute.start) { request, context in
            try await handle(request, context, detail: detail) { id, form, principal in
                let parties = (1...4).compactMap { index -> NewMediation.Party? in
                    guard let name = form["party\(index)"], !name.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
                    return NewMediation.Party(name: name, side: index == 1 ? .applicant : index == 2 ? .respondent : .other)
                }
                _ = try await store.mediations.start(
                    NewMediation(mediatorName: form["mediatorName"] ?? "", parties: parties), on: id, by: principal)
            }
        }
        router.post(MediationRoute.addSession) { request, context in
            try await handle(request, context, detail: detail) { id, form, principal in
                _ = try await store.mediations.addSession(
                    to: id, heldOn: form["heldOn"] ?? "", place: form["place"] ?? "", notes: form["notes"] ?? "", by: principal)
            }
        }
        router.post(MediationRoute.conclude) { request, context in
            try await handle(request, context, detail: detail) { id, form, principal in
                guard let outcome = form["outcome"].flatMap(MediationOutcome.init(rawValue:)) else {
                    throw ValidationFailure([FieldError("outcome", .required)])
                }
                _ = try await store.mediations.conclude(id, outcome: outcome, agreement: form["agreement"] ?? "", by: principal)
            }
        }
    }

    private func handle(
        _ request: Request, _ context: AppRequestContext,
        detail: @Sendable (String, AppRequestContext, [FieldError]) async throws -> Response,
        _ body: @Sendable (String, Form, Principal) async throws -> Void
    ) async throws -> Response {
        let principal = try context.require(.handleCases)
        let id = try context.parameters.require("id")
        let form = try await Form.checked(request, context: context)
        do {
            try await body(id, form, principal)
            return redirect(to: CaseRoute.detail.path(id).fragment("mediation"))
        } catch let failure as ValidationFailure {
            var response = try await detail(id, context, failure.errors)
            response.status = .unprocessableContent
            return response
        }
    }

    /// The section's model for the case page; nil when the case is not a dispute or the viewer cannot see cases.
    static func model(_ mediation: Mediation?, strings: Strings, canHandle: Bool) -> [String: Any] {
        var model: [String: Any] = ["canHandle": canHandle]
        guard let mediation else {
            model["notStarted"] = true
            return model
        }
        model["mediator"] = mediation.mediatorName
        model["parties"] = mediation.parties.map { ["name": $0.nameMasked, "side": strings["party_\($0.side.rawValue)"]] }
        model["sessions"] = mediation.sessions.map {
            ["heldOn": $0.heldOn.description, "place": $0.place, "notes": $0.notes, "by": $0.recordedBy]
        }
        if let outcome = mediation.outcome {
            model["outcome"] = strings["outcome_\(outcome.rawValue)"]
            model["agreement"] = mediation.agreement ?? "***"
        } else {
            model["open"] = canHandle
            model["outcomes"] = MediationOutcome.allCases.map { ["code": $0.rawValue, "name": strings["outcome_\($0.rawValue)"]] }
        }
        return model
    }
}
