extension Migration {
    /// The health station (健康驿站) and aid projects (助老/助残/助困). A station per community with its partner
    /// hospital, its weekly free clinics and the sessions held with the number served; individual health records
    /// whose content is sealed, which the database itself refuses without consent, and whose content is erased
    /// (the row kept) when consent is withdrawn. Aid projects run by social organisations, their beneficiaries
    /// (removal keeps the row, so what was delivered stays explained), and the services delivered with whom they
    /// served.
    static let programmes = Migration(id: 16, name: "health station and aid projects") { _ in
        [
            """
            CREATE TABLE health_stations (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                partner_id TEXT NOT NULL REFERENCES partners(id),
                name TEXT NOT NULL,
                place TEXT NOT NULL,
                created_by TEXT NOT NULL REFERENCES accounts(id),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX health_stations_community ON health_stations(community_code)",
            "CREATE INDEX health_stations_partner ON health_stations(partner_id)",
            """
            CREATE TABLE health_clinic_slots (
                id TEXT PRIMARY KEY,
                station_id TEXT NOT NULL REFERENCES health_stations(id),
                weekday BIGINT NOT NULL CHECK (weekday >= 1 AND weekday <= 7),
                starts_at TEXT NOT NULL,
                ends_at TEXT NOT NULL,
                service TEXT NOT NULL,
                created_by TEXT NOT NULL REFERENCES accounts(id),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX health_clinic_slots_station ON health_clinic_slots(station_id, weekday, starts_at)",
            """
            CREATE TABLE health_sessions (
                id TEXT PRIMARY KEY,
                station_id TEXT NOT NULL REFERENCES health_stations(id),
                community_code TEXT NOT NULL,
                day TEXT NOT NULL,
                service TEXT NOT NULL,
                served BIGINT NOT NULL CHECK (served >= 0),
                doctor_name TEXT NOT NULL,
                recorded_by TEXT NOT NULL REFERENCES accounts(id),
                recorded_by_name TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            // The office and the hospital may both record a clinic: once per station, day and service.
            "CREATE UNIQUE INDEX health_sessions_once ON health_sessions(station_id, day, service)",
            "CREATE INDEX health_sessions_community ON health_sessions(community_code, day)",
            """
            CREATE TABLE health_records (
                id TEXT PRIMARY KEY,
                station_id TEXT NOT NULL REFERENCES health_stations(id),
                community_code TEXT NOT NULL,
                resident_id TEXT NOT NULL REFERENCES residents(id),
                resident_masked TEXT NOT NULL,
                consent_given BOOLEAN NOT NULL CHECK (consent_given),
                consent_by TEXT NOT NULL CHECK (consent_by IN ('resident', 'guardian')),
                content_sealed TEXT,
                recorded_on TEXT NOT NULL,
                recorded_by TEXT NOT NULL REFERENCES accounts(id),
                recorded_by_name TEXT NOT NULL,
                withdrawn_on TEXT,
                created_at TEXT NOT NULL,
                CHECK (content_sealed IS NOT NULL OR withdrawn_on IS NOT NULL)
            )
            """,
            "CREATE INDEX health_records_station ON health_records(station_id, recorded_on)",
            "CREATE INDEX health_records_community ON health_records(community_code, recorded_on)",
            "CREATE INDEX health_records_resident ON health_records(resident_id)",
            """
            CREATE TABLE aid_projects (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                partner_id TEXT NOT NULL REFERENCES partners(id),
                title TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('elderly', 'disability', 'hardship')),
                care_categories TEXT NOT NULL,
                starts_on TEXT NOT NULL,
                ends_on TEXT NOT NULL,
                created_by TEXT NOT NULL REFERENCES accounts(id),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX aid_projects_community ON aid_projects(community_code, starts_on)",
            "CREATE INDEX aid_projects_partner ON aid_projects(partner_id)",
            """
            CREATE TABLE aid_beneficiaries (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES aid_projects(id),
                resident_id TEXT NOT NULL REFERENCES residents(id),
                resident_masked TEXT NOT NULL,
                added_on TEXT NOT NULL,
                added_by TEXT NOT NULL REFERENCES accounts(id),
                removed_on TEXT,
                removed_by TEXT REFERENCES accounts(id),
                created_at TEXT NOT NULL
            )
            """,
            // A resident is a beneficiary once at a time; after removal they may be taken in again.
            "CREATE UNIQUE INDEX aid_beneficiaries_once ON aid_beneficiaries(project_id, resident_id) WHERE removed_on IS NULL",
            "CREATE INDEX aid_beneficiaries_resident ON aid_beneficiaries(resident_id)",
            """
            CREATE TABLE aid_services (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES aid_projects(id),
                community_code TEXT NOT NULL,
                day TEXT NOT NULL,
                note TEXT NOT NULL,
                recorded_by TEXT NOT NULL REFERENCES accounts(id),
                recorded_by_name TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX aid_services_project ON aid_services(project_id, day)",
            "CREATE INDEX aid_services_community ON aid_services(community_code, day)",
            """
            CREATE TABLE aid_service_people (
                service_id TEXT NOT NULL REFERENCES aid_services(id),
                resident_id TEXT NOT NULL REFERENCES residents(id),
                PRIMARY KEY (service_id, resident_id)
            )
            """,
            "CREATE INDEX aid_service_people_resident ON aid_service_people(resident_id)",
        ]
    }
}
