import DoorstepCore
import Foundation
import PostgresNIO
import SQLKit

extension StreetCarry {
    /// Checks, then carries everything in one transaction of the district's, then counts every figure on both sides.
    /// A refusal, or anything that fails on the way, leaves the district as it was.
    public func run() async throws -> CarryReport {
        let plan = try await check()
        let carryID = Secrets.identifier()
        let source = self.source.database
        let targetKeys = target.settings.keys.current
        let now = target.audit.clock()
        let span: (first: Int, last: Int)
        do {
            span = try await target.database.write { sql in
                for table in plan.tables {
                    try await Self.copy(table, from: source, plan: plan, into: sql)
                }
                // The chain last: its head row, once locked, holds every other audited write in the district.
                let first = try await AuditStore.lockedHead(in: sql, engine: .postgres).sequence + 1
                try await CarriedTables.audit.each(in: source) { page in
                    let entries = try page.map(AuditEntry.init(carried:))
                    try await AuditStore.appendCarried(entries, carryID: carryID, keys: targetKeys, in: sql, engine: .postgres)
                }
                let last = try await AuditStore.lockedHead(in: sql, engine: .postgres).sequence
                try await AuditStore.append(
                    AuditEvent(
                        actorID: nil, actorName: "command line", action: .databaseCarriedIn, subject: "carried:\(carryID)",
                        territoryCode: plan.streetCode,
                        detail: [
                            "street": plan.streetCode, "rows": String(plan.auditRows), "sourceHead": plan.sourceHead?.description ?? "",
                            "first": String(first), "last": String(last),
                        ]),
                    at: now, in: sql, engine: .postgres)
                return (first, last)
            }
        } catch let error as PSQLError where error.serverInfo != nil {
            // A value no check looks for (a key a client chose, a random code) or one taken since the checks; named by
            // its table and constraint, never by the values the server's message quotes.
            let info = error.serverInfo
            throw CarryRefusal([
                CarryProblem(
                    info?[.tableName] ?? "database", isUniqueViolation(error) ? "clash" : "refusedByDatabase",
                    ["constraint": info?[.constraintName] ?? "", "sqlstate": info?[.sqlState] ?? ""])
            ])
        }
        let figures = try await CarryFigures(codes: plan.codes, today: CalendarDay(containing: now)).compare(self.source, target)
        return CarryReport(
            plan: plan, carryID: carryID, firstSequence: span.first, lastSequence: span.last, anchor: try await target.audit.anchor(),
            figuresCompared: figures.compared, figuresDiffering: figures.differing)
    }

    /// One table's rows, a page per statement; references to the table's own rows are set once all are in.
    private static func copy(_ table: CarriedTable, from source: Database, plan: CarryPlan, into sql: any SQLDatabase) async throws {
        let references = table.selfReferences.compactMap { table.columns.firstIndex(of: $0) }
        let idAt = table.columns.firstIndex(of: "id")
        let dayAt = table.name == "calendar_days" ? table.columns.firstIndex(of: "day") : nil
        var pending: [(id: String, column: String, value: String)] = []
        var counts = Resealing.Counts()
        try await table.each(in: source) { page in
            var rows: [[CarriedValue]] = []
            for var row in page {
                if let dayAt, let day = row[dayAt].text, plan.calendarDaysKept.contains(day) { continue }
                try plan.resealing.carry(&row, of: table, counts: &counts)
                for at in references {
                    guard let value = row[at].text, let idAt, let id = row[idAt].text else { continue }
                    pending.append((id, table.columns[at], value))
                    row[at] = .text(nil)
                }
                rows.append(row)
            }
            try await CarriedValue.insert(into: table.name, columns: table.columns, rows: rows, in: sql)
        }
        for (id, column, value) in pending {
            try await sql.raw("UPDATE \(unsafeRaw: table.name) SET \(unsafeRaw: column) = \(bind: value) WHERE id = \(bind: id)").run()
        }
    }
}
