import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 共享场地 on the web, for the community office and partners' accounts: the venues with this week's bookings, a
/// booking form, a new venue; one venue's week (Monday to Sunday) to book from and cancel on.
struct VenuePages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(VenueRoute.venues, use: venues)
        router.post(VenueRoute.venues, use: createVenue)
        router.post(VenueRoute.book, use: book)
        router.get(VenueRoute.venue, use: venue)
        router.post(VenueRoute.cancel, use: cancel)
    }

    /// The office and partners' accounts; everyone else is turned away before anything is read.
    static func principal(_ context: AppRequestContext) throws -> Principal {
        let principal = try context.requirePrincipal()
        guard principal.can(.manageServices) || principal.role == .partner else { throw AppError.forbidden }
        return principal
    }

    // MARK: - The venues

    @Sendable func venues(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderVenues(context: context)
    }

    func renderVenues(
        context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try Self.principal(context)
        let strings = context.strings
        let office = principal.can(.manageServices)
        let venues = try await store.venues.venues(by: principal)
        let week = BookingWeek(containing: CalendarDay(containing: Date()), bookings: [])
        let bookings = try await store.venues.bookings(period: week.period, by: principal)
        var items: [[String: Any]] = []
        for venue in venues {
            var item = Self.venueModel(venue, strings)
            let mine = bookings.filter { $0.venueID == venue.id }.map { Self.bookingModel($0, principal: principal, strings) }
            item["bookings"] = mine
            item["hasBookings"] = !mine.isEmpty
            items.append(item)
        }
        let choices: [[String: Any]] = venues.map {
            ["value": $0.id, "label": $0.name, "selected": form["venueID"] == $0.id] as [String: Any]
        }
        var offerers: [[String: Any]] = []
        if office {
            let own: [String: Any] = ["value": "", "label": strings["venue_community_own"], "selected": (form["partnerID"] ?? "").isEmpty]
            offerers.append(own)
            for partner in try await store.partners.list(by: principal) {
                let choice: [String: Any] = ["value": partner.id, "label": partner.name, "selected": form["partnerID"] == partner.id]
                offerers.append(choice)
            }
        }
        var model: [String: Any] = [:]
        model["venues"] = items
        model["hasVenues"] = !items.isEmpty
        model["choices"] = choices
        model["office"] = office
        model["offerers"] = offerers
        model.merge(try await PartnerPages.communityChoice(principal, store: store, selected: form["community"])) { _, chosen in chosen }
        model["weekLabel"] = "\(week.period.first) – \(week.period.last)"
        model["fieldErrors"] = try await messages(errors, form: form, principal: principal, strings: strings)
        model["form"] = form
        return pages.page("venues", title: strings["venues_title"], model: model, context: context, status: status)
    }

    @Sendable func createVenue(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try Self.principal(context)
        return try await Form.submit(request, context: context, as: principal) { form in
            let community = (form["community"] ?? "").isEmpty ? nil : form["community"]
            let venue = try await store.venues.create(
                NewVenue(
                    name: form["name"] ?? "", place: form["place"] ?? "", capacity: form["capacity"] ?? "",
                    openingHours: form["openingHours"] ?? "", partnerID: form["partnerID"]),
                communityCode: community, by: principal)
            return VenueRoute.venue.path(venue.id)
        } refused: { errors, fields in
            try await renderVenues(context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    /// A booking from the list (a venue chosen) or from a venue's week (`back=venue`); a refusal comes back to the page
    /// it was asked from, saying which booking holds the time.
    @Sendable func book(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try Self.principal(context)
        return try await Form.submit(request, context: context, as: principal) { form in
            let venueID = form["venueID"] ?? ""
            guard !venueID.isEmpty else { throw ValidationFailure([FieldError("venueID", .required)]) }
            let booking = try await store.venues.book(
                venueID: venueID,
                NewBooking(
                    startsAt: form["startsAt"] ?? "", endsAt: form["endsAt"] ?? "", purpose: form["purpose"] ?? "",
                    expectedPeople: form["expectedPeople"] ?? ""),
                by: principal)
            return VenueRoute.venue.path(venueID).query(["week": CalendarDay(containing: booking.startsAt)])
        } refused: { errors, fields in
            if fields["back"] == "venue", let venueID = fields["venueID"], !venueID.isEmpty {
                return try await renderVenue(
                    id: venueID, day: Self.day(of: fields["startsAt"]), context: context, errors: errors, form: fields,
                    status: .unprocessableContent)
            }
            return try await renderVenues(context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    @Sendable func cancel(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try Self.principal(context)
        let id = try context.parameters.require("id")
        return try await Form.submit(request, context: context, as: principal) { _ in
            let booking = try await store.venues.cancel(bookingID: id, by: principal)
            return VenueRoute.venue.path(booking.venueID).query(["week": CalendarDay(containing: booking.startsAt)])
        } refused: { errors, fields in
            try await renderVenues(context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    // MARK: - One venue's week

    @Sendable func venue(request: Request, context: AppRequestContext) async throws -> Response {
        let week = request.uri.queryParameters["week"].flatMap { CalendarDay(iso: String($0)) }
        return try await renderVenue(id: try context.parameters.require("id"), day: week, context: context)
    }

    func renderVenue(
        id: String, day: CalendarDay?, context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try Self.principal(context)
        let strings = context.strings
        let (venue, week) = try await store.venues.week(venueID: id, containing: day ?? CalendarDay(containing: Date()), by: principal)
        var days: [[String: Any]] = []
        for entry in week.days {
            let bookings = entry.bookings.map { Self.bookingModel($0, principal: principal, strings) }
            var item: [String: Any] = [:]
            item["id"] = entry.day.description
            item["label"] = "\(strings["afterschool_weekday_\(entry.weekday)"]) \(entry.day.description.dropFirst(5))"
            item["bookings"] = bookings
            item["free"] = bookings.isEmpty
            days.append(item)
        }
        var model: [String: Any] = [:]
        model["venue"] = Self.venueModel(venue, strings)
        model["weekLabel"] = "\(week.period.first) – \(week.period.last)"
        model["previous"] = VenueRoute.venue.path(venue.id).query(["week": week.monday.adding(days: -7)])
        model["next"] = VenueRoute.venue.path(venue.id).query(["week": week.monday.adding(days: 7)])
        model["thisWeek"] = VenueRoute.venue.path(venue.id)
        model["days"] = days
        model["fieldErrors"] = try await messages(errors, form: form, principal: principal, strings: strings)
        model["form"] = form
        return pages.page("venue", title: venue.name, model: model, context: context, status: status)
    }

    // MARK: - Shared

    static func venueModel(_ venue: Venue, _ strings: Strings) -> [String: Any] {
        var item: [String: Any] = [:]
        item["id"] = venue.id
        item["name"] = venue.name
        item["place"] = venue.place
        item["capacity"] = strings.format("venue_capacity", ["n": String(venue.capacity)])
        item["hours"] = Display.shown(venue.openingHours)
        item["offeredBy"] = venue.partnerName ?? strings["venue_community_own"]
        return item
    }

    static func bookingModel(_ booking: VenueBooking, principal: Principal, _ strings: Strings) -> [String: Any] {
        let day = CalendarDay(containing: booking.startsAt)
        let weekday = BookingWeek(containing: day, bookings: []).monday.days(until: day) + 1
        var item: [String: Any] = [:]
        item["id"] = booking.id
        item["when"] = "\(strings["afterschool_weekday_\(weekday)"]) \(day.description.dropFirst(5)) \(Self.span(booking))"
        item["span"] = Self.span(booking)
        item["purpose"] = booking.purpose
        item["people"] = strings.format("venue_people", ["n": String(booking.expectedPeople)])
        item["by"] = booking.bookedByName
        item["canCancel"] = (booking.bookedBy == principal.accountID || principal.can(.manageServices)) && booking.endsAt > Date()
        return item
    }

    static func span(_ booking: VenueBooking) -> String {
        "\(BookingTime.clock(booking.startsAt))–\(BookingTime.clock(booking.endsAt))"
    }

    /// The day a typed `datetime-local` time falls on, to show that week again.
    static func day(of text: String?) -> CalendarDay? {
        text.flatMap(BookingTime.parse).map { CalendarDay(containing: $0) }
    }

    /// The refusals a booking page shows, in words that say what to do; a time already taken names the booking
    /// that holds it.
    func messages(_ errors: [FieldError], form: [String: String], principal: Principal, strings: Strings) async throws
        -> [[String: String]]
    {
        var holder = ""
        if errors.contains(FieldError("startsAt", .alreadyExists)), let venueID = form["venueID"],
            let starts = BookingTime.parse(form["startsAt"] ?? ""), let ends = BookingTime.parse(form["endsAt"] ?? "")
        {
            let period = ReportingPeriod(first: CalendarDay(containing: starts), last: CalendarDay(containing: ends))
            let taken = try await store.venues.bookings(venueID: venueID, period: period, by: principal)
                .first { $0.overlaps(startsAt: starts, endsAt: ends) }
            if let taken {
                holder = strings.format(
                    "venue_holder",
                    ["day": CalendarDay(containing: taken.startsAt).description, "span": Self.span(taken), "purpose": taken.purpose,
                     "by": taken.bookedByName])
            }
        }
        return CoBuildingMessages.messages(errors, strings, labels: Self.labels, clearer: Self.clearer, values: ["holder": holder])
    }

    /// Fields whose general label says something else on other pages.
    static let labels: [String: String] = ["capacity": "venue_field_capacity", "partnerID": "venue_field_partner"]

    /// Refusals whose general wording would not say what happened.
    static let clearer: [FieldError: String] = [
        FieldError("startsAt", .alreadyExists): "venue_taken",
        FieldError("startsAt", .pastDeadline): "venue_started",
        FieldError("bookingID", .alreadyExists): "venue_already_cancelled",
        FieldError("bookingID", .pastDeadline): "venue_already_ended",
        FieldError("partnerID", .notLinked): "venue_partner_not_linked",
    ]
}

/// The refusals a co-building page shows. Field labels are shared by every page (`类别` is an opinion's topic,
/// `调解日期` a mediation's day), so a page may name its own fields; and a refusal whose general wording would not say
/// what happened (a time already taken, a wish already claimed) gets a sentence of its own.
enum CoBuildingMessages {
    static func messages(
        _ errors: [FieldError], _ strings: Strings, labels: [String: String] = [:], clearer: [FieldError: String] = [:],
        values: [String: String] = [:]
    ) -> [[String: String]] {
        errors.map { error -> [String: String] in
            if let key = clearer[error] { return ["field": error.field, "message": strings.format(key, values)] }
            let label = labels[error.field].map { strings[$0] } ?? strings.fieldName(error.field)
            return ["field": error.field, "message": "\(label): \(strings.message(for: error.problem))"]
        }
    }
}
