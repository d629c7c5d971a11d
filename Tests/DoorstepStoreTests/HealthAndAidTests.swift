import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import SQLKit
import Testing

@Suite("Health station and aid projects")
struct HealthAndAidTests {
    /// Monday 23 November 2026, 09:00 China time.
    static let monday = CalendarDay(2026, 11, 23)
    static let communityA = TestTerritory.communityA.code
    static let communityB = TestTerritory.communityB.code
    static let november = ReportingPeriod(first: CalendarDay(2026, 11, 1), last: CalendarDay(2026, 11, 30))
    static let october = ReportingPeriod(first: CalendarDay(2026, 10, 1), last: CalendarDay(2026, 10, 31))

    struct Fixture: Sendable {
        let territory: TestTerritory
        let clock: TestClock
        let secretary: Principal
        let homeA: Household
        let homeB: Household

        var store: Store { territory.store }
    }

    /// The territory, the first community's secretary (two-step verification on) and a household in each community.
    static func fixture(_ database: Database) async throws -> Fixture {
        let clock = TestClock(monday.start.addingTimeInterval(9 * 3600))
        let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: clock.closure))
        let store = territory.store
        let streetAdmin = territory.principal("street.admin", enrolled: true)
        let buildingA = try await store.buildings.createBuilding(
            gridCode: TestTerritory.gridA1.code, name: "3号楼", address: "甲路 3 号", latitude: nil, longitude: nil, by: streetAdmin)
        let homeA = try await store.buildings.createHousehold(buildingID: buildingA.id, unit: "1单元", room: "101", by: streetAdmin)
        let buildingB = try await store.buildings.createBuilding(
            gridCode: TestTerritory.gridB1.code, name: "8号楼", address: "乙路 8 号", latitude: nil, longitude: nil, by: streetAdmin)
        let homeB = try await store.buildings.createHousehold(buildingID: buildingB.id, unit: "2单元", room: "202", by: streetAdmin)
        return Fixture(
            territory: territory, clock: clock, secretary: territory.principal("secretary", enrolled: true), homeA: homeA, homeB: homeB)
    }

    static func resident(_ name: String, _ idNumber: String, care: [String] = [], in household: Household, _ fixture: Fixture)
        async throws -> Resident
    {
        try await fixture.store.residents.create(
            try ResidentInput(
                householdID: household.id, name: name, idNumber: idNumber, relationToHead: "户主", residenceStatus: "registered",
                careCategories: care
            ).validated(),
            by: fixture.territory.principal("street.admin", enrolled: true))
    }

    static func partner(_ kind: String, _ name: String, _ fixture: Fixture) async throws -> Partner {
        try await fixture.store.partners.register(
            NewPartner(kind: kind, name: name, contactName: "联系人", contactPhone: "13812345678", partyOrganisation: ""),
            communityCode: communityA, by: fixture.secretary)
    }

    static func count(_ table: String, in store: Store) async throws -> Int {
        try await store.database.read { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(column: "n", as: Int.self) ?? -1
        }
    }

    /// The audit lines of one action, oldest first: their detail and reason as stored.
    static func audit(_ action: AuditAction, in store: Store) async throws -> [(detail: String, reason: String?)] {
        try await store.database.read { sql in
            try await sql.raw("SELECT detail, reason FROM audit_log WHERE action = \(bind: action.rawValue) ORDER BY seq").all().map {
                row -> (detail: String, reason: String?) in
                (try row.decode(column: "detail", as: String.self), try row.decode(column: "reason", as: String?.self))
            }
        }
    }

    static func communityAdmin(_ code: String, _ username: String, in store: Store) async throws -> Principal {
        var principal = try await store.accounts.createFromCommandLine(
            NewAccount(
                username: username, displayName: username, role: .communityAdmin, scope: TerritoryScope(level: .community, code: code),
                password: TestTerritory.password),
            operatorName: "test"
        ).principal
        principal.twoFactorEnabled = true
        return principal
    }

    static func station(_ fixture: Fixture, hospital: Partner) async throws -> HealthStation {
        try await fixture.store.healthStations.createStation(
            NewHealthStation(communityCode: communityA, partnerID: hospital.id, name: "甲社区健康驿站", place: "党群服务中心一楼"),
            by: fixture.secretary)
    }

    static func record(_ residentID: String, consent: Bool = true, by giver: String = "resident", purpose: String = "高血压随访")
        -> NewHealthRecord
    {
        NewHealthRecord(
            residentID: residentID, consent: consent, consentBy: giver, purpose: purpose, readings: "血压 152/96 mmHg",
            notes: "建议低盐饮食，两周后复测")
    }

    /// One figure's count and records (-1 and none when the figure is missing).
    static func figure(_ measure: HealthMeasure, in figures: [HealthFigure]) -> (Int, [FigureRecord]) {
        let found = figures.first { $0.measure == measure }
        return (found?.count ?? -1, found?.records ?? [])
    }

    static func figure(_ measure: AidMeasure, in figures: [AidFigure]) -> (Int, [FigureRecord]) {
        let found = figures.first { $0.measure == measure }
        return (found?.count ?? -1, found?.records ?? [])
    }

    // MARK: - Health station

    @Test("a station is run only by a hospital, and its weekly clinics are kept in order", arguments: TestEngine.available)
    func stationAndSchedule(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Self.fixture(database)
            let store = fixture.store
            let school = try await Self.partner("school", "实验小学", fixture)
            await #expect(throws: ValidationFailure([FieldError("partnerID", .unknownValue(allowed: ["hospital"]))])) {
                try await store.healthStations.createStation(
                    NewHealthStation(communityCode: Self.communityA, partnerID: school.id, name: "甲社区健康驿站", place: "一楼"),
                    by: fixture.secretary)
            }
            #expect(try await Self.count("health_stations", in: store) == 0, "nothing is written for a school")
            let hospital = try await Self.partner("hospital", "区人民医院", fixture)
            let station = try await Self.station(fixture, hospital: hospital)
            #expect(station.partnerName == "区人民医院")
            await #expect(throws: ValidationFailure([FieldError("communityCode", .alreadyExists)]), "one station per community") {
                try await Self.station(fixture, hospital: hospital)
            }

            await #expect(throws: ValidationFailure([FieldError("endsAt", .beforeStart)])) {
                try await store.healthStations.addSlot(
                    NewHealthClinicSlot(weekday: "2", startsAt: "11:30", endsAt: "08:30", service: "量血压"), stationID: station.id,
                    by: fixture.secretary)
            }
            let friday = try await store.healthStations.addSlot(
                NewHealthClinicSlot(weekday: "5", startsAt: "14:00", endsAt: "16:30", service: "中医理疗"), stationID: station.id,
                by: fixture.secretary)
            let tuesday = try await store.healthStations.addSlot(
                NewHealthClinicSlot(weekday: "2", startsAt: "8:30", endsAt: "11:30", service: "量血压"), stationID: station.id,
                by: fixture.secretary)
            #expect(tuesday.startsAt == "08:30", "times are kept as HH:MM")
            let read = try await store.healthStations.station(id: station.id, by: fixture.secretary)
            #expect(read.schedule.map(\.id) == [tuesday.id, friday.id], "the week's clinics in weekday order")

            let partnerAccount = fixture.territory.principal("partner")
            await #expect(throws: StoreError.notFound, "an unlinked partner account finds no station") {
                try await store.healthStations.station(id: station.id, by: partnerAccount)
            }
            try await store.partners.link(partnerID: hospital.id, accountID: partnerAccount.accountID, by: fixture.secretary)
            #expect(try await store.healthStations.stations(by: partnerAccount).map(\.id) == [station.id])
            await #expect(throws: StoreError.forbidden, "the hospital does not change the office's schedule") {
                try await store.healthStations.removeSlot(friday.id, by: partnerAccount)
            }
            let other = try await Self.communityAdmin(Self.communityB, "secretary.b", in: store)
            #expect(try await store.healthStations.stations(by: other).isEmpty)
        }
    }

    @Test("a health record needs consent and a stated purpose, is sealed at rest, opens only with a reason that is audited, and is erased when consent is withdrawn",
          arguments: TestEngine.available)
    func healthRecords(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Self.fixture(database)
            let store = fixture.store
            let secretary = fixture.secretary
            let hospital = try await Self.partner("hospital", "区人民医院", fixture)
            let station = try await Self.station(fixture, hospital: hospital)
            let resident = try await Self.resident("王秀英", "320106194001010013", care: ["elderlyLivingAlone"], in: fixture.homeA, fixture)
            let elsewhere = try await Self.resident("赵敏", "320106194502020025", in: fixture.homeB, fixture)

            await #expect(throws: ValidationFailure([FieldError("consent", .consentRequired)])) {
                try await store.healthStations.writeRecord(Self.record(resident.id, consent: false, by: ""), stationID: station.id, by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("purpose", .required)])) {
                try await store.healthStations.writeRecord(Self.record(resident.id, purpose: "  "), stationID: station.id, by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("purpose", .tooShort(minimum: 2))])) {
                try await store.healthStations.writeRecord(Self.record(resident.id, purpose: "查"), stationID: station.id, by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("residentID", .notFound)]), "only the registry of the station's community") {
                try await store.healthStations.writeRecord(Self.record(elsewhere.id), stationID: station.id, by: secretary)
            }
            #expect(try await Self.count("health_records", in: store) == 0, "a refused record writes nothing")
            #expect(try await Self.audit(.healthRecordWritten, in: store).isEmpty)

            let record = try await store.healthStations.writeRecord(
                Self.record(resident.id, by: "guardian"), stationID: station.id, by: secretary)
            #expect(record.residentNameMasked == "王**" && record.consentBy == .guardian && record.recordedOn == "2026-11-23")
            let sealed = try await database.read { sql in
                try await sql.raw("SELECT content_sealed FROM health_records WHERE id = \(bind: record.id)").first()!
                    .decode(column: "content_sealed", as: String.self)
            }
            #expect(!sealed.isEmpty && !sealed.contains("152/96") && !sealed.contains("低盐") && !sealed.contains("高血压"),
                    "the content is sealed at rest, the purpose with it")
            let clearColumns = try await database.read { sql in
                try await sql.raw("SELECT * FROM health_records").all().flatMap { row in
                    row.allColumns.compactMap { try? row.decode(column: $0, as: String.self) }
                }
            }
            #expect(!clearColumns.contains { $0.contains("高血压") }, "the purpose is health information: no column holds it in clear")
            let written = try await Self.audit(.healthRecordWritten, in: store)
            #expect(written.count == 1)
            #expect(written.allSatisfy { !$0.detail.contains("152/96") && !$0.detail.contains("高血压") }, "no health content in the log")

            let listed = try await store.healthStations.records(stationID: station.id, by: secretary)
            #expect(listed.map(\.id) == [record.id] && listed.first?.residentNameMasked == "王**")

            await #expect(throws: ValidationFailure([FieldError("reason", .required)])) {
                try await store.healthStations.reveal(recordID: record.id, reason: " ", by: secretary)
            }
            #expect(try await Self.audit(.healthRecordRevealed, in: store).isEmpty, "nothing opened, nothing logged")
            let content = try await store.healthStations.reveal(recordID: record.id, reason: "复诊前核对血压", by: secretary)
            #expect(content == HealthRecordContent(purpose: "高血压随访", readings: "血压 152/96 mmHg", notes: "建议低盐饮食，两周后复测"))
            let revealed = try await Self.audit(.healthRecordRevealed, in: store)
            #expect(revealed.count == 1 && revealed.first?.reason == "复诊前核对血压")

            let partnerAccount = fixture.territory.principal("partner")
            try await store.partners.link(partnerID: hospital.id, accountID: partnerAccount.accountID, by: secretary)
            await #expect(throws: StoreError.forbidden, "the hospital's account sees counts, not records") {
                try await store.healthStations.records(stationID: station.id, by: partnerAccount)
            }
            await #expect(throws: StoreError.forbidden) {
                try await store.healthStations.reveal(recordID: record.id, reason: "看看", by: partnerAccount)
            }
            let other = try await Self.communityAdmin(Self.communityB, "secretary.b", in: store)
            await #expect(throws: StoreError.notFound, "another community's office finds no record") {
                try await store.healthStations.reveal(recordID: record.id, reason: "看看", by: other)
            }

            let second = try await store.healthStations.writeRecord(Self.record(resident.id), stationID: station.id, by: secretary)
            #expect(try await store.healthStations.withdrawConsent(recordID: record.id, by: secretary) == 2, "all the resident's records")
            let left = try await database.read { sql in
                try await sql.raw("SELECT content_sealed, withdrawn_on FROM health_records ORDER BY id").all().map {
                    (try $0.decode(column: "content_sealed", as: String?.self), try $0.decode(column: "withdrawn_on", as: String?.self))
                }
            }
            #expect(left.count == 2 && left.allSatisfy { $0.0 == nil && $0.1 == "2026-11-23" }, "content erased, rows kept")
            await #expect(throws: ValidationFailure([FieldError("recordID", .consentRequired)])) {
                try await store.healthStations.reveal(recordID: second.id, reason: "复诊前核对血压", by: secretary)
            }
            #expect(try await Self.audit(.healthRecordRevealed, in: store).count == 1)
            await #expect(throws: ValidationFailure([FieldError("recordID", .sameAsBefore)])) {
                try await store.healthStations.withdrawConsent(recordID: second.id, by: secretary)
            }
        }
    }

    @Test("sessions' 人次 count in the figures for their period and not outside it; the hospital's account records its sessions and reads counts only",
          arguments: TestEngine.available)
    func sessionFigures(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Self.fixture(database)
            let store = fixture.store
            let secretary = fixture.secretary
            let hospital = try await Self.partner("hospital", "区人民医院", fixture)
            let station = try await Self.station(fixture, hospital: hospital)
            let partnerAccount = fixture.territory.principal("partner")
            try await store.partners.link(partnerID: hospital.id, accountID: partnerAccount.accountID, by: secretary)

            await #expect(throws: ValidationFailure([FieldError("day", .dateFormat)]), "a session is recorded once held") {
                try await store.healthStations.recordSession(
                    NewHealthSession(day: "2026-11-24", service: "量血压", served: "10", doctorName: "陈医生"), stationID: station.id,
                    by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("served", .tooSmall(minimum: 0)), FieldError("doctorName", .required)])) {
                try await store.healthStations.recordSession(
                    NewHealthSession(day: "2026-11-16", service: "量血压", served: "-1", doctorName: ""), stationID: station.id,
                    by: secretary)
            }
            let first = try await store.healthStations.recordSession(
                NewHealthSession(day: "2026-11-16", service: "量血压", served: "32", doctorName: "陈医生"), stationID: station.id,
                by: secretary)
            let second = try await store.healthStations.recordSession(
                NewHealthSession(day: "2026-11-20", service: "中医理疗", served: "15", doctorName: "李医生"), stationID: station.id,
                by: partnerAccount)
            let october = try await store.healthStations.recordSession(
                NewHealthSession(day: "2026-10-30", service: "义诊", served: "40", doctorName: "陈医生"), stationID: station.id,
                by: secretary)
            let resident = try await Self.resident("王秀英", "320106194001010013", in: fixture.homeA, fixture)
            let record = try await store.healthStations.writeRecord(Self.record(resident.id), stationID: station.id, by: secretary)

            func figures(_ period: ReportingPeriod, _ principal: Principal) async throws -> [HealthFigure] {
                try await store.healthStations.figures(period: period, for: principal)
            }
            let november = try await figures(Self.november, secretary)
            #expect(Self.figure(.sessions, in: november).0 == 2)
            #expect(Self.figure(.served, in: november).0 == 47, "32 + 15 人次; October's 40 are not in November")
            #expect(Self.figure(.served, in: november).1.map(\.id) == [second.id, first.id], "the sessions behind it, newest first")
            #expect(Self.figure(.consentedRecords, in: november).0 == 1)
            #expect(Self.figure(.consentedRecords, in: november).1.map(\.id) == [record.id])
            let octoberFigures = try await figures(Self.october, secretary)
            #expect(Self.figure(.served, in: octoberFigures).0 == 40)
            #expect(Self.figure(.served, in: octoberFigures).1.map(\.id) == [october.id])
            #expect(Self.figure(.consentedRecords, in: octoberFigures).0 == 0)

            let hospitalView = try await figures(Self.november, partnerAccount)
            #expect(Self.figure(.served, in: hospitalView).0 == 47)
            #expect(Self.figure(.consentedRecords, in: hospitalView).0 == 1)
            #expect(Self.figure(.consentedRecords, in: hospitalView).1.isEmpty, "the hospital gets the count, not the records")
            await #expect(throws: StoreError.forbidden) {
                try await store.healthStations.records(.consentedRecords, period: Self.november, for: partnerAccount)
            }
            let other = try await Self.communityAdmin(Self.communityB, "secretary.b", in: store)
            let otherFigures = try await figures(Self.november, other)
            #expect(Self.figure(.served, in: otherFigures).0 == 0, "another community counts its own")
            await #expect(throws: StoreError.forbidden) {
                try await store.healthStations.figures(period: Self.november, for: fixture.territory.principal("party.member"))
            }
            let sessions = try await store.healthStations.sessions(stationID: station.id, period: Self.november, by: partnerAccount)
            #expect(sessions.map(\.served) == [15, 32])
        }
    }
}
