import DoorstepCore
import Foundation
import SQLKit

extension PartyStore {
    /// Imports Party members from a members' sheet, all or none, every bad row named. The organisation is found by
    /// name inside the caller's scope ("parent/name" where two share a name); a member with an ID number is linked
    /// to that resident of the organisation's community (found through the keyed hash, never by decrypting), at
    /// most once; one without is an employed member registering here (双报到).
    public func importRows(
        _ rows: [MemberSheet.Row], by principal: Principal,
        progress: @escaping @Sendable (ImportProgress) -> Void = { _ in }
    ) async throws -> ImportSummary {
        guard principal.can(.manageParty) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let orgs = try await orgs(for: principal)
        let keys = self.keys
        let today = clock()
        struct Checked {
            var row: MemberSheet.Row
            var org: PartyOrg
            var idIndex: String?
            var status: MembershipStatus
            var employment: EmploymentStatus
            var joinedOn: String
            var dual: Bool
        }
        var errors: [RowError] = []
        var checked: [Checked] = []
        let step = ImportProgress.step(for: rows.count)
        for (index, row) in rows.enumerated() {
            if index % step == 0 { progress(ImportProgress(phase: .checking, done: index, total: rows.count)) }
            var problems: [RowError] = []
            func problem(_ field: String, _ kind: FieldProblem) { problems.append(RowError(row.number, field, kind)) }
            var validator = Validator()
            validator.text("name", row.name, maximum: 50)
            problems += validator.errors.map { RowError(row.number, $0.field, $0.problem) }
            let path = row.org.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
            // Members belong to a community's organisations; the street's working committee has none of its own.
            let matches = orgs.filter { org in
                org.territoryCode.count == ScopeLevel.community.codeLength && org.name == path.last && (path.count < 2 || orgs.contains { $0.id == org.parentID && $0.name == path[path.count - 2] })
            }
            if row.org.isEmpty { problem("orgID", .required) } else if matches.isEmpty { problem("orgID", .notFound) }
            else if matches.count > 1 { problem("orgID", .ambiguous) }
            var idIndex: String?
            if !row.idNumber.isEmpty {
                switch IDNumber.parse(row.idNumber, today: today) {
                case .success(let number):
                    idIndex = keys.blindIndex(number.value, context: SealedColumn.residentIDNumber.context)
                case .failure(let kind):
                    // Eighteen characters is an ID card mistyped; anything else is a passport or permit, indexed as
                    // registration indexes it.
                    if row.idNumber.count == 18 {
                        problem("idNumber", kind)
                    } else {
                        idIndex = keys.blindIndex(row.idNumber.uppercased(), context: SealedColumn.residentIDNumber.context)
                    }
                }
            }
            let status = MemberSheet.statusWords[row.status]
            if status == nil { problem("status", .unknownValue(allowed: ["正式党员", "预备党员"])) }
            let employment = row.employment.isEmpty ? EmploymentStatus.employed : MemberSheet.employmentWords[row.employment]
            if employment == nil { problem("employment", .unknownValue(allowed: ["在职", "退休", "流动"])) }
            let joined = MemberSheet.date(row.joinedOn)
            if row.joinedOn.isEmpty { problem("joinedOn", .required) }
            else if joined == nil || joined! > Timestamp.format(today).prefix(10) { problem("joinedOn", .dateFormat) }
            // Left empty, 双报到 follows the ID number: a member not registered here registers with the community.
            let dual = row.dualCheckIn.isEmpty ? row.idNumber.isEmpty : MemberSheet.yesWords.contains(row.dualCheckIn)
            if !dual, !MemberSheet.noWords.contains(row.dualCheckIn) { problem("dualCheckIn", .unknownValue(allowed: ["是", "否"])) }
            errors += problems
            if problems.isEmpty, let org = matches.first, let status, let employment, let joined {
                checked.append(Checked(
                    row: row, org: org, idIndex: idIndex, status: status, employment: employment, joinedOn: joined, dual: dual))
            }
        }
        progress(ImportProgress(phase: .checking, done: rows.count, total: rows.count))
        let prior = errors
        let candidates = checked
        let now = Timestamp.format(today)
        let engine = database.engine
        return try await database.write { sql in
            var errors = prior
            var seen: [String: Int] = [:]
            var ready: [(Checked, residentID: String?, grid: String?)] = []
            for (index, item) in candidates.enumerated() {
                if index % step == 0 { progress(ImportProgress(phase: .matching, done: index, total: candidates.count)) }
                let community = item.org.territoryCode
                var residentID: String?
                var grid: String? = item.org.gridCodes.first
                if let idIndex = item.idIndex {
                    if let first = seen[idIndex] {
                        errors.append(RowError(item.row.number, "idNumber", .duplicateInFile(row: first)))
                        continue
                    }
                    seen[idIndex] = item.row.number
                    guard
                        let resident = try await sql.raw(
                            """
                            SELECT id, grid_code FROM residents WHERE id_number_index = \(bind: idIndex)
                            AND community_code = \(bind: community)
                            """
                        ).first()
                    else {
                        errors.append(RowError(item.row.number, "idNumber", .notFound))
                        continue
                    }
                    residentID = try resident.string("id")
                    grid = try resident.string("grid_code")
                    if try await sql.raw("SELECT id FROM party_members WHERE resident_id = \(bind: residentID)").first() != nil {
                        errors.append(RowError(item.row.number, "idNumber", .alreadyExists))
                        continue
                    }
                }
                ready.append((item, residentID, grid))
            }
            progress(ImportProgress(phase: .matching, done: candidates.count, total: candidates.count))
            if !errors.isEmpty {
                throw RowValidationFailure(errors.sorted { ($0.row, $0.field) < ($1.row, $1.field) })
            }
            for (index, (item, residentID, grid)) in ready.enumerated() {
                if index % step == 0 { progress(ImportProgress(phase: .writing, done: index, total: ready.count)) }
                let community = item.org.territoryCode
                try await sql.raw(
                    """
                    INSERT INTO party_members (id, org_id, street_code, community_code, grid_code, name, resident_id,
                        dual_check_in, status, employment, joined_on, created_at)
                    VALUES (\(bind: Secrets.identifier()), \(bind: item.org.id), \(bind: TerritoryCode.streetCode(of: community)),
                        \(bind: community), \(bind: grid), \(bind: item.row.name), \(bind: residentID), \(bind: item.dual),
                        \(bind: item.status.rawValue), \(bind: item.employment.rawValue), \(bind: item.joinedOn), \(bind: now))
                    """
                ).run()
            }
            progress(ImportProgress(phase: .writing, done: ready.count, total: ready.count))
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .recordsImported, subject: "partyMembers", territoryCode: principal.scope.code,
                    detail: ["rows": String(ready.count), "linkedToResidents": String(ready.filter { $0.residentID != nil }.count)]),
                at: today, in: sql, engine: engine)
            return ImportSummary(members: ready.count)
        }
    }
}
