extension Templates {
    /// The templates of this file by the name pages render them with.
    static let teamPages: [String: String] = [
        "teams": teams, "team": team,
    ]

    static let teams = """
        <h1>{{t.teams_title}}</h1>
        <p class="lead">{{from}} – {{to}}</p>
        {{> fieldErrors}}
        <div class="scroll"><table id="teams">
          <thead><tr><th>{{t.teams_name}}</th><th>{{t.teams_members}}</th>{{#measures}}<th>{{.}}</th>{{/measures}}</tr></thead>
          <tbody>{{#teams}}<tr><td><a href="{{#route.teams.team}}{{id}}{{/route.teams.team}}">{{name}}</a></td><td>{{members}}</td>{{#counts}}<td>{{value}} {{unit}}</td>{{/counts}}</tr>{{/teams}}</tbody>
        </table></div>
        {{^teams}}<p>{{t.teams_none}}</p>{{/teams}}
        {{#createForm}}
        <form method="post" action="{{route.teams.list}}" class="stack card" id="team-form">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="community" value="{{community}}">
          <h2>{{t.teams_create}}</h2>
          <label for="tm-name">{{t.teams_name}}</label><input id="tm-name" name="name" maxlength="60" required value="{{form.name}}">
          <fieldset><legend>{{t.teams_members}}</legend>
          {{#candidates}}<label class="check"><input type="checkbox" name="member_{{id}}" value="1"{{#checked}} checked{{/checked}}> {{name}}</label>{{/candidates}}
          </fieldset>
          <button type="submit">{{t.teams_create}}</button>
        </form>
        {{/createForm}}
        """

    static let team = """
        <h1>{{team.name}}</h1>
        <p><a href="{{route.teams.list}}">{{t.teams_title}}</a></p>
        <p class="lead">{{t.teams_members}} {{team.memberCount}}：{{memberNames}}</p>
        <form method="get" action="{{#route.teams.team}}{{team.id}}{{/route.teams.team}}" class="card">
          <label for="tf-from">{{t.rates_from}}</label> <input id="tf-from" name="from" type="date" value="{{from}}">
          <label for="tf-to">{{t.rates_to}}</label> <input id="tf-to" name="to" type="date" value="{{to}}">
          <button type="submit">{{t.rates_show}}</button>
        </form>
        <div class="figures" id="team-figures">
        {{#figures}}<a class="figure" id="figure-{{id}}" href="{{href}}"><span class="figure-value">{{value}}</span><span class="figure-label">{{label}}（{{unit}}）</span></a>{{/figures}}
        </div>
        <table class="definitions"><caption>{{t.figure_definition}}</caption><tbody>
        {{#figures}}<tr><th scope="row">{{label}}</th><td>{{definition}}</td></tr>{{/figures}}
        </tbody></table>
        <section>
          <h2>{{t.teams_activities}}</h2>
          <p id="activity-kinds">{{#kinds}}<span class="code">{{name}} {{count}}</span> {{/kinds}}</p>
          <ul id="activities">{{#activities}}<li>{{day}} · {{kindName}} · <strong>{{title}}</strong> · {{participants}} · {{recorded}}{{#result}}<div class="hint">{{result}}</div>{{/result}}</li>{{/activities}}</ul>
          {{^activities}}<p>{{t.teams_no_activities}}</p>{{/activities}}
        </section>
        {{> fieldErrors}}
        {{#canRecord}}
        <form method="post" action="{{#route.teams.recordActivity}}{{team.id}}{{/route.teams.recordActivity}}" class="stack card" id="activity-form">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <h2>{{t.teams_record}}</h2>
          <label for="a-kind">{{t.field_kind}}</label>
          <select id="a-kind" name="kind">{{#kinds}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/kinds}}</select>
          <label for="a-title">{{t.field_title}}</label><input id="a-title" name="title" maxlength="100" required value="{{form.title}}">
          <label for="a-day">{{t.field_heldOn}}</label><input id="a-day" name="heldOn" type="date" max="{{today}}" required value="{{form.heldOn}}">
          <fieldset><legend>{{t.field_participantIDs}}</legend>
          {{#participants}}<label class="check"><input type="checkbox" name="participant_{{id}}" value="1"{{#checked}} checked{{/checked}}> {{name}}</label>{{/participants}}
          </fieldset>
          <label for="a-result">{{t.field_result}}</label><textarea id="a-result" name="result" rows="2" maxlength="1000">{{form.result}}</textarea>
          <button type="submit">{{t.teams_record}}</button>
        </form>
        {{/canRecord}}
        """
}
