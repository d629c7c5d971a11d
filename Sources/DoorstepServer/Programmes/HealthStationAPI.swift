import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// The health station (健康驿站) over JSON: stations with their weekly free clinics, sessions with the number served,
/// health records kept with consent (listed masked, opened with a reason, erased when consent is withdrawn), and the
/// figures with their definitions and the records behind them. A hospital's account reaches its own station's
/// sessions and counts; refusals come back as problem documents naming each field.
struct HealthStationAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(HealthStationAPIRoute.stations, use: stations)
        router.post(HealthStationAPIRoute.stations, use: createStation)
        router.get(HealthStationAPIRoute.station, use: station)
        router.post(HealthStationAPIRoute.addSlot, use: addSlot)
        router.delete(HealthStationAPIRoute.removeSlot, use: removeSlot)
        router.get(HealthStationAPIRoute.sessions, use: sessions)
        router.post(HealthStationAPIRoute.sessions, use: recordSession)
        router.get(HealthStationAPIRoute.records, use: records)
        router.post(HealthStationAPIRoute.records, use: writeRecord)
        router.post(HealthStationAPIRoute.reveal, use: reveal)
        router.post(HealthStationAPIRoute.withdraw, use: withdraw)
        router.get(HealthStationAPIRoute.figures, use: figures)
        router.get(HealthStationAPIRoute.figureRecords, use: figureRecords)
    }


    @Sendable func stations(request: Request, context: AppRequestContext) async throws -> ListPage<HealthStation> {
        ListPage(try await store.healthStations.stations(by: try context.requirePrincipal()))
    }

    struct StationInput: Decodable, Sendable {
        var communityCode: String?
        var partnerID: String?
        var name: String?
        var place: String?
    }

    @Sendable func createStation(request: Request, context: AppRequestContext) async throws -> EditedResponse<HealthStation> {
        let principal = try context.require(.manageServices)
        let body = try await request.decodeJSON(as: StationInput.self, context: context)
        let station = try await store.healthStations.createStation(
            NewHealthStation(
                communityCode: body.communityCode ?? principal.scope.communityCode ?? "", partnerID: body.partnerID ?? "",
                name: body.name ?? "", place: body.place ?? ""),
            by: principal)
        return EditedResponse(status: .created, response: station)
    }

    @Sendable func station(request: Request, context: AppRequestContext) async throws -> HealthStation {
        try await store.healthStations.station(id: try context.parameters.require("id"), by: try context.requirePrincipal())
    }

    struct SlotInput: Decodable, Sendable {
        /// ISO weekday, Monday 1 … Sunday 7.
        var weekday: Int?
        var startsAt: String?
        var endsAt: String?
        var service: String?
    }

    @Sendable func addSlot(request: Request, context: AppRequestContext) async throws -> EditedResponse<HealthClinicSlot> {
        let principal = try context.require(.manageServices)
        let body = try await request.decodeJSON(as: SlotInput.self, context: context)
        let slot = try await store.healthStations.addSlot(
            NewHealthClinicSlot(
                weekday: body.weekday.map(String.init) ?? "", startsAt: body.startsAt ?? "", endsAt: body.endsAt ?? "",
                service: body.service ?? ""),
            stationID: try context.parameters.require("id"), by: principal)
        return EditedResponse(status: .created, response: slot)
    }

    @Sendable func removeSlot(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        try await store.healthStations.removeSlot(try context.parameters.require("id"), by: try context.require(.manageServices))
        return .noContent
    }

    @Sendable func sessions(request: Request, context: AppRequestContext) async throws -> ListPage<HealthSession> {
        let principal = try context.requirePrincipal()
        let query = request.uri.queryParameters
        var period: ReportingPeriod?
        if query["from"] != nil || query["to"] != nil { period = try ReportingQuery.monthToDate(request) }
        return ListPage(try await store.healthStations.sessions(stationID: try context.parameters.require("id"), period: period, by: principal))
    }

    struct SessionInput: Decodable, Sendable {
        var day: String?
        var service: String?
        /// 人次.
        var served: Int?
        var doctorName: String?
    }

    @Sendable func recordSession(request: Request, context: AppRequestContext) async throws -> EditedResponse<HealthSession> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: SessionInput.self, context: context)
        let session = try await store.healthStations.recordSession(
            NewHealthSession(
                day: body.day ?? "", service: body.service ?? "", served: body.served.map(String.init) ?? "",
                doctorName: body.doctorName ?? ""),
            stationID: try context.parameters.require("id"), by: principal)
        return EditedResponse(status: .created, response: session)
    }

    @Sendable func records(request: Request, context: AppRequestContext) async throws -> ListPage<HealthRecord> {
        let principal = try context.require(.manageServices)
        return ListPage(try await store.healthStations.records(stationID: try context.parameters.require("id"), by: principal))
    }

    struct RecordInput: Decodable, Sendable {
        var residentID: String?
        /// The resident's (or guardian's) consent, given: nothing is written without it.
        var consent: Bool?
        /// `resident` or `guardian`.
        var consentBy: String?
        var purpose: String?
        var readings: String?
        var notes: String?
    }

    @Sendable func writeRecord(request: Request, context: AppRequestContext) async throws -> EditedResponse<HealthRecord> {
        let principal = try context.require(.manageServices)
        let body = try await request.decodeJSON(as: RecordInput.self, context: context)
        let record = try await store.healthStations.writeRecord(
            NewHealthRecord(
                residentID: body.residentID ?? "", consent: body.consent ?? false, consentBy: body.consentBy ?? "",
                purpose: body.purpose ?? "", readings: body.readings ?? "", notes: body.notes ?? ""),
            stationID: try context.parameters.require("id"), by: principal, clientAddress: context.clientAddress)
        return EditedResponse(status: .created, response: record)
    }

    @Sendable func reveal(request: Request, context: AppRequestContext) async throws -> HealthRecordContent {
        try await Reveal.overAPI(request, context: context, needs: .manageServices) { principal, asked in
            try await store.healthStations.reveal(
                recordID: try context.parameters.require("id"), reason: asked.reason ?? "", by: principal,
                clientAddress: context.clientAddress)
        }
    }

    struct WithdrawalResource: ResponseEncodable, Sendable {
        /// The resident's records at the station whose content was erased.
        var recordsErased: Int
    }

    @Sendable func withdraw(request: Request, context: AppRequestContext) async throws -> WithdrawalResource {
        let principal = try context.require(.manageServices)
        let erased = try await store.healthStations.withdrawConsent(
            recordID: try context.parameters.require("id"), by: principal, clientAddress: context.clientAddress)
        return WithdrawalResource(recordsErased: erased)
    }



    @Sendable func figures(request: Request, context: AppRequestContext) async throws -> ProgrammeFigures<HealthMeasure> {
        let principal = try context.requirePrincipal()
        let period = try ReportingQuery.monthToDate(request)
        let figures = try await store.healthStations.figures(period: period, for: principal)
        return ProgrammeFigures(period, figures.map { ($0.measure, $0.count, $0.records) }, context.strings)
    }

    /// Every record one figure counted (up to 1,000), for the drill-down.
    @Sendable func figureRecords(request: Request, context: AppRequestContext) async throws -> ProgrammeFigureRecords<HealthMeasure> {
        let principal = try context.requirePrincipal()
        let measure = try HealthMeasure.asked(context.parameters.get("measure"))
        let period = try ReportingQuery.monthToDate(request)
        let records = try await store.healthStations.records(measure, period: period, for: principal)
        let count: Int
        if measure == .served {
            // The sessions are the records; the figure is the 人次 they add up to.
            count = try await store.healthStations.figures(period: period, for: principal, recordLimit: 0)
                .first { $0.measure == measure }?.count ?? 0
        } else {
            count = records.count
        }
        return ProgrammeFigureRecords(period, measure, count: count, records: records, context.strings)
    }
}

extension HealthStation: ResponseEncodable {}
extension HealthClinicSlot: ResponseEncodable {}
extension HealthSession: ResponseEncodable {}
extension HealthRecord: ResponseEncodable {}
extension HealthRecordContent: ResponseEncodable {}
