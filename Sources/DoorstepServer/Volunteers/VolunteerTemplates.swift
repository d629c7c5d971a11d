extension Templates {
    /// The templates of this file by the name pages render them with.
    static let volunteerPages: [String: String] = [
        "volunteerMine": volunteerMine, "volunteerActivities": volunteerActivities,
        "volunteerActivity": volunteerActivity,
    ]

    static let volunteerMine = """
        <h1>{{t.volunteer_title}}</h1>
        {{> fieldErrors}}
        {{#registerForm}}
        <form method="post" action="{{route.volunteer.registerMe}}" class="stack card" id="volunteer-register">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <h2>{{t.volunteer_register}}</h2>
          <label for="vr-name">{{t.field_name}}</label><input id="vr-name" name="name" maxlength="50" required value="{{form.name}}" autocomplete="name">
          <label for="vr-phone">{{t.field_phone}}</label><input id="vr-phone" name="phone" inputmode="tel" maxlength="20" required value="{{form.phone}}">
          <label for="vr-skills">{{t.field_skills}}</label><input id="vr-skills" name="skills" maxlength="200" value="{{form.skills}}">
          <p class="hint">{{t.volunteer_skills_hint}}</p>
          <label for="vr-availability">{{t.field_availability}}</label><input id="vr-availability" name="availability" maxlength="200" value="{{form.availability}}">
          <button type="submit" class="primary">{{t.volunteer_register}}</button>
        </form>
        {{/registerForm}}
        {{#summary}}
        <div class="figures" id="volunteer-summary">
          <div class="figure"><span class="figure-value" id="volunteer-hours">{{hours}}</span><span class="figure-label">{{t.volunteer_hours}}</span></div>
          <div class="figure"><span class="figure-value" id="volunteer-stars">{{stars}}</span><span class="figure-label">{{t.volunteer_stars}}{{#next}} · {{next}}{{/next}}</span></div>
          <div class="figure"><span class="figure-value" id="volunteer-balance">{{balance}}</span><span class="figure-label">{{t.volunteer_balance}}</span></div>
        </div>
        <p id="volunteer-links"><a href="{{route.timeBank.page}}">{{t.timebank_title}}</a> · <a href="{{route.serviceRecord.mine}}">{{t.vrecord_title}}</a></p>
        {{/summary}}
        {{#summary}}<h2>{{t.volunteer_activities}}</h2>{{/summary}}
        <ul class="cases" id="volunteer-activities">{{#activities}}<li data-activity="{{id}}">
          <strong>{{title}}</strong> <span class="hint">{{when}} · {{place}}</span>
          <div class="hint">{{places}}{{#state}} · <strong>{{state}}</strong>{{/state}}{{#confirmed}} · {{confirmed}}{{/confirmed}}</div>
          {{#canSignUp}}<form method="post" action="{{#route.volunteer.act}}{{id}} signup{{/route.volunteer.act}}"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button type="submit" class="primary">{{t.volunteer_sign_up}}</button></form>{{/canSignUp}}
          {{#canCheckIn}}<form method="post" action="{{#route.volunteer.act}}{{id}} checkin{{/route.volunteer.act}}"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button type="submit" class="primary">{{t.volunteer_check_in}}</button></form>{{/canCheckIn}}
          {{#canCheckOut}}<form method="post" action="{{#route.volunteer.act}}{{id}} checkout{{/route.volunteer.act}}"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button type="submit" class="primary">{{t.volunteer_check_out}}</button></form>{{/canCheckOut}}
          {{#canWithdraw}}<form method="post" action="{{#route.volunteer.act}}{{id}} withdraw{{/route.volunteer.act}}"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button type="submit">{{t.volunteer_withdraw}}</button></form>{{/canWithdraw}}
        </li>{{/activities}}</ul>
        """

    static let volunteerActivities = """
        <h1>{{t.volunteer_activities}}</h1>
        <p><a href="{{route.volunteerTeam.list}}">{{t.vteam_title}}</a> · <a href="{{route.timeBank.page}}">{{t.timebank_office_title}}</a> · <a href="{{route.volunteerSettings.page}}">{{t.vsettings_title}}</a></p>
        <p class="lead">{{t.volunteer_registered}} {{volunteerCount}}</p>
        <ul class="cases" id="activities">{{#activities}}<li><a class="title" href="{{#route.volunteer.activity}}{{id}}{{/route.volunteer.activity}}">{{title}}</a><div class="hint">{{when}} · {{place}} · {{places}}</div></li>{{/activities}}</ul>
        {{> fieldErrors}}
        <form method="post" action="{{route.volunteer.activities}}" class="stack card" id="activity-new">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="community" value="{{community}}">
          <h2>{{t.volunteer_activity_new}}</h2>
          <label for="va-title">{{t.field_title}}</label><input id="va-title" name="title" maxlength="100" required value="{{form.title}}">
          <label for="va-place">{{t.field_place}}</label><input id="va-place" name="place" maxlength="100" value="{{form.place}}">
          <label for="va-starts">{{t.field_startsAt}}</label><input id="va-starts" name="startsAt" type="datetime-local" required value="{{form.startsAt}}">
          <label for="va-ends">{{t.field_endsAt}}</label><input id="va-ends" name="endsAt" type="datetime-local" required value="{{form.endsAt}}">
          <label for="va-capacity">{{t.field_capacity}}</label><input id="va-capacity" name="capacity" inputmode="numeric" required value="{{form.capacity}}">
          <button type="submit">{{t.volunteer_activity_new}}</button>
        </form>
        """

    static let volunteerActivity = """
        <h1>{{activity.title}}</h1>
        <p><a href="{{route.volunteer.activities}}">{{t.volunteer_activities}}</a></p>
        <p class="lead">{{activity.when}} · {{activity.place}}</p>
        {{> fieldErrors}}
        <ul id="signups" class="cases">{{#signups}}<li data-volunteer="{{volunteerID}}"><strong>{{name}}</strong> · {{status}}{{#in}} · {{t.field_checkedInAt}} {{in}}{{/in}}{{#out}} · {{t.field_checkedOutAt}} {{out}}{{/out}}{{#confirmed}} · {{t.volunteer_confirmed_hours}} {{confirmed}}{{/confirmed}}
          {{#canCheckIn}}<form method="post" action="{{#route.volunteer.organise}}{{activity.id}} {{volunteerID}} checkin{{/route.volunteer.organise}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button type="submit">{{t.volunteer_check_in}}</button></form>{{/canCheckIn}}
          {{#canCheckOut}}<form method="post" action="{{#route.volunteer.organise}}{{activity.id}} {{volunteerID}} checkout{{/route.volunteer.organise}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button type="submit">{{t.volunteer_check_out}}</button></form>{{/canCheckOut}}
          {{#canConfirm}}<form method="post" action="{{#route.volunteer.organise}}{{activity.id}} {{volunteerID}} confirm{{/route.volunteer.organise}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="h-{{volunteerID}}">{{t.field_hours}}</label><input id="h-{{volunteerID}}" name="hours" inputmode="decimal" size="4" value="{{served}}">
            <button type="submit" class="primary">{{t.volunteer_confirm}}</button></form>{{/canConfirm}}
        </li>{{/signups}}</ul>
        {{^signups}}<p>{{t.volunteer_no_signups}}</p>{{/signups}}
        <p class="hint">{{t.volunteer_confirm_hint}}</p>
        """
}
