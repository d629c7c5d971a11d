extension Templates {
    /// The templates of this file by the name pages render them with.
    static let casePages: [String: String] = [
        "caseCards": caseCards, "caseBoard": caseBoard, "inbox": inbox, "caseInHand": caseInHand, "caseMine": caseMine, "caseForm": caseForm,
        "caseDetail": caseDetail, "rates": rates, "rateCases": rateCases, "workCalendar": workCalendar,
    ]

    /// Cases as cards: a phone reads them top to bottom, the colour on the left says how the clock stands.
    static let caseCards = """
        <ul class="cases">{{#cases}}
          <li class="due-{{clock}}" data-tracking="{{tracking}}">
            <a class="title" href="{{href}}">{{category}}</a> <span class="clock clock-{{clock}}">{{clockLabel}}</span>
            <div>{{description}}</div>
            <div class="hint"><span title="{{placeCode}}">{{place}}</span> · {{status}}</div>
            {{#quick}}<form method="post" action="{{href}}"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="version" value="{{version}}"><button class="primary" name="action" value="{{action}}">{{label}}</button></form>{{/quick}}
          </li>{{/cases}}
        </ul>
        """

    static let caseBoard = """
        <h1>{{t.cases_board_title}}</h1>
        <p class="lead">{{t.cases_board_intro}}</p>
        <p><a href="{{route.case.newCase}}">{{t.cases_new}}</a> · <a href="{{route.case.inbox}}">{{t.inbox_title}}</a> · <a href="{{route.rates.page}}">{{t.rates_title}}</a> · <a href="{{route.calendar.page}}">{{t.calendar_title}}</a></p>
        <ul class="lanes">{{#lanes}}<li><a href="{{route.case.board}}?lane={{code}}"{{#current}} aria-current="page"{{/current}} id="lane-{{code}}">{{name}} ({{count}})</a></li>{{/lanes}}</ul>
        <p class="hint">{{laneHint}}</p>
        {{> caseCards}}
        {{^cases}}<p>{{t.cases_none}}</p>{{/cases}}
        {{#pager}}{{> pager}}{{/pager}}
        """

    static let inbox = """
        <h1>{{t.inbox_title}}</h1>
        <p><a href="{{route.case.newCase}}" class="primary">{{t.cases_new}}</a></p>
        <h2>{{t.inbox_mine}}</h2>
        {{#mine}}{{> caseCards}}{{/mine}}
        {{#allInHand}}<p><a href="{{route.case.inHand}}" id="all-in-hand">{{allInHand}}</a></p>{{/allInHand}}
        {{^hasMine}}<p>{{t.inbox_mine_none}}</p>{{/hasMine}}
        {{#canDispatch}}
        <h2>{{t.inbox_new}}</h2>
        {{#fresh}}{{> caseCards}}{{/fresh}}
        {{^hasFresh}}<p>{{t.cases_none}}</p>{{/hasFresh}}
        <h2>{{t.inbox_check}}</h2>
        {{#toCheck}}{{> caseCards}}{{/toCheck}}
        {{^hasToCheck}}<p>{{t.cases_none}}</p>{{/hasToCheck}}
        {{/canDispatch}}
        <h2 id="notices">{{t.inbox_notices}} ({{unread}})</h2>
        {{#hasNotices}}
        <form method="post" action="{{route.case.markRead}}"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button>{{t.inbox_mark_read}}</button></form>
        <ul class="cases" id="notice-list">{{#notices}}<li{{#unread}} class="due-yellow"{{/unread}}><a href="{{href}}">{{text}}</a> <span class="hint">{{when}}</span></li>{{/notices}}</ul>
        {{/hasNotices}}
        {{^hasNotices}}<p>{{t.inbox_notices_none}}</p>{{/hasNotices}}
        """

    static let caseInHand = """
        <h1>{{t.inbox_in_hand_title}}</h1>
        <p><a href="{{route.case.inbox}}">{{t.inbox_title}}</a></p>
        {{> caseCards}}
        {{^cases}}<p>{{t.inbox_mine_none}}</p>{{/cases}}
        {{#pager}}{{> pager}}{{/pager}}
        """

    static let caseMine = """
        <h1>{{t.cases_mine_title}}</h1>
        <p><a href="{{route.case.newCase}}">{{t.cases_new}}</a></p>
        {{> caseCards}}
        {{^cases}}<p>{{t.cases_none}}</p>{{/cases}}
        """

    static let caseForm = """
        <h1>{{t.cases_new}}</h1>
        {{> fieldErrors}}
        <form method="post" action="{{route.case.newCase}}" enctype="multipart/form-data" class="stack card">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          {{#hasCommunities}}<label for="c-community">{{t.field_communityCode}}</label>
          <select id="c-community" name="communityCode">{{#communities}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/communities}}</select>{{/hasCommunities}}
          <label for="c-category">{{t.field_categoryCode}}</label>
          <select id="c-category" name="categoryCode" required><option value="">{{t.case_choose}}</option>{{#groups}}<optgroup label="{{name}}">{{#items}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/items}}</optgroup>{{/groups}}</select>
          <label for="c-description">{{t.field_description}}</label>
          <textarea id="c-description" name="description" rows="4" maxlength="1000" required>{{form.description}}</textarea>
          {{#hasSources}}<label for="c-source">{{t.field_source}}</label>
          <select id="c-source" name="source">{{#sources}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/sources}}</select>{{/hasSources}}
          <label for="c-urgency">{{t.field_urgency}}</label>
          <select id="c-urgency" name="urgency">{{#urgencies}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/urgencies}}</select>
          {{#hasBuildings}}<label for="c-building">{{t.field_buildingID}}</label>
          <select id="c-building" name="buildingID"><option value="">{{t.case_no_building}}</option>{{#buildings}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/buildings}}</select>{{/hasBuildings}}
          <label for="c-address">{{t.field_address}}</label>
          <input id="c-address" name="address" maxlength="200" value="{{form.address}}">
          <input type="hidden" name="latitude" value="{{form.latitude}}"><input type="hidden" name="longitude" value="{{form.longitude}}">
          <button type="button" data-locate="c-located" data-waiting="{{t.case_locating}}" data-done="{{t.case_located}}" data-failed="{{t.case_locate_failed}}">{{t.case_locate}}</button>
          <span id="c-located" class="hint" role="status"></span>
          <label for="c-photos">{{t.field_photos}}</label>
          <input id="c-photos" name="photos" type="file" accept="image/jpeg,image/png,image/webp" capture="environment" multiple>
          <p class="hint">{{t.case_photos_hint}}</p>
          {{#onBehalf}}
          <label for="c-name">{{t.field_reporterName}}</label>
          <input id="c-name" name="reporterName" maxlength="50" value="{{form.reporterName}}">
          <label for="c-phone">{{t.field_reporterPhone}}</label>
          <input id="c-phone" name="reporterPhone" inputmode="tel" maxlength="20" value="{{form.reporterPhone}}" autocomplete="off">
          {{/onBehalf}}
          <button type="submit" class="primary">{{t.case_submit}}</button>
        </form>
        """

    static let caseDetail = """
        <h1>{{category}} <span class="clock clock-{{clock}}">{{clockLabel}}</span></h1>
        <p class="lead">{{state}} · {{t.case_tracking_code}} <span class="code" id="tracking-code">{{tracking}}</span></p>
        {{> fieldErrors}}
        {{#notice}}<p class="warning" role="alert">{{notice}}</p>{{/notice}}
        <section class="card">
          <p id="case-description">{{description}}</p>
          <dl class="facts">
            <dt>{{t.field_source}}</dt><dd>{{source}}</dd>
            <dt>{{t.field_urgency}}</dt><dd>{{urgency}}</dd>
            <dt>{{t.case_reported_at}}</dt><dd>{{reportedAt}}</dd>
            <dt>{{t.case_place}}</dt><dd title="{{placeCode}}">{{place}}</dd>
            <dt>{{t.case_reporter}}</dt><dd>{{reporter}}{{#phone}} · <span class="code">{{phone}}</span>{{/phone}}</dd>
            <dt>{{t.case_handler}}</dt><dd id="case-handler">{{handler}}</dd>
            <dt>{{t.case_deadline}}</dt><dd>{{deadline}}</dd>
            <dt>{{t.case_escalation}}</dt><dd>{{escalation}}</dd>
            {{#reviewOn}}<dt>{{t.field_reviewOn}}</dt><dd>{{reviewOn}}</dd>{{/reviewOn}}
            <dt>{{t.case_counts}}</dt><dd>{{counts}}</dd>
            {{#evaluation}}<dt>{{t.case_evaluation}}</dt><dd>{{evaluation}}</dd>{{/evaluation}}
          </dl>
          {{#canReveal}}<form method="post" action="{{#route.case.revealPhone}}{{id}}{{/route.case.revealPhone}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><label for="reveal-reason">{{t.reveal_reason}}</label> <input id="reveal-reason" name="reason" maxlength="200" required> <button>{{t.case_reveal_phone}}</button></form>{{/canReveal}}
          {{#revealed}}<p class="warning">{{t.case_phone_revealed}} <span class="code" id="revealed-phone">{{revealed}}</span></p>{{/revealed}}
        </section>
        {{#hasPhotos}}<h2>{{t.case_photos}}</h2><div class="photos">{{#photos}}<a href="{{src}}"><img src="{{src}}" alt="{{alt}}"></a>{{/photos}}</div>{{/hasPhotos}}
        {{#hasDuplicates}}<section class="card warning"><h2>{{t.case_duplicates}}</h2><ul>{{#duplicates}}<li><a href="{{href}}">{{tracking}}</a> {{description}} ({{state}})</li>{{/duplicates}}</ul></section>{{/hasDuplicates}}
        {{#mediation}}<section class="card" id="mediation"><h2>{{t.mediation_title}}</h2>
          {{#notStarted}}{{#canHandle}}<form method="post" action="{{#route.mediation.start}}{{id}}{{/route.mediation.start}}" class="stack" id="mediation-start">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="m-mediator">{{t.field_mediatorName}}</label><input id="m-mediator" name="mediatorName" maxlength="50" required>
            <label for="m-party1">{{t.party_applicant}}</label><input id="m-party1" name="party1" maxlength="50" required>
            <label for="m-party2">{{t.party_respondent}}</label><input id="m-party2" name="party2" maxlength="50" required>
            <label for="m-party3">{{t.party_other}}</label><input id="m-party3" name="party3" maxlength="50">
            <p class="hint">{{t.mediation_names_hint}}</p>
            <button class="primary">{{t.mediation_start}}</button></form>{{/canHandle}}
          {{^canHandle}}<p>{{t.mediation_none}}</p>{{/canHandle}}{{/notStarted}}
          {{#mediator}}<dl class="facts"><dt>{{t.field_mediatorName}}</dt><dd>{{mediator}}</dd>
            <dt>{{t.mediation_parties}}</dt><dd id="mediation-parties">{{#parties}}{{name}}（{{side}}） {{/parties}}</dd>
            {{#outcome}}<dt>{{t.field_outcome}}</dt><dd id="mediation-outcome">{{outcome}}</dd><dt>{{t.field_agreement}}</dt><dd>{{agreement}}</dd>{{/outcome}}</dl>
          <h3>{{t.mediation_sessions}}</h3>
          <ul id="mediation-sessions">{{#sessions}}<li>{{heldOn}} {{place}} — {{notes}} <span class="hint">{{by}}</span></li>{{/sessions}}</ul>
          {{#open}}<form method="post" action="{{#route.mediation.addSession}}{{id}}{{/route.mediation.addSession}}" class="stack" id="mediation-session">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="m-held">{{t.field_heldOn}}</label><input id="m-held" name="heldOn" type="date" required>
            <label for="m-place">{{t.field_place}}</label><input id="m-place" name="place" maxlength="100">
            <label for="m-notes">{{t.field_notes}}</label><textarea id="m-notes" name="notes" rows="3" maxlength="4000" required></textarea>
            <button>{{t.mediation_add_session}}</button></form>
          <form method="post" action="{{#route.mediation.conclude}}{{id}}{{/route.mediation.conclude}}" class="stack" id="mediation-conclude">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="m-outcome">{{t.field_outcome}}</label><select id="m-outcome" name="outcome">{{#outcomes}}<option value="{{code}}">{{name}}</option>{{/outcomes}}</select>
            <label for="m-agreement">{{t.field_agreement}}</label><textarea id="m-agreement" name="agreement" rows="4" maxlength="8000"></textarea>
            <button class="primary">{{t.mediation_conclude}}</button></form>{{/open}}{{/mediator}}
        </section>{{/mediation}}
        {{#hasSteps}}<h2>{{t.case_steps}}</h2>
        <div class="actions">
        {{#steps}}
          <form method="post" action="{{#route.case.step}}{{id}}{{/route.case.step}}" enctype="multipart/form-data" id="step-{{name}}">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="version" value="{{version}}">
            <h3>{{title}}</h3>
            {{#extensionInfo}}<p>{{extensionInfo}}</p>{{/extensionInfo}}
            {{#categoryField}}<label for="s-cat">{{t.field_categoryCode}}</label><select id="s-cat" name="categoryCode">{{#groups}}<optgroup label="{{name}}">{{#items}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/items}}</optgroup>{{/groups}}</select>
            <label for="s-urg">{{t.field_urgency}}</label><select id="s-urg" name="urgency">{{#urgencies}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/urgencies}}</select>{{/categoryField}}
            {{#handlerField}}<label for="s-handler">{{t.case_handler}}</label><select id="s-handler" name="handlerAccountID">{{#unitField}}<option value="">{{t.case_handler_unit_option}}</option>{{/unitField}}{{#optionGroups}}<optgroup label="{{label}}">{{#options}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/options}}</optgroup>{{/optionGroups}}</select>
            {{#unitField}}<label for="s-unit">{{t.field_handlerUnit}}</label><input id="s-unit" name="handlerUnit" maxlength="60">{{/unitField}}{{/handlerField}}
            {{#daysField}}<label for="s-days">{{t.field_workingDays}}</label><input id="s-days" name="workingDays" type="number" min="1" max="30" value="2">{{/daysField}}
            {{#reviewField}}<label for="s-review">{{t.field_reviewOn}}</label><input id="s-review" name="reviewOn" type="date">{{/reviewField}}
            {{#intoField}}<label for="s-into">{{t.field_into}}</label><input id="s-into" name="into" maxlength="40">{{/intoField}}
            {{#ratingField}}<fieldset><legend>{{t.field_solved}}</legend><label class="check"><input type="radio" name="solved" value="1" required> {{t.case_solved_yes}}</label><label class="check"><input type="radio" name="solved" value="0"> {{t.case_solved_no}}</label></fieldset>
            <label for="s-sat">{{t.field_satisfaction}}</label><select id="s-sat" name="satisfaction" required><option value="">{{t.case_choose}}</option>{{#satisfactions}}<option value="{{code}}">{{name}}</option>{{/satisfactions}}</select>{{/ratingField}}
            {{#photosField}}<label for="s-photos">{{t.case_after_photos}}</label><input id="s-photos" name="photos" type="file" accept="image/jpeg,image/png,image/webp" capture="environment" multiple>{{/photosField}}
            {{#noteField}}<label for="s-note-{{name}}">{{noteLabel}}</label><textarea id="s-note-{{name}}" name="note" rows="2" maxlength="2000"></textarea>{{/noteField}}
            {{#buttons}}<button name="action" value="{{action}}"{{#primary}} class="primary"{{/primary}}>{{label}}</button> {{/buttons}}
          </form>
        {{/steps}}
        </div>{{/hasSteps}}
        <h2>{{t.case_history}}</h2>
        <ol class="timeline" id="case-history">{{#history}}<li><strong>{{action}}</strong> <span class="when">{{when}} · {{actor}}</span>{{#note}}<div>{{note}}</div>{{/note}}</li>{{/history}}</ol>
        """
}

extension Templates {
    static let rates = """
        <h1>{{t.rates_title}}</h1>
        <p class="lead">{{t.rates_intro}}</p>
        {{> fieldErrors}}
        <form method="get" action="{{route.rates.page}}" class="card">
          <label for="rates-from">{{t.rates_from}}</label> <input id="rates-from" name="from" type="date" value="{{from}}">
          <label for="rates-to">{{t.rates_to}}</label> <input id="rates-to" name="to" type="date" value="{{to}}">
          <button type="submit">{{t.rates_show}}</button>
        </form>
        <div class="scroll"><table id="rates">
          <caption>{{from}} – {{to}}</caption>
          <thead><tr><th>{{t.rates_territory}}</th>{{#metrics}}<th><abbr title="{{definition}}">{{name}}</abbr></th>{{/metrics}}</tr></thead>
          <tbody>{{#rows}}<tr><th scope="row">{{name}}</th>{{#cells}}<td id="rate-{{id}}"><strong>{{percent}}</strong><br><a href="{{numeratorHref}}">{{numerator}}</a> / <a href="{{denominatorHref}}">{{denominator}}</a></td>{{/cells}}</tr>{{/rows}}</tbody>
        </table></div>
        <dl class="definitions" id="rate-definitions">{{#metrics}}<dt>{{name}}</dt><dd>{{definition}}</dd>{{/metrics}}</dl>
        {{#mediation}}<h2>{{t.mediation_figures}}</h2>
        <div class="scroll"><table id="mediation-figures"><thead><tr>{{#ended}}<th>{{name}}</th>{{/ended}}<th>{{t.mediation_ongoing}}</th></tr></thead>
          <tbody><tr>{{#ended}}<td>{{count}}</td>{{/ended}}<td>{{ongoing}}</td></tr></tbody></table></div>{{/mediation}}
        """

    static let rateCases = """
        <h1>{{set}}</h1>
        <p class="lead">{{territory}} · {{period}} · <a href="{{back}}">{{t.rates_back}}</a></p>
        {{> caseCards}}
        {{^cases}}<p>{{t.cases_none}}</p>{{/cases}}
        {{#pager}}{{> pager}}{{/pager}}
        """
}

extension Templates {
    static let workCalendar = """
        <h1>{{t.calendar_title}} {{year}}</h1>
        <p class="lead">{{t.calendar_intro}}</p>
        {{#unsetYear}}<p class="warning" role="alert" id="calendar-unset-year">{{unsetYear}}</p>{{/unsetYear}}
        <p><a href="{{route.calendar.page}}?year={{previous}}">{{previous}}</a> · <a href="{{route.calendar.page}}?year={{next}}">{{next}}</a></p>
        {{#hasProblems}}<div class="error" role="alert"><ul>{{#problems}}<li>{{.}}</li>{{/problems}}</ul></div>{{/hasProblems}}
        <div class="scroll"><table id="calendar-days">
          <thead><tr><th>{{t.calendar_day}}</th><th>{{t.calendar_kind}}</th><th>{{t.calendar_name}}</th></tr></thead>
          <tbody>{{#days}}<tr><td>{{day}}</td><td>{{kind}}</td><td>{{name}}</td></tr>{{/days}}</tbody>
        </table></div>
        {{^hasDays}}<p class="warning">{{t.calendar_none}}</p>{{/hasDays}}
        {{#canEdit}}
        <form method="post" action="{{route.calendar.page}}?year={{year}}" class="stack card" id="calendar-set">
          <h2>{{t.calendar_set_title}}</h2>
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <label for="cal-day">{{t.calendar_day}}</label><input id="cal-day" name="day" type="date" required>
          <label for="cal-kind">{{t.calendar_kind}}</label><select id="cal-kind" name="kind">{{#kinds}}<option value="{{code}}">{{name}}</option>{{/kinds}}</select>
          <label for="cal-name">{{t.calendar_name}}</label><input id="cal-name" name="name" maxlength="40">
          <button class="primary">{{t.calendar_set}}</button>
        </form>
        <form method="post" action="{{route.calendar.importSheet}}?year={{year}}" enctype="multipart/form-data" class="stack card" id="calendar-import">
          <h2>{{t.calendar_import_title}}</h2>
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <p class="hint">{{t.calendar_import_hint}}</p>
          <label for="cal-file">{{t.calendar_file}}</label><input id="cal-file" name="file" type="file" accept=".xlsx,.csv" required>
          <button>{{t.calendar_import}}</button>
        </form>
        {{/canEdit}}
        """
}
