import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// Co-building over JSON: shared venues and their bookings, joint meetings with minutes, micro-wishes, and the
/// period's figures with the records they count.
struct CoBuildingAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(CoBuildingAPIRoute.venues, use: venues)
        router.post(CoBuildingAPIRoute.venues, use: createVenue)
        router.get(CoBuildingAPIRoute.bookings, use: bookings)
        router.post(CoBuildingAPIRoute.bookings, use: book)
        router.post(CoBuildingAPIRoute.cancel, use: cancel)
        router.get(CoBuildingAPIRoute.meetings, use: meetings)
        router.post(CoBuildingAPIRoute.meetings, use: recordMeeting)
        router.get(CoBuildingAPIRoute.meeting, use: meeting)
        router.put(CoBuildingAPIRoute.writeMinutes, use: writeMinutes)
        router.get(CoBuildingAPIRoute.wishes, use: wishes)
        router.post(CoBuildingAPIRoute.wishes, use: postWish)
        router.get(CoBuildingAPIRoute.wish, use: wish)
        router.post(CoBuildingAPIRoute.claim, use: claim)
        router.post(CoBuildingAPIRoute.fulfil, use: fulfil)
        router.get(CoBuildingAPIRoute.figures, use: figures)
    }

    // MARK: - Venues

    @Sendable func venues(request: Request, context: AppRequestContext) async throws -> ListPage<Venue> {
        ListPage(try await store.venues.venues(by: try context.requirePrincipal()))
    }

    struct VenueInput: Decodable, Sendable {
        var community: String?
        var partnerID: String?
        var name: String?
        var place: String?
        var capacity: Int?
        var openingHours: String?
    }

    @Sendable func createVenue(request: Request, context: AppRequestContext) async throws -> EditedResponse<Venue> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: VenueInput.self, context: context)
        let venue = try await store.venues.create(
            NewVenue(
                name: body.name ?? "", place: body.place ?? "", capacity: body.capacity.map(String.init) ?? "",
                openingHours: body.openingHours ?? "", partnerID: body.partnerID),
            communityCode: body.community, by: principal)
        return EditedResponse(status: .created, response: venue)
    }

    /// Bookings overlapping `from`–`to` (by default this week, Monday to Sunday), of one venue with `venueID`;
    /// cancelled ones too with `cancelled=true`.
    @Sendable func bookings(request: Request, context: AppRequestContext) async throws -> ListPage<VenueBooking> {
        let principal = try context.requirePrincipal()
        let query = request.uri.queryParameters
        var period = BookingWeek(containing: CalendarDay(containing: Date()), bookings: []).period
        if let from = query["from"].map(String.init), let to = query["to"].map(String.init) {
            period = try ReportingPeriod.parse(first: from, last: to)
        }
        let venueID = query["venueID"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        return ListPage(try await store.venues.bookings(
                venueID: venueID, period: period, includeCancelled: query["cancelled"] == "true", by: principal))
    }

    struct BookingInput: Decodable, Sendable {
        var venueID: String?
        /// ISO-8601 with an offset (`2026-12-01T09:00:00+08:00`), or `2026-12-01T09:00` read as China time.
        var startsAt: String?
        var endsAt: String?
        var purpose: String?
        var expectedPeople: Int?
    }

    @Sendable func book(request: Request, context: AppRequestContext) async throws -> EditedResponse<VenueBooking> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: BookingInput.self, context: context)
        guard let venueID = body.venueID, !venueID.isEmpty else { throw AppError.validation([FieldError("venueID", .required)]) }
        let booking = try await store.venues.book(
            venueID: venueID,
            NewBooking(
                startsAt: body.startsAt ?? "", endsAt: body.endsAt ?? "", purpose: body.purpose ?? "",
                expectedPeople: body.expectedPeople.map(String.init) ?? ""),
            by: principal)
        return EditedResponse(status: .created, response: booking)
    }

    @Sendable func cancel(request: Request, context: AppRequestContext) async throws -> VenueBooking {
        try await store.venues.cancel(bookingID: try context.parameters.require("id"), by: try context.requirePrincipal())
    }

    // MARK: - Joint meetings

    /// The meetings the caller may read; those one partner attended with `partnerID`.
    @Sendable func meetings(request: Request, context: AppRequestContext) async throws -> ListPage<JointMeeting> {
        let principal = try context.requirePrincipal()
        let partnerID = request.uri.queryParameters["partnerID"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        return ListPage(try await store.jointMeetings.meetings(partnerID: partnerID, by: principal))
    }

    struct MeetingInput: Decodable, Sendable {
        var community: String?
        var agreementID: String?
        var heldOn: String?
        var topic: String?
        var partnerIDs: [String]?
        var minutes: String?
        var decisions: [String]?
    }

    @Sendable func recordMeeting(request: Request, context: AppRequestContext) async throws -> EditedResponse<JointMeeting> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: MeetingInput.self, context: context)
        let meeting = try await store.jointMeetings.record(
            NewJointMeeting(
                agreementID: body.agreementID, heldOn: body.heldOn ?? "", topic: body.topic ?? "", partnerIDs: body.partnerIDs ?? [],
                minutes: body.minutes ?? "", decisions: (body.decisions ?? []).joined(separator: "\n")),
            communityCode: body.community, by: principal)
        return EditedResponse(status: .created, response: meeting)
    }

    @Sendable func meeting(request: Request, context: AppRequestContext) async throws -> JointMeeting {
        try await store.jointMeetings.meeting(try context.parameters.require("id"), by: try context.requirePrincipal())
    }

    struct MinutesInput: Decodable, Sendable {
        var minutes: String?
        var decisions: [String]?
    }

    @Sendable func writeMinutes(request: Request, context: AppRequestContext) async throws -> JointMeeting {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: MinutesInput.self, context: context)
        return try await store.jointMeetings.writeMinutes(
            meetingID: try context.parameters.require("id"), minutes: body.minutes ?? "",
            decisions: (body.decisions ?? []).joined(separator: "\n"), by: principal)
    }

    // MARK: - Micro-wishes

    @Sendable func wishes(request: Request, context: AppRequestContext) async throws -> ListPage<MicroWish> {
        ListPage(try await store.microWishes.wishes(by: try context.requirePrincipal()))
    }

    struct WishInput: Decodable, Sendable {
        var community: String?
        var wisher: String?
        var wish: String?
        var category: String?
        var gridCode: String?
    }

    @Sendable func postWish(request: Request, context: AppRequestContext) async throws -> EditedResponse<MicroWish> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: WishInput.self, context: context)
        let wish = try await store.microWishes.post(
            NewMicroWish(wisher: body.wisher ?? "", wish: body.wish ?? "", category: body.category ?? "", gridCode: body.gridCode ?? ""),
            communityCode: body.community, by: principal)
        return EditedResponse(status: .created, response: wish)
    }

    @Sendable func wish(request: Request, context: AppRequestContext) async throws -> MicroWish {
        try await store.microWishes.wish(try context.parameters.require("id"), by: try context.requirePrincipal())
    }

    struct ClaimInput: Decodable, Sendable {
        /// For the office only: who claimed it in person.
        var claimerName: String?
    }

    @Sendable func claim(request: Request, context: AppRequestContext) async throws -> MicroWish {
        let principal = try context.requirePrincipal()
        // A member or a partner claims in its own name and may send no body at all.
        let body = (try? await request.decodeJSON(as: ClaimInput.self, context: context)) ?? ClaimInput()
        return try await store.microWishes.claim(
            wishID: try context.parameters.require("id"), claimerName: body.claimerName ?? "", by: principal)
    }

    struct FulfilmentInput: Decodable, Sendable {
        var fulfilledOn: String?
    }

    @Sendable func fulfil(request: Request, context: AppRequestContext) async throws -> MicroWish {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: FulfilmentInput.self, context: context)
        return try await store.microWishes.fulfil(wishID: try context.parameters.require("id"), on: body.fulfilledOn ?? "", by: principal)
    }

    // MARK: - Figures

    /// Counts with the records behind them: bookings, meetings held, wishes posted, claimed and fulfilled.
    struct FiguresResource: ResponseEncodable, Sendable {
        var from: String
        var to: String
        var venueBookings: Int
        var meetingsHeld: Int
        var wishesPosted: Int
        var wishesClaimed: Int
        var wishesFulfilled: Int
        var records: CoBuildingFigures
    }

    /// `from`–`to`, by default the year so far.
    @Sendable func figures(request: Request, context: AppRequestContext) async throws -> FiguresResource {
        let principal = try context.requirePrincipal()
        let figures = try await store.coBuildingFigures(period: try ReportingQuery.yearToDate(request), by: principal)
        return FiguresResource(
            from: figures.period.first.description, to: figures.period.last.description, venueBookings: figures.bookings.count,
            meetingsHeld: figures.meetings.count, wishesPosted: figures.wishesPosted.count, wishesClaimed: figures.wishesClaimed.count,
            wishesFulfilled: figures.wishesFulfilled.count, records: figures)
    }
}

extension Venue: ResponseEncodable {}
extension VenueBooking: ResponseEncodable {}
extension JointMeeting: ResponseEncodable {}
extension MicroWish: ResponseEncodable {}
