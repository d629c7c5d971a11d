import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 时间银行 on the web, one address shaped by who opens it. A volunteer, on the phone: their balance and statement,
/// the community's catalogue to redeem from, what they redeemed, and a gift of credits to another volunteer. The
/// office: the catalogue to keep, redemptions to hand over, corrections with a reason, every volunteer's balance
/// and the ledger's sum, and any volunteer's statement.
struct TimeBankPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(TimeBankRoute.page, use: page)
        router.post(TimeBankRoute.redeem, use: redeem)
        router.post(TimeBankRoute.donate, use: donate)
        router.post(TimeBankRoute.addItem, use: addItem)
        router.post(TimeBankRoute.updateItem, use: updateItem)
        router.post(TimeBankRoute.adjust, use: adjust)
        router.post(TimeBankRoute.handOver, use: handOver)
        router.get(TimeBankRoute.statement, use: statement)
    }

    /// The confirmation a change comes back with; only the known ones, so a crafted link shows nothing.
    static let done: Set<String> = ["redeemed", "donated", "item", "adjusted", "handed"]

    static func flash(_ request: Request, _ strings: Strings) -> String? {
        guard let done = request.uri.queryParameters["done"].map(String.init), Self.done.contains(done) else { return nil }
        return strings["timebank_done_\(done)"]
    }

    @Sendable func page(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let flash = Self.flash(request, context.strings)
        if principal.role == .volunteer { return try await renderMine(context: context, flash: flash) }
        return try await renderOffice(asked: VolunteerOffice.asked(request), context: context, flash: flash)
    }

    // MARK: - The volunteer

    func renderMine(
        context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:], status: HTTPResponse.Status = .ok,
        flash: String? = nil
    ) async throws -> Response {
        let principal = try context.requirePrincipal()
        guard principal.role == .volunteer else { throw AppError.forbidden }
        let strings = context.strings
        var model: [String: Any] = [:]
        model["fieldErrors"] = VolunteerOffice.errors(errors, strings)
        model["invalid"] = VolunteerOffice.invalid(errors, strings)
        model["form"] = form
        guard let me = try await store.volunteers.me(principal) else {
            model["registered"] = false
            return pages.page("timeBankMine", title: strings["timebank_title"], model: model, context: context, status: status, flash: flash)
        }
        model["registered"] = true
        let summary = try await store.volunteers.summary(volunteerID: me.id, by: principal)
        let statement = try await store.timeBank.statement(volunteerID: me.id, by: principal)
        let items = try await store.timeBank.items(by: principal)
        let redemptions = try await store.timeBank.redemptions(by: principal, limit: 50)
        model["name"] = me.name
        model["balance"] = summary.balance.text
        model["hours"] = summary.hours.text
        model["stars"] = VolunteerOffice.stars(summary.stars)
        var itemRows: [[String: Any]] = []
        for item in items {
            let affordable = summary.balance >= item.cost
            var row: [String: Any] = [:]
            row["id"] = item.id
            row["name"] = item.name
            row["details"] = Display.shown(item.details)
            row["cost"] = item.cost.text
            row["stock"] = Self.stockText(item, strings)
            row["canRedeem"] = affordable && item.inStock
            row["soldOut"] = !item.inStock
            row["short"] = Display.shown(
                affordable || !item.inStock ? nil : strings.format("timebank_short", ["n": (item.cost - summary.balance).text]))
            itemRows.append(row)
        }
        model["items"] = itemRows
        model["hasItems"] = !items.isEmpty
        model["redemptions"] = redemptions.map { Self.redemptionRow($0, strings) }
        model["hasRedemptions"] = !redemptions.isEmpty
        model["lines"] = Self.lines(statement, strings)
        model["hasLines"] = !statement.lines.isEmpty
        return pages.page("timeBankMine", title: strings["timebank_title"], model: model, context: context, status: status, flash: flash)
    }

    @Sendable func redeem(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        return try await Form.submit(request, context: context, as: principal) { form in
            _ = try await store.timeBank.redeem(itemID: form["itemID"] ?? "", by: principal)
            return TimeBankRoute.page.path().query(["done": "redeemed"])
        } refused: { errors, _ in
            try await renderMine(context: context, errors: errors, status: .unprocessableContent)
        }
    }

    /// A gift of credits, to the volunteer registered under the name and phone the giver types.
    @Sendable func donate(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        return try await Form.submit(request, context: context, as: principal) { form in
            var problems: [FieldError] = []
            var amount = HalfHours.zero
            do {
                amount = try HalfHours.credits(form["credits"] ?? "")
            } catch let failure as ValidationFailure {
                problems += failure.errors
            }
            var recipient = ""
            do {
                recipient = try await store.volunteers.recipient(
                    name: form["recipientName"] ?? "", phone: form["recipientPhone"] ?? "", by: principal)
            } catch let failure as ValidationFailure {
                problems += failure.errors
            }
            if !problems.isEmpty { throw ValidationFailure(problems) }
            _ = try await store.timeBank.donate(amount, to: recipient, note: form["note"] ?? "", by: principal)
            return TimeBankRoute.page.path().query(["done": "donated"])
        } refused: { errors, fields in
            try await renderMine(context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    // MARK: - The office

    func renderOffice(
        asked: String?, context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:],
        status: HTTPResponse.Status = .ok, flash: String? = nil
    ) async throws -> Response {
        let principal = try context.require(.manageVolunteers)
        let strings = context.strings
        let (community, communities) = try await VolunteerOffice.community(asked: asked, principal, store)
        let items = try await store.timeBank.items(community: community, by: principal)
        let pending = try await store.timeBank.redemptions(community: community, pending: true, by: principal)
        let recent = try await store.timeBank.redemptions(community: community, by: principal, limit: 30).filter { $0.handedOverAt != nil }
        let (accounts, sum) = try await store.timeBank.balances(community: community, by: principal)
        let volunteers = try await store.volunteers.volunteers(by: principal, community: community)

        var model: [String: Any] = [:]
        model["lanes"] = VolunteerOffice.lanes(current: "timeBank", community: community, all: communities, strings)
        model["communities"] = VolunteerOffice.choices(communities, selected: community, path: TimeBankRoute.page.path())
        model["chooseCommunity"] = communities.count > 1
        model["community"] = community
        model["fieldErrors"] = VolunteerOffice.errors(errors, strings)
        model["invalid"] = VolunteerOffice.invalid(errors, strings)
        var typed = form
        if typed["direction"] == nil { typed["direction"] = TimeBankAdjustment.credit.rawValue }
        model["form"] = typed

        let issued = HalfHours(-(accounts[TimeBankHolder.issuing(community: community).key]?.count ?? 0))
        let redeemed = accounts[TimeBankHolder.redemptions(community: community).key] ?? .zero
        let held = accounts.filter { $0.key.hasPrefix("volunteer:") }.values.reduce(HalfHours.zero, +)
        model["issued"] = issued.text
        model["redeemed"] = redeemed.text
        model["held"] = held.text
        model["sum"] = sum.count < 0 ? sum.signedText : sum.text
        model["balanced"] = sum == HalfHours.zero

        var itemRows: [[String: Any]] = []
        for item in items {
            var row: [String: Any] = [:]
            row["id"] = item.id
            row["name"] = item.name
            row["details"] = item.details
            row["cost"] = String(item.cost.count / 2)
            row["stockValue"] = item.stock.map(String.init) ?? ""
            row["stock"] = Self.stockText(item, strings)
            row["active"] = item.active
            itemRows.append(row)
        }
        model["items"] = itemRows
        model["hasItems"] = !items.isEmpty
        model["pending"] = pending.map { Self.redemptionRow($0, strings) }
        model["hasPending"] = !pending.isEmpty
        model["recent"] = recent.map { Self.redemptionRow($0, strings) }
        model["hasRecent"] = !recent.isEmpty

        var volunteerRows: [[String: Any]] = []
        for volunteer in volunteers {
            var row: [String: Any] = [:]
            row["id"] = volunteer.id
            row["name"] = volunteer.name
            row["phone"] = volunteer.phoneMasked
            row["balance"] = (accounts[TimeBankHolder.volunteer(volunteer.id).key] ?? .zero).text
            row["selected"] = typed["volunteerID"] == volunteer.id
            volunteerRows.append(row)
        }
        model["volunteers"] = volunteerRows
        model["hasVolunteers"] = !volunteers.isEmpty
        model["directions"] = TimeBankAdjustment.allCases.map { direction -> [String: Any] in
            [
                "value": direction.rawValue, "name": strings["timebank_direction_\(direction.rawValue)"],
                "selected": typed["direction"] == direction.rawValue,
            ]
        }
        return pages.page(
            "timeBankOffice", title: strings["timebank_office_title"], model: model, context: context, status: status, flash: flash)
    }

    /// The item as typed on the office's forms.
    static func itemInput(_ form: Form) -> RedemptionItemInput {
        RedemptionItemInput(
            name: form["name"] ?? "", details: form["details"] ?? "", cost: form["cost"] ?? "", stock: form["stock"] ?? "",
            active: form["active"] == "1")
    }

    @Sendable func addItem(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageVolunteers)
        return try await Form.submit(request, context: context, as: principal) { form in
            let community = form["community"] ?? ""
            _ = try await store.timeBank.addItem(Self.itemInput(form), community: community, by: principal)
            return TimeBankRoute.page.path().query(["community": community, "done": "item"])
        } refused: { errors, fields in
            try await renderOffice(asked: fields["community"], context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    @Sendable func updateItem(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageVolunteers)
        let id = try context.parameters.require("id")
        return try await Form.submit(request, context: context, as: principal) { form in
            let item = try await store.timeBank.updateItem(id, Self.itemInput(form), by: principal)
            return TimeBankRoute.page.path().query(["community": item.communityCode, "done": "item"])
        } refused: { errors, fields in
            // The new-item form keeps its own fields empty: what was typed belongs to the item being changed.
            try await renderOffice(asked: fields["community"], context: context, errors: errors, status: .unprocessableContent)
        }
    }

    @Sendable func adjust(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageVolunteers)
        return try await Form.submit(request, context: context, as: principal) { form in
            var problems: [FieldError] = []
            var amount = HalfHours.zero
            do {
                amount = try HalfHours.credits(form["credits"] ?? "")
            } catch let failure as ValidationFailure {
                problems += failure.errors
            }
            let direction = TimeBankAdjustment(rawValue: form["direction"] ?? "")
            if direction == nil {
                problems.append(FieldError("direction", .unknownValue(allowed: TimeBankAdjustment.allCases.map(\.rawValue))))
            }
            let volunteerID = form["volunteerID"] ?? ""
            if volunteerID.isEmpty { problems.append(FieldError("volunteerID", .required)) }
            if (form["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problems.append(FieldError("reason", .required))
            }
            if !problems.isEmpty { throw ValidationFailure(problems) }
            _ = try await store.timeBank.adjust(
                volunteerID: volunteerID, direction ?? .credit, amount, reason: form["reason"] ?? "", by: principal)
            return TimeBankRoute.page.path().query(["community": form["community"] ?? "", "done": "adjusted"])
        } refused: { errors, fields in
            try await renderOffice(asked: fields["community"], context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    @Sendable func handOver(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageVolunteers)
        let id = try context.parameters.require("id")
        return try await Form.submit(request, context: context, as: principal) { _ in
            let redemption = try await store.timeBank.handOver(redemptionID: id, by: principal)
            return TimeBankRoute.page.path().query(["community": redemption.communityCode, "done": "handed"])
        } refused: { errors, fields in
            try await renderOffice(asked: fields["community"], context: context, errors: errors, status: .unprocessableContent)
        }
    }

    /// Any volunteer's statement, for the office of their community.
    @Sendable func statement(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageVolunteers)
        let strings = context.strings
        let id = try context.parameters.require("id")
        let statement = try await store.timeBank.statement(volunteerID: id, by: principal)
        let communities = try await store.territory.communities(for: principal)
        var model: [String: Any] = [:]
        model["lanes"] = VolunteerOffice.lanes(current: "timeBank", community: statement.communityCode, all: communities, strings)
        model["id"] = statement.volunteerID
        model["name"] = statement.name
        model["balance"] = statement.balance.text
        model["back"] = VolunteerOffice.keep(TimeBankRoute.page.path(), statement.communityCode, communities)
        model["lines"] = Self.lines(statement, strings)
        model["hasLines"] = !statement.lines.isEmpty
        return pages.page(
            "timeBankStatement", title: strings.format("timebank_statement_of", ["name": statement.name]), model: model,
            context: context)
    }

    // MARK: - Shared

    static func stockText(_ item: RedemptionItem, _ strings: Strings) -> String {
        guard let stock = item.stock else { return strings["timebank_stock_unlimited"] }
        return stock > 0 ? strings.format("timebank_stock_left", ["n": String(stock)]) : strings["timebank_sold_out"]
    }

    static func redemptionRow(_ redemption: Redemption, _ strings: Strings) -> [String: Any] {
        var row: [String: Any] = [:]
        row["id"] = redemption.id
        row["item"] = redemption.itemName
        row["volunteer"] = redemption.volunteerName
        row["cost"] = redemption.cost.text
        row["when"] = Display.time(redemption.redeemedAt)
        row["handedOver"] = Display.shown(redemption.handedOverAt.map { Display.time($0) })
        row["waiting"] = redemption.handedOverAt == nil
        return row
    }

    /// A statement's lines as the table shows them, newest first.
    static func lines(_ statement: TimeBankStatement, _ strings: Strings) -> [[String: Any]] {
        statement.lines.map { line -> [String: Any] in
            var row: [String: Any] = [:]
            row["day"] = line.transfer.day
            row["kind"] = strings["timebank_kind_\(line.transfer.kind.rawValue)"]
            row["detail"] = Display.shown(Self.detail(line, strings))
            row["change"] = line.change.signedText
            row["credit"] = line.change.count > 0
            row["balance"] = line.balance.text
            return row
        }
    }

    /// What a line was for: the activity or item it names, or for a gift whom it went to or came from.
    static func detail(_ line: TimeBankStatementLine, _ strings: Strings) -> String {
        guard line.transfer.kind == .donate else { return line.transfer.reason }
        let key = line.change.count > 0 ? "timebank_donation_from" : "timebank_donation_to"
        let whom = strings.format(key, ["name": line.counterpart ?? ""])
        return line.transfer.reason.isEmpty ? whom : "\(whom) · \(line.transfer.reason)"
    }
}
