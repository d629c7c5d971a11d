import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import SQLKit
import Testing

@Suite("Satisfaction surveys")
struct SurveyTests {
    /// `TestTerritory` with the first community's estate 幸福小区: 1号楼 in the first grid and 2号楼 in the second,
    /// 24 households each, and 9号楼 in the second grid, in no estate, with 6.
    struct Fixture: Sendable {
        let territory: TestTerritory
        let clock: TestClock
        let estate: Estate
        let north: Building
        let northHouseholds: [Household]
        let south: Building
        let southHouseholds: [Household]
        let outsideHouseholds: [Household]

        var store: Store { territory.store }
        var secretary: Principal { territory.principal("secretary", enrolled: true) }
    }

    static func fixture(_ database: Database, opening day: CalendarDay) async throws -> Fixture {
        let clock = TestClock(day.start.addingTimeInterval(9 * 3600))
        let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: clock.closure))
        let store = territory.store
        let secretary = territory.principal("secretary", enrolled: true)
        let estate = try await store.estates.create(
            communityCode: TestTerritory.communityA.code, name: "幸福小区", address: "甲路 1 号", by: secretary)
        func building(_ name: String, _ grid: Grid, estate: String?, households: Int) async throws -> (Building, [Household]) {
            let building = try await store.buildings.createBuilding(
                gridCode: grid.code, name: name, address: "甲路", latitude: nil, longitude: nil, estateID: estate, by: secretary)
            var list: [Household] = []
            for index in 0..<households {
                // 1单元 and 2单元, six floors of two rooms: 101, 102 … 602.
                list.append(
                    try await store.buildings.createHousehold(
                        buildingID: building.id, unit: "\(index / 12 + 1)单元", room: "\(index % 12 / 2 + 1)0\(index % 2 + 1)", by: secretary))
            }
            return (building, list)
        }
        let (north, northHouseholds) = try await building("1号楼", TestTerritory.gridA1, estate: estate.id, households: 24)
        let (south, southHouseholds) = try await building("2号楼", TestTerritory.gridA2, estate: estate.id, households: 24)
        let (_, outsideHouseholds) = try await building("9号楼", TestTerritory.gridA2, estate: nil, households: 6)
        return Fixture(
            territory: territory, clock: clock, estate: estate, north: north, northHouseholds: northHouseholds, south: south,
            southHouseholds: southHouseholds, outsideHouseholds: outsideHouseholds)
    }

    static func questions() -> [NewSurveyQuestion] {
        [
            NewSurveyQuestion(kind: "scale", text: "总体上，您对小区的治理和服务满意吗？"),
            NewSurveyQuestion(kind: "scale", text: "环境卫生"),
            NewSurveyQuestion(kind: "text", text: "意见和建议"),
        ]
    }

    /// Records answers at the door: the levels in order, one household each.
    static func answer(
        _ households: ArraySlice<Household>, _ levels: [(Satisfaction, Int)], survey: Survey, in fixture: Fixture
    ) async throws {
        let all = levels.flatMap { Array(repeating: $0.0, count: $0.1) }
        #expect(all.count == households.count)
        for (household, level) in zip(households, all) {
            _ = try await fixture.store.surveys.answer(
                surveyID: survey.id, householdID: household.id, answers: ["q1": level.rawValue], by: fixture.secretary)
        }
    }

    @Test("questions are checked at once; one answer per household; a household outside the place, outside the worker's grid or before and after the open days is refused; questions are fixed by the first answer",
          arguments: TestEngine.available)
    func oneAnswerPerHousehold(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Self.fixture(database, opening: CalendarDay(2026, 3, 2))
            let store = fixture.store, secretary = fixture.secretary
            let worker = fixture.territory.principal("grid.worker")

            await #expect(throws: ValidationFailure([
                FieldError("title", .required), FieldError("place", .unknownValue(allowed: SurveyPlace.writtenForms)),
                FieldError("closesOn", .beforeStart), FieldError("overallQuestion", .required),
            ])) {
                try await store.surveys.create(
                    NewSurvey(
                        title: " ", place: "street:320106005", opensOn: "2026-03-15", closesOn: "2026-03-02",
                        questions: [NewSurveyQuestion(kind: "text", text: "意见")]),
                    by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("place", .outsideYourScope)]), "a place of another community") {
                try await store.surveys.create(
                    NewSurvey(title: "乙", place: "grid:\(TestTerritory.gridB1.code)", opensOn: "2026-03-02", closesOn: "2026-03-15",
                              questions: Self.questions()),
                    by: secretary)
            }
            await #expect(throws: StoreError.forbidden, "a grid worker records answers but does not set surveys up") {
                try await store.surveys.create(
                    NewSurvey(title: "甲", place: "grid:\(TestTerritory.gridA1.code)", opensOn: "2026-03-02", closesOn: "2026-03-15",
                              questions: Self.questions()),
                    by: worker)
            }
            let created = try await store.surveys.create(
                NewSurvey(
                    title: "幸福小区满意度测评", place: "estate:\(fixture.estate.id)", opensOn: "2026-03-02", closesOn: "2026-03-15",
                    questions: [NewSurveyQuestion(kind: "scale", text: "总体")]),
                by: secretary)
            #expect(created.communityCode == TestTerritory.communityA.code && created.placeName == "幸福小区" && created.questions.count == 1)
            let survey = try await store.surveys.replaceQuestions(surveyID: created.id, with: Self.questions(), by: secretary)
            #expect(survey.questions.map(\.key) == ["q1", "q2", "q3"] && survey.overallQuestion?.position == 1)
            #expect(try await store.surveys.survey(id: survey.id, by: worker).questions.count == 3, "the new questions are stored")

            let household = fixture.northHouseholds[0]
            await #expect(throws: ValidationFailure([
                FieldError("q9", .notFound), FieldError("q1", .required),
                FieldError("q2", .unknownValue(allowed: Satisfaction.allCases.map(\.rawValue))),
            ])) {
                try await store.surveys.answer(surveyID: survey.id, householdID: household.id, answers: ["q2": "great", "q9": "x"], by: worker)
            }
            let first = try await store.surveys.answer(
                surveyID: survey.id, householdID: household.id, answers: ["q1": "satisfied", "q3": "楼道灯坏了", "_csrf": "ignored"], by: worker)
            #expect(first.channel == .doorToDoor && first.answeredOn == "2026-03-02")
            #expect(first.responses == [SurveyResponse(position: 1, level: .satisfied), SurveyResponse(position: 3, text: "楼道灯坏了")])
            await #expect(throws: ValidationFailure([FieldError("householdID", .alreadyExists)]), "one answer per household") {
                try await store.surveys.answer(surveyID: survey.id, householdID: household.id, answers: ["q1": "dissatisfied"], by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("householdID", .notFound)]), "the other grid is not the worker's") {
                try await store.surveys.answer(
                    surveyID: survey.id, householdID: fixture.southHouseholds[0].id, answers: ["q1": "satisfied"], by: worker)
            }
            await #expect(throws: ValidationFailure([FieldError("householdID", .unknownValue(allowed: ["幸福小区"]))]), "9号楼 is not in the estate") {
                try await store.surveys.answer(
                    surveyID: survey.id, householdID: fixture.outsideHouseholds[0].id, answers: ["q1": "satisfied"], by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("answers", .alreadyExists)]), "questions are fixed by the first answer") {
                try await store.surveys.replaceQuestions(surveyID: survey.id, with: Self.questions(), by: secretary)
            }
            await #expect(throws: StoreError.forbidden) {
                try await store.surveys.answer(
                    surveyID: survey.id, householdID: fixture.northHouseholds[1].id, answers: ["q1": "satisfied"],
                    by: fixture.territory.principal("party.member"))
            }
            await #expect(throws: StoreError.notFound, "another community's worker does not see the survey") {
                try await store.surveys.answer(
                    surveyID: survey.id, householdID: fixture.northHouseholds[1].id, answers: ["q1": "satisfied"],
                    by: fixture.territory.principal("grid.worker.b"))
            }
            #expect(try await store.surveys.surveys(by: fixture.territory.principal("grid.worker.b")).isEmpty)
            #expect(try await store.surveys.surveys(by: fixture.territory.principal("street.admin")).map(\.survey.id) == [survey.id])

            let later = try await store.surveys.create(
                NewSurvey(title: "下一次", place: "community:\(TestTerritory.communityA.code)", opensOn: "2026-04-01", closesOn: "2026-04-15",
                          questions: Self.questions()),
                by: secretary)
            await #expect(throws: ValidationFailure([FieldError("surveyID", .notOpen)]), "not open yet") {
                try await store.surveys.answer(surveyID: later.id, householdID: household.id, answers: ["q1": "satisfied"], by: secretary)
            }
            fixture.clock.advance(by: 14 * 86_400)  // 2026-03-16, the day after the last
            await #expect(throws: ValidationFailure([FieldError("surveyID", .notOpen)]), "closed") {
                try await store.surveys.answer(
                    surveyID: survey.id, householdID: fixture.northHouseholds[1].id, answers: ["q1": "satisfied"], by: worker)
            }
            #expect(try await store.surveys.results(surveyID: survey.id, by: secretary).answers == 1)
        }
    }

    @Test("a resident answers on the public page with the phone registered for the household; a wrong phone or a room that is not there is refused and writes no answer; guesses stop after five a day",
          arguments: TestEngine.available)
    func publicAnswers(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Self.fixture(database, opening: CalendarDay(2026, 3, 2))
            let store = fixture.store, secretary = fixture.secretary
            let survey = try await store.surveys.create(
                NewSurvey(title: "幸福小区满意度测评", place: "estate:\(fixture.estate.id)", opensOn: "2026-03-02", closesOn: "2026-03-15",
                          questions: Self.questions()),
                by: secretary)
            for (index, phone) in [(1, "13912340001"), (2, "13912340002")] {
                _ = try await store.residents.create(
                    try ResidentInput(
                        householdID: fixture.northHouseholds[index].id, name: "住户\(index)", idDocumentType: "passport",
                        idNumber: "E1000000\(index)", phone: phone, relationToHead: "户主", residenceStatus: "registered"
                    ).validated(), by: secretary)
            }
            // northHouseholds[1] is 1单元 102, [2] is 1单元 201.
            func answer(unit: String = "1", room: String, phone: String, _ level: Satisfaction = .verySatisfied) async throws -> SurveyAnswer {
                try await store.surveys.answerPublicly(
                    surveyID: survey.id, buildingID: fixture.north.id, unit: unit, room: room, phone: phone,
                    answers: ["q1": level.rawValue, "q3": "希望多办活动"])
            }
            /// How many answers and responses are stored.
            func stored() async throws -> [Int] {
                try await database.read { sql in
                    let answers = try await sql.raw("SELECT COUNT(*) AS n FROM survey_answers").first()?.decode(column: "n", as: Int.self)
                    let responses = try await sql.raw("SELECT COUNT(*) AS n FROM survey_responses").first()?.decode(column: "n", as: Int.self)
                    return [answers ?? -1, responses ?? -1]
                }
            }

            await #expect(throws: ValidationFailure([FieldError("phone", .mismatch)]), "not the household's phone") {
                try await answer(room: "102", phone: "13900000000")
            }
            await #expect(throws: ValidationFailure([FieldError("phone", .mismatch)]), "a room that is not there, told alike") {
                try await answer(room: "909", phone: "13912340001")
            }
            await #expect(throws: ValidationFailure([FieldError("phone", .phoneFormat)])) { try await answer(room: "102", phone: "1391234") }
            #expect(try await stored() == [0, 0], "nothing written")

            let given = try await answer(unit: "１单元", room: "102室", phone: "139 1234 0001")
            #expect(given.channel == .publicPage && given.householdID == fixture.northHouseholds[1].id)
            #expect(try await stored() == [1, 2])
            let kept = try await database.read { sql -> [String?] in
                guard let row = try await sql.raw("SELECT recorded_by, channel FROM survey_answers").first() else { return [] }
                let recordedBy = try row.decode(column: "recorded_by", as: String?.self)
                let channel = try row.decode(column: "channel", as: String.self)
                return [recordedBy, channel]
            }
            #expect(kept == [nil, "publicPage"], "nobody recorded it, and the phone is not kept with it")
            await #expect(throws: ValidationFailure([FieldError("householdID", .alreadyExists)]), "once per household") {
                try await answer(room: "102", phone: "13912340001", .dissatisfied)
            }

            for _ in 0..<SurveyStore.refusalsPerDay {
                await #expect(throws: ValidationFailure([FieldError("phone", .mismatch)])) { try await answer(room: "201", phone: "13800000000") }
            }
            await #expect(throws: ValidationFailure([FieldError("phone", .capReached(maximum: 5))]), "even the right phone, after five guesses") {
                try await answer(room: "201", phone: "13912340002")
            }
            fixture.clock.advance(by: 86_400 + 1)
            #expect(try await answer(room: "201", phone: "13912340002").householdID == fixture.northHouseholds[2].id, "a day later")
            let results = try await store.surveys.results(surveyID: survey.id, by: secretary)
            #expect(results.answers == 2 && results.overall.count(of: .verySatisfied) == 2 && results.overall.count(of: .dissatisfied) == 0)

            fixture.clock.advance(by: 13 * 86_400)  // 2026-03-16
            await #expect(throws: ValidationFailure([FieldError("surveyID", .notOpen)])) {
                try await store.surveys.answerPublicly(
                    surveyID: survey.id, buildingID: fixture.north.id, unit: "2", room: "101", phone: "13912340001", answers: ["q1": "satisfied"])
            }
            let shown = try await store.surveys.publicView(surveyID: survey.id)
            #expect(!shown.isOpen && shown.hasClosed && shown.buildings.isEmpty && shown.results?.rate == SatisfactionRate(satisfied: 2, answers: 2))
        }
    }

    @Test("two surveys a quarter apart: 满意率 with its numerator and denominator in total, by estate and by grid, and the estate's before/after from 62.5 % (25/40) to 80.0 % (36/45)",
          arguments: TestEngine.available)
    func beforeAndAfter(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Self.fixture(database, opening: CalendarDay(2026, 3, 2))
            let store = fixture.store, secretary = fixture.secretary
            let community = SurveyPlace(kind: .community, id: TestTerritory.communityA.code)
            let estate = SurveyPlace(kind: .estate, id: fixture.estate.id)

            // March: the whole community.
            let before = try await store.surveys.create(
                NewSurvey(title: "一季度满意度测评", place: community.description, opensOn: "2026-03-02", closesOn: "2026-03-15",
                          questions: Self.questions()),
                by: secretary)
            try await Self.answer(fixture.northHouseholds[0..<24], [(.verySatisfied, 10), (.satisfied, 14)], survey: before, in: fixture)
            try await Self.answer(
                fixture.southHouseholds[0..<16], [(.satisfied, 1), (.fairlySatisfied, 10), (.dissatisfied, 5)], survey: before, in: fixture)
            try await Self.answer(fixture.outsideHouseholds[0..<5], [(.verySatisfied, 5)], survey: before, in: fixture)
            _ = try await store.surveys.answer(
                surveyID: before.id, householdID: fixture.outsideHouseholds[5].id,
                answers: ["q1": "veryDissatisfied", "q2": "satisfied", "q3": "垃圾没人收，请打 13812345678"], by: secretary)

            let results = try await store.surveys.results(surveyID: before.id, by: secretary)
            #expect(results.answers == 46)
            #expect(results.overall.rate == SatisfactionRate(satisfied: 30, answers: 46) && results.overall.rate.percent == 65.2)
            #expect(Satisfaction.allCases.map { results.overall.count(of: $0) } == [15, 15, 10, 5, 1])
            #expect(results.byEstate.map(\.name) == ["幸福小区", ""] && results.byEstate.map(\.place) == [estate, nil])
            #expect(results.byEstate.map(\.tally.rate) == [SatisfactionRate(satisfied: 25, answers: 40), SatisfactionRate(satisfied: 5, answers: 6)])
            #expect(results.byGrid.map(\.name) == [TestTerritory.gridA1.name, TestTerritory.gridA2.name])
            #expect(results.byGrid.map(\.tally.rate) == [SatisfactionRate(satisfied: 24, answers: 24), SatisfactionRate(satisfied: 6, answers: 22)])
            #expect(results.questions.map(\.tally.answers) == [46, 1], "the second scale question was answered once")
            #expect(results.comments.map(\.text) == ["垃圾没人收，请打 13812345678"] && results.comments.first?.buildingName == "9号楼")
            let gridA2Worker = try await store.accounts.createFromCommandLine(
                NewAccount(
                    username: "grid.worker.a2", displayName: "甲二网格员", role: .gridWorker,
                    scope: TerritoryScope(level: .grid, code: TestTerritory.gridA2.code), password: TestTerritory.password),
                operatorName: "test"
            ).principal
            let masked = try await store.surveys.results(surveyID: before.id, by: gridA2Worker)
            #expect(masked.comments.map(\.text) == ["垃圾没人收，请打 138******78"], "digits masked for those who do not run surveys")
            let otherGrid = try await store.surveys.results(surveyID: before.id, by: fixture.territory.principal("grid.worker"))
            #expect(otherGrid.comments.isEmpty, "a grid worker reads the comments of their own grid only")

            // June, a quarter later: the estate alone.
            fixture.clock.advance(by: CalendarDay(2026, 6, 1).start.timeIntervalSince(CalendarDay(2026, 3, 2).start))
            let after = try await store.surveys.create(
                NewSurvey(title: "二季度幸福小区满意度测评", place: estate.description, opensOn: "2026-06-01", closesOn: "2026-06-14",
                          questions: Self.questions()),
                by: secretary)
            try await Self.answer(fixture.northHouseholds[0..<24], [(.verySatisfied, 16), (.satisfied, 8)], survey: after, in: fixture)
            try await Self.answer(
                fixture.southHouseholds[0..<21], [(.satisfied, 12), (.fairlySatisfied, 6), (.dissatisfied, 3)], survey: after, in: fixture)
            let empty = try await store.surveys.create(
                NewSurvey(title: "暑期测评", place: community.description, opensOn: "2026-06-01", closesOn: "2026-07-31",
                          questions: Self.questions()),
                by: secretary)

            let comparison = try await store.surveys.compare(before: before.id, after: after.id, by: secretary)
            #expect(comparison.place == estate && comparison.placeName == "幸福小区")
            #expect(comparison.before.rate == SatisfactionRate(satisfied: 25, answers: 40) && comparison.before.rate.percent == 62.5)
            #expect(comparison.after.rate == SatisfactionRate(satisfied: 36, answers: 45) && comparison.after.rate.percent == 80.0)
            #expect(comparison.change == 17.5)
            #expect(comparison.before.tally.count(of: .verySatisfied) == 10, "the 9号楼 households are not the estate's")

            let noAnswers = try await store.surveys.compare(before: before.id, after: empty.id, place: estate, by: secretary)
            #expect(noAnswers.after.rate.answers == 0 && noAnswers.after.rate.percent == nil && noAnswers.change == nil)
            await #expect(throws: ValidationFailure([FieldError("place", .unknownValue(allowed: ["幸福小区"]))]), "the June survey did not ask the grid") {
                try await store.surveys.compare(
                    before: before.id, after: after.id, place: SurveyPlace(kind: .grid, id: TestTerritory.gridA1.code), by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("after", .beforeStart)])) {
                try await store.surveys.compare(before: after.id, after: before.id, by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("after", .sameAsBefore)])) {
                try await store.surveys.compare(before: after.id, after: after.id, by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("before", .notFound), FieldError("after", .notFound)]), "another community's worker") {
                try await store.surveys.compare(before: before.id, after: after.id, by: fixture.territory.principal("grid.worker.b"))
            }

            let spring = ReportingPeriod(first: CalendarDay(2026, 3, 1), last: CalendarDay(2026, 6, 30))
            let inEstate = try await store.surveys.surveys(by: secretary, place: estate, closedIn: spring)
            #expect(inEstate.map(\.survey.id) == [after.id, before.id])
            #expect(inEstate.map(\.rate) == [SatisfactionRate(satisfied: 36, answers: 45), SatisfactionRate(satisfied: 25, answers: 40)])
            let march = try await store.surveys.surveys(by: secretary, closedIn: ReportingPeriod(first: CalendarDay(2026, 3, 1), last: CalendarDay(2026, 3, 31)))
            #expect(march.map(\.survey.id) == [before.id] && march.first?.rate == SatisfactionRate(satisfied: 30, answers: 46))
            #expect(try await store.surveys.surveys(by: secretary).count == 3)
        }
    }
}
