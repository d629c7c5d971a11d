import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import SQLKit
import Testing

@Suite("Residents' own data: access, correction, deletion")
struct DataRequestTests {
    /// Grid A1 with one registered resident whose account is linked to their record.
    static func linkedResident(_ territory: TestTerritory) async throws -> Resident {
        let household = try await RegistryTests.household(territory)
        let resident = try await territory.store.residents.create(
            try RegistryTests.input(household).validated(), by: territory.principal("grid.worker"))
        try await territory.store.residents.linkAccount(
            username: "resident", idNumber: RegistryTests.idNumber, toResident: resident.id, by: territory.principal("grid.worker"))
        return resident
    }

    @Test("only a resident's account links, once; the resident sees their record in full and every look is audited", arguments: TestEngine.available)
    func access(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let store = territory.store
            let me = territory.principal("resident")
            await #expect(throws: StoreError.notFound) { try await store.residents.ownRecord(for: me) }
            let resident = try await Self.linkedResident(territory)
            await #expect(throws: ValidationFailure([FieldError("username", .alreadyExists)])) {
                try await store.residents.linkAccount(username: "resident", idNumber: RegistryTests.idNumber, toResident: resident.id, by: territory.principal("grid.worker"))
            }
            await #expect(throws: ValidationFailure([FieldError("username", .notFound)])) {
                try await store.residents.linkAccount(username: "volunteer", idNumber: RegistryTests.idNumber, toResident: resident.id, by: territory.principal("secretary", enrolled: true))
            }
            let record = try await store.residents.ownRecord(for: me)
            #expect(record.idNumber == RegistryTests.idNumber && record.phone == RegistryTests.phone)
            #expect(record.careCategories == [.elderlyLivingAlone] && record.room == "301")
            _ = try await store.residents.ownRecord(for: me, exported: true)
            let audit = try await store.audit.entries(for: territory.principal("auditor"), limit: 10)
            let accesses = audit.filter { $0.action == .subjectAccessed }.map(\.detail)
            #expect(accesses.count == 2 && accesses[0].contains("export") && accesses[1].contains("view"))
        }
    }

    @Test("a correction is checked when asked, applied by staff in scope, and the record found by its new phone", arguments: TestEngine.available)
    func correction(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let store = territory.store
            let me = territory.principal("resident")
            let resident = try await Self.linkedResident(territory)
            await #expect(throws: ValidationFailure([FieldError("value", .phoneFormat)])) {
                try await store.residents.request(.correction, field: .phone, value: "12345", note: "", by: me)
            }
            let request = try await store.residents.request(.correction, field: .phone, value: "139 1234 5678", note: "换号了", by: me)
            #expect(request.proposedValue == "139****5678" && request.status == .open)
            await #expect(throws: ValidationFailure([FieldError("field", .alreadyExists)])) {
                try await store.residents.request(.correction, field: .phone, value: "13912345679", note: "", by: me)
            }
            #expect(try await store.residents.dataRequests(for: territory.principal("grid.worker.b")).isEmpty, "outside grid B's scope")
            await #expect(throws: StoreError.notFound) {
                try await store.residents.decide(request: request.id, carryOut: true, note: "", by: territory.principal("grid.worker.b"))
            }
            let worker = territory.principal("grid.worker")
            #expect(try await store.residents.dataRequests(for: worker).map(\.id) == [request.id])
            let done = try await store.residents.decide(request: request.id, carryOut: true, note: "", by: worker)
            #expect(done.status == .done)
            #expect(try await store.residents.resident(id: resident.id, for: worker).phoneMasked == "139****5678")
            #expect(try await store.residents.find(phone: "13912345678", for: worker).map(\.id) == [resident.id])
            #expect(try await store.residents.find(phone: RegistryTests.phone, for: worker).isEmpty)
            #expect(try await store.residents.ownRequests(for: me).map(\.status) == [.done])

            let name = try await store.residents.request(.correction, field: .name, value: "张贵英", note: "", by: me)
            await #expect(throws: ValidationFailure([FieldError("note", .required)])) {
                try await store.residents.decide(request: name.id, carryOut: false, note: " ", by: worker)
            }
            let refused = try await store.residents.decide(request: name.id, carryOut: false, note: "请带户口本到社区核对", by: worker)
            #expect(refused.status == .refused && refused.decisionNote == "请带户口本到社区核对")
            #expect(try await store.residents.resident(id: resident.id, for: worker).name == "张桂英")
        }
    }

    @Test("deletion anonymises: the person is gone, the counts stay, the ID number can be registered again, the account stops", arguments: TestEngine.available)
    func deletion(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let store = territory.store
            let me = territory.principal("resident")
            let worker = territory.principal("grid.worker")
            let resident = try await Self.linkedResident(territory)
            let before = try await store.residents.list(for: worker, limit: 100).count
            let secretary = territory.principal("secretary", enrolled: true)
            let hospital = try await store.partners.register(
                NewPartner(kind: "hospital", name: "区人民医院", contactName: "陈主任", contactPhone: "13812345678", partyOrganisation: ""),
                communityCode: TestTerritory.communityA.code, by: secretary)
            let station = try await store.healthStations.createStation(
                NewHealthStation(communityCode: TestTerritory.communityA.code, partnerID: hospital.id, name: "健康驿站", place: "一楼"),
                by: secretary)
            _ = try await store.healthStations.writeRecord(
                NewHealthRecord(residentID: resident.id, consent: true, consentBy: "resident", purpose: "高血压随访", readings: "150/95", notes: ""),
                stationID: station.id, by: secretary)
            let own = try await store.residents.ownRecord(for: me)
            #expect(own.healthRecords.map(\.content?.readings) == ["150/95"] && own.healthRecords.first?.content?.purpose == "高血压随访",
                    "the person sees in full what the health station keeps about them")
            let pending = try await store.residents.request(.correction, field: .name, value: "张贵英", note: "", by: me)
            let request = try await store.residents.request(.deletion, note: "搬走了", by: me)
            _ = try await store.residents.decide(request: request.id, carryOut: true, note: "", by: worker)

            let gone = try await store.residents.resident(id: resident.id, for: worker)
            #expect(gone.name == ResidentStore.anonymisedName && gone.idNumberMasked == "—" && gone.phoneMasked == nil)
            #expect(gone.birthYear == 1949 && gone.hasCareCategories && gone.residenceStatus == .registered)
            #expect(try await store.residents.list(for: worker, limit: 100).count == before, "the counts stay right")
            #expect(try await store.residents.find(idNumber: RegistryTests.idNumber, for: worker).isEmpty)
            #expect(try await store.residents.reveal(.idNumber, of: resident.id, reason: "核对", by: territory.principal("secretary", enrolled: true)) == "")
            let account = try await store.accounts.account(username: "resident")
            #expect(account?.disabled == true && account?.displayName == ResidentStore.anonymisedName)
            let health = try await store.healthStations.records(stationID: station.id, by: secretary)
            #expect(health.map(\.residentNameMasked) == [ResidentStore.anonymisedName] && health.first?.withdrawnOn != nil,
                    "the health record stays counted, its content and name gone")
            await #expect(throws: ValidationFailure([FieldError("recordID", .consentRequired)])) {
                try await store.healthStations.reveal(recordID: health[0].id, reason: "核对", by: secretary)
            }
            let requests = try await store.residents.dataRequests(for: worker, status: nil)
            let closed = try #require(requests.first { $0.id == pending.id })
            #expect(closed.status == .refused && closed.proposedValue == nil, "nothing left to correct")
            #expect(requests.allSatisfy { $0.note.isEmpty })
            let household = try await store.buildings.households(buildingID: try #require(store.buildings.buildingID(ofHousehold: gone.householdID, for: worker)), for: worker)
            _ = try await store.residents.create(try RegistryTests.input(household[0]).validated(), by: worker)
            let sqlRows = try await database.read { sql in
                try await sql.raw("SELECT proposed_sealed, proposed_shown FROM data_requests").all()
            }
            #expect(try sqlRows.allSatisfy { try $0.decodeNil(column: "proposed_sealed") })
        }
    }
}

@Suite("Names per role")
struct NameVisibilityTests {
    @Test("an auditor sees residents' and members' names masked and cannot search by name", arguments: TestEngine.available)
    func auditorSeesMaskedNames(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let store = territory.store
            let household = try await RegistryTests.household(territory)
            let resident = try await store.residents.create(try RegistryTests.input(household).validated(), by: territory.principal("grid.worker"))
            let auditor = territory.principal("auditor")
            #expect(try await store.residents.resident(id: resident.id, for: auditor).name == "张**")
            #expect(try await store.residents.list(for: auditor).map(\.name) == ["张**"])
            #expect(try await store.residents.find(idNumber: RegistryTests.idNumber, for: auditor).map(\.name) == ["张**"])
            #expect(try await store.residents.export(for: auditor).first?[4] == "张**")
            await #expect(throws: StoreError.forbidden) { try await store.residents.find(name: "张", for: auditor) }
            #expect(try await store.residents.resident(id: resident.id, for: territory.principal("grid.worker")).name == "张桂英")

            try await store.residents.linkAccount(
                username: "resident", idNumber: RegistryTests.idNumber, toResident: resident.id, by: territory.principal("grid.worker"))
            _ = try await store.residents.request(.correction, field: .name, value: "张贵英", note: "户口本上是贵", by: territory.principal("resident"))
            let seen = try #require(try await store.residents.dataRequests(for: auditor).first)
            #expect(seen.residentName == "张**" && seen.proposedValue == "张**" && seen.note == "***")
            let full = try #require(try await store.accounts.list(for: territory.principal("street.admin")).first { $0.role == .resident })
            let masked = try #require(try await store.accounts.list(for: auditor).first { $0.role == .resident })
            #expect(masked.displayName == Masking.name(full.displayName) && masked.displayName != full.displayName)
        }
    }
}
