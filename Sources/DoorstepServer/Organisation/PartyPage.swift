import DoorstepCore
import DoorstepStore
import DoorstepExchange
import Hummingbird

/// The Party organisation of the signed-in account's scope: S1 figures with their definitions, the grids not yet
/// covered, the tree, and (for those who may) the members.
struct PartyPage: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(PartyRoute.show, use: show)
        router.get(PartyRoute.members, use: members)
        router.get(PartyRoute.exportMembersCSV, use: exportMembers)
        router.get(PartyRoute.exportMembersXLSX, use: exportMembers)
        router.get(PartyRoute.member, use: member)
        let forms = PartyForms(store: store, page: self)
        router.post(PartyRoute.createOrg, use: forms.createOrg)
        router.post(PartyRoute.members, use: forms.addMember)
        router.post(PartyRoute.createHub, use: forms.createHub)
        router.post(PartyRoute.linkHouseholds, use: forms.linkHouseholds)
        router.post(PartyRoute.linkAccount, use: forms.linkAccount)
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let flash = request.uri.queryParameters["done"] == "org" ? context.strings["party_org_created"] : nil
        return try await renderParty(context: context, flash: flash)
    }

    func renderParty(
        context: AppRequestContext, refused: ([FieldError], [String: String])? = nil, status: HTTPResponse.Status = .ok,
        flash: String? = nil
    ) async throws -> Response {
        let principal = try context.require(.viewParty)
        let strings = context.strings
        let figures = try await store.party.figures(for: principal)
        let orgs = try await store.party.orgs(for: principal)
        let grids = Dictionary(uniqueKeysWithValues: try await store.territory.grids(for: principal).map { ($0.code, $0.name) })
        let members = principal.can(.viewPartyMembers) ? try await store.party.members(for: principal) : []
        let counts = Dictionary(grouping: members, by: \.orgID).mapValues(\.count)

        func node(_ org: PartyOrg) -> [String: Any] {
            // Branches in grid order (第一, 第二 … sort wrongly as text), the rest by name.
            let children = orgs.filter { $0.parentID == org.id }
                .sorted { ($0.gridCodes.first ?? "", $0.name) < ($1.gridCodes.first ?? "", $1.name) }
            // Every key is set in every node: Mustache looks a missing key up in the parent's node.
            var row: [String: Any] = [
                "name": org.name, "kindName": strings["party_kind_\(org.kind.rawValue)"],
                "children": children.map(node), "hasChildren": !children.isEmpty, "covers": false, "memberCount": false,
            ]
            if !org.gridCodes.isEmpty { row["covers"] = org.gridCodes.map { grids[$0] ?? $0 }.joined(separator: "、") }
            if !org.buildingIDs.isEmpty {
                row["covers"] = strings.format("party_buildings", ["n": String(org.buildingIDs.count)])
            }
            if let count = counts[org.id] { row["memberCount"] = strings.format("party_member_count", ["n": String(count)]) }
            return row
        }
        let roots = orgs.filter { org in org.parentID == nil || !orgs.contains { $0.id == org.parentID } }
        let rows: [(String, Int)] = [
            ("party_figure_members", figures.members), ("party_figure_probationary", figures.probationaryMembers),
            ("party_figure_branches", figures.gridBranches), ("party_figure_groups", figures.buildingGroups),
        ]
        var model: [String: Any] = [
            "summary": strings.format(
                "party_summary",
                ["members": String(figures.members), "branches": String(figures.gridBranches),
                 "groups": String(figures.buildingGroups)]),
            "figures": rows.map { ["label": strings[$0.0], "value": $0.1, "definition": strings["\($0.0)_def"]] }
                + [["label": strings["party_figure_coverage"],
                    "value": "\(figures.grids - figures.uncoveredGrids.count)/\(figures.grids)",
                    "definition": strings["party_figure_coverage_def"]]],
            "hasUncovered": !figures.uncoveredGrids.isEmpty,
            "uncovered": figures.uncoveredGrids.map { "\(grids[$0] ?? $0) (\($0))" },
            "tree": roots.map(node),
            "showMembers": principal.can(.viewPartyMembers),
            "memberTotal": members.count,
            "canImport": principal.can(.manageParty),
        ]
        if principal.can(.manageParty) {
            let form = refused?.1 ?? [:]
            model["orgForm"] = [
                "form": form,
                "fieldErrors": Display.fieldErrors(refused?.0 ?? [], strings),
                "kinds": PartyOrgKind.allCases.filter { $0 != .workCommittee || principal.scope.level == .street }.map {
                    ["code": $0.rawValue, "name": strings["party_kind_\($0.rawValue)"], "selected": form["kind"] == $0.rawValue]
                        as [String: Any]
                },
                "parents": orgs.filter { $0.kind != .buildingGroup }.map {
                    ["id": $0.id, "name": $0.name, "selected": form["parentID"] == $0.id] as [String: Any]
                },
                "communities": try await store.territory.communities(for: principal).map {
                    ["code": $0.code, "name": $0.name, "selected": form["communityCode"] == $0.code] as [String: Any]
                },
                "grids": try await store.territory.grids(for: principal).map {
                    ["code": $0.code, "name": $0.name, "checked": form["grid_\($0.code)"] == "1"] as [String: Any]
                },
                "buildings": try await store.buildings.buildings(for: principal).map {
                    ["id": $0.id, "name": "\(grids[$0.gridCode] ?? $0.gridCode) \($0.name)", "checked": form["building_\($0.id)"] == "1"]
                        as [String: Any]
                },
            ] as [String: Any]
        }
        return pages.page("party", title: strings["party_title"], model: model, context: context, status: status, flash: flash)
    }

    /// Every member in the caller's scope, fifty to a page.
    @Sendable func members(request: Request, context: AppRequestContext) async throws -> Response {
        let flash = request.uri.queryParameters["done"] == "member" ? context.strings["party_member_added"] : nil
        return try await renderMembers(request: request, context: context, flash: flash)
    }

    func renderMembers(
        request: Request, context: AppRequestContext, refused: ([FieldError], [String: String])? = nil,
        status: HTTPResponse.Status = .ok, flash: String? = nil
    ) async throws -> Response {
        let principal = try context.require(.viewPartyMembers)
        let strings = context.strings
        let members = try await store.party.members(for: principal)
        let orgs = try await store.party.orgs(for: principal)
        let names = Dictionary(uniqueKeysWithValues: orgs.map { ($0.id, $0.name) })
        let paging = Paging(request, total: members.count)
        var model: [String: Any] = [
            "members": paging.slice(members).map {
                [
                    "id": $0.id, "name": $0.name, "dual": $0.dualCheckIn, "org": names[$0.orgID] ?? "",
                    "status": strings["party_status_\($0.status.rawValue)"],
                    "employment": strings["party_employment_\($0.employment.rawValue)"], "joined": $0.joinedOn,
                ] as [String: Any]
            },
            "pager": paging.model(path: PartyRoute.members.path(), strings: strings),
        ]
        if principal.can(.manageParty) {
            let form = refused?.1 ?? ["employment": EmploymentStatus.employed.rawValue, "status": MembershipStatus.full.rawValue]
            model["memberForm"] = [
                "form": form,
                "fieldErrors": Display.fieldErrors(refused?.0 ?? [], strings),
                // Members belong to a community's organisations.
                "orgs": orgs.filter { $0.kind != .workCommittee }.map {
                    ["id": $0.id, "name": $0.name, "selected": form["orgID"] == $0.id] as [String: Any]
                },
                "statuses": MembershipStatus.allCases.map {
                    ["code": $0.rawValue, "name": strings["party_status_\($0.rawValue)"], "selected": form["status"] == $0.rawValue]
                        as [String: Any]
                },
                "employments": EmploymentStatus.allCases.map {
                    ["code": $0.rawValue, "name": strings["party_employment_\($0.rawValue)"],
                     "selected": form["employment"] == $0.rawValue] as [String: Any]
                },
                "dual": form["dualCheckIn"] == "1",
            ] as [String: Any]
        }
        return pages.page("members", title: strings["party_members"], model: model, context: context, status: status, flash: flash)
    }

    @Sendable func member(request: Request, context: AppRequestContext) async throws -> Response {
        let flash = request.uri.queryParameters["done"].map { context.strings["party_hub_done_\($0)"] }
        return try await renderMember(id: try context.parameters.require("id"), context: context, flash: flash)
    }

    /// A member's page; for those who manage the Party organisation, the hub the member leads (or the button that
    /// makes their household one) and the neighbouring households it may link.
    func renderMember(
        id: String, context: AppRequestContext, errors: [FieldError] = [], status: HTTPResponse.Status = .ok,
        flash: String? = nil
    ) async throws -> Response {
        let principal = try context.require(.viewPartyMembers)
        let strings = context.strings
        guard let member = try await store.party.members(for: principal).first(where: { $0.id == id }) else {
            throw AppError.notFound
        }
        let org = try await store.party.orgs(for: principal).first { $0.id == member.orgID }
        let hubs = principal.can(.viewParty) ? try await store.hubs.hubs(for: principal) : []
        let hub = hubs.first { $0.memberID == member.id }
        var details: [String: Any] = [
            "id": member.id,
            "name": member.name, "org": org?.name ?? "—", "status": strings["party_status_\(member.status.rawValue)"],
            "employment": strings["party_employment_\(member.employment.rawValue)"], "joined": member.joinedOn,
            "dual": strings[member.dualCheckIn ? "yes" : "no"],
            "residentText": strings[member.residentID == nil ? "party_resident_none" : "party_resident_registered"],
            "residentLink": false,
            "hub": hub.map { strings.format("party_hub_leads", ["n": String($0.linkedHouseholdIDs.count)]) } ?? "—",
        ]
        if let resident = member.residentID, principal.can(.viewRegistry) {
            details["residentLink"] = RegistryRoute.resident.path(resident)
        }
        let account = try await store.party.workAccount(memberID: member.id, by: principal)
        details["username"] = account.username ?? "—"
        details["officer"] = strings[account.isOfficer ? "yes" : "no"]
        var model: [String: Any] = [
            "member": details, "fieldErrors": Display.fieldErrors(errors, strings),
        ]
        if principal.can(.manageParty) {
            model["accountForm"] = ["username": account.username ?? "", "isOfficer": account.isOfficer] as [String: Any]
        }
        if principal.can(.manageParty), member.residentID != nil {
            if let hub {
                // Households of the hub's own building that no hub leads yet: the neighbours it can take on.
                let taken = Set(hubs.flatMap(\.linkedHouseholdIDs) + hubs.map(\.householdID))
                let buildingID = try await store.buildings.buildingID(ofHousehold: hub.householdID, for: principal)
                var households: [Household] = []
                if let buildingID { households = try await store.buildings.households(buildingID: buildingID, for: principal) }
                model["linkForm"] = [
                    "hubID": hub.id,
                    "households": households.filter { !taken.contains($0.id) }.map {
                        ["id": $0.id, "label": "\($0.unit) \($0.room)"]
                    },
                ] as [String: Any]
            } else {
                model["canMakeHub"] = true
            }
        }
        return pages.page("memberDetail", title: member.name, model: model, context: context, status: status, flash: flash)
    }

    /// The member list as a file; political affiliation is personal information, so every export is logged.
    @Sendable func exportMembers(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewPartyMembers)
        let strings = context.strings
        let rows = try await store.party.exportRows(for: principal, clientAddress: context.clientAddress).map { row in
            [
                row.name, row.org, MemberSheet.word(for: row.member.status), MemberSheet.word(for: row.member.employment),
                row.member.joinedOn, row.member.dualCheckIn ? "是" : "否",
            ]
        }
        return SheetFiles.download(
            [MemberSheet.header] + rows, as: SheetFormat(path: request.uri.path), name: "party-members",
            sheetName: strings["party_members"])
    }
}
