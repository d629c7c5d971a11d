import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// What the volunteer office's pages share: the community they work on, the links between them, and refusals
/// worded for the time bank's forms.
enum VolunteerOffice {
    /// The community an office page works on: the one asked for when it lies in the caller's territory, else the
    /// caller's own, else the first of a street's. Nil when the territory holds none.
    static func community(asked: String?, _ principal: Principal, _ store: Store) async throws -> (code: String, all: [Community]) {
        let all = try await store.territory.communities(for: principal)
        if let asked, all.contains(where: { $0.code == asked }) { return (asked, all) }
        guard let code = principal.scope.communityCode ?? all.first?.code else { throw AppError.notFound }
        return (code, all)
    }

    static func asked(_ request: Request) -> String? {
        request.uri.queryParameters["community"].map(String.init)
    }

    /// The link keeping the community in hand, when the caller has more than one to choose from.
    static func keep(_ link: Link, _ community: String, _ all: [Community]) -> Link {
        all.count > 1 ? link.query(["community": community]) : link
    }

    /// The office's places for volunteering, the current one marked.
    static func lanes(current: String, community: String, all: [Community], _ strings: Strings) -> [[String: Any]] {
        let places: [(String, Link, String)] = [
            ("activities", VolunteerRoute.activities.path(), "volunteer_activities"),
            ("teams", keep(VolunteerTeamRoute.list.path(), community, all), "vteam_title"),
            ("timeBank", keep(TimeBankRoute.page.path(), community, all), "timebank_title"),
            ("settings", keep(VolunteerSettingsRoute.page.path(), community, all), "vsettings_title"),
        ]
        return places.map { place -> [String: Any] in
            ["href": place.1, "label": strings[place.2], "current": place.0 == current]
        }
    }

    /// The communities to switch between, for a street's office.
    static func choices(_ all: [Community], selected: String, path: Link) -> [[String: Any]] {
        all.map { community -> [String: Any] in
            ["href": path.query(["community": community.code]), "name": community.name, "current": community.code == selected]
        }
    }

    /// Refusals as the pages show them: the time bank's own wording where the generic one would puzzle a
    /// volunteer (a balance "not less than 5"), the generic one everywhere else.
    static func errors(_ errors: [FieldError], _ strings: Strings) -> [[String: String]] {
        errors.map { error -> [String: String] in
            let text = message(error, strings) ?? "\(strings.fieldName(error.field)): \(strings.message(for: error.problem))"
            return ["field": error.field, "message": text]
        }
    }

    /// Each field's first refusal, for the message beside it.
    static func invalid(_ errors: [FieldError], _ strings: Strings) -> [String: String] {
        var invalid: [String: String] = [:]
        for error in errors where invalid[error.field] == nil {
            invalid[error.field] = message(error, strings) ?? strings.message(for: error.problem)
        }
        return invalid
    }

    static func message(_ error: FieldError, _ strings: Strings) -> String? {
        switch (error.field, error.problem) {
        case ("balance", .tooSmall(let minimum)): strings.format("timebank_problem_balance", ["n": String(minimum)])
        case ("stock", .tooSmall): strings["timebank_problem_out_of_stock"]
        case ("itemID", .notOpen): strings["timebank_problem_inactive"]
        case ("recipientID", .ownRequest): strings["timebank_problem_self"]
        case ("recipientID", .notFound), ("recipientPhone", .notFound): strings["timebank_problem_recipient"]
        case ("credits", .tooLarge): strings["timebank_problem_credits_over"]
        case ("credits", .required), ("credits", .notANumber): strings["timebank_problem_credits"]
        default: nil
        }
    }

    /// `★★★`, or a dash for none: an empty string would read as true to a template.
    static func stars(_ count: Int) -> String {
        count > 0 ? String(repeating: "★", count: count) : "—"
    }
}
