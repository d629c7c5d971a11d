import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 党员工作: a member's own results, visit plan and the visit form on the phone; for staff the territory's S10
/// figures with their definitions, the records behind each, and the top contributors of the period.
struct PartyWorkPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(PartyWorkRoute.overview, use: overview)
        router.get(PartyWorkRoute.records, use: records)
        router.get(PartyWorkRoute.exemplars, use: exemplars)
        router.get(PartyWorkRoute.visitForm, use: visitForm)
        router.post(PartyWorkRoute.visitForm, use: submitVisit)
    }

    /// The four figures of a subject as cards, each opening its records.
    static func figureCards(
        _ figures: [PartyWorkFigure], subject: FigureSubject, period: ReportingPeriod, strings: Strings
    ) -> [[String: Any]] {
        figures.map {
            [
                "id": $0.measure.rawValue, "value": $0.count, "label": strings[$0.measure.nameKey],
                "unit": strings.unit($0.measure.unitKey, count: $0.count),
                "definition": strings[$0.measure.definitionKey],
                "href": PartyWorkQuery.keeping(
                    subject, PartyWorkRoute.records.path().query(["measure": $0.measure.rawValue]).keeping(period)),
            ]
        }
    }

    static func rating(_ rating: StarRating, _ strings: Strings) -> String {
        switch rating {
        case .stars(let count): String(repeating: "★", count: count)
        case .unqualified: strings["points_unqualified"]
        case .exempt: strings["points_exempt"]
        }
    }

    static func dueRows(_ plan: [DueVisit], today: String, strings: Strings) -> [[String: Any]] {
        plan.map {
            [
                "household": $0.householdLabel, "householdID": $0.householdID, "member": $0.memberName,
                "last": $0.lastVisitedOn ?? strings["visit_never"], "due": $0.dueOn, "overdue": $0.dueOn < today,
            ]
        }
    }

    @Sendable func overview(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewParty)
        let strings = context.strings
        let (period, errors) = try ReportingQuery.onPage(request, default: ReportingQuery.yearToDate(), ReportingQuery.yearToDate)
        let me = try await store.party.signedInMember(principal)
        let asked = PartyWorkQuery.subject(request)
        let subject: FigureSubject = asked == .scope ? me.map { .member($0.id) } ?? .scope : asked
        let figures = try await store.partyWork.figures(of: subject, period: period, for: principal)
        let today = CalendarDay(containing: Date()).description
        var model: [String: Any] = [
            "from": period.first.description, "to": period.last.description,
            "fieldErrors": Display.fieldErrors(errors, strings),
            "figures": Self.figureCards(figures, subject: subject, period: period, strings: strings),
            "canVisit": principal.can(.recordVisits), "isMember": me != nil,
            "subjectName": me?.name ?? strings["party_work_territory"],
        ]
        if case .member(let id) = subject {
            let year = try await store.points.memberYear(memberID: id, year: period.last.year, by: principal)
            if let year {
                model["points"] = ["total": year.total, "rating": Self.rating(year.rating, strings), "year": year.year, "member": id]
                if me?.id != id { model["subjectName"] = year.memberName }
            }
        }
        if principal.can(.recordVisits) || principal.can(.viewPartyMembers) {
            let plan = try await store.visits.visitPlan(for: principal)
            model["plan"] = Self.dueRows(Array(plan.prefix(50)), today: today, strings: strings)
            model["overdueCount"] = plan.filter { $0.dueOn < today }.count
            model["hasOverdue"] = plan.contains { $0.dueOn < today }
            model["hasPlan"] = !plan.isEmpty
        }
        model["exemplarsHref"] = Display.shown(
            subject == .scope ? PartyWorkRoute.exemplars.path().keeping(period) : nil)
        if let done = request.uri.queryParameters["done"] {
            model["raisedCase"] = Display.shown(request.uri.queryParameters["case"].map { CaseRoute.detail.path($0) })
            return pages.page(
                "partyWork", title: strings["party_work_title"], model: model, context: context, flash: strings["visit_done_\(done)"])
        }
        return pages.page("partyWork", title: strings["party_work_title"], model: model, context: context)
    }

    /// The members who did most of each kind of work in the period (S11), each opening the records behind them: a
    /// page of its own, as it ranks every record of the period.
    @Sendable func exemplars(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewParty)
        let strings = context.strings
        let period = try ReportingQuery.yearToDate(request)
        var lists: [[String: Any]] = []
        for measure in PartyWorkMeasure.allCases {
            let top = try await store.partyWork.exemplars(measure, period: period, for: principal, limit: 5)
            lists.append([
                "label": strings["exemplar_\(measure.rawValue)"],
                "members": top.map {
                    [
                        "name": $0.memberName, "count": $0.count, "unit": strings.unit(measure.unitKey, count: $0.count),
                        "href": PartyWorkRoute.records.path().query(["measure": measure.rawValue, "member": $0.memberID]).keeping(period),
                    ] as [String: Any]
                },
            ])
        }
        let model: [String: Any] = [
            "exemplars": lists, "from": period.first.description, "to": period.last.description,
            "back": PartyWorkRoute.overview.path().keeping(period),
        ]
        return pages.page("exemplars", title: strings["exemplars_title"], model: model, context: context)
    }

    @Sendable func records(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewParty)
        let strings = context.strings
        let measure = try PartyWorkQuery.measure(request)
        let period = try ReportingQuery.yearToDate(request)
        let subject = PartyWorkQuery.subject(request)
        let records = try await store.partyWork.records(measure, of: subject, period: period, for: principal, limit: 1_000)
        let model: [String: Any] = [
            "measure": strings[measure.nameKey], "definition": strings[measure.definitionKey],
            "unit": strings.unit(measure.unitKey, count: records.count), "count": records.count, "capped": records.count >= 1_000,
            "period": "\(period.first) – \(period.last)",
            "back": PartyWorkQuery.keeping(subject, PartyWorkRoute.overview.path().keeping(period)),
            "records": records.map { record in
                [
                    "day": record.day, "by": record.by,
                    "summary": record.kind == "mediation" ? strings["outcome_\(record.summary)"] : record.summary,
                    "href": Display.shown(record.kind == "case" || record.kind == "mediation" ? CaseRoute.detail.path(record.id) : nil),
                ] as [String: Any]
            },
        ]
        return pages.page("partyRecords", title: strings[measure.nameKey], model: model, context: context)
    }

    @Sendable func visitForm(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderVisitForm(
            context: context, form: ["householdID": request.uri.queryParameters["household"].map(String.init) ?? ""])
    }

    func renderVisitForm(
        context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.require(.recordVisits)
        let strings = context.strings
        let plan = try await store.visits.visitPlan(for: principal)
        let today = CalendarDay(containing: Date())
        var households = plan.map { ($0.householdID, "\($0.householdLabel)（\($0.memberName)）") }
        if let asked = form["householdID"], !asked.isEmpty, !households.contains(where: { $0.0 == asked }),
            let label = try? await store.visits.householdLabel(asked, for: principal)
        {
            households.insert((asked, label), at: 0)
        }
        // The hub's households first; then every other household of the grid, for a visit outside the plan.
        let listed = Set(households.map(\.0))
        let others = try await store.visits.visitableHouseholds(for: principal).filter { !listed.contains($0.id) }
        let community = principal.scope.communityCode ?? ""
        let categories = try await store.categories.categories(community: community)
        // The outings of the last month the member took part in: a visit on an outing's day may be counted under it.
        let me = try await store.party.signedInMember(principal)
        let recent = ReportingPeriod(first: today.adding(days: -30), last: today)
        var activities: [[String: Any]] = []
        for team in try await store.teams.teams(for: principal) where me.map({ team.memberIDs.contains($0.id) }) ?? false {
            for activity in try await store.teams.activities(of: team.id, period: recent, for: principal)
            where activity.participantIDs.contains(me?.id ?? "") {
                activities.append([
                    "id": activity.id, "name": "\(activity.heldOn) \(team.name) · \(activity.title)",
                    "selected": form["activityID"] == activity.id,
                ])
            }
        }
        let model: [String: Any] = [
            "activities": activities, "hasActivities": !activities.isEmpty,
            "formKey": form["formKey"] ?? Secrets.token(bytes: 16),
            "fieldErrors": Display.fieldErrors(errors, strings),
            "form": form.merging(["visitedOn": today.description]) { given, _ in given }, "today": today.description,
            "households": households.map { ["id": $0.0, "label": $0.1, "selected": form["householdID"] == $0.0] as [String: Any] },
            "otherHouseholds": others.map { ["id": $0.id, "label": $0.label, "selected": form["householdID"] == $0.id] as [String: Any] },
            "hasOtherHouseholds": !others.isEmpty,
            "hasHouseholds": !households.isEmpty || !others.isEmpty,
            "topics": OpinionTopic.allCases.map {
                ["code": $0.rawValue, "name": strings["topic_\($0.rawValue)"], "selected": form["opinionTopic"] == $0.rawValue]
                    as [String: Any]
            },
            "groups": CaseDisplay.groups(categories, selected: form["categoryCode"], strings: strings),
            "urgencies": CaseDisplay.urgencies(strings, selected: form["urgency"].flatMap(Urgency.init(rawValue:)) ?? .routine),
            "withOpinion": form["withOpinion"] == "1", "withCase": form["withCase"] == "1",
        ]
        return pages.page("visitForm", title: strings["visit_new"], model: model, context: context, status: status)
    }

    @Sendable func submitVisit(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.recordVisits)
        let form = try await MultipartForm.read(request)
        try form.checkCSRF(context)
        let fields = form.fields
        do {
            var photo: Photo?
            if let file = form.files["photo"]?.first {
                do {
                    photo = try Photo(checking: file.bytes)
                } catch {
                    throw ValidationFailure([FieldError("photo", error)])
                }
            }
            let visit = NewVisit(
                householdID: fields["householdID"] ?? "", visitedOn: fields["visitedOn"] ?? "", findings: fields["findings"] ?? "",
                photo: photo, activityID: fields["activityID"].flatMap { $0.isEmpty ? nil : $0 },
                opinion: fields["withOpinion"] == "1"
                    ? NewOpinion(
                        source: .visit, topic: OpinionTopic(rawValue: fields["opinionTopic"] ?? "") ?? .other,
                        content: fields["opinionContent"] ?? "")
                    : nil,
                raisedCase: fields["withCase"] == "1"
                    ? RaisedCase(
                        categoryCode: fields["categoryCode"] ?? "", urgency: Urgency(rawValue: fields["urgency"] ?? "") ?? .routine,
                        description: fields["caseDescription"] ?? "")
                    : nil)
            let key = fields["formKey"].flatMap { $0.isEmpty ? nil : $0 }
            let recorded = try await store.visits.record(visit, by: principal, key: key).visit
            if let caseID = recorded.caseID, principal.can(.viewCases) || principal.can(.reportCases) {
                return redirect(to: PartyWorkRoute.overview.path().query(["done": "visitCase", "case": caseID]))
            }
            return redirect(to: PartyWorkRoute.overview.path().query(["done": "visit"]))
        } catch let failure as ValidationFailure {
            let errors = failure.errors.map {
                // The form names the nested fields by their own inputs.
                switch $0.field {
                case "opinion.content": FieldError("opinionContent", $0.problem)
                case "case.description": FieldError("caseDescription", $0.problem)
                case "case.categoryCode": FieldError("categoryCode", $0.problem)
                default: $0
                }
            }
            return try await renderVisitForm(context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }
}
