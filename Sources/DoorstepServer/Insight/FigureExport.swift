import DoorstepCore
import DoorstepExchange
import DoorstepStore
import Foundation
import Hummingbird

/// Figures as a spreadsheet offices can keep or pass on: the figures (every figure of a territory, or the
/// territories one level down side by side) and, on a second sheet, each figure's definition with the period and
/// the territory. Figures carry no one's personal data; the download is written to the audit log as every export is.
struct FigureExport: Sendable {
    let store: Store

    @Sendable func figures(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewFigures)
        let query = try FigureQuery(request, principal)
        let language = context.language
        let values = try await store.figures.values(in: query.code, period: query.period, by: principal)
        let words = Self.words(language)
        var rows = [[words.section, words.figure, words.current, words.previous, words.unit, words.numerator, words.denominator]]
        for value in values {
            let definition = value.definition
            rows.append([
                definition.section.title.text(language), definition.name.text(language), value.current.text(definition.kind),
                value.previous?.text(definition.kind) ?? "", definition.isRate ? "" : definition.unit.text(language),
                definition.isRate ? String(value.current.value) : "", definition.isRate ? String(value.current.denominator ?? 0) : "",
            ])
        }
        return try await download(rows, values.map(\.key), query, principal, context, name: "figures", as: SheetFormat(path: request.uri.path))
    }

    @Sendable func sideBySide(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewFigures)
        let query = try FigureQuery(request, principal)
        let language = context.language
        guard let side = try await DashboardSideBySide.model(
            query, principal, store, sort: nil, descending: true, action: HomeRoute.show.path(), language)
        else { throw AppError.notFound }
        let columns = side["columns"] as? [[String: Any]] ?? []
        let words = Self.words(language)
        var rows = [[words.territory] + columns.map { $0["name"] as? String ?? "" }]
        for row in side["rows"] as? [[String: Any]] ?? [] {
            rows.append([row["name"] as? String ?? ""] + (row["cells"] as? [[String: Any]] ?? []).map { Self.cellText($0) })
        }
        rows.append([words.total] + (side["total"] as? [[String: Any]] ?? []).map { Self.cellText($0) })
        let keys = columns.compactMap { ($0["key"] as? String).flatMap(FigureKey.init(rawValue:)) }
        return try await download(rows, keys, query, principal, context, name: "side-by-side", as: SheetFormat(path: request.uri.path))
    }

    static func cellText(_ cell: [String: Any]) -> String {
        [cell["text"] as? String, (cell["counts"] as? String).map { "（\($0)）" }].compactMap { $0 }.joined(separator: " ")
    }

    func download(
        _ rows: [[String]], _ keys: [FigureKey], _ query: FigureQuery, _ principal: Principal, _ context: AppRequestContext,
        name: String, as format: SheetFormat
    ) async throws -> Response {
        let language = context.language
        let words = Self.words(language)
        let place = try await query.name(principal, store)
        let span = "\(query.period.first) – \(query.period.last)"
        let previous = "\(query.period.previous.first) – \(query.period.previous.last)"
        var definitions = [[words.figure, words.definition, words.period, words.previous, words.territory]]
        definitions += keys.map { key in
            let definition = FigureRegistry.definition(key)
            return [definition.name.text(language), definition.definition.text(language), span, previous, "\(place)（\(query.code)）"]
        }
        let file: Data
        switch format {
        case .xlsx: file = XLSXWriter.workbook(sheets: [(words.sheet, rows), (words.definitionSheet, definitions)])
        case .csv:
            // One table: the figures, a blank line, then their definitions with the period.
            file = Spreadsheet.file(rows + [[]] + definitions, as: .csv, sheetName: words.sheet)
        }
        try await store.audit.record(
            AuditEvent(
                by: principal, .figuresExported, subject: name, territoryCode: query.code,
                detail: ["format": format.rawValue, "from": query.period.first.description, "to": query.period.last.description,
                         "rows": String(rows.count - 1)],
                clientAddress: context.clientAddress))
        let fileName = "\(place)_\(name)_\(query.period.first)_\(query.period.last).\(format.fileExtension)"
        return Response(
            status: .ok,
            headers: [
                .contentType: format.contentType, .cacheControl: "no-store",
                .contentDisposition: "attachment; filename=\"\(name).\(format.fileExtension)\"; filename*=UTF-8''\(fileName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? name)",
            ],
            body: .init(byteBuffer: ByteBuffer(data: file)))
    }

    static func words(_ language: Language) -> (
        section: String, figure: String, current: String, previous: String, unit: String, numerator: String, denominator: String,
        definition: String, period: String, territory: String, total: String, sheet: String, definitionSheet: String
    ) {
        language == .en
            ? ("Part", "Figure", "This period", "Period before", "Unit", "Numerator", "Denominator", "Definition", "Period",
               "Territory", "Total", "Figures", "Definitions")
            : ("部分", "指标", "本期", "上期", "单位", "分子", "分母", "口径", "统计期", "范围", "合计", "工作数据", "口径")
    }
}
