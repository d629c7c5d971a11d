import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// One aid project's page: its beneficiaries (the office takes residents in by ID number and out again; the running
/// organisation sees them masked) and its services, with a form to record one by ticking the beneficiaries served.
extension AidProjectPages {
    /// Which of the page's forms came back refused, so only that one shows what was typed and why.
    enum ProjectForm: String {
        case beneficiary, service, other
    }

    @Sendable func project(request: Request, context: AppRequestContext) async throws -> Response {
        let strings = context.strings
        let done = request.uri.queryParameters["done"].map(String.init) ?? ""
        let flash = ["added", "removed", "service"].contains(done) ? strings["aid_done_\(done)"] : nil
        return try await renderProject(id: try context.parameters.require("id"), context: context, flash: flash)
    }

    func renderProject(
        id: String, context: AppRequestContext, errors: [FieldError] = [], which: ProjectForm = .other, form: [String: String] = [:],
        flash: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try HealthStationPages.requireViewer(context)
        let strings = context.strings
        let office = principal.can(.manageServices)
        let project = try await store.aidProjects.project(id: id, by: principal)
        let beneficiaries = try await store.aidProjects.beneficiaries(projectID: id, by: principal)
        let services = try await store.aidProjects.services(projectID: id, by: principal, limit: 100)
        let invalid = HealthStationPages.invalid(errors, strings, clearer: HealthStationPages.clearer)
        let today = CalendarDay(containing: Date()).description
        let names = Dictionary(uniqueKeysWithValues: beneficiaries.map { ($0.residentID, $0.name) })

        var facts: [String: Any] = ["title": project.title, "partner": project.partnerName]
        facts["kind"] = strings["aid_kind_\(project.kind.rawValue)"]
        facts["categories"] = Self.categoryNames(project.careCategories, strings)
        facts["span"] = "\(project.startsOn) – \(project.endsOn)"
        let serviceTyped: [String: String] = which == .service ? form : ["day": today]
        let serviceInvalid: [String: String] = which == .service ? invalid : [:]
        let beneficiaryTyped: [String: String] = which == .beneficiary ? form : [:]
        let beneficiaryInvalid: [String: String] = which == .beneficiary ? invalid : [:]

        var model: [String: Any] = [:]
        model["project"] = facts
        model["projectID"] = project.id
        model["office"] = office
        model["today"] = today
        model["beneficiaries"] = beneficiaries.map { beneficiary -> [String: Any] in
            [
                "residentID": beneficiary.residentID, "name": beneficiary.name, "addedOn": beneficiary.addedOn,
                "received": beneficiary.servicesReceived, "checked": serviceTyped["r_\(beneficiary.residentID)"] == "1",
            ]
        }
        model["hasBeneficiaries"] = !beneficiaries.isEmpty
        model["services"] = services.map { service -> [String: Any] in
            let served = service.residentIDs.compactMap { names[$0] }
            return [
                "day": service.day, "note": Display.shown(service.note), "count": service.residentIDs.count,
                "names": served.joined(separator: strings["afterschool_list_separator"]), "by": service.recordedBy,
            ]
        }
        model["hasServices"] = !services.isEmpty
        model["serviceForm"] = serviceTyped
        model["serviceInvalid"] = serviceInvalid
        model["beneficiaryForm"] = beneficiaryTyped
        model["beneficiaryInvalid"] = beneficiaryInvalid
        model["fieldErrors"] = HealthStationPages.fieldErrors(errors, strings, clearer: HealthStationPages.clearer)
        return pages.page("aidProject", title: project.title, model: model, context: context, status: status, flash: flash)
    }

    // MARK: - Forms

    /// A resident taken in, found by ID number in the office's registry.
    @Sendable func addBeneficiary(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageServices)
        let id = try context.parameters.require("id")
        return try await Form.submit(request, context: context, as: principal) { form in
            let residentID = try await HealthStationPages.residentID(idNumber: form["idNumber"] ?? "", principal: principal, store: store)
            _ = try await store.aidProjects.addBeneficiary(
                projectID: id, residentID: residentID, by: principal, clientAddress: context.clientAddress)
            return AidProjectRoute.project.path(id).query(["done": "added"]).fragment("beneficiaries")
        } refused: { errors, fields in
            try await renderProject(id: id, context: context, errors: errors, which: .beneficiary, form: fields, status: .unprocessableContent)
        }
    }

    @Sendable func removeBeneficiary(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageServices)
        let id = try context.parameters.require("id")
        let resident = try context.parameters.require("resident")
        return try await Form.submit(request, context: context, as: principal) { _ in
            try await store.aidProjects.removeBeneficiary(
                projectID: id, residentID: resident, by: principal, clientAddress: context.clientAddress)
            return AidProjectRoute.project.path(id).query(["done": "removed"]).fragment("beneficiaries")
        } refused: { errors, _ in
            try await renderProject(id: id, context: context, errors: errors, status: .unprocessableContent)
        }
    }

    /// A service, by the office or the running organisation: the beneficiaries served are the boxes ticked.
    @Sendable func recordService(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try HealthStationPages.requireViewer(context)
        let id = try context.parameters.require("id")
        return try await Form.submit(request, context: context, as: principal) { form in
            let served = form.fields.filter { $0.key.hasPrefix("r_") && $0.value == "1" }.map { String($0.key.dropFirst(2)) }.sorted()
            _ = try await store.aidProjects.recordService(
                NewAidService(day: form["day"] ?? "", residentIDs: served, note: form["note"] ?? ""), projectID: id, by: principal)
            return AidProjectRoute.project.path(id).query(["done": "service"]).fragment("services")
        } refused: { errors, fields in
            try await renderProject(id: id, context: context, errors: errors, which: .service, form: fields, status: .unprocessableContent)
        }
    }
}
