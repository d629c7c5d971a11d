import Foundation
import SQLKit

/// One table to carry: its columns as the target types them, and the columns that refer to its own rows.
struct CarriedTable: Sendable {
    let name: String
    let columns: [String]
    let kinds: [CarriedValue.Kind]
    /// Columns referring to rows of the same table: written empty with the rows, then set once all are in.
    let selfReferences: [String]
    /// Which rows are the street's own; nil for all.
    let only: SQLQueryString?
    /// The column rows are read in order of: SQLite's rowid, or the audit chain's sequence.
    var order = "rowid"

    /// Rows read and written at a time: a few where a row may hold photos of several megabytes.
    var pageSize: Int { kinds.contains(.bytes) ? 8 : 500 }
}

/// The tables a street's database carries, in an order that puts every row after the rows it refers to, read from
/// the two schemas themselves, so a migration that adds a table is carried without being listed here.
enum CarriedTables {
    /// Tables not carried: each database's own bookkeeping (its migrations, its case clock's lease), what is
    /// only ever short-lived (sessions, sign-in tries: people sign in again), and the audit chain, which is carried
    /// row by row into the target's chain (`AuditStore.appendCarried`), and the tallies, which the target's
    /// triggers count as the records arrive.
    static let left: Set<String> = [
        "schema_migrations", "sessions", "job_leases", "attempts", "login_failures", "audit_log", "audit_head",
        "carried_audit_rows", "case_tally", "visit_tally", "opinion_tally", "household_tally",
        "volunteer_hours_tally",
    ]

    /// The shipped case categories (owner '') are in every database by its migrations; only local ones move.
    static let filters: [String: SQLQueryString] = ["case_categories": "owner <> ''"]

    /// The carried tables in order, or the problems that stop it: a table or column one side has and the other not.
    static func plan(source: any SQLDatabase, target: any SQLDatabase) async throws -> Result<[CarriedTable], CarryRefusal> {
        var targetColumns: [String: [String: String]] = [:]
        for row in try await target.raw(
            """
            SELECT table_name, column_name, data_type FROM information_schema.columns
            WHERE table_schema = current_schema()
            """
        ).all() {
            targetColumns[try row.string("table_name"), default: [:]][try row.string("column_name")] = try row.string("data_type")
        }
        let names = try await source.raw(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ).all().map { try $0.string("name") }
        var problems: [CarryProblem] = []
        var tables: [String: CarriedTable] = [:]
        var parents: [String: Set<String>] = [:]
        for name in names where !left.contains(name) {
            let columns = try await source.raw("SELECT name FROM pragma_table_info(\(bind: name)) ORDER BY cid").all()
                .map { try $0.string("name") }
            guard let declared = targetColumns[name], Set(declared.keys) == Set(columns) else {
                problems.append(CarryProblem("columns.\(name)", "columnsDiffer"))
                continue
            }
            let kinds = columns.compactMap { CarriedValue.Kind(postgresType: declared[$0] ?? "") }
            guard kinds.count == columns.count else {
                problems.append(CarryProblem("columns.\(name)", "columnsDiffer"))
                continue
            }
            let references = try await source.raw(#"SELECT "table" AS parent, "from" AS col FROM pragma_foreign_key_list(\#(bind: name))"#)
                .all().map { (try $0.string("parent"), try $0.string("col")) }
            parents[name] = Set(references.map(\.0).filter { $0 != name && !left.contains($0) })
            tables[name] = CarriedTable(
                name: name, columns: columns, kinds: kinds, selfReferences: references.filter { $0.0 == name }.map(\.1),
                only: filters[name])
        }
        for name in targetColumns.keys where !left.contains(name) && !names.contains(name) {
            problems.append(CarryProblem("columns.\(name)", "columnsDiffer"))
        }
        guard problems.isEmpty else { return .failure(CarryRefusal(problems)) }
        var ordered: [CarriedTable] = []
        var placed: Set<String> = []
        while placed.count < tables.count {
            let ready = tables.keys.filter { !placed.contains($0) && parents[$0, default: []].isSubset(of: placed) }.sorted()
            guard !ready.isEmpty else {
                return .failure(CarryRefusal([CarryProblem("columns", "columnsDiffer")]))
            }
            for name in ready {
                ordered.append(tables[name]!)
                placed.insert(name)
            }
        }
        return .success(ordered)
    }
}
