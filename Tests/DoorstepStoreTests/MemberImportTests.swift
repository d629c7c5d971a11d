import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import Synchronization
import Testing

@Suite("Importing Party members")
struct MemberImportTests {
    @Test("every bad row is named and nothing goes in; corrected, members link to residents by ID number and the figures move", arguments: TestEngine.available)
    func importMembers(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let store = territory.store
            let admin = territory.principal("street.admin", enrolled: true)
            let committee = try await store.party.createOrg(
                kind: .workCommittee, name: "测试街道党工委", parentID: nil, territoryCode: TestTerritory.street.code, by: admin)
            for (community, grid, name) in [
                (TestTerritory.communityA.code, TestTerritory.gridA1.code, "甲社区党委"),
                (TestTerritory.communityB.code, TestTerritory.gridB1.code, "乙社区党委"),
            ] {
                let parent = try await store.party.createOrg(
                    kind: .communityCommittee, name: name, parentID: committee.id, territoryCode: community, by: admin)
                _ = try await store.party.createOrg(
                    kind: .gridBranch, name: "第一网格党支部", parentID: parent.id, territoryCode: community, gridCodes: [grid], by: admin)
            }
            let household = try await RegistryTests.household(territory)
            _ = try await store.residents.create(try RegistryTests.input(household).validated(), by: territory.principal("grid.worker"))
            let before = try await store.party.figures(for: admin).members

            let header = MemberSheet.templateRows[0]
            let planted = try MemberSheet.rows([
                header,
                ["张桂英", "甲社区党委/第一网格党支部", "11010519491231002x", "正式党员", "退休", "1975/7/1", "否"],
                ["李四", "第一网格党支部", "", "正式党员", "", "2001-07-01", "是"],
                ["王五", "甲社区党委/第一网格党支部", "", "积极分子", "在职", "2001-07-01", "是"],
                ["赵六", "甲社区党委/第一网格党支部", "", "预备党员", "在职", "2001-02-30", "是"],
                ["钱七", "甲社区党委/第一网格党支部", "320106198802290033", "正式党员", "在职", "2001-07-01", ""],
                ["孙八", "甲社区党委/第一网格党支部", "11010519491231002X", "正式党员", "在职", "2001-07-01", ""],
            ])
            do {
                _ = try await store.party.importRows(planted, by: admin)
                Issue.record("a sheet with bad rows went in")
            } catch let failure as RowValidationFailure {
                #expect(failure.errors.map { "\($0.row) \($0.field) \($0.problem.code)" } == [
                    "3 orgID ambiguous", "4 status unknownValue", "5 joinedOn dateFormat", "6 idNumber notFound",
                    "7 idNumber duplicateInFile",
                ])
            }
            #expect(try await store.party.figures(for: admin).members == before)
            let corrected = try MemberSheet.rows([
                header, ["张桂英", "甲社区党委/第一网格党支部", "11010519491231002x", "正式党员", "退休", "1975/7/1", "否"],
                ["李四", "乙社区党委/第一网格党支部", "", "预备", "", "36708", "是"],
            ])
            let heard = Mutex<[ImportProgress]>([])
            let summary = try await store.party.importRows(corrected, by: admin) { step in heard.withLock { $0.append(step) } }
            #expect(summary.members == 2)
            // Each phase's last word is its whole count: "2/2", never one short.
            let lastOfEach = Dictionary(heard.withLock { $0 }.map { ($0.phase, $0) }) { _, later in later }
            #expect(lastOfEach.count == 3 && lastOfEach.values.allSatisfy { $0.done == $0.total && $0.total == 2 })
            let members = try await store.party.members(for: admin)
            #expect(members.first { $0.name == "张桂英" }?.residentID != nil)
            let external = try #require(members.first { $0.name == "李四" })
            #expect(external.status == .probationary && external.dualCheckIn && external.joinedOn == "2000-07-01")
            #expect(try await store.party.figures(for: admin).members == before + 2)
            let audit = try await store.audit.entries(for: territory.principal("auditor"), limit: 3)
            #expect(audit.contains { $0.action == .recordsImported && $0.subject == "partyMembers" && $0.detail.contains("\"rows\":\"2\"") })
            await #expect(throws: StoreError.forbidden) {
                try await store.party.importRows([planted[0]], by: territory.principal("grid.worker"))
            }
        }
    }
}
