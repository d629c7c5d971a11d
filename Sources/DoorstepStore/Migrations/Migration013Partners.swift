extension Migration {
    /// Partners and their employed members who reported to the community, co-building agreements with their
    /// commitments, the three lists — needs, partners' resources and the projects matched from them, with what each
    /// project delivered — and micro-wishes.
    static let partners = Migration(id: 13, name: "partners and the three lists") { _ in
        [
            """
            CREATE TABLE partners (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                kind TEXT NOT NULL,
                name TEXT NOT NULL,
                contact_name TEXT NOT NULL,
                contact_phone_sealed TEXT NOT NULL,
                contact_phone_masked TEXT NOT NULL,
                party_organisation TEXT NOT NULL,
                account_id TEXT REFERENCES accounts(id),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX partners_name ON partners(community_code, name)",
            "CREATE UNIQUE INDEX partners_account ON partners(account_id)",
            """
            CREATE TABLE reported_members (
                id TEXT PRIMARY KEY,
                partner_id TEXT NOT NULL REFERENCES partners(id),
                name TEXT NOT NULL,
                member_id TEXT REFERENCES party_members(id),
                reported_on TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX reported_members_partner ON reported_members(partner_id)",
            """
            CREATE TABLE agreements (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                partner_id TEXT NOT NULL REFERENCES partners(id),
                title TEXT NOT NULL,
                starts_on TEXT NOT NULL,
                ends_on TEXT NOT NULL,
                created_by TEXT NOT NULL REFERENCES accounts(id),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX agreements_partner ON agreements(partner_id)",
            "CREATE INDEX agreements_community ON agreements(community_code, ends_on)",
            """
            CREATE TABLE commitments (
                id TEXT PRIMARY KEY,
                agreement_id TEXT NOT NULL REFERENCES agreements(id),
                position BIGINT NOT NULL,
                kind TEXT NOT NULL,
                content TEXT NOT NULL,
                owner TEXT NOT NULL,
                due_on TEXT NOT NULL,
                fulfilled_on TEXT,
                evidence TEXT,
                fulfilled_by TEXT REFERENCES accounts(id)
            )
            """,
            "CREATE INDEX commitments_agreement ON commitments(agreement_id, position)",
            """
            CREATE TABLE needs (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                place_code TEXT NOT NULL,
                category TEXT NOT NULL,
                description TEXT NOT NULL,
                wanted_from TEXT NOT NULL,
                wanted_until TEXT NOT NULL,
                source TEXT NOT NULL,
                source_id TEXT,
                created_by TEXT NOT NULL REFERENCES accounts(id),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX needs_community ON needs(community_code, created_at)",
            """
            CREATE TABLE partner_resources (
                id TEXT PRIMARY KEY,
                partner_id TEXT NOT NULL REFERENCES partners(id),
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                kind TEXT NOT NULL,
                category TEXT NOT NULL,
                description TEXT NOT NULL,
                capacity BIGINT NOT NULL CHECK (capacity > 0),
                unit TEXT NOT NULL,
                place_code TEXT NOT NULL,
                available_from TEXT NOT NULL,
                available_until TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX partner_resources_match ON partner_resources(community_code, category)",
            "CREATE INDEX partner_resources_partner ON partner_resources(partner_id)",
            """
            CREATE TABLE projects (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                title TEXT NOT NULL,
                need_id TEXT NOT NULL UNIQUE REFERENCES needs(id),
                resource_id TEXT NOT NULL REFERENCES partner_resources(id),
                owner TEXT NOT NULL,
                starts_on TEXT NOT NULL,
                ends_on TEXT NOT NULL,
                uses BIGINT NOT NULL CHECK (uses > 0),
                target_people BIGINT NOT NULL,
                created_by TEXT NOT NULL REFERENCES accounts(id),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX projects_resource ON projects(resource_id)",
            "CREATE INDEX projects_community ON projects(community_code, starts_on)",
            """
            CREATE TABLE project_partners (
                project_id TEXT NOT NULL REFERENCES projects(id),
                partner_id TEXT NOT NULL REFERENCES partners(id),
                position BIGINT NOT NULL,
                PRIMARY KEY (project_id, partner_id)
            )
            """,
            "CREATE INDEX project_partners_partner ON project_partners(partner_id)",
            """
            CREATE TABLE project_deliveries (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES projects(id),
                community_code TEXT NOT NULL,
                day TEXT NOT NULL,
                people_reached BIGINT NOT NULL CHECK (people_reached >= 0),
                note TEXT NOT NULL,
                recorded_by TEXT NOT NULL REFERENCES accounts(id),
                created_at TEXT NOT NULL
            )
            """,
            // Both cover what they are read for: a project's sum, and a territory's people served over a period.
            "CREATE INDEX project_deliveries_project ON project_deliveries(project_id, people_reached)",
            "CREATE INDEX project_deliveries_day ON project_deliveries(community_code, day, people_reached)",
            """
            CREATE TABLE micro_wishes (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                grid_code TEXT,
                wisher TEXT NOT NULL,
                wish TEXT NOT NULL,
                category TEXT NOT NULL,
                posted_on TEXT NOT NULL,
                claimed_by_name TEXT,
                claimed_by_account TEXT REFERENCES accounts(id),
                claimed_at TEXT,
                fulfilled_on TEXT,
                created_by TEXT NOT NULL REFERENCES accounts(id),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX micro_wishes_community ON micro_wishes(community_code, posted_on)",
        ]
    }
}
