extension Templates {
    static let territory = """
        <h1>{{t.territory_title}}</h1>
        <p>{{t.territory_intro}}</p>
        {{#streets}}
        <section class="tree">
          <h2>{{name}} <span class="code">{{code}}</span></h2>
          <ul>
          {{#communities}}
            <li><a href="/territory/communities/{{code}}">{{name}}</a> <span class="code">{{code}}</span>
              <ul>{{#grids}}<li><a href="/territory/grids/{{code}}">{{name}}</a> <span class="code">{{code}}</span></li>{{/grids}}</ul>
            </li>
          {{/communities}}
          </ul>
        </section>
        {{/streets}}
        {{^streets}}<p>{{t.territory_empty}}</p>{{/streets}}
        """

    static let community = """
        <h1>{{community.name}}</h1>
        <dl class="facts"><dt>{{t.code}}</dt><dd class="code">{{community.code}}</dd></dl>
        <h2>{{t.community_grids}}</h2>
        <table><thead><tr><th>{{t.code}}</th><th>{{t.name}}</th></tr></thead><tbody>
        {{#grids}}<tr><td class="code">{{code}}</td><td><a href="/territory/grids/{{code}}">{{name}}</a></td></tr>{{/grids}}
        </tbody></table>
        """

    static let grid = """
        <h1>{{grid.name}}</h1>
        <dl class="facts">
          <dt>{{t.code}}</dt><dd class="code">{{grid.code}}</dd>
          <dt>{{t.grid_community}}</dt><dd>{{community.name}}</dd>
          <dt>{{t.grid_branch}}</dt><dd>{{#hasBranches}}{{branches}}{{/hasBranches}}{{^hasBranches}}—{{/hasBranches}}</dd>
        </dl>
        <div class="figures">
        {{#figures}}<div class="figure"><span class="figure-value">{{value}}</span><span class="figure-label">{{label}}</span></div>{{/figures}}
        </div>
        <h2>{{t.grid_workers}}</h2>
        {{#hasWorkers}}<ul>{{#workers}}<li>{{name}} <span class="code">{{kind}}</span></li>{{/workers}}</ul>{{/hasWorkers}}
        {{^hasWorkers}}<p>{{t.grid_no_workers}}</p>{{/hasWorkers}}
        {{#showAccounts}}
        <h2>{{t.grid_accounts}}</h2>
        <table><thead><tr><th>{{t.field_displayName}}</th><th>{{t.field_role}}</th></tr></thead><tbody>
        {{#accounts}}<tr><td>{{displayName}}</td><td>{{roleName}}</td></tr>{{/accounts}}
        </tbody></table>
        {{/showAccounts}}
        """
}
