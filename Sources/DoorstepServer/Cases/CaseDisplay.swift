import DoorstepCore
import DoorstepStore
import Foundation

/// How cases read on pages: the same words for a case wherever it appears.
enum CaseDisplay {
    static func card(
        _ item: Case, _ strings: Strings, now: Date, places: CasePlaces, quick: (action: String, label: String)? = nil
    ) -> [String: Any] {
        // The line under the description is joined here rather than in the template: a section on an optional text
        // puts the text on the template's stack, and every name inside it is then looked for in that text first.
        let status = [
            strings["case_state_\(item.state.rawValue)"], item.deadline.map { "\(strings["case_deadline"]) \(Display.time($0))" },
            item.handler?.name,
        ]
        var card: [String: Any] = [
            "href": CaseRoute.detail.path(item.id), "tracking": item.trackingCode, "category": strings.category(item.categoryName),
            "description": String(item.description.prefix(120)), "place": places.name(item), "placeCode": places.code(item),
            "status": status.compactMap { $0 }.joined(separator: " · "), "clock": item.clock(at: now).rawValue,
            "clockLabel": clockLabel(item, strings, now: now),
        ]
        if let quick {
            card["quick"] = ["href": CaseRoute.step.path(item.id), "version": item.version, "action": quick.action, "label": quick.label]
        }
        return card
    }

    /// Cases as cards, each place named for the viewer.
    static func cards(_ cases: some Collection<Case>, principal: Principal, strings: Strings, now: Date, store: Store) async throws -> [[String: Any]] {
        let places = try await CasePlaces.of(cases, for: principal, in: store)
        return cases.map { card($0, strings, now: now, places: places) }
    }

    static func clockLabel(_ item: Case, _ strings: Strings, now: Date) -> String {
        let colour = item.clock(at: now)
        return colour == .none ? strings["case_state_\(item.state.rawValue)"] : strings["clock_\(colour.rawValue)"]
    }

    /// Categories as option groups: each class with the entries under it, the community's own classes first
    /// (what residents meet most), then the national events, then components.
    static func groups(_ categories: [CaseCategory], selected: String?, strings: Strings) -> [[String: Any]] {
        func rank(_ category: CaseCategory) -> Int { category.isLocal ? 0 : category.kind == .component ? 2 : 1 }
        return categories.filter { $0.parentCode == nil }.sorted { (rank($0), $0.code) < (rank($1), $1.code) }.map { parent in
            [
                "name": strings.category(parent.name),
                "items": categories.filter { $0.parentCode == parent.code }.map {
                    ["code": $0.code, "name": strings.category($0.name), "selected": $0.code == selected] as [String: Any]
                },
            ] as [String: Any]
        }
    }

    static func urgencies(_ strings: Strings, selected: Urgency) -> [[String: Any]] {
        Urgency.allCases.map { ["code": $0.rawValue, "name": strings["urgency_\($0.rawValue)"], "selected": $0 == selected] }
    }

    static func satisfactions(_ strings: Strings) -> [[String: Any]] {
        Satisfaction.allCases.map { ["code": $0.rawValue, "name": strings["satisfaction_\($0.rawValue)"]] }
    }

    /// One line of a history: the step, when, by whom (left out on the public page), and its note if shown.
    static func line(_ event: CaseEvent, _ strings: Strings, showActor: Bool) -> [String: Any] {
        var line: [String: Any] = [
            // A history says what was done (Dispatched), not what a button does (Dispatch).
            "action": strings.word("history_\(event.action)") ?? strings["step_\(event.action)"], "when": Display.time(event.at),
            // A report's note is its source; the public page and the reporter's own page are given it blank.
            "note": event.action == "report" ? CaseSource(rawValue: event.note).map { strings["case_source_\($0.rawValue)"] } ?? "" : event.note,
        ]
        if showActor { line["actor"] = event.actorName.isEmpty ? strings["case_actor_reporter"] : event.actorName }
        return line
    }

    static func evaluation(_ evaluation: Evaluation?, _ strings: Strings) -> String? {
        evaluation.map {
            "\(strings[$0.solved ? "case_solved_yes" : "case_solved_no"]) · \(strings["satisfaction_\($0.satisfaction.rawValue)"])"
        }
    }

    /// The text of an inbox line.
    static func notice(_ notice: Notice, _ strings: Strings) -> String {
        let level = notice.detail.isEmpty ? "" : strings["level_\(notice.detail)"]
        return strings.format("notice_\(notice.kind.rawValue)", ["case": strings.category(notice.caseTitle), "level": level])
    }
}
