import DoorstepCore
import DoorstepExchange
import DoorstepStore

/// What a sheet can import: its template, how its header names a field, and the store call that takes its rows.
enum ImportKind: String, CaseIterable, Sendable {
    case residents
    case buildings
    case members

    var templateRows: [[String]] {
        switch self {
        case .residents: ResidentSheet.templateRows
        case .buildings: BuildingSheet.templateRows
        case .members: MemberSheet.templateRows
        }
    }

    var header: [String] { templateRows[0] }

    /// The column a row error is about, as the sheet's header names it.
    func column(for field: String) -> String? {
        switch self {
        case .residents: ResidentSheet.column(for: field)
        case .buildings: BuildingSheet.column(for: field)
        case .members: MemberSheet.column(for: field)
        }
    }

    /// Who may import this kind.
    var permission: Permission {
        self == .members ? .manageParty : .editRegistry
    }

    /// Reads the table now (a header that lacks a column is refused at once) and returns the import to run. Its row
    /// errors name their columns as the sheet's header does, as the template says 证件号码 and not the API's words.
    func prepare(_ records: SheetRecords, store: Store, by principal: Principal) throws(RowValidationFailure)
        -> @Sendable (_ progress: @escaping @Sendable (ImportProgress) -> Void) async throws -> ImportSummary
    {
        let run = try reader(records, store: store, by: principal)
        return { progress in
            do {
                return try await run(progress)
            } catch let failure as RowValidationFailure {
                throw RowValidationFailure(failure.errors.map(named))
            }
        }
    }

    /// A row error with its column as the sheet names it.
    func named(_ error: RowError) -> RowError {
        var named = error
        named.column = named.column ?? column(for: error.field)
        return named
    }

    /// Residents are read from the file as the import takes them (an upload may hold hundreds of thousands);
    /// buildings and members, a few hundred at most, all at once.
    private func reader(_ records: SheetRecords, store: Store, by principal: Principal) throws(RowValidationFailure)
        -> @Sendable (_ progress: @escaping @Sendable (ImportProgress) -> Void) async throws -> ImportSummary
    {
        switch self {
        case .residents:
            let rows = try ResidentSheet.rows(in: records)
            let expected = max(0, records.count - 1)
            return { progress in try await store.residents.importRows(rows, expected: expected, by: principal, progress: progress) }
        case .buildings:
            let rows = try BuildingSheet.rows(Array(records))
            return { progress in try await store.buildings.importRows(rows, by: principal, progress: progress) }
        case .members:
            let rows = try MemberSheet.rows(Array(records))
            return { progress in try await store.party.importRows(rows, by: principal, progress: progress) }
        }
    }

    /// What went in, in the user's words.
    func summary(_ summary: ImportSummary, _ strings: Strings) -> String {
        switch self {
        case .residents:
            strings.format(
                "import_done", ["residents": String(summary.residents), "households": String(summary.householdsCreated)])
        case .buildings: strings.format("import_done_buildings", ["buildings": String(summary.buildings)])
        case .members: strings.format("import_done_members", ["members": String(summary.members)])
        }
    }
}
