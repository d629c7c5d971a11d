extension Templates {
    /// The templates of this file by the name pages render them with.
    static let publicCasePages: [String: String] = [
        "publicReport": publicReport, "trackLookup": trackLookup, "track": track, "publicCases": publicCases,
    ]

    /// The resident's report page: no account, anonymous allowed, large type on request.
    static let publicReport = """
        <h1>{{t.public_report_title}}</h1>
        <p class="lead">{{t.public_report_intro}}</p>
        {{> fieldErrors}}
        <form method="post" action="{{route.publicCase.reportForm}}" enctype="multipart/form-data" class="stack card">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <label for="r-community">{{t.public_community}}</label>
          <select id="r-community" name="communityCode" required>{{#communities}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/communities}}</select>
          <label for="r-category">{{t.public_what}}</label>
          <select id="r-category" name="categoryCode" required><option value="">{{t.case_choose}}</option>{{#groups}}<optgroup label="{{name}}">{{#items}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/items}}</optgroup>{{/groups}}</select>
          <label for="r-description">{{t.public_describe}}</label>
          <textarea id="r-description" name="description" rows="5" maxlength="1000" required aria-describedby="r-description-hint">{{form.description}}</textarea>
          <p class="hint" id="r-description-hint">{{t.public_describe_hint}}</p>
          <label for="r-address">{{t.public_where}}</label>
          <input id="r-address" name="address" maxlength="200" value="{{form.address}}" placeholder="{{t.public_where_hint}}">
          <input type="hidden" name="latitude" value="{{form.latitude}}"><input type="hidden" name="longitude" value="{{form.longitude}}">
          <button type="button" data-locate="r-located" data-waiting="{{t.case_locating}}" data-done="{{t.case_located}}" data-failed="{{t.case_locate_failed}}">{{t.case_locate}}</button>
          <span id="r-located" class="hint" role="status"></span>
          <label for="r-photos">{{t.field_photos}}</label>
          <input id="r-photos" name="photos" type="file" accept="image/jpeg,image/png,image/webp" capture="environment" multiple>
          <p class="hint">{{t.case_photos_hint}}</p>
          <label class="check"><input type="checkbox" id="r-anonymous" name="anonymous" value="1"{{#anonymous}} checked{{/anonymous}}> {{t.public_anonymous}}</label>
          <label for="r-name">{{t.public_name}}</label>
          <input id="r-name" name="reporterName" maxlength="50" value="{{form.reporterName}}" autocomplete="name">
          <label for="r-phone">{{t.public_phone}}</label>
          <input id="r-phone" name="reporterPhone" inputmode="tel" maxlength="20" value="{{form.reporterPhone}}" autocomplete="tel">
          <p class="hint">{{t.public_privacy}}</p>
          <button type="submit" class="primary">{{t.case_submit}}</button>
        </form>
        <p><a href="{{route.publicCase.lookup}}">{{t.public_track_link}}</a> · <a href="{{route.publicCase.list}}">{{t.public_list_link}}</a></p>
        <script src="{{route.system.script}}" defer></script>
        """

    static let trackLookup = """
        <h1>{{t.public_track_title}}</h1>
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        <form method="get" action="{{route.publicCase.lookup}}" class="stack card">
          <label for="t-code">{{t.case_tracking_code}}</label>
          <input id="t-code" name="code" maxlength="20" autocapitalize="characters" required>
          <button type="submit" class="primary">{{t.public_track_go}}</button>
        </form>
        <p><a href="{{route.publicCase.reportForm}}">{{t.public_report_title}}</a></p>
        """

    static let track = """
        {{#created}}<p class="ok" role="status">{{t.public_created}}</p>{{/created}}
        <h1>{{category}}</h1>
        <p class="lead">{{community}} · <strong id="public-state">{{state}}</strong></p>
        <p>{{t.case_tracking_code}} <span class="secret" id="public-code">{{tracking}}</span></p>
        <p class="hint">{{t.public_keep_code}} <a href="{{link}}">{{link}}</a></p>
        {{> fieldErrors}}
        <section class="card"><p>{{description}}</p><p class="hint">{{t.case_reported_at}} {{reportedAt}}</p></section>
        {{#rate}}
        <form method="post" action="{{#route.publicCase.rate}}{{tracking}}{{/route.publicCase.rate}}" class="stack card" id="rating">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="version" value="{{version}}">
          <h2>{{t.public_rate_title}}</h2>
          <fieldset><legend>{{t.field_solved}}</legend>
            <label class="check"><input type="radio" name="solved" value="1" required> {{t.case_solved_yes}}</label>
            <label class="check"><input type="radio" name="solved" value="0"> {{t.case_solved_no}}</label></fieldset>
          <fieldset class="stars"><legend>{{t.field_satisfaction}}</legend>
            {{#satisfactions}}<label class="check"><input type="radio" name="satisfaction" value="{{code}}" required> {{name}}</label>{{/satisfactions}}</fieldset>
          <label for="rate-note">{{t.public_rate_note}}</label>
          <textarea id="rate-note" name="note" rows="2" maxlength="500"></textarea>
          <button type="submit" class="primary">{{t.public_rate_submit}}</button>
        </form>
        {{/rate}}
        {{#evaluation}}<p class="ok">{{evaluation}}</p>{{/evaluation}}
        <h2>{{t.case_history}}</h2>
        <ol class="timeline" id="public-history">{{#history}}<li><strong>{{action}}</strong> <span class="when">{{when}}</span>{{#note}}<div>{{note}}</div>{{/note}}</li>{{/history}}</ol>
        """

    static let publicCases = """
        <h1>{{t.public_list_title}}</h1>
        <form method="get" action="{{route.publicCase.list}}" class="stack card">
          <label for="p-community">{{t.public_community}}</label>
          <select id="p-community" name="community">{{#communities}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/communities}}</select>
          <button type="submit">{{t.registry_filter}}</button>
        </form>
        <div class="scroll"><table id="public-cases">
          <thead><tr><th>{{t.case_reported_at}}</th><th>{{t.field_categoryCode}}</th><th>{{t.field_description}}</th><th>{{t.case_state}}</th></tr></thead>
          <tbody>{{#cases}}<tr><td>{{reportedAt}}</td><td>{{category}}</td><td>{{description}}</td><td>{{state}}</td></tr>{{/cases}}</tbody>
        </table></div>
        {{^cases}}<p>{{t.cases_none}}</p>{{/cases}}
        {{#pager}}{{> pager}}{{/pager}}
        <p><a href="{{route.publicCase.reportForm}}">{{t.public_report_title}}</a></p>
        """
}
