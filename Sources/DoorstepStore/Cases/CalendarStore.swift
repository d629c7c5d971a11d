import DoorstepCore
import Foundation
import SQLKit

/// The work calendar deadlines count over: the shipped years with the days set by hand laid over them. Read from
/// the database on every use (a few dozen rows a year), so every server counts the same deadline the moment a
/// street office adds next year's holidays.
public struct CalendarStore: Sendable {
    let database: Database
    /// The shipped calendar (or a test's) that the entries are laid over.
    let base: WorkCalendar
    let clock: @Sendable () -> Date

    /// The calendar in force.
    public func current() async throws -> WorkCalendar {
        try await database.read { sql in try await Self.current(base: base, in: sql) }
    }

    /// Next year, when it is December and no holiday of next year is known yet (see `WorkCalendar.unsetNextYear`).
    public func unsetNextYear(in calendar: WorkCalendar? = nil) async throws -> Int? {
        let calendar = if let calendar { calendar } else { try await current() }
        return calendar.unsetNextYear(today: CalendarDay(containing: clock()))
    }

    static func current(base: WorkCalendar, in sql: any SQLDatabase) async throws -> WorkCalendar {
        base.applying(try await entries(in: sql))
    }

    /// The days set by hand, oldest setting first.
    public func entries() async throws -> [CalendarEntry] {
        try await database.read { sql in try await Self.entries(in: sql) }
    }

    static func entries(in sql: any SQLDatabase) async throws -> [CalendarEntry] {
        try await sql.raw("SELECT day, kind, name FROM calendar_days ORDER BY set_at, day").all().compactMap { row in
            guard let day = CalendarDay(iso: try row.string("day")),
                let kind = CalendarEntry.Kind(rawValue: try row.string("kind"))
            else { return nil }
            return CalendarEntry(day: day, kind: kind, name: try row.string("name"))
        }
    }

    /// Sets days, all or none; street administrators only, since one calendar serves every community. Audited with
    /// how many days and which years.
    public func set(_ entries: [CalendarEntry], by principal: Principal, clientAddress: String? = nil) async throws {
        guard principal.role == .streetAdmin else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        guard !entries.isEmpty else { throw ValidationFailure([FieldError("days", .required)]) }
        let moment = clock()
        let now = Timestamp.format(moment)
        let engine = database.engine
        let years = Set(entries.map { String($0.day.year) }).sorted().joined(separator: ",")
        try await database.write { sql in
            for entry in entries {
                try await sql.raw("DELETE FROM calendar_days WHERE day = \(bind: entry.day.description)").run()
                try await sql.raw(
                    """
                    INSERT INTO calendar_days (day, kind, name, set_by, set_at)
                    VALUES (\(bind: entry.day.description), \(bind: entry.kind.rawValue), \(bind: entry.name),
                        \(bind: principal.accountID), \(bind: now))
                    """
                ).run()
            }
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .calendarChanged, subject: "calendar:\(years)", territoryCode: principal.scope.code,
                    detail: ["days": String(entries.count), "years": years], clientAddress: clientAddress),
                at: moment, in: sql, engine: engine)
        }
    }
}
