import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// Open311 GeoReport v2 at `/open311/v2`: services, one service's definition, posting a request (with an API key:
/// a Doorstep API token of an account that may report), listing and reading requests, and tokens. Our states map
/// onto open and closed, with the detail in `status_notes`; `service_request_id` is the case's id — the tracking code
/// stays with the reporter, since whoever holds it may rate the case.
struct Open311Endpoints: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(Open311Route.discovery, use: discovery)
        for (services, requests) in [(Open311Route.servicesJSON, Open311Route.requestsJSON), (.servicesXML, .requestsXML)] {
            router.get(services, use: self.services)
            router.get(requests, use: self.requests)
            router.post(requests, use: post)
        }
        router.get(Open311Route.service, use: service)
        router.get(Open311Route.request, use: request)
        router.get(Open311Route.token, use: token)
    }

    /// The format a path ends in, and what comes before it (`L0101.xml` → `L0101`, xml).
    static func split(_ file: String) -> (String, Open311Document.Format)? {
        guard let dot = file.lastIndex(of: "."), let format = Open311Document.Format(rawValue: String(file[file.index(after: dot)...]))
        else { return nil }
        return (String(file[..<dot]), format)
    }

    static func format(of request: Request) -> Open311Document.Format {
        request.uri.path.hasSuffix(".xml") ? .xml : .json
    }

    /// Times with China's offset, as the standard asks (an offset or Z must be given).
    static func time(_ date: Date?) -> Open311Document.Value {
        guard let date else { return .null }
        var style = Date.ISO8601FormatStyle(timeZone: Display.chinaTime)
        style = style.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false).timeSeparator(.colon)
            .timeZone(separator: .colon)
        return .text(date.formatted(style))
    }

    @Sendable func discovery(request: Request, context: AppRequestContext) async throws -> Response {
        let host = request.head.authority.map { "http://\($0)" } ?? ""
        let text = """
            {"changeset":"2026-11-29T00:00:00+08:00","contact":"社区居委会 / the community office","key_service":"API keys are Doorstep API tokens of a partner account, issued by a community administrator.","endpoints":[{"specification":"http://wiki.open311.org/GeoReport_v2","url":"\(host)\(Open311Route.base)","changeset":"2026-11-29T00:00:00+08:00","type":"production","formats":["application/json","text/xml"]}]}
            """
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The categories of a jurisdiction (a community code), or the shipped ones when none is named.
    private func categories(_ request: Request) async throws -> [CaseCategory] {
        try await store.categories.categories(community: request.uri.queryParameters["jurisdiction_id"].map(String.init) ?? "")
    }

    /// The standard's error for a `jurisdiction_id` that names no community here; nil when none is named or it is known.
    private func unknownJurisdiction(_ request: Request, format: Open311Document.Format) async throws -> Response? {
        guard let named = request.uri.queryParameters["jurisdiction_id"].map(String.init),
            try await !store.territory.publicCommunities().contains(where: { $0.code == named })
        else { return nil }
        return Open311Document.error(.notFound, "jurisdiction_id \(named) not found", format: format)
    }

    static func service(_ category: CaseCategory, group: String) -> [(String, Open311Document.Value)] {
        [
            ("service_code", .text(category.code)), ("service_name", .text(category.name)),
            ("description", .text(category.registerCondition.isEmpty ? group : "\(group)：\(category.registerCondition)")),
            ("metadata", .bool(false)), ("type", .text("realtime")), ("keywords", .text(category.standardRef ?? "")),
            ("group", .text(group)),
        ]
    }

    @Sendable func services(request: Request, context: AppRequestContext) async throws -> Response {
        if let refused = try await unknownJurisdiction(request, format: Self.format(of: request)) { return refused }
        let all = try await categories(request)
        let groups = Dictionary(all.filter { $0.parentCode == nil }.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let records = all.filter(\.isLeaf).map { Self.service($0, group: groups[$0.parentCode ?? ""] ?? "") }
        return Open311Document(root: "services", item: "service", records: records).response(Self.format(of: request))
    }

    @Sendable func service(request: Request, context: AppRequestContext) async throws -> Response {
        guard let (code, format) = Self.split(try context.parameters.require("file")) else {
            return Open311Document.error(.notFound, "use .json or .xml", format: .json)
        }
        guard try await categories(request).contains(where: { $0.code == code && $0.isLeaf }) else {
            return Open311Document.error(.notFound, "service_code \(code) not found", format: format)
        }
        // No service asks for extra attributes, so every definition is the code with an empty list.
        return Open311Document(
            root: "service_definition", item: "", records: [[("service_code", .text(code)), ("attributes", .list(item: "attribute", []))]],
            single: true
        ).response(format)
    }

    static func request(_ found: PublicRequest, strings: Strings) -> [(String, Open311Document.Value)] {
        let item = found.item
        let closed = [.closed, .evaluated, .rejected, .voided].contains(item.state)
        var notes = strings["case_state_\(item.state.rawValue)"]
        if let evaluation = CaseDisplay.evaluation(item.evaluation, strings) { notes += "；\(evaluation)" }
        return [
            ("service_request_id", .text(item.id)), ("status", .text(closed ? "closed" : "open")),
            ("status_notes", .text("\(notes) (\(item.state.rawValue))")), ("service_name", .text(item.categoryName)),
            ("service_code", .text(item.categoryCode)), ("description", .text(item.description)),
            ("agency_responsible", .text(found.communityName)), ("service_notice", .text("")),
            ("requested_datetime", time(item.createdAt)), ("updated_datetime", time(item.updatedAt)),
            ("expected_datetime", time(item.deadline)), ("address", .text(item.address)), ("address_id", .text("")),
            ("zipcode", .text("")), ("lat", item.latitude.map { .number($0) } ?? .null),
            ("long", item.longitude.map { .number($0) } ?? .null), ("media_url", .text("")),
        ]
    }

    private func respond(_ found: [PublicRequest], format: Open311Document.Format, context: AppRequestContext) -> Response {
        Open311Document(
            root: "service_requests", item: "request", records: found.map { Self.request($0, strings: context.strings) }
        ).response(format)
    }

    @Sendable func requests(request: Request, context: AppRequestContext) async throws -> Response {
        let format = Self.format(of: request)
        if let refused = try await unknownJurisdiction(request, format: format) { return refused }
        let query = request.uri.queryParameters
        var filter = PublicRequestFilter()
        func list(_ name: String) -> [String] {
            (query[Substring(name)].map(String.init) ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        filter.ids = list("service_request_id")
        filter.categoryCodes = list("service_code")
        filter.community = query["jurisdiction_id"].map(String.init)
        for (name, keyPath) in [("start_date", \PublicRequestFilter.from), ("end_date", \PublicRequestFilter.to)] {
            guard let text = query[Substring(name)].map(String.init) else { continue }
            guard let date = try? Date(text, strategy: .iso8601) else {
                return Open311Document.error(.badRequest, "\(name) must be an ISO 8601 date-time with an offset", format: format)
            }
            filter[keyPath: keyPath] = date
        }
        let statuses = Set(list("status"))
        if !statuses.isSubset(of: ["open", "closed"]) {
            return Open311Document.error(.badRequest, "status must be open or closed", format: format)
        }
        if statuses.count == 1 { filter.open = statuses.contains("open") }
        if filter.ids.isEmpty && filter.from == nil && filter.to == nil {
            // The standard's default window: the last 90 days.
            filter.from = Date().addingTimeInterval(-90 * 86400)
        }
        return respond(try await store.cases.publicRequests(filter), format: format, context: context)
    }

    @Sendable func request(request: Request, context: AppRequestContext) async throws -> Response {
        guard let (id, format) = Self.split(try context.parameters.require("file")) else {
            return Open311Document.error(.notFound, "use .json or .xml", format: .json)
        }
        var filter = PublicRequestFilter()
        filter.ids = [id]
        let found = try await store.cases.publicRequests(filter)
        if found.isEmpty { return Open311Document.error(.notFound, "service_request_id \(id) not found", format: format) }
        return respond(found, format: format, context: context)
    }

    /// Requests are filed at once (type realtime), so a token is the request's own id.
    @Sendable func token(request: Request, context: AppRequestContext) async throws -> Response {
        guard let (token, format) = Self.split(try context.parameters.require("file")) else {
            return Open311Document.error(.notFound, "use .json or .xml", format: .json)
        }
        var filter = PublicRequestFilter()
        filter.ids = [token]
        guard let found = try await store.cases.publicRequests(filter).first else {
            return Open311Document.error(.notFound, "token \(token) not found", format: format)
        }
        return Open311Document(
            root: "service_requests", item: "request",
            records: [[("service_request_id", .text(found.item.id)), ("token", .text(token))]]
        ).response(format)
    }

    @Sendable func post(request: Request, context: AppRequestContext) async throws -> Response {
        let format = Self.format(of: request)
        let form = try await Form.read(request)
        try await store.auth.admitPublicPost(context)
        // The standard sends the key in the body; some clients (the Ruby gem) put it in the query string.
        let key = form["api_key"] ?? request.uri.queryParameters["api_key"].map(String.init)
        guard let key, !key.isEmpty, let principal = try await store.tokens.principal(bearer: key),
            principal.can(.reportCases)
        else { return Open311Document.error(.forbidden, "api_key is missing or not valid", format: format) }
        let name = [form["last_name"], form["first_name"]].compactMap { $0 }.joined()
        let report = CaseReport(
            source: CaseStore.defaultSource(for: principal.role), categoryCode: form["service_code"] ?? "",
            description: form["description"] ?? "", address: form["address_string"] ?? "",
            latitude: form["lat"].flatMap(Double.init), longitude: form["long"].flatMap(Double.init),
            communityCode: form["jurisdiction_id"] ?? request.uri.queryParameters["jurisdiction_id"].map(String.init),
            reporterName: name, reporterPhone: form["phone"] ?? "")
        do {
            let (item, _) = try await store.cases.report(report, by: principal, idempotencyKey: request.headers[.idempotencyKey])
            return Open311Document(
                root: "service_requests", item: "request",
                records: [[
                    ("service_request_id", .text(item.id)),
                    ("service_notice", .text(context.strings.format("open311_notice", ["code": item.trackingCode]))),
                    ("account_id", .null),
                ]]
            ).response(format, status: .created)
        } catch let failure as ValidationFailure {
            let strings = context.strings
            let text = failure.errors.map { "\(Self.parameter($0.field)): \(strings.message(for: $0.problem))" }.joined(separator: "; ")
            return Open311Document.error(.badRequest, text, format: format)
        }
    }

    /// Our field names back in the standard's words, so a client's error names the parameter it sent.
    static func parameter(_ field: String) -> String {
        [
            "categoryCode": "service_code", "description": "description", "address": "address_string", "latitude": "lat",
            "longitude": "long", "communityCode": "jurisdiction_id", "reporterName": "first_name", "reporterPhone": "phone",
            "source": "api_key",
        ][field] ?? field
    }
}
