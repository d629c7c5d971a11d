import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// The time bank over JSON: the catalogue, redemptions and their hand-over, donations, corrections and a
/// volunteer's statement. Credits are numbers of hours (`2.5`), as `volunteers/me` gives them.
struct TimeBankAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(TimeBankAPIRoute.items, use: items)
        router.post(TimeBankAPIRoute.items, use: addItem)
        router.put(TimeBankAPIRoute.updateItem, use: updateItem)
        router.get(TimeBankAPIRoute.redemptions, use: redemptions)
        router.post(TimeBankAPIRoute.redemptions, use: redeem)
        router.post(TimeBankAPIRoute.handOver, use: handOver)
        router.post(TimeBankAPIRoute.donate, use: donate)
        router.post(TimeBankAPIRoute.adjust, use: adjust)
        router.get(TimeBankAPIRoute.statement, use: statement)
    }

    // MARK: - Resources

    struct ItemResource: ResponseEncodable, Sendable {
        var id: String
        var community: String
        var name: String
        var details: String
        var cost: Double
        /// Absent when the community does not count.
        var stock: Int?
        var active: Bool

        init(_ item: RedemptionItem) {
            self.id = item.id
            self.community = item.communityCode
            self.name = item.name
            self.details = item.details
            self.cost = item.cost.hours
            self.stock = item.stock
            self.active = item.active
        }
    }

    struct RedemptionResource: ResponseEncodable, Sendable {
        var id: String
        var community: String
        var itemID: String
        var itemName: String
        var volunteerID: String
        var volunteerName: String
        var cost: Double
        var transferID: String
        var redeemedAt: Date
        var handedOverAt: Date?

        init(_ redemption: Redemption) {
            self.id = redemption.id
            self.community = redemption.communityCode
            self.itemID = redemption.itemID
            self.itemName = redemption.itemName
            self.volunteerID = redemption.volunteerID
            self.volunteerName = redemption.volunteerName
            self.cost = redemption.cost.hours
            self.transferID = redemption.transferID
            self.redeemedAt = redemption.redeemedAt
            self.handedOverAt = redemption.handedOverAt
        }
    }

    struct TransferResource: ResponseEncodable, Sendable {
        var id: String
        var kind: String
        var from: String
        var to: String
        var credits: Double
        var reason: String
        var source: String?
        var day: String

        init(_ transfer: TimeBankTransfer) {
            self.id = transfer.id
            self.kind = transfer.kind.rawValue
            self.from = transfer.from
            self.to = transfer.to
            self.credits = transfer.amount.hours
            self.reason = transfer.reason
            self.source = transfer.source
            self.day = transfer.day
        }
    }

    struct LineResource: Encodable, Sendable {
        var transfer: TransferResource
        /// Positive when credits arrived, negative when they left.
        var change: Double
        var balance: Double
        var counterpart: String?
        var recordedAt: Date
    }

    struct StatementResource: ResponseEncodable, Sendable {
        var volunteerID: String
        var name: String
        var community: String
        var balance: Double
        /// Newest first.
        var lines: [LineResource]
    }

    // MARK: - The catalogue

    @Sendable func items(request: Request, context: AppRequestContext) async throws -> ListPage<ItemResource> {
        let principal = try context.requirePrincipal()
        let community = principal.can(.manageVolunteers) ? PointsAPI.community(request, principal) : nil
        let items = try await store.timeBank.items(community: community, by: principal)
        return ListPage(items.map(ItemResource.init))
    }

    struct ItemInput: Decodable, Sendable {
        var community: String?
        var name: String?
        var details: String?
        /// Whole credits.
        var cost: Int?
        var stock: Int?
        var active: Bool?

        var input: RedemptionItemInput {
            RedemptionItemInput(
                name: name ?? "", details: details ?? "", cost: cost.map(String.init) ?? "", stock: stock.map(String.init) ?? "",
                active: active ?? true)
        }
    }

    @Sendable func addItem(request: Request, context: AppRequestContext) async throws -> EditedResponse<ItemResource> {
        let principal = try context.require(.manageVolunteers)
        let body = try await request.decodeJSON(as: ItemInput.self, context: context)
        let item = try await store.timeBank.addItem(
            body.input, community: body.community ?? principal.scope.communityCode ?? "", by: principal)
        return EditedResponse(status: .created, response: ItemResource(item))
    }

    /// Replaces an item's name, details, price, stock and whether it is on offer.
    @Sendable func updateItem(request: Request, context: AppRequestContext) async throws -> ItemResource {
        let principal = try context.require(.manageVolunteers)
        let body = try await request.decodeJSON(as: ItemInput.self, context: context)
        return ItemResource(try await store.timeBank.updateItem(try context.parameters.require("id"), body.input, by: principal))
    }

    // MARK: - Redemptions

    /// The office: a community's redemptions (`?status=pending` for those to give out); a volunteer: their own.
    @Sendable func redemptions(request: Request, context: AppRequestContext) async throws -> ListPage<RedemptionResource> {
        let principal = try context.requirePrincipal()
        let pending = request.uri.queryParameters["status"] == "pending"
        let community = principal.can(.manageVolunteers) ? PointsAPI.community(request, principal) : nil
        let redemptions = try await store.timeBank.redemptions(community: community, pending: pending, by: principal)
        return ListPage(redemptions.map(RedemptionResource.init))
    }

    struct RedeemInput: Decodable, Sendable {
        var itemID: String?
    }

    @Sendable func redeem(request: Request, context: AppRequestContext) async throws -> EditedResponse<RedemptionResource> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: RedeemInput.self, context: context)
        guard let itemID = body.itemID, !itemID.isEmpty else { throw AppError.validation([FieldError("itemID", .required)]) }
        let redemption = try await store.timeBank.redeem(itemID: itemID, by: principal)
        return EditedResponse(status: .created, response: RedemptionResource(redemption))
    }

    @Sendable func handOver(request: Request, context: AppRequestContext) async throws -> RedemptionResource {
        let principal = try context.require(.manageVolunteers)
        return RedemptionResource(try await store.timeBank.handOver(redemptionID: try context.parameters.require("id"), by: principal))
    }

    // MARK: - Donations and corrections

    /// Credits as the API takes them, through the same rule as a form's.
    static func credits(_ value: Double?) throws -> HalfHours {
        guard let value else { throw AppError.validation([FieldError("credits", .required)]) }
        guard value.isFinite else { throw AppError.validation([FieldError("credits", .notANumber)]) }
        return try HalfHours.credits(String(value))
    }

    struct DonationInput: Decodable, Sendable {
        /// The recipient by id, or by the name and phone they registered with.
        var recipientID: String?
        var recipientName: String?
        var recipientPhone: String?
        var credits: Double?
        var note: String?
    }

    @Sendable func donate(request: Request, context: AppRequestContext) async throws -> EditedResponse<TransferResource> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: DonationInput.self, context: context)
        let amount = try Self.credits(body.credits)
        let recipient: String
        if let id = body.recipientID, !id.isEmpty {
            recipient = id
        } else {
            recipient = try await store.volunteers.recipient(
                name: body.recipientName ?? "", phone: body.recipientPhone ?? "", by: principal)
        }
        let transfer = try await store.timeBank.donate(amount, to: recipient, note: body.note ?? "", by: principal)
        return EditedResponse(status: .created, response: TransferResource(transfer))
    }

    struct AdjustmentInput: Decodable, Sendable {
        var volunteerID: String?
        /// `credit` (into the volunteer's account) or `debit` (out of it).
        var direction: String?
        var credits: Double?
        var reason: String?
    }

    @Sendable func adjust(request: Request, context: AppRequestContext) async throws -> EditedResponse<TransferResource> {
        let principal = try context.require(.manageVolunteers)
        let body = try await request.decodeJSON(as: AdjustmentInput.self, context: context)
        guard let direction = TimeBankAdjustment(rawValue: body.direction ?? "") else {
            throw AppError.validation([FieldError("direction", .unknownValue(allowed: TimeBankAdjustment.allCases.map(\.rawValue)))])
        }
        let amount = try Self.credits(body.credits)
        let transfer = try await store.timeBank.adjust(
            volunteerID: body.volunteerID ?? "", direction, amount, reason: body.reason ?? "", by: principal)
        return EditedResponse(status: .created, response: TransferResource(transfer))
    }

    // MARK: - Statements

    /// `?volunteer=` for the office; a volunteer's own without it.
    @Sendable func statement(request: Request, context: AppRequestContext) async throws -> StatementResource {
        let principal = try context.requirePrincipal()
        let volunteerID: String
        if let asked = request.uri.queryParameters["volunteer"].map(String.init), !asked.isEmpty {
            volunteerID = asked
        } else if let me = try await store.volunteers.me(principal) {
            volunteerID = me.id
        } else {
            throw AppError.validation([FieldError("volunteerID", .notLinked)])
        }
        let statement = try await store.timeBank.statement(volunteerID: volunteerID, by: principal)
        let lines = statement.lines.map { line in
            LineResource(
                transfer: TransferResource(line.transfer), change: line.change.hours, balance: line.balance.hours,
                counterpart: line.counterpart, recordedAt: line.recordedAt)
        }
        return StatementResource(
            volunteerID: statement.volunteerID, name: statement.name, community: statement.communityCode,
            balance: statement.balance.hours, lines: lines)
    }
}
