import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// A resident's own record (see, export, ask to correct or delete) and staff's side of those requests. The
/// resident's record is the one linked to their account; staff see requests inside their scope.
struct OwnDataAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(OwnDataAPIRoute.ownRecord, use: ownRecord)
        router.get(OwnDataAPIRoute.exportOwn, use: exportOwn)
        router.get(OwnDataAPIRoute.ownRequests, use: ownRequests)
        router.post(OwnDataAPIRoute.ownRequests, use: makeRequest)
        router.get(OwnDataAPIRoute.dataRequests, use: dataRequests)
        router.post(OwnDataAPIRoute.decide, use: decide)
        router.patch(RegistryAPIRoute.resident, use: correct)  // the record itself, corrected by staff
        router.post(OwnDataAPIRoute.linkAccount, use: linkAccount)
    }

    @Sendable func ownRecord(request: Request, context: AppRequestContext) async throws -> OwnRecord {
        try await store.residents.ownRecord(for: try context.requirePrincipal(), clientAddress: context.clientAddress)
    }

    /// The same record as a file to keep, in JSON.
    @Sendable func exportOwn(request: Request, context: AppRequestContext) async throws -> Response {
        let record = try await store.residents.ownRecord(
            for: try context.requirePrincipal(), exported: true, clientAddress: context.clientAddress)
        var response = try record.response(from: request, context: context)
        response.headers[.contentDisposition] = "attachment; filename=\"my-record.json\""
        response.headers[.cacheControl] = "no-store"
        return response
    }

    @Sendable func ownRequests(request: Request, context: AppRequestContext) async throws -> ListPage<DataRequest> {
        ListPage(try await store.residents.ownRequests(for: try context.requirePrincipal()))
    }

    struct RequestInput: Decodable, Sendable {
        var kind: String?
        var field: String?
        var value: String?
        var note: String?
    }

    @Sendable func makeRequest(request: Request, context: AppRequestContext) async throws -> EditedResponse<DataRequest> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: RequestInput.self, context: context)
        let (kind, field) = try Self.parse(kind: body.kind, field: body.field)
        let made = try await store.residents.request(
            kind, field: field, value: body.value, note: body.note ?? "", by: principal, clientAddress: context.clientAddress)
        return EditedResponse(status: .created, response: made)
    }

    /// The kind and field named in a request, or every problem with them.
    static func parse(kind: String?, field: String?) throws(ValidationFailure) -> (DataRequestKind, CorrectableField?) {
        var validator = Validator()
        let kindValue = DataRequestKind(rawValue: kind ?? "")
        if kindValue == nil {
            validator.check("kind", .unknownValue(allowed: DataRequestKind.allCases.map(\.rawValue)))
        }
        let fieldValue = field.flatMap { $0.isEmpty ? nil : $0 }.map { CorrectableField(rawValue: $0) }
        if case .some(.none) = fieldValue {
            validator.check("field", .unknownValue(allowed: CorrectableField.allCases.map(\.rawValue)))
        }
        try validator.throwIfAny()
        return (kindValue!, fieldValue ?? nil)
    }

    @Sendable func dataRequests(request: Request, context: AppRequestContext) async throws -> ListPage<DataRequest> {
        let principal = try context.require(.viewRegistry)
        let status = request.uri.queryParameters["status"].map(String.init)
        if let status, status != "all", DataRequestStatus(rawValue: status) == nil {
            throw AppError.validation([
                FieldError("status", .unknownValue(allowed: DataRequestStatus.allCases.map(\.rawValue) + ["all"]))
            ])
        }
        let filter = status == "all" ? nil : DataRequestStatus(rawValue: status ?? "open")
        return ListPage(try await store.residents.dataRequests(for: principal, status: filter))
    }

    struct DecisionInput: Decodable, Sendable {
        var carryOut: Bool?
        var note: String?
    }

    @Sendable func decide(request: Request, context: AppRequestContext) async throws -> DataRequest {
        let principal = try context.require(.editRegistry)
        let body = try await request.decodeJSON(as: DecisionInput.self, context: context)
        guard let carryOut = body.carryOut else { throw AppError.validation([FieldError("carryOut", .required)]) }
        return try await store.residents.decide(
            request: try context.parameters.require("id"), carryOut: carryOut, note: body.note ?? "", by: principal,
            clientAddress: context.clientAddress)
    }

    struct CorrectionInput: Decodable, Sendable {
        var name: String?
        var idNumber: String?
        var phone: String?
        var relationToHead: String?
        var residenceStatus: String?
        var reason: String?
    }

    /// Staff correct fields of a record directly; only the fields present change.
    @Sendable func correct(request: Request, context: AppRequestContext) async throws -> Resident {
        let principal = try context.require(.editRegistry)
        let body = try await request.decodeJSON(as: CorrectionInput.self, context: context)
        var changes: [CorrectableField: String] = [:]
        changes[.name] = body.name
        changes[.idNumber] = body.idNumber
        changes[.phone] = body.phone
        changes[.relationToHead] = body.relationToHead
        changes[.residenceStatus] = body.residenceStatus
        guard !changes.isEmpty else { throw AppError.validation([FieldError("changes", .required)]) }
        return try await store.residents.correct(
            try context.parameters.require("id"), changes: changes, reason: body.reason, by: principal,
            clientAddress: context.clientAddress)
    }

    struct LinkInput: Decodable, Sendable {
        var username: String?
        var idNumber: String?
    }

    @Sendable func linkAccount(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        let principal = try context.require(.editRegistry)
        let body = try await request.decodeJSON(as: LinkInput.self, context: context)
        try await store.residents.linkAccount(
            username: body.username ?? "", idNumber: body.idNumber ?? "", toResident: try context.parameters.require("id"),
            by: principal,
            clientAddress: context.clientAddress)
        return .noContent
    }
}

extension OwnRecord: ResponseEncodable {}
extension DataRequest: ResponseEncodable {}
