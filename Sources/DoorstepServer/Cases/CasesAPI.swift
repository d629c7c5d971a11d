import DoorstepCore
import DoorstepStore
import Foundation
import HTTPTypes
import Hummingbird

/// The closed loop over JSON: categories, reports (with `Idempotency-Key`), the board's lanes, a case with its
/// history and photos, steps that name the version they act on (409 with the current case when it moved), the
/// inbox, and the reporter's tracking and rating without an account.
struct CasesAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(CasesAPIRoute.categories, use: categories)
        router.post(CasesAPIRoute.categories, use: publishCategory)
        router.get(CasesAPIRoute.list, use: list)
        router.post(CasesAPIRoute.list, use: report)
        router.get(CasesAPIRoute.show, use: show)
        router.get(CasesAPIRoute.history, use: history)
        router.get(CasesAPIRoute.photos, use: photos)
        router.get(CasesAPIRoute.photo, use: photo)
        router.get(CasesAPIRoute.duplicates, use: duplicates)
        router.post(CasesAPIRoute.step, use: step)
        router.post(CasesAPIRoute.revealPhone, use: revealPhone)
        router.get(CasesAPIRoute.notices, use: notices)
        router.post(CasesAPIRoute.markRead, use: markRead)
        router.get(CasesAPIRoute.track, use: track)
        router.post(CasesAPIRoute.evaluate, use: evaluate)
    }

    @Sendable func categories(request: Request, context: AppRequestContext) async throws -> ListPage<CaseCategory> {
        let principal = try context.requirePrincipal()
        let community = request.uri.queryParameters["community"].map(String.init) ?? principal.scope.communityCode
        guard let community, principal.scope.contains(code: community) || principal.scope.level == .grid else {
            throw AppError.validation([FieldError("community", .required)])
        }
        return ListPage(try await store.categories.categories(community: community))
    }

    @Sendable func publishCategory(request: Request, context: AppRequestContext) async throws -> EditedResponse<CaseCategory> {
        let principal = try context.require(.manageCases)
        let body = try await request.decodeJSON(as: CaseCategory.self, context: context)
        return EditedResponse(status: .created, response: try await store.categories.publish(body, by: principal))
    }

    struct PhotoInput: Decodable, Sendable {
        /// Base64 of the image file.
        var data: String
    }

    struct ReportInput: Decodable, Sendable {
        var source: CaseSource?
        var categoryCode: String?
        var urgency: Urgency?
        var description: String?
        var address: String?
        var latitude: Double?
        var longitude: Double?
        var buildingID: String?
        var communityCode: String?
        var reporterName: String?
        var reporterPhone: String?
        var anonymous: Bool?
        var photos: [PhotoInput]?
    }

    /// Decodes photos from base64, each checked and cleaned; every bad one is named.
    static func photos(_ inputs: [PhotoInput]?) throws -> [Photo] {
        var photos: [Photo] = []
        var errors: [FieldError] = []
        for (index, input) in (inputs ?? []).enumerated() {
            do {
                guard let bytes = Data(base64Encoded: input.data) else { throw FieldProblem.photoFormat }
                photos.append(try Photo(checking: Array(bytes)))
            } catch let problem as FieldProblem {
                errors.append(FieldError("photos[\(index)]", problem))
            }
        }
        if !errors.isEmpty { throw AppError.validation(errors) }
        return photos
    }

    @Sendable func report(request: Request, context: AppRequestContext) async throws -> EditedResponse<CaseResource> {
        let principal = try context.require(.reportCases)
        let body = try await request.decodeJSON(as: ReportInput.self, context: context, limit: BodyLimit.json(photos: Photo.maximumPerStep))
        let report = CaseReport(
            source: body.source ?? CaseStore.defaultSource(for: principal.role), categoryCode: body.categoryCode ?? "",
            urgency: body.urgency ?? .routine, description: body.description ?? "", address: body.address ?? "",
            latitude: body.latitude, longitude: body.longitude, buildingID: body.buildingID, communityCode: body.communityCode,
            reporterName: body.reporterName ?? "", reporterPhone: body.reporterPhone ?? "", anonymous: body.anonymous ?? false,
            photos: try Self.photos(body.photos))
        let (item, created) = try await store.cases.report(
            report, by: principal, idempotencyKey: request.headers[.idempotencyKey])
        return EditedResponse(status: created ? .created : .ok, response: CaseResource(item, at: Date()))
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> ListPage<CaseResource> {
        let principal = try context.require(.viewCases)
        let query = request.uri.queryParameters
        guard let lane = CaseLane(rawValue: query["lane"].map(String.init) ?? CaseLane.unassigned.rawValue) else {
            throw AppError.validation([FieldError("lane", .unknownValue(allowed: CaseLane.allCases.map(\.rawValue)))])
        }
        let asked = ListQuery(request, limit: 50)
        let items = try await store.cases.lane(
            lane, gridCode: query["grid"].map(String.init), by: principal, offset: asked.offset, limit: asked.fetch)
        let now = Date()
        return ListPage(counted: items.map { CaseResource($0, at: now) }, asked: asked)
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> CaseResource {
        let principal = try context.requirePrincipal()
        let item = try await store.cases.find(id: try context.parameters.require("id"), by: principal)
        return CaseResource(item, at: Date())
    }

    @Sendable func history(request: Request, context: AppRequestContext) async throws -> ListPage<CaseEvent> {
        ListPage(try await store.cases.history(of: try context.parameters.require("id"), by: try context.requirePrincipal()))
    }

    @Sendable func photos(request: Request, context: AppRequestContext) async throws -> ListPage<CasePhoto> {
        ListPage(try await store.cases.photos(of: try context.parameters.require("id"), by: try context.requirePrincipal()))
    }

    @Sendable func photo(request: Request, context: AppRequestContext) async throws -> Response {
        let photo = try await store.cases.photo(try context.parameters.require("photo"), by: try context.requirePrincipal())
        return Self.image(photo)
    }

    static func image(_ photo: Photo) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: photo.format.rawValue, .cacheControl: "private, max-age=86400"],
            body: .init(byteBuffer: ByteBuffer(bytes: photo.bytes)))
    }

    @Sendable func duplicates(request: Request, context: AppRequestContext) async throws -> ListPage<CaseResource> {
        let principal = try context.require(.viewCases)
        let item = try await store.cases.find(id: try context.parameters.require("id"), by: principal)
        let now = Date()
        return ListPage(try await store.cases.possibleDuplicates(of: item, by: principal).map { CaseResource($0, at: now) })
    }

    struct StepInput: Decodable, Sendable {
        var action: String?
        var version: Int?
        var note: String?
        var categoryCode: String?
        var urgency: Urgency?
        var handlerAccountID: String?
        var handlerUnit: String?
        var workingDays: Int?
        var reviewOn: String?
        var into: String?
        var solved: Bool?
        var satisfaction: Satisfaction?
        var photos: [PhotoInput]?

        func step() throws -> CaseStep {
            var validator = Validator()
            if action == nil { validator.check("action", .required) }
            if version == nil { validator.check("version", .required) }
            try validator.throwIfAny()
            return CaseStep(
                action: action ?? "", version: version ?? 0, note: note ?? "", categoryCode: categoryCode, urgency: urgency,
                handlerAccountID: handlerAccountID, handlerUnit: handlerUnit, workingDays: workingDays, reviewOn: reviewOn,
                into: into, solved: solved, satisfaction: satisfaction, photos: try CasesAPI.photos(photos))
        }
    }

    @Sendable func step(request: Request, context: AppRequestContext) async throws -> CaseResource {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: StepInput.self, context: context, limit: BodyLimit.json(photos: Photo.maximumPerStep))
        do {
            let item = try await store.cases.act(on: try context.parameters.require("id"), try body.step(), by: principal)
            return CaseResource(item, at: Date())
        } catch let moved as CaseMoved {
            throw AppError.caseMoved(CaseResource.shown(moved.current))
        }
    }

    struct Revealed: ResponseEncodable, Sendable {
        var value: String
    }

    @Sendable func revealPhone(request: Request, context: AppRequestContext) async throws -> Revealed {
        try await Reveal.overAPI(request, context: context, needs: .handleCases) { principal, asked in
            Revealed(
                value: try await store.cases.revealReporterPhone(
                    of: try context.parameters.require("id"), reason: asked.reason ?? "", by: principal,
                    clientAddress: context.clientAddress))
        }
    }

    @Sendable func notices(request: Request, context: AppRequestContext) async throws -> ListPage<Notice> {
        ListPage(try await store.notices.notices(for: try context.requirePrincipal()))
    }

    struct ReadInput: Decodable, Sendable {
        var id: String?
    }

    @Sendable func markRead(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: ReadInput.self, context: context)
        try await store.notices.markRead(body.id, for: principal)
        return .noContent
    }

    @Sendable func track(request: Request, context: AppRequestContext) async throws -> PublicCase {
        try await store.cases.track(try context.parameters.require("code"))
    }

    @Sendable func evaluate(request: Request, context: AppRequestContext) async throws -> PublicCase {
        let code = try context.parameters.require("code")
        var body = try await request.decodeJSON(as: StepInput.self, context: context)
        body.action = "evaluate"
        _ = try await store.cases.evaluate(trackingCode: code, try body.step())
        return try await store.cases.track(code)
    }
}

/// A case as the API shows it: the record, with the reporter's name masked, and the colour of its clock now.
struct CaseResource: ResponseEncodable, Sendable {
    var item: Case
    var clock: ClockColour

    init(_ item: Case, at now: Date) {
        self.item = Self.shown(item)
        self.clock = item.clock(at: now)
    }

    /// The reporter's name as every screen and answer shows it: by surname (the phone is masked already).
    static func shown(_ item: Case) -> Case {
        var shown = item
        shown.reporterName = Masking.name(item.reporterName)
        // An anonymous reporter's account is kept for their own tracking and rating, and given to no one.
        if item.anonymous { shown.reporterAccountID = nil }
        return shown
    }

    enum Keys: String, CodingKey { case clock }

    func encode(to encoder: any Encoder) throws {
        try item.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(clock, forKey: .clock)
    }
}

extension CaseCategory: ResponseEncodable {}
extension CaseEvent: ResponseEncodable {}
extension CasePhoto: ResponseEncodable {}
extension Notice: ResponseEncodable {}
extension PublicCase: ResponseEncodable {}

extension HTTPField.Name {
    static let idempotencyKey = Self("Idempotency-Key")!
}
