import DoorstepCore
import Foundation
import Hummingbird

/// An RFC 9457 problem document: what the API answers when a request fails. Validation problems list every bad
/// field at once, each with a message in the request's language.
struct ProblemDetails: Codable, Sendable, Equatable {
    struct InvalidField: Codable, Sendable, Equatable {
        var field: String
        var code: String
        var message: String
        /// For `unknownValue`: the codes a client may send (the message names them in words).
        var allowed: [String]? = nil
    }

    struct InvalidRow: Codable, Sendable, Equatable {
        var row: Int
        var field: String
        var code: String
        var message: String
    }

    var type: String
    var title: String
    var status: Int
    var detail: String?
    var errors: [InvalidField]?
    /// For a refused file: every bad row, its column and the reason.
    var rows: [InvalidRow]?
    /// After too many tries: when the next may be made (also in `Retry-After`).
    var retryAt: String?
    /// For a step on a case that moved meanwhile: the case as it now stands.
    var current: Case?

    static let typeBase = "https://doorstep.invalid/problems/"

    init(_ error: AppError, strings: Strings) {
        self.type = Self.typeBase + error.name
        self.title = error.message(strings)
        self.status = Int(error.status.code)
        if case .tooManyAttempts(let until) = error {
            self.retryAt = until.formatted(Date.ISO8601FormatStyle())
        }
        if case .caseMoved(let current) = error { self.current = current }
        if case .rows(let rows) = error {
            self.rows = rows.map {
                InvalidRow(
                    row: $0.row, field: $0.field, code: $0.problem.code,
                    message: strings.format(
                        "row_problem",
                        ["row": String($0.row), "field": $0.column ?? strings.fieldName($0.field), "reason": strings.message(for: $0.problem)]))
            }
        }
        if case .validation(let fields) = error {
            self.errors = fields.map {
                var allowed: [String]?
                if case .unknownValue(let codes) = $0.problem { allowed = codes }
                return InvalidField(
                    field: $0.field, code: $0.problem.code,
                    message: "\(strings.fieldName($0.field)): \(strings.message(for: $0.problem))", allowed: allowed)
            }
        }
    }

    init(internalErrorWith strings: Strings) {
        self.type = Self.typeBase + "internal"
        self.title = strings["error_internal"]
        self.status = 500
    }

    func response(language: Language) -> Response {
        let data = (try? APICoding.encoder.encode(self)) ?? Data()
        var headers: HTTPFields = [.contentType: "application/problem+json; charset=utf-8"]
        headers[.contentLanguage] = language.rawValue
        return Response(
            status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
