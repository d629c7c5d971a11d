import DoorstepCore
import Foundation
import SQLKit

/// The service programmes and surveys for the demo community: the after-school class at the partner school with
/// three children, the health station at the partner hospital with its weekly clinics and the last weeks' sessions, an
/// aid project of the social organisation for residents living alone, and two satisfaction surveys of the first
/// estate a quarter apart — so each page has something to show and the comparison has counts behind it.
struct DemoProgrammes {
    let store: Store
    let now: Date

    func seed(community: Community, by admin: Principal) async throws {
        guard var secretary = try await store.accounts.list(for: admin).first(where: { $0.username == "secretary" })?.principal else {
            return
        }
        secretary.twoFactorEnabled = true  // the demo acts as enrolled staff would
        let partners = Dictionary(uniqueKeysWithValues: try await store.partners.list(by: secretary).map { ($0.name, $0.id) })
        let today = CalendarDay(containing: now)
        try await afterSchool(community: community, school: partners["实验小学"], today: today, by: secretary)
        if let hospital = partners["区人民医院"] { try await health(community: community, hospital: hospital, today: today, by: secretary) }
        if let society = partners["暖阳为老服务中心"] { try await aid(community: community, society: society, today: today, by: secretary) }
        try await surveys(community: community, today: today, by: secretary)
    }

    private func afterSchool(community: Community, school: String?, today: CalendarDay, by secretary: Principal) async throws {
        let term = AfterSchoolClass(
            id: "", communityCode: community.code, partnerID: school, name: "四点半课堂", place: "党群服务中心二楼", weekdays: [1, 2, 3, 4, 5],
            termStart: today.adding(days: -60).description, termEnd: today.adding(days: 120).description, capacity: 30)
        let created = try await store.afterSchool.createClass(term, by: secretary)
        let children = [("李小明", "2017-03-12", "三年级", "李建华", "13700002001"), ("王可欣", "2016-09-01", "四年级", "王磊", "13700002002"),
                        ("张子涵", "2018-05-20", "二年级", "张丽", "13700002003")]
        for (child, born, grade, guardian, phone) in children {
            let enrolment = try await store.afterSchool.enrol(
                NewAfterSchoolEnrolment(
                    childName: child, childBirthDate: born, school: "实验小学", grade: grade, guardianName: guardian, guardianPhone: phone,
                    bothParentsWork: true, guardianConsent: true,
                    pickUps: [NewPickUpPerson(name: guardian.prefix(1) + "奶奶", relation: "祖母", phone: "1360000" + phone.suffix(4))]),
                classID: created.id, by: secretary)
            // On a class day the first two have arrived: the day sheet shows who is still to be collected.
            if child != "张子涵" { _ = try? await store.afterSchool.recordArrival(enrolmentID: enrolment.id, day: today, by: secretary) }
        }
    }

    private func health(community: Community, hospital: String, today: CalendarDay, by secretary: Principal) async throws {
        let station = try await store.healthStations.createStation(
            NewHealthStation(communityCode: community.code, partnerID: hospital, name: "社区健康驿站", place: "党群服务中心一楼"),
            by: secretary)
        _ = try await store.healthStations.addSlot(
            NewHealthClinicSlot(weekday: "2", startsAt: "09:00", endsAt: "11:00", service: "量血压、测血糖"), stationID: station.id, by: secretary)
        _ = try await store.healthStations.addSlot(
            NewHealthClinicSlot(weekday: "4", startsAt: "14:00", endsAt: "16:00", service: "中医理疗"), stationID: station.id, by: secretary)
        for week in 1...4 {
            _ = try await store.healthStations.recordSession(
                NewHealthSession(day: today.adding(days: -7 * week).description, service: "量血压、测血糖", served: String(20 + week * 3),
                                 doctorName: "陈医生"),
                stationID: station.id, by: secretary)
        }
    }

    private func aid(community: Community, society: String, today: CalendarDay, by secretary: Principal) async throws {
        let project = try await store.aidProjects.createProject(
            NewAidProject(
                communityCode: community.code, partnerID: society, title: "独居老人关爱行动", kind: "elderly",
                startsOn: today.adding(days: -90).description, endsOn: today.adding(days: 270).description),
            by: secretary)
        var added: [String] = []
        for resident in try await store.residents.list(for: secretary, limit: 600) where resident.hasCareCategories && added.count < 3 {
            // Only residents living alone qualify; the store says which by refusing the others.
            if (try? await store.aidProjects.addBeneficiary(projectID: project.id, residentID: resident.id, by: secretary)) != nil {
                added.append(resident.id)
            }
        }
        if !added.isEmpty {
            _ = try await store.aidProjects.recordService(
                NewAidService(day: today.adding(days: -3).description, residentIDs: added, note: "上门探访，送米面油"), projectID: project.id,
                by: secretary)
        }
    }

    /// Two surveys of the first estate a quarter apart, each answered by its own households, recorded on the days they
    /// were open.
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
