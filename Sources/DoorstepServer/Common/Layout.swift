extension Templates {
    /// The frame of every page: header with the account's navigation, the page, a footer.
    static let layout = """
        <!doctype html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · {{t.app_name}}</title>
        {{#refresh}}<meta http-equiv="refresh" content="{{refresh}}">{{/refresh}}
        <link rel="stylesheet" href="{{route.system.stylesheet}}">
        </head>
        <body{{#bodyClass}} class="{{bodyClass}}"{{/bodyClass}}>
        <a class="skip" href="#main">{{t.skip_to_content}}</a>
        <header class="top">
          <a class="brand" href="{{route.home.show}}">{{t.app_name}}<span class="tagline">{{t.app_tagline}}</span></a>
          {{#user}}
          <nav class="nav" aria-label="{{t.nav_main}}">
            <details class="menu"><summary>{{t.nav_menu}}{{#navCurrent}} · {{navCurrent}}{{/navCurrent}}</summary>{{> navGroups}}</details>
            <div class="menu-wide">{{> navGroups}}</div>
          </nav>
          <div class="who"><span class="who-name">{{displayName}}</span> <span class="who-role">{{roleName}} · <span title="{{scopeCode}}">{{scopeName}}</span></span>
            <form method="post" action="{{route.login.logout}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><button class="link">{{t.logout}}</button></form>
          </div>
          {{/user}}
          {{^user}}
          <nav class="langs" aria-label="{{t.switch_language}}">{{#languages}}<a href="?lang={{code}}" lang="{{code}}"{{#current}} aria-current="true"{{/current}}>{{name}}</a> {{/languages}}{{#largeToggle}} <a href="?large={{largeToggle.to}}" id="large-toggle" role="button" aria-pressed="{{largeToggle.pressed}}">{{largeToggle.label}}</a>{{/largeToggle}}</nav>
          {{/user}}
        </header>
        <main id="main">
        {{#flash}}<p class="flash" role="status">{{.}}</p>{{/flash}}
        {{#user.offline}}{{> outbox}}{{/user.offline}}
        {{{content}}}
        </main>
        <footer class="foot">{{t.footer_text}}</footer>
        {{#user}}<script src="{{route.system.script}}" defer></script>{{/user}}
        </body>
        </html>
        """

    /// The menu's groups and links. A phone shows them folded in a <details>; a wider screen shows them open, as a
    /// second copy: CSS cannot open a <details> in the browsers offices use, and a script is not needed for this.
    static let navGroups = """
        <ul class="groups">{{#nav}}<li class="group">{{#navGroupName}}<span class="group-name">{{navGroupName}}</span>{{/navGroupName}}<ul>
          {{#items}}<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>{{/items}}
        </ul></li>{{/nav}}</ul>
        """
}

/// The page templates, kept in the binary so that one file is all there is to deploy.
enum Templates {
    /// Every template by the name pages render it with; each domain lists its own beside them.
    static let all: [String: String] = {
        let parts: [[String: String]] = [
            Templates.commonPages, Templates.accountPages, Templates.loginPages, Templates.auditPages,
            Templates.territoryPages, Templates.partyPages, Templates.registryPages, Templates.importPages,
            Templates.ownDataPages, Templates.casePages, Templates.publicCasePages, Templates.homePages,
            Templates.partyWorkPages, Templates.orgLifePages, Templates.pointsPages, Templates.teamPages,
            Templates.volunteerPages, Templates.timeBankPages, Templates.partnerPages, Templates.coBuildingPages,
            Templates.afterSchoolPages, Templates.healthPages, Templates.aidPages, Templates.programmeRecordsPages,
            Templates.serviceFiguresPages, Templates.surveyPages, Templates.figurePages, Templates.reportPages, Templates.hotspotPages, Templates.picturePages,
            Templates.offlinePages,
        ]
        var templates: [String: String] = [
            "layout": Templates.layout, "navGroups": Templates.navGroups, "outbox": Templates.outbox,
        ]
        for part in parts {
            templates.merge(part) { _, _ in preconditionFailure("a template name appears twice") }
        }
        return templates
    }()
}
