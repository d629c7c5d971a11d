import Foundation

/// Where a micro-wish stands.
public enum MicroWishStatus: String, Codable, Sendable, CaseIterable, Hashable {
    /// Waiting for someone to take it on.
    case posted
    /// A member or a partner has taken it on.
    case claimed
    /// Done.
    case fulfilled
}

/// A micro-wish (微心愿): a small wish of a resident in need, posted by the office or a grid worker, claimed once by
/// a Party member or a partner, then fulfilled. The wisher is a person in need: lists show only their surname
/// (`张*`); the name as typed stays in the office's record and never reaches those who claim.
public struct MicroWish: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var communityCode: String
    /// The grid the wisher lives in, when it was given.
    public var gridCode: String?
    /// The wisher's name as every list shows it.
    public var wisherMasked: String
    public var wish: String
    public var category: ServiceCategory
    public var postedOn: CalendarDay
    /// The member's or partner's name, or the name the office wrote for a claim made in person.
    public var claimedByName: String?
    /// The account that claimed it, which may mark it fulfilled; nil for a claim the office wrote down.
    public var claimedByAccount: String?
    public var claimedAt: Date?
    public var fulfilledOn: CalendarDay?
    public var status: MicroWishStatus

    public init(
        id: String, communityCode: String, gridCode: String?, wisherMasked: String, wish: String, category: ServiceCategory,
        postedOn: CalendarDay, claimedByName: String? = nil, claimedByAccount: String? = nil, claimedAt: Date? = nil,
        fulfilledOn: CalendarDay? = nil
    ) {
        self.id = id
        self.communityCode = communityCode
        self.gridCode = gridCode
        self.wisherMasked = wisherMasked
        self.wish = wish
        self.category = category
        self.postedOn = postedOn
        self.claimedByName = claimedByName
        self.claimedByAccount = claimedByAccount
        self.claimedAt = claimedAt
        self.fulfilledOn = fulfilledOn
        self.status = fulfilledOn != nil ? .fulfilled : claimedAt != nil ? .claimed : .posted
    }
}

/// A micro-wish as it is posted.
public struct NewMicroWish: Sendable, Equatable {
    /// The wisher's name, in full: kept, never shown unmasked.
    public var wisher: String
    public var wish: String
    public var category: String
    /// A grid of the community, or empty.
    public var gridCode: String

    public init(wisher: String, wish: String, category: String, gridCode: String) {
        self.wisher = wisher
        self.wish = wish
        self.category = category
        self.gridCode = gridCode
    }

    /// The wisher's full name and the wish (with an empty id) posted on `postedOn`, or every problem at once.
    public func validate(communityCode: String, postedOn: CalendarDay) throws(ValidationFailure) -> (wisher: String, wish: MicroWish) {
        var validator = Validator()
        validator.text("wisher", wisher, maximum: 50)
        validator.text("wish", wish, maximum: 200)
        let category = ServiceCategory(rawValue: category)
        validator.check("category", category == nil ? .unknownValue(allowed: ServiceCategory.allCases.map(\.rawValue)) : nil)
        let grid = gridCode.trimmingCharacters(in: .whitespaces)
        if !grid.isEmpty, !(grid.count == ScopeLevel.grid.codeLength && grid.hasPrefix(communityCode)) {
            validator.check("gridCode", .outsideYourScope)
        }
        try validator.throwIfAny()
        let name = wisher.trimmingCharacters(in: .whitespaces)
        return (
            name,
            MicroWish(
                id: "", communityCode: communityCode, gridCode: grid.isEmpty ? nil : grid, wisherMasked: Masking.name(name),
                wish: wish.trimmingCharacters(in: .whitespacesAndNewlines), category: category!, postedOn: postedOn)
        )
    }
}
