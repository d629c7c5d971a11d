import DoorstepCore

extension Migration {
    /// Party work: members' accounts and branch officers, opinions, household visits, vanguard teams and their
    /// activities, the points catalogue, ledger (append-only, enforced by the database), claims, exemptions and
    /// quarterly publications, each community's Party-work settings; organisational life with attendance; pledges
    /// and the public cards members consent to; pioneer posts and responsibility zones with their holders.
    static let partyWork = Migration(id: 11, name: "party work") { engine in
        let bytes = engine == .postgres ? "BYTEA" : "BLOB"
        let appendOnly: [String] =
            engine == .postgres
            ? [
                """
                CREATE FUNCTION doorstep_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$
                """,
                """
                CREATE TRIGGER point_entries_append_only BEFORE UPDATE OR DELETE ON point_entries
                FOR EACH ROW EXECUTE FUNCTION doorstep_append_only()
                """,
            ]
            : [
                """
                CREATE TRIGGER point_entries_no_update BEFORE UPDATE ON point_entries
                BEGIN SELECT RAISE(ABORT, 'point_entries is append-only'); END
                """,
                """
                CREATE TRIGGER point_entries_no_delete BEFORE DELETE ON point_entries
                BEGIN SELECT RAISE(ABORT, 'point_entries is append-only'); END
                """,
            ]
        return [
            "ALTER TABLE party_members ADD COLUMN account_id TEXT REFERENCES accounts(id)",
            "CREATE UNIQUE INDEX party_members_account ON party_members(account_id)",
            "ALTER TABLE party_members ADD COLUMN is_officer BOOLEAN NOT NULL DEFAULT FALSE",
            """
            CREATE TABLE party_work_settings (
                community_code TEXT PRIMARY KEY REFERENCES communities(code),
                base_points BIGINT NOT NULL,
                star_bands TEXT NOT NULL,
                visit_interval_days BIGINT NOT NULL,
                objection_days BIGINT NOT NULL,
                updated_by TEXT NOT NULL REFERENCES accounts(id),
                updated_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE vanguard_teams (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                name TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX vanguard_teams_name ON vanguard_teams(community_code, name)",
            """
            CREATE TABLE vanguard_team_members (
                team_id TEXT NOT NULL REFERENCES vanguard_teams(id),
                member_id TEXT NOT NULL REFERENCES party_members(id),
                PRIMARY KEY (team_id, member_id)
            )
            """,
            "CREATE INDEX vanguard_team_members_member ON vanguard_team_members(member_id)",
            """
            CREATE TABLE team_activities (
                id TEXT PRIMARY KEY,
                team_id TEXT NOT NULL REFERENCES vanguard_teams(id),
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL,
                kind TEXT NOT NULL,
                title TEXT NOT NULL,
                held_on TEXT NOT NULL,
                result TEXT NOT NULL,
                created_by TEXT NOT NULL REFERENCES accounts(id),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX team_activities_team ON team_activities(team_id, held_on)",
            """
            CREATE TABLE team_activity_participants (
                activity_id TEXT NOT NULL REFERENCES team_activities(id),
                member_id TEXT NOT NULL REFERENCES party_members(id),
                PRIMARY KEY (activity_id, member_id)
            )
            """,
            """
            CREATE TABLE opinions (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                grid_code TEXT,
                source TEXT NOT NULL,
                topic TEXT NOT NULL,
                content TEXT NOT NULL,
                household_id TEXT REFERENCES households(id),
                member_id TEXT REFERENCES party_members(id),
                collector_account_id TEXT REFERENCES accounts(id),
                collector_name TEXT NOT NULL,
                collected_on TEXT NOT NULL,
                status TEXT NOT NULL,
                answer TEXT,
                answered_by TEXT REFERENCES accounts(id),
                answered_at TEXT,
                case_id TEXT REFERENCES cases(id),
                visit_id TEXT,
                activity_id TEXT REFERENCES team_activities(id),
                created_at TEXT NOT NULL
            )
            """,
            // The S10 figures count a territory's opinions and visits in a period, and rank them by member, from these
            // indexes alone.
            "CREATE INDEX opinions_street ON opinions(street_code, collected_on, member_id)",
            "CREATE INDEX opinions_community ON opinions(community_code, collected_on, member_id)",
            "CREATE INDEX opinions_grid ON opinions(grid_code, collected_on, member_id)",
            "CREATE INDEX opinions_member ON opinions(member_id, collected_on)",
            """
            CREATE TABLE visits (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                grid_code TEXT,
                household_id TEXT NOT NULL REFERENCES households(id),
                member_id TEXT REFERENCES party_members(id),
                visitor_account_id TEXT NOT NULL REFERENCES accounts(id),
                visitor_name TEXT NOT NULL,
                visited_on TEXT NOT NULL,
                findings TEXT NOT NULL,
                photo_type TEXT,
                photo \(bytes),
                opinion_id TEXT REFERENCES opinions(id),
                case_id TEXT REFERENCES cases(id),
                activity_id TEXT REFERENCES team_activities(id),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX visits_once_a_day ON visits(household_id, visited_on, visitor_account_id)",
            "CREATE INDEX visits_street ON visits(street_code, visited_on, member_id)",
            "CREATE INDEX visits_community ON visits(community_code, visited_on, member_id)",
            "CREATE INDEX visits_grid ON visits(grid_code, visited_on, member_id)",
            "CREATE INDEX visits_member ON visits(member_id, visited_on)",
            // The visit plan: a linked household's last visit by its hub's member, one seek each.
            "CREATE INDEX visits_household_member ON visits(household_id, member_id, visited_on)",
            "CREATE INDEX visits_case ON visits(case_id)",
            """
            CREATE TABLE point_rules (
                id TEXT PRIMARY KEY,
                community_code TEXT NOT NULL REFERENCES communities(code),
                item TEXT NOT NULL,
                points BIGINT NOT NULL,
                cap_per_year BIGINT,
                trigger_kind TEXT NOT NULL,
                evidence_required BOOLEAN NOT NULL,
                active BOOLEAN NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX point_rules_community ON point_rules(community_code, trigger_kind)",
            """
            CREATE TABLE point_entries (
                id TEXT PRIMARY KEY,
                member_id TEXT NOT NULL REFERENCES party_members(id),
                org_id TEXT NOT NULL REFERENCES party_orgs(id),
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL,
                rule_id TEXT REFERENCES point_rules(id),
                item TEXT NOT NULL,
                kind TEXT NOT NULL,
                points BIGINT NOT NULL,
                earned_on TEXT NOT NULL,
                reason TEXT NOT NULL,
                source TEXT,
                recorded_by TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX point_entries_member ON point_entries(member_id, earned_on)",
            "CREATE INDEX point_entries_org ON point_entries(org_id, earned_on)",
            "CREATE INDEX point_entries_rule ON point_entries(rule_id, member_id, earned_on)",
            // One line per record: a visit, a closed case or a decided claim earns once however often it is seen.
            "CREATE UNIQUE INDEX point_entries_source ON point_entries(member_id, source)",
            """
            CREATE TABLE point_claims (
                id TEXT PRIMARY KEY,
                member_id TEXT NOT NULL REFERENCES party_members(id),
                rule_id TEXT NOT NULL REFERENCES point_rules(id),
                community_code TEXT NOT NULL,
                points BIGINT NOT NULL,
                earned_on TEXT NOT NULL,
                evidence TEXT NOT NULL,
                status TEXT NOT NULL,
                decided_by TEXT REFERENCES accounts(id),
                decided_at TEXT,
                decision_reason TEXT,
                created_by TEXT NOT NULL REFERENCES accounts(id),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX point_claims_community ON point_claims(community_code, status)",
            "CREATE INDEX point_claims_member ON point_claims(member_id, created_at)",
            """
            CREATE TABLE point_exemptions (
                member_id TEXT NOT NULL REFERENCES party_members(id),
                year BIGINT NOT NULL,
                reason TEXT NOT NULL,
                decided_by TEXT NOT NULL REFERENCES accounts(id),
                decided_at TEXT NOT NULL,
                PRIMARY KEY (member_id, year)
            )
            """,
            """
            CREATE TABLE point_publications (
                id TEXT PRIMARY KEY,
                org_id TEXT NOT NULL REFERENCES party_orgs(id),
                community_code TEXT NOT NULL,
                quarter TEXT NOT NULL,
                objections_until TEXT NOT NULL,
                published_by TEXT NOT NULL REFERENCES accounts(id),
                published_at TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX point_publications_quarter ON point_publications(org_id, quarter)",
            """
            CREATE TABLE point_publication_lines (
                publication_id TEXT NOT NULL REFERENCES point_publications(id),
                member_id TEXT NOT NULL REFERENCES party_members(id),
                member_name TEXT NOT NULL,
                quarter_points BIGINT NOT NULL,
                year_points BIGINT NOT NULL,
                exempt BOOLEAN NOT NULL,
                PRIMARY KEY (publication_id, member_id)
            )
            """,
            """
            CREATE TABLE point_objections (
                id TEXT PRIMARY KEY,
                publication_id TEXT NOT NULL REFERENCES point_publications(id),
                member_id TEXT NOT NULL REFERENCES party_members(id),
                content TEXT NOT NULL,
                answer TEXT,
                answered_by TEXT REFERENCES accounts(id),
                answered_at TEXT,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX point_objections_publication ON point_objections(publication_id)",
            """
            CREATE TABLE org_life_meetings (
                id TEXT PRIMARY KEY,
                org_id TEXT NOT NULL REFERENCES party_orgs(id),
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL,
                kind TEXT NOT NULL,
                title TEXT NOT NULL,
                held_on TEXT NOT NULL,
                place TEXT NOT NULL,
                minutes TEXT NOT NULL,
                created_by TEXT NOT NULL REFERENCES accounts(id),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX org_life_meetings_org ON org_life_meetings(org_id, held_on)",
            "CREATE INDEX org_life_meetings_community ON org_life_meetings(community_code, held_on)",
            """
            CREATE TABLE org_life_attendance (
                meeting_id TEXT NOT NULL REFERENCES org_life_meetings(id),
                member_id TEXT NOT NULL REFERENCES party_members(id),
                status TEXT NOT NULL,
                reason TEXT NOT NULL,
                marked_by TEXT NOT NULL REFERENCES accounts(id),
                marked_at TEXT NOT NULL,
                PRIMARY KEY (meeting_id, member_id)
            )
            """,
            """
            CREATE TABLE org_life_attachments (
                id TEXT PRIMARY KEY,
                meeting_id TEXT NOT NULL REFERENCES org_life_meetings(id),
                content_type TEXT NOT NULL,
                bytes \(bytes) NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE pledges (
                id TEXT PRIMARY KEY,
                member_id TEXT NOT NULL REFERENCES party_members(id),
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL,
                year BIGINT NOT NULL,
                content TEXT NOT NULL,
                due_on TEXT NOT NULL,
                fulfilled_on TEXT,
                evidence TEXT,
                confirmed_on TEXT,
                confirmed_by TEXT REFERENCES accounts(id),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX pledges_member ON pledges(member_id, year)",
            """
            CREATE TABLE pledge_progress (
                id TEXT PRIMARY KEY,
                pledge_id TEXT NOT NULL REFERENCES pledges(id),
                noted_on TEXT NOT NULL,
                note TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX pledge_progress_pledge ON pledge_progress(pledge_id, noted_on)",
            """
            CREATE TABLE member_cards (
                member_id TEXT PRIMARY KEY REFERENCES party_members(id),
                published BOOLEAN NOT NULL,
                show_photo BOOLEAN NOT NULL,
                show_posts BOOLEAN NOT NULL,
                show_grid BOOLEAN NOT NULL,
                show_contact BOOLEAN NOT NULL,
                contact_phone_sealed TEXT,
                photo_type TEXT,
                photo \(bytes),
                consented_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE vanguard_posts (
                id TEXT PRIMARY KEY,
                community_code TEXT NOT NULL REFERENCES communities(code),
                name TEXT NOT NULL,
                duties TEXT NOT NULL,
                active BOOLEAN NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX vanguard_posts_community ON vanguard_posts(community_code)",
            """
            CREATE TABLE responsibility_zones (
                id TEXT PRIMARY KEY,
                community_code TEXT NOT NULL REFERENCES communities(code),
                name TEXT NOT NULL,
                duties TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX responsibility_zones_community ON responsibility_zones(community_code)",
            """
            CREATE TABLE zone_buildings (
                zone_id TEXT NOT NULL REFERENCES responsibility_zones(id),
                building_id TEXT NOT NULL REFERENCES buildings(id),
                PRIMARY KEY (zone_id, building_id)
            )
            """,
            """
            CREATE TABLE holdings (
                id TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                holding_id TEXT NOT NULL,
                member_id TEXT NOT NULL REFERENCES party_members(id),
                community_code TEXT NOT NULL,
                from_on TEXT NOT NULL,
                to_on TEXT,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX holdings_holding ON holdings(holding_id, from_on)",
            "CREATE INDEX holdings_member ON holdings(member_id, from_on)",
        ] + appendOnly
    }
}
