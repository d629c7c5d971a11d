extension Templates {
    /// The templates of this file by the name pages render them with.
    static let registryPages: [String: String] = [
        "registry": registry, "residents": residents, "residentTable": residentTable, "building": building,
        "residentDetail": residentDetail, "residentForm": residentForm,
    ]

    static let registry = """
        <h1>{{t.registry_title}}</h1>
        <p>{{t.registry_intro}}</p>
        <p>{{#canImport}}<a href="{{route.import.form}}">{{t.import_title}}</a> · {{/canImport}}<a href="{{route.ownData.requests}}">{{t.requests_title}}</a>{{#openRequests}} ({{openRequests}}){{/openRequests}}</p>
        <form method="post" action="{{route.registry.search}}" class="stack card" role="search">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          {{#searchByName}}
          <label for="search-name">{{t.field_displayName}}</label>
          <input id="search-name" name="name" autocomplete="off" value="{{query.name}}">
          {{/searchByName}}
          <label for="search-id">{{t.field_idNumber}}</label>
          <input id="search-id" name="idNumber" autocomplete="off" value="{{query.idNumber}}">
          <label for="search-phone">{{t.field_phone}}</label>
          <input id="search-phone" name="phone" inputmode="tel" autocomplete="off" value="{{query.phone}}">
          <button type="submit">{{t.registry_search}}</button>
        </form>
        {{#searched}}
        <h2>{{t.registry_results}}</h2>
        {{> residentTable}}
        {{#tooMany}}<p class="hint">{{tooMany}}</p>{{/tooMany}}
        {{^residents}}<p>{{t.registry_no_results}}</p>{{/residents}}
        {{/searched}}
        <p><a href="{{route.registry.residentList}}">{{t.registry_residents}}</a></p>
        <section class="card">
          <h2>{{t.export_title}}</h2>
          {{> fieldErrors}}
          <p>{{t.export_masked}}: <a href="{{route.registry.exportResidentsXLSX}}" download>{{t.format_xlsx}}</a> · <a href="{{route.registry.exportResidentsCSV}}" download>{{t.format_csv}}</a></p>
          {{#canExportInFull}}
          <form method="post" action="{{route.registry.exportResidentsXLSX}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="export-reason">{{t.export_full_reason}}</label>
            <input id="export-reason" name="reason" required maxlength="200">
            <button type="submit">{{t.export_full}} · {{t.format_xlsx}}</button>
            <button type="submit" formaction="{{route.registry.exportResidentsCSV}}">{{t.export_full}} · {{t.format_csv}}</button>
          </form>
          {{/canExportInFull}}
          <p class="hint">{{t.export_hint}}</p>
        </section>
        <h2>{{t.registry_buildings}}</h2>
        <div class="scroll"><table>
          <thead><tr><th>{{t.field_name}}</th><th>{{t.field_address}}</th><th>{{t.field_gridCode}}</th></tr></thead>
          <tbody>{{#buildings}}<tr><td><a href="{{#route.registry.building}}{{id}}{{/route.registry.building}}">{{name}}</a></td><td>{{address}}</td><td>{{gridName}}</td></tr>{{/buildings}}</tbody>
        </table></div>
        {{^buildings}}<p>{{t.registry_no_buildings}}</p>{{/buildings}}
        {{#pager}}{{> pager}}{{/pager}}
        <p>{{t.export_title}} ({{t.registry_buildings}}): <a href="{{route.registry.exportBuildingsXLSX}}" download>{{t.format_xlsx}}</a> · <a href="{{route.registry.exportBuildingsCSV}}" download>{{t.format_csv}}</a></p>
        """

    static let residents = """
        <h1>{{t.registry_residents}}</h1>
        <form method="get" action="{{route.registry.residentList}}" class="stack card">
          <label for="list-grid">{{t.field_gridCode}}</label>
          <select id="list-grid" name="grid"><option value="">{{t.registry_all_grids}}</option>{{#grids}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/grids}}</select>
          <button type="submit">{{t.registry_filter}}</button>
        </form>
        {{> residentTable}}
        {{^hasResidents}}<p>{{t.registry_no_results}}</p>{{/hasResidents}}
        {{#pager}}{{> pager}}{{/pager}}
        <p>{{t.export_title}}: <a href="{{route.registry.exportResidentsXLSX}}" download>{{t.format_xlsx}}</a> · <a href="{{route.registry.exportResidentsCSV}}" download>{{t.format_csv}}</a></p>
        """

    static let residentTable = """
        {{#hasResidents}}
        <div class="scroll"><table>
          <thead><tr><th>{{t.field_displayName}}</th><th>{{t.field_idNumber}}</th><th>{{t.field_phone}}</th><th>{{t.field_relationToHead}}</th></tr></thead>
          <tbody>{{#residents}}<tr><td><a href="{{#route.registry.resident}}{{id}}{{/route.registry.resident}}">{{name}}</a></td><td class="code">{{idNumberMasked}}</td><td class="code">{{phoneMasked}}</td><td>{{relationToHead}}</td></tr>{{/residents}}</tbody>
        </table></div>
        {{/hasResidents}}
        """

    static let building = """
        <h1>{{building.name}}</h1>
        <dl class="facts"><dt>{{t.field_address}}</dt><dd>{{building.address}}</dd><dt>{{t.field_gridCode}}</dt><dd>{{gridName}}</dd><dt>{{t.building_estate}}</dt><dd>{{estateName}}</dd></dl>
        {{> fieldErrors}}
        {{#units}}
        <h2>{{unit}}</h2>
        {{#households}}
        <section class="card">
          <h3>{{room}}</h3>
          {{> residentTable}}
          {{#canEdit}}<p><a href="{{route.registry.newResident}}?household={{id}}">{{t.registry_add_resident}}</a></p>{{/canEdit}}
        </section>
        {{/households}}
        {{/units}}
        {{^hasHouseholds}}<p>{{t.registry_no_households}}</p>{{/hasHouseholds}}
        {{#canEdit}}
        <section class="card">
          <h2>{{t.household_add_title}}</h2>
          <form method="post" action="{{#route.registry.createHousehold}}{{building.id}}{{/route.registry.createHousehold}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="h-unit">{{t.field_unit}}</label>
            <input id="h-unit" name="unit" maxlength="20" placeholder="1单元">
            <label for="h-room">{{t.field_room}}</label>
            <input id="h-room" name="room" required maxlength="20" placeholder="101">
            <button type="submit">{{t.household_add}}</button>
          </form>
        </section>
        {{/canEdit}}
        {{#canMove}}
        <section class="card">
          <h2>{{t.building_move_title}}</h2>
          <p class="hint">{{t.building_move_hint}}</p>
          <form method="post" action="{{#route.registry.moveBuilding}}{{building.id}}{{/route.registry.moveBuilding}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="move-grid">{{t.field_gridCode}}</label>
            <select id="move-grid" name="gridCode">{{#grids}}<option value="{{code}}">{{name}}</option>{{/grids}}</select>
            <label for="move-reason">{{t.field_reason}}</label>
            <input id="move-reason" name="reason" required maxlength="200">
            <button type="submit">{{t.building_move_submit}}</button>
          </form>
        </section>
        {{/canMove}}
        """

    static let residentDetail = """
        <h1>{{resident.name}}</h1>
        {{#buildingID}}<p><a href="{{#route.registry.building}}{{buildingID}}{{/route.registry.building}}">{{t.resident_back_to_building}}</a></p>{{/buildingID}}
        <dl class="facts">
          {{#address}}<dt>{{t.resident_address}}</dt><dd id="resident-address" title="{{addressCode}}">{{address}}</dd>{{/address}}
          <dt>{{t.field_idNumber}}</dt><dd class="code">{{resident.idNumberMasked}}</dd>
          <dt>{{t.field_phone}}</dt><dd class="code">{{resident.phoneMasked}}</dd>
          <dt>{{t.resident_sex}}</dt><dd>{{sex}}</dd>
          <dt>{{t.resident_ageBand}}</dt><dd>{{resident.ageBand}}</dd>
          <dt>{{t.field_relationToHead}}</dt><dd>{{resident.relationToHead}}</dd>
          <dt>{{t.field_residenceStatus}}</dt><dd>{{status}}</dd>
          <dt>{{t.field_careCategories}}</dt><dd>{{care}}</dd>
        </dl>
        {{#address}}<h2>{{t.resident_household}}</h2>
        {{#hasHouseholdMembers}}<ul id="household-members">{{#householdMembers}}<li><a href="{{href}}">{{name}}</a> · {{relation}}</li>{{/householdMembers}}</ul>{{/hasHouseholdMembers}}
        {{^hasHouseholdMembers}}<p id="household-members">{{t.resident_household_alone}}</p>{{/hasHouseholdMembers}}{{/address}}
        {{> fieldErrors}}
        {{#revealed}}<p class="warning" role="status" id="revealed"><strong>{{label}}:</strong> <span class="secret">{{value}}</span> {{t.reveal_logged}}</p>{{/revealed}}
        {{#canReveal}}
        <section class="card">
          <h2>{{t.reveal_title}}</h2>
          <p>{{t.reveal_intro}}</p>
          <form method="post" action="{{#route.registry.reveal}}{{resident.id}}{{/route.registry.reveal}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="reveal-field">{{t.field_field}}</label>
            <select id="reveal-field" name="field">{{#fields}}<option value="{{code}}">{{name}}</option>{{/fields}}</select>
            <label for="reveal-reason">{{t.field_reason}}</label>
            <input id="reveal-reason" name="reason" required maxlength="200">
            <button type="submit">{{t.reveal_submit}}</button>
          </form>
        </section>
        {{/canReveal}}
        {{#canEdit}}
        <section class="card">
          <h2>{{t.correct_title}}</h2>
          <form method="post" action="{{#route.registry.correct}}{{resident.id}}{{/route.registry.correct}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="fix-field">{{t.me_correction_field}}</label>
            <select id="fix-field" name="field">{{#correctable}}<option value="{{code}}">{{name}}</option>{{/correctable}}</select>
            <label for="fix-value">{{t.me_correction_value}}</label>
            <input id="fix-value" name="value" maxlength="50" autocomplete="off" required>
            <label for="fix-reason">{{t.field_reason}}</label>
            <input id="fix-reason" name="reason" maxlength="200">
            <button type="submit">{{t.correct_submit}}</button>
          </form>
        </section>
        <section class="card">
          <h2>{{t.link_title}}</h2>
          <p>{{t.link_intro}}</p>
          <form method="post" action="{{#route.registry.linkAccount}}{{resident.id}}{{/route.registry.linkAccount}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="link-username">{{t.field_username}}</label>
            <input id="link-username" name="username" autocomplete="off" required maxlength="64">
            <label for="link-id">{{t.link_id_number}}</label>
            <input id="link-id" name="idNumber" autocomplete="off" required maxlength="32">
            <button type="submit">{{t.link_submit}}</button>
          </form>
        </section>
        {{/canEdit}}
        """

    static let residentForm = """
        <h1>{{t.resident_new_title}}</h1>
        {{> fieldErrors}}
        <form method="post" action="{{route.registry.residentList}}" class="stack" novalidate>
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <input type="hidden" name="householdID" value="{{form.householdID}}">
          <label for="r-name">{{t.field_displayName}}</label>
          <input id="r-name" name="name" required maxlength="50" value="{{form.name}}"{{#invalid.name}} aria-invalid="true" aria-describedby="r-name-error"{{/invalid.name}}>
          {{#invalid.name}}<p class="field-error" id="r-name-error">{{invalid.name}}</p>{{/invalid.name}}
          <label for="r-id">{{t.field_idNumber}}</label>
          <input id="r-id" name="idNumber" required maxlength="18" autocomplete="off" value="{{form.idNumber}}"{{#invalid.idNumber}} aria-invalid="true" aria-describedby="r-id-error"{{/invalid.idNumber}}>
          {{#invalid.idNumber}}<p class="field-error" id="r-id-error">{{invalid.idNumber}}</p>{{/invalid.idNumber}}
          <label for="r-phone">{{t.field_phone}}</label>
          <input id="r-phone" name="phone" inputmode="tel" autocomplete="off" value="{{form.phone}}"{{#invalid.phone}} aria-invalid="true" aria-describedby="r-phone-error"{{/invalid.phone}}>
          {{#invalid.phone}}<p class="field-error" id="r-phone-error">{{invalid.phone}}</p>{{/invalid.phone}}
          <label for="r-relation">{{t.field_relationToHead}}</label>
          <input id="r-relation" name="relationToHead" required maxlength="20" value="{{form.relationToHead}}"{{#invalid.relationToHead}} aria-invalid="true"{{/invalid.relationToHead}}>
          {{#invalid.relationToHead}}<p class="field-error">{{invalid.relationToHead}}</p>{{/invalid.relationToHead}}
          <label for="r-status">{{t.field_residenceStatus}}</label>
          <select id="r-status" name="residenceStatus">{{#statusOptions}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/statusOptions}}</select>
          <fieldset><legend>{{t.field_careCategories}}</legend>
          {{#careOptions}}<label class="check"><input type="checkbox" name="care_{{code}}" value="1"{{#checked}} checked{{/checked}}> {{name}}</label>{{/careOptions}}
          </fieldset>
          <button type="submit" class="primary">{{t.resident_save}}</button>
        </form>
        """
}
