extension Templates {
    /// The templates of this file by the name pages render them with.
    static let afterSchoolPages: [String: String] = [
        "afterSchoolClasses": afterSchoolClasses, "afterSchoolClass": afterSchoolClass,
    ]

    static let afterSchoolClasses = """
        <h1>{{t.afterschool_title}}</h1>
        <p class="lead">{{t.afterschool_intro}}</p>
        <form method="get" action="{{route.afterSchool.list}}" class="card">
          <label for="as-from">{{t.rates_from}}</label> <input id="as-from" name="from" type="date" value="{{from}}">
          <label for="as-to">{{t.rates_to}}</label> <input id="as-to" name="to" type="date" value="{{to}}">
          <button type="submit">{{t.rates_show}}</button>
        </form>
        <div class="figures" id="after-school-figures">
        {{#figures}}<a class="figure" id="figure-{{id}}" href="{{href}}"><span class="figure-value">{{value}}</span><span class="figure-label">{{label}}（{{unit}}）</span></a>{{/figures}}
        </div>
        <table class="definitions"><caption>{{t.figure_definition}}</caption><tbody>
        {{#figures}}<tr><th scope="row">{{label}}</th><td>{{definition}}</td></tr>{{/figures}}
        </tbody></table>
        <p class="hint">{{t.afterschool_satisfaction_note}}</p>
        <h2>{{t.afterschool_classes}}</h2>
        <ul class="cases" id="after-school-classes">{{#classes}}<li data-class="{{id}}"><a class="title" href="{{#route.afterSchool.schoolClass}}{{id}}{{/route.afterSchool.schoolClass}}">{{name}}</a>
          <div class="hint">{{place}} · {{days}} · {{term}} · {{places}}{{#partner}} · {{t.field_partnerSchoolID}}：{{partner}}{{/partner}}</div></li>{{/classes}}</ul>
        {{^hasClasses}}<p>{{t.afterschool_no_classes}}</p>{{/hasClasses}}
        {{> fieldErrors}}
        <form method="post" action="{{route.afterSchool.list}}" class="stack card" id="class-new">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <h2>{{t.afterschool_class_new}}</h2>
          {{#chooseCommunity}}
          <label for="ac-community">{{t.field_communityCode}}</label>
          <select id="ac-community" name="community">{{#communities}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/communities}}</select>
          {{/chooseCommunity}}
          {{^chooseCommunity}}<input type="hidden" name="community" value="{{community}}">{{/chooseCommunity}}
          <label for="ac-name">{{t.field_name}}</label>
          <input id="ac-name" name="name" maxlength="50" required value="{{form.name}}"{{#invalid.name}} aria-invalid="true" aria-describedby="ac-name-error"{{/invalid.name}}>
          {{#invalid.name}}<p class="field-error" id="ac-name-error">{{invalid.name}}</p>{{/invalid.name}}
          <label for="ac-place">{{t.field_place}}</label>
          <input id="ac-place" name="place" maxlength="100" required value="{{form.place}}"{{#invalid.place}} aria-invalid="true" aria-describedby="ac-place-error"{{/invalid.place}}>
          {{#invalid.place}}<p class="field-error" id="ac-place-error">{{invalid.place}}</p>{{/invalid.place}}
          {{#hasPartners}}
          <label for="ac-partner">{{t.field_partnerSchoolID}}</label>
          <select id="ac-partner" name="partnerSchoolID"><option value="">{{t.afterschool_partner_none}}</option>{{#partners}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/partners}}</select>
          {{#invalid.partnerSchoolID}}<p class="field-error">{{invalid.partnerSchoolID}}</p>{{/invalid.partnerSchoolID}}
          {{/hasPartners}}
          <fieldset id="ac-weekdays"><legend>{{t.field_weekdays}}</legend>
            {{#weekdays}}<label class="check"><input type="checkbox" id="ac-weekday-{{n}}" name="weekday{{n}}" value="1"{{#checked}} checked{{/checked}}> {{name}}</label>{{/weekdays}}
          </fieldset>
          {{#invalid.weekdays}}<p class="field-error">{{invalid.weekdays}}</p>{{/invalid.weekdays}}
          <label for="ac-start">{{t.field_termStart}}</label>
          <input id="ac-start" name="termStart" type="date" required value="{{form.termStart}}"{{#invalid.termStart}} aria-invalid="true"{{/invalid.termStart}}>
          {{#invalid.termStart}}<p class="field-error">{{invalid.termStart}}</p>{{/invalid.termStart}}
          <label for="ac-end">{{t.field_termEnd}}</label>
          <input id="ac-end" name="termEnd" type="date" required value="{{form.termEnd}}"{{#invalid.termEnd}} aria-invalid="true"{{/invalid.termEnd}}>
          {{#invalid.termEnd}}<p class="field-error">{{invalid.termEnd}}</p>{{/invalid.termEnd}}
          <label for="ac-capacity">{{t.field_capacity}}</label>
          <input id="ac-capacity" name="capacity" inputmode="numeric" required value="{{form.capacity}}"{{#invalid.capacity}} aria-invalid="true"{{/invalid.capacity}}>
          {{#invalid.capacity}}<p class="field-error">{{invalid.capacity}}</p>{{/invalid.capacity}}
          <button type="submit" class="primary">{{t.afterschool_class_new}}</button>
        </form>
        """

    static let afterSchoolClass = """
        <h1>{{class.name}}</h1>
        <p><a href="{{route.afterSchool.list}}">{{t.afterschool_title}}</a></p>
        <p class="lead">{{class.place}} · {{class.days}} · {{class.term}} · <span id="class-places">{{class.places}}</span>{{#class.partner}} · {{t.field_partnerSchoolID}}：{{class.partner}}{{/class.partner}}</p>
        {{> fieldErrors}}
        <section id="day-sheet">
          <h2>{{dayTitle}}</h2>
          <form method="get" action="{{#route.afterSchool.schoolClass}}{{classID}}{{/route.afterSchool.schoolClass}}" class="inline">
            <label for="as-day">{{t.field_day}}</label> <input id="as-day" name="day" type="date" value="{{day}}">
            <button type="submit">{{t.rates_show}}</button>
          </form>
          {{^meets}}<p class="warning" id="not-class-day">{{t.afterschool_not_class_day}}</p>{{/meets}}
          <p class="hint" id="day-counts">{{counts}}</p>
          <ul class="cases" id="children">{{#lines}}<li id="child-{{id}}" data-enrolment="{{id}}">
            <strong class="child">{{child}}</strong> <span class="hint">{{school}}</span>
            <div class="hint">{{t.afterschool_guardian}} {{guardian}} {{guardianPhone}}</div>
            <div class="hint pick-ups">{{t.afterschool_pickups}}：{{#pickUps}}<span class="pick-up">{{name}}（{{relation}} {{phone}}）</span> {{/pickUps}}</div>
            <div class="state">{{#arrived}}<span class="arrived">{{t.afterschool_arrived}} {{arrived}}</span>{{/arrived}}{{#absent}}<strong class="absent">{{t.afterschool_absent}}</strong>{{/absent}}{{#handedOver}} · <span class="handed-over">{{handedOver}}</span>{{/handedOver}}</div>
            {{#canArrive}}<form method="post" action="{{#route.afterSchool.arrive}}{{classID}}{{/route.afterSchool.arrive}}" class="inline arrive">
              <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="enrolmentID" value="{{id}}"><input type="hidden" name="day" value="{{day}}">
              <button type="submit" class="primary">{{t.afterschool_mark_arrived}}</button></form>{{/canArrive}}
            {{#canHandOver}}<form method="post" action="{{#route.afterSchool.handOver}}{{classID}}{{/route.afterSchool.handOver}}" class="stack hand-over" id="hand-over-{{id}}">
              <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="enrolmentID" value="{{id}}">
              <label for="ho-name-{{id}}">{{t.field_collectorName}}</label>
              <input id="ho-name-{{id}}" name="collectorName" maxlength="50" required autocomplete="off" value="{{collectorName}}"{{#nameError}} aria-invalid="true" aria-describedby="ho-name-error-{{id}}"{{/nameError}}>
              {{#nameError}}<p class="field-error" id="ho-name-error-{{id}}">{{nameError}}</p>{{/nameError}}
              <label for="ho-phone-{{id}}">{{t.field_collectorPhone}}</label>
              <input id="ho-phone-{{id}}" name="collectorPhone" inputmode="tel" maxlength="20" required autocomplete="off" value="{{collectorPhone}}"{{#phoneError}} aria-invalid="true" aria-describedby="ho-phone-error-{{id}}"{{/phoneError}}>
              {{#phoneError}}<p class="field-error" id="ho-phone-error-{{id}}">{{phoneError}}</p>{{/phoneError}}
              <label for="ho-signature-{{id}}">{{t.field_signature}}</label>
              <input id="ho-signature-{{id}}" name="signature" maxlength="50" required autocomplete="off" value="{{signature}}"{{#signatureError}} aria-invalid="true" aria-describedby="ho-signature-error-{{id}}"{{/signatureError}}>
              <p class="hint">{{t.afterschool_signature_hint}}</p>
              {{#signatureError}}<p class="field-error" id="ho-signature-error-{{id}}">{{signatureError}}</p>{{/signatureError}}
              {{#otherError}}<p class="field-error">{{otherError}}</p>{{/otherError}}
              <button type="submit" class="primary">{{t.afterschool_hand_over}}</button>
            </form>{{/canHandOver}}
          </li>{{/lines}}</ul>
          {{^hasLines}}<p>{{t.afterschool_no_children}}</p>{{/hasLines}}
        </section>
        <section class="card" id="enrol">
          <h2>{{t.afterschool_enrol}}</h2>
          <p class="hint">{{t.afterschool_enrol_hint}}</p>
          <form method="post" action="{{#route.afterSchool.enrol}}{{classID}}{{/route.afterSchool.enrol}}" class="stack" id="enrol-form">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="en-child">{{t.field_childName}}</label>
            <input id="en-child" name="childName" maxlength="50" required autocomplete="off" value="{{form.childName}}"{{#invalid.childName}} aria-invalid="true" aria-describedby="en-child-error"{{/invalid.childName}}>
            {{#invalid.childName}}<p class="field-error" id="en-child-error">{{invalid.childName}}</p>{{/invalid.childName}}
            <label for="en-birth">{{t.field_childBirthDate}}</label>
            <input id="en-birth" name="childBirthDate" type="date" max="{{today}}" required value="{{form.childBirthDate}}"{{#invalid.childBirthDate}} aria-invalid="true" aria-describedby="en-birth-error"{{/invalid.childBirthDate}}>
            {{#invalid.childBirthDate}}<p class="field-error" id="en-birth-error">{{invalid.childBirthDate}}</p>{{/invalid.childBirthDate}}
            <label for="en-school">{{t.field_school}}</label>
            <input id="en-school" name="school" maxlength="100" required value="{{form.school}}"{{#invalid.school}} aria-invalid="true"{{/invalid.school}}>
            {{#invalid.school}}<p class="field-error">{{invalid.school}}</p>{{/invalid.school}}
            <label for="en-grade">{{t.field_grade}}</label>
            <input id="en-grade" name="grade" maxlength="20" required value="{{form.grade}}"{{#invalid.grade}} aria-invalid="true"{{/invalid.grade}}>
            {{#invalid.grade}}<p class="field-error">{{invalid.grade}}</p>{{/invalid.grade}}
            <label for="en-guardian">{{t.field_guardianName}}</label>
            <input id="en-guardian" name="guardianName" maxlength="50" required autocomplete="off" value="{{form.guardianName}}"{{#invalid.guardianName}} aria-invalid="true"{{/invalid.guardianName}}>
            {{#invalid.guardianName}}<p class="field-error">{{invalid.guardianName}}</p>{{/invalid.guardianName}}
            <label for="en-guardian-phone">{{t.field_guardianPhone}}</label>
            <input id="en-guardian-phone" name="guardianPhone" inputmode="tel" maxlength="20" required autocomplete="off" value="{{form.guardianPhone}}"{{#invalid.guardianPhone}} aria-invalid="true" aria-describedby="en-guardian-phone-error"{{/invalid.guardianPhone}}>
            {{#invalid.guardianPhone}}<p class="field-error" id="en-guardian-phone-error">{{invalid.guardianPhone}}</p>{{/invalid.guardianPhone}}
            <label class="check"><input type="checkbox" id="en-both" name="bothParentsWork" value="1"{{#bothChecked}} checked{{/bothChecked}}{{#invalid.bothParentsWork}} aria-invalid="true" aria-describedby="en-both-error"{{/invalid.bothParentsWork}}> {{t.afterschool_both_work_text}}</label>
            {{#invalid.bothParentsWork}}<p class="field-error" id="en-both-error">{{invalid.bothParentsWork}}</p>{{/invalid.bothParentsWork}}
            <fieldset id="en-pickups"><legend>{{t.afterschool_pickups}}</legend>
              <p class="hint">{{t.afterschool_pickups_hint}}</p>
              {{#invalid.pickUps}}<p class="field-error">{{invalid.pickUps}}</p>{{/invalid.pickUps}}
              {{#pickUpRows}}<div class="stack pick-up-row" id="en-pickup-{{n}}">
                <label for="en-pu{{n}}-name">{{nameLabel}}</label>
                <input id="en-pu{{n}}-name" name="pickUpName{{n}}" maxlength="50" autocomplete="off" value="{{name}}"{{#nameError}} aria-invalid="true"{{/nameError}}>
                {{#nameError}}<p class="field-error">{{nameError}}</p>{{/nameError}}
                <label for="en-pu{{n}}-relation">{{relationLabel}}</label>
                <input id="en-pu{{n}}-relation" name="pickUpRelation{{n}}" maxlength="20" autocomplete="off" value="{{relation}}"{{#relationError}} aria-invalid="true"{{/relationError}}>
                {{#relationError}}<p class="field-error">{{relationError}}</p>{{/relationError}}
                <label for="en-pu{{n}}-phone">{{phoneLabel}}</label>
                <input id="en-pu{{n}}-phone" name="pickUpPhone{{n}}" inputmode="tel" maxlength="20" autocomplete="off" value="{{phone}}"{{#phoneError}} aria-invalid="true"{{/phoneError}}>
                {{#phoneError}}<p class="field-error">{{phoneError}}</p>{{/phoneError}}
              </div>{{/pickUpRows}}
            </fieldset>
            <fieldset id="en-consent"><legend>{{t.field_guardianConsent}}</legend>
              <label class="check"><input type="checkbox" id="en-consent-box" name="guardianConsent" value="1"{{#consentChecked}} checked{{/consentChecked}}{{#invalid.guardianConsent}} aria-invalid="true" aria-describedby="en-consent-error"{{/invalid.guardianConsent}}> {{t.afterschool_consent_text}}</label>
              {{#invalid.guardianConsent}}<p class="field-error" id="en-consent-error">{{invalid.guardianConsent}}</p>{{/invalid.guardianConsent}}
            </fieldset>
            <button type="submit" class="primary">{{t.afterschool_enrol}}</button>
          </form>
        </section>
        <section id="roster">
          <h2>{{t.afterschool_roster}}</h2>
          <ul id="roster-list">{{#roster}}<li>{{volunteerName}}</li>{{/roster}}</ul>
          {{^roster}}<p class="hint">{{t.afterschool_roster_none}}</p>{{/roster}}
          {{#hasVolunteers}}<form method="post" action="{{#route.afterSchool.assign}}{{classID}}{{/route.afterSchool.assign}}" class="inline" id="roster-form">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="ro-volunteer">{{t.field_volunteerID}}</label>
            <select id="ro-volunteer" name="volunteerID">{{#volunteers}}<option value="{{id}}">{{name}}</option>{{/volunteers}}</select>
            <label for="ro-day">{{t.field_day}}</label> <input id="ro-day" name="day" type="date" value="{{day}}">
            <button type="submit">{{t.afterschool_assign}}</button>
          </form>{{/hasVolunteers}}
          {{^hasVolunteers}}<p class="hint">{{t.afterschool_no_volunteers}}</p>{{/hasVolunteers}}
          {{#rosterError}}<p class="field-error">{{rosterError}}</p>{{/rosterError}}
        </section>
        """
}
