import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// The forms that build the Party organisation from its pages: a new organisation, a member, a member's household
/// made a hub, and the households it leads. A refusal comes back to the page it was sent from, each bad field named.
struct PartyForms: Sendable {
    let store: Store
    let page: PartyPage

    @Sendable func createOrg(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageParty)
        let form = try await Form.checked(request, context: context)
        do {
            guard let kind = form["kind"].flatMap(PartyOrgKind.init(rawValue:)) else {
                throw ValidationFailure([FieldError("kind", .required)])
            }
            let orgs = try await store.party.orgs(for: principal)
            let parent = orgs.first { $0.id == form["parentID"] }
            // Where the organisation sits: the street for its working committee, the chosen community for a
            // community committee, and the parent's community below that.
            let territory: String =
                switch kind {
                case .workCommittee: principal.scope.code
                case .communityCommittee: form["communityCode"] ?? ""
                case .gridBranch, .buildingGroup: parent?.territoryCode ?? ""
                }
            let chosen = { (prefix: String) in
                form.fields.filter { $0.key.hasPrefix(prefix) && $0.value == "1" }.map { String($0.key.dropFirst(prefix.count)) }.sorted()
            }
            _ = try await store.party.createOrg(
                kind: kind, name: form["name"] ?? "", parentID: kind == .workCommittee ? nil : form["parentID"],
                territoryCode: territory, gridCodes: kind == .gridBranch ? chosen("grid_") : [],
                buildingIDs: kind == .buildingGroup ? chosen("building_") : [], by: principal)
            return redirect(to: PartyRoute.show.path().query(["done": "org"]))
        } catch let failure as ValidationFailure {
            return try await page.renderParty(
                context: context, refused: (failure.errors, form.typed),
                status: .unprocessableContent)
        }
    }

    /// A member: one who lives here is found by their ID number among the registered residents (through the keyed
    /// hash); one registering from elsewhere (双报到) needs none.
    @Sendable func addMember(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageParty)
        let form = try await Form.checked(request, context: context)
        do {
            var residentID: String?
            let idNumber = (form["idNumber"] ?? "").trimmingCharacters(in: .whitespaces)
            if !idNumber.isEmpty {
                guard principal.can(.viewRegistry),
                    let resident = try await store.residents.find(idNumber: idNumber, for: principal).first
                else { throw ValidationFailure([FieldError("idNumber", .notFound)]) }
                residentID = resident.id
            }
            var validator = Validator()
            let status = MembershipStatus(rawValue: form["status"] ?? "")
            if status == nil { validator.check("status", .required) }
            let employment = EmploymentStatus(rawValue: form["employment"] ?? "")
            if employment == nil { validator.check("employment", .required) }
            try validator.throwIfAny()
            _ = try await store.party.addMember(
                orgID: form["orgID"] ?? "", name: form["name"] ?? "", residentID: residentID,
                dualCheckIn: form["dualCheckIn"] == "1", status: status!, employment: employment!,
                joinedOn: form["joinedOn"] ?? "", by: principal)
            return redirect(to: PartyRoute.members.path().query(["done": "member"]))
        } catch let failure as ValidationFailure {
            // The store names the resident it links; the form knows them by the ID number typed.
            let errors = failure.errors.map { $0.field == "residentID" ? FieldError("idNumber", $0.problem) : $0 }
            return try await page.renderMembers(
                request: request, context: context, refused: (errors, form.typed),
                status: .unprocessableContent)
        }
    }

    @Sendable func createHub(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageParty)
        let id = try context.parameters.require("id")
        _ = try await Form.checked(request, context: context)
        do {
            _ = try await store.hubs.createHub(memberID: id, by: principal)
            return redirect(to: PartyRoute.member.path(id).query(["done": "hub"]))
        } catch let failure as ValidationFailure {
            return try await page.renderMember(id: id, context: context, errors: failure.errors, status: .unprocessableContent)
        }
    }

    @Sendable func linkHouseholds(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageParty)
        let hubID = try context.parameters.require("id")
        let form = try await Form.checked(request, context: context)
        guard let hub = try await store.hubs.hubs(for: principal).first(where: { $0.id == hubID }) else {
            throw AppError.notFound
        }
        let chosen = form.fields.filter { $0.key.hasPrefix("household_") && $0.value == "1" }.map { String($0.key.dropFirst(10)) }
        do {
            guard !chosen.isEmpty else { throw ValidationFailure([FieldError("householdIDs", .required)]) }
            try await store.hubs.link(householdIDs: chosen.sorted(), to: hubID, by: principal)
            return redirect(to: PartyRoute.member.path(hub.memberID).query(["done": "linked"]))
        } catch let failure as ValidationFailure {
            return try await page.renderMember(
                id: hub.memberID, context: context, errors: failure.errors, status: .unprocessableContent)
        }
    }

    /// The member's sign-in account (a Party-member account of their community) and whether they are an officer of
    /// their branch, who decides its points claims.
    @Sendable func linkAccount(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageParty)
        let id = try context.parameters.require("id")
        let form = try await Form.checked(request, context: context)
        do {
            try await store.party.linkAccount(
                memberID: id, username: form["username"] ?? "", officer: form["officer"] == "1", by: principal)
            return redirect(to: PartyRoute.member.path(id).query(["done": "account"]))
        } catch let failure as ValidationFailure {
            return try await page.renderMember(id: id, context: context, errors: failure.errors, status: .unprocessableContent)
        }
    }
}
