/// One numbered, append-only change to the schema. Once released a migration is never edited: a later one
/// changes what an earlier one made.
struct Migration: Sendable {
    let id: Int
    let name: String
    /// The statements for an engine; most migrations return the same text for both.
    let statements: @Sendable (Engine) -> [String]
}

/// Every migration, in order.
enum Migrations {
    static let all: [Migration] = [
        .foundation,
        .registry,
        .party,
        .gridWorkersAndHubs,
        .dataRequests,
        .estatesAndBoundaries,
        .buildingNames,
        .cases,
        .mediation,
        .workCalendar,
        .partyWork,
        .volunteers,
        .partners,
        .afterSchool,
        .surveys,
        .programmes,
        .timeBank,
        .coBuilding,
        .topics,
        .anonymousHistory,
        .birthDates,
        .attempts,
        .formKeys,
        .carriedAudit,
        .caseTally,
        .cityIndexes,
        .partyWorkTally,
        .householdTally,
        .volunteerHoursTally,
        .escalatedInHand,
        .lanesInOrder,
    ]
}
