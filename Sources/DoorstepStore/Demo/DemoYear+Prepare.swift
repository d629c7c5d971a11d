import DoorstepCore
import Foundation

extension DemoYear {
    /// Reads what the set-up made (rules, teams, the catalogue, partners) and, still at the start of the year, signs
    /// this year's agreements with the school and the social organisation and matches a need with each one's resource
    /// as a project, delivered month by month.
    func prepare(_ state: inout YearState) async {
        do {
            let secretary = try cast.who("secretary")
            for index in cast.communities.indices {
                let office = try cast.who(cast.office(of: index))
                for rule in try await store.points.rules(community: cast.communities[index].code, by: office) where rule.active {
                    state.ids["rule:\(index):\(rule.item)"] = rule.id
                }
            }
            if let team = try await store.teams.teams(for: secretary).first(where: { $0.name == "红色先锋队" }) {
                state.ids["team"] = team.id
                state.lists["team"] = team.memberIDs
            }
            if let team = try await store.volunteerTeams.teams(communityCode: cast.communities[0].code, by: secretary)
                .first(where: { $0.team.name == "敬老服务队" })
            {
                state.ids["volunteerTeam"] = team.team.id
            }
            for item in try await store.timeBank.items(community: cast.communities[0].code, by: secretary) {
                state.ids["item:\(item.name)"] = item.id
            }
            try await preparePartners(secretary, &state)
        } catch {
            state.refuse("set-up", error)
        }
    }

    private func preparePartners(_ secretary: Principal, _ state: inout YearState) async throws {
        let keys = ["区人民医院": "hospital", "实验小学": "school", "暖阳为老服务中心": "society"]
        for partner in try await store.partners.list(by: secretary) {
            if let key = keys[partner.name] { state.ids["partner:\(key)"] = partner.id }
        }
        guard let hospital = state.ids["partner:hospital"], let school = state.ids["partner:school"],
            let society = state.ids["partner:society"]
        else { return }
        if let agreement = try await store.agreements.agreements(partnerID: hospital, by: secretary).first {
            state.ids["agreement:hospital"] = agreement.id
            for (index, commitment) in agreement.commitments.enumerated() { state.ids["commitment:hospital:\(index)"] = commitment.id }
        }
        let year = today.year
        let deals: [(String, String, [NewAgreement.Item])] = [
            ("school", school, [
                .init(kind: "resourceSharing", content: "放学后开放两间教室用于“四点半课堂”", owner: "实验小学总务处", dueOn: "\(year)-12-31"),
                .init(kind: "jointActivities", content: "暑期前联合开展防溺水安全教育", owner: "林老师", dueOn: "\(year)-07-15"),
                .init(kind: "organisationBuilding", content: "学校党支部与社区党委联合举办家长学校", owner: "实验小学党支部", dueOn: "\(year)-11-30"),
            ]),
            ("society", society, [
                .init(kind: "resourceSharing", content: "社工每月上门探访独居老人", owner: "郑社工", dueOn: "\(year)-12-31"),
                .init(kind: "jointConsultation", content: "派社工参加社区议事会，反映老人需求", owner: "郑社工", dueOn: "\(year)-09-30"),
                .init(kind: "jointActivities", content: "重阳节联合举办敬老活动", owner: "暖阳为老服务中心", dueOn: "\(year)-10-31"),
            ]),
        ]
        for (key, partner, items) in deals {
            let agreement = try await past.agreements.sign(
                NewAgreement(title: "\(year) 年度共建协议", startsOn: "\(year)-01-01", endsOn: "\(year)-12-31", commitments: items),
                partnerID: partner, by: secretary)
            state.ids["agreement:\(key)"] = agreement.id
            for (index, commitment) in agreement.commitments.enumerated() { state.ids["commitment:\(key):\(index)"] = commitment.id }
        }
        let resources = try await store.lists.resources(by: secretary)
        let from = first.description
        let until = today.adding(days: 120).description
        let projects: [(key: String, category: ServiceCategory, need: String, title: String, owner: String, uses: String, target: String)] = [
            ("school", .children, "双职工家庭的孩子放学后无人看护，希望有托管场地", "四点半课堂进社区", "林老师", "1", "30"),
            ("society", .elderlyCare, "独居老人希望有人定期上门陪伴聊天", "银龄陪伴", "郑社工", "24", "24"),
        ]
        for plan in projects {
            guard let partner = state.ids["partner:\(plan.key)"],
                let resource = resources.first(where: { $0.partnerID == partner && $0.category == plan.category })
            else { continue }
            let need = try await past.lists.addNeed(
                NewNeed(
                    placeCode: cast.communities[0].code, category: plan.category.rawValue, description: plan.need, wantedFrom: from,
                    wantedUntil: until, source: "other", sourceID: nil),
                by: secretary)
            let project = try await past.lists.accept(
                needID: need.id, resourceID: resource.id,
                NewProject(title: plan.title, owner: plan.owner, startsOn: from, endsOn: until, uses: plan.uses, targetPeople: plan.target),
                by: secretary)
            state.ids["project:\(plan.key)"] = project.id
        }
    }

    func performProgramme(_ step: ProgrammeStep, _ state: inout YearState, _ queue: inout EventQueue) async throws {
        let secretary = try cast.who("secretary")
        switch step {
        case .clinic(let service, let served, let doctor, let byPartner):
            guard let station = programmes.stationID else { return }
            // The hospital records its own clinics; the office the ones it holds in the station.
            let recorder = try byPartner ? cast.who("partner") : secretary
            _ = try await past.healthStations.recordSession(
                NewHealthSession(day: day.description, service: service, served: String(served), doctorName: doctor), stationID: station,
                by: recorder)
            state.tally("sessions", at: now)
            state.tally("served", by: served, at: now)
        case .classDay:
            var arrived: [String] = []
            for child in classChildren(state) where state.chance(0.85) {
                do {
                    _ = try await past.afterSchool.recordArrival(enrolmentID: child.enrolmentID, by: secretary)
                    arrived.append(child.enrolmentID)
                } catch {
                    state.refuse("arrival", error)
                }
                clock.advance(by: Double(state.number(30...150)))
            }
            state.lists["arrived"] = arrived
            state.tally("classDays", at: now)
        case .classEnd:
            let children = classChildren(state)
            for id in state.lists["arrived"] ?? [] {
                guard let child = children.first(where: { $0.enrolmentID == id }) else { continue }
                let grandparent = state.chance(0.6)
                let name = grandparent ? child.pickUp : child.guardian
                let phone = grandparent ? child.pickUpPhone : child.guardianPhone
                do {
                    _ = try await past.afterSchool.handOver(
                        enrolmentID: id, NewAfterSchoolHandOver(collectorName: name, collectorPhone: phone, signature: name), by: secretary)
                } catch {
                    state.refuse("hand-over", error)
                }
                clock.advance(by: Double(state.number(60...600)))
            }
            state.lists["arrived"] = []
        case .enrolChild:
            guard let classID = programmes.classID else { return }
            let child = Self.newChild
            let enrolment = try await past.afterSchool.enrol(
                NewAfterSchoolEnrolment(
                    childName: child.name, childBirthDate: child.born, school: "实验小学", grade: child.grade, guardianName: child.guardian,
                    guardianPhone: child.phone, bothParentsWork: true, guardianConsent: true,
                    pickUps: [NewPickUpPerson(name: child.pickUp, relation: "祖父", phone: child.pickUpPhone)]),
                classID: classID, by: secretary)
            state.ids["newChild"] = enrolment.id
        case .aid(let note):
            guard let project = programmes.aidProjectID else { return }
            _ = try await past.aidProjects.recordService(
                NewAidService(day: day.description, residentIDs: programmes.beneficiaries, note: note), projectID: project, by: secretary)
            state.tally("aidServices", at: now)
        case .delivery(let key, let people, let note):
            guard let project = state.ids["project:\(key)"] else { return }
            _ = try await past.lists.recordDelivery(
                projectID: project, day: day.description, peopleReached: String(people), note: note, by: secretary)
            state.tally("deliveries", at: now)
        case .fulfil(let key, let evidence):
            guard let commitment = state.ids["commitment:\(key)"] else { return }
            _ = try await past.agreements.fulfil(commitmentID: commitment, on: day.description, evidence: evidence, by: secretary)
        case .jointMeeting(let plan):
            guard let agreement = state.ids["agreement:\(plan.partner)"] else { return }
            _ = try await past.jointMeetings.record(
                NewJointMeeting(
                    agreementID: agreement, heldOn: day.description, topic: plan.topic,
                    partnerIDs: plan.others.compactMap { state.ids["partner:\($0)"] }, minutes: plan.minutes, decisions: plan.decisions),
                communityCode: cast.communities[0].code, by: secretary)
            state.tally("jointMeetings", at: now)
        case .openSurvey(let number, let plan):
            guard let estate = cast.estates[plan.community] else { return }
            let questions = [
                NewSurveyQuestion(kind: "scale", text: "您对社区服务的总体评价"), NewSurveyQuestion(kind: "scale", text: "您对小区环境卫生的评价"),
                NewSurveyQuestion(kind: "text", text: "您对社区的意见和建议"),
            ]
            let survey = try await past.surveys.create(
                NewSurvey(
                    title: plan.title, place: "estate:\(estate)", opensOn: plan.opens.description, closesOn: plan.closes.description,
                    questions: questions),
                by: try cast.who(cast.office(of: plan.community)))
            state.ids["survey#\(number)"] = survey.id
        case .answers(let number, let visitor, let households, let levels):
            guard let survey = state.ids["survey#\(number)"] else { return }
            let asker = try cast.who(visitor)
            for (household, level) in zip(households, levels) {
                var answers = ["q1": level.rawValue, "q2": environment(after: level, &state).rawValue]
                if state.chance(0.15) { answers["q3"] = state.pick(Self.suggestions) }
                do {
                    _ = try await past.surveys.answer(surveyID: survey, householdID: household, answers: answers, by: asker)
                    state.tally("answers", at: now)
                } catch {
                    state.refuse("survey answer", error)
                }
                clock.advance(by: Double(state.number(180...600)))
            }
        }
    }

    /// The children enrolled in the class: the three of the set-up, and the one who joined with the new school year.
    private func classChildren(_ state: YearState) -> [DemoProgrammes.SetUp.Child] {
        var children = programmes.children
        if let id = state.ids["newChild"] {
            let child = Self.newChild
            children.append(
                DemoProgrammes.SetUp.Child(
                    enrolmentID: id, name: child.name, guardian: child.guardian, guardianPhone: child.phone, pickUp: child.pickUp,
                    pickUpPhone: child.pickUpPhone))
        }
        return children
    }

    /// The environment question's answer, close to the overall one.
    private func environment(after level: Satisfaction, _ state: inout YearState) -> Satisfaction {
        if level.countsAsSatisfied { return state.chance(0.8) ? level : .fairlySatisfied }
        return state.chance(0.6) ? level : .satisfied
    }

    static let suggestions = ["希望小区多装几盏路灯", "希望增加停车位", "希望楼道定期清扫", "社区服务很好，继续保持", "希望多组织老年人活动"]
}
