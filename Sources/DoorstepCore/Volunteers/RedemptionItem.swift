import Foundation

/// Something the community offers for time-bank credits (a haircut voucher, a bag of rice): its price, counted in
/// half-hours like every amount of the time bank, and how many are left — nil when the community does not count.
public struct RedemptionItem: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var communityCode: String
    public var name: String
    public var details: String
    public var cost: HalfHours
    public var stock: Int?
    /// Taken off the catalogue without losing the redemptions made of it.
    public var active: Bool

    public init(id: String, communityCode: String, name: String, details: String, cost: HalfHours, stock: Int?, active: Bool) {
        self.id = id
        self.communityCode = communityCode
        self.name = name
        self.details = details
        self.cost = cost
        self.stock = stock
        self.active = active
    }

    /// Whether one more can be handed out.
    public var inStock: Bool { stock.map { $0 > 0 } ?? true }
}

/// An item as the office types it; checked all at once, every bad field named.
public struct RedemptionItemInput: Sendable, Equatable {
    public var name: String
    public var details: String
    /// Whole credits: a catalogue price in halves would only confuse the counter.
    public var cost: String
    /// Empty when there is no limit.
    public var stock: String
    public var active: Bool

    public static let maximumCost = 10_000
    public static let maximumStock = 100_000

    public init(name: String, details: String, cost: String, stock: String, active: Bool) {
        self.name = name
        self.details = details
        self.cost = cost
        self.stock = stock
        self.active = active
    }

    public struct Checked: Sendable, Equatable {
        public var name: String
        public var details: String
        public var cost: HalfHours
        public var stock: Int?
    }

    public func validated() throws(ValidationFailure) -> Checked {
        var validator = Validator()
        validator.text("name", name, maximum: 50)
        let trimmedDetails = self.details.trimmingCharacters(in: .whitespacesAndNewlines)
        validator.check("details", trimmedDetails.count > 200 ? .tooLong(maximum: 200) : nil)
        let costText = cost.trimmingCharacters(in: .whitespaces)
        let credits = Int(costText)
        if let credits {
            if credits < 1 {
                validator.check("cost", .tooSmall(minimum: 1))
            } else if credits > Self.maximumCost {
                validator.check("cost", .tooLarge(maximum: Self.maximumCost))
            }
        } else {
            validator.check("cost", costText.isEmpty ? .required : .notANumber)
        }
        let stockText = stock.trimmingCharacters(in: .whitespaces)
        var count: Int?
        if !stockText.isEmpty {
            if let value = Int(stockText) {
                if value < 0 {
                    validator.check("stock", .tooSmall(minimum: 0))
                } else if value > Self.maximumStock {
                    validator.check("stock", .tooLarge(maximum: Self.maximumStock))
                }
                count = value
            } else {
                validator.check("stock", .notANumber)
            }
        }
        try validator.throwIfAny()
        return Checked(
            name: name.trimmingCharacters(in: .whitespacesAndNewlines), details: trimmedDetails, cost: HalfHours((credits ?? 0) * 2),
            stock: count)
    }
}

/// One item a volunteer took for their credits, with the price as it was paid: a later change of the item's cost
/// or name leaves it as it was.
public struct Redemption: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var communityCode: String
    public var itemID: String
    public var itemName: String
    public var volunteerID: String
    public var volunteerName: String
    public var cost: HalfHours
    /// The ledger's transfer that paid for it.
    public var transferID: String
    public var redeemedAt: Date
    /// When the office gave it out; nil while it waits to be collected.
    public var handedOverAt: Date?

    public init(
        id: String, communityCode: String, itemID: String, itemName: String, volunteerID: String, volunteerName: String,
        cost: HalfHours, transferID: String, redeemedAt: Date, handedOverAt: Date?
    ) {
        self.id = id
        self.communityCode = communityCode
        self.itemID = itemID
        self.itemName = itemName
        self.volunteerID = volunteerID
        self.volunteerName = volunteerName
        self.cost = cost
        self.transferID = transferID
        self.redeemedAt = redeemedAt
        self.handedOverAt = handedOverAt
    }
}
