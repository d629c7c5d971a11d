import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 志愿服务 on the web. For a volunteer, on the phone: registration, their hours, stars and credits, and the
/// community's coming activities to sign up for, withdraw from, check in and out of. For the office: the
/// activities with their places, a new activity, and one activity's sign-ups to check in, out and confirm hours.
struct VolunteerPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(VolunteerRoute.mine, use: mine)
        router.post(VolunteerRoute.registerMe, use: registerMe)
        router.post(VolunteerRoute.act, use: act)
        router.get(VolunteerRoute.activities, use: activities)
        router.post(VolunteerRoute.activities, use: createActivity)
        router.get(VolunteerRoute.activity, use: activity)
        router.post(VolunteerRoute.organise, use: organise)
    }

    static func time(_ date: Date) -> String { Display.time(date) }

    // MARK: - The volunteer

    @Sendable func mine(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderMine(context: context)
    }

    func renderMine(
        context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.requirePrincipal()
        guard principal.role == .volunteer else { throw AppError.forbidden }
        let strings = context.strings
        var model: [String: Any] = [
            "fieldErrors": Display.fieldErrors(errors, strings), "form": form,
        ]
        if let me = try await store.volunteers.me(principal) {
            let summary = try await store.volunteers.summary(volunteerID: me.id, by: principal)
            let now = Date()
            model["summary"] = [
                "name": me.name, "hours": summary.hours.text, "stars": String(repeating: "★", count: summary.stars),
                "next": Display.shown(summary.toNextStar.map { strings.format("volunteer_to_next", ["hours": $0.text]) }),
                "balance": summary.balance.text,
            ] as [String: Any]
            model["activities"] = try await store.volunteers.activities(by: principal).map { listing in
                let mine = listing.mine
                let started = listing.activity.startsAt.addingTimeInterval(-3600) <= now
                return [
                    "id": listing.activity.id, "title": listing.activity.title, "place": listing.activity.place,
                    "when": "\(Self.time(listing.activity.startsAt)) – \(Self.time(listing.activity.endsAt))",
                    "places": strings.format(
                        "volunteer_places", ["taken": String(listing.registered), "capacity": String(listing.activity.capacity),
                                             "waiting": String(listing.waiting)]),
                    "state": Display.shown(mine.map { strings["signup_\($0.status.rawValue)"] }),
                    "canSignUp": mine == nil || mine?.status == .withdrawn,
                    "canWithdraw": mine.map { $0.status != .withdrawn && $0.checkedInAt == nil } ?? false,
                    "canCheckIn": mine.map { $0.status == .registered && $0.checkedInAt == nil && started } ?? false,
                    "canCheckOut": mine.map { $0.checkedInAt != nil && $0.checkedOutAt == nil } ?? false,
                    "confirmed": Display.shown(mine?.confirmedHours.map { strings.format("volunteer_confirmed", ["hours": $0.text]) }),
                ] as [String: Any]
            }
        } else {
            model["registerForm"] = true
        }
        return pages.page("volunteerMine", title: strings["volunteer_title"], model: model, context: context, status: status)
    }

    @Sendable func registerMe(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        return try await Form.submit(request, context: context, as: principal) { form in
            _ = try await store.volunteers.register(
                NewVolunteer(
                    name: form["name"] ?? "", phone: form["phone"] ?? "",
                    skills: (form["skills"] ?? "").split(whereSeparator: { "，,、 ".contains($0) }).map(String.init),
                    availability: form["availability"] ?? ""),
                by: principal)
            return VolunteerRoute.mine.path()
        } refused: { errors, fields in
            try await renderMine(context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    /// The volunteer's own steps on an activity: sign up, withdraw, check in, check out.
    @Sendable func act(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id")
        let action = try context.parameters.require("action")
        return try await Form.submit(request, context: context, as: principal) { _ in
            switch action {
            case "signup": _ = try await store.volunteers.signUp(activityID: id, by: principal)
            case "withdraw": try await store.volunteers.withdraw(activityID: id, by: principal)
            case "checkin": _ = try await store.volunteers.check(.in, activityID: id, by: principal)
            case "checkout": _ = try await store.volunteers.check(.out, activityID: id, by: principal)
            default: throw AppError.notFound
            }
            return VolunteerRoute.mine.path()
        } refused: { errors, _ in
            try await renderMine(context: context, errors: errors, status: .unprocessableContent)
        }
    }

    // MARK: - The office

    @Sendable func activities(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderActivities(context: context)
    }

    func renderActivities(
        context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.require(.manageVolunteers)
        let strings = context.strings
        let since = Date().addingTimeInterval(-30 * 86_400)
        let model: [String: Any] = [
            "activities": try await store.volunteers.activities(by: principal, since: since).map {
                [
                    "id": $0.activity.id, "title": $0.activity.title, "place": $0.activity.place,
                    "when": "\(Self.time($0.activity.startsAt)) – \(Self.time($0.activity.endsAt))",
                    "places": strings.format(
                        "volunteer_places", ["taken": String($0.registered), "capacity": String($0.activity.capacity),
                                             "waiting": String($0.waiting)]),
                ] as [String: Any]
            },
            "volunteerCount": try await store.volunteers.volunteers(by: principal).count,
            "community": principal.scope.communityCode ?? "",
            "fieldErrors": Display.fieldErrors(errors, strings), "form": form,
        ]
        return pages.page("volunteerActivities", title: strings["volunteer_activities"], model: model, context: context, status: status)
    }

    /// A new activity; the form's times are China time (`datetime-local`).
    @Sendable func createActivity(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageVolunteers)
        return try await Form.submit(request, context: context, as: principal) { form in
            var validator = Validator()
            let starts = Self.chinaTime(form["startsAt"] ?? "")
            let ends = Self.chinaTime(form["endsAt"] ?? "")
            if starts == nil { validator.check("startsAt", .dateFormat) }
            if ends == nil { validator.check("endsAt", .dateFormat) }
            let capacity = Int(form["capacity"] ?? "")
            if capacity == nil { validator.check("capacity", .notANumber) }
            try validator.throwIfAny()
            let created = try await store.volunteers.createActivity(
                VolunteerActivity(
                    id: "", communityCode: form["community"] ?? "", teamID: nil, title: form["title"] ?? "",
                    place: form["place"] ?? "", startsAt: starts!, endsAt: ends!, capacity: capacity!),
                by: principal)
            return VolunteerRoute.activity.path(created.id)
        } refused: { errors, fields in
            try await renderActivities(context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    /// `2026-11-23T09:00` as China time.
    static func chinaTime(_ text: String) -> Date? {
        let parts = text.split(separator: "T")
        guard parts.count == 2, let day = CalendarDay(iso: String(parts[0])) else { return nil }
        let clock = parts[1].split(separator: ":").compactMap { Int($0) }
        guard clock.count >= 2, (0..<24).contains(clock[0]), (0..<60).contains(clock[1]) else { return nil }
        return day.start.addingTimeInterval(TimeInterval(clock[0] * 3600 + clock[1] * 60))
    }

    @Sendable func activity(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderActivity(id: try context.parameters.require("id"), context: context)
    }

    func renderActivity(
        id: String, context: AppRequestContext, errors: [FieldError] = [], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.require(.manageVolunteers)
        let strings = context.strings
        let (activity, signups) = try await store.volunteers.signups(activityID: id, by: principal)
        let model: [String: Any] = [
            "activity": [
                "id": activity.id, "title": activity.title, "place": activity.place,
                "when": "\(Self.time(activity.startsAt)) – \(Self.time(activity.endsAt))",
            ] as [String: Any],
            "signups": signups.map { signup in
                [
                    "volunteerID": signup.volunteerID, "name": signup.volunteerName, "status": strings["signup_\(signup.status.rawValue)"],
                    "in": Display.shown(signup.checkedInAt.map(Self.time)), "out": Display.shown(signup.checkedOutAt.map(Self.time)),
                    "canCheckIn": signup.status == .registered && signup.checkedInAt == nil,
                    "canCheckOut": signup.checkedInAt != nil && signup.checkedOutAt == nil,
                    "canConfirm": signup.checkedOutAt != nil && signup.confirmedHours == nil,
                    "served": signup.servedHours?.text ?? "0",
                    "confirmed": Display.shown(signup.confirmedHours?.text),
                ] as [String: Any]
            },
            "fieldErrors": Display.fieldErrors(errors, strings),
        ]
        return pages.page("volunteerActivity", title: activity.title, model: model, context: context, status: status)
    }

    /// The organiser's steps for one volunteer: check in, check out, confirm hours.
    @Sendable func organise(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageVolunteers)
        let id = try context.parameters.require("id")
        let volunteer = try context.parameters.require("volunteer")
        let action = try context.parameters.require("action")
        return try await Form.submit(request, context: context, as: principal) { form in
            switch action {
            case "checkin": _ = try await store.volunteers.check(.in, activityID: id, volunteerID: volunteer, by: principal)
            case "checkout": _ = try await store.volunteers.check(.out, activityID: id, volunteerID: volunteer, by: principal)
            case "confirm":
                guard let hours = HalfHours(hours: form["hours"] ?? "") else {
                    throw ValidationFailure([FieldError("hours", .notANumber)])
                }
                _ = try await store.volunteers.confirm(activityID: id, volunteerID: volunteer, hours: hours, by: principal)
            default: throw AppError.notFound
            }
            return VolunteerRoute.activity.path(id)
        } refused: { errors, _ in
            try await renderActivity(id: id, context: context, errors: errors, status: .unprocessableContent)
        }
    }
}
