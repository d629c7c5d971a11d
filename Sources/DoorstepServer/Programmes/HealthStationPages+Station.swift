import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// One station's working page, on a desk or a phone at the clinic: its weekly free clinics, the sessions held with a
/// form to record one (the office or the hospital's account), and — for the office only — the health records kept
/// with consent: listed masked, opened one at a time with a reason, erased when consent is withdrawn, and a form to
/// write one with the resident.
extension HealthStationPages {
    /// Which of the page's forms came back refused, so only that one shows what was typed and why.
    enum StationForm: String {
        case slot, session, record, reveal, other
    }

    @Sendable func station(request: Request, context: AppRequestContext) async throws -> Response {
        let strings = context.strings
        let done = request.uri.queryParameters["done"].map(String.init) ?? ""
        let flash = ["slot", "session", "record", "withdrawn"].contains(done) ? strings["health_done_\(done)"] : nil
        return try await renderStation(id: try context.parameters.require("id"), context: context, flash: flash)
    }

    func renderStation(
        id: String, context: AppRequestContext, errors: [FieldError] = [], which: StationForm = .other, form: [String: String] = [:],
        revealedID: String? = nil, revealed: HealthRecordContent? = nil, flash: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try Self.requireViewer(context)
        let strings = context.strings
        let office = principal.can(.manageServices)
        let station = try await store.healthStations.station(id: id, by: principal)
        let sessions = try await store.healthStations.sessions(stationID: id, by: principal, limit: 50)
        var records: [HealthRecord] = []
        if office { records = try await store.healthStations.records(stationID: id, by: principal) }
        let invalid = Self.invalid(errors, strings, clearer: Self.clearer)
        let today = CalendarDay(containing: Date()).description

        var model: [String: Any] = [:]
        model["station"] = ["name": station.name, "place": station.place, "partner": station.partnerName]
        model["stationID"] = station.id
        model["office"] = office
        model["today"] = today
        model["schedule"] = station.schedule.map { slot -> [String: Any] in
            ["id": slot.id, "text": Self.slotText(slot, strings)]
        }
        model["hasSchedule"] = !station.schedule.isEmpty
        let slotTyped: [String: String] = which == .slot ? form : [:]
        let slotInvalid: [String: String] = which == .slot ? invalid : [:]
        model["slotForm"] = slotTyped
        model["slotInvalid"] = slotInvalid
        model["weekdays"] = (1...7).map { day -> [String: Any] in
            ["n": day, "name": strings["afterschool_weekday_\(day)"], "selected": slotTyped["weekday"] == String(day)]
        }
        model["sessions"] = sessions.map { session -> [String: Any] in
            [
                "day": session.day, "service": session.service, "served": session.served, "doctor": session.doctorName,
                "by": session.recordedBy,
            ]
        }
        model["hasSessions"] = !sessions.isEmpty
        let sessionTyped: [String: String] = which == .session ? form : ["day": today]
        let sessionInvalid: [String: String] = which == .session ? invalid : [:]
        model["sessionForm"] = sessionTyped
        model["sessionInvalid"] = sessionInvalid
        model["records"] = records.map { Self.recordRow($0, revealedID: revealedID, revealed: revealed, strings) }
        model["hasRecords"] = !records.isEmpty
        let recordTyped: [String: String] = which == .record ? form : ["consentBy": HealthConsentGiver.resident.rawValue]
        let recordInvalid: [String: String] = which == .record ? invalid : [:]
        model["recordForm"] = recordTyped
        model["recordInvalid"] = recordInvalid
        model["consentChecked"] = recordTyped["consent"] == "1"
        model["consentGivers"] = HealthConsentGiver.allCases.map { giver -> [String: Any] in
            [
                "value": giver.rawValue, "label": strings["health_consent_by_\(giver.rawValue)"],
                "checked": recordTyped["consentBy"] == giver.rawValue,
            ]
        }
        model["fieldErrors"] = Self.fieldErrors(errors, strings, clearer: Self.clearer)
        return pages.page("healthStation", title: station.name, model: model, context: context, status: status, flash: flash)
    }

    /// A health record as the list shows it: masked, and in full only for the one just opened with a reason.
    static func recordRow(_ record: HealthRecord, revealedID: String?, revealed: HealthRecordContent?, _ strings: Strings)
        -> [String: Any]
    {
        let open = record.id == revealedID ? revealed : nil
        var row: [String: Any] = ["id": record.id, "day": record.recordedOn, "name": record.residentNameMasked]
        row["consentBy"] = strings["health_consent_by_\(record.consentBy.rawValue)"]
        row["by"] = record.recordedBy
        row["withdrawn"] = Display.shown(record.withdrawnOn)
        row["held"] = record.withdrawnOn == nil
        row["revealed"] = open != nil
        row["purpose"] = Display.shown(open?.purpose)
        row["readings"] = Display.shown(open?.readings)
        row["notes"] = Display.shown(open?.notes)
        return row
    }

    // MARK: - Forms

    @Sendable func addSlot(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageServices)
        let id = try context.parameters.require("id")
        return try await Form.submit(request, context: context, as: principal) { form in
            _ = try await store.healthStations.addSlot(
                NewHealthClinicSlot(
                    weekday: form["weekday"] ?? "", startsAt: form["startsAt"] ?? "", endsAt: form["endsAt"] ?? "",
                    service: form["service"] ?? ""),
                stationID: id, by: principal)
            return HealthStationRoute.station.path(id).query(["done": "slot"]).fragment("schedule")
        } refused: { errors, fields in
            try await renderStation(id: id, context: context, errors: errors, which: .slot, form: fields, status: .unprocessableContent)
        }
    }

    @Sendable func removeSlot(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageServices)
        let id = try context.parameters.require("id")
        let slot = try context.parameters.require("slot")
        return try await Form.submit(request, context: context, as: principal) { _ in
            try await store.healthStations.removeSlot(slot, by: principal)
            return HealthStationRoute.station.path(id).fragment("schedule")
        } refused: { errors, _ in
            try await renderStation(id: id, context: context, errors: errors, status: .unprocessableContent)
        }
    }

    /// A session, by the office or the hospital's account.
    @Sendable func recordSession(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try Self.requireViewer(context)
        let id = try context.parameters.require("id")
        return try await Form.submit(request, context: context, as: principal) { form in
            _ = try await store.healthStations.recordSession(
                NewHealthSession(
                    day: form["day"] ?? "", service: form["service"] ?? "", served: form["served"] ?? "",
                    doctorName: form["doctorName"] ?? ""),
                stationID: id, by: principal)
            return HealthStationRoute.station.path(id).query(["done": "session"]).fragment("sessions")
        } refused: { errors, fields in
            try await renderStation(id: id, context: context, errors: errors, which: .session, form: fields, status: .unprocessableContent)
        }
    }

    /// A record written with the resident: found by ID number in the office's registry; a missing number is named
    /// together with every other refused field, consent and purpose included.
    @Sendable func writeRecord(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageServices)
        let id = try context.parameters.require("id")
        return try await Form.submit(request, context: context, as: principal) { form in
            var problems: [FieldError] = []
            var residentID = ""
            do {
                residentID = try await Self.residentID(idNumber: form["idNumber"] ?? "", principal: principal, store: store)
            } catch let failure as ValidationFailure {
                problems += failure.errors
            }
            let new = NewHealthRecord(
                residentID: residentID.isEmpty ? "?" : residentID, consent: form["consent"] == "1", consentBy: form["consentBy"] ?? "",
                purpose: form["purpose"] ?? "", readings: form["readings"] ?? "", notes: form["notes"] ?? "")
            if !problems.isEmpty {
                do {
                    _ = try new.validate()
                } catch let failure as ValidationFailure {
                    problems += failure.errors
                }
                throw ValidationFailure(problems)
            }
            _ = try await store.healthStations.writeRecord(new, stationID: id, by: principal, clientAddress: context.clientAddress)
            return HealthStationRoute.station.path(id).query(["done": "record"]).fragment("records")
        } refused: { errors, fields in
            try await renderStation(id: id, context: context, errors: errors, which: .record, form: fields, status: .unprocessableContent)
        }
    }

    /// Opens one record in full, on this page only, once: the reason goes to the audit log.
    @Sendable func reveal(request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        let record = try context.parameters.require("record")
        return try await Reveal.onPage(request, context: context, needs: .manageServices) { principal, form in
            let content = try await store.healthStations.reveal(
                recordID: record, reason: form["reason"] ?? "", by: principal, clientAddress: context.clientAddress)
            return try await renderStation(
                id: id, context: context, revealedID: record, revealed: content, flash: context.strings["reveal_logged"])
        } refused: { errors, form in
            try await renderStation(id: id, context: context, errors: errors, which: .reveal, form: form.typed, status: .unprocessableContent)
        }
    }

    /// The resident withdraws consent: their records here keep their rows and lose their content.
    @Sendable func withdraw(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageServices)
        let id = try context.parameters.require("id")
        let record = try context.parameters.require("record")
        return try await Form.submit(request, context: context, as: principal) { _ in
            _ = try await store.healthStations.withdrawConsent(recordID: record, by: principal, clientAddress: context.clientAddress)
            return HealthStationRoute.station.path(id).query(["done": "withdrawn"]).fragment("records")
        } refused: { errors, _ in
            try await renderStation(id: id, context: context, errors: errors, status: .unprocessableContent)
        }
    }
}
