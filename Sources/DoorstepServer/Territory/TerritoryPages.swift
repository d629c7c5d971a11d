import DoorstepCore
import DoorstepStore
import Hummingbird

/// The territory the signed-in account answers for, as a tree, and a page per community and grid. Anything
/// outside the account's scope is a 404, like something that does not exist.
struct TerritoryPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(TerritoryRoute.tree, use: tree)
        router.get(TerritoryRoute.community, use: community)
        router.get(TerritoryRoute.grid, use: grid)
        router.post(TerritoryRoute.grid, use: updateGrid)
        router.post(TerritoryRoute.createBuilding, use: createBuilding)
        router.post(TerritoryRoute.addWorker, use: addWorker)
        router.post(TerritoryRoute.createEstate, use: createEstate)
    }

    @Sendable func tree(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewTerritory)
        let streets = try await store.territory.streets(for: principal)
        let communities = try await store.territory.communities(for: principal)
        let grids = try await store.territory.grids(for: principal)
        // A grid worker's street and community are the frame of their grid, even outside a street scope.
        let streetRows: [[String: Any]] = Set(communities.map(\.streetCode)).sorted().map { streetCode in
            [
                "code": streetCode,
                "name": streets.first(where: { $0.code == streetCode })?.name ?? "",
                "communities": communities.filter { $0.streetCode == streetCode }.map { community in
                    [
                        "code": community.code, "name": community.name,
                        "grids": grids.filter { $0.communityCode == community.code }.map {
                            ["code": $0.code, "name": $0.name]
                        },
                    ] as [String: Any]
                },
            ]
        }
        return pages.page(
            "territory", title: context.strings["territory_title"], model: ["streets": streetRows], context: context)
    }

    @Sendable func community(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderCommunity(code: try context.parameters.require("code"), context: context)
    }

    private func renderCommunity(
        code: String, context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:],
        status: HTTPResponse.Status = .ok, flash: String? = nil
    ) async throws -> Response {
        let principal = try context.require(.viewTerritory)
        let community = try await store.territory.community(code: code, for: principal)
        let grids = try await store.territory.grids(for: principal, communityCode: code)
        var model: [String: Any] = [
            "community": ["code": community.code, "name": community.name],
            "grids": grids.map { ["code": $0.code, "name": $0.name] },
            "fieldErrors": Display.fieldErrors(errors, context.strings), "form": form,
        ]
        if principal.can(.viewRegistry) {
            let buildings = try await store.buildings.buildings(for: principal)
            let estates = try await store.estates.estates(for: principal).filter { $0.communityCode == code }
            model["showEstates"] = true
            model["estates"] = estates.map { estate in
                [
                    "name": estate.name, "address": estate.address,
                    "buildings": buildings.filter { $0.estateID == estate.id }.count,
                ] as [String: Any]
            }
            model["canAddEstate"] = principal.can(.editRegistry) && principal.scope.level != .grid
        }
        return pages.page("community", title: community.name, model: model, context: context, status: status, flash: flash)
    }

    @Sendable func createEstate(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.editRegistry)
        let code = try context.parameters.require("code")
        let form = try await Form.checked(request, context: context)
        do {
            _ = try await store.estates.create(
                communityCode: code, name: form["name"] ?? "", address: form["address"] ?? "", by: principal)
            return try await renderCommunity(code: code, context: context, flash: context.strings["estate_created"])
        } catch let failure as ValidationFailure {
            return try await renderCommunity(
                code: code, context: context, errors: failure.errors, form: form.typed,
                status: .unprocessableContent)
        }
    }

    @Sendable func grid(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderGrid(code: try context.parameters.require("code"), context: context)
    }

    /// Which of the grid page's two forms came back with problems, and what was typed into it.
    enum GridForm { case settings, building, worker }

    private func renderGrid(
        code: String, context: AppRequestContext, refused: (GridForm, [FieldError], [String: String])? = nil,
        status: HTTPResponse.Status = .ok, flash: String? = nil
    ) async throws -> Response {
        let principal = try context.require(.viewTerritory)
        let grid = try await store.territory.grid(code: code, for: principal)
        let community = try await store.territory.community(code: grid.communityCode, for: principal)
        let strings = context.strings
        let counts = try await store.buildings.counts(gridCode: grid.code, for: principal)
        let workers = try await store.gridWorkers.workers(for: principal, gridCode: grid.code)
        let branches = principal.can(.viewParty)
            ? try await store.party.orgs(for: principal).filter { $0.gridCodes.contains(grid.code) }.map(\.name) : []
        let hubs = principal.can(.viewParty) ? try await store.hubs.hubs(for: principal, gridCode: grid.code) : []
        let buildings = principal.can(.viewRegistry) ? try await store.buildings.buildings(for: principal, gridCode: grid.code) : []
        // Where each hub is (building, unit, room): what a grid worker needs to find it, names or not.
        var hubPlaces: [String: String] = [:]
        if principal.can(.viewRegistry) {
            for hub in hubs {
                guard let buildingID = try await store.buildings.buildingID(ofHousehold: hub.householdID, for: principal),
                    let building = buildings.first(where: { $0.id == buildingID }),
                    let household = try await store.buildings.households(buildingID: buildingID, for: principal)
                        .first(where: { $0.id == hub.householdID })
                else { continue }
                hubPlaces[hub.id] = "\(building.name) \(household.unit) \(household.room)"
            }
        }
        var settingsForm = [
            "name": grid.name, "householdTarget": grid.householdTarget.map(String.init) ?? "",
            "boundary": grid.boundary?.geoJSON ?? "",
        ]
        var buildingForm: [String: String] = [:]
        var workerForm: [String: String] = ["fullTime": "1"]
        switch refused?.0 {
        case .settings?: settingsForm = refused!.2
        case .building?: buildingForm = refused!.2
        case .worker?: workerForm = refused!.2
        case nil: break
        }
        /// The refusal of one of the grid's forms, or false for the others.
        func errorBlock(_ form: GridForm) -> Any {
            guard let errors = refused.flatMap({ $0.0 == form ? $0.1 : nil }) else { return false }
            return ["fieldErrors": Display.fieldErrors(errors, strings)]
        }
        let memberNames: [String: String] =
            principal.can(.viewPartyMembers)
            ? Dictionary(try await store.party.members(for: principal).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            : [:]
        var model: [String: Any] = [
            "grid": ["code": grid.code, "name": grid.name],
            "target": grid.householdTarget.map { target in
                target == 0 ? "0" : strings.format("grid_target_progress", [
                    "target": String(target), "percent": String(Int((Double(counts.households) / Double(target) * 100).rounded())),
                ])
            } ?? "—",
            "showBuildings": principal.can(.viewRegistry),
            "buildings": buildings.map { ["id": $0.id, "name": $0.name, "address": $0.address] },
            "hubs": hubs.map { hub in
                ["member": memberNames[hub.memberID] ?? "—", "place": hubPlaces[hub.id] ?? "", "linked": hub.linkedHouseholdIDs.count]
                    as [String: Any]
            },
            "hasHubs": !hubs.isEmpty,
            "canManage": principal.can(.manageTerritory),
            "canAddBuilding": principal.can(.editRegistry),
            "estates": principal.can(.viewRegistry)
                ? try await store.estates.estates(for: principal).filter { $0.communityCode == grid.communityCode }
                    .map { ["id": $0.id, "name": $0.name, "selected": buildingForm["estateID"] == $0.id] as [String: Any] }
                : [],
            "form": settingsForm,
            "buildingForm": buildingForm,
            // Each form shows its own problems: the partial reads these keys from the block it is rendered in.
            "settingsErrors": errorBlock(.settings),
            "buildingErrors": errorBlock(.building),
            "workerErrors": errorBlock(.worker),
            "canAddWorker": principal.can(.manageAccounts),
            "workerForm": workerForm,
            "community": ["code": community.code, "name": community.name],
            "showAccounts": principal.can(.viewAccounts),
            "figures": [
                ["label": strings["grid_buildings"], "value": counts.buildings],
                ["label": strings["grid_households"], "value": counts.households],
                ["label": strings["grid_residents"], "value": counts.residents],
                ["label": strings["grid_full_time"], "value": workers.filter(\.fullTime).count],
                ["label": strings["grid_part_time"], "value": workers.filter { !$0.fullTime }.count],
                ["label": strings["grid_hubs"], "value": hubs.count],
            ],
            "workers": workers.map {
                [
                    "name": $0.name,
                    "kind": strings[$0.fullTime ? "grid_worker_full" : "grid_worker_part"]
                        + ($0.isLeader ? " · " + strings["grid_leader"] : ""),
                ]
            },
            "hasWorkers": !workers.isEmpty,
            "branches": branches.joined(separator: "、"),
            "hasBranches": !branches.isEmpty,
        ]
        if principal.can(.viewAccounts) {
            model["accounts"] = try await store.accounts.list(for: principal)
                .filter { $0.scope.code == grid.code }
                .map { ["displayName": $0.displayName, "roleName": strings.roleName($0.role)] }
        }
        if let boundary = grid.boundary {
            let located = buildings.compactMap { building in
                building.latitude.flatMap { latitude in building.longitude.map { (latitude: latitude, longitude: $0) } }
            }
            model["map"] = BoundaryMap.svg(boundary, buildings: located, label: strings.format("grid_map_label", ["name": grid.name]))
        }
        return pages.page("grid", title: grid.name, model: model, context: context, status: status, flash: flash)
    }

    /// A building registered in this grid from its page; a refusal names each bad field under the form.
    @Sendable func createBuilding(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.editRegistry)
        let code = try context.parameters.require("code")
        let form = try await Form.checked(request, context: context)
        // Text that is not a number is passed on as NaN, which the store refuses with the range, alongside every
        // other problem of the form.
        func number(_ field: String) -> Double? {
            let text = (form[field] ?? "").trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : Double(text) ?? .nan
        }
        do {
            let building = try await store.buildings.createBuilding(
                gridCode: code, name: form["name"] ?? "", address: form["address"] ?? "", latitude: number("latitude"),
                longitude: number("longitude"), estateID: form["estateID"].flatMap { $0.isEmpty ? nil : $0 },
                by: principal)
            return redirect(to: RegistryRoute.building.path(building.id))
        } catch let failure as ValidationFailure {
            return try await renderGrid(
                code: code, context: context, refused: (.building, failure.errors, form.typed),
                status: .unprocessableContent)
        }
    }

    /// A grid worker bound to this grid from its page; naming a leader replaces the grid's previous one.
    @Sendable func addWorker(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageAccounts)
        let code = try context.parameters.require("code")
        let form = try await Form.checked(request, context: context)
        do {
            _ = try await store.gridWorkers.add(
                gridCode: code, name: form["name"] ?? "", accountID: nil, fullTime: form["fullTime"] == "1",
                isLeader: form["isLeader"] == "1", by: principal)
            return try await renderGrid(code: code, context: context, flash: context.strings["grid_worker_added"])
        } catch let failure as ValidationFailure {
            return try await renderGrid(
                code: code, context: context, refused: (.worker, failure.errors, form.typed),
                status: .unprocessableContent)
        }
    }

    /// The grid's name, household target and boundary, for an administrator of its territory.
    @Sendable func updateGrid(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageTerritory)
        let code = try context.parameters.require("code")
        let form = try await Form.checked(request, context: context)
        let targetText = (form["householdTarget"] ?? "").trimmingCharacters(in: .whitespaces)
        do {
            var target: Int?
            if !targetText.isEmpty {
                guard let number = Int(targetText) else {
                    throw ValidationFailure([FieldError("householdTarget", .notANumber)])
                }
                target = number
            }
            _ = try await store.territory.updateGrid(
                code: code, name: form["name"] ?? "", boundary: form["boundary"], householdTarget: target, by: principal)
            return try await renderGrid(code: code, context: context, flash: context.strings["grid_saved"])
        } catch let failure as ValidationFailure {
            return try await renderGrid(
                code: code, context: context, refused: (.settings, failure.errors, form.typed),
                status: .unprocessableContent)
        }
    }
}
