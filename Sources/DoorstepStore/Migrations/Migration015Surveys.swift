extension Migration {
    /// Satisfaction surveys: the survey with the place it covers, its questions, one answer per household (the
    /// household's grid, estate and building copied in as they stood when it answered, so later moves do not
    /// rewrite old results), the responses to each question, and the public page's refused phone checks, which
    /// limit guessing a household's phone.
    static let surveys = Migration(id: 15, name: "satisfaction surveys") { _ in
        [
            """
            CREATE TABLE surveys (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                place_kind TEXT NOT NULL,
                place_id TEXT NOT NULL,
                place_name TEXT NOT NULL,
                title TEXT NOT NULL,
                opens_on TEXT NOT NULL,
                closes_on TEXT NOT NULL,
                created_by TEXT NOT NULL REFERENCES accounts(id),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX surveys_community ON surveys(community_code, closes_on)",
            "CREATE INDEX surveys_place ON surveys(place_kind, place_id)",
            """
            CREATE TABLE survey_questions (
                survey_id TEXT NOT NULL REFERENCES surveys(id),
                position BIGINT NOT NULL,
                kind TEXT NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (survey_id, position)
            )
            """,
            """
            CREATE TABLE survey_answers (
                id TEXT PRIMARY KEY,
                survey_id TEXT NOT NULL REFERENCES surveys(id),
                household_id TEXT NOT NULL REFERENCES households(id),
                building_id TEXT NOT NULL REFERENCES buildings(id),
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL,
                grid_code TEXT NOT NULL,
                estate_id TEXT,
                channel TEXT NOT NULL,
                recorded_by TEXT REFERENCES accounts(id),
                answered_on TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX survey_answers_once ON survey_answers(survey_id, household_id)",
            "CREATE INDEX survey_answers_estate ON survey_answers(survey_id, estate_id)",
            "CREATE INDEX survey_answers_grid ON survey_answers(survey_id, grid_code)",
            """
            CREATE TABLE survey_responses (
                answer_id TEXT NOT NULL REFERENCES survey_answers(id),
                survey_id TEXT NOT NULL REFERENCES surveys(id),
                position BIGINT NOT NULL,
                level TEXT,
                text TEXT,
                PRIMARY KEY (answer_id, position)
            )
            """,
            "CREATE INDEX survey_responses_survey ON survey_responses(survey_id, position)",
            """
            CREATE TABLE survey_refusals (
                id TEXT PRIMARY KEY,
                survey_id TEXT NOT NULL REFERENCES surveys(id),
                household_id TEXT NOT NULL REFERENCES households(id),
                at TEXT NOT NULL
            )
            """,
            "CREATE INDEX survey_refusals_household ON survey_refusals(survey_id, household_id, at)",
        ]
    }
}
