import DoorstepCore
import Foundation
import SQLKit

extension PartnerStore {
    /// Everything a partner has done with the community, counted from its records: its agreements and their
    /// commitments, the members who reported, its resources and the projects it takes part in with their figures.
    /// The community office reads it, and so does the partner's own account.
    public func report(partnerID: String, by principal: Principal) async throws -> PartnerReport {
        try await database.read { sql in
            let partner = try await Self.partner(partnerID, visibleTo: principal, in: sql)
            let members = try await sql.raw(
                "SELECT * FROM reported_members WHERE partner_id = \(bind: partnerID) ORDER BY reported_on, name"
            ).all().map { row in
                ReportedMember(
                    id: try row.string("id"), partnerID: partnerID, name: try row.string("name"),
                    memberID: try row.optionalString("member_id"), reportedOn: try row.string("reported_on"))
            }
            return PartnerReport(
                partner: partner,
                agreements: try await AgreementStore.agreements(where: "a.partner_id = \(bind: partnerID)", in: sql),
                reportedMembers: members,
                resources: try await ListsStore.resources(where: "r.partner_id = \(bind: partnerID)", in: sql),
                projects: try await ListsStore.projects(
                    where: "p.id IN (SELECT project_id FROM project_partners WHERE partner_id = \(bind: partnerID))", in: sql))
        }
    }
}
