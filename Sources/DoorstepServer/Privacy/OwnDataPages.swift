import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// The resident's own record on a page (see, download, ask to correct or delete), and the page where staff carry
/// out or refuse those requests.
struct OwnDataPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(OwnDataRoute.own, use: own)
        router.get(OwnDataRoute.exportOwn, use: OwnDataAPI(store: store).exportOwn)
        router.post(OwnDataRoute.makeRequest, use: makeRequest)
        router.get(OwnDataRoute.requests, use: requests)
        router.post(OwnDataRoute.decide, use: decide)
    }

    @Sendable func own(request: Request, context: AppRequestContext) async throws -> Response {
        let flash = request.uri.queryParameters["done"] == "requested" ? context.strings["me_request_made"] : nil
        return try await renderOwn(context: context, flash: flash)
    }

    private func renderOwn(
        context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:],
        status: HTTPResponse.Status = .ok, flash: String? = nil
    ) async throws -> Response {
        let principal = try context.requirePrincipal()
        let strings = context.strings
        var model: [String: Any] = [
            "fieldErrors": Display.fieldErrors(errors, strings), "form": form,
        ]
        do {
            let record = try await store.residents.ownRecord(for: principal, clientAddress: context.clientAddress)
            model["record"] = [
                "name": record.name, "idNumber": record.idNumber, "phone": record.phone ?? "—",
                "sex": record.sex.map { strings["sex_\($0.rawValue)"] } ?? "—", "birthDate": record.birthDate ?? "—",
                "relationToHead": strings.relation(record.relationToHead), "status": strings["status_\(record.residenceStatus.rawValue)"],
                "care": record.careCategories.isEmpty
                    ? strings["care_none"] : record.careCategories.map { strings["care_\($0.rawValue)"] }.joined(separator: "、"),
                "address": "\(record.address) \(record.building) \(record.unit) \(record.room)",
                "registeredAt": Display.time(record.registeredAt),
                "health": record.healthRecords.map { health -> [String: Any] in
                    [
                        "station": health.station, "day": health.recordedOn, "withdrawn": Display.shown(health.withdrawnOn),
                        "content": Display.shown(health.content.map { "\($0.purpose)：\($0.readings) \($0.notes)" }),
                    ]
                },
                "hasHealth": !record.healthRecords.isEmpty,
                "aid": record.aidProjects.map { place -> [String: Any] in
                    ["project": place.project, "addedOn": place.addedOn, "removedOn": Display.shown(place.removedOn)]
                },
                "hasAid": !record.aidProjects.isEmpty,
            ]
            model["fields"] = CorrectableField.allCases.map {
                ["code": $0.rawValue, "name": strings["correctable_\($0.rawValue)"], "selected": form["field"] == $0.rawValue]
            }
            model["requests"] = try await store.residents.ownRequests(for: principal).map { Self.row($0, strings) }
        } catch StoreError.notFound {
            model["notLinked"] = true
        }
        return pages.page("ownRecord", title: strings["me_title"], model: model, context: context, status: status, flash: flash)
    }

    @Sendable func makeRequest(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let form = try await Form.checked(request, context: context)
        do {
            let kind = form["kind"] == DataRequestKind.deletion.rawValue ? DataRequestKind.deletion : .correction
            if kind == .deletion, form["confirm"] != "1" {
                throw ValidationFailure([FieldError("confirm", .required)])
            }
            let (_, field) = try OwnDataAPI.parse(kind: kind.rawValue, field: form["field"])
            _ = try await store.residents.request(
                kind, field: field, value: form["value"], note: form["note"] ?? "", by: principal,
                clientAddress: context.clientAddress)
            return redirect(to: OwnDataRoute.own.path().query(["done": "requested"]))
        } catch let failure as ValidationFailure {
            return try await renderOwn(
                context: context, errors: failure.errors, form: form.typed,
                status: .unprocessableContent)
        }
    }

    @Sendable func requests(request: Request, context: AppRequestContext) async throws -> Response {
        let flash = request.uri.queryParameters["done"] == "decided" ? context.strings["requests_decided"] : nil
        return try await renderRequests(context: context, flash: flash)
    }

    private func renderRequests(
        context: AppRequestContext, errors: [FieldError] = [], status: HTTPResponse.Status = .ok, flash: String? = nil
    ) async throws -> Response {
        let principal = try context.require(.viewRegistry)
        let strings = context.strings
        let open = try await store.residents.dataRequests(for: principal)
        let model: [String: Any] = [
            "requests": open.map { Self.row($0, strings) }, "hasRequests": !open.isEmpty,
            "canDecide": principal.can(.editRegistry),
            "fieldErrors": Display.fieldErrors(errors, strings),
        ]
        return pages.page(
            "dataRequests", title: strings["requests_title"], model: model, context: context, status: status, flash: flash)
    }

    @Sendable func decide(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.editRegistry)
        let form = try await Form.checked(request, context: context)
        do {
            _ = try await store.residents.decide(
                request: try context.parameters.require("id"), carryOut: form["decision"] == "carryOut",
                note: form["note"] ?? "", by: principal, clientAddress: context.clientAddress)
            return redirect(to: OwnDataRoute.requests.path().query(["done": "decided"]))
        } catch let failure as ValidationFailure {
            return try await renderRequests(context: context, errors: failure.errors, status: .unprocessableContent)
        }
    }

    static func row(_ request: DataRequest, _ strings: Strings) -> [String: Any] {
        [
            "id": request.id, "residentID": request.residentID, "residentName": request.residentName,
            "kind": strings["request_kind_\(request.kind.rawValue)"],
            "field": request.field.map { strings["correctable_\($0.rawValue)"] } ?? "—",
            "value": request.proposedValue ?? "—", "note": request.note.isEmpty ? "—" : request.note,
            "status": strings["request_status_\(request.status.rawValue)"],
            "createdAt": Display.time(request.createdAt), "decisionNote": request.decisionNote ?? "",
        ]
    }
}
