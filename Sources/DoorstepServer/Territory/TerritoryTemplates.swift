extension Templates {
    /// The templates of this file by the name pages render them with.
    static let territoryPages: [String: String] = [
        "territory": territory, "community": community, "grid": grid,
    ]

    static let territory = """
        <h1>{{t.territory_title}}</h1>
        <p>{{t.territory_intro}}</p>
        {{#streets}}
        <section class="tree">
          <h2>{{name}} <span class="code">{{code}}</span></h2>
          <ul>
          {{#communities}}
            <li><a href="{{#route.territory.community}}{{code}}{{/route.territory.community}}">{{name}}</a> <span class="code">{{code}}</span>
              <ul>{{#grids}}<li><a href="{{#route.territory.grid}}{{code}}{{/route.territory.grid}}">{{name}}</a> <span class="code">{{code}}</span></li>{{/grids}}</ul>
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
        {{#grids}}<tr><td class="code">{{code}}</td><td><a href="{{#route.territory.grid}}{{code}}{{/route.territory.grid}}">{{name}}</a></td></tr>{{/grids}}
        </tbody></table>
        {{#showEstates}}
        <h2>{{t.community_estates}}</h2>
        {{> fieldErrors}}
        <div class="scroll"><table id="estates"><thead><tr><th>{{t.name}}</th><th>{{t.field_address}}</th><th>{{t.registry_buildings}}</th></tr></thead><tbody>
        {{#estates}}<tr><td>{{name}}</td><td>{{address}}</td><td>{{buildings}}</td></tr>{{/estates}}
        </tbody></table></div>
        {{^estates}}<p>{{t.community_no_estates}}</p>{{/estates}}
        {{#canAddEstate}}
        <form method="post" action="{{#route.territory.createEstate}}{{community.code}}{{/route.territory.createEstate}}" class="stack card">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <label for="estate-name">{{t.estate_name}}</label>
          <input id="estate-name" name="name" required maxlength="50" value="{{form.name}}">
          <label for="estate-address">{{t.field_address}}</label>
          <input id="estate-address" name="address" required maxlength="200" value="{{form.address}}">
          <button type="submit">{{t.estate_add}}</button>
        </form>
        {{/canAddEstate}}
        {{/showEstates}}
        """

    static let grid = """
        <h1>{{grid.name}}</h1>
        <dl class="facts">
          <dt>{{t.code}}</dt><dd class="code">{{grid.code}}</dd>
          <dt>{{t.grid_community}}</dt><dd>{{community.name}}</dd>
          <dt>{{t.grid_branch}}</dt><dd>{{#hasBranches}}{{branches}}{{/hasBranches}}{{^hasBranches}}—{{/hasBranches}}</dd>
          <dt>{{t.grid_target}}</dt><dd>{{target}}</dd>
        </dl>
        {{{map}}}
        <div class="figures">
        {{#figures}}<div class="figure"><span class="figure-value">{{value}}</span><span class="figure-label">{{label}}</span></div>{{/figures}}
        </div>
        <h2>{{t.grid_workers}}</h2>
        {{#hasWorkers}}<ul>{{#workers}}<li>{{name}} <span class="code">{{kind}}</span></li>{{/workers}}</ul>{{/hasWorkers}}
        {{^hasWorkers}}<p>{{t.grid_no_workers}}</p>{{/hasWorkers}}
        {{#canAddWorker}}
        <details class="card"{{#workerErrors}} open{{/workerErrors}}><summary>{{t.grid_worker_add_title}}</summary>
          {{#workerErrors}}{{> fieldErrors}}{{/workerErrors}}
          <form method="post" action="{{#route.territory.addWorker}}{{grid.code}}{{/route.territory.addWorker}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="w-name">{{t.field_displayName}}</label>
            <input id="w-name" name="name" required maxlength="50" value="{{workerForm.name}}">
            <label class="check"><input type="checkbox" name="fullTime" value="1"{{#workerForm.fullTime}} checked{{/workerForm.fullTime}}> {{t.grid_worker_full}}</label>
            <label class="check"><input type="checkbox" name="isLeader" value="1"{{#workerForm.isLeader}} checked{{/workerForm.isLeader}}> {{t.grid_leader}}</label>
            <button type="submit">{{t.grid_worker_add}}</button>
          </form>
        </details>
        {{/canAddWorker}}
        {{#showBuildings}}
        <h2>{{t.registry_buildings}}</h2>
        <div class="scroll"><table id="grid-buildings"><thead><tr><th>{{t.name}}</th><th>{{t.field_address}}</th></tr></thead><tbody>
        {{#buildings}}<tr><td><a href="{{#route.registry.building}}{{id}}{{/route.registry.building}}">{{name}}</a></td><td>{{address}}</td></tr>{{/buildings}}
        </tbody></table></div>
        {{^buildings}}<p>{{t.registry_no_buildings}}</p>{{/buildings}}
        {{/showBuildings}}
        {{#canAddBuilding}}
        <section class="card">
          <h2>{{t.building_add_title}}</h2>
          {{#buildingErrors}}{{> fieldErrors}}{{/buildingErrors}}
          <form method="post" action="{{#route.territory.createBuilding}}{{grid.code}}{{/route.territory.createBuilding}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="b-name">{{t.building_name}}</label>
            <input id="b-name" name="name" required maxlength="50" value="{{buildingForm.name}}">
            <label for="b-address">{{t.field_address}}</label>
            <input id="b-address" name="address" required maxlength="200" value="{{buildingForm.address}}">
            <label for="b-estate">{{t.building_estate}}</label>
            <select id="b-estate" name="estateID"><option value="">—</option>{{#estates}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/estates}}</select>
            <label for="b-lat">{{t.field_latitude}}</label>
            <input id="b-lat" name="latitude" inputmode="decimal" value="{{buildingForm.latitude}}">
            <label for="b-lng">{{t.field_longitude}}</label>
            <input id="b-lng" name="longitude" inputmode="decimal" value="{{buildingForm.longitude}}">
            <button type="submit">{{t.building_add}}</button>
          </form>
        </section>
        {{/canAddBuilding}}
        <h2>{{t.grid_hubs}}</h2>
        {{#hasHubs}}<ul>{{#hubs}}<li>{{place}} · {{member}} · {{t.grid_hub_linked}} {{linked}}</li>{{/hubs}}</ul>{{/hasHubs}}
        {{^hasHubs}}<p>{{t.grid_no_hubs}}</p>{{/hasHubs}}
        {{#showAccounts}}
        <h2>{{t.grid_accounts}}</h2>
        <table><thead><tr><th>{{t.field_displayName}}</th><th>{{t.field_role}}</th></tr></thead><tbody>
        {{#accounts}}<tr><td>{{displayName}}</td><td>{{roleName}}</td></tr>{{/accounts}}
        </tbody></table>
        {{/showAccounts}}
        {{#canManage}}
        <section class="card">
          <h2>{{t.grid_settings}}</h2>
          {{#settingsErrors}}{{> fieldErrors}}{{/settingsErrors}}
          <form method="post" action="{{#route.territory.grid}}{{grid.code}}{{/route.territory.grid}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="grid-name">{{t.name}}</label>
            <input id="grid-name" name="name" required maxlength="50" value="{{form.name}}">
            <label for="grid-target">{{t.field_householdTarget}}</label>
            <input id="grid-target" name="householdTarget" inputmode="numeric" value="{{form.householdTarget}}">
            <label for="grid-boundary">{{t.field_boundary}}</label>
            <textarea id="grid-boundary" name="boundary" rows="4" class="code">{{form.boundary}}</textarea>
            <p class="hint">{{t.grid_boundary_hint}}</p>
            <button type="submit">{{t.grid_save}}</button>
          </form>
        </section>
        {{/canManage}}
        """
}
