import DoorstepCore
import SQLKit

/// What two databases can each hold alone yet not together: the same territory, the same username, the same
/// person, a calendar day set two ways. Each check names what clashes and writes nothing.
struct CarryChecks: Sendable {
    let source: Database
    let target: Database

    /// The street, its communities and grids must all be new to the district; every source account must be
    /// scoped inside the street (an account over more would see the district's other streets).
    func territory(street: String, codes: [String]) async throws -> [CarryProblem] {
        var problems: [CarryProblem] = []
        for (table, field) in [("streets", "streets.code"), ("communities", "communities.code"), ("grids", "grids.code")] {
            let present = try await target.read { sql in
                try await sql.raw("SELECT code FROM \(unsafeRaw: table) WHERE code IN (\(binds: codes)) ORDER BY code").all()
                    .map { try $0.string("code") }
            }
            if !present.isEmpty { problems.append(CarryProblem(field, "codeExists", ["codes": CarryProblem.list(present)])) }
        }
        let outside = try await source.read { sql in
            try await sql.raw(
                """
                SELECT username FROM accounts WHERE street_code <> \(bind: street)
                OR substr(scope_code, 1, \(bind: street.count)) <> \(bind: street) ORDER BY username
                """
            ).all().map { try $0.string("username") }
        }
        if !outside.isEmpty { problems.append(CarryProblem("accounts.scope_code", "outsideStreet", ["usernames": CarryProblem.list(outside)])) }
        return problems
    }

    /// Usernames the district already has: refused, or renamed with `suffix`, when the new name is free too.
    func usernames(suffix: String?) async throws -> (renames: [String: String], problems: [CarryProblem]) {
        let names = try await source.read { sql in
            try await sql.raw("SELECT username FROM accounts ORDER BY username").all().map { try $0.string("username") }
        }
        let taken = try await present(names, column: "username", in: "accounts")
        guard !taken.isEmpty else { return ([:], []) }
        guard let suffix else {
            return ([:], [CarryProblem("accounts.username", "usernameExists", ["usernames": CarryProblem.list(taken)])])
        }
        let renames = Dictionary(uniqueKeysWithValues: taken.map { ($0, $0 + suffix) })
        let stillTaken = try await present(Array(renames.values), column: "username", in: "accounts")
            + renames.values.filter(Set(names).contains)
        guard stillTaken.isEmpty else {
            return ([:], [CarryProblem("accounts.username", "usernameExists", ["usernames": CarryProblem.list(stillTaken.sorted())])])
        }
        return (renames, [])
    }

    /// The work calendar is one per database: days both set alike stay; days only the street set are added; a day
    /// set otherwise in the district is refused (settle the calendar first).
    func calendar() async throws -> (kept: Set<String>, added: Int, problems: [CarryProblem]) {
        func days(_ database: Database) async throws -> [String: String] {
            try await database.read { sql in
                Dictionary(
                    uniqueKeysWithValues: try await sql.raw("SELECT day, kind, name FROM calendar_days").all().map {
                        (try $0.string("day"), try $0.string("kind") + "\u{1F}" + $0.string("name"))
                    })
            }
        }
        let (street, district) = (try await days(source), try await days(target))
        let differing = street.filter { district[$0.key] != nil && district[$0.key] != $0.value }.keys.sorted()
        guard differing.isEmpty else {
            return ([], 0, [CarryProblem("calendar_days.day", "calendarDiffers", ["days": CarryProblem.list(differing)])])
        }
        let kept = Set(street.keys.filter { district[$0] != nil })
        return (kept, street.count - kept.count, [])
    }

    /// Residents the district already registers (the same ID number, found by its keyed hash under the district's
    /// index key), named by the street's record id: never by the number.
    func idNumbers(_ indexes: [String: String]) async throws -> [CarryProblem] {
        let found = try await present(Array(indexes.keys), column: "id_number_index", in: "residents")
        guard !found.isEmpty else { return [] }
        let ids = found.compactMap { indexes[$0] }.sorted()
        return [CarryProblem("residents.id_number", "residentExists", ["ids": CarryProblem.list(ids), "n": String(ids.count)])]
    }

    /// Which of `values` the target's `table.column` holds, asked a thousand at a time.
    private func present(_ values: [String], column: String, in table: String) async throws -> [String] {
        var found: [String] = []
        var start = 0
        while start < values.count {
            let batch = Array(values[start..<min(start + 1000, values.count)])
            found += try await target.read { sql in
                try await sql.raw("SELECT \(unsafeRaw: column) AS v FROM \(unsafeRaw: table) WHERE \(unsafeRaw: column) IN (\(binds: batch))")
                    .all().map { try $0.string("v") }
            }
            start += 1000
        }
        return found.sorted()
    }
}
