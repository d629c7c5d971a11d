import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 党员积分 on one page, shaped by who reads it: a member's year, ledger and claims; an officer's or the office's
/// claims to decide, the ranking with stars, deductions, exemptions and the quarter's publication; the office's
/// catalogue of rules and settings.
struct PointsPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(PointsRoute.page, use: page)
        router.post(PointsRoute.claim, use: claim)
        router.post(PointsRoute.decide, use: decide)
        router.post(PointsRoute.deduct, use: deduct)
        router.post(PointsRoute.exempt, use: exempt)
        router.post(PointsRoute.publish, use: publish)
        router.post(PointsRoute.addRule, use: addRule)
        router.post(PointsRoute.retireRule, use: retireRule)
        router.post(PointsRoute.updateSettings, use: updateSettings)
        router.post(PointsRoute.object, use: object)
        router.post(PointsRoute.answerObjection, use: answerObjection)
        router.post(PointsRoute.confirmPledge, use: confirmPledge)
    }

    @Sendable func page(request: Request, context: AppRequestContext) async throws -> Response {
        let flash = request.uri.queryParameters["done"].map { context.strings["points_done_\($0)"] }
        return try await render(request: request, context: context, flash: flash)
    }

    func render(
        request: Request, context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:],
        status: HTTPResponse.Status = .ok, flash: String? = nil
    ) async throws -> Response {
        let principal = try context.require(.viewParty)
        let strings = context.strings
        let query = request.uri.queryParameters
        let today = CalendarDay(containing: Date())
        let thisYear = today.year
        let year = (try? PointsAPI.year(request)) ?? thisYear
        let me = try await store.party.signedInMember(principal)
        let community = me?.communityCode ?? principal.scope.communityCode ?? ""
        let rules = community.isEmpty ? [] : try await store.points.rules(community: community, by: principal)
        let decides = principal.can(.managePartyWork) || me?.isOfficer == true
        var model: [String: Any] = [
            "fieldErrors": Display.fieldErrors(errors, strings), "form": form,
            "year": year, "years": [thisYear, thisYear - 1].map { ["value": $0, "selected": $0 == year] as [String: Any] },
            "today": today.description,
        ]
        func ledgerRows(_ entries: [PointEntry]) -> [[String: Any]] {
            entries.map {
                [
                    "day": $0.earnedOn, "item": $0.item, "kind": strings["points_kind_\($0.kind.rawValue)"],
                    "points": $0.points > 0 ? "+\($0.points)" : String($0.points), "reason": $0.reason, "entryID": $0.id,
                ]
            }
        }
        // Whose ledger: the member asked for (staff, an officer), else the caller's own.
        if let memberID = query["member"].map(String.init) ?? me?.id,
            let memberYear = try await store.points.memberYear(memberID: memberID, year: year, by: principal)
        {
            model["ledger"] = [
                "name": memberYear.memberName, "total": memberYear.total, "base": memberYear.base, "earned": memberYear.earned,
                "rating": PartyWorkPages.rating(memberYear.rating, strings),
                "entries": ledgerRows(try await store.points.ledger(memberID: memberID, year: year, by: principal)),
                "canCorrect": principal.can(.managePartyWork),
            ] as [String: Any]
        }
        if me != nil {
            let claimable = rules.filter { $0.trigger == .claimed && $0.active }
            model["claimForm"] = [
                "rules": claimable.map {
                    ["id": $0.id, "name": "\($0.item)（+\($0.points)）", "selected": form["ruleID"] == $0.id] as [String: Any]
                },
            ] as [String: Any]
            // The publications of the member's own branch (and of the branch above their group), with the objection form.
            let orgs = try await store.party.orgs(for: principal)
            let branches = [me?.orgID, orgs.first { $0.id == me?.orgID }?.parentID].compactMap { $0 }
            var mine: [[String: Any]] = []
            for org in branches where orgs.contains(where: { $0.id == org }) {
                mine += try await store.points.publications(orgID: org, by: principal).prefix(1).map {
                    Self.publicationRow($0, me: me?.id, today: today.description, answers: false)
                }
            }
            model["myPublications"] = mine
            model["myClaims"] = try await store.points.claims(by: principal, status: nil)
                .filter { $0.memberID == me?.id }.reversed().map { Self.claimRow($0, strings) }
        }
        if decides {
            model["pledgesToConfirm"] = try await store.pledges.toConfirm(by: principal).map {
                ["pledgeID": $0.id, "member": $0.memberName, "content": $0.content, "day": $0.fulfilledOn ?? "", "evidence": $0.evidence ?? ""]
            }
            model["pending"] = try await store.points.claims(by: principal)
                .filter { $0.memberID != me?.id }.map { Self.claimRow($0, strings) }
            let orgs = try await store.party.orgs(for: principal).filter { $0.kind == .gridBranch || $0.kind == .buildingGroup }
            let chosenOrg = query["org"].map(String.init) ?? (principal.can(.managePartyWork) ? nil : me?.orgID)
            let ranking = try await store.points.year(year, orgID: chosenOrg, by: principal)
            model["orgs"] = orgs.filter { principal.can(.managePartyWork) || $0.id == me?.orgID }.map {
                ["id": $0.id, "name": $0.name, "selected": $0.id == chosenOrg] as [String: Any]
            }
            model["wholeCommunity"] = principal.can(.managePartyWork)
            model["ranking"] = zip(ranking, MemberYear.places(of: ranking)).map { line, place in
                [
                    "place": place.map(String.init) ?? "—", "name": line.memberName, "total": line.total,
                    "rating": PartyWorkPages.rating(line.rating, strings), "memberID": line.memberID,
                ] as [String: Any]
            }
            model["members"] = ranking.map { ["id": $0.memberID, "name": $0.memberName] }
            model["deductionRules"] = rules.filter { $0.trigger == .deduction && $0.active }.map {
                ["id": $0.id, "name": "\($0.item)（\($0.points)）"]
            }
            if let chosenOrg {
                model["publishOrg"] = chosenOrg
                let current = Quarter(containing: today)
                model["quarters"] = (1...4).map { Quarter(year: current.number == 1 ? current.year - 1 : current.year, number: $0) }
                    .filter { $0 < current }.reversed().map { ["text": $0.text] }
                model["publications"] = try await store.points.publications(orgID: chosenOrg, by: principal).prefix(2).map {
                    Self.publicationRow($0, me: nil, today: today.description, answers: true)
                }
            }
        }
        if principal.can(.managePartyWork), !community.isEmpty {
            let settings = try await store.points.settings(community: community, by: principal)
            model["manage"] = [
                "rules": rules.map {
                    [
                        "id": $0.id, "item": $0.item, "points": $0.points, "cap": $0.capPerYear.map(String.init) ?? "—",
                        "trigger": strings["trigger_\($0.trigger.rawValue)"], "active": $0.active,
                        "evidence": strings[$0.evidenceRequired ? "yes" : "no"],
                    ] as [String: Any]
                },
                "triggers": PointTrigger.allCases.map {
                    ["code": $0.rawValue, "name": strings["trigger_\($0.rawValue)"], "selected": form["trigger"] == $0.rawValue]
                        as [String: Any]
                },
                "basePoints": form["basePoints"] ?? String(settings.basePoints),
                "starBands": form["starBands"] ?? settings.starBands.text,
                "visitIntervalDays": form["visitIntervalDays"] ?? String(settings.visitIntervalDays),
                "objectionDays": form["objectionDays"] ?? String(settings.objectionDays),
                "community": community,
            ] as [String: Any]
        }
        for (list, flag) in [("orgs", "hasOrgs"), ("myClaims", "hasMyClaims"), ("ranking", "hasRanking"), ("members", "hasMembers")] {
            model[flag] = !((model[list] as? [Any])?.isEmpty ?? true)
        }
        return pages.page("points", title: strings["points_title"], model: model, context: context, status: status, flash: flash)
    }

    static func publicationRow(_ publication: PointsPublication, me: String?, today: String, answers: Bool) -> [String: Any] {
        [
            "answersObjections": answers,
            "publicationID": publication.id, "quarter": publication.quarter.text, "until": publication.objectionsUntil,
            "lines": publication.lines.map {
                ["name": $0.memberName, "quarterPoints": $0.quarterPoints, "yearPoints": $0.yearPoints, "exempt": $0.exempt]
                    as [String: Any]
            },
            "objections": publication.objections.map {
                ["objectionID": $0.id, "member": $0.memberName, "content": $0.content, "answer": Display.shown($0.answer)]
                    as [String: Any]
            },
            "mayObject": me.map { id in publication.lines.contains { $0.memberID == id } } == true && today <= publication.objectionsUntil,
        ]
    }

    static func claimRow(_ claim: PointClaim, _ strings: Strings) -> [String: Any] {
        [
            "id": claim.id, "member": claim.memberName, "item": claim.item, "points": claim.points, "day": claim.earnedOn,
            "evidence": claim.evidence, "status": strings["claim_\(claim.status.rawValue)"],
            "decision": Display.shown(claim.decisionReason), "pendingClaim": claim.status == .pending,
        ]
    }

    /// Runs a form's change and goes back to the page, or shows the page again with the refusal.
    private func submit(
        _ request: Request, context: AppRequestContext, done: String,
        _ change: @Sendable (Form, Principal) async throws -> Void
    ) async throws -> Response {
        let principal = try context.require(.viewParty)
        return try await Form.submit(request, context: context, as: principal) { form in
            try await change(form, principal)
            return PointsRoute.page.path().query(["done": done, "year": form["year"], "org": form["org"].flatMap { $0.isEmpty ? nil : $0 }])
        } refused: { errors, fields in
            try await render(request: request, context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    @Sendable func claim(request: Request, context: AppRequestContext) async throws -> Response {
        try await submit(request, context: context, done: "claim") { form, principal in
            _ = try await store.points.claim(
                ruleID: form["ruleID"] ?? "", earnedOn: form["earnedOn"] ?? "", evidence: form["evidence"] ?? "", by: principal)
        }
    }

    @Sendable func decide(request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        return try await submit(request, context: context, done: "decided") { form, principal in
            _ = try await store.points.decide(
                claimID: id, approve: form["decision"] == "approve", reason: form["reason"] ?? "", by: principal)
        }
    }

    @Sendable func deduct(request: Request, context: AppRequestContext) async throws -> Response {
        try await submit(request, context: context, done: "deducted") { form, principal in
            _ = try await store.points.deduct(
                memberID: form["memberID"] ?? "", ruleID: form["ruleID"] ?? "", earnedOn: form["earnedOn"] ?? "",
                reason: form["reason"] ?? "", by: principal)
        }
    }

    @Sendable func exempt(request: Request, context: AppRequestContext) async throws -> Response {
        try await submit(request, context: context, done: "exempted") { form, principal in
            guard let year = form["year"].flatMap(Int.init) else { throw ValidationFailure([FieldError("year", .notANumber)]) }
            try await store.points.exempt(memberID: form["memberID"] ?? "", year: year, reason: form["reason"] ?? "", by: principal)
        }
    }

    @Sendable func publish(request: Request, context: AppRequestContext) async throws -> Response {
        try await submit(request, context: context, done: "published") { form, principal in
            guard let quarter = form["quarter"].flatMap(Quarter.init(text:)) else {
                throw ValidationFailure([FieldError("quarter", .required)])
            }
            _ = try await store.points.publish(orgID: form["org"] ?? "", quarter: quarter, by: principal)
        }
    }

    @Sendable func addRule(request: Request, context: AppRequestContext) async throws -> Response {
        try await submit(request, context: context, done: "rule") { form, principal in
            var validator = Validator()
            let points = Int(form["points"] ?? "")
            if points == nil { validator.check("points", .notANumber) }
            let capText = (form["capPerYear"] ?? "").trimmingCharacters(in: .whitespaces)
            let cap = Int(capText)
            if !capText.isEmpty, cap == nil { validator.check("capPerYear", .notANumber) }
            let trigger = PointTrigger(rawValue: form["trigger"] ?? "")
            if trigger == nil { validator.check("trigger", .required) }
            try validator.throwIfAny()
            _ = try await store.points.addRule(
                PointRule(
                    id: "", communityCode: form["community"] ?? "", item: form["item"] ?? "", points: points!, capPerYear: cap,
                    trigger: trigger!, evidenceRequired: form["evidenceRequired"] == "1"),
                by: principal)
        }
    }

    @Sendable func retireRule(request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        return try await submit(request, context: context, done: "retired") { _, principal in
            try await store.points.retireRule(id, by: principal)
        }
    }

    @Sendable func object(request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        return try await submit(request, context: context, done: "objected") { form, principal in
            _ = try await store.points.object(publicationID: id, content: form["content"] ?? "", by: principal)
        }
    }

    @Sendable func confirmPledge(request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        return try await submit(request, context: context, done: "confirmed") { _, principal in
            _ = try await store.pledges.confirm(pledgeID: id, by: principal)
        }
    }

    @Sendable func answerObjection(request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        return try await submit(request, context: context, done: "answered") { form, principal in
            try await store.points.answerObjection(id, answer: form["answer"] ?? "", by: principal)
        }
    }

    @Sendable func updateSettings(request: Request, context: AppRequestContext) async throws -> Response {
        try await submit(request, context: context, done: "settings") { form, principal in
            var validator = Validator()
            let numbers = ["basePoints", "visitIntervalDays", "objectionDays"].map { name in
                let value = Int((form[name] ?? "").trimmingCharacters(in: .whitespaces))
                if value == nil { validator.check(name, .notANumber) }
                return value ?? 0
            }
            var bands = StarBands.standard
            do {
                bands = try StarBands.parse(form["starBands"] ?? "")
            } catch let failure as ValidationFailure {
                validator.check("starBands", failure.errors.first?.problem)
            }
            try validator.throwIfAny()
            try await store.points.updateSettings(
                PartyWorkSettings(basePoints: numbers[0], starBands: bands, visitIntervalDays: numbers[1], objectionDays: numbers[2]),
                community: form["community"] ?? "", by: principal)
        }
    }
}
