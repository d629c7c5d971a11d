import DoorstepCore

/// What a carry will write, found by checking everything first (`StreetCarry.check`): nothing is written yet.
public struct CarryPlan: Sendable {
    public var streetCode: String
    public var streetName: String
    /// The street, its communities and grids, street first.
    public var codes: [String]
    /// Rows to carry per table, in the order they are written.
    public var rows: [(table: String, count: Int)]
    /// Usernames that clash with the target's, and what they become.
    public var renames: [String: String]
    /// Sealed values sealed again under the target's key, keyed hashes taken again under its index key.
    public var resealed: Int
    public var reindexed: Int
    /// Days of the work calendar the target lacks and gains; days both set alike are left as they are.
    public var calendarDaysAdded: Int
    public var auditRows: Int
    public var sourceHead: AuditAnchor?

    let tables: [CarriedTable]
    let calendarDaysKept: Set<String>
    let resealing: Resealing
}

/// What a carry wrote, and the figures counted on both sides afterwards.
public struct CarryReport: Sendable {
    public var plan: CarryPlan
    /// The carry's id: `doorstep audit verify --carried ID` checks the old chain with the old key file.
    public var carryID: String
    /// The target chain's rows now holding the carried ones.
    public var firstSequence: Int
    public var lastSequence: Int
    public var anchor: AuditAnchor?
    /// How many figure numbers were compared, and which (territory and surface) differ.
    public var figuresCompared: Int
    public var figuresDiffering: [String]
}
