extension Catalog {
    /// English units for a count of one, by the key of their plural: "1 visit", not "1 visits". Chinese has no
    /// plural, so this table has no counterpart and stands outside the check that both catalogues have the same keys.
    static let enSingular: [String: String] = [
        "pictures_cases_unit": "case",
        "service_measure_registeredVolunteers_unit": "person", "service_measure_volunteerTeams_unit": "team",
        "service_measure_volunteerHours_unit": "hour", "service_measure_partnersWithAgreements_unit": "partner",
        "service_measure_commitmentsFulfilled_unit": "commitment", "service_measure_projects_unit": "project",
        "service_measure_peopleServed_unit": "person",
        "measure_visits_unit": "visit", "measure_opinions_unit": "opinion", "measure_problemsSolved_unit": "problem",
        "measure_disputesSettled_unit": "dispute", "points_unit": "point",
        "afterschool_measure_enrolled_unit": "child", "afterschool_measure_attendance_unit": "attendance",
        "afterschool_measure_handOvers_unit": "hand-over",
        "health_measure_sessions_unit": "session", "health_measure_served_unit": "person served",
        "health_measure_consentedRecords_unit": "record",
        "aid_measure_activeProjects_unit": "project", "aid_measure_services_unit": "service", "aid_measure_peopleReached_unit": "resident",
    ]

    /// English sentences for a count `{n}` of one, by the key of their plural: "1 row of the file needs correcting".
    static let enSingularSentences: [String: String] = [
        "problem_tooShort": "At least {n} character.", "problem_tooLong": "At most {n} character.",
        "problem_codeFormat": "Must be {n} digit.", "problem_tooManyPhotos": "At most {n} photo.",
        "error_rows": "{n} row of the file needs correcting; nothing was imported.",
        "cli_exported_masked": "wrote {n} resident to {file} (masked)", "cli_exported_full": "wrote {n} resident to {file} (in full)",
        "cli_figures_differences": "{n} difference", "cli_birth_dates_sealed": "sealed {n} birth date",
        "cli_key_rotated": "key {id} is now current; {n} value sealed again",
        "import_more": "{n} more problem is not listed.",
        "party_buildings": "{n} building", "party_member_count": "{n} member",
        "party_hub_leads": "Hub, leading {n} household", "venue_capacity": "Holds {n} person",
        "venue_people": "{n} person expected", "meetings_decision_count": "{n} decision",
        "lists_shared_days": "{n} day in common", "problem_tooLongAgo": "Too long ago: only the last {n} day may be recorded.",
        "problem_capReached": "This item has reached its cap of {n} point for the year.",
        "afterschool_full": "The class is full ({n} place); no more enrolments.",
        "timebank_short": "{n} more credit needed",
    ]
}
