import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// The failures a request can end in, each with a stable problem type and an HTTP status.
public enum AppError: Error, Equatable, Sendable {
    case unauthorized
    case forbidden
    case notFound
    case twoFactorRequired
    case conflict
    case badRequest
    case csrfFailed
    /// A body over its route's `BodyLimit`, in bytes.
    case contentTooLarge(limit: Int)
    case validation([FieldError])
    /// A file refused as a whole, with every bad row.
    case rows([RowError])
    /// Unknown username or wrong password (never told apart).
    case invalidCredentials
    /// Too many recent tries (failed sign-ins, public submissions): the next may be made at the given time.
    case tooManyAttempts(until: Date)
    case accountDisabled
    /// The password was right; the account also needs its one-time code.
    case secondFactorRequired
    /// Someone acted on the case first; it now stands as given.
    case caseMoved(Case)
    /// The step does not apply to a case in this state.
    case caseState(CaseState)
    /// The one who handled a case cannot also check it.
    case checkerIsHandler
    /// The database cannot be reached now (a failover under way): try again after `retryAfter` seconds.
    case unavailable

    /// Seconds a client should wait before trying again, sent as `Retry-After`: about one failover.
    static let unavailableRetryAfter = 5

    /// Maps store and domain errors to the failure the user sees; nil for an unexpected error.
    public init?(_ error: any Error) {
        switch error {
        case let error as AppError: self = error
        case let failure as ValidationFailure: self = .validation(failure.errors)
        case let failure as RowValidationFailure: self = .rows(failure.errors)
        case StoreError.notFound: self = .notFound
        case StoreError.forbidden: self = .forbidden
        case StoreError.twoFactorRequired: self = .twoFactorRequired
        case StoreError.conflict: self = .conflict
        case StoreError.unavailable, StoreError.outcomeUnknown: self = .unavailable
        case let moved as CaseMoved: self = .caseMoved(moved.current)
        case CaseFlowError.notPermitted: self = .forbidden
        case CaseFlowError.notInState(let state): self = .caseState(state)
        case CaseFlowError.checkerIsHandler: self = .checkerIsHandler
        case CaseFlowError.invalid(let errors): self = .validation(errors)
        case is DecodingError: self = .badRequest
        case let error as HTTPError where error.status == .notFound: self = .notFound
        case let error as HTTPError where error.status == .badRequest: self = .badRequest
        case let error as HTTPError where error.status == .contentTooLarge: self = .contentTooLarge(limit: BodyLimit.json)
        default: return nil
        }
    }

    public var status: HTTPResponse.Status {
        switch self {
        case .unauthorized: .unauthorized
        case .forbidden, .twoFactorRequired, .csrfFailed: .forbidden
        case .notFound: .notFound
        case .conflict, .caseMoved, .caseState: .conflict
        case .checkerIsHandler: .forbidden
        case .badRequest: .badRequest
        case .contentTooLarge: .contentTooLarge
        case .validation, .rows: .unprocessableContent
        case .invalidCredentials, .secondFactorRequired: .unauthorized
        case .accountDisabled: .forbidden
        case .tooManyAttempts: .tooManyRequests
        case .unavailable: .serviceUnavailable
        }
    }

    /// The stable name used in problem types and message keys.
    public var name: String {
        switch self {
        case .unauthorized: "unauthorized"
        case .forbidden: "forbidden"
        case .notFound: "notFound"
        case .twoFactorRequired: "twoFactorRequired"
        case .conflict: "conflict"
        case .badRequest: "badRequest"
        case .csrfFailed: "csrfFailed"
        case .contentTooLarge: "contentTooLarge"
        case .validation: "validation"
        case .rows: "rows"
        case .invalidCredentials: "invalidCredentials"
        case .tooManyAttempts: "tooManyAttempts"
        case .accountDisabled: "accountDisabled"
        case .secondFactorRequired: "secondFactorRequired"
        case .caseMoved: "caseMoved"
        case .caseState: "caseState"
        case .checkerIsHandler: "checkerIsHandler"
        case .unavailable: "unavailable"
        }
    }

    /// How long to wait before trying again, for the `Retry-After` header.
    public var retryAfter: Int? {
        switch self {
        case .tooManyAttempts(let until): max(1, Int(until.timeIntervalSinceNow.rounded(.up)))
        case .unavailable: Self.unavailableRetryAfter
        default: nil
        }
    }

    /// The message in the user's language.
    public func message(_ strings: Strings) -> String {
        switch self {
        case .csrfFailed: strings["csrf_failed"]
        case .contentTooLarge(let limit): strings.format("error_contentTooLarge", ["size": Display.bytes(limit)])
        case .rows(let errors): strings.format("error_rows", ["n": String(Set(errors.map(\.row)).count)])
        case .invalidCredentials: strings["login_invalid"]
        case .tooManyAttempts(let until): strings.format("error_tooManyAttempts", ["until": Display.secondAtOrAfter(until)])
        case .accountDisabled: strings["login_disabled"]
        case .secondFactorRequired: strings["login_code_intro"]
        case .caseState(let state): strings.format("error_caseState", ["state": strings["case_state_\(state.rawValue)"]])
        default: strings["error_\(name)"]
        }
    }
}
