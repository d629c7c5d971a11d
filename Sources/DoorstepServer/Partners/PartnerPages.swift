import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 共建单位 on the web. For the community office: the partners, agreements due for renewal, a new partner. For the
/// office and the partner's own account: the partner's report — its figures, projects with deliveries to record,
/// agreements and commitments to fulfil, resources to offer, and (office) members who reported and the account.
struct PartnerPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(PartnerRoute.partners, use: partners)
        router.post(PartnerRoute.partners, use: registerPartner)
        router.get(PartnerRoute.report, use: report)
        router.post(PartnerRoute.act, use: act)
        router.post(PartnerRoute.fulfil, use: fulfil)
        router.post(PartnerRoute.deliver, use: deliver)
    }

    // MARK: - The office's list

    @Sendable func partners(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        if principal.role == .partner {
            guard let mine = try await store.partners.mine(principal) else { throw AppError.forbidden }
            return redirect(to: PartnerRoute.report.path(mine.id))
        }
        return try await renderPartners(context: context)
    }

    func renderPartners(
        context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.require(.manageServices)
        let strings = context.strings
        let partners = try await store.partners.list(by: principal)
        let names = Dictionary(uniqueKeysWithValues: partners.map { ($0.id, $0.name) })
        let renewals = try await store.agreements.dueForRenewal(by: principal)
        let model: [String: Any] = [
            "partners": partners.map {
                [
                    "id": $0.id, "name": $0.name, "kind": strings["partner_kind_\($0.kind.rawValue)"],
                    "contact": "\($0.contactName) \($0.contactPhoneMasked)", "partyOrganisation": $0.partyOrganisation,
                ]
            },
            "hasRenewals": !renewals.isEmpty,
            "renewals": renewals.map {
                ["partnerID": $0.partnerID, "partner": names[$0.partnerID] ?? "", "title": $0.title, "endsOn": $0.endsOn.description]
            },
            "kinds": PartnerKind.allCases.map {
                ["value": $0.rawValue, "label": strings["partner_kind_\($0.rawValue)"], "selected": form["kind"] == $0.rawValue] as [String: Any]
            },
            "communities": try await store.territory.communities(for: principal).map {
                ["code": $0.code, "name": $0.name, "selected": form["community"] == $0.code] as [String: Any]
            },
            "fieldErrors": Display.fieldErrors(errors, strings), "form": form,
        ]
        return pages.page("partners", title: strings["partners_title"], model: model, context: context, status: status)
    }

    @Sendable func registerPartner(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageServices)
        return try await Form.submit(request, context: context, as: principal) { form in
            let partner = try await store.partners.register(
                NewPartner(
                    kind: form["kind"] ?? "", name: form["name"] ?? "", contactName: form["contactName"] ?? "",
                    contactPhone: form["contactPhone"] ?? "", partyOrganisation: form["partyOrganisation"] ?? ""),
                communityCode: form["community"] ?? "", by: principal)
            return PartnerRoute.report.path(partner.id)
        } refused: { errors, fields in
            try await renderPartners(context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    // MARK: - The report

    @Sendable func report(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderReport(id: try context.parameters.require("id"), context: context)
    }

    func renderReport(
        id: String, context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.requirePrincipal()
        let strings = context.strings
        let report = try await store.partners.report(partnerID: id, by: principal)
        let partner = report.partner
        let today = CalendarDay(containing: Date())
        let office = principal.can(.manageServices)
        let partnerNames = Dictionary(uniqueKeysWithValues: try await store.partners.list(by: principal).map { ($0.id, $0.name) })
        let places = try await Self.places(of: partner.communityCode, principal: principal, store: store)
        let placeNames = Dictionary(uniqueKeysWithValues: places.map { ($0.code, $0.name) })
        var username = ""
        if office, let account = partner.accountID { username = (try? await store.accounts.account(id: account, for: principal))?.username ?? "" }
        let model: [String: Any] = [
            "partner": [
                "id": partner.id, "name": partner.name, "kind": strings["partner_kind_\(partner.kind.rawValue)"],
                "contact": "\(partner.contactName) \(partner.contactPhoneMasked)", "partyOrganisation": Display.shown(partner.partyOrganisation),
                "username": username,
            ] as [String: Any],
            "office": office, "today": today.description,
            "figures": [
                "agreements": report.agreements.count, "commitments": report.commitments.count, "fulfilled": report.commitmentsFulfilled,
                "projects": report.projects.count, "reached": report.peopleReached, "target": report.targetPeople,
                "members": report.reportedMembers.count,
            ],
            "projects": report.projects.map { project in
                [
                    "id": project.id, "partnerID": partner.id, "title": project.title, "owner": project.owner,
                    "span": "\(project.startsOn) – \(project.endsOn)",
                    "partners": project.partnerIDs.map { partnerNames[$0] ?? "" }.filter { !$0.isEmpty }.joined(separator: "、"),
                    "reached": project.peopleReached, "target": project.targetPeople, "deliveries": project.deliveries,
                ] as [String: Any]
            },
            "agreements": report.agreements.map { agreement in
                [
                    "id": agreement.id, "title": agreement.title, "startsOn": agreement.startsOn.description,
                    "endsOn": agreement.endsOn.description, "due": agreement.isDueForRenewal(on: today, others: report.agreements),
                    "commitments": agreement.commitments.map {
                        [
                            "id": $0.id, "partnerID": partner.id, "kind": strings["commitment_kind_\($0.kind.rawValue)"],
                            "content": $0.content, "owner": $0.owner, "dueOn": $0.dueOn.description, "overdue": $0.isOverdue(on: today),
                            "fulfilled": Display.shown($0.fulfilledOn?.description), "evidence": $0.evidence ?? "",
                        ] as [String: Any]
                    },
                ] as [String: Any]
            },
            "commitmentRows": CommitmentKind.allCases.enumerated().map { n, kind in
                [
                    "n": n, "kind": kind.rawValue, "number": n + 1, "label": strings["commitment_kind_\(kind.rawValue)"],
                    "content": form["content\(n)"] ?? "", "owner": form["owner\(n)"] ?? "", "dueOn": form["dueOn\(n)"] ?? "",
                ] as [String: Any]
            },
            "resources": report.resources.map {
                [
                    "description": $0.description, "kind": strings["resource_kind_\($0.kind.rawValue)"],
                    "category": strings["service_category_\($0.category.rawValue)"], "capacity": $0.capacity, "unit": $0.unit,
                    "place": placeNames[$0.placeCode] ?? $0.placeCode, "span": "\($0.availableFrom) – \($0.availableUntil)",
                ] as [String: Any]
            },
            "resourceKinds": ResourceKind.allCases.map { ["value": $0.rawValue, "label": strings["resource_kind_\($0.rawValue)"]] },
            "categories": Self.categories(strings, selected: nil),
            "places": places.map { ["code": $0.code, "name": $0.name] },
            "members": report.reportedMembers.map { ["name": $0.name, "reportedOn": $0.reportedOn] },
            "fieldErrors": Display.fieldErrors(errors, strings), "form": form,
        ]
        return pages.page("partnerReport", title: partner.name, model: model, context: context, status: status)
    }

    /// The office's and the partner's forms on the report: a new agreement, a resource, a member who reported, the
    /// partner's account.
    @Sendable func act(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id")
        let action = try context.parameters.require("action")
        return try await Form.submit(request, context: context, as: principal) { form in
            switch action {
            case "agreements":
                // A row left empty is a kind this agreement does not commit to; `rows` keeps where each given one is on
                // the page, so a refusal names the row the secretary sees.
                var items: [NewAgreement.Item] = [], rows: [Int] = []
                for n in CommitmentKind.allCases.indices {
                    let content = form["content\(n)"] ?? "", owner = form["owner\(n)"] ?? "", due = form["dueOn\(n)"] ?? ""
                    guard !(content + owner + due).trimmingCharacters(in: .whitespaces).isEmpty else { continue }
                    items.append(NewAgreement.Item(kind: form["kind\(n)"] ?? "", content: content, owner: owner, dueOn: due))
                    rows.append(n)
                }
                do {
                    _ = try await store.agreements.sign(
                        NewAgreement(title: form["title"] ?? "", startsOn: form["startsOn"] ?? "", endsOn: form["endsOn"] ?? "", commitments: items),
                        partnerID: id, by: principal)
                } catch let failure as ValidationFailure {
                    throw ValidationFailure(failure.errors.map { Self.onPage($0, rows: rows) })
                }
            case "resources":
                _ = try await store.lists.addResource(
                    NewResource(
                        kind: form["kind"] ?? "", category: form["category"] ?? "", description: form["description"] ?? "",
                        capacity: form["capacity"] ?? "", unit: form["unit"] ?? "", placeCode: form["placeCode"] ?? "",
                        availableFrom: form["availableFrom"] ?? "", availableUntil: form["availableUntil"] ?? ""),
                    partnerID: id, by: principal)
            case "members":
                _ = try await store.partners.reportMember(
                    partnerID: id, name: form["name"] ?? "", memberID: nil, reportedOn: form["reportedOn"] ?? "", by: principal)
            case "account":
                guard let account = try await store.accounts.account(username: form["username"] ?? "") else {
                    throw ValidationFailure([FieldError("username", .notFound)])
                }
                try await store.partners.link(partnerID: id, accountID: account.id, by: principal)
            default: throw AppError.notFound
            }
            return PartnerRoute.report.path(id)
        } refused: { errors, fields in
            try await renderReport(id: id, context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    @Sendable func fulfil(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id")
        let item = try context.parameters.require("item")
        return try await Form.submit(request, context: context, as: principal) { form in
            _ = try await store.agreements.fulfil(
                commitmentID: item, on: form["fulfilledOn"] ?? "", evidence: form["evidence"] ?? "", by: principal)
            return PartnerRoute.report.path(id)
        } refused: { errors, _ in
            try await renderReport(id: id, context: context, errors: errors, status: .unprocessableContent)
        }
    }

    @Sendable func deliver(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id")
        let item = try context.parameters.require("item")
        return try await Form.submit(request, context: context, as: principal) { form in
            _ = try await store.lists.recordDelivery(
                projectID: item, day: form["day"] ?? "", peopleReached: form["peopleReached"] ?? "", note: form["note"] ?? "",
                by: principal)
            return PartnerRoute.report.path(id)
        } refused: { errors, _ in
            try await renderReport(id: id, context: context, errors: errors, status: .unprocessableContent)
        }
    }

    /// `commitments[i].field` of the i-th given row, as the row's place on the page.
    static func onPage(_ error: FieldError, rows: [Int]) -> FieldError {
        guard error.field.hasPrefix("commitments["), let close = error.field.firstIndex(of: "]"),
            let index = Int(error.field.dropFirst("commitments[".count).prefix(upTo: close)), rows.indices.contains(index)
        else { return error }
        return FieldError("commitments[\(rows[index])]" + error.field[error.field.index(after: close)...], error.problem)
    }

    // MARK: - Shared with the lists' pages

    /// The community and its grids, as places a need or resource can be in; for a street's staff, every community of
    /// the street with its grids.
    static func places(of community: String?, principal: Principal, store: Store) async throws -> [(code: String, name: String)] {
        let communities = try await store.territory.communities(for: principal).filter { community == nil || $0.code == community }
        var places: [(code: String, name: String)] = []
        for each in communities {
            places.append((each.code, each.name))
            for grid in try await store.territory.grids(for: principal, communityCode: each.code) { places.append((grid.code, "\(each.name) \(grid.name)")) }
        }
        return places
    }

    /// The community a new record is for: staff of one community do not choose; a street's choose among theirs.
    static func communityChoice(_ principal: Principal, store: Store, selected: String?) async throws -> [String: Any] {
        guard principal.scope.communityCode == nil else {
            return ["chooseCommunity": false, "community": principal.scope.communityCode ?? "", "communities": [[String: Any]]()]
        }
        let communities: [[String: Any]] = try await store.territory.communities(for: principal).map {
            ["code": $0.code, "name": $0.name, "selected": selected == $0.code]
        }
        return ["chooseCommunity": true, "community": "", "communities": communities]
    }

    static func categories(_ strings: Strings, selected: String?) -> [[String: Any]] {
        ServiceCategory.allCases.map {
            ["value": $0.rawValue, "label": strings["service_category_\($0.rawValue)"], "selected": selected == $0.rawValue]
        }
    }
}
