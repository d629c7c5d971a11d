import DoorstepCore
import DoorstepExchange
import DoorstepStore
import Hummingbird

/// The registry on the pages: buildings and their households, residents masked, exact search, the resident
/// form with a message under each bad field, and the reveal form that asks for a reason.
struct RegistryPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(RegistryRoute.overview, use: overview)
        router.get(RegistryRoute.residentList, use: residentList)
        router.get(RegistryRoute.exportBuildingsCSV, use: RegistryAPI(store: store).exportBuildings)
        router.get(RegistryRoute.exportBuildingsXLSX, use: RegistryAPI(store: store).exportBuildings)
        router.post(RegistryRoute.search, use: search)
        router.get(RegistryRoute.building, use: building)
        router.post(RegistryRoute.moveBuilding, use: moveBuilding)
        router.post(RegistryRoute.createHousehold, use: createHousehold)
        router.get(RegistryRoute.newResident, use: newResident)
        router.post(RegistryRoute.residentList, use: createResident)
        router.get(RegistryRoute.resident, use: resident)
        router.post(RegistryRoute.reveal, use: reveal)
        router.post(RegistryRoute.correct, use: correct)
        router.post(RegistryRoute.linkAccount, use: linkAccount)
        router.get(RegistryRoute.exportResidentsCSV, use: exportMasked)
        router.get(RegistryRoute.exportResidentsXLSX, use: exportMasked)
        router.post(RegistryRoute.exportResidentsCSV, use: exportUnmasked)
        router.post(RegistryRoute.exportResidentsXLSX, use: exportUnmasked)
    }

    @Sendable func overview(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderOverview(context: context, query: [:], found: nil, request: request)
    }

    @Sendable func search(request: Request, context: AppRequestContext) async throws -> Response {
        // A POST, so the numbers searched for stay out of addresses, browser history and access logs.
        let principal = try context.require(.viewRegistry)
        let form = try await Form.checked(request, context: context)
        // A role that sees names masked does not search by them (the field is not on its form either).
        let name = principal.role.seesNames ? form["name"].flatMap { $0.isEmpty ? nil : $0 } : nil
        let idNumber = form["idNumber"].flatMap { $0.isEmpty ? nil : $0 }
        let phone = form["phone"].flatMap { $0.isEmpty ? nil : $0 }
        var found: [Resident]
        do {
            if let name, idNumber == nil, phone == nil {
                found = try await store.residents.find(name: name, for: principal, limit: Self.nameMatches + 1)
            } else {
                found = try await store.residents.find(idNumber: idNumber, phone: phone, for: principal)
                if let name { found = found.filter { $0.name.contains(name) } }
            }
        } catch is ValidationFailure {
            found = []
        }
        return try await renderOverview(
            context: context, query: ["name": name ?? "", "idNumber": idNumber ?? "", "phone": phone ?? ""], found: found)
    }

    private func renderOverview(
        context: AppRequestContext, query: [String: String], found: [Resident]?, request: Request? = nil,
        errors: [FieldError] = [], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.require(.viewRegistry)
        let grids = try await gridNames(for: principal)
        var model: [String: Any] = [
            "query": query,
            "canExportInFull": principal.role.revealableFields.isSuperset(of: [.idNumber, .phone, .careCategories]),
            "canImport": principal.can(.editRegistry),
            "searchByName": principal.role.seesNames,
        ]
        let buildings = try await store.buildings.buildings(for: principal)
        let paging = request.map { Paging($0, total: buildings.count) } ?? Paging(page: 1, total: buildings.count)
        model["buildings"] = paging.slice(buildings).map {
            ["id": $0.id, "name": $0.name, "address": $0.address, "gridName": grids[$0.gridCode] ?? $0.gridCode]
        }
        model["pager"] = paging.model(path: RegistryRoute.overview.path(), strings: context.strings)
        let open = try await store.residents.openRequestCount(for: principal)
        if open > 0 { model["openRequests"] = String(open) }
        if let found {
            model["searched"] = true
            model["residents"] = found.prefix(Self.nameMatches).map { Self.row($0, context.strings) }
            model["hasResidents"] = !found.isEmpty
            if found.count > Self.nameMatches {
                model["tooMany"] = context.strings.format("registry_too_many", ["n": String(Self.nameMatches)])
            }
        }
        model["fieldErrors"] = Display.fieldErrors(errors, context.strings)
        return pages.page("registry", title: context.strings["registry_title"], model: model, context: context, status: status)
    }

    @Sendable func building(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderBuilding(id: try context.parameters.require("id"), context: context)
    }

    /// A building's units, each with its households and their residents (masked), and for staff the form that
    /// moves the building to another grid.
    private func renderBuilding(
        id: String, context: AppRequestContext, errors: [FieldError] = [], status: HTTPResponse.Status = .ok,
        flash: String? = nil
    ) async throws -> Response {
        let principal = try context.require(.viewRegistry)
        let building = try await store.buildings.building(id: id, for: principal)
        let households = try await store.buildings.households(buildingID: building.id, for: principal)
        let residents = try await store.residents.residents(inBuilding: building.id, for: principal)
        let grids = try await store.territory.grids(for: principal)
        let estate = try await store.estates.estates(for: principal).first { $0.id == building.estateID }
        let canEdit = principal.can(.editRegistry)
        var units: [String] = []
        for household in households where !units.contains(household.unit) { units.append(household.unit) }
        let model: [String: Any] = [
            "building": ["id": building.id, "name": building.name, "address": building.address],
            "gridName": grids.first { $0.code == building.gridCode }?.name ?? building.gridCode,
            "estateName": estate?.name ?? "—",
            "units": units.map { unit in
                [
                    "unit": unit.isEmpty ? "—" : unit,
                    "households": households.filter { $0.unit == unit }.map { household -> [String: Any] in
                        let members = residents.filter { $0.householdID == household.id }
                        return [
                            "id": household.id, "room": household.room, "residents": members.map { Self.row($0, context.strings) },
                            "hasResidents": !members.isEmpty, "canEdit": canEdit,
                        ]
                    },
                ] as [String: Any]
            },
            "hasHouseholds": !households.isEmpty,
            "canMove": canEdit && grids.count > 1,
            "canEdit": canEdit,
            "grids": grids.filter { $0.code != building.gridCode }.map { ["code": $0.code, "name": $0.name] },
            "fieldErrors": Display.fieldErrors(errors, context.strings),
        ]
        return pages.page("building", title: building.name, model: model, context: context, status: status, flash: flash)
    }

    @Sendable func createHousehold(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.editRegistry)
        let id = try context.parameters.require("id")
        let form = try await Form.checked(request, context: context)
        do {
            let household = try await store.buildings.createHousehold(
                buildingID: id, unit: form["unit"] ?? "", room: form["room"] ?? "", by: principal)
            return try await renderBuilding(
                id: id, context: context,
                flash: context.strings.format("household_added", ["room": "\(household.unit) \(household.room)"]))
        } catch let failure as ValidationFailure {
            return try await renderBuilding(id: id, context: context, errors: failure.errors, status: .unprocessableContent)
        }
    }

    @Sendable func moveBuilding(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.editRegistry)
        let id = try context.parameters.require("id")
        let form = try await Form.checked(request, context: context)
        do {
            let moved = try await store.buildings.move(
                id, toGrid: form["gridCode"] ?? "", reason: form["reason"] ?? "", by: principal)
            let name = try await store.territory.grids(for: principal).first { $0.code == moved.gridCode }?.name ?? moved.gridCode
            return try await renderBuilding(
                id: id, context: context, flash: context.strings.format("building_moved", ["grid": name]))
        } catch let failure as ValidationFailure {
            return try await renderBuilding(id: id, context: context, errors: failure.errors, status: .unprocessableContent)
        }
    }

    @Sendable func resident(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderResident(id: try context.parameters.require("id"), context: context)
    }

    /// Where the resident lives, named for the viewer (社区 · 网格 · 楼栋 单元 房号), and who else is in the household.
    private func household(
        of resident: Resident, buildingID: String, principal: Principal, strings: Strings
    ) async throws -> [String: Any] {
        let building = try await store.buildings.building(id: buildingID, for: principal)
        let room = try await store.buildings.households(buildingID: buildingID, for: principal).first { $0.id == resident.householdID }
        let community = TerritoryCode.communityCode(of: building.gridCode) ?? building.gridCode
        let names = try await store.territory.placeNames(communities: [community], grids: [building.gridCode])
        let address = Household.label(building: building.name, unit: room?.unit ?? "", room: room?.room ?? "")
        let others = try await store.residents.residents(inBuilding: buildingID, for: principal)
            .filter { $0.householdID == resident.householdID && $0.id != resident.id }
        return [
            "address": names.name(community: community, grid: building.gridCode, address: address, for: principal.scope),
            "addressCode": building.gridCode,
            "householdMembers": others.map {
                ["name": $0.name, "relation": strings.relation($0.relationToHead), "href": RegistryRoute.resident.path($0.id)] as [String: Any]
            },
            "hasHouseholdMembers": !others.isEmpty,
        ]
    }

    private func renderResident(
        id: String, context: AppRequestContext, status: HTTPResponse.Status = .ok, revealed: (PersonalField, String)? = nil,
        errors: [FieldError] = [], flash: String? = nil
    ) async throws -> Response {
        let principal = try context.require(.viewRegistry)
        let strings = context.strings
        let resident = try await store.residents.resident(id: id, for: principal)
        let fields = PersonalField.allCases.filter { principal.role.revealableFields.contains($0) }
        let buildingID = try await store.buildings.buildingID(ofHousehold: resident.householdID, for: principal)
        var model: [String: Any] = [
            "buildingID": buildingID ?? "",
            "resident": [
                "id": resident.id, "name": resident.name, "idNumberMasked": resident.idNumberMasked,
                "phoneMasked": resident.phoneMasked ?? "—",
                "ageBand": resident.ageBand.map { strings.format("resident_ageBand_value", ["band": $0]) } ?? "—",
                "relationToHead": strings.relation(resident.relationToHead),
            ],
            "sex": resident.sex.map { strings["sex_\($0.rawValue)"] } ?? "—",
            "status": strings["status_\(resident.residenceStatus.rawValue)"],
            "care": strings[resident.hasCareCategories ? "care_recorded" : "care_none"],
            "canReveal": !fields.isEmpty,
            "fields": fields.map { ["code": $0.rawValue, "name": strings["personal_\($0.rawValue)"]] },
            "fieldErrors": Display.fieldErrors(errors, strings),
            "canEdit": principal.can(.editRegistry) && resident.name != ResidentStore.anonymisedName,
            "correctable": CorrectableField.allCases.filter { $0 != .other }.map {
                ["code": $0.rawValue, "name": strings["correctable_\($0.rawValue)"]]
            },
        ]
        if let buildingID {
            model.merge(try await household(of: resident, buildingID: buildingID, principal: principal, strings: strings)) { $1 }
        }
        if let (field, value) = revealed {
            let shown =
                field == .careCategories
                ? value.split(separator: ",").map { strings["care_\($0)"] }.joined(separator: "、") : value
            model["revealed"] = ["label": strings["personal_\(field.rawValue)"], "value": shown.isEmpty ? "—" : shown]
        }
        return pages.page(
            "residentDetail", title: resident.name, model: model, context: context, status: status, flash: flash)
    }

    @Sendable func reveal(request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        return try await Reveal.onPage(request, context: context, needs: .viewRegistry) { principal, form in
            guard let field = form["field"].flatMap(PersonalField.init(rawValue:)) else { throw AppError.badRequest }
            let value = try await store.residents.reveal(
                field, of: id, reason: form["reason"] ?? "", by: principal, clientAddress: context.clientAddress)
            return try await renderResident(id: id, context: context, revealed: (field, value))
        } refused: { errors, _ in
            try await renderResident(id: id, context: context, status: .unprocessableContent, errors: errors)
        }
    }

    /// Staff correct one field; the record is checked as a whole, and a refusal names the field on the page.
    @Sendable func correct(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.editRegistry)
        let id = try context.parameters.require("id")
        let form = try await Form.checked(request, context: context)
        do {
            guard let field = form["field"].flatMap(CorrectableField.init(rawValue:)), field != .other else {
                throw ValidationFailure([FieldError("field", .required)])
            }
            let reason = form["reason"].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
            _ = try await store.residents.correct(
                id, changes: [field: form["value"] ?? ""], reason: reason, by: principal, clientAddress: context.clientAddress)
            return try await renderResident(id: id, context: context, flash: context.strings["correct_done"])
        } catch let failure as ValidationFailure {
            return try await renderResident(id: id, context: context, status: .unprocessableContent, errors: failure.errors)
        }
    }

    @Sendable func linkAccount(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.editRegistry)
        let id = try context.parameters.require("id")
        let form = try await Form.checked(request, context: context)
        do {
            try await store.residents.linkAccount(
                username: form["username"] ?? "", idNumber: form["idNumber"] ?? "", toResident: id, by: principal,
                clientAddress: context.clientAddress)
            return try await renderResident(id: id, context: context, flash: context.strings["link_done"])
        } catch let failure as ValidationFailure {
            return try await renderResident(id: id, context: context, status: .unprocessableContent, errors: failure.errors)
        }
    }

    @Sendable func newResident(request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.require(.editRegistry)
        let household = request.uri.queryParameters["household"].map(String.init) ?? ""
        return try await renderForm(context: context, fields: ["householdID": household, "residenceStatus": "registered"])
    }

    private func renderForm(
        context: AppRequestContext, fields: [String: String], errors: [FieldError] = [],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let strings = context.strings
        var invalid: [String: String] = [:]
        for error in errors where invalid[error.field] == nil { invalid[error.field] = strings.message(for: error.problem) }
        let model: [String: Any] = [
            "form": fields, "invalid": invalid,
            "fieldErrors": Display.fieldErrors(errors, strings),
            "statusOptions": ResidenceStatus.allCases.map {
                ["code": $0.rawValue, "name": strings["status_\($0.rawValue)"], "selected": fields["residenceStatus"] == $0.rawValue]
            },
            "careOptions": CareCategory.allCases.map {
                ["code": $0.rawValue, "name": strings["care_\($0.rawValue)"], "checked": fields["care_\($0.rawValue)"] == "1"]
            },
        ]
        return pages.page("residentForm", title: strings["resident_new_title"], model: model, context: context, status: status)
    }

    @Sendable func createResident(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.editRegistry)
        let form = try await Form.checked(request, context: context)
        let input = ResidentInput(
            householdID: form["householdID"], name: form["name"], idNumber: form["idNumber"], phone: form["phone"],
            relationToHead: form["relationToHead"], residenceStatus: form["residenceStatus"],
            careCategories: CareCategory.allCases.map(\.rawValue).filter { form["care_\($0)"] == "1" })
        do {
            let resident = try await store.residents.create(try input.validated(), by: principal)
            return redirect(to: RegistryRoute.resident.path(resident.id))
        } catch let failure as ValidationFailure {
            return try await renderForm(
                context: context, fields: form.typed, errors: failure.errors,
                status: .unprocessableContent)
        }
    }

    /// A name search shows this many; more means the name typed is too short to tell people apart.
    static let nameMatches = 50

    /// Everyone in the caller's scope (or one grid of it), fifty to a page, in registry order.
    @Sendable func residentList(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewRegistry)
        let strings = context.strings
        let grids = try await store.territory.grids(for: principal)
        let grid = request.uri.queryParameters["grid"].map(String.init).flatMap { code in grids.contains { $0.code == code } ? code : nil }
        let paging = Paging(request, total: try await store.residents.count(for: principal, gridCode: grid))
        let residents = try await store.residents.page(for: principal, gridCode: grid, offset: paging.offset, limit: Paging.size)
        let model: [String: Any] = [
            "residents": residents.map { Self.row($0, strings) }, "hasResidents": !residents.isEmpty,
            "grids": grids.map { ["code": $0.code, "name": $0.name, "selected": $0.code == grid] as [String: Any] },
            "pager": paging.model(path: RegistryRoute.residentList.path(), query: ["grid": grid ?? ""], strings: strings),
        ]
        return pages.page("residents", title: strings["registry_residents"], model: model, context: context)
    }

    /// The same export as the API's, for the signed-in page user: masked, logged.
    @Sendable func exportMasked(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewRegistry)
        let rows = try await store.residents.export(for: principal, clientAddress: context.clientAddress)
        return RegistryAPI.download(rows, masked: true, path: request.uri.path, strings: context.strings)
    }

    /// In full, with the reason from the form; a missing reason comes back to the page with the problem named.
    @Sendable func exportUnmasked(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewRegistry)
        let form = try await Form.checked(request, context: context)
        do {
            let rows = try await store.residents.export(
                for: principal, unmaskedReason: form["reason"] ?? "", clientAddress: context.clientAddress)
            return RegistryAPI.download(rows, masked: false, path: request.uri.path, strings: context.strings)
        } catch let failure as ValidationFailure {
            return try await renderOverview(
                context: context, query: [:], found: nil, errors: failure.errors, status: .unprocessableContent)
        }
    }

    private func gridNames(for principal: Principal) async throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try await store.territory.grids(for: principal).map { ($0.code, $0.name) })
    }

    static func row(_ resident: Resident, _ strings: Strings) -> [String: Any] {
        [
            "id": resident.id, "name": resident.name, "idNumberMasked": resident.idNumberMasked,
            "phoneMasked": resident.phoneMasked ?? "—", "relationToHead": strings.relation(resident.relationToHead),
        ]
    }
}
