import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import SQLKit
import Testing

/// Aid projects: beneficiaries from the care categories, seen by the roles that need them, and their figures.
extension HealthAndAidTests {
    @Test("a beneficiary needs a care category the project serves; the running organisation sees masked names of its own project only; another community's office sees nothing; changes are audited without care detail",
          arguments: TestEngine.available)
    func beneficiaries(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Self.fixture(database)
            let store = fixture.store
            let secretary = fixture.secretary
            let sunshine = try await Self.partner("socialOrganisation", "阳光助老服务社", fixture)
            let together = try await Self.partner("socialOrganisation", "同心助残服务中心", fixture)
            let company = try await Self.partner("company", "某物业公司", fixture)

            await #expect(throws: ValidationFailure([FieldError("partnerID", .unknownValue(allowed: ["socialOrganisation"]))])) {
                try await store.aidProjects.createProject(
                    NewAidProject(
                        communityCode: Self.communityA, partnerID: company.id, title: "助老", kind: "elderly", startsOn: "2026-11-01",
                        endsOn: "2027-10-31"),
                    by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("careCategories", .unknownValue(allowed: ["lowIncome", "childInHardship"]))])) {
                try await store.aidProjects.createProject(
                    NewAidProject(
                        communityCode: Self.communityA, partnerID: sunshine.id, title: "助困", kind: "hardship",
                        careCategories: ["elderlyLivingAlone"], startsOn: "2026-11-01", endsOn: "2027-10-31"),
                    by: secretary)
            }
            #expect(try await Self.count("aid_projects", in: store) == 0)
            let elderly = try await store.aidProjects.createProject(
                NewAidProject(
                    communityCode: Self.communityA, partnerID: sunshine.id, title: "银龄关爱上门服务", kind: "elderly",
                    startsOn: "2026-11-01", endsOn: "2027-10-31"),
                by: secretary)
            #expect(elderly.careCategories == [.elderlyLivingAlone] && elderly.partnerName == "阳光助老服务社")
            let disability = try await store.aidProjects.createProject(
                NewAidProject(
                    communityCode: Self.communityA, partnerID: together.id, title: "康复助残", kind: "disability", startsOn: "2026-11-01",
                    endsOn: "2027-10-31"),
                by: secretary)

            let wang = try await Self.resident("王秀英", "320106194001010013", care: ["elderlyLivingAlone"], in: fixture.homeA, fixture)
            let li = try await Self.resident("李建国", "320106194502020025", care: ["disabled"], in: fixture.homeA, fixture)
            let zhang = try await Self.resident("张伟", "320106195003030039", in: fixture.homeA, fixture)
            let zhao = try await Self.resident("赵敏", "320106196005050054", care: ["elderlyLivingAlone"], in: fixture.homeB, fixture)

            await #expect(throws: ValidationFailure([FieldError("residentID", .notAuthorised)]), "disabled, but not elderly living alone") {
                try await store.aidProjects.addBeneficiary(projectID: elderly.id, residentID: li.id, by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("residentID", .notAuthorised)]), "no care category at all") {
                try await store.aidProjects.addBeneficiary(projectID: elderly.id, residentID: zhang.id, by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("residentID", .notFound)]), "a resident of another community") {
                try await store.aidProjects.addBeneficiary(projectID: elderly.id, residentID: zhao.id, by: secretary)
            }
            #expect(try await Self.count("aid_beneficiaries", in: store) == 0)
            #expect(try await Self.audit(.aidBeneficiariesChanged, in: store).isEmpty)

            let added = try await store.aidProjects.addBeneficiary(projectID: elderly.id, residentID: wang.id, by: secretary)
            #expect(added.name == "王秀英", "the office sees names as the registry shows them")
            await #expect(throws: ValidationFailure([FieldError("residentID", .alreadyExists)])) {
                try await store.aidProjects.addBeneficiary(projectID: elderly.id, residentID: wang.id, by: secretary)
            }
            _ = try await store.aidProjects.addBeneficiary(projectID: disability.id, residentID: li.id, by: secretary)

            let partnerAccount = fixture.territory.principal("partner")
            try await store.partners.link(partnerID: sunshine.id, accountID: partnerAccount.accountID, by: secretary)
            #expect(try await store.aidProjects.beneficiaries(projectID: elderly.id, by: partnerAccount).map(\.name) == ["王**"])
            await #expect(throws: StoreError.notFound, "not the project it runs") {
                try await store.aidProjects.beneficiaries(projectID: disability.id, by: partnerAccount)
            }
            #expect(try await store.aidProjects.projects(by: partnerAccount).map(\.project.id) == [elderly.id])
            await #expect(throws: StoreError.forbidden, "the organisation does not choose beneficiaries") {
                try await store.aidProjects.addBeneficiary(projectID: elderly.id, residentID: wang.id, by: partnerAccount)
            }

            let other = try await Self.communityAdmin(Self.communityB, "secretary.b", in: store)
            #expect(try await store.aidProjects.projects(by: other).isEmpty)
            await #expect(throws: StoreError.notFound) { try await store.aidProjects.beneficiaries(projectID: elderly.id, by: other) }
            await #expect(throws: StoreError.forbidden, "a grid worker has no need of them") {
                try await store.aidProjects.beneficiaries(projectID: elderly.id, by: fixture.territory.principal("grid.worker"))
            }

            try await store.aidProjects.removeBeneficiary(projectID: elderly.id, residentID: wang.id, by: secretary)
            #expect(try await store.aidProjects.beneficiaries(projectID: elderly.id, by: secretary).isEmpty)
            let changes = try await Self.audit(.aidBeneficiariesChanged, in: store)
            #expect(changes.count == 3, "two added, one removed")
            #expect(
                changes.allSatisfy { line in
                    CareCategory.allCases.allSatisfy { !line.detail.contains($0.rawValue) } && !line.detail.contains("elderly")
                        && !line.detail.contains("disab")
                }, "no care detail in the log")
            _ = try await store.aidProjects.addBeneficiary(projectID: elderly.id, residentID: wang.id, by: secretary)
            #expect(try await store.aidProjects.beneficiaries(projectID: elderly.id, by: secretary).map(\.residentID) == [wang.id], "taken in again")
        }
    }

    @Test("people reached counts distinct residents; services count records; projects count when active in the period",
          arguments: TestEngine.available)
    func aidFigures(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Self.fixture(database)
            let store = fixture.store
            let secretary = fixture.secretary
            let sunshine = try await Self.partner("socialOrganisation", "阳光助老服务社", fixture)
            let warmth = try await Self.partner("socialOrganisation", "暖心助困社", fixture)
            let elderly = try await store.aidProjects.createProject(
                NewAidProject(
                    communityCode: Self.communityA, partnerID: sunshine.id, title: "银龄关爱上门服务", kind: "elderly",
                    startsOn: "2026-10-01", endsOn: "2027-09-30"),
                by: secretary)
            let hardship = try await store.aidProjects.createProject(
                NewAidProject(
                    communityCode: Self.communityA, partnerID: warmth.id, title: "困难家庭帮扶", kind: "hardship",
                    startsOn: "2026-11-01", endsOn: "2027-10-31"),
                by: secretary)
            let wang = try await Self.resident(
                "王秀英", "320106194001010013", care: ["elderlyLivingAlone", "lowIncome"], in: fixture.homeA, fixture)
            let zhou = try await Self.resident("周德华", "320106194207070070", care: ["elderlyLivingAlone"], in: fixture.homeA, fixture)
            let sun = try await Self.resident("孙小梅", "320106201504040049", care: ["childInHardship"], in: fixture.homeA, fixture)
            for resident in [wang, zhou] {
                _ = try await store.aidProjects.addBeneficiary(projectID: elderly.id, residentID: resident.id, by: secretary)
            }
            for resident in [wang, sun] {
                _ = try await store.aidProjects.addBeneficiary(projectID: hardship.id, residentID: resident.id, by: secretary)
            }
            let partnerAccount = fixture.territory.principal("partner")
            try await store.partners.link(partnerID: warmth.id, accountID: partnerAccount.accountID, by: secretary)

            await #expect(throws: ValidationFailure([FieldError("residentIDs", .notAuthorised)]), "only the project's beneficiaries") {
                try await store.aidProjects.recordService(
                    NewAidService(day: "2026-11-10", residentIDs: [wang.id, sun.id], note: ""), projectID: elderly.id, by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("day", .beforeStart)])) {
                try await store.aidProjects.recordService(
                    NewAidService(day: "2026-10-20", residentIDs: [sun.id], note: ""), projectID: hardship.id, by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("residentIDs", .required)])) {
                try await store.aidProjects.recordService(
                    NewAidService(day: "2026-11-10", residentIDs: [], note: "无人"), projectID: elderly.id, by: secretary)
            }
            await #expect(throws: StoreError.notFound, "an organisation records only for its own projects") {
                try await store.aidProjects.recordService(
                    NewAidService(day: "2026-11-10", residentIDs: [zhou.id], note: ""), projectID: elderly.id, by: partnerAccount)
            }
            _ = try await store.aidProjects.recordService(
                NewAidService(day: "2026-10-20", residentIDs: [zhou.id], note: "上门理发"), projectID: elderly.id, by: secretary)
            _ = try await store.aidProjects.recordService(
                NewAidService(day: "2026-11-10", residentIDs: [wang.id, zhou.id, wang.id], note: "上门助餐"), projectID: elderly.id,
                by: secretary)
            _ = try await store.aidProjects.recordService(
                NewAidService(day: "2026-11-17", residentIDs: [wang.id], note: "陪同就医"), projectID: elderly.id, by: secretary)
            let visit = try await store.aidProjects.recordService(
                NewAidService(day: "2026-11-18", residentIDs: [wang.id, sun.id], note: "走访慰问"), projectID: hardship.id,
                by: partnerAccount)
            #expect(visit.recordedBy == "partner")
            #expect(try await auditSubjects(.aidServiceRecorded, in: store).count == 4, "each service that held is audited, no refused one")

            func figures(_ period: ReportingPeriod, _ principal: Principal) async throws -> [AidFigure] {
                try await store.aidProjects.figures(period: period, for: principal)
            }
            let november = try await figures(Self.november, secretary)
            #expect(Self.figure(.activeProjects, in: november).0 == 2)
            #expect(Self.figure(.services, in: november).0 == 3)
            #expect(Self.figure(.peopleReached, in: november).0 == 3, "王 served four times by two projects counts once")
            let reached = Self.figure(.peopleReached, in: november).1
            #expect(Set(reached.map(\.id)) == [wang.id, zhou.id, sun.id])
            #expect(reached.allSatisfy { !$0.summary.contains("秀英") && !$0.summary.contains("德华") }, "the drill-down shows masked names")
            let october = try await figures(Self.october, secretary)
            #expect(Self.figure(.activeProjects, in: october).0 == 1, "the hardship project had not started")
            #expect(Self.figure(.services, in: october).0 == 1 && Self.figure(.peopleReached, in: october).0 == 1)

            let organisation = try await figures(Self.november, partnerAccount)
            #expect(Self.figure(.activeProjects, in: organisation).0 == 1)
            #expect(Self.figure(.services, in: organisation).0 == 1 && Self.figure(.peopleReached, in: organisation).0 == 2)
            let other = try await Self.communityAdmin(Self.communityB, "secretary.b", in: store)
            let otherFigures = try await figures(Self.november, other)
            #expect(Self.figure(.peopleReached, in: otherFigures).0 == 0)

            let listing = try await store.aidProjects.projects(by: secretary).first(where: { $0.project.id == elderly.id })
            #expect(listing?.beneficiaries == 2 && listing?.services == 3 && listing?.peopleReached == 2)
            let served = try await store.aidProjects.beneficiaries(projectID: elderly.id, by: secretary)
            let wangLine = served.first(where: { $0.residentID == wang.id })
            #expect(wangLine?.servicesReceived == 2, "a name ticked twice on one service is served once")
        }
    }
}
