import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import SQLKit
import Testing

@Suite("Partners, co-building agreements and the three lists")
struct PartnerTests {
    static let community = TestTerritory.communityA.code

    @Test("a need heard on a visit and a partner's resource are matched into a project whose figures appear in the partner's report",
          arguments: TestEngine.available)
    func needToProject(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = TestClock(CalendarDay(2026, 11, 23).start.addingTimeInterval(9 * 3600))
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: clock.closure))
            let store = territory.store
            let party = try await TestParty.make(in: territory)
            let secretary = territory.principal("secretary", enrolled: true)
            let member = territory.principal("party.member")
            let partnerAccount = territory.principal("partner")

            await #expect(throws: ValidationFailure([FieldError("kind", .unknownValue(allowed: PartnerKind.allCases.map(\.rawValue))),
                                                     FieldError("contactPhone", .phoneFormat)])) {
                try await store.partners.register(
                    NewPartner(kind: "bank", name: "区医院", contactName: "陈主任", contactPhone: "123", partyOrganisation: ""),
                    communityCode: Self.community, by: secretary)
            }
            let hospital = try await store.partners.register(
                NewPartner(kind: "hospital", name: "区人民医院", contactName: "陈主任", contactPhone: "13812345678", partyOrganisation: "区人民医院党委"),
                communityCode: Self.community, by: secretary)
            let school = try await store.partners.register(
                NewPartner(kind: "school", name: "实验小学", contactName: "林老师", contactPhone: "13912345678", partyOrganisation: ""),
                communityCode: Self.community, by: secretary)
            #expect(hospital.contactPhoneMasked == "138****5678")
            let sealed = try await database.read { sql in
                try await sql.raw("SELECT contact_phone_sealed FROM partners WHERE id = \(bind: hospital.id)").first()!.decode(column: "contact_phone_sealed", as: String.self)
            }
            #expect(!sealed.contains("13812345678"), "the contact's phone is sealed at rest")
            await #expect(throws: StoreError.forbidden, "a partner account does not register partners") {
                try await store.partners.register(
                    NewPartner(kind: "company", name: "某公司", contactName: "王", contactPhone: "13700000000", partyOrganisation: ""),
                    communityCode: Self.community, by: partnerAccount)
            }
            let partnerAccountID = partnerAccount.accountID
            try await store.partners.link(partnerID: hospital.id, accountID: partnerAccountID, by: secretary)
            #expect(try await store.partners.list(by: partnerAccount).map(\.id) == [hospital.id], "a partner sees only itself")
            await #expect(throws: StoreError.notFound) { try await store.partners.report(partnerID: school.id, by: partnerAccount) }

            // The need, from a visit by a Party member in their grid.
            let visit = try await store.visits.record(
                NewVisit(householdID: party.households[1].id, visitedOn: "2026-11-23", findings: "独居老人，希望有人上门量血压"),
                by: member)
            await #expect(throws: ValidationFailure([FieldError("sourceID", .notFound)]), "the visit named must exist") {
                try await store.lists.addNeed(
                    NewNeed(placeCode: TestTerritory.gridA1.code, category: "health", description: "上门量血压", wantedFrom: "2026-12-01",
                            wantedUntil: "2027-02-28", source: "visit", sourceID: "nope"), by: member)
            }
            await #expect(throws: ValidationFailure([FieldError("placeCode", .outsideYourScope)]), "a member's needs stay in their grid") {
                try await store.lists.addNeed(
                    NewNeed(placeCode: TestTerritory.gridA2.code, category: "health", description: "上门量血压", wantedFrom: "2026-12-01",
                            wantedUntil: "2027-02-28", source: "visit", sourceID: visit.id), by: member)
            }
            let need = try await store.lists.addNeed(
                NewNeed(placeCode: TestTerritory.gridA1.code, category: "health", description: "独居老人上门量血压", wantedFrom: "2026-12-01",
                        wantedUntil: "2027-02-28", source: "visit", sourceID: visit.id), by: member)

            // Resources: the hospital's (community-wide, offered by its own account), a grid one that has ended, a
            // school's of another category.
            let checks = try await store.lists.addResource(
                NewResource(kind: "professionalService", category: "health", description: "每周一次上门健康检查", capacity: "40", unit: "人次",
                            placeCode: "", availableFrom: "2026-12-01", availableUntil: "2027-12-31"),
                partnerID: hospital.id, by: partnerAccount)
            _ = try await store.lists.addResource(
                NewResource(kind: "people", category: "health", description: "义诊", capacity: "10", unit: "人次",
                            placeCode: TestTerritory.gridA1.code, availableFrom: "2026-01-01", availableUntil: "2026-11-30"),
                partnerID: hospital.id, by: secretary)
            _ = try await store.lists.addResource(
                NewResource(kind: "venue", category: "children", description: "教室", capacity: "1", unit: "间",
                            placeCode: "", availableFrom: "2026-12-01", availableUntil: "2027-12-31"),
                partnerID: school.id, by: secretary)
            await #expect(throws: StoreError.notFound, "a partner offers only its own resources") {
                try await store.lists.addResource(
                    NewResource(kind: "venue", category: "children", description: "教室", capacity: "1", unit: "间",
                                placeCode: "", availableFrom: "2026-12-01", availableUntil: "2027-12-31"),
                    partnerID: school.id, by: partnerAccount)
            }
            let suggestions = try await store.lists.suggestions(forNeed: need.id, by: secretary)
            #expect(suggestions.map(\.resource.id) == [checks.id], "same category, reaches the grid, available while wanted")
            #expect(suggestions.first?.sharedDays == 90 && suggestions.first?.remaining == 40)

            await #expect(throws: ValidationFailure([FieldError("uses", .tooLarge(maximum: 40))])) {
                try await store.lists.accept(
                    needID: need.id, resourceID: checks.id,
                    NewProject(title: "银龄健康上门", owner: "陈主任", startsOn: "2026-12-01", endsOn: "2027-02-28", uses: "41", targetPeople: "36"),
                    by: secretary)
            }
            let project = try await store.lists.accept(
                needID: need.id, resourceID: checks.id,
                NewProject(title: "银龄健康上门", owner: "陈主任", startsOn: "2026-12-01", endsOn: "2027-02-28", uses: "36", targetPeople: "36",
                           otherPartnerIDs: [school.id]),
                by: secretary)
            #expect(project.partnerIDs == [hospital.id, school.id])
            await #expect(throws: ValidationFailure([FieldError("needID", .alreadyExists)]), "a need becomes one project") {
                try await store.lists.accept(
                    needID: need.id, resourceID: checks.id,
                    NewProject(title: "再来一次", owner: "陈主任", startsOn: "2026-12-01", endsOn: "2027-02-28", uses: "1", targetPeople: "1"),
                    by: secretary)
            }
            #expect(try await store.lists.need(need.id, by: secretary).projectID == project.id)
            #expect(try await store.lists.suggestions(forNeed: need.id, by: secretary).first?.remaining == 4, "36 of 40 taken")

            clock.advance(by: 14 * 86400)  // 2026-12-07
            await #expect(throws: ValidationFailure([FieldError("day", .beforeStart)])) {
                try await store.lists.recordDelivery(projectID: project.id, day: "2026-11-30", peopleReached: "3", note: "", by: secretary)
            }
            _ = try await store.lists.recordDelivery(projectID: project.id, day: "2026-12-02", peopleReached: "9", note: "5号楼", by: partnerAccount)
            let after = try await store.lists.recordDelivery(projectID: project.id, day: "2026-12-06", peopleReached: "8", note: "", by: secretary)
            #expect(after.peopleReached == 17 && after.deliveries == 2)

            let report = try await store.partners.report(partnerID: hospital.id, by: partnerAccount)
            #expect(report.projects.map(\.id) == [project.id] && report.peopleReached == 17 && report.targetPeople == 36)
            #expect(report.resources.count == 2)
            let schoolReport = try await store.partners.report(partnerID: school.id, by: secretary)
            #expect(schoolReport.projects.map(\.peopleReached) == [17], "a partner taking part sees the project too")
            #expect(try await store.lists.projects(by: territory.principal("grid.worker.b")).isEmpty)

            // The figures count the same records, for the days asked.
            func figures(_ first: CalendarDay, _ last: CalendarDay) async throws -> [ServiceMeasure: Int] {
                Dictionary(uniqueKeysWithValues: try await store.serviceFigures.figures(
                    period: ReportingPeriod(first: first, last: last), for: secretary).map { ($0.measure, $0.value) })
            }
            let december = try await figures(CalendarDay(2026, 12, 1), CalendarDay(2026, 12, 31))
            #expect(december[.projects] == 1 && december[.peopleServed] == 17)
            let between = try await figures(CalendarDay(2026, 12, 3), CalendarDay(2026, 12, 5))
            #expect(between[.projects] == 1 && between[.peopleServed] == 0, "no delivery between the 2nd and the 6th")
            let before = try await figures(CalendarDay(2026, 11, 1), CalendarDay(2026, 11, 30))
            #expect(before[.projects] == 0, "the project starts in December")
            let served = try await store.serviceFigures.records(
                .peopleServed, period: ReportingPeriod(first: CalendarDay(2026, 12, 1), last: CalendarDay(2026, 12, 31)), for: secretary)
            #expect(served.map(\.day) == ["2026-12-06", "2026-12-02"])
            await #expect(throws: StoreError.forbidden) {
                try await store.serviceFigures.figures(period: ReportingPeriod(first: CalendarDay(2026, 12, 1), last: CalendarDay(2026, 12, 31)),
                                                       for: territory.principal("grid.worker.b"))
            }
        }
    }

    @Test("an agreement is written whole with its commitments, fulfilled with evidence, and listed for renewal a month before it ends",
          arguments: TestEngine.available)
    func agreements(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = TestClock(CalendarDay(2026, 11, 23).start.addingTimeInterval(9 * 3600))
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: clock.closure))
            let store = territory.store
            let secretary = territory.principal("secretary", enrolled: true)
            let hospital = try await store.partners.register(
                NewPartner(kind: "hospital", name: "区人民医院", contactName: "陈主任", contactPhone: "13812345678", partyOrganisation: "区人民医院党委"),
                communityCode: Self.community, by: secretary)
            let items = [
                NewAgreement.Item(kind: "organisationBuilding", content: "联合主题党日每季度一次", owner: "医院党办", dueOn: "2027-03-31"),
                NewAgreement.Item(kind: "jointConsultation", content: "", owner: "社区", dueOn: "2027-13-01"),
            ]
            await #expect(throws: ValidationFailure([
                FieldError("endsOn", .beforeStart), FieldError("commitments[1].content", .required),
                FieldError("commitments[1].dueOn", .dayFormat),
            ])) {
                try await store.agreements.sign(
                    NewAgreement(title: "共建协议", startsOn: "2026-01-01", endsOn: "2025-12-31", commitments: items), partnerID: hospital.id,
                    by: secretary)
            }
            let count = try await database.read { sql in try await sql.raw("SELECT COUNT(*) AS n FROM commitments").first()!.decode(column: "n", as: Int.self) }
            #expect(count == 0, "nothing half-written")
            var fixed = items
            fixed[1].content = "共商小区停车难题"
            fixed[1].dueOn = "2026-12-15"
            let agreement = try await store.agreements.sign(
                NewAgreement(title: "2026 年度共建协议", startsOn: "2026-01-01", endsOn: "2026-12-20", commitments: fixed), partnerID: hospital.id,
                by: secretary)
            #expect(agreement.commitments.map(\.kind) == [.organisationBuilding, .jointConsultation])
            #expect(try await store.agreements.dueForRenewal(by: secretary).map(\.id) == [agreement.id], "ends within 30 days")

            await #expect(throws: ValidationFailure([FieldError("evidence", .required)])) {
                try await store.agreements.fulfil(commitmentID: agreement.commitments[1].id, on: "2026-11-20", evidence: " ", by: secretary)
            }
            let done = try await store.agreements.fulfil(
                commitmentID: agreement.commitments[1].id, on: "2026-11-20", evidence: "议事会纪要：增设 40 个车位", by: secretary)
            #expect(done.fulfilledOn == CalendarDay(2026, 11, 20))
            await #expect(throws: ValidationFailure([FieldError("fulfilledOn", .alreadyExists)])) {
                try await store.agreements.fulfil(commitmentID: agreement.commitments[1].id, on: "2026-11-21", evidence: "again", by: secretary)
            }
            let report = try await store.partners.report(partnerID: hospital.id, by: secretary)
            #expect(report.commitments.count == 2 && report.commitmentsFulfilled == 1)
            let november = Dictionary(uniqueKeysWithValues: try await store.serviceFigures.figures(
                period: ReportingPeriod(first: CalendarDay(2026, 11, 1), last: CalendarDay(2026, 11, 30)), for: secretary
            ).map { ($0.measure, $0.value) })
            #expect(november[.partnersWithAgreements] == 1 && november[.commitmentsFulfilled] == 1)
            let nextYear = Dictionary(uniqueKeysWithValues: try await store.serviceFigures.figures(
                period: ReportingPeriod(first: CalendarDay(2027, 1, 1), last: CalendarDay(2027, 1, 31)), for: secretary
            ).map { ($0.measure, $0.value) })
            #expect(nextYear[.partnersWithAgreements] == 0 && nextYear[.commitmentsFulfilled] == 0, "the agreement ended in 2026")

            _ = try await store.agreements.sign(
                NewAgreement(title: "2027 年度共建协议", startsOn: "2027-01-01", endsOn: "2027-12-31", commitments: [fixed[0]]),
                partnerID: hospital.id, by: secretary)
            #expect(try await store.agreements.dueForRenewal(by: secretary).isEmpty, "renewed")
            await #expect(throws: StoreError.notFound, "partners are the office's: a grid worker does not see them") {
                try await store.agreements.sign(
                    NewAgreement(title: "x", startsOn: "2027-01-01", endsOn: "2027-12-31", commitments: [fixed[0]]),
                    partnerID: hospital.id, by: territory.principal("grid.worker"))
            }
        }
    }
}
