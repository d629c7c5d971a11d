import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import Testing

/// An id from another territory must be answered exactly as an id that never existed, or its answer confirms that
/// the record exists (issue 17, item 8).
@Suite("Outside one's territory looks absent")
struct OutsideScopeTests {
    @Test("another community's claim, rule, holding and pledge are not found, as a made-up id is; inside, forbidden stays forbidden",
          arguments: TestEngine.available)
    func absentNotForbidden(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = TestClock(CalendarDay(2026, 11, 23).start.addingTimeInterval(9 * 3600))
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: clock.closure))
            let party = try await TestParty.make(in: territory)
            let store = territory.store
            let secretary = territory.principal("secretary", enrolled: true)
            let member = territory.principal("party.member")
            // The second community's secretary: enrolled, managing Party work, and blind to the first community.
            let secretaryB = Principal(
                accountID: "b", username: "secretary.b", displayName: "乙书记", role: .communityAdmin,
                scope: TerritoryScope(level: .community, code: TestTerritory.communityB.code), twoFactorEnabled: true)

            let service = try await store.points.addRule(TestParty.rule("志愿服务", 3, .claimed), by: secretary)
            let claim = try await store.points.claim(ruleID: service.id, earnedOn: "2026-11-10", evidence: "义诊", by: member)
            let post = try await store.posts.addPost(name: "楼栋长", duties: "联系本楼住户", communityCode: TestTerritory.communityA.code, by: secretary)
            let holding = try await store.posts.assign(holdingID: post.id, memberID: party.member.id, fromOn: "2026-11-01", by: secretary)
            let pledge = try await store.pledges.pledge(content: "年底前帮 5 号楼装好电动车充电桩", dueOn: "2026-12-31", by: member)
            _ = try await store.pledges.fulfil(pledgeID: pledge.id, evidence: "已投用", by: member)

            for id in [claim.id, "made-up"] {
                await #expect(throws: StoreError.notFound) {
                    try await store.points.decide(claimID: id, approve: true, reason: "", by: secretaryB)
                }
            }
            for id in [service.id, "made-up"] {
                await #expect(throws: StoreError.notFound) { try await store.points.retireRule(id, by: secretaryB) }
            }
            for id in [holding.id, "made-up"] {
                await #expect(throws: StoreError.notFound) {
                    try await store.posts.relieve(assignmentID: id, toOn: "2026-11-20", by: secretaryB)
                }
            }
            for id in [pledge.id, "made-up"] {
                await #expect(throws: StoreError.notFound) { try await store.pledges.confirm(pledgeID: id, by: secretaryB) }
            }
            for id in [post.id, "made-up"] {
                await #expect(throws: ValidationFailure([FieldError("holdingID", .notFound)])) {
                    try await store.posts.assign(holdingID: id, memberID: party.member.id, fromOn: "2026-11-01", by: secretaryB)
                }
            }
            // Inside the territory the answers are unchanged: a member may see the pledge but not confirm it.
            await #expect(throws: StoreError.forbidden) { try await store.pledges.confirm(pledgeID: pledge.id, by: member) }
            #expect(try await store.pledges.confirm(pledgeID: pledge.id, by: party.officerAccount.principal).state == .confirmed)
        }
    }
}
