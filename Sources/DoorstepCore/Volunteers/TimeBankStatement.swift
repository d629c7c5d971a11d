import Foundation

/// Which way an office correction moves credits: into the volunteer's account from the community's issuing
/// account, or back out of it. A correction is a new transfer; a past one is never edited.
public enum TimeBankAdjustment: String, Sendable, Codable, CaseIterable, Hashable {
    case credit
    case debit
}

/// One line of a volunteer's statement: the transfer, what it did to their account, and the balance after it.
public struct TimeBankStatementLine: Sendable, Codable, Equatable, Hashable {
    public var transfer: TimeBankTransfer
    /// Positive when credits arrived, negative when they left.
    public var change: HalfHours
    public var balance: HalfHours
    /// The other volunteer of a donation, by name; nil for every other kind.
    public var counterpart: String?
    public var recordedAt: Date

    public init(transfer: TimeBankTransfer, change: HalfHours, balance: HalfHours, counterpart: String?, recordedAt: Date) {
        self.transfer = transfer
        self.change = change
        self.balance = balance
        self.counterpart = counterpart
        self.recordedAt = recordedAt
    }
}

/// A volunteer's account in the time bank: every transfer in or out, newest first, with the running balance.
public struct TimeBankStatement: Sendable, Codable, Equatable {
    public var volunteerID: String
    public var name: String
    public var communityCode: String
    public var balance: HalfHours
    public var lines: [TimeBankStatementLine]

    public init(volunteerID: String, name: String, communityCode: String, balance: HalfHours, lines: [TimeBankStatementLine]) {
        self.volunteerID = volunteerID
        self.name = name
        self.communityCode = communityCode
        self.balance = balance
        self.lines = lines
    }
}

extension HalfHours {
    /// The most credits one donation or correction may move: a typo of a few zeros must not empty the bank.
    public static let maximumTransferCredits = 10_000

    /// Credits as typed for a donation or a correction, `2` or `2.5`: a positive number of half-credits.
    public static func credits(_ text: String, field: String = "credits") throws(ValidationFailure) -> HalfHours {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw ValidationFailure([FieldError(field, .required)]) }
        // Bounded before `HalfHours(hours:)` turns it into an integer: `1e300` or `inf` would not fit in one.
        if !trimmed.contains(":") {
            guard let number = Double(trimmed), number.isFinite else { throw ValidationFailure([FieldError(field, .notANumber)]) }
            guard number <= Double(maximumTransferCredits) else {
                throw ValidationFailure([FieldError(field, .tooLarge(maximum: maximumTransferCredits))])
            }
        }
        guard let amount = HalfHours(hours: trimmed) else { throw ValidationFailure([FieldError(field, .notANumber)]) }
        guard amount.count > 0 else { throw ValidationFailure([FieldError(field, .required)]) }
        guard amount.count <= maximumTransferCredits * 2 else {
            throw ValidationFailure([FieldError(field, .tooLarge(maximum: maximumTransferCredits))])
        }
        return amount
    }

    /// `+2.5` or `−2`: a change to an account, signed (`text` drops the sign of a lone half).
    public var signedText: String {
        count < 0 ? "−" + HalfHours(-count).text : "+" + text
    }
}
