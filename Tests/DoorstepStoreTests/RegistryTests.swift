import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import SQLKit
import Testing

@Suite("Registry: buildings, households, residents")
struct RegistryTests {
    static let idNumber = "11010519491231002X"
    static let phone = "13800138000"

    /// A building and household in grid A1, registered by the grid worker.
    static func household(_ territory: TestTerritory) async throws -> Household {
        let worker = territory.principal("grid.worker")
        let building = try await territory.store.buildings.createBuilding(
            gridCode: TestTerritory.gridA1.code, name: "1号楼", address: "西康路 1 号", latitude: 32.06, longitude: 118.78,
            by: worker)
        return try await territory.store.buildings.createHousehold(buildingID: building.id, unit: "2单元", room: "301", by: worker)
    }

    static func input(_ household: Household, idNumber: String = idNumber) -> ResidentInput {
        ResidentInput(
            householdID: household.id, name: "张桂英", idNumber: idNumber, phone: "138 0013 8000", relationToHead: "户主",
            residenceStatus: "registered", careCategories: ["elderlyLivingAlone"])
    }

    @Test("a resident is stored sealed, found by exact ID number and phone, and shown masked", arguments: TestEngine.available)
    func sealedAndFound(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let store = territory.store
            let worker = territory.principal("grid.worker")
            let household = try await Self.household(territory)
            let resident = try await store.residents.create(try Self.input(household).validated(), by: worker)
            #expect(resident.idNumberMasked == "110105********002X")
            #expect(resident.phoneMasked == "138****8000")
            #expect(resident.sex == .female)
            #expect(resident.birthYear == 1949 && resident.ageBand == "70-79")
            #expect(resident.hasCareCategories)

            let dump = try await database.read { sql in
                try await sql.raw("SELECT * FROM residents").all().map { row in
                    try ["id_number_sealed", "phone_sealed", "care_sealed", "id_number_index", "phone_index"].map {
                        try row.decode(column: $0, as: String?.self) ?? ""
                    }.joined(separator: " ")
                }.joined()
            }
            #expect(!dump.contains(Self.idNumber) && !dump.contains(Self.phone) && !dump.contains("elderly"))

            let secretary = territory.principal("secretary")
            #expect(try await store.residents.find(idNumber: "11010519491231002x", for: secretary).map(\.id) == [resident.id])
            #expect(try await store.residents.find(phone: "+86 13800138000", for: secretary).map(\.id) == [resident.id])
            #expect(try await store.residents.find(idNumber: "110105194912310021", for: secretary).isEmpty)
        }
    }

    @Test("neither the clear columns of a copied file nor an auditor's answers give an ID number back", arguments: TestEngine.available)
    func noRebuild(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let store = territory.store
            let household = try await Self.household(territory)
            let resident = try await store.residents.create(try Self.input(household).validated(), by: territory.principal("grid.worker"))

            // A copy of the file without the key: every column of the row in clear.
            let clear = try await database.read { sql in
                let row = try #require(try await sql.raw("SELECT * FROM residents").first())
                return row.allColumns.map { column in
                    (try? row.decode(column: column, as: Int.self)).map(String.init) ?? (try? row.decode(column: column, as: String.self)) ?? ""
                }.joined(separator: " ")
            }
            #expect(!clear.contains("19491231") && !clear.contains("1949-12-31"))
            #expect(clear.contains("110105********002X") && clear.contains("1949"), "what the counts need stays")
            let fromFile = Self.candidates(masked: resident.idNumberMasked, bornIn: 1949...1949)
            #expect(fromFile.contains(Self.idNumber) && fromFile.count > 10, "the year leaves \(fromFile.count) numbers open")

            // An auditor's answer: the mask and the decade of life, no year.
            let seen = try await store.residents.resident(id: resident.id, for: territory.principal("auditor"))
            // Field by field: an id is random hex and may hold "1949" by chance.
            let answer = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(seen)) as? [String: Any])
            #expect(answer["birthDate"] == nil && answer["birthYear"] == nil && answer["ageBand"] as? String == "70-79")
            #expect(!answer.values.contains { "\($0)".hasPrefix("1949") })
            let fromAnswer = Self.candidates(masked: seen.idNumberMasked, bornIn: (2026 - 79)...(2026 - 70))
            #expect(fromAnswer.contains(Self.idNumber) && fromAnswer.count > 100, "the band leaves \(fromAnswer.count) numbers open")
            // The day itself, for whom it is needed, with a reason that is audited.
            #expect(try await store.residents.reveal(.birthDate, of: resident.id, reason: "生日慰问", by: territory.principal("grid.worker")) == "1949-12-31")
            await #expect(throws: StoreError.forbidden) {
                try await store.residents.reveal(.birthDate, of: resident.id, reason: "核对", by: territory.principal("auditor"))
            }

            // A database from before migration 21 held the day in clear; the step after the migrations seals it.
            try await database.write { sql in
                try await sql.raw("UPDATE residents SET birth_date = '1949-12-31', birth_date_sealed = NULL").run()
            }
            #expect(try await store.residents.sealBirthDatesLeftInClear() == 1)
            #expect(try await store.residents.sealBirthDatesLeftInClear() == 0)
            #expect(try await store.residents.reveal(.birthDate, of: resident.id, reason: "生日慰问", by: territory.principal("grid.worker")) == "1949-12-31")
        }
    }

    /// Every ID number that the mask could hide for someone born in `years`: each real day, kept when its check
    /// character is the one the mask shows.
    static func candidates(masked: String, bornIn years: ClosedRange<Int>) -> [String] {
        let shown = Array(masked)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        var found: [String] = []
        for year in years {
            var day = calendar.date(from: DateComponents(year: year, month: 1, day: 1))!
            while calendar.component(.year, from: day) == year {
                let parts = calendar.dateComponents([.month, .day], from: day)
                let number = String(shown[0..<6]) + String(format: "%04d%02d%02d", year, parts.month!, parts.day!) + String(shown[14..<18])
                if IDNumber.checkCharacter(for: number) == shown[17] { found.append(number) }
                day = calendar.date(byAdding: .day, value: 1, to: day)!
            }
        }
        return found
    }

    @Test("a duplicate ID number is refused, naming where the first record is", arguments: TestEngine.available)
    func duplicate(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let household = try await Self.household(territory)
            let worker = territory.principal("grid.worker")
            _ = try await territory.store.residents.create(try Self.input(household).validated(), by: worker)
            await #expect(throws: ValidationFailure([FieldError("idNumber", .duplicateIDNumber(place: "甲社区 甲一网格 1号楼"))])) {
                try await territory.store.residents.create(try Self.input(household).validated(), by: worker)
            }
        }
    }

    @Test("scope: another grid's worker and roles without the registry see nothing", arguments: TestEngine.available)
    func scope(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let store = territory.store
            let household = try await Self.household(territory)
            let resident = try await store.residents.create(
                try Self.input(household).validated(), by: territory.principal("grid.worker"))
            let other = territory.principal("grid.worker.b")
            await #expect(throws: StoreError.notFound) { try await store.residents.resident(id: resident.id, for: other) }
            #expect(try await store.residents.list(for: other).isEmpty)
            #expect(try await store.residents.find(idNumber: Self.idNumber, for: other).isEmpty)
            await #expect(throws: ValidationFailure([FieldError("householdID", .notFound)])) {
                try await store.residents.create(try Self.input(household, idNumber: "320106198802290033").validated(), by: other)
            }
            let building = try await store.buildings.createBuilding(
                gridCode: TestTerritory.gridB1.code, name: "乙1号楼", address: "乙路 1 号", latitude: nil, longitude: nil, by: other)
            let theirs = try await store.buildings.createHousehold(buildingID: building.id, unit: "", room: "101", by: other)
            await #expect(throws: ValidationFailure([FieldError("idNumber", .duplicateIDNumberElsewhere)]),
                          "where the person lives is not told outside the scope") {
                try await store.residents.create(try Self.input(theirs).validated(), by: other)
            }
            for username in ["party.member", "volunteer", "partner", "resident"] {
                await #expect(throws: StoreError.forbidden, "\(username)") {
                    try await store.residents.list(for: territory.principal(username))
                }
            }
            #expect(try await store.residents.list(for: territory.principal("street.admin")).map(\.id) == [resident.id])
            #expect(try await store.residents.list(for: territory.principal("auditor")).count == 1)
        }
    }

    @Test("a reveal needs a role that may and a reason, and is audited with it", arguments: TestEngine.available)
    func reveal(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let store = territory.store
            let worker = territory.principal("grid.worker")
            let household = try await Self.household(territory)
            let resident = try await store.residents.create(try Self.input(household).validated(), by: worker)
            #expect(try await store.residents.reveal(.phone, of: resident.id, reason: "电话回访独居老人", by: worker) == Self.phone)
            #expect(try await store.residents.reveal(.careCategories, of: resident.id, reason: "上门关爱", by: worker) == "elderlyLivingAlone")
            await #expect(throws: StoreError.forbidden) {
                try await store.residents.reveal(.idNumber, of: resident.id, reason: "核对身份", by: worker)
            }
            await #expect(throws: ValidationFailure([FieldError("reason", .required)])) {
                try await store.residents.reveal(.phone, of: resident.id, reason: " ", by: worker)
            }
            await #expect(throws: ValidationFailure([FieldError("reason", .tooShort(minimum: 2))])) {
                try await store.residents.reveal(.phone, of: resident.id, reason: "看", by: worker)
            }
            await #expect(throws: StoreError.twoFactorRequired, "an administrator reveals only after the second factor") {
                try await store.residents.reveal(.idNumber, of: resident.id, reason: "办理低保核对", by: territory.principal("secretary"))
            }
            let secretary = territory.principal("secretary", enrolled: true)
            #expect(try await store.residents.reveal(.idNumber, of: resident.id, reason: "办理低保核对", by: secretary) == Self.idNumber)
            let rows = try await store.audit.entries(for: secretary, limit: 10).filter { $0.action == .personalDataRevealed }
            #expect(rows.map(\.reason) == ["办理低保核对", "上门关爱", "电话回访独居老人"])
            #expect(rows.first?.detail == #"{"field":"idNumber"}"#)
            await #expect(throws: StoreError.notFound) {
                try await store.residents.reveal(.phone, of: resident.id, reason: "看看", by: territory.principal("grid.worker.b"))
            }
        }
    }

    @Test("key rotation re-seals residents' fields and they still open", arguments: TestEngine.available)
    func rotation(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let store = territory.store
            let household = try await Self.household(territory)
            let resident = try await store.residents.create(
                try Self.input(household).validated(), by: territory.principal("grid.worker"))
            #expect(try await store.keyRotation.rotate() == 4, "ID number, phone, care categories and birth date")
            let secretary = territory.principal("secretary", enrolled: true)
            #expect(try await store.residents.reveal(.idNumber, of: resident.id, reason: "轮换后核对", by: secretary) == Self.idNumber)
            #expect(try await store.residents.find(idNumber: Self.idNumber, for: secretary).count == 1)
        }
    }
}

@Suite("Registry: administrators' second factor")
struct RegistryTwoFactorTests {
    @Test("an administrator without two-step verification cannot register anything", arguments: TestEngine.available)
    func refused(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            await #expect(throws: StoreError.twoFactorRequired) {
                try await territory.store.buildings.createBuilding(
                    gridCode: TestTerritory.gridA1.code, name: "1号楼", address: "甲路 1 号", latitude: nil, longitude: nil,
                    by: territory.principal("secretary"))
            }
        }
    }
}

@Suite("Registry: batches")
struct RegistryBatchTests {
    @Test("a batch names every bad row and inserts nothing, or inserts all", arguments: TestEngine.available)
    func batch(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let store = territory.store
            let worker = territory.principal("grid.worker")
            let household = try await RegistryTests.household(territory)
            _ = try await store.residents.create(try RegistryTests.input(household).validated(), by: worker)
            func row(_ id: String, household: String) throws -> NewResident {
                try ResidentInput(householdID: household, name: "居民", idNumber: id, relationToHead: "家庭成员",
                                  residenceStatus: "registered").validated()
            }
            let rows = [
                try row("320106198802290033", household: household.id),
                try row(RegistryTests.idNumber, household: household.id),
                try row("440304200001010017", household: "missing"),
                try row("320106198802290033", household: household.id),
                try row("510107201010111232", household: household.id),
            ]
            await #expect(throws: RowValidationFailure([
                RowError(2, "idNumber", .duplicateIDNumber(place: "甲社区 甲一网格 1号楼")),
                RowError(3, "householdID", .notFound),
                RowError(4, "idNumber", .duplicateInFile(row: 1)),
            ])) {
                try await store.residents.createAll(rows, by: worker)
            }
            #expect(try await store.residents.list(for: worker).count == 1, "nothing from the refused batch")
            #expect(try await store.residents.createAll([rows[0], rows[4]], by: worker) == 2)
            #expect(try await store.residents.list(for: worker).count == 3)
        }
    }
}
