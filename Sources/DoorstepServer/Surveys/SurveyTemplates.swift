extension Templates {
    /// The templates of this file by the name pages render them with.
    static let surveyPages: [String: String] = [
        "surveys": surveys, "surveyQuestions": surveyQuestions, "survey": survey, "surveyCompare": surveyCompare,
        "publicSurvey": publicSurvey,
    ]

    /// The office's surveys: each with its 满意率 and the answers behind it, a filter by place and closing day, and
    /// a new survey with its questions.
    static let surveys = """
        <h1>{{t.survey_title}}</h1>
        <p class="lead">{{t.survey_intro}}</p>
        {{> fieldErrors}}
        <form method="get" action="{{route.survey.list}}" class="stack card" id="survey-filter">
          <label for="f-place">{{t.survey_filter_place}}</label>
          <select id="f-place" name="place"><option value="">{{t.survey_own_place}}</option>{{#filterPlaces}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/filterPlaces}}</select>
          <label for="f-from">{{t.survey_closed_from}}</label><input id="f-from" name="from" type="date" value="{{from}}">
          <label for="f-to">{{t.survey_closed_to}}</label><input id="f-to" name="to" type="date" value="{{to}}">
          <button type="submit">{{t.survey_filter}}</button>
        </form>
        {{#ratesFor}}<p class="lead" id="survey-rates-for">{{ratesFor}}</p>{{/ratesFor}}
        <ul class="cases" id="surveys">{{#surveys}}<li data-survey="{{id}}">
          <a class="title" href="{{#route.survey.detail}}{{id}}{{/route.survey.detail}}">{{title}}</a>
          <div class="hint">{{place}} · {{days}} · {{state}}</div>
          <div><abbr title="{{t.survey_rate_definition}}">{{t.survey_rate_name}}</abbr> <strong class="survey-rate">{{percent}}</strong>{{#counts}} <span class="survey-counts">（{{counts}}）</span>{{/counts}} · {{t.survey_answers}} <span class="survey-answers">{{answers}}</span></div>
          {{#compareHref}}<a href="{{compareHref}}" class="survey-compare">{{t.survey_compare_previous}}</a>{{/compareHref}}
        </li>{{/surveys}}</ul>
        {{^surveys}}<p>{{t.survey_none}}</p>{{/surveys}}
        <p><a href="{{route.survey.compare}}">{{t.survey_compare_title}}</a></p>
        <p class="hint">{{t.survey_rate_definition}}</p>
        {{#newSurvey}}
        <form method="post" action="{{route.survey.list}}" class="stack card" id="survey-new">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <h2>{{t.survey_new}}</h2>
          <label for="s-title">{{t.survey_field_title}}</label><input id="s-title" name="title" maxlength="100" required value="{{title}}">
          <label for="s-place">{{t.survey_place}}</label>
          <select id="s-place" name="place" required><option value="">{{t.survey_choose_place}}</option>{{#places}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/places}}</select>
          <label for="s-opens">{{t.field_opensOn}}</label><input id="s-opens" name="opensOn" type="date" required value="{{opensOn}}">
          <label for="s-closes">{{t.field_closesOn}}</label><input id="s-closes" name="closesOn" type="date" required value="{{closesOn}}">
          <p class="hint">{{t.survey_questions_hint}}</p>
          {{#questionRows}}<fieldset><legend>{{label}}</legend>
            <label for="s-q{{n}}">{{t.survey_question_text}}</label><input id="s-q{{n}}" name="question{{n}}" maxlength="200" value="{{text}}">
            <label for="s-k{{n}}">{{t.survey_question_kind}}</label>
            <select id="s-k{{n}}" name="kind{{n}}"><option value="scale"{{#scale}} selected{{/scale}}>{{t.survey_kind_scale}}</option><option value="text"{{^scale}} selected{{/scale}}>{{t.survey_kind_text}}</option></select>
          </fieldset>{{/questionRows}}
          <button type="submit" class="primary">{{t.survey_new}}</button>
        </form>
        {{/newSurvey}}
        """

    /// A survey's questions as a form asks them: five levels to choose from, or a box for words.
    static let surveyQuestions = """
        {{#questions}}
        {{#isScale}}<fieldset class="stars" id="{{key}}-levels"><legend>{{position}}. {{text}}{{#required}} <span class="hint">{{t.survey_required}}</span>{{/required}}</legend>
          {{#levels}}<label class="check"><input type="radio" name="{{key}}" value="{{code}}" id="{{inputID}}"{{#checked}} checked{{/checked}}{{#required}} required{{/required}}> {{name}}</label>{{/levels}}
        </fieldset>{{/isScale}}
        {{#isText}}<label for="{{key}}-text">{{position}}. {{text}}</label>
        <textarea id="{{key}}-text" name="{{key}}" rows="3" maxlength="500" aria-describedby="{{key}}-hint">{{value}}</textarea>
        <p class="hint" id="{{key}}-hint">{{t.survey_text_hint}}</p>{{/isText}}
        {{/questions}}
        """

    /// One survey: the door-to-door form on a phone while it is open, then its results by estate and by grid.
    static let survey = """
        <h1>{{survey.title}}</h1>
        <p class="lead">{{survey.place}} · {{survey.days}} · <strong id="survey-state">{{survey.state}}</strong></p>
        <p><a href="{{route.survey.list}}">{{t.survey_title}}</a> · <a href="{{compareHref}}">{{t.survey_compare_title}}</a></p>
        {{#publicLink}}<p class="hint">{{t.survey_public_link}} <a href="{{publicLink}}" id="survey-public-link" class="code">{{publicLink}}</a></p>{{/publicLink}}
        {{> fieldErrors}}
        {{#door}}
        <section class="card" id="door">
          <h2>{{t.survey_door_title}}</h2>
          <form method="get" action="{{#route.survey.detail}}{{survey.id}}{{/route.survey.detail}}" class="stack" id="door-choose">
            <label for="door-building">{{t.field_building}}</label>
            <select id="door-building" name="building" required><option value="">{{t.survey_choose_building}}</option>{{#buildings}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/buildings}}</select>
            <button type="submit">{{t.survey_choose}}</button>
          </form>
          {{#hasHouseholds}}
          <p class="hint" id="door-remaining">{{remaining}}</p>
          <form method="post" action="{{#route.survey.answerAtDoor}}{{survey.id}}{{/route.survey.answerAtDoor}}" class="stack" id="door-answer">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="building" value="{{building}}">
            <label for="door-household">{{t.field_householdID}}</label>
            <select id="door-household" name="householdID" required><option value="">{{t.survey_choose_household}}</option>{{#households}}<option value="{{id}}"{{#answered}} disabled{{/answered}}{{#selected}} selected{{/selected}}>{{label}}</option>{{/households}}</select>
            {{> surveyQuestions}}
            <button type="submit" class="primary">{{t.survey_record}}</button>
          </form>
          {{/hasHouseholds}}
          {{#noHouseholds}}<p>{{t.survey_no_households}}</p>{{/noHouseholds}}
        </section>
        {{/door}}
        {{#results}}
        <section id="results">
          <h2>{{t.survey_results}}</h2>
          <div class="figures">
            <div class="figure" id="survey-rate"><span class="figure-value">{{percent}}</span><span class="figure-label">{{t.survey_rate_name}} · <span id="survey-rate-counts">{{counts}}</span></span></div>
            <div class="figure" id="survey-answers"><span class="figure-value">{{answers}}</span><span class="figure-label">{{t.survey_households_answered}}</span></div>
          </div>
          <p class="hint" id="survey-definition">{{t.survey_rate_definition}}</p>
          <div class="scroll"><table id="survey-levels"><caption>{{overallQuestion}}</caption>
            <thead><tr><th>{{t.survey_level}}</th><th>{{t.survey_households}}</th></tr></thead>
            <tbody>{{#levels}}<tr><td>{{name}}</td><td>{{count}}</td></tr>{{/levels}}</tbody></table></div>
          <div class="scroll"><table id="by-estate"><caption>{{t.survey_by_estate}}</caption>
            <thead><tr><th>{{t.survey_estate}}</th><th>{{t.survey_rate_name}}</th><th>{{t.survey_satisfied}}</th><th>{{t.survey_answers}}</th></tr></thead>
            <tbody>{{#byEstate}}<tr><td>{{name}}</td><td>{{percent}}</td><td>{{satisfied}}</td><td>{{answers}}</td></tr>{{/byEstate}}</tbody></table></div>
          <div class="scroll"><table id="by-grid"><caption>{{t.survey_by_grid}}</caption>
            <thead><tr><th>{{t.survey_grid}}</th><th>{{t.survey_rate_name}}</th><th>{{t.survey_satisfied}}</th><th>{{t.survey_answers}}</th></tr></thead>
            <tbody>{{#byGrid}}<tr><td>{{name}}</td><td>{{percent}}</td><td>{{satisfied}}</td><td>{{answers}}</td></tr>{{/byGrid}}</tbody></table></div>
          <div class="scroll"><table id="by-question"><caption>{{t.survey_by_question}}</caption>
            <thead><tr><th>{{t.survey_question_text}}</th><th>{{t.survey_rate_name}}</th><th>{{t.survey_satisfied}}</th><th>{{t.survey_answers}}</th></tr></thead>
            <tbody>{{#questions}}<tr><td>{{text}}</td><td>{{percent}}</td><td>{{satisfied}}</td><td>{{answers}}</td></tr>{{/questions}}</tbody></table></div>
          {{#hasComments}}<h3>{{t.survey_comments}}</h3>
          <ul class="cases" id="survey-comments">{{#comments}}<li><p class="minutes">{{text}}</p><p class="hint">{{question}} · {{where}}</p></li>{{/comments}}</ul>{{/hasComments}}
        </section>
        {{/results}}
        """

    /// Before and after for one place, with every count behind both rates.
    static let surveyCompare = """
        <h1>{{t.survey_compare_title}}</h1>
        <p class="lead">{{t.survey_compare_intro}}</p>
        {{> fieldErrors}}
        <form method="get" action="{{route.survey.compare}}" class="stack card" id="compare-form">
          <label for="c-before">{{t.field_before}}</label>
          <select id="c-before" name="before" required><option value="">{{t.survey_choose_survey}}</option>{{#beforeOptions}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/beforeOptions}}</select>
          <label for="c-after">{{t.field_after}}</label>
          <select id="c-after" name="after" required><option value="">{{t.survey_choose_survey}}</option>{{#afterOptions}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/afterOptions}}</select>
          <label for="c-place">{{t.survey_compare_place}}</label>
          <select id="c-place" name="place"><option value="">{{t.survey_after_place}}</option>{{#places}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/places}}</select>
          <button type="submit" class="primary">{{t.survey_compare_go}}</button>
        </form>
        {{#comparison}}
        <section class="card" id="comparison">
          <h2>{{placeName}}</h2>
          <p class="lead" id="compare-summary"><strong>{{summary}}</strong></p>
          <div class="scroll"><table id="compare-table">
            <thead><tr><th></th><th>{{t.field_before}}</th><th>{{t.field_after}}</th></tr></thead>
            <tbody>
              <tr><th scope="row">{{t.survey_field_title}}</th><td><a href="{{#route.survey.detail}}{{before.id}}{{/route.survey.detail}}">{{before.title}}</a></td><td><a href="{{#route.survey.detail}}{{after.id}}{{/route.survey.detail}}">{{after.title}}</a></td></tr>
              <tr><th scope="row">{{t.survey_days}}</th><td>{{before.days}}</td><td>{{after.days}}</td></tr>
              <tr><th scope="row">{{t.survey_answers}}</th><td id="compare-before-answers">{{before.answers}}</td><td id="compare-after-answers">{{after.answers}}</td></tr>
              <tr><th scope="row">{{t.survey_satisfied}}</th><td id="compare-before-satisfied">{{before.satisfied}}</td><td id="compare-after-satisfied">{{after.satisfied}}</td></tr>
              <tr><th scope="row">{{t.survey_rate_name}}</th><td id="compare-before-rate">{{before.percent}}</td><td id="compare-after-rate">{{after.percent}}</td></tr>
              {{#levelRows}}<tr><th scope="row">{{name}}</th><td>{{before}}</td><td>{{after}}</td></tr>{{/levelRows}}
              <tr><th scope="row">{{t.survey_change}}</th><td colspan="2" id="compare-change">{{change}}</td></tr>
            </tbody></table></div>
          <p class="hint">{{t.survey_rate_definition}}</p>
        </section>
        {{/comparison}}
        """

    /// The residents' page: big type, no account; the household proved by its registered phone.
    static let publicSurvey = """
        <h1>{{survey.title}}</h1>
        <p class="lead">{{survey.community}} · {{survey.place}} · {{survey.days}}</p>
        {{#thanks}}<p class="ok" role="status" id="public-thanks">{{t.survey_public_thanks}}</p>{{/thanks}}
        {{#upcoming}}<p class="warning" id="public-upcoming">{{upcoming}}</p>{{/upcoming}}
        {{#closed}}<p class="warning" id="public-closed">{{t.survey_public_closed}}</p>{{/closed}}
        {{#results}}
        <section class="card" id="public-results">
          <h2>{{t.survey_public_results}}</h2>
          <p class="lead"><strong>{{t.survey_rate_name}} {{rate}}</strong></p>
          <div class="scroll"><table><thead><tr><th>{{t.survey_level}}</th><th>{{t.survey_households}}</th></tr></thead>
            <tbody>{{#levels}}<tr><td>{{name}}</td><td>{{count}}</td></tr>{{/levels}}</tbody></table></div>
          <p class="hint">{{t.survey_rate_definition}}</p>
        </section>
        {{/results}}
        {{#open}}
        {{> fieldErrors}}
        <form method="post" action="{{#route.publicSurvey.show}}{{survey.id}}{{/route.publicSurvey.show}}" class="stack card" id="public-survey">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <p>{{t.survey_public_intro}}</p>
          <label for="p-building">{{t.field_building}}</label>
          <select id="p-building" name="buildingID" required><option value="">{{t.survey_choose_building}}</option>{{#buildings}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/buildings}}</select>
          <label for="p-unit">{{t.field_unit}}</label><input id="p-unit" name="unit" maxlength="20" value="{{form.unit}}" placeholder="{{t.survey_unit_example}}">
          <label for="p-room">{{t.field_room}}</label><input id="p-room" name="room" maxlength="20" required value="{{form.room}}" placeholder="{{t.survey_room_example}}">
          <label for="p-phone">{{t.survey_public_phone}}</label><input id="p-phone" name="phone" inputmode="tel" maxlength="20" required value="{{form.phone}}" autocomplete="tel" aria-describedby="p-phone-hint">
          <p class="hint" id="p-phone-hint">{{t.survey_public_phone_hint}}</p>
          {{> surveyQuestions}}
          <button type="submit" class="primary">{{t.survey_public_submit}}</button>
        </form>
        {{/open}}
        """
}
