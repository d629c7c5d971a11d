import DoorstepCore
import DoorstepStore
import Hummingbird

/// The Party organisation of the signed-in account's scope: S1 figures with their definitions, the grids not yet
/// covered, the tree, and (for those who may) the members.
struct PartyPage: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get("/party", use: show)
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewParty)
        let strings = context.strings
        let figures = try await store.party.figures(for: principal)
        let orgs = try await store.party.orgs(for: principal)
        let grids = Dictionary(uniqueKeysWithValues: try await store.territory.grids(for: principal).map { ($0.code, $0.name) })
        let members = principal.can(.viewPartyMembers) ? try await store.party.members(for: principal) : []
        let counts = Dictionary(grouping: members, by: \.orgID).mapValues(\.count)
        let names = Dictionary(uniqueKeysWithValues: orgs.map { ($0.id, $0.name) })

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
        let model: [String: Any] = [
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
            "members": members.map {
                [
                    "name": $0.name, "dual": $0.dualCheckIn, "org": names[$0.orgID] ?? "",
                    "status": strings["party_status_\($0.status.rawValue)"],
                    "employment": strings["party_employment_\($0.employment.rawValue)"], "joined": $0.joinedOn,
                ] as [String: Any]
            },
        ]
        return pages.page("party", title: strings["party_title"], model: model, context: context)
    }
}
