import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 健康驿站 on the web. The office's and the hospital's overview: the figures with their definitions, each opening
/// the records it counted, and the stations with their weekly free clinics; for the office, a form to set up a
/// community's station. One station's working page — schedule, sessions, health records — is
/// `HealthStationPages+Station.swift`.
struct HealthStationPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(HealthStationRoute.list, use: list)
        router.post(HealthStationRoute.list, use: createStation)
        router.get(HealthStationRoute.figureRecords, use: figureRecords)
        router.get(HealthStationRoute.station, use: station)
        router.post(HealthStationRoute.addSlot, use: addSlot)
        router.post(HealthStationRoute.removeSlot, use: removeSlot)
        router.post(HealthStationRoute.recordSession, use: recordSession)
        router.post(HealthStationRoute.writeRecord, use: writeRecord)
        router.post(HealthStationRoute.reveal, use: reveal)
        router.post(HealthStationRoute.withdraw, use: withdraw)
    }

    /// The office that manages services, or a partner's account: nobody else has a health station to look at.
    static func requireViewer(_ context: AppRequestContext) throws -> Principal {
        let principal = try context.requirePrincipal()
        guard principal.can(.manageServices) || principal.role == .partner else { throw AppError.forbidden }
        return principal
    }

    /// Each field's first refusal, for the message beside it; `clearer` gives a sentence of this page's own where the
    /// general message would puzzle (a school refused as a station's partner is "not one of: hospital").
    static func invalid(_ errors: [FieldError], _ strings: Strings, clearer: [FieldError: String] = [:]) -> [String: String] {
        var invalid: [String: String] = [:]
        for error in errors where invalid[error.field] == nil {
            invalid[error.field] = clearer[error].map { strings[$0] } ?? strings.message(for: error.problem)
        }
        return invalid
    }

    /// The refusals as the list above the forms shows them, with the same clearer sentences.
    static func fieldErrors(_ errors: [FieldError], _ strings: Strings, clearer: [FieldError: String] = [:]) -> [[String: String]] {
        var shown = Display.fieldErrors(errors, strings)
        for index in shown.indices {
            if let key = clearer[errors[index]] { shown[index]["message"] = "\(strings.fieldName(errors[index].field)): \(strings[key])" }
        }
        return shown
    }

    /// This module's clearer sentences for refusals the store words generally.
    static let clearer: [FieldError: String] = [
        FieldError("partnerID", .unknownValue(allowed: [PartnerKind.hospital.rawValue])): "health_partner_not_hospital",
        FieldError("recordID", .consentRequired): "health_nothing_to_open",
        FieldError("recordID", .sameAsBefore): "health_already_withdrawn",
        FieldError("partnerID", .unknownValue(allowed: [PartnerKind.socialOrganisation.rawValue])): "aid_partner_not_organisation",
        FieldError("residentID", .notAuthorised): "aid_not_qualifying",
        FieldError("residentIDs", .notAuthorised): "aid_not_beneficiary",
        FieldError("projectID", .notOpen): "aid_project_ended",
    ]

    /// `周二 08:30–11:30 量血压`, one clinic of the week.
    static func slotText(_ slot: HealthClinicSlot, _ strings: Strings) -> String {
        "\(strings["afterschool_weekday_\(slot.weekday)"]) \(slot.startsAt)–\(slot.endsAt) \(slot.service)"
    }

    /// The resident an ID number names in the caller's registry; refused on `idNumber` when there is none.
    static func residentID(idNumber: String, principal: Principal, store: Store) async throws -> String {
        let number = idNumber.trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty else { throw ValidationFailure([FieldError("idNumber", .required)]) }
        guard let resident = try await store.residents.find(idNumber: number, for: principal).first else {
            throw ValidationFailure([FieldError("idNumber", .notFound)])
        }
        return resident.id
    }

    // MARK: - Stations and figures

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let asked = try ReportingQuery.onPage(request, default: .monthToDate(Date()), ReportingQuery.monthToDate)
        return try await renderList(context: context, period: asked.period, periodErrors: asked.errors)
    }

    func renderList(
        context: AppRequestContext, period: ReportingPeriod, periodErrors: [FieldError] = [], errors: [FieldError] = [],
        form: [String: String] = [:], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try Self.requireViewer(context)
        let strings = context.strings
        let office = principal.can(.manageServices)
        let stations = try await store.healthStations.stations(by: principal)
        let figures = try await store.healthStations.figures(period: period, for: principal, recordLimit: 0)
        let cards: [[String: Any]] = figures.map { figure in
            var card = figure.measure.card(
                value: figure.count,
                href: HealthStationRoute.figureRecords.path().query(["measure": figure.measure.rawValue]).keeping(period), strings)
            // The hospital's account has the count of health records, not the records.
            card["linked"] = office || figure.measure != .consentedRecords
            return card
        }
        let stationCards: [[String: Any]] = stations.map { station in
            var card: [String: Any] = ["id": station.id, "name": station.name, "place": station.place]
            card["partner"] = station.partnerName
            card["schedule"] = station.schedule.map { ["text": Self.slotText($0, strings)] }
            card["hasSchedule"] = !station.schedule.isEmpty
            return card
        }
        var model: [String: Any] = [:]
        model["office"] = office
        model["from"] = period.first.description
        model["to"] = period.last.description
        model["figures"] = cards
        model["stations"] = stationCards
        model["hasStations"] = !stations.isEmpty
        model["canCreate"] = false
        if office {
            try await addCreateForm(to: &model, stations: stations, form: form, principal: principal)
        }
        let allErrors = periodErrors + errors
        model["form"] = form
        model["invalid"] = Self.invalid(errors, strings, clearer: Self.clearer)
        model["fieldErrors"] = Self.fieldErrors(allErrors, strings, clearer: Self.clearer)
        return pages.page("healthStations", title: strings["health_title"], model: model, context: context, status: status)
    }

    /// The office's form for a new station: the communities of its territory that have none yet, and their hospitals.
    func addCreateForm(to model: inout [String: Any], stations: [HealthStation], form: [String: String], principal: Principal)
        async throws
    {
        let served = Set(stations.map(\.communityCode))
        let open = try await store.territory.communities(for: principal).filter { !served.contains($0.code) }
        let hospitals = try await store.healthStations.hospitals(by: principal).filter { !served.contains($0.communityCode) }
        let communityOptions: [[String: Any]] = open.map {
            ["code": $0.code, "name": $0.name, "selected": form["community"] == $0.code]
        }
        let hospitalOptions: [[String: Any]] = hospitals.map {
            ["id": $0.id, "name": $0.name, "selected": form["partnerID"] == $0.id]
        }
        model["canCreate"] = !open.isEmpty
        model["communities"] = communityOptions
        model["chooseCommunity"] = open.count > 1
        model["community"] = open.first?.code ?? ""
        model["hospitals"] = hospitalOptions
        model["hasHospitals"] = !hospitals.isEmpty
    }

    @Sendable func createStation(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageServices)
        return try await Form.submit(request, context: context, as: principal) { form in
            let station = try await store.healthStations.createStation(
                NewHealthStation(
                    communityCode: form["community"] ?? "", partnerID: form["partnerID"] ?? "", name: form["name"] ?? "",
                    place: form["place"] ?? ""),
                by: principal)
            return HealthStationRoute.station.path(station.id)
        } refused: { errors, fields in
            try await renderList(context: context, period: .monthToDate(Date()), errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    /// The records one figure counted, newest first, with the figure's definition.
    @Sendable func figureRecords(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try Self.requireViewer(context)
        let strings = context.strings
        let measure = try HealthMeasure.asked(request.uri.queryParameters["measure"])
        let period = try ReportingQuery.monthToDate(request)
        let records = try await store.healthStations.records(measure, period: period, for: principal, limit: ProgrammeRecordsPage.shown)
        var total = records.count
        if measure == .served {
            total = try await store.healthStations.figures(period: period, for: principal, recordLimit: 0)
                .first { $0.measure == .served }?.count ?? 0
        }
        let model = ProgrammeRecordsPage.model(
            measure, count: total, records: records, period: period, back: HealthStationRoute.list.path(),
            note: measure == .served ? strings["health_served_records_note"] : nil, strings)
        return pages.page("healthFigureRecords", title: strings[measure.nameKey], model: model, context: context)
    }
}
