/// What moved credits in the time bank (时间银行).
public enum TimeBankKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// Confirmed volunteer hours: the community's issuing account pays the volunteer, 1 h = 1 credit.
    case earn
    /// A volunteer spends credits on an item of the community's catalogue.
    case redeem
    /// A volunteer gives credits to another (an elderly neighbour, a family member).
    case donate
    /// A correction by the community office, with a reason.
    case adjust
}

/// Whose credits an account holds: a volunteer's, or one of the community's two (the one that issues credits for
/// hours served, the one redemptions are paid into).
public enum TimeBankHolder: Sendable, Codable, Equatable, Hashable {
    case volunteer(String)
    case issuing(community: String)
    case redemptions(community: String)

    /// The account's key in the ledger.
    public var key: String {
        switch self {
        case .volunteer(let id): "volunteer:\(id)"
        case .issuing(let community): "issuing:\(community)"
        case .redemptions(let community): "redemptions:\(community)"
        }
    }
}

/// One balanced movement of the double-entry ledger: credits leave one account and arrive in another, so the
/// ledger as a whole always sums to zero. Movements are never changed; a correction is another movement.
public struct TimeBankTransfer: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var kind: TimeBankKind
    public var from: String
    public var to: String
    public var amount: HalfHours
    public var reason: String
    /// The record behind it (`signup:…`, `redemption:…`).
    public var source: String?
    /// `YYYY-MM-DD`.
    public var day: String

    public init(id: String, kind: TimeBankKind, from: String, to: String, amount: HalfHours, reason: String, source: String?, day: String) {
        self.id = id
        self.kind = kind
        self.from = from
        self.to = to
        self.amount = amount
        self.reason = reason
        self.source = source
        self.day = day
    }
}
