extension Templates {
    /// The templates of this file by the name pages render them with.
    static let partyPages: [String: String] = [
        "party": party, "partyNode": partyNode, "members": members, "memberDetail": memberDetail,
    ]

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
        {{#showMembers}}<p><a href="{{route.party.members}}">{{t.party_members}} ({{memberTotal}})</a>{{#canImport}} · <a href="{{route.import.form}}?kind=members">{{t.import_title_members}}</a>{{/canImport}}</p>{{/showMembers}}
        {{#orgForm}}
        <section class="card">
          <h2>{{t.party_org_add_title}}</h2>
          {{> fieldErrors}}
          <form method="post" action="{{route.party.createOrg}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="org-kind">{{t.party_org_kind}}</label>
            <select id="org-kind" name="kind">{{#kinds}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/kinds}}</select>
            <label for="org-name">{{t.name}}</label>
            <input id="org-name" name="name" required maxlength="60" value="{{form.name}}">
            <label for="org-parent">{{t.party_org_parent}}</label>
            <select id="org-parent" name="parentID"><option value="">—</option>{{#parents}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/parents}}</select>
            <label for="org-community">{{t.party_org_community}}</label>
            <select id="org-community" name="communityCode"><option value="">—</option>{{#communities}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/communities}}</select>
            <fieldset><legend>{{t.party_org_grids}}</legend>
            {{#grids}}<label class="check"><input type="checkbox" name="grid_{{code}}" value="1"{{#checked}} checked{{/checked}}> {{name}}</label>{{/grids}}
            </fieldset>
            <details><summary>{{t.party_org_buildings}}</summary>
            {{#buildings}}<label class="check"><input type="checkbox" name="building_{{id}}" value="1"{{#checked}} checked{{/checked}}> {{name}}</label>{{/buildings}}
            </details>
            <p class="hint">{{t.party_org_hint}}</p>
            <button type="submit">{{t.party_org_add}}</button>
          </form>
        </section>
        {{/orgForm}}
        """

    static let partyNode = """
        <li><strong>{{name}}</strong> <span class="code">{{kindName}}</span>{{#covers}} · {{covers}}{{/covers}}{{#memberCount}} · {{memberCount}}{{/memberCount}}
        {{#hasChildren}}<ul>{{#children}}{{> partyNode}}{{/children}}</ul>{{/hasChildren}}</li>
        """

    static let members = """
        <h1>{{t.party_members}}</h1>
        <p>{{t.export_title}}: <a href="{{route.party.exportMembersXLSX}}" download>{{t.format_xlsx}}</a> · <a href="{{route.party.exportMembersCSV}}" download>{{t.format_csv}}</a> <span class="hint">{{t.party_export_hint}}</span></p>
        <div class="scroll"><table id="members">
          <thead><tr><th>{{t.field_displayName}}</th><th>{{t.party_org}}</th><th>{{t.party_status}}</th><th>{{t.party_employment}}</th><th>{{t.party_joined}}</th></tr></thead>
          <tbody>{{#members}}<tr><td><a href="{{#route.party.member}}{{id}}{{/route.party.member}}">{{name}}</a>{{#dual}} <span class="code">{{t.party_dual}}</span>{{/dual}}</td><td>{{org}}</td><td>{{status}}</td><td>{{employment}}</td><td>{{joined}}</td></tr>{{/members}}</tbody>
        </table></div>
        {{#pager}}{{> pager}}{{/pager}}
        {{#memberForm}}
        <section class="card">
          <h2>{{t.party_member_add_title}}</h2>
          {{> fieldErrors}}
          <form method="post" action="{{route.party.members}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="m-org">{{t.party_org}}</label>
            <select id="m-org" name="orgID">{{#orgs}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/orgs}}</select>
            <label for="m-name">{{t.field_displayName}}</label>
            <input id="m-name" name="name" required maxlength="50" value="{{form.name}}">
            <label for="m-id">{{t.field_idNumber}}</label>
            <input id="m-id" name="idNumber" maxlength="18" autocomplete="off" value="{{form.idNumber}}">
            <p class="hint">{{t.party_member_id_hint}}</p>
            <label for="m-status">{{t.party_status}}</label>
            <select id="m-status" name="status">{{#statuses}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/statuses}}</select>
            <label for="m-employment">{{t.party_employment}}</label>
            <select id="m-employment" name="employment">{{#employments}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/employments}}</select>
            <label for="m-joined">{{t.party_joined}}</label>
            <input id="m-joined" name="joinedOn" type="date" required value="{{form.joinedOn}}">
            <label class="check"><input type="checkbox" name="dualCheckIn" value="1"{{#dual}} checked{{/dual}}> {{t.party_dual}}</label>
            <button type="submit">{{t.party_member_add}}</button>
          </form>
        </section>
        {{/memberForm}}
        """

    static let memberDetail = """
        <h1>{{member.name}}</h1>
        <p><a href="{{route.party.members}}">{{t.party_members}}</a></p>
        <dl class="facts">
          <dt>{{t.party_org}}</dt><dd>{{member.org}}</dd>
          <dt>{{t.party_status}}</dt><dd>{{member.status}}</dd>
          <dt>{{t.party_employment}}</dt><dd>{{member.employment}}</dd>
          <dt>{{t.party_joined}}</dt><dd>{{member.joined}}</dd>
          <dt>{{t.party_dual}}</dt><dd>{{member.dual}}</dd>
          <dt>{{t.party_resident}}</dt><dd>{{#member.residentLink}}<a href="{{member.residentLink}}">{{t.party_resident_open}}</a>{{/member.residentLink}}{{^member.residentLink}}{{member.residentText}}{{/member.residentLink}}</dd>
          <dt>{{t.grid_hubs}}</dt><dd>{{member.hub}}</dd>
          <dt>{{t.party_account}}</dt><dd id="member-account">{{member.username}}</dd>
          <dt>{{t.party_officer}}</dt><dd>{{member.officer}}</dd>
        </dl>
        <p><a href="{{route.partyWork.overview}}?member={{member.id}}">{{t.party_work_title}}</a> · <a href="{{route.points.page}}?member={{member.id}}">{{t.points_ledger}}</a></p>
        {{> fieldErrors}}
        {{#accountForm}}
        <form method="post" action="{{#route.party.linkAccount}}{{member.id}}{{/route.party.linkAccount}}" class="card stack" id="account-form">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <label for="m-username">{{t.party_account}}</label>
          <input id="m-username" name="username" maxlength="40" value="{{username}}" autocomplete="off">
          <p class="hint">{{t.party_account_hint}}</p>
          <label class="check"><input type="checkbox" name="officer" value="1"{{#isOfficer}} checked{{/isOfficer}}> {{t.party_officer_check}}</label>
          <button type="submit">{{t.save}}</button>
        </form>
        {{/accountForm}}
        {{#canMakeHub}}
        <form method="post" action="{{#route.party.createHub}}{{member.id}}{{/route.party.createHub}}" class="card stack">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <p>{{t.party_hub_make_intro}}</p>
          <button type="submit">{{t.party_hub_make}}</button>
        </form>
        {{/canMakeHub}}
        {{#linkForm}}
        <form method="post" action="{{#route.party.linkHouseholds}}{{hubID}}{{/route.party.linkHouseholds}}" class="card stack">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <h2>{{t.party_hub_link_title}}</h2>
          <fieldset><legend>{{t.party_hub_link_legend}}</legend>
          {{#households}}<label class="check"><input type="checkbox" name="household_{{id}}" value="1"> {{label}}</label>{{/households}}
          </fieldset>
          {{^households}}<p>{{t.party_hub_link_none}}</p>{{/households}}
          <button type="submit">{{t.party_hub_link}}</button>
        </form>
        {{/linkForm}}
        """
}
