import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// Organisational life (三会一课) over JSON: meetings, check-in, the roll, minutes and attachments.
struct OrgLifeAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(OrgLifeAPIRoute.meetings, use: meetings)
        router.post(OrgLifeAPIRoute.meetings, use: schedule)
        router.get(OrgLifeAPIRoute.meeting, use: meeting)
        router.post(OrgLifeAPIRoute.checkIn, use: checkIn)
        router.post(OrgLifeAPIRoute.mark, use: mark)
        router.post(OrgLifeAPIRoute.minutes, use: minutes)
        router.get(OrgLifeAPIRoute.attachment, use: attachment)
    }

    @Sendable func meetings(request: Request, context: AppRequestContext) async throws -> ListPage<OrgLifeMeeting> {
        let principal = try context.requirePrincipal()
        return ListPage(try await store.orgLife.meetings(period: try ReportingQuery.yearToDate(request), by: principal))
    }

    struct MeetingInput: Decodable, Sendable {
        var orgID: String?
        var kind: OrgLifeKind?
        var title: String?
        var heldOn: String?
        var place: String?
    }

    @Sendable func schedule(request: Request, context: AppRequestContext) async throws -> EditedResponse<OrgLifeMeeting> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: MeetingInput.self, context: context)
        guard let kind = body.kind else {
            throw AppError.validation([FieldError("kind", .unknownValue(allowed: OrgLifeKind.allCases.map(\.rawValue)))])
        }
        return EditedResponse(
            status: .created,
            response: try await store.orgLife.schedule(
                orgID: body.orgID ?? "", kind: kind, title: body.title ?? "", heldOn: body.heldOn ?? "", place: body.place ?? "",
                by: principal))
    }

    @Sendable func meeting(request: Request, context: AppRequestContext) async throws -> OrgLifeMeeting {
        try await store.orgLife.meeting(try context.parameters.require("id"), by: try context.requirePrincipal())
    }

    @Sendable func checkIn(request: Request, context: AppRequestContext) async throws -> OrgLifeMeeting {
        try await store.orgLife.checkIn(meetingID: try context.parameters.require("id"), by: try context.requirePrincipal())
    }

    struct MarkInput: Decodable, Sendable {
        var memberID: String?
        var status: AttendanceStatus?
        var reason: String?
    }

    @Sendable func mark(request: Request, context: AppRequestContext) async throws -> OrgLifeMeeting {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: MarkInput.self, context: context)
        guard let status = body.status else {
            throw AppError.validation([FieldError("status", .unknownValue(allowed: AttendanceStatus.allCases.map(\.rawValue)))])
        }
        return try await store.orgLife.mark(
            meetingID: try context.parameters.require("id"), memberID: body.memberID ?? "", status: status, reason: body.reason ?? "",
            by: principal)
    }

    struct MinutesInput: Decodable, Sendable {
        var minutes: String?
        var attachments: [CasesAPI.PhotoInput]?
    }

    @Sendable func minutes(request: Request, context: AppRequestContext) async throws -> OrgLifeMeeting {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(
            as: MinutesInput.self, context: context, limit: BodyLimit.json(photos: OrgLifeMeeting.maximumAttachments))
        return try await store.orgLife.recordMinutes(
            meetingID: try context.parameters.require("id"), minutes: body.minutes ?? "",
            attachments: try CasesAPI.photos(body.attachments), by: principal)
    }

    @Sendable func attachment(request: Request, context: AppRequestContext) async throws -> Response {
        CasesAPI.image(try await store.orgLife.attachment(try context.parameters.require("id"), by: try context.requirePrincipal()))
    }
}

extension OrgLifeMeeting: ResponseEncodable {}
