import DoorstepCore
import DoorstepStore
import Foundation

/// A figure as a page shows it: its name, value and unit, the period before beside it with the change, its
/// definition, and links to the records behind it (a rate's numerator and denominator each). Dashboards, the
/// figures page and the report's page all show figures through here.
enum FigureDisplay {
    static func model(_ value: FigureValue, _ query: FigureQuery, _ language: Language) -> [String: Any] {
        let definition = value.definition
        let records = FiguresRoute.records.path(value.key.rawValue).keeping(query)
        var model: [String: Any] = [
            // A rate's text carries its per cent sign.
            "key": value.key.rawValue, "name": definition.name.text(language), "unit": definition.isRate ? "" : definition.unit.text(language),
            "definition": definition.definition.text(language), "text": value.current.text(definition.kind), "href": records,
            "previousText": value.previous.map { $0.text(definition.kind) } ?? "—",
            "change": Display.shown(value.previous.flatMap { change(from: $0, to: value.current, definition.kind, language) }),
        ]
        if definition.isRate {
            model["counts"] = [
                "numerator": value.current.value, "denominator": value.current.denominator ?? 0,
                "numeratorHref": records, "denominatorHref": records.query(["part": FigurePart.denominator.rawValue]),
            ] as [String: Any]
        }
        return model
    }

    /// `↑3`, `↓1.5`, `↑2.4 个百分点`, or nil when nothing changed or there is nothing to compare.
    static func change(from before: FigureCount, to now: FigureCount, _ kind: FigureKind, _ language: Language) -> String? {
        let difference: Int
        let text: (Int) -> String
        switch kind {
        case .count:
            difference = now.value - before.value
            text = { String($0) }
        case .halfHours:
            difference = now.value - before.value
            text = { HalfHours($0).text }
        case .rate:
            guard let was = Percentage(before.value, of: before.denominator ?? 0).tenths,
                let is_ = Percentage(now.value, of: now.denominator ?? 0).tenths
            else { return nil }
            difference = is_ - was
            text = { "\($0 / 10).\($0 % 10)" + (language == .en ? " points" : " 个百分点") }
        }
        guard difference != 0 else { return nil }
        return (difference > 0 ? "↑" : "↓") + text(abs(difference))
    }

    /// The page a record opens, where it has one.
    static func link(_ record: FigureRecord) -> Link? {
        switch record.kind {
        case "case", "mediation": CaseRoute.detail.path(record.id)
        case "member": PartyRoute.member.path(record.id)
        case "resident": RegistryRoute.resident.path(record.id)
        case "grid": TerritoryRoute.grid.path(record.id)
        case "community": TerritoryRoute.community.path(record.id)
        case "partner": PartnerRoute.report.path(record.id)
        case "volunteerTeam": VolunteerTeamRoute.team.path(record.id)
        case "aidProject": AidProjectRoute.project.path(record.id)
        case "need": ListsRoute.need.path(record.id)
        case "meeting": OrgLifeRoute.meeting.path(record.id)
        default: nil
        }
    }
}
