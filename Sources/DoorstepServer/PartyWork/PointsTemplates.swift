extension Templates {
    /// The templates of this file by the name pages render them with.
    static let pointsPages: [String: String] = [
        "points": points, "publication": publication,
    ]

    static let points = """
        <h1>{{t.points_title}}</h1>
        <p class="hint"><a href="{{route.partyWork.overview}}">{{t.party_work_title}}</a> · <a href="{{route.teams.list}}">{{t.teams_title}}</a></p>
        {{> fieldErrors}}
        <form method="get" action="{{route.points.page}}" class="card">
          <label for="p-year">{{t.field_year}}</label>
          <select id="p-year" name="year">{{#years}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/years}}</select>
          {{#hasOrgs}}<label for="p-org">{{t.field_org}}</label>
          <select id="p-org" name="org">{{#wholeCommunity}}<option value="">{{t.points_whole_community}}</option>{{/wholeCommunity}}{{#orgs}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/orgs}}</select>{{/hasOrgs}}
          <button type="submit">{{t.rates_show}}</button>
        </form>
        {{#ledger}}
        <section id="ledger">
          <h2>{{t.points_ledger}} · {{name}}</h2>
          <p class="lead"><span id="ledger-total">{{total}}</span> {{t.points_unit}} = {{t.points_base}} {{base}} + {{earned}} · <span id="ledger-rating">{{rating}}</span></p>
          <div class="scroll"><table id="ledger-lines" class="records">
            <thead><tr><th>{{t.records_day}}</th><th>{{t.points_item}}</th><th>{{t.points_kind}}</th><th>{{t.points_points}}</th><th>{{t.field_reason}}</th></tr></thead>
            <tbody>{{#entries}}<tr><td data-label="{{t.records_day}}">{{day}}</td><td data-label="{{t.points_item}}">{{item}}</td><td data-label="{{t.points_kind}}">{{kind}}</td><td data-label="{{t.points_points}}">{{points}}</td><td data-label="{{t.field_reason}}">{{reason}}</td></tr>{{/entries}}</tbody>
          </table></div>
          {{^entries}}<p>{{t.points_no_lines}}</p>{{/entries}}
          <p class="hint">{{t.points_ledger_hint}}</p>
        </section>
        {{/ledger}}
        {{#claimForm}}
        <section class="card">
          <h2>{{t.points_claim_title}}</h2>
          <form method="post" action="{{route.points.claim}}" class="stack" id="claim-form">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="cl-rule">{{t.field_ruleID}}</label>
            <select id="cl-rule" name="ruleID" required><option value="">{{t.points_choose_item}}</option>{{#rules}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/rules}}</select>
            <label for="cl-day">{{t.field_earnedOn}}</label>
            <input id="cl-day" name="earnedOn" type="date" max="{{today}}" value="{{form.earnedOn}}" required>
            <label for="cl-evidence">{{t.field_evidence}}</label>
            <textarea id="cl-evidence" name="evidence" rows="2" maxlength="1000">{{form.evidence}}</textarea>
            <button type="submit" class="primary">{{t.points_claim_submit}}</button>
          </form>
        </section>
        {{/claimForm}}
        {{#myPublications}}<section class="card">{{> publication}}</section>{{/myPublications}}
        {{#hasMyClaims}}
        <section>
          <h2>{{t.points_my_claims}}</h2>
          <ul id="my-claims">{{#myClaims}}<li>{{day}} {{item}} +{{points}} · <strong>{{status}}</strong>{{#decision}} · {{decision}}{{/decision}}</li>{{/myClaims}}</ul>
        </section>
        {{/hasMyClaims}}
        {{#pledgesToConfirm}}
        <section class="card" data-pledge="{{pledgeID}}">
          <h3>{{member}} · {{t.pledge_to_confirm}}</h3>
          <p>{{content}}</p><p class="hint">{{day}} · {{evidence}}</p>
          <form method="post" action="{{#route.points.confirmPledge}}{{pledgeID}}{{/route.points.confirmPledge}}"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button type="submit" class="primary">{{t.pledge_confirm}}</button></form>
        </section>
        {{/pledgesToConfirm}}
        {{#pending}}
        <section class="card" data-claim="{{id}}">
          <h3>{{member}} · {{item}} +{{points}}</h3>
          <p>{{day}} · {{evidence}}</p>
          <form method="post" action="{{#route.points.decide}}{{id}}{{/route.points.decide}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="year" value="{{year}}">
            <label for="d-{{id}}">{{t.field_reason}}</label>
            <input id="d-{{id}}" name="reason" maxlength="200">
            <p class="hint">{{t.points_reject_hint}}</p>
            <button type="submit" name="decision" value="approve" class="primary">{{t.points_approve}}</button>
            <button type="submit" name="decision" value="reject">{{t.points_reject}}</button>
          </form>
        </section>
        {{/pending}}
        {{#hasRanking}}
        <section>
          <h2>{{t.points_ranking}} {{year}}</h2>
          <div class="scroll"><table id="ranking">
            <thead><tr><th>{{t.points_place}}</th><th>{{t.field_displayName}}</th><th>{{t.points_year_total}}</th><th>{{t.points_rating}}</th></tr></thead>
            <tbody>{{#ranking}}<tr data-member="{{memberID}}"><td>{{place}}</td><td><a href="{{route.points.page}}?year={{year}}&member={{memberID}}">{{name}}</a></td><td>{{total}}</td><td>{{rating}}</td></tr>{{/ranking}}</tbody>
          </table></div>
          <p class="hint">{{t.points_rating_hint}}</p>
        </section>
        {{/hasRanking}}
        {{#publishOrg}}
        <section class="card">
          <h2>{{t.points_publish_title}}</h2>
          <form method="post" action="{{route.points.publish}}" class="stack" id="publish-form">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="org" value="{{publishOrg}}">
            <label for="pub-quarter">{{t.field_quarter}}</label>
            <select id="pub-quarter" name="quarter">{{#quarters}}<option value="{{text}}">{{text}}</option>{{/quarters}}</select>
            <button type="submit">{{t.points_publish}}</button>
          </form>
          {{#publications}}{{> publication}}{{/publications}}
        </section>
        {{/publishOrg}}
        {{#hasMembers}}
        <section class="card">
          <h2>{{t.points_deduct_title}}</h2>
          <form method="post" action="{{route.points.deduct}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="year" value="{{year}}">
            <label for="de-member">{{t.field_memberID}}</label>
            <select id="de-member" name="memberID">{{#members}}<option value="{{id}}">{{name}}</option>{{/members}}</select>
            <label for="de-rule">{{t.field_ruleID}}</label>
            <select id="de-rule" name="ruleID">{{#deductionRules}}<option value="{{id}}">{{name}}</option>{{/deductionRules}}</select>
            <label for="de-day">{{t.field_earnedOn}}</label>
            <input id="de-day" name="earnedOn" type="date" max="{{today}}" required>
            <label for="de-reason">{{t.field_reason}}</label>
            <input id="de-reason" name="reason" maxlength="200" required>
            <button type="submit">{{t.points_deduct}}</button>
          </form>
          <h2>{{t.points_exempt_title}}</h2>
          <form method="post" action="{{route.points.exempt}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="year" value="{{year}}">
            <label for="ex-member">{{t.field_memberID}}</label>
            <select id="ex-member" name="memberID">{{#members}}<option value="{{id}}">{{name}}</option>{{/members}}</select>
            <label for="ex-reason">{{t.field_reason}}</label>
            <input id="ex-reason" name="reason" maxlength="200" required>
            <p class="hint">{{t.points_exempt_hint}}</p>
            <button type="submit">{{t.points_exempt_submit}}</button>
          </form>
        </section>
        {{/hasMembers}}
        {{#manage}}
        <section>
          <h2>{{t.points_rules}}</h2>
          <div class="scroll"><table id="rules">
            <thead><tr><th>{{t.points_item}}</th><th>{{t.points_points}}</th><th>{{t.field_capPerYear}}</th><th>{{t.field_trigger}}</th><th>{{t.field_evidenceRequired}}</th><th></th></tr></thead>
            <tbody>{{#rules}}<tr><td>{{item}}</td><td>{{points}}</td><td>{{cap}}</td><td>{{trigger}}</td><td>{{evidence}}</td><td>{{#active}}<form method="post" action="{{#route.points.retireRule}}{{id}}{{/route.points.retireRule}}"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button type="submit">{{t.points_retire}}</button></form>{{/active}}{{^active}}{{t.points_retired}}{{/active}}</td></tr>{{/rules}}</tbody>
          </table></div>
          <form method="post" action="{{route.points.addRule}}" class="stack card" id="rule-form">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="community" value="{{community}}">
            <h3>{{t.points_rule_add}}</h3>
            <label for="r-item">{{t.points_item}}</label><input id="r-item" name="item" maxlength="60" required value="{{form.item}}">
            <label for="r-points">{{t.points_points}}</label><input id="r-points" name="points" inputmode="numeric" required value="{{form.points}}">
            <label for="r-cap">{{t.field_capPerYear}}</label><input id="r-cap" name="capPerYear" inputmode="numeric" value="{{form.capPerYear}}">
            <label for="r-trigger">{{t.field_trigger}}</label>
            <select id="r-trigger" name="trigger">{{#triggers}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/triggers}}</select>
            <label class="check"><input type="checkbox" name="evidenceRequired" value="1"> {{t.field_evidenceRequired}}</label>
            <button type="submit">{{t.points_rule_add}}</button>
          </form>
          <form method="post" action="{{route.points.updateSettings}}" class="stack card" id="settings-form">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="community" value="{{community}}">
            <h3>{{t.points_settings}}</h3>
            <label for="s-base">{{t.field_basePoints}}</label><input id="s-base" name="basePoints" inputmode="numeric" value="{{basePoints}}">
            <label for="s-bands">{{t.field_starBands}}</label><input id="s-bands" name="starBands" value="{{starBands}}">
            <p class="hint">{{t.points_bands_hint}}</p>
            <label for="s-interval">{{t.field_visitIntervalDays}}</label><input id="s-interval" name="visitIntervalDays" inputmode="numeric" value="{{visitIntervalDays}}">
            <label for="s-objection">{{t.field_objectionDays}}</label><input id="s-objection" name="objectionDays" inputmode="numeric" value="{{objectionDays}}">
            <button type="submit">{{t.save}}</button>
          </form>
        </section>
        {{/manage}}
        """
    /// One quarter's publication: the lines, the objections with their answers, the form to object (a member
    /// listed, while the window is open) or to answer (the branch).
    static let publication = """
        <h3>{{t.points_published}} {{quarter}} · {{t.points_objections_until}} {{until}}</h3>
        <table class="publication"><thead><tr><th>{{t.field_displayName}}</th><th>{{t.points_quarter_points}}</th><th>{{t.points_year_to_date}}</th></tr></thead>
        <tbody>{{#lines}}<tr><td>{{name}}{{#exempt}} （{{t.points_exempt}}）{{/exempt}}</td><td>{{quarterPoints}}</td><td>{{yearPoints}}</td></tr>{{/lines}}</tbody></table>
        <ul class="objections">{{#objections}}<li>{{member}}：{{content}}{{#answer}} · <strong>{{t.points_answer}}</strong> {{answer}}{{/answer}}
        {{^answer}}{{#answersObjections}}<form method="post" action="{{#route.points.answerObjection}}{{objectionID}}{{/route.points.answerObjection}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input name="answer" maxlength="1000" aria-label="{{t.field_answer}}" required><button type="submit">{{t.points_answer}}</button></form>{{/answersObjections}}{{/answer}}</li>{{/objections}}</ul>
        {{#mayObject}}<form method="post" action="{{#route.points.object}}{{publicationID}}{{/route.points.object}}" class="stack" id="objection-form"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <label for="ob-{{publicationID}}">{{t.points_object}}</label><textarea id="ob-{{publicationID}}" name="content" rows="2" maxlength="1000" required></textarea>
          <button type="submit">{{t.points_object_submit}}</button></form>{{/mayObject}}
        """
}
