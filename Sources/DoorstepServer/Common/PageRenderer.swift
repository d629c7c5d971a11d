import DoorstepCore
import Hummingbird
import Mustache

/// Renders a page template inside the layout, with the interface words (`t`), the CSRF token and the account's
/// navigation filled in for every page.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    init() {
        var library = MustacheLibrary()
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        for (name, text) in Templates.all {
            // The templates are part of the program: one that does not parse is a bug caught by the first test.
            try! library.register(HTMLEscaping.pragma + text, named: name)
        }
        self.library = library
    }

    /// A whole page as a response.
    func page(
        _ template: String, title: String, model: [String: Any], context: AppRequestContext,
        status: HTTPResponse.Status = .ok, flash: String? = nil, extraCSRF: String? = nil, refreshSeconds: Int? = nil,
        large: Bool? = nil
    ) -> Response {
        let strings = context.strings
        var model = model
        model["t"] = strings.all
        model["csrf"] = context.session?.csrfToken ?? extraCSRF ?? ""
        // Each page's forms are sent once (`FormOnceMiddleware`); a page that shows a form again keeps its key.
        if model["formKey"] == nil { model["formKey"] = Secrets.token(bytes: 16) }
        model["route"] = RouteTable.templateValues
        let content = library.render(model, withTemplate: template) ?? ""
        var layout: [String: Any] = [
            "lang": context.language.rawValue, "title": title, "t": strings.all, "content": content,
            "route": RouteTable.templateValues,
            "languages": Language.allCases.map {
                ["code": $0.rawValue, "name": strings.languageName($0), "current": $0 == context.language] as [String: Any]
            },
        ]
        if let flash { layout["flash"] = flash }
        // Public pages offer a large-font mode for elderly residents; `large` is nil on the working pages.
        if let large {
            // The switch says which way it stands, not only what it does: 大字：开 / 大字：关.
            layout["largeToggle"] = [
                "to": large ? "0" : "1", "pressed": large ? "true" : "false", "label": strings[large ? "public_large_on" : "public_large_off"],
            ]
            if large { layout["bodyClass"] = "large" }
        }
        // Pages that follow work in progress reload themselves; no script needed.
        if let refreshSeconds { layout["refresh"] = String(refreshSeconds) }
        if let principal = context.principal {
            let menu = Navigation.menu(for: principal, strings: strings, current: template)
            var user: [String: Any] = [
                "displayName": principal.displayName, "roleName": strings.roleName(principal.role), "accountID": principal.accountID,
                "scopeName": context.session?.scopeName ?? principal.scope.code, "scopeCode": principal.scope.code,
                "csrf": context.session?.csrfToken ?? "", "nav": menu.groups,
                // Those who report or visit on the move keep their pages and forms for when there is no signal.
                "offline": principal.can(.reportCases) || principal.can(.recordVisits),
            ]
            if let current = menu.currentName { user["navCurrent"] = current }
            layout["user"] = user
        }
        let html = library.render(layout, withTemplate: "layout") ?? ""
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    func errorPage(message: String, status: HTTPResponse.Status, context: AppRequestContext) -> Response {
        page("error", title: context.strings["error_title"], model: ["message": message], context: context, status: status)
    }
}
