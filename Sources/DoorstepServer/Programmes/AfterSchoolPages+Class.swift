import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// One class's page, made to be used at the door on a phone: the day's children (masked) to mark arrived and hand
/// over, the enrolment form with the guardian's consent and pick-up persons, and the volunteer roster. A refused form
/// comes back with its message beside the field; a refused hand-over names the collector, the child and the
/// guardian's (masked) phone to call.
extension AfterSchoolPages {
    /// Which form on the class page was refused, for which child, and what was typed into it.
    struct Refusal {
        enum Kind {
            case enrol
            case arrival
            case handOver
            case roster
        }

        var kind: Kind
        var errors: [FieldError]
        var fields: [String: String]

        var enrolmentID: String? { fields["enrolmentID"] }
    }

    /// The notes a successful form leaves on the page it returns to.
    static let doneNotes: Set<String> = ["enrolled", "arrived", "handedOver", "assigned"]

    @Sendable func schoolClass(request: Request, context: AppRequestContext) async throws -> Response {
        let asked = try? AfterSchoolAPI.parseDay(request.uri.queryParameters["day"].map(String.init))
        let done = request.uri.queryParameters["done"].map(String.init).flatMap { Self.doneNotes.contains($0) ? $0 : nil }
        return try await renderClass(
            id: try context.parameters.require("id"), day: asked ?? CalendarDay(containing: Date()), context: context,
            flash: done.map { context.strings["afterschool_done_\($0)"] })
    }

    func renderClass(
        id: String, day: CalendarDay, context: AppRequestContext, refusal: Refusal? = nil, flash: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.require(.manageServices)
        let strings = context.strings
        let today = CalendarDay(containing: Date())
        let sheet = try await store.afterSchool.daySheet(classID: id, day: day, by: principal)
        let listings = try await store.afterSchool.classes(by: principal)
        let listing =
            listings.first(where: { $0.schoolClass.id == id })
            ?? AfterSchoolClassListing(schoolClass: sheet.schoolClass, partnerName: nil, enrolled: sheet.lines.count)
        var volunteers: [Volunteer] = []
        if principal.can(.manageVolunteers) {
            volunteers = try await store.volunteers.volunteers(by: principal).filter { $0.communityCode == sheet.schoolClass.communityCode }
        }
        let errors = refusal?.errors ?? []
        let enrolFields: [String: String] = refusal?.kind == .enrol ? refusal?.fields ?? [:] : [:]
        let enrolInvalid: [String: String] = refusal?.kind == .enrol ? Self.invalid(errors, strings) : [:]
        let handOverRefusal: Refusal? = refusal?.kind == .handOver ? refusal : nil
        let canArriveOnDay = sheet.meets && day <= today && day >= today.adding(days: -AfterSchoolStore.arrivalDaysBack)
        let lines: [[String: Any]] = sheet.lines.map {
            Self.line(
                $0, counted: sheet.meets && day <= today, canArrive: canArriveOnDay, isToday: day == today, refusal: handOverRefusal,
                strings: strings)
        }
        let pickUpRows: [[String: Any]] = (1...NewAfterSchoolEnrolment.maximumPickUps).map {
            Self.pickUpRow($0, fields: enrolFields, invalid: enrolInvalid, strings: strings)
        }
        var rosterError: String?
        if refusal?.kind == .roster {
            rosterError = Display.fieldErrors(errors, strings).compactMap { $0["message"] }.joined(separator: " ")
        }
        let counts = strings.format(
            "afterschool_day_counts",
            [
                "enrolled": String(sheet.lines.count), "arrived": String(sheet.lines.filter { $0.arrival != nil }.count),
                "handedOver": String(sheet.lines.filter { $0.handOver != nil }.count), "absent": String(sheet.absent.count),
            ])
        let dayName = day == today ? strings["afterschool_today"] : day.description
        let roster: [[String: String]] = sheet.roster.map { ["volunteerName": $0.volunteerName] }
        let volunteerOptions: [[String: String]] = volunteers.map { ["id": $0.id, "name": $0.name] }
        var model: [String: Any] = [:]
        model["class"] = Self.facts(listing, strings)
        model["classID"] = id
        model["day"] = day.description
        model["today"] = today.description
        model["dayTitle"] = strings.format("afterschool_day_sheet", ["day": dayName])
        model["meets"] = sheet.meets
        model["counts"] = counts
        model["lines"] = lines
        model["hasLines"] = !lines.isEmpty
        model["form"] = enrolFields
        model["invalid"] = enrolInvalid
        model["bothChecked"] = enrolFields["bothParentsWork"] == "1"
        model["consentChecked"] = enrolFields["guardianConsent"] == "1"
        model["pickUpRows"] = pickUpRows
        model["roster"] = roster
        model["volunteers"] = volunteerOptions
        model["hasVolunteers"] = !volunteerOptions.isEmpty
        model["rosterError"] = Display.shown(rosterError)
        model["fieldErrors"] = Self.topErrors(refusal, sheet: sheet, strings: strings)
        return pages.page(
            "afterSchoolClass", title: sheet.schoolClass.name, model: model, context: context, status: status, flash: flash)
    }

    /// One numbered row of pick-up persons on the enrolment form, with what was typed and why it was refused.
    static func pickUpRow(_ number: Int, fields: [String: String], invalid: [String: String], strings: Strings) -> [String: Any] {
        var row: [String: Any] = ["n": number]
        for part in ["Name", "Relation", "Phone"] {
            let field = "pickUp\(part)\(number)"
            let key = part.lowercased()
            row["\(key)Label"] = strings.fieldName(field)
            row[key] = fields[field] ?? ""
            row["\(key)Error"] = Display.shown(invalid[field])
        }
        return row
    }

    /// One child on the day's sheet: who they are (masked), who may collect them, arrival, hand-over, and the hand-over
    /// form with what was typed and why it was refused when it is this child's form that came back.
    static func line(
        _ line: AfterSchoolDayLine, counted: Bool, canArrive: Bool, isToday: Bool, refusal: Refusal?, strings: Strings
    ) -> [String: Any] {
        let enrolment = line.enrolment
        let mine: Refusal? = refusal?.enrolmentID == enrolment.id ? refusal : nil
        let messages: [String: String] = mine.map { Self.invalid($0.errors, strings) } ?? [:]
        let beside: Set<String> = ["collectorName", "collectorPhone", "signature"]
        let others = (mine?.errors ?? []).filter { !beside.contains($0.field) }
        let pickUps: [[String: String]] = enrolment.pickUps.map {
            ["name": $0.name, "relation": $0.isGuardian ? strings["afterschool_guardian"] : $0.relation, "phone": $0.phoneMasked]
        }
        var handedOver: String?
        if let handOver = line.handOver {
            let relation = handOver.collectorIsGuardian ? strings["afterschool_guardian"] : handOver.collectorRelation
            handedOver = strings.format(
                "afterschool_handed_over",
                ["name": handOver.collectorName, "relation": relation, "time": Display.time(handOver.handedOverAt), "by": handOver.handedOverBy])
        }
        var nameError = messages["collectorName"]
        if let mine, let message = notAuthorised(mine, enrolment: enrolment, strings: strings) { nameError = message }
        var row: [String: Any] = [:]
        row["id"] = enrolment.id
        row["child"] = enrolment.childNameMasked
        row["school"] = "\(enrolment.school) \(enrolment.grade)"
        row["guardian"] = enrolment.guardianName
        row["guardianPhone"] = enrolment.guardianPhoneMasked
        row["pickUps"] = pickUps
        row["arrived"] = Display.shown(line.arrival.map { Display.time($0.recordedAt) })
        row["absent"] = line.arrival == nil && counted
        row["canArrive"] = line.arrival == nil && canArrive
        row["handedOver"] = Display.shown(handedOver)
        row["canHandOver"] = isToday && line.arrival != nil && line.handOver == nil
        row["collectorName"] = mine?.fields["collectorName"] ?? ""
        row["collectorPhone"] = mine?.fields["collectorPhone"] ?? ""
        row["signature"] = mine?.fields["signature"] ?? ""
        row["nameError"] = Display.shown(nameError)
        row["phoneError"] = Display.shown(messages["collectorPhone"])
        row["signatureError"] = Display.shown(messages["signature"])
        row["otherError"] = Display.shown(Display.fieldErrors(others, strings).compactMap { $0["message"] }.joined(separator: " "))
        return row
    }

    /// The refusal of a person not authorised for the child, as the member of staff at the door needs it: who, for
    /// which child, and the guardian's number to call.
    static func notAuthorised(_ refusal: Refusal, enrolment: AfterSchoolEnrolment, strings: Strings) -> String? {
        guard refusal.errors.contains(FieldError("collectorName", .notAuthorised)) else { return nil }
        return strings.format(
            "afterschool_not_authorised",
            ["collector": (refusal.fields["collectorName"] ?? "").trimmingCharacters(in: .whitespaces),
             "child": enrolment.childNameMasked, "phone": enrolment.guardianPhoneMasked])
    }

    /// The refusals at the top of the page, the unauthorised collector told in full there too.
    static func topErrors(_ refusal: Refusal?, sheet: AfterSchoolDaySheet, strings: Strings) -> [[String: String]] {
        guard let refusal else { return [] }
        let enrolment = sheet.lines.first(where: { $0.enrolment.id == refusal.enrolmentID })?.enrolment
        return refusal.errors.map { error in
            if refusal.kind == .handOver, let enrolment, error == FieldError("collectorName", .notAuthorised),
                let message = notAuthorised(refusal, enrolment: enrolment, strings: strings)
            {
                return ["field": error.field, "message": message]
            }
            if let message = plainMessage(error, strings) { return ["field": error.field, "message": message] }
            return Display.fieldErrors([error], strings)[0]
        }
    }

    /// Refusals of the class page said in the class's own words rather than as a field and a rule.
    static func plainMessage(_ error: FieldError, _ strings: Strings) -> String? {
        switch (error.field, error.problem) {
        case ("capacity", .tooLarge(let maximum)): return strings.format("afterschool_full", ["n": String(maximum)])
        case ("day", .notOpen): return strings["afterschool_not_class_day"]
        case ("enrolmentID", .notOpen): return strings["afterschool_not_enrolled_that_day"]
        case ("classID", .notOpen): return strings["afterschool_term_over"]
        default: return nil
        }
    }

    // MARK: - The forms

    /// An enrolment as the form gives it: the pick-up rows keep their numbers, empty ones included.
    static func enrolment(_ form: Form) -> NewAfterSchoolEnrolment {
        NewAfterSchoolEnrolment(
            childName: form["childName"] ?? "", childBirthDate: form["childBirthDate"] ?? "", school: form["school"] ?? "",
            grade: form["grade"] ?? "", guardianName: form["guardianName"] ?? "", guardianPhone: form["guardianPhone"] ?? "",
            bothParentsWork: form["bothParentsWork"] == "1", guardianConsent: form["guardianConsent"] == "1",
            pickUps: (1...NewAfterSchoolEnrolment.maximumPickUps).map {
                NewPickUpPerson(
                    name: form["pickUpName\($0)"] ?? "", relation: form["pickUpRelation\($0)"] ?? "", phone: form["pickUpPhone\($0)"] ?? "")
            })
    }

    @Sendable func enrol(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageServices)
        let id = try context.parameters.require("id")
        return try await Form.submit(request, context: context, as: principal) { form in
            let created = try await store.afterSchool.enrol(Self.enrolment(form), classID: id, by: principal)
            return AfterSchoolRoute.schoolClass.path(id).query(["done": "enrolled"]).fragment("child-\(created.id)")
        } refused: { errors, fields in
            try await renderClass(
                id: id, day: CalendarDay(containing: Date()), context: context,
                refusal: Refusal(kind: .enrol, errors: errors, fields: fields), status: .unprocessableContent)
        }
    }

    @Sendable func arrive(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageServices)
        let id = try context.parameters.require("id")
        return try await Form.submit(request, context: context, as: principal) { form in
            let arrival = try await store.afterSchool.recordArrival(
                enrolmentID: form["enrolmentID"] ?? "", day: try AfterSchoolAPI.parseDay(form["day"]), by: principal)
            return AfterSchoolRoute.schoolClass.path(id).query(["day": arrival.day, "done": "arrived"]).fragment("child-\(arrival.enrolmentID)")
        } refused: { errors, fields in
            let asked = try? AfterSchoolAPI.parseDay(fields["day"])
            return try await renderClass(
                id: id, day: asked ?? CalendarDay(containing: Date()), context: context,
                refusal: Refusal(kind: .arrival, errors: errors, fields: fields), status: .unprocessableContent)
        }
    }

    /// The hand-over at the door: the collector types their name, phone and signature; anyone not authorised is
    /// refused with the guardian's number to call.
    @Sendable func handOver(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageServices)
        let id = try context.parameters.require("id")
        return try await Form.submit(request, context: context, as: principal) { form in
            let recorded = try await store.afterSchool.handOver(
                enrolmentID: form["enrolmentID"] ?? "",
                NewAfterSchoolHandOver(
                    collectorName: form["collectorName"] ?? "", collectorPhone: form["collectorPhone"] ?? "",
                    signature: form["signature"] ?? ""),
                by: principal)
            return AfterSchoolRoute.schoolClass.path(id).query(["done": "handedOver"]).fragment("child-\(recorded.enrolmentID)")
        } refused: { errors, fields in
            try await renderClass(
                id: id, day: CalendarDay(containing: Date()), context: context,
                refusal: Refusal(kind: .handOver, errors: errors, fields: fields), status: .unprocessableContent)
        }
    }

    @Sendable func assign(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageServices)
        let id = try context.parameters.require("id")
        return try await Form.submit(request, context: context, as: principal) { form in
            guard let day = try AfterSchoolAPI.parseDay(form["day"]) else { throw ValidationFailure([FieldError("day", .required)]) }
            let entry = try await store.afterSchool.assignVolunteer(
                classID: id, volunteerID: form["volunteerID"] ?? "", day: day, by: principal)
            return AfterSchoolRoute.schoolClass.path(id).query(["day": entry.day, "done": "assigned"]).fragment("roster")
        } refused: { errors, fields in
            try await renderClass(
                id: id, day: CalendarDay(containing: Date()), context: context,
                refusal: Refusal(kind: .roster, errors: errors, fields: fields), status: .unprocessableContent)
        }
    }
}
