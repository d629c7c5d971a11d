import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 三会一课 on the web: the meetings of the caller's organisations, scheduling (staff, officers), one meeting with its
/// roll — a member's one-tap check-in on the phone, the organiser's marks with reasons — and its minutes.
struct OrgLifePages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(OrgLifeRoute.list, use: list)
        router.post(OrgLifeRoute.list, use: schedule)
        router.get(OrgLifeRoute.meeting, use: meeting)
        router.post(OrgLifeRoute.checkIn, use: checkIn)
        router.post(OrgLifeRoute.mark, use: mark)
        router.post(OrgLifeRoute.minutes, use: minutes)
        router.get(OrgLifeRoute.attachment, use: attachment)
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderList(request: request, context: context)
    }

    /// The organisations the caller may schedule for: staff every branch and group of their community, an officer
    /// their own.
    func organisable(_ principal: Principal) async throws -> [PartyOrg] {
        let me = try await store.party.signedInMember(principal)
        return try await store.party.orgs(for: principal).filter {
            $0.kind != .workCommittee && (principal.can(.managePartyWork) || ($0.id == me?.orgID && me?.isOfficer == true))
        }
    }

    func renderList(
        request: Request, context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.require(.viewParty)
        let strings = context.strings
        let period = try ReportingQuery.yearToDate(request)
        let orgs = try await store.party.orgs(for: principal)
        let names = Dictionary(uniqueKeysWithValues: orgs.map { ($0.id, $0.name) })
        let meetings = try await store.orgLife.meetings(period: period, by: principal)
        let organisable = try await organisable(principal)
        let model: [String: Any] = [
            "from": period.first.description, "to": period.last.description,
            "meetings": meetings.map {
                [
                    "id": $0.id, "day": $0.heldOn, "kindName": strings["orglife_\($0.kind.rawValue)"], "title": $0.title,
                    "org": names[$0.orgID] ?? "", "present": $0.attendance.filter { $0.status == .present }.count,
                    "rate": $0.attendanceRate.map { String(format: "%.0f%%", $0 * 100) } ?? "—",
                ] as [String: Any]
            },
            "canSchedule": !organisable.isEmpty,
            "orgs": organisable.map { ["id": $0.id, "name": $0.name, "selected": form["orgID"] == $0.id] as [String: Any] },
            "kinds": OrgLifeKind.allCases.map {
                ["code": $0.rawValue, "name": strings["orglife_\($0.rawValue)"], "selected": form["kind"] == $0.rawValue] as [String: Any]
            },
            "fieldErrors": Display.fieldErrors(errors, strings), "form": form,
        ]
        return pages.page("meetings", title: strings["orglife_title"], model: model, context: context, status: status)
    }

    @Sendable func schedule(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewParty)
        let form = try await Form.checked(request, context: context)
        do {
            guard let kind = OrgLifeKind(rawValue: form["kind"] ?? "") else { throw ValidationFailure([FieldError("kind", .required)]) }
            let meeting = try await store.orgLife.schedule(
                orgID: form["orgID"] ?? "", kind: kind, title: form["title"] ?? "", heldOn: form["heldOn"] ?? "",
                place: form["place"] ?? "", by: principal)
            return redirect(to: OrgLifeRoute.meeting.path(meeting.id))
        } catch let failure as ValidationFailure {
            return try await renderList(request: request, context: context, errors: failure.errors, form: form.fields, status: .unprocessableContent)
        }
    }

    @Sendable func meeting(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderMeeting(id: try context.parameters.require("id"), context: context)
    }

    func renderMeeting(
        id: String, context: AppRequestContext, errors: [FieldError] = [], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.require(.viewParty)
        let strings = context.strings
        let meeting = try await store.orgLife.meeting(id, by: principal)
        let me = try await store.party.signedInMember(principal)
        let organiser = try await organisable(principal).contains { $0.id == meeting.orgID }
        let marked = Dictionary(uniqueKeysWithValues: meeting.attendance.map { ($0.memberID, $0) })
        let today = CalendarDay(containing: Date())
        let day = CalendarDay(iso: meeting.heldOn) ?? today
        var roll: [[String: Any]] = meeting.attendance.map {
            ["id": $0.memberID, "name": $0.memberName, "status": strings["attendance_\($0.status.rawValue)"], "reason": Display.shown($0.reason),
             "present": $0.status == .present]
        }
        if organiser {
            // Everyone of the organisation, so the organiser can mark those not yet on the roll.
            for member in try await store.orgLife.expected(meetingID: meeting.id, by: principal) where marked[member.id] == nil {
                roll.append(["id": member.id, "name": member.name, "status": strings["attendance_unmarked"], "reason": false, "present": false])
            }
        }
        let model: [String: Any] = [
            "meeting": [
                "id": meeting.id, "title": meeting.title, "day": meeting.heldOn, "place": Display.shown(meeting.place),
                "kindName": strings["orglife_\(meeting.kind.rawValue)"], "minutes": Display.shown(meeting.minutes), "minutesText": meeting.minutes,
                "rate": meeting.attendanceRate.map { String(format: "%.0f%%", $0 * 100) } ?? "—",
            ] as [String: Any],
            "roll": roll, "organiser": organiser,
            "canCheckIn": me != nil && marked[me!.id]?.status != .present && day <= today && today <= day.adding(days: 1),
            "checkedIn": me.map { marked[$0.id]?.status == .present } ?? false,
            "statuses": AttendanceStatus.allCases.map { ["code": $0.rawValue, "name": strings["attendance_\($0.rawValue)"]] },
            "attachments": meeting.attachmentIDs.map { ["href": OrgLifeRoute.attachment.path($0)] },
            "fieldErrors": Display.fieldErrors(errors, strings),
        ]
        return pages.page("meeting", title: meeting.title, model: model, context: context, status: status)
    }

    @Sendable func checkIn(request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        _ = try await Form.checked(request, context: context)
        do {
            _ = try await store.orgLife.checkIn(meetingID: id, by: try context.requirePrincipal())
            return redirect(to: OrgLifeRoute.meeting.path(id))
        } catch let failure as ValidationFailure {
            return try await renderMeeting(id: id, context: context, errors: failure.errors, status: .unprocessableContent)
        }
    }

    @Sendable func mark(request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        let form = try await Form.checked(request, context: context)
        do {
            guard let status = AttendanceStatus(rawValue: form["status"] ?? "") else {
                throw ValidationFailure([FieldError("status", .required)])
            }
            _ = try await store.orgLife.mark(
                meetingID: id, memberID: form["memberID"] ?? "", status: status, reason: form["reason"] ?? "",
                by: try context.requirePrincipal())
            return redirect(to: OrgLifeRoute.meeting.path(id))
        } catch let failure as ValidationFailure {
            return try await renderMeeting(id: id, context: context, errors: failure.errors, status: .unprocessableContent)
        }
    }

    @Sendable func minutes(request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        let form = try await MultipartForm.read(request)
        try form.checkCSRF(context)
        do {
            _ = try await store.orgLife.recordMinutes(
                meetingID: id, minutes: form.fields["minutes"] ?? "", attachments: try CaseStepForm.photos(form.files["photos"] ?? []),
                by: try context.requirePrincipal())
            return redirect(to: OrgLifeRoute.meeting.path(id))
        } catch let failure as ValidationFailure {
            return try await renderMeeting(id: id, context: context, errors: failure.errors, status: .unprocessableContent)
        }
    }

    @Sendable func attachment(request: Request, context: AppRequestContext) async throws -> Response {
        CasesAPI.image(try await store.orgLife.attachment(try context.parameters.require("id"), by: try context.requirePrincipal()))
    }
}
