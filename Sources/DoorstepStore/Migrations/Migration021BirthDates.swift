extension Migration {
    /// Birth dates sealed (issue 17): the masked ID number hides exactly the birth date, so a birth date in clear
    /// beside it gave the whole number back. The year stays in clear for counts by age; the full dates written
    /// before are sealed by `ResidentStore.sealBirthDatesLeftInClear()` right after the migrations run (sealing
    /// needs the key file, which migrations do not hold), and an anonymised record's year-only value is moved here.
    static let birthDates = Migration(id: 21, name: "birth dates sealed, the year kept for counts") { _ in
        [
            "ALTER TABLE residents ADD COLUMN birth_year INTEGER",
            "ALTER TABLE residents ADD COLUMN birth_date_sealed TEXT",
            "UPDATE residents SET birth_year = CAST(substr(birth_date, 1, 4) AS INTEGER) WHERE birth_date IS NOT NULL",
            "UPDATE residents SET birth_date = NULL WHERE length(birth_date) = 4",
        ]
    }
}
