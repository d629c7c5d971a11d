import DoorstepCore
import Foundation
import SQLKit

/// The background work on case clocks: a yellow warning to the handler at 80 % of the limit, escalation of
/// overdue cases grid → community → street, and a reminder to the community's staff when a shelved case reaches
/// its review date. Any server may run it. A lease in the database lets one server sweep
/// at a time, and each change is a conditional write on the case, so a warning or an escalation happens once
/// even if two sweeps meet.
public struct CaseClockJob: Sendable {
    let database: Database
    let calendar: WorkCalendar
    let clock: @Sendable () -> Date
    static let name = "case-clock"

    public struct Sweep: Sendable, Equatable {
        public var ran: Bool
        public var warned: Int
        public var escalated: Int
        public var reminded: Int = 0
    }

    /// Takes the lease if it is free (or already this holder's) and sweeps; returns what it did.
    public func sweep(holder: String, lease: Duration = .seconds(120)) async throws -> Sweep {
        guard try await takeLease(holder: holder, for: lease) else { return Sweep(ran: false, warned: 0, escalated: 0) }
        let now = clock()
        let stamp = Timestamp.format(now)
        let calendar = try await database.read { [base = self.calendar] sql in try await CalendarStore.current(base: base, in: sql) }
        // Two queries, each marking what it handles, so the same rows never come back to crowd out the others.
        func due(_ condition: SQLQueryString, by column: String) async throws -> [Case] {
            try await database.read { sql in
                try await sql.raw(
                    """
                    SELECT * FROM cases WHERE state IN ('dispatched', 'inProgress') AND paused_at IS NULL AND \(condition)
                    ORDER BY \(unsafeRaw: column) LIMIT 1000
                    """
                ).all().map(CaseRow.decode)
            }
        }
        var sweep = Sweep(ran: true, warned: 0, escalated: 0)
        for item in try await due("warned = \(bind: false) AND warn_at <= \(bind: stamp)", by: "warn_at") {
            if try await warn(item, at: now) { sweep.warned += 1 }
        }
        for item in try await due("escalate_at <= \(bind: stamp)", by: "escalate_at") {
            if try await escalate(item, at: now, calendar: calendar) { sweep.escalated += 1 }
        }
        sweep.reminded = try await remindReviews(at: now)
        return sweep
    }

    func takeLease(holder: String, for lease: Duration) async throws -> Bool {
        let now = clock()
        let until = Timestamp.format(now.addingTimeInterval(lease.seconds))
        return try await database.write { sql in
            try await sql.raw(
                """
                INSERT INTO job_leases (name, holder, expires_at) VALUES (\(bind: Self.name), \(bind: holder), \(bind: until))
                ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
                WHERE job_leases.expires_at < \(bind: Timestamp.format(now)) OR job_leases.holder = excluded.holder
                RETURNING holder
                """
            ).first() != nil
        }
    }

    /// Tells the community's staff, once per review date, that a shelved case is due its review.
    private func remindReviews(at now: Date) async throws -> Int {
        let today = CalendarDay(containing: now).description
        let due = try await database.read { sql in
            try await sql.raw(
                """
                SELECT * FROM cases WHERE state = 'shelved' AND shelved_review_on <= \(bind: today)
                AND (review_reminded_on IS NULL OR review_reminded_on < shelved_review_on) LIMIT 1000
                """
            ).all().map(CaseRow.decode)
        }
        var reminded = 0
        for item in due {
            let sent = try await database.write { sql in
                let marked = try await sql.raw(
                    """
                    UPDATE cases SET review_reminded_on = \(bind: today)
                    WHERE id = \(bind: item.id) AND version = \(bind: item.version)
                    AND (review_reminded_on IS NULL OR review_reminded_on < shelved_review_on) RETURNING id
                    """
                ).first()
                guard marked != nil else { return false }
                let staff = try await Notifications.staff(at: .community, of: item, in: sql)
                try await Notifications.send(.reviewDue, about: item, to: staff, at: now, in: sql)
                return true
            }
            if sent { reminded += 1 }
        }
        return reminded
    }

    /// Marks the warning sent, and tells the handler (for a handling unit, the community's staff who record its
    /// work), only if no one marked it first.
    private func warn(_ item: Case, at now: Date) async throws -> Bool {
        guard let warnAt = item.warnAt, warnAt <= now else { return false }
        return try await database.write { sql in
            let marked = try await sql.raw(
                """
                UPDATE cases SET warned = \(bind: true)
                WHERE id = \(bind: item.id) AND version = \(bind: item.version) AND warned = \(bind: false) RETURNING id
                """
            ).first()
            guard marked != nil else { return false }
            var told = item.handler?.accountID.map { [$0] } ?? []
            if told.isEmpty { told = try await Notifications.staff(at: .community, of: item, in: sql) }
            try await Notifications.send(.warning, about: item, to: told, at: now, in: sql)
            return true
        }
    }

    /// Raises an overdue case one level (or two, if it is that late), recorded in its history and told to the
    /// staff of the level and the handler.
    private func escalate(_ item: Case, at now: Date, calendar: WorkCalendar) async throws -> Bool {
        guard let level = item.escalationDue(at: now, calendar: calendar) else { return false }
        return try await database.write { sql in
            guard let row = try await sql.raw("SELECT * FROM cases WHERE id = \(bind: item.id)").first() else { return false }
            let current = try CaseRow.decode(row)
            guard current.version == item.version else { return false }
            let (next, event) = try current.applying(.escalate(to: level), by: .system, at: now, calendar: calendar)
            guard try await CaseRow.update(next, in: sql) else { return false }
            try await CaseRow.insert(event, in: sql)
            let staff = try await Notifications.staff(at: level, of: next, in: sql)
            try await Notifications.send(
                .escalated, about: next, detail: level.rawValue, to: staff + [next.handler?.accountID].compactMap { $0 },
                at: now, in: sql)
            return true
        }
    }
}
