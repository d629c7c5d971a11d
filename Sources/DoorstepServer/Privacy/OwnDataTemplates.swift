extension Templates {
    /// The templates of this file by the name pages render them with.
    static let ownDataPages: [String: String] = [
        "ownRecord": ownRecord, "dataRequests": dataRequests,
    ]

    static let ownRecord = """
        <h1>{{t.me_title}}</h1>
        {{#notLinked}}<p class="card">{{t.me_not_linked}}</p>{{/notLinked}}
        {{#record}}
        <p>{{t.me_intro}}</p>
        <dl class="facts" id="own-record">
          <dt>{{t.field_displayName}}</dt><dd>{{name}}</dd>
          <dt>{{t.field_idNumber}}</dt><dd class="code">{{idNumber}}</dd>
          <dt>{{t.field_phone}}</dt><dd class="code">{{phone}}</dd>
          <dt>{{t.resident_sex}}</dt><dd>{{sex}}</dd>
          <dt>{{t.resident_birth}}</dt><dd>{{birthDate}}</dd>
          <dt>{{t.me_address}}</dt><dd>{{address}}</dd>
          <dt>{{t.field_relationToHead}}</dt><dd>{{relationToHead}}</dd>
          <dt>{{t.field_residenceStatus}}</dt><dd>{{status}}</dd>
          <dt>{{t.field_careCategories}}</dt><dd>{{care}}</dd>
          <dt>{{t.me_registered_at}}</dt><dd>{{registeredAt}}</dd>
        </dl>
        {{#hasHealth}}<h2>{{t.me_health_records}}</h2>
        <ul id="own-health">{{#health}}<li>{{day}} · {{station}}{{#content}} · {{content}}{{/content}}{{#withdrawn}} · {{t.health_withdrawn}} {{withdrawn}}{{/withdrawn}}</li>{{/health}}</ul>{{/hasHealth}}
        {{#hasAid}}<h2>{{t.me_aid_projects}}</h2>
        <ul id="own-aid">{{#aid}}<li>{{project}} · {{addedOn}}{{#removedOn}} – {{removedOn}}{{/removedOn}}</li>{{/aid}}</ul>{{/hasAid}}
        <p><a href="{{route.ownData.exportOwn}}" download>{{t.me_download}}</a></p>
        {{/record}}
        {{^notLinked}}
        {{> fieldErrors}}
        <section class="card">
          <h2>{{t.me_correction_title}}</h2>
          <form method="post" action="{{route.ownData.makeRequest}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <input type="hidden" name="kind" value="correction">
            <label for="c-field">{{t.me_correction_field}}</label>
            <select id="c-field" name="field">{{#fields}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/fields}}</select>
            <label for="c-value">{{t.me_correction_value}}</label>
            <input id="c-value" name="value" maxlength="50" autocomplete="off" value="{{form.value}}">
            <label for="c-note">{{t.me_note}}</label>
            <textarea id="c-note" name="note" maxlength="500" rows="3">{{form.note}}</textarea>
            <button type="submit" class="primary">{{t.me_correction_submit}}</button>
          </form>
        </section>
        <section class="card">
          <h2>{{t.me_deletion_title}}</h2>
          <p>{{t.me_deletion_intro}}</p>
          <form method="post" action="{{route.ownData.makeRequest}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <input type="hidden" name="kind" value="deletion">
            <label for="d-note">{{t.me_note}}</label>
            <textarea id="d-note" name="note" maxlength="500" rows="2"></textarea>
            <label class="check"><input type="checkbox" id="d-confirm" name="confirm" value="1"> {{t.me_deletion_confirm}}</label>
            <button type="submit">{{t.me_deletion_submit}}</button>
          </form>
        </section>
        <h2>{{t.me_requests_title}}</h2>
        <div class="scroll"><table id="own-requests">
          <thead><tr><th>{{t.requests_when}}</th><th>{{t.requests_kind}}</th><th>{{t.me_correction_field}}</th><th>{{t.me_correction_value}}</th><th>{{t.requests_status}}</th><th>{{t.me_note}}</th></tr></thead>
          <tbody>{{#requests}}<tr><td>{{createdAt}}</td><td>{{kind}}</td><td>{{field}}</td><td class="code">{{value}}</td><td>{{status}}</td><td>{{decisionNote}}</td></tr>{{/requests}}</tbody>
        </table></div>
        {{/notLinked}}
        """

    static let dataRequests = """
        <h1>{{t.requests_title}}</h1>
        <p>{{t.requests_intro}}</p>
        {{> fieldErrors}}
        {{^hasRequests}}<p>{{t.requests_none}}</p>{{/hasRequests}}
        {{#requests}}
        <section class="card" id="request-{{id}}">
          <h2><a href="{{#route.registry.resident}}{{residentID}}{{/route.registry.resident}}">{{residentName}}</a> · {{kind}}</h2>
          <dl class="facts">
            <dt>{{t.requests_when}}</dt><dd>{{createdAt}}</dd>
            <dt>{{t.me_correction_field}}</dt><dd>{{field}}</dd>
            <dt>{{t.me_correction_value}}</dt><dd class="code">{{value}}</dd>
            <dt>{{t.me_note}}</dt><dd>{{note}}</dd>
          </dl>
          {{#canDecide}}
          <form method="post" action="{{#route.ownData.decide}}{{id}}{{/route.ownData.decide}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="note-{{id}}">{{t.requests_note}}</label>
            <input id="note-{{id}}" name="note" maxlength="500">
            <button type="submit" name="decision" value="carryOut" class="primary">{{t.requests_carry_out}}</button>
            <button type="submit" name="decision" value="refuse">{{t.requests_refuse}}</button>
          </form>
          {{/canDecide}}
        </section>
        {{/requests}}
        """
}
