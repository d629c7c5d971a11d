import DoorstepCore

extension Migration {
    /// The closed loop: the category dictionary (seeded with the shipped entries), cases, their history and
    /// photos, each account's inbox of notifications, idempotency keys for creates, and leases for background jobs.
    static let cases = Migration(id: 8, name: "cases") { engine in
        let bytes = engine == .postgres ? "BYTEA" : "BLOB"
        // Written out rather than taken from `CaseLane`, so this migration never changes; a test checks the two agree.
        let inHand = "state IN ('dispatched', 'inProgress', 'shelved')"
        return [
            """
            CREATE TABLE case_categories (
                owner TEXT NOT NULL,
                code TEXT NOT NULL,
                version BIGINT NOT NULL,
                standard_ref TEXT,
                kind TEXT NOT NULL,
                name TEXT NOT NULL,
                parent_code TEXT,
                default_handler TEXT NOT NULL,
                limit_routine TEXT NOT NULL,
                limit_urgent TEXT NOT NULL,
                limit_emergency TEXT NOT NULL,
                response_limit TEXT NOT NULL,
                register_condition TEXT NOT NULL,
                close_condition TEXT NOT NULL,
                is_local BOOLEAN NOT NULL,
                active BOOLEAN NOT NULL,
                created_at TEXT NOT NULL,
                PRIMARY KEY (owner, code, version)
            )
            """,
            """
            CREATE TABLE cases (
                id TEXT PRIMARY KEY,
                tracking_code TEXT NOT NULL UNIQUE,
                version BIGINT NOT NULL,
                state TEXT NOT NULL,
                source TEXT NOT NULL,
                kind TEXT NOT NULL,
                category_code TEXT NOT NULL,
                category_name TEXT NOT NULL,
                urgency TEXT NOT NULL,
                time_limit TEXT NOT NULL,
                response_limit TEXT NOT NULL,
                description TEXT NOT NULL,
                address TEXT NOT NULL,
                latitude DOUBLE PRECISION,
                longitude DOUBLE PRECISION,
                building_id TEXT REFERENCES buildings(id),
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                grid_code TEXT REFERENCES grids(code),
                reporter_name TEXT NOT NULL,
                anonymous BOOLEAN NOT NULL,
                reporter_phone_sealed TEXT,
                reporter_phone_masked TEXT,
                reporter_account_id TEXT REFERENCES accounts(id),
                created_by TEXT REFERENCES accounts(id),
                handler_account_id TEXT REFERENCES accounts(id),
                handler_name TEXT,
                dispatched_at TEXT,
                responded_at TEXT,
                responded_in_time BOOLEAN,
                warn_at TEXT,
                deadline TEXT,
                paused_at TEXT,
                extension_days BIGINT,
                extension_reason TEXT,
                extension_requested_at TEXT,
                extension_requested_by TEXT,
                shelved_review_on TEXT,
                review_reminded_on TEXT,
                escalation TEXT NOT NULL,
                escalate_at TEXT,
                feedback_at TEXT,
                warned BOOLEAN NOT NULL,
                handled_by TEXT,
                checked_by TEXT,
                rework_count BIGINT NOT NULL,
                reopen_count BIGINT NOT NULL,
                closed_at TEXT,
                closed_on_time BOOLEAN,
                solved BOOLEAN,
                satisfaction TEXT,
                evaluated_at TEXT,
                merged_into TEXT REFERENCES cases(id),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX cases_community_due ON cases(community_code, state, deadline)",
            "CREATE INDEX cases_community_new ON cases(community_code, state, created_at)",
            "CREATE INDEX cases_community_created ON cases(community_code, created_at)",
            "CREATE INDEX cases_grid_new ON cases(grid_code, state, created_at)",
            "CREATE INDEX cases_grid_due ON cases(grid_code, state, deadline)",
            "CREATE INDEX cases_street_due ON cases(street_code, state, deadline)",
            // Cases in hand, by deadline: the inbox and the overdue lane read these in order and stop at a page.
            "CREATE INDEX cases_handler_in_hand ON cases(handler_account_id, deadline) WHERE \(inHand)",
            "CREATE INDEX cases_community_in_hand ON cases(community_code, deadline) WHERE \(inHand)",
            "CREATE INDEX cases_grid_in_hand ON cases(grid_code, deadline) WHERE \(inHand)",
            "CREATE INDEX cases_street_in_hand ON cases(street_code, deadline) WHERE \(inHand)",
            "CREATE INDEX cases_clock ON cases(state, warn_at)",
            "CREATE INDEX cases_escalate ON cases(state, escalate_at)",
            "CREATE INDEX cases_review ON cases(state, shelved_review_on)",
            "CREATE INDEX cases_building ON cases(building_id, category_code, state)",
            "CREATE INDEX cases_reporter ON cases(reporter_account_id, created_at)",
            "CREATE INDEX cases_community_dispatched ON cases(community_code, dispatched_at)",
            "CREATE INDEX cases_community_evaluated ON cases(community_code, evaluated_at)",
            """
            CREATE TABLE case_events (
                case_id TEXT NOT NULL REFERENCES cases(id),
                version BIGINT NOT NULL,
                action TEXT NOT NULL,
                from_state TEXT NOT NULL,
                to_state TEXT NOT NULL,
                actor_id TEXT NOT NULL,
                actor_name TEXT NOT NULL,
                actor_standing TEXT NOT NULL,
                note TEXT NOT NULL,
                is_public BOOLEAN NOT NULL,
                note_is_public BOOLEAN NOT NULL,
                at TEXT NOT NULL,
                PRIMARY KEY (case_id, version)
            )
            """,
            "CREATE INDEX case_events_action ON case_events(action, at)",
            """
            CREATE TABLE case_photos (
                id TEXT PRIMARY KEY,
                case_id TEXT NOT NULL REFERENCES cases(id),
                version BIGINT NOT NULL,
                content_type TEXT NOT NULL,
                bytes \(bytes) NOT NULL,
                size BIGINT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX case_photos_case ON case_photos(case_id, version)",
            """
            CREATE TABLE notifications (
                id TEXT PRIMARY KEY,
                account_id TEXT NOT NULL REFERENCES accounts(id),
                case_id TEXT REFERENCES cases(id),
                kind TEXT NOT NULL,
                detail TEXT NOT NULL,
                created_at TEXT NOT NULL,
                read_at TEXT
            )
            """,
            "CREATE INDEX notifications_inbox ON notifications(account_id, read_at, created_at)",
            """
            CREATE TABLE idempotency_keys (
                owner TEXT NOT NULL,
                key TEXT NOT NULL,
                case_id TEXT NOT NULL REFERENCES cases(id),
                created_at TEXT NOT NULL,
                PRIMARY KEY (owner, key)
            )
            """,
            """
            CREATE TABLE job_leases (
                name TEXT PRIMARY KEY,
                holder TEXT NOT NULL,
                expires_at TEXT NOT NULL
            )
            """,
        ] + CategoryCatalog.shipped.map(insertShipped)
    }

    /// The shipped entries as literal rows: they are data of this migration, never edited afterwards.
    private static func insertShipped(_ category: CaseCategory) -> String {
        func text(_ value: String?) -> String {
            value.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" } ?? "NULL"
        }
        let limits = [Urgency.routine, .urgent, .emergency].map { text(category.limit(for: $0).text) }
        return """
            INSERT INTO case_categories (owner, code, version, standard_ref, kind, name, parent_code, default_handler,
                limit_routine, limit_urgent, limit_emergency, response_limit, register_condition, close_condition,
                is_local, active, created_at)
            VALUES ('', \(text(category.code)), \(category.version), \(text(category.standardRef)), \(text(category.kind.rawValue)),
                \(text(category.name)), \(text(category.parentCode)), \(text(category.defaultHandler.rawValue)),
                \(limits.joined(separator: ", ")), \(text(category.responseLimit.text)), \(text(category.registerCondition)),
                \(text(category.closeCondition)), \(category.isLocal ? "TRUE" : "FALSE"), TRUE, '2026-01-01T00:00:00.000Z')
            """
    }
}
