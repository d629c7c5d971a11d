extension Templates {
    /// The templates of this file by the name pages render them with.
    static let partyWorkPages: [String: String] = [
        "partyWork": partyWork, "exemplars": exemplars, "partyRecords": partyRecords, "visitForm": visitForm,
    ]

    static let partyWork = """
        <h1>{{t.party_work_title}} · {{subjectName}}</h1>
        {{#raisedCase}}<p><a href="{{raisedCase}}">{{t.visit_open_case}}</a></p>{{/raisedCase}}
        {{#canVisit}}<p><a class="button primary" href="{{route.partyWork.visitForm}}" id="record-visit">{{t.visit_new}}</a></p>{{/canVisit}}
        <p class="hint" id="party-work-links"><a href="{{route.points.page}}">{{t.points_title}}</a> · <a href="{{route.orgLife.list}}">{{t.orglife_title}}</a> · <a href="{{route.teams.list}}">{{t.teams_title}}</a> · <a href="{{route.posts.page}}">{{t.posts_title}}</a>{{#isMember}} · <a href="{{route.pledge.page}}">{{t.pledge_title}}</a>{{/isMember}}{{#canVisit}} · <a href="{{route.opinions.page}}">{{t.opinions_title}}</a>{{/canVisit}}</p>
        <form method="get" action="{{route.partyWork.overview}}" class="card">
          {{> fieldErrors}}
          <label for="pw-from">{{t.rates_from}}</label> <input id="pw-from" name="from" type="date" value="{{from}}">
          <label for="pw-to">{{t.rates_to}}</label> <input id="pw-to" name="to" type="date" value="{{to}}">
          <button type="submit">{{t.rates_show}}</button>
        </form>
        <div class="figures" id="work-figures">
        {{#figures}}<a class="figure" id="figure-{{id}}" href="{{href}}"><span class="figure-value">{{value}}</span><span class="figure-label">{{label}}（{{unit}}）</span></a>{{/figures}}
        {{#points}}<a class="figure" id="figure-points" href="{{route.points.page}}?year={{year}}&member={{member}}"><span class="figure-value">{{total}}</span><span class="figure-label">{{t.points_year_total}} {{rating}}</span></a>{{/points}}
        </div>
        <table class="definitions"><caption>{{t.figure_definition}}</caption><tbody>
        {{#figures}}<tr><th scope="row">{{label}}</th><td>{{definition}}</td></tr>{{/figures}}
        </tbody></table>
        {{#hasPlan}}
        <section>
          <h2>{{t.visit_plan}}</h2>
          {{#hasOverdue}}<p class="warning" role="alert" id="overdue-count">{{t.visit_overdue}}: {{overdueCount}}</p>{{/hasOverdue}}
          <div class="scroll"><table id="visit-plan" class="records">
            <thead><tr><th>{{t.visit_household}}</th><th>{{t.visit_member}}</th><th>{{t.visit_last}}</th><th>{{t.visit_due}}</th><th></th></tr></thead>
            <tbody>{{#plan}}<tr{{#overdue}} class="overdue"{{/overdue}}><td data-label="{{t.visit_household}}">{{household}}</td><td data-label="{{t.visit_member}}">{{member}}</td><td data-label="{{t.visit_last}}">{{last}}</td><td data-label="{{t.visit_due}}">{{due}}{{#overdue}} <strong>{{t.visit_overdue_mark}}</strong>{{/overdue}}</td><td>{{#canVisit}}<a href="{{route.partyWork.visitForm}}?household={{householdID}}">{{t.visit_record}}</a>{{/canVisit}}</td></tr>{{/plan}}</tbody>
          </table></div>
        </section>
        {{/hasPlan}}
        {{#exemplarsHref}}<p><a href="{{exemplarsHref}}" id="exemplars-link">{{t.exemplars_title}}</a></p>{{/exemplarsHref}}
        """

    static let exemplars = """
        <h1>{{t.exemplars_title}}</h1>
        <p><a href="{{back}}">{{t.back}}</a></p>
        <form method="get" action="{{route.partyWork.exemplars}}" class="card">
          <label for="ex-from">{{t.rates_from}}</label> <input id="ex-from" name="from" type="date" value="{{from}}">
          <label for="ex-to">{{t.rates_to}}</label> <input id="ex-to" name="to" type="date" value="{{to}}">
          <button type="submit">{{t.rates_show}}</button>
        </form>
        <p class="hint">{{t.exemplars_hint}}</p>
        <div class="figures" id="exemplars">
        {{#exemplars}}<div class="card"><h2>{{label}}</h2><ol>{{#members}}<li><a href="{{href}}">{{name}}</a> {{count}} {{unit}}</li>{{/members}}</ol>{{^members}}<p class="hint">—</p>{{/members}}</div>{{/exemplars}}
        </div>
        """

    static let partyRecords = """
        <h1>{{measure}}</h1>
        <p><a href="{{back}}">{{t.back}}</a></p>
        <p class="lead" id="records-count">{{period}} · {{count}} {{unit}}{{#capped}} · {{t.records_capped}}{{/capped}}</p>
        <p class="hint">{{definition}}</p>
        <div class="scroll"><table id="records">
          <thead><tr><th>{{t.records_day}}</th><th>{{t.records_summary}}</th><th>{{t.records_by}}</th></tr></thead>
          <tbody>{{#records}}<tr><td>{{day}}</td><td>{{#href}}<a href="{{href}}">{{summary}}</a>{{/href}}{{^href}}{{summary}}{{/href}}</td><td>{{by}}</td></tr>{{/records}}</tbody>
        </table></div>
        {{^records}}<p>{{t.records_none}}</p>{{/records}}
        """

    static let visitForm = """
        <h1>{{t.visit_new}}</h1>
        {{> fieldErrors}}
        <form method="post" action="{{route.partyWork.visitForm}}" enctype="multipart/form-data" class="stack card" id="visit-form">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <label for="v-household">{{t.field_householdID}}</label>
          <select id="v-household" name="householdID" required><option value="">{{t.visit_choose}}</option>{{#first(households)}}<optgroup label="{{t.visit_linked_households}}">{{/first(households)}}{{#households}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/households}}{{#first(households)}}</optgroup>{{/first(households)}}{{#hasOtherHouseholds}}<optgroup label="{{t.visit_other_households}}">{{#otherHouseholds}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/otherHouseholds}}</optgroup>{{/hasOtherHouseholds}}</select>
          {{^hasHouseholds}}<p class="hint">{{t.visit_no_households}}</p>{{/hasHouseholds}}
          <label for="v-day">{{t.field_visitedOn}}</label>
          <input id="v-day" name="visitedOn" type="date" max="{{today}}" value="{{form.visitedOn}}" required>
          <label for="v-findings">{{t.field_findings}}</label>
          <textarea id="v-findings" name="findings" rows="3" maxlength="1000" required>{{form.findings}}</textarea>
          {{#hasActivities}}<label for="v-activity">{{t.field_activityID}}</label>
          <select id="v-activity" name="activityID"><option value="">{{t.visit_no_activity}}</option>{{#activities}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/activities}}</select>{{/hasActivities}}
          <label for="v-photo">{{t.field_photo}}</label>
          <input id="v-photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp" capture="environment">
          <label class="check"><input type="checkbox" name="withOpinion" value="1" id="v-with-opinion"{{#withOpinion}} checked{{/withOpinion}}> {{t.visit_with_opinion}}</label>
          <fieldset><legend>{{t.visit_opinion}}</legend>
            <label for="v-topic">{{t.field_topic}}</label>
            <select id="v-topic" name="opinionTopic">{{#topics}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/topics}}</select>
            <label for="v-opinion">{{t.field_opinionContent}}</label>
            <textarea id="v-opinion" name="opinionContent" rows="2" maxlength="1000">{{form.opinionContent}}</textarea>
          </fieldset>
          <label class="check"><input type="checkbox" name="withCase" value="1" id="v-with-case"{{#withCase}} checked{{/withCase}}> {{t.visit_with_case}}</label>
          <fieldset><legend>{{t.visit_case}}</legend>
            <label for="v-category">{{t.field_categoryCode}}</label>
            <select id="v-category" name="categoryCode"><option value="">{{t.case_choose}}</option>{{#groups}}<optgroup label="{{name}}">{{#items}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/items}}</optgroup>{{/groups}}</select>
            <label for="v-urgency">{{t.field_urgency}}</label>
            <select id="v-urgency" name="urgency">{{#urgencies}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/urgencies}}</select>
            <label for="v-case">{{t.field_caseDescription}}</label>
            <textarea id="v-case" name="caseDescription" rows="2" maxlength="1000">{{form.caseDescription}}</textarea>
          </fieldset>
          <p class="hint">{{t.visit_hint}}</p>
          <button type="submit" class="primary">{{t.visit_submit}}</button>
        </form>
        """
}
