import DoorstepCore
import DoorstepExchange
import DoorstepStore
import Foundation
import Hummingbird
import NIOFoundationCompat

/// Buildings, households and residents within the caller's scope. Personal fields are masked; the full value of
/// one comes from `POST /residents/{id}/reveal` with a reason, which is audited.
struct RegistryAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(RegistryAPIRoute.buildings, use: buildings)
        router.post(RegistryAPIRoute.buildings, use: createBuilding)
        router.get(RegistryAPIRoute.building, use: building)
        router.get(RegistryAPIRoute.households, use: households)
        router.post(RegistryAPIRoute.moveBuilding, use: moveBuilding)
        router.get(RegistryAPIRoute.buildingsTemplateCSV, use: template)
        router.get(RegistryAPIRoute.buildingsTemplateXLSX, use: template)
        router.post(RegistryAPIRoute.importBuildings, use: importFile)
        router.get(RegistryAPIRoute.exportBuildingsCSV, use: exportBuildings)
        router.get(RegistryAPIRoute.exportBuildingsXLSX, use: exportBuildings)
        router.post(RegistryAPIRoute.createHousehold, use: createHousehold)
        router.get(RegistryAPIRoute.residents, use: residents)
        router.post(RegistryAPIRoute.residents, use: createResident)
        router.get(RegistryAPIRoute.resident, use: resident)
        router.post(RegistryAPIRoute.reveal, use: reveal)
        router.get(RegistryAPIRoute.residentsTemplateCSV, use: template)
        router.get(RegistryAPIRoute.residentsTemplateXLSX, use: template)
        router.post(RegistryAPIRoute.importResidents, use: importFile)
        router.get(RegistryAPIRoute.exportResidentsCSV, use: exportMasked)
        router.get(RegistryAPIRoute.exportResidentsXLSX, use: exportMasked)
        router.post(RegistryAPIRoute.exportResidentsCSV, use: exportUnmasked)
        router.post(RegistryAPIRoute.exportResidentsXLSX, use: exportUnmasked)
    }

    struct BuildingInput: Decodable, Sendable {
        var gridCode: String?
        var name: String?
        var address: String?
        var latitude: Double?
        var longitude: Double?
        var estateID: String?
    }

    @Sendable func createBuilding(request: Request, context: AppRequestContext) async throws -> EditedResponse<Building> {
        let principal = try context.require(.editRegistry)
        let body = try await request.decodeJSON(as: BuildingInput.self, context: context)
        let building = try await store.buildings.createBuilding(
            gridCode: body.gridCode ?? "", name: body.name ?? "", address: body.address ?? "", latitude: body.latitude,
            longitude: body.longitude, estateID: body.estateID, by: principal)
        return EditedResponse(status: .created, response: building)
    }

    struct MoveInput: Decodable, Sendable {
        var gridCode: String?
        var reason: String?
    }

    /// Moves a building, with everyone in it, to another grid (audited with the reason).
    @Sendable func moveBuilding(request: Request, context: AppRequestContext) async throws -> Building {
        let principal = try context.require(.editRegistry)
        let body = try await request.decodeJSON(as: MoveInput.self, context: context)
        return try await store.buildings.move(
            try context.parameters.require("id"), toGrid: body.gridCode ?? "", reason: body.reason ?? "", by: principal)
    }

    @Sendable func buildings(request: Request, context: AppRequestContext) async throws -> ListPage<Building> {
        let grid = request.uri.queryParameters["grid"].map(String.init)
        return ListPage(try await store.buildings.buildings(for: try context.require(.viewRegistry), gridCode: grid))
    }

    @Sendable func building(request: Request, context: AppRequestContext) async throws -> Building {
        try await store.buildings.building(id: try context.parameters.require("id"), for: try context.require(.viewRegistry))
    }

    @Sendable func households(request: Request, context: AppRequestContext) async throws -> ListPage<Household> {
        let principal = try context.require(.viewRegistry)
        let id = try context.parameters.require("id")
        _ = try await store.buildings.building(id: id, for: principal)
        return ListPage(try await store.buildings.households(buildingID: id, for: principal))
    }

    struct HouseholdInput: Decodable, Sendable {
        var buildingID: String?
        var unit: String?
        var room: String?
    }

    @Sendable func createHousehold(request: Request, context: AppRequestContext) async throws -> EditedResponse<Household> {
        let principal = try context.require(.editRegistry)
        let body = try await request.decodeJSON(as: HouseholdInput.self, context: context)
        let household = try await store.buildings.createHousehold(
            buildingID: body.buildingID ?? "", unit: body.unit ?? "", room: body.room ?? "", by: principal)
        return EditedResponse(status: .created, response: household)
    }

    /// A page of residents; with `idNumber` or `phone`, an exact search through the keyed hash instead.
    @Sendable func residents(request: Request, context: AppRequestContext) async throws -> ListPage<Resident> {
        let principal = try context.require(.viewRegistry)
        let query = request.uri.queryParameters
        if let idNumber = query["idNumber"].map(String.init) {
            return ListPage(try await store.residents.find(idNumber: idNumber, for: principal))
        }
        if let phone = query["phone"].map(String.init) {
            return ListPage(try await store.residents.find(phone: phone, for: principal))
        }
        let asked = ListQuery(request)
        let items = try await store.residents.list(
            for: principal, gridCode: query["grid"].map(String.init), after: asked.cursor, limit: asked.limit)
        return ListPage(keyed: items, asked: asked, key: \.id)
    }

    @Sendable func resident(request: Request, context: AppRequestContext) async throws -> Resident {
        try await store.residents.resident(id: try context.parameters.require("id"), for: try context.require(.viewRegistry))
    }

    @Sendable func createResident(request: Request, context: AppRequestContext) async throws -> EditedResponse<Resident> {
        let principal = try context.require(.editRegistry)
        let input = try await request.decodeJSON(as: ResidentInput.self, context: context)
        let resident = try await store.residents.create(try input.validated(), by: principal)
        return EditedResponse(status: .created, response: resident)
    }

    struct Revealed: ResponseEncodable, Sendable {
        var field: PersonalField
        var value: String
    }

    @Sendable func reveal(request: Request, context: AppRequestContext) async throws -> Revealed {
        try await Reveal.overAPI(request, context: context, needs: .viewRegistry) { principal, asked in
            guard let field = asked.field.flatMap(PersonalField.init(rawValue:)) else {
                throw AppError.validation([FieldError("field", .unknownValue(allowed: PersonalField.allCases.map(\.rawValue)))])
            }
            let value = try await store.residents.reveal(
                field, of: try context.parameters.require("id"), reason: asked.reason ?? "", by: principal,
                clientAddress: context.clientAddress)
            return Revealed(field: field, value: value)
        }
    }
}

extension RegistryAPI {
    /// The kind of sheet an address is about: `/residents/…`, `/buildings/…` or `/party/members/…`.
    static func kind(of path: String) -> ImportKind {
        path.contains("/buildings/") ? .buildings : path.contains("/members/") ? .members : .residents
    }

    /// The import template with its Chinese headers and an example row, as CSV or XLSX.
    @Sendable func template(request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.require(.viewRegistry)
        let kind = Self.kind(of: request.uri.path)
        return SheetFiles.download(
            kind.templateRows, as: SheetFormat(path: request.uri.path), name: "\(kind.rawValue)-template",
            sheetName: context.strings["import_sheet_\(kind.rawValue)"])
    }

    /// Imports a CSV or XLSX body (told apart by its bytes, up to 64 MiB): all rows or none, every bad row named.
    @Sendable func importFile(request: Request, context: AppRequestContext) async throws -> ImportSummary {
        let kind = Self.kind(of: request.uri.path)
        let principal = try context.require(kind.permission)
        let buffer = try await SheetFiles.collect(request)
        let run = try kind.prepare(
            try SheetFiles.records(Data(buffer: buffer)), store: store, by: principal)
        return try await run { _ in }
    }

    @Sendable func exportBuildings(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewRegistry)
        return SheetFiles.download(
            [BuildingSheet.header] + (try await store.buildings.exportRows(for: principal)),
            as: SheetFormat(path: request.uri.path), name: "buildings", sheetName: context.strings["import_sheet_buildings"])
    }
}

extension RegistryAPI {
    /// The residents of the caller's scope as CSV or XLSX, masked. Logged.
    @Sendable func exportMasked(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewRegistry)
        let rows = try await store.residents.export(for: principal, clientAddress: context.clientAddress)
        return Self.download(rows, masked: true, path: request.uri.path, strings: context.strings)
    }

    struct ExportInput: Decodable, Sendable {
        var reason: String?
    }

    /// The same, in full: for roles that may see every personal field, with a reason in the body (never in the
    /// address). Logged with the reason.
    @Sendable func exportUnmasked(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewRegistry)
        let body = try await request.decodeJSON(as: ExportInput.self, context: context)
        let rows = try await store.residents.export(
            for: principal, unmaskedReason: body.reason ?? "", clientAddress: context.clientAddress)
        return Self.download(rows, masked: false, path: request.uri.path, strings: context.strings)
    }

    static func download(_ rows: [[String]], masked: Bool, path: String, strings: Strings) -> Response {
        SheetFiles.download(
            [ResidentSheet.header] + rows, as: SheetFormat(path: path), name: masked ? "residents-masked" : "residents",
            sheetName: strings["import_sheet_residents"])
    }
}

extension ImportSummary: ResponseEncodable {}
extension Building: ResponseEncodable {}
extension Household: ResponseEncodable {}
extension Resident: ResponseEncodable {}
