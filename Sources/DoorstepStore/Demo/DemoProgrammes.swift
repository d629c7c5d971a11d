import DoorstepCore
import Foundation
import SQLKit

/// The service programmes for the demo community. At the start of the demo's year (`setUp`): the after-school class at
/// the partner school with three children enrolled (the guardians' consent, both parents working), the health
/// station at the partner hospital with its weekly clinics, and an aid project of the social organisation for
/// residents living alone with its beneficiaries. On the current day (`seed`): two children arrived at the class, the
/// last weeks' clinic sessions and a service of the aid project three days ago — and, when the demo has no year of
/// work, two satisfaction surveys of the first estate a quarter apart.
struct DemoProgrammes {
    let store: Store
    let now: Date

    /// What the programmes' set-up made, for the year's work and the current day.
    struct SetUp: Sendable {
        struct Child: Sendable {
            var enrolmentID: String
            var name: String
            var guardian: String
            var guardianPhone: String
            var pickUp: String
            var pickUpPhone: String
        }

        var classID: String?
        var children: [Child] = []
        var stationID: String?
        var aidProjectID: String?
        var beneficiaries: [String] = []
    }

    /// `from` is the first day of the demo's year: the class's term, the aid project and the enrolments start then.
    func setUp(community: Community, from: CalendarDay, by admin: Principal) async throws -> SetUp {
        var made = SetUp()
        guard let secretary = try await secretary(by: admin) else { return made }
        let partners = Dictionary(uniqueKeysWithValues: try await store.partners.list(by: secretary).map { ($0.name, $0.id) })
        let today = CalendarDay(containing: now)
        let term = AfterSchoolClass(
            id: "", communityCode: community.code, partnerID: partners["实验小学"], name: "四点半课堂", place: "党群服务中心二楼",
            weekdays: [1, 2, 3, 4, 5], termStart: from.description, termEnd: today.adding(days: 120).description, capacity: 30)
        let created = try await store.afterSchool.createClass(term, by: secretary)
        made.classID = created.id
        let children = [("李小明", "2017-03-12", "三年级", "李建华", "13700002001"), ("王可欣", "2016-09-01", "四年级", "王磊", "13700002002"),
                        ("张子涵", "2018-05-20", "二年级", "张丽", "13700002003")]
        for (child, born, grade, guardian, phone) in children {
            let grandmother = String(guardian.prefix(1)) + "奶奶"
            let grandmotherPhone = "1360000" + String(phone.suffix(4))
            let enrolment = try await store.afterSchool.enrol(
                NewAfterSchoolEnrolment(
                    childName: child, childBirthDate: born, school: "实验小学", grade: grade, guardianName: guardian, guardianPhone: phone,
                    bothParentsWork: true, guardianConsent: true,
                    pickUps: [NewPickUpPerson(name: grandmother, relation: "祖母", phone: grandmotherPhone)]),
                classID: created.id, by: secretary)
            made.children.append(
                SetUp.Child(
                    enrolmentID: enrolment.id, name: child, guardian: guardian, guardianPhone: phone, pickUp: grandmother,
                    pickUpPhone: grandmotherPhone))
        }

        if let hospital = partners["区人民医院"] {
            let station = try await store.healthStations.createStation(
                NewHealthStation(communityCode: community.code, partnerID: hospital, name: "社区健康驿站", place: "党群服务中心一楼"),
                by: secretary)
            _ = try await store.healthStations.addSlot(
                NewHealthClinicSlot(weekday: "2", startsAt: "09:00", endsAt: "11:00", service: "量血压、测血糖"), stationID: station.id, by: secretary)
            _ = try await store.healthStations.addSlot(
                NewHealthClinicSlot(weekday: "4", startsAt: "14:00", endsAt: "16:00", service: "中医理疗"), stationID: station.id, by: secretary)
            made.stationID = station.id
        }

        if let society = partners["暖阳为老服务中心"] {
            let project = try await store.aidProjects.createProject(
                NewAidProject(
                    communityCode: community.code, partnerID: society, title: "独居老人关爱行动", kind: "elderly",
                    startsOn: from.description, endsOn: today.adding(days: 270).description),
                by: secretary)
            made.aidProjectID = project.id
            for resident in try await store.residents.list(for: secretary, limit: 600) where resident.hasCareCategories && made.beneficiaries.count < 3 {
                // Only residents living alone qualify; the store says which by refusing the others.
                if (try? await store.aidProjects.addBeneficiary(projectID: project.id, residentID: resident.id, by: secretary)) != nil {
                    made.beneficiaries.append(resident.id)
                }
            }
        }
        return made
    }

    func seed(community: Community, setUp: SetUp, surveys: Bool, by admin: Principal) async throws {
        guard let secretary = try await secretary(by: admin) else { return }
        let today = CalendarDay(containing: now)
        // On a class day the first two have arrived: the day sheet shows who is still to be collected.
        for child in setUp.children where child.name != "张子涵" {
            _ = try? await store.afterSchool.recordArrival(enrolmentID: child.enrolmentID, day: today, by: secretary)
        }
        if let station = setUp.stationID {
            for week in 1...4 {
                _ = try await store.healthStations.recordSession(
                    NewHealthSession(day: today.adding(days: -7 * week).description, service: "量血压、测血糖", served: String(20 + week * 3),
                                     doctorName: "陈医生"),
                    stationID: station, by: secretary)
            }
        }
        if let project = setUp.aidProjectID, !setUp.beneficiaries.isEmpty {
            _ = try await store.aidProjects.recordService(
                NewAidService(day: today.adding(days: -3).description, residentIDs: setUp.beneficiaries, note: "上门探访，送米面油"),
                projectID: project, by: secretary)
        }
        if surveys { try await self.surveys(community: community, today: today, by: secretary) }
    }

    private func secretary(by admin: Principal) async throws -> Principal? {
        guard var secretary = try await store.accounts.list(for: admin).first(where: { $0.username == "secretary" })?.principal else {
            return nil
        }
        secretary.twoFactorEnabled = true  // the demo acts as enrolled staff would
        return secretary
    }

    /// Two surveys of the first estate a quarter apart, each answered by its own households, recorded on the days they
    /// were open. (The year's work has its own two waves.)
    private func surveys(community: Community, today: CalendarDay, by secretary: Principal) async throws {
        let (estate, households) = try await store.database.read { sql -> (String?, [String]) in
            guard let estate = try await sql.raw(
                "SELECT id FROM estates WHERE community_code = \(bind: community.code) ORDER BY name LIMIT 1"
            ).first()?.string("id") else { return (nil, []) }
            let households = try await sql.raw(
                """
                SELECT h.id FROM households h JOIN buildings b ON b.id = h.building_id
                WHERE b.estate_id = \(bind: estate) ORDER BY b.name, h.unit, h.room LIMIT 60
                """
            ).all().map { try $0.string("id") }
            return (estate, households)
        }
        guard let estate, households.count >= 40 else { return }
        let questions = [
            NewSurveyQuestion(kind: "scale", text: "您对社区服务的总体评价"), NewSurveyQuestion(kind: "scale", text: "您对小区环境卫生的评价"),
            NewSurveyQuestion(kind: "text", text: "您对社区的意见和建议"),
        ]
        let rounds: [(days: Int, title: String, satisfied: Int, answered: Int)] = [(-120, "第一季度居民满意度调查", 25, 40), (-28, "第二季度居民满意度调查", 36, 45)]
        for round in rounds {
            let opens = today.adding(days: round.days)
            let clock = opens.start.addingTimeInterval(10 * 3600)
            let surveys = SurveyStore(database: store.database, keys: store.surveys.keys, clock: { clock })
            let survey = try await surveys.create(
                NewSurvey(
                    title: round.title, place: "estate:\(estate)", opensOn: opens.description, closesOn: opens.adding(days: 20).description,
                    questions: questions),
                by: secretary)
            for (index, household) in households.prefix(round.answered).enumerated() {
                let level: Satisfaction = index < round.satisfied ? (index % 3 == 0 ? .verySatisfied : .satisfied) : index % 2 == 0 ? .fairlySatisfied : .dissatisfied
                _ = try await surveys.answer(surveyID: survey.id, householdID: household, answers: ["q1": level.rawValue, "q2": level.rawValue], by: secretary)
            }
        }
    }
}
