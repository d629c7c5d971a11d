/// Every column that holds a sealed value, so a key rotation reaches all of them. A migration that adds one adds
/// it here too.
struct SealedColumn: Sendable {
    let table: String
    let idColumn: String
    let column: String

    /// The context bound into each seal: the value opens only in this column.
    var context: String { "\(table).\(column)" }

    static let all: [SealedColumn] = [
        SealedColumn(table: "accounts", idColumn: "id", column: "totp_secret"),
        SealedColumn(table: "residents", idColumn: "id", column: "id_number_sealed"),
        SealedColumn(table: "residents", idColumn: "id", column: "phone_sealed"),
        SealedColumn(table: "residents", idColumn: "id", column: "care_sealed"),
        SealedColumn(table: "data_requests", idColumn: "id", column: "proposed_sealed"),
        SealedColumn(table: "cases", idColumn: "id", column: "reporter_phone_sealed"),
        SealedColumn(table: "mediation_parties", idColumn: "id", column: "name_sealed"),
        SealedColumn(table: "mediations", idColumn: "case_id", column: "agreement_sealed"),
        SealedColumn(table: "member_cards", idColumn: "member_id", column: "contact_phone_sealed"),
        SealedColumn(table: "volunteers", idColumn: "id", column: "phone_sealed"),
        SealedColumn(table: "partners", idColumn: "id", column: "contact_phone_sealed"),
        SealedColumn(table: "after_school_enrolments", idColumn: "id", column: "child_sealed"),
        SealedColumn(table: "after_school_enrolments", idColumn: "id", column: "guardian_phone_sealed"),
        SealedColumn(table: "after_school_pickups", idColumn: "id", column: "phone_sealed"),
        SealedColumn(table: "health_records", idColumn: "id", column: "content_sealed"),
        SealedColumn(table: "residents", idColumn: "id", column: "birth_date_sealed"),
    ]

    static let totpSecret = all[0]
    static let residentIDNumber = all[1]
    static let residentPhone = all[2]
    static let residentCare = all[3]
    static let proposedValue = all[4]
    static let reporterPhone = all[5]
    static let partyName = all[6]
    static let agreement = all[7]
    static let cardPhone = all[8]
    static let volunteerPhone = all[9]
    static let partnerPhone = all[10]
    static let childDetails = all[11]
    static let guardianPhone = all[12]
    static let pickUpPhone = all[13]
    static let healthRecord = all[14]
    static let residentBirthDate = all[15]
}
