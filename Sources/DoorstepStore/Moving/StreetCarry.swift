import DoorstepCore
import Foundation
import SQLKit

/// Carries a street's own database (SQLite, one street with its communities) into a district's PostgreSQL database
/// holding other streets (`doorstep migrate-to`): every row with its id, sealed values sealed again under the
/// district's key, keyed hashes taken again under its index key, the audit chain joined to the district's, all in one
/// transaction. Anything that would clash is refused first, by name, and nothing is written.
public struct StreetCarry: Sendable {
    /// The street's database (a frozen copy, brought to this version), keyed with its own key file.
    let source: Store
    /// The district's database, keyed with the district's key file.
    let target: Store
    /// Added to the usernames the district already has; without it such usernames are refused.
    let usernameSuffix: String?
    /// An anchor kept of the street's chain, checked before anything is carried.
    let sourceAnchor: AuditAnchor?

    public init(from source: Store, into target: Store, usernameSuffix: String? = nil, sourceAnchor: AuditAnchor? = nil) {
        self.source = source
        self.target = target
        self.usernameSuffix = usernameSuffix.flatMap { $0.isEmpty ? nil : $0 }
        self.sourceAnchor = sourceAnchor
    }

    /// Checks everything a carry needs, writing nothing; the plan, or every problem found.
    public func check() async throws -> CarryPlan {
        guard source.database.engine == .sqlite, target.database.engine == .postgres else {
            throw CarryRefusal([CarryProblem("database", "engines")])
        }
        // The street's copy was brought to this version; the district is never changed here but by the carry itself.
        let levels = (try await Migrator.appliedIDs(source.database), try await Migrator.appliedIDs(target.database))
        let current = Migrations.all.map(\.id)
        guard levels.0 == current, levels.1 == current else {
            throw CarryRefusal([
                CarryProblem(
                    "schema_migrations", "levels",
                    ["source": String(levels.0.last ?? 0), "target": String(levels.1.last ?? 0), "current": String(current.last ?? 0)])
            ])
        }
        let tables = try await source.database.read { source in
            try await target.database.read { target in try await CarriedTables.plan(source: source, target: target) }
        }.get()
        var problems = try await sourceProblems()
        let street = try await source.database.read { sql in
            try await sql.raw("SELECT code, name FROM streets ORDER BY code").all().map { (try $0.string("code"), try $0.string("name")) }
        }
        guard street.count == 1, let (streetCode, streetName) = street.first else {
            throw CarryRefusal(problems + [CarryProblem("streets.code", "oneStreet", ["n": String(street.count)])])
        }
        let codes = try await source.database.read { sql in
            [streetCode]
                + (try await sql.raw("SELECT code FROM communities ORDER BY code").all().map { try $0.string("code") })
                + (try await sql.raw("SELECT code FROM grids ORDER BY code").all().map { try $0.string("code") })
        }
        let checks = CarryChecks(source: source.database, target: target.database)
        problems += try await checks.territory(street: streetCode, codes: codes)
        let (renames, nameProblems) = try await checks.usernames(suffix: usernameSuffix)
        problems += nameProblems
        let (calendarKept, calendarAdded, calendarProblems) = try await checks.calendar()
        problems += calendarProblems
        let resealing = Resealing(source: source.settings.keys.current, target: target.settings.keys.current, renames: renames)
        var rows: [(table: String, count: Int)] = []
        for table in tables {
            let count = try await table.count(in: source.database)
            rows.append((table.name, table.name == "calendar_days" ? count - calendarKept.count : count))
        }
        let (counts, idIndexes, openProblems) = try await openEverything(tables, with: resealing)
        problems += openProblems
        problems += try await checks.idNumbers(idIndexes)
        guard problems.isEmpty else { throw CarryRefusal(problems) }
        return CarryPlan(
            streetCode: streetCode, streetName: streetName, codes: codes, rows: rows, renames: renames,
            resealed: counts.resealed, reindexed: counts.reindexed, calendarDaysAdded: calendarAdded,
            auditRows: try await source.database.read { sql in try await sql.raw("SELECT COUNT(*) AS n FROM audit_log").first()?.int("n") ?? 0 },
            sourceHead: try await source.audit.anchor(), tables: tables, calendarDaysKept: calendarKept, resealing: resealing)
    }

    /// Every sealed value opened and every keyed hash checked now, so the carry itself cannot stop half-way on one;
    /// with the residents' ID-number hashes as the district will hold them, by record id.
    private func openEverything(
        _ tables: [CarriedTable], with resealing: Resealing
    ) async throws -> (Resealing.Counts, [String: String], [CarryProblem]) {
        var counts = Resealing.Counts()
        var idIndexes: [String: String] = [:]
        var problems: [CarryProblem] = []
        for table in tables
        where IndexedColumn.all.contains(where: { $0.table == table.name }) || SealedColumn.all.contains(where: { $0.table == table.name }) {
            let indexAt = table.name == "residents" ? table.columns.firstIndex(of: "id_number_index") : nil
            let idAt = table.columns.firstIndex(of: "id")
            do {
                try await table.each(in: source.database) { page in
                    for var row in page {
                        try resealing.carry(&row, of: table, counts: &counts)
                        if let indexAt, let idAt, let index = row[indexAt].text, let id = row[idAt].text { idIndexes[index] = id }
                    }
                }
            } catch let refusal as CarryRefusal {
                problems += refusal.problems
            }
        }
        return (counts, idIndexes, problems)
    }

    /// The source's own soundness: its references all hold, its chain is intact under its key file (which proves the
    /// key file is the street's), and the district's newest row holds under the district's key file.
    private func sourceProblems() async throws -> [CarryProblem] {
        var problems: [CarryProblem] = []
        let orphans = try await source.database.read { sql in
            try await sql.raw("SELECT DISTINCT \"table\" AS t FROM pragma_foreign_key_check").all().map { try $0.string("t") }
        }
        if !orphans.isEmpty { problems.append(CarryProblem("source.foreign_keys", "orphans", ["tables": orphans.joined(separator: ", ")])) }
        switch try await source.audit.verify(anchor: sourceAnchor) {
        case .intact: break
        case .changed(let sequence): problems.append(CarryProblem("audit_log.source", "auditChanged", ["seq": String(sequence)]))
        case .removed(let sequence): problems.append(CarryProblem("audit_log.source", "auditRemoved", ["seq": String(sequence)]))
        }
        if try await !targetKeyFileHolds() { problems.append(CarryProblem("audit_log.target", "targetKeyFile")) }
        return problems
    }

    /// Whether the target's key file is the district's: its newest keyed audit row holds under it, or, before the
    /// chain was keyed, one of its sealed values opens with it. A district with neither has nothing it could misread.
    private func targetKeyFileHolds() async throws -> Bool {
        let keys = target.settings.keys.current
        let newest = try await target.database.read { sql in
            try await sql.raw("SELECT * FROM audit_log WHERE hash LIKE 'hmac:%' ORDER BY seq DESC LIMIT 1").first().map(AuditStore.entry)
        }
        if let newest { return AuditChain.holds(newest, keys: keys) }
        for column in SealedColumn.all {
            let sealed = try await target.database.read { sql in
                try await sql.raw(
                    "SELECT \(unsafeRaw: column.column) AS v FROM \(unsafeRaw: column.table) WHERE \(unsafeRaw: column.column) IS NOT NULL LIMIT 1"
                ).first()?.string("v")
            }
            if let sealed { return (try? keys.open(sealed, context: column.context)) != nil }
        }
        return true
    }
}
