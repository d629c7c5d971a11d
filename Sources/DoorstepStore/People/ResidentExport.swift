import DoorstepCore
import Foundation
import SQLKit

extension ResidentStore {
    /// The residents inside the caller's scope as rows of the residents' sheet (`ResidentSheet.Column` order),
    /// masked — or, for a role that may reveal ID numbers and phones and with a reason, in full. Every export is
    /// written to the audit log with how many rows it held, whether it was masked, and the reason — and, from the
    /// shell, whether the operator vouched for an administrator's second factor (`operatorOverride`).
    public func export(
        for principal: Principal, unmaskedReason: String? = nil, clientAddress: String? = nil, operatorOverride: Bool = false
    ) async throws -> [[String]] {
        guard principal.can(.viewRegistry) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let unmasked = unmaskedReason != nil
        if unmasked {
            guard principal.role.revealableFields.isSuperset(of: [.idNumber, .phone, .careCategories]) else {
                throw StoreError.forbidden
            }
            var validator = Validator()
            validator.text("reason", unmaskedReason, maximum: 200)
            try validator.throwIfAny()
        }
        let scope = principal.scope.condition(street: "r.street_code", community: "r.community_code", grid: "r.grid_code")
        let now = clock()
        let engine = database.engine
        let keys = self.keys
        return try await database.write { sql in
            let rows = try await sql.raw(
                """
                SELECT r.*, h.unit, h.room, b.name AS building FROM residents r
                JOIN households h ON h.id = r.household_id JOIN buildings b ON b.id = h.building_id
                WHERE \(scope) ORDER BY r.grid_code, b.name, h.unit, h.room, r.created_at, r.id
                """
            ).all()
            let table = try rows.map { row -> [String] in
                let care: String
                if unmasked {
                    care = try row.optionalString("care_sealed").map {
                        try keys.open($0, context: SealedColumn.residentCare.context).split(separator: ",")
                            .compactMap { CareCategory(rawValue: String($0)).map(ResidentSheet.word(for:)) }
                            .joined(separator: "、")
                    } ?? ""
                } else {
                    care = try row.bool("has_care") ? "***" : ""
                }
                return [
                    try row.string("grid_code"), try row.string("building"), try row.string("unit"), try row.string("room"),
                    principal.role.shown(name: try row.string("name")),
                    IDDocumentType(rawValue: try row.string("id_type")).map(ResidentSheet.word(for:)) ?? "",
                    unmasked
                        ? try keys.open(try row.string("id_number_sealed"), context: SealedColumn.residentIDNumber.context)
                        : try row.string("id_number_masked"),
                    unmasked
                        ? try row.optionalString("phone_sealed").map {
                            try keys.open($0, context: SealedColumn.residentPhone.context)
                        } ?? ""
                        : try row.optionalString("phone_masked") ?? "",
                    try row.string("relation_to_head"),
                    ResidenceStatus(rawValue: try row.string("residence_status")).map(ResidentSheet.word(for:)) ?? "", care,
                ]
            }
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .personalDataExported, subject: "residents", territoryCode: principal.scope.code,
                    detail: ["rows": String(table.count), "masked": unmasked ? "false" : "true"]
                        .merging(operatorOverride ? ["operatorOverride": "true"] : [:]) { $1 },
                    reason: unmaskedReason?.trimmingCharacters(in: .whitespaces), clientAddress: clientAddress),
                at: now, in: sql, engine: engine)
            return table
        }
    }
}
