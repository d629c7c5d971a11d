extension Templates {
    static let party = """
        <h1>{{t.party_title}}</h1>
        <p class="lead">{{summary}}</p>
        <div class="figures">
        {{#figures}}<div class="figure"><span class="figure-value">{{value}}</span><span class="figure-label">{{label}}</span></div>{{/figures}}
        </div>
        <table class="definitions"><caption>{{t.figure_definition}}</caption><tbody>
        {{#figures}}<tr><th scope="row">{{label}}</th><td>{{value}}</td><td>{{definition}}</td></tr>{{/figures}}
        </tbody></table>
        <section>
        <h2>{{t.party_coverage}}</h2>
        {{#hasUncovered}}<p class="warning" role="alert">{{t.party_uncovered_intro}}</p><ul id="uncovered">{{#uncovered}}<li>{{.}}</li>{{/uncovered}}</ul>{{/hasUncovered}}
        {{^hasUncovered}}<p class="ok" id="covered">{{t.party_all_covered}}</p>{{/hasUncovered}}
        </section>
        <section class="tree">
        <h2>{{t.party_tree}}</h2>
        <ul>{{#tree}}{{> partyNode}}{{/tree}}</ul>
        {{^tree}}<p>{{t.party_no_orgs}}</p>{{/tree}}
        </section>
        {{#showMembers}}<p><a href="/party/members">{{t.party_members}} ({{memberTotal}})</a>{{#canImport}} · <a href="/registry/import?kind=members">{{t.import_title_members}}</a>{{/canImport}}</p>{{/showMembers}}
        """

    static let partyNode = """
        <li><strong>{{name}}</strong> <span class="code">{{kindName}}</span>{{#covers}} · {{covers}}{{/covers}}{{#memberCount}} · {{memberCount}}{{/memberCount}}
        {{#hasChildren}}<ul>{{#children}}{{> partyNode}}{{/children}}</ul>{{/hasChildren}}</li>
        """

    static let members = """
        <h1>{{t.party_members}}</h1>
        <p>{{t.export_title}}: <a href="/party/members/export.xlsx" download>{{t.format_xlsx}}</a> · <a href="/party/members/export.csv" download>{{t.format_csv}}</a> <span class="hint">{{t.party_export_hint}}</span></p>
        <div class="scroll"><table id="members">
          <thead><tr><th>{{t.field_displayName}}</th><th>{{t.party_org}}</th><th>{{t.party_status}}</th><th>{{t.party_employment}}</th><th>{{t.party_joined}}</th></tr></thead>
          <tbody>{{#members}}<tr><td><a href="/party/members/{{id}}">{{name}}</a>{{#dual}} <span class="code">{{t.party_dual}}</span>{{/dual}}</td><td>{{org}}</td><td>{{status}}</td><td>{{employment}}</td><td>{{joined}}</td></tr>{{/members}}</tbody>
        </table></div>
        {{#pager}}{{> pager}}{{/pager}}
        """

    static let memberDetail = """
        <h1>{{member.name}}</h1>
        <p><a href="/party/members">{{t.party_members}}</a></p>
        <dl class="facts">
          <dt>{{t.party_org}}</dt><dd>{{member.org}}</dd>
          <dt>{{t.party_status}}</dt><dd>{{member.status}}</dd>
          <dt>{{t.party_employment}}</dt><dd>{{member.employment}}</dd>
          <dt>{{t.party_joined}}</dt><dd>{{member.joined}}</dd>
          <dt>{{t.party_dual}}</dt><dd>{{member.dual}}</dd>
          <dt>{{t.party_resident}}</dt><dd>{{#member.residentLink}}<a href="{{member.residentLink}}">{{t.party_resident_open}}</a>{{/member.residentLink}}{{^member.residentLink}}{{member.residentText}}{{/member.residentLink}}</dd>
          <dt>{{t.grid_hubs}}</dt><dd>{{member.hub}}</dd>
        </dl>
        """
}
