import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// The after-school class (四点半课堂) over JSON: classes, enrolments with the guardian's consent and pick-up
/// persons, arrivals, hand-overs at pick-up, the volunteer roster, a class's day, and the figures with their records.
/// Refusals come back as problem documents naming each field, so a refused hand-over says `collectorName` is not
/// authorised.
struct AfterSchoolAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(AfterSchoolAPIRoute.classes, use: classes)
        router.post(AfterSchoolAPIRoute.classes, use: createClass)
        router.get(AfterSchoolAPIRoute.day, use: day)
        router.post(AfterSchoolAPIRoute.enrol, use: enrol)
        router.post(AfterSchoolAPIRoute.arrive, use: arrive)
        router.post(AfterSchoolAPIRoute.handOver, use: handOver)
        router.post(AfterSchoolAPIRoute.assign, use: assign)
        router.get(AfterSchoolAPIRoute.figures, use: figures)
    }


    /// A `YYYY-MM-DD` day given in `field`, or nil when none was given.
    static func parseDay(_ text: String?, field: String = "day") throws -> CalendarDay? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let day = CalendarDay(iso: text) else { throw ValidationFailure([FieldError(field, .dateFormat)]) }
        return day
    }

    @Sendable func classes(request: Request, context: AppRequestContext) async throws -> ListPage<AfterSchoolClassListing> {
        let principal = try context.require(.manageServices)
        return ListPage(try await store.afterSchool.classes(by: principal))
    }

    struct ClassInput: Decodable, Sendable {
        var communityCode: String?
        var partnerSchoolID: String?
        var name: String?
        var place: String?
        var weekdays: [Int]?
        var termStart: String?
        var termEnd: String?
        var capacity: Int?
    }

    @Sendable func createClass(request: Request, context: AppRequestContext) async throws -> EditedResponse<AfterSchoolClass> {
        let principal = try context.require(.manageServices)
        let body = try await request.decodeJSON(as: ClassInput.self, context: context)
        let created = try await store.afterSchool.createClass(
            AfterSchoolClass(
                id: "", communityCode: body.communityCode ?? principal.scope.communityCode ?? "", partnerID: body.partnerSchoolID,
                name: body.name ?? "", place: body.place ?? "", weekdays: body.weekdays ?? [], termStart: body.termStart ?? "",
                termEnd: body.termEnd ?? "", capacity: body.capacity ?? 0),
            by: principal)
        return EditedResponse(status: .created, response: created)
    }

    /// A class's day at the door (`day=`, today by default): every child enrolled, masked, with arrival and
    /// hand-over, and the volunteers on duty.
    @Sendable func day(request: Request, context: AppRequestContext) async throws -> AfterSchoolDaySheet {
        let principal = try context.require(.manageServices)
        let sheetDay = try Self.parseDay(request.uri.queryParameters["day"].map(String.init)) ?? CalendarDay(containing: Date())
        return try await store.afterSchool.daySheet(classID: try context.parameters.require("id"), day: sheetDay, by: principal)
    }

    struct PickUpInput: Decodable, Sendable {
        var name: String?
        var relation: String?
        var phone: String?
    }

    struct EnrolmentInput: Decodable, Sendable {
        var classID: String?
        var childName: String?
        var childBirthDate: String?
        var school: String?
        var grade: String?
        var guardianName: String?
        var guardianPhone: String?
        var bothParentsWork: Bool?
        var guardianConsent: Bool?
        /// Besides the guardian, who is authorised without being listed.
        var pickUps: [PickUpInput]?
    }

    @Sendable func enrol(request: Request, context: AppRequestContext) async throws -> EditedResponse<AfterSchoolEnrolment> {
        let principal = try context.require(.manageServices)
        let body = try await request.decodeJSON(as: EnrolmentInput.self, context: context)
        guard let classID = body.classID, !classID.isEmpty else { throw AppError.validation([FieldError("classID", .required)]) }
        let enrolment = NewAfterSchoolEnrolment(
            childName: body.childName ?? "", childBirthDate: body.childBirthDate ?? "", school: body.school ?? "", grade: body.grade ?? "",
            guardianName: body.guardianName ?? "", guardianPhone: body.guardianPhone ?? "", bothParentsWork: body.bothParentsWork ?? false,
            guardianConsent: body.guardianConsent ?? false,
            pickUps: (body.pickUps ?? []).map { NewPickUpPerson(name: $0.name ?? "", relation: $0.relation ?? "", phone: $0.phone ?? "") })
        return EditedResponse(
            status: .created, response: try await store.afterSchool.enrol(enrolment, classID: classID, by: principal))
    }

    struct ArrivalInput: Decodable, Sendable {
        var enrolmentID: String?
        /// `YYYY-MM-DD`, today by default.
        var day: String?
    }

    @Sendable func arrive(request: Request, context: AppRequestContext) async throws -> EditedResponse<AfterSchoolArrival> {
        let principal = try context.require(.manageServices)
        let body = try await request.decodeJSON(as: ArrivalInput.self, context: context)
        guard let enrolmentID = body.enrolmentID, !enrolmentID.isEmpty else {
            throw AppError.validation([FieldError("enrolmentID", .required)])
        }
        let arrival = try await store.afterSchool.recordArrival(enrolmentID: enrolmentID, day: try Self.parseDay(body.day), by: principal)
        return EditedResponse(status: .created, response: arrival)
    }

    struct HandOverInput: Decodable, Sendable {
        var enrolmentID: String?
        var collectorName: String?
        var collectorPhone: String?
        /// The collector's full name, typed by the collector.
        var signature: String?
    }

    @Sendable func handOver(request: Request, context: AppRequestContext) async throws -> EditedResponse<AfterSchoolHandOver> {
        let principal = try context.require(.manageServices)
        let body = try await request.decodeJSON(as: HandOverInput.self, context: context)
        guard let enrolmentID = body.enrolmentID, !enrolmentID.isEmpty else {
            throw AppError.validation([FieldError("enrolmentID", .required)])
        }
        let handOver = try await store.afterSchool.handOver(
            enrolmentID: enrolmentID,
            NewAfterSchoolHandOver(collectorName: body.collectorName ?? "", collectorPhone: body.collectorPhone ?? "", signature: body.signature ?? ""),
            by: principal)
        return EditedResponse(status: .created, response: handOver)
    }

    struct RosterInput: Decodable, Sendable {
        var classID: String?
        var volunteerID: String?
        var day: String?
    }

    @Sendable func assign(request: Request, context: AppRequestContext) async throws -> EditedResponse<AfterSchoolRosterEntry> {
        let principal = try context.require(.manageServices)
        let body = try await request.decodeJSON(as: RosterInput.self, context: context)
        var validator = Validator()
        if (body.classID ?? "").isEmpty { validator.check("classID", .required) }
        if (body.volunteerID ?? "").isEmpty { validator.check("volunteerID", .required) }
        let rosterDay = try Self.parseDay(body.day)
        if rosterDay == nil { validator.check("day", .required) }
        try validator.throwIfAny()
        let entry = try await store.afterSchool.assignVolunteer(
            classID: body.classID ?? "", volunteerID: body.volunteerID ?? "", day: rosterDay!, by: principal)
        return EditedResponse(status: .created, response: entry)
    }



    @Sendable func figures(request: Request, context: AppRequestContext) async throws -> ProgrammeFigures<AfterSchoolMeasure> {
        let principal = try context.require(.manageServices)
        let period = try ReportingQuery.monthToDate(request)
        let figures = try await store.afterSchool.figures(period: period, for: principal)
        return ProgrammeFigures(period, figures.map { ($0.measure, $0.count, $0.records) }, context.strings)
    }
}

extension AfterSchoolClass: ResponseEncodable {}
extension AfterSchoolEnrolment: ResponseEncodable {}
extension AfterSchoolArrival: ResponseEncodable {}
extension AfterSchoolHandOver: ResponseEncodable {}
extension AfterSchoolRosterEntry: ResponseEncodable {}
extension AfterSchoolDaySheet: ResponseEncodable {}
