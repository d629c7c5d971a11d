extension Migration {
    /// The after-school class (四点半课堂): classes with their partner school, weekdays, term and places; enrolments
    /// whose child details and guardian phone are sealed (the database itself refuses one without the guardian's
    /// consent or outside a dual-working family); the pick-up persons, found again by a keyed hash of their phone;
    /// one arrival and one signed hand-over per child and day; and the volunteers on duty.
    static let afterSchool = Migration(id: 14, name: "after-school class") { _ in
        [
            """
            CREATE TABLE after_school_classes (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                partner_id TEXT REFERENCES partners(id),
                name TEXT NOT NULL,
                place TEXT NOT NULL,
                weekdays TEXT NOT NULL,
                term_start TEXT NOT NULL,
                term_end TEXT NOT NULL,
                capacity BIGINT NOT NULL CHECK (capacity > 0),
                created_by TEXT NOT NULL REFERENCES accounts(id),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX after_school_classes_community ON after_school_classes(community_code, term_end)",
            """
            CREATE TABLE after_school_enrolments (
                id TEXT PRIMARY KEY,
                class_id TEXT NOT NULL REFERENCES after_school_classes(id),
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                child_sealed TEXT NOT NULL,
                child_masked TEXT NOT NULL,
                child_hash TEXT NOT NULL,
                school TEXT NOT NULL,
                grade TEXT NOT NULL,
                guardian_name TEXT NOT NULL,
                guardian_phone_sealed TEXT NOT NULL,
                guardian_phone_masked TEXT NOT NULL,
                both_parents_work BOOLEAN NOT NULL CHECK (both_parents_work),
                consent_given BOOLEAN NOT NULL CHECK (consent_given),
                consent_recorded_by TEXT NOT NULL REFERENCES accounts(id),
                consent_recorded_by_name TEXT NOT NULL,
                consent_recorded_at TEXT NOT NULL,
                enrolled_on TEXT NOT NULL,
                withdrawn_on TEXT,
                created_at TEXT NOT NULL
            )
            """,
            // A child is enrolled once in a class at a time; after withdrawing they may come back.
            "CREATE UNIQUE INDEX after_school_enrolments_child ON after_school_enrolments(class_id, child_hash) WHERE withdrawn_on IS NULL",
            "CREATE INDEX after_school_enrolments_class ON after_school_enrolments(class_id, enrolled_on)",
            "CREATE INDEX after_school_enrolments_community ON after_school_enrolments(community_code, enrolled_on)",
            """
            CREATE TABLE after_school_pickups (
                id TEXT PRIMARY KEY,
                enrolment_id TEXT NOT NULL REFERENCES after_school_enrolments(id),
                position BIGINT NOT NULL,
                name TEXT NOT NULL,
                relation TEXT NOT NULL,
                is_guardian BOOLEAN NOT NULL,
                phone_sealed TEXT NOT NULL,
                phone_masked TEXT NOT NULL,
                phone_hash TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX after_school_pickups_phone ON after_school_pickups(enrolment_id, phone_hash)",
            """
            CREATE TABLE after_school_arrivals (
                id TEXT PRIMARY KEY,
                enrolment_id TEXT NOT NULL REFERENCES after_school_enrolments(id),
                class_id TEXT NOT NULL REFERENCES after_school_classes(id),
                community_code TEXT NOT NULL,
                day TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                recorded_by TEXT NOT NULL REFERENCES accounts(id),
                recorded_by_name TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX after_school_arrivals_once ON after_school_arrivals(enrolment_id, day)",
            "CREATE INDEX after_school_arrivals_class ON after_school_arrivals(class_id, day)",
            "CREATE INDEX after_school_arrivals_community ON after_school_arrivals(community_code, day)",
            """
            CREATE TABLE after_school_handovers (
                id TEXT PRIMARY KEY,
                enrolment_id TEXT NOT NULL REFERENCES after_school_enrolments(id),
                class_id TEXT NOT NULL REFERENCES after_school_classes(id),
                community_code TEXT NOT NULL,
                day TEXT NOT NULL,
                pickup_id TEXT NOT NULL REFERENCES after_school_pickups(id),
                signature TEXT NOT NULL,
                handed_over_at TEXT NOT NULL,
                handed_over_by TEXT NOT NULL REFERENCES accounts(id),
                handed_over_by_name TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX after_school_handovers_once ON after_school_handovers(enrolment_id, day)",
            "CREATE INDEX after_school_handovers_class ON after_school_handovers(class_id, day)",
            "CREATE INDEX after_school_handovers_community ON after_school_handovers(community_code, day)",
            """
            CREATE TABLE after_school_roster (
                id TEXT PRIMARY KEY,
                class_id TEXT NOT NULL REFERENCES after_school_classes(id),
                day TEXT NOT NULL,
                volunteer_id TEXT NOT NULL REFERENCES volunteers(id),
                assigned_by TEXT NOT NULL REFERENCES accounts(id),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX after_school_roster_once ON after_school_roster(class_id, day, volunteer_id)",
        ]
    }
}
