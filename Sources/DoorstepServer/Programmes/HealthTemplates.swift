extension Templates {
    /// The templates of this file by the name pages render them with.
    static let healthPages: [String: String] = [
        "healthStations": healthStations, "healthStation": healthStation,
    ]

    static let healthStations = """
        <h1>{{t.health_title}}</h1>
        <p class="lead">{{t.health_intro}}</p>
        <form method="get" action="{{route.healthStation.list}}" class="card">
          <label for="hs-from">{{t.rates_from}}</label> <input id="hs-from" name="from" type="date" value="{{from}}">
          <label for="hs-to">{{t.rates_to}}</label> <input id="hs-to" name="to" type="date" value="{{to}}">
          <button type="submit">{{t.rates_show}}</button>
        </form>
        <div class="figures" id="health-figures">
        {{#figures}}{{#linked}}<a class="figure" id="figure-{{id}}" href="{{href}}"><span class="figure-value">{{value}}</span><span class="figure-label">{{label}}（{{unit}}）</span></a>{{/linked}}{{^linked}}<div class="figure" id="figure-{{id}}"><span class="figure-value">{{value}}</span><span class="figure-label">{{label}}（{{unit}}）</span></div>{{/linked}}{{/figures}}
        </div>
        <table class="definitions"><caption>{{t.figure_definition}}</caption><tbody>
        {{#figures}}<tr><th scope="row">{{label}}</th><td>{{definition}}</td></tr>{{/figures}}
        </tbody></table>
        <h2>{{t.health_stations}}</h2>
        <ul class="cases" id="health-stations">{{#stations}}<li data-station="{{id}}"><a class="title" href="{{#route.healthStation.station}}{{id}}{{/route.healthStation.station}}">{{name}}</a>
          <div class="hint">{{place}} · {{t.health_partner}}：{{partner}}</div>
          {{#hasSchedule}}<div class="hint">{{t.health_schedule}}：{{#schedule}}<span class="slot">{{text}}</span> {{/schedule}}</div>{{/hasSchedule}}
          {{^hasSchedule}}<div class="hint">{{t.health_no_schedule}}</div>{{/hasSchedule}}</li>{{/stations}}</ul>
        {{^hasStations}}<p>{{t.health_no_stations}}</p>{{/hasStations}}
        {{> fieldErrors}}
        {{#canCreate}}<form method="post" action="{{route.healthStation.list}}" class="stack card" id="station-new">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <h2>{{t.health_station_new}}</h2>
          {{#chooseCommunity}}
          <label for="hn-community">{{t.field_communityCode}}</label>
          <select id="hn-community" name="community">{{#communities}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/communities}}</select>
          {{/chooseCommunity}}
          {{^chooseCommunity}}<input type="hidden" name="community" value="{{community}}">{{/chooseCommunity}}
          {{#invalid.communityCode}}<p class="field-error">{{invalid.communityCode}}</p>{{/invalid.communityCode}}
          {{#hasHospitals}}
          <label for="hn-partner">{{t.health_partner}}</label>
          <select id="hn-partner" name="partnerID">{{#hospitals}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/hospitals}}</select>
          {{/hasHospitals}}
          {{^hasHospitals}}<p class="warning">{{t.health_no_hospitals}} <a href="{{route.partner.partners}}">{{t.partners_title}}</a></p>{{/hasHospitals}}
          {{#invalid.partnerID}}<p class="field-error">{{invalid.partnerID}}</p>{{/invalid.partnerID}}
          <label for="hn-name">{{t.field_name}}</label>
          <input id="hn-name" name="name" maxlength="50" required placeholder="{{t.health_name_hint}}" value="{{form.name}}"{{#invalid.name}} aria-invalid="true"{{/invalid.name}}>
          {{#invalid.name}}<p class="field-error">{{invalid.name}}</p>{{/invalid.name}}
          <label for="hn-place">{{t.field_place}}</label>
          <input id="hn-place" name="place" maxlength="100" required value="{{form.place}}"{{#invalid.place}} aria-invalid="true"{{/invalid.place}}>
          {{#invalid.place}}<p class="field-error">{{invalid.place}}</p>{{/invalid.place}}
          <button type="submit" class="primary">{{t.health_station_new}}</button>
        </form>{{/canCreate}}
        """

    static let healthStation = """
        <h1>{{station.name}}</h1>
        <p><a href="{{route.healthStation.list}}">{{t.health_title}}</a></p>
        <p class="lead">{{station.place}} · {{t.health_partner}}：{{station.partner}}</p>
        {{> fieldErrors}}
        <section id="schedule">
          <h2>{{t.health_schedule}}</h2>
          <ul class="cases" id="slots">{{#schedule}}<li data-slot="{{id}}">{{text}}
            {{#office}}<form method="post" action="{{#route.healthStation.removeSlot}}{{stationID}} {{id}}{{/route.healthStation.removeSlot}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button type="submit" class="link">{{t.health_slot_remove}}</button></form>{{/office}}</li>{{/schedule}}</ul>
          {{^hasSchedule}}<p class="hint">{{t.health_no_schedule}}</p>{{/hasSchedule}}
          {{#office}}<form method="post" action="{{#route.healthStation.addSlot}}{{stationID}}{{/route.healthStation.addSlot}}" class="stack card" id="slot-new">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <h3>{{t.health_slot_new}}</h3>
            <label for="sl-weekday">{{t.field_weekday}}</label>
            <select id="sl-weekday" name="weekday">{{#weekdays}}<option value="{{n}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/weekdays}}</select>
            {{#slotInvalid.weekday}}<p class="field-error">{{slotInvalid.weekday}}</p>{{/slotInvalid.weekday}}
            <label for="sl-start">{{t.field_startsAt}}</label>
            <input id="sl-start" name="startsAt" type="time" required value="{{slotForm.startsAt}}"{{#slotInvalid.startsAt}} aria-invalid="true"{{/slotInvalid.startsAt}}>
            {{#slotInvalid.startsAt}}<p class="field-error">{{slotInvalid.startsAt}}</p>{{/slotInvalid.startsAt}}
            <label for="sl-end">{{t.field_endsAt}}</label>
            <input id="sl-end" name="endsAt" type="time" required value="{{slotForm.endsAt}}"{{#slotInvalid.endsAt}} aria-invalid="true"{{/slotInvalid.endsAt}}>
            {{#slotInvalid.endsAt}}<p class="field-error">{{slotInvalid.endsAt}}</p>{{/slotInvalid.endsAt}}
            <label for="sl-service">{{t.field_service}}</label>
            <input id="sl-service" name="service" maxlength="50" required list="health-services" value="{{slotForm.service}}"{{#slotInvalid.service}} aria-invalid="true"{{/slotInvalid.service}}>
            {{#slotInvalid.service}}<p class="field-error">{{slotInvalid.service}}</p>{{/slotInvalid.service}}
            <button type="submit">{{t.health_slot_new}}</button>
          </form>{{/office}}
          <datalist id="health-services"><option value="{{t.health_service_bloodPressure}}"><option value="{{t.health_service_freeClinic}}"><option value="{{t.health_service_tcm}}"></datalist>
        </section>
        <section id="sessions">
          <h2>{{t.health_sessions}}</h2>
          <form method="post" action="{{#route.healthStation.recordSession}}{{stationID}}{{/route.healthStation.recordSession}}" class="stack card" id="session-new">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <h3>{{t.health_session_new}}</h3>
            <label for="se-day">{{t.field_day}}</label>
            <input id="se-day" name="day" type="date" max="{{today}}" required value="{{sessionForm.day}}"{{#sessionInvalid.day}} aria-invalid="true"{{/sessionInvalid.day}}>
            {{#sessionInvalid.day}}<p class="field-error">{{sessionInvalid.day}}</p>{{/sessionInvalid.day}}
            <label for="se-service">{{t.field_service}}</label>
            <input id="se-service" name="service" maxlength="50" required list="health-services" value="{{sessionForm.service}}"{{#sessionInvalid.service}} aria-invalid="true"{{/sessionInvalid.service}}>
            {{#sessionInvalid.service}}<p class="field-error">{{sessionInvalid.service}}</p>{{/sessionInvalid.service}}
            <label for="se-served">{{t.field_served}}</label>
            <input id="se-served" name="served" inputmode="numeric" size="5" required value="{{sessionForm.served}}"{{#sessionInvalid.served}} aria-invalid="true"{{/sessionInvalid.served}}>
            {{#sessionInvalid.served}}<p class="field-error">{{sessionInvalid.served}}</p>{{/sessionInvalid.served}}
            <label for="se-doctor">{{t.field_doctorName}}</label>
            <input id="se-doctor" name="doctorName" maxlength="50" required value="{{sessionForm.doctorName}}"{{#sessionInvalid.doctorName}} aria-invalid="true"{{/sessionInvalid.doctorName}}>
            {{#sessionInvalid.doctorName}}<p class="field-error">{{sessionInvalid.doctorName}}</p>{{/sessionInvalid.doctorName}}
            <button type="submit" class="primary">{{t.health_session_new}}</button>
          </form>
          <div class="scroll"><table id="session-list">
            <thead><tr><th>{{t.field_day}}</th><th>{{t.field_service}}</th><th>{{t.field_served}}</th><th>{{t.field_doctorName}}</th><th>{{t.records_by}}</th></tr></thead>
            <tbody>{{#sessions}}<tr><td>{{day}}</td><td>{{service}}</td><td class="served">{{served}}</td><td>{{doctor}}</td><td>{{by}}</td></tr>{{/sessions}}</tbody>
          </table></div>
          {{^hasSessions}}<p class="hint">{{t.health_no_sessions}}</p>{{/hasSessions}}
        </section>
        {{#office}}<section id="records">
          <h2>{{t.health_records}}</h2>
          <p class="hint">{{t.health_records_intro}}</p>
          <ul class="cases" id="record-list">{{#records}}<li data-record="{{id}}">
            <strong>{{name}}</strong> <span class="hint">{{day}} · {{t.health_consent_given_by}} {{consentBy}} · {{t.records_by}} {{by}}</span>
            {{#withdrawn}}<div class="warning">{{t.health_withdrawn}} {{withdrawn}}</div>{{/withdrawn}}
            {{#revealed}}<dl class="facts revealed"><dt>{{t.field_purpose}}</dt><dd>{{#purpose}}{{purpose}}{{/purpose}}{{^purpose}}—{{/purpose}}</dd><dt>{{t.field_readings}}</dt><dd>{{#readings}}{{readings}}{{/readings}}{{^readings}}—{{/readings}}</dd><dt>{{t.field_notes}}</dt><dd>{{#notes}}{{notes}}{{/notes}}{{^notes}}—{{/notes}}</dd></dl>{{/revealed}}
            {{#held}}{{^revealed}}<form method="post" action="{{#route.healthStation.reveal}}{{stationID}} {{id}}{{/route.healthStation.reveal}}" class="inline reveal"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
              <label for="rv-{{id}}">{{t.reveal_reason}}</label> <input id="rv-{{id}}" name="reason" maxlength="200" required>
              <button type="submit">{{t.health_reveal}}</button></form>{{/revealed}}
            <form method="post" action="{{#route.healthStation.withdraw}}{{stationID}} {{id}}{{/route.healthStation.withdraw}}" class="inline withdraw"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
              <button type="submit" class="link">{{t.health_withdraw}}</button></form>{{/held}}
          </li>{{/records}}</ul>
          {{^hasRecords}}<p class="hint">{{t.health_no_records}}</p>{{/hasRecords}}
          <form method="post" action="{{#route.healthStation.writeRecord}}{{stationID}}{{/route.healthStation.writeRecord}}" class="stack card" id="record-new">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <h3>{{t.health_record_new}}</h3>
            <p class="hint">{{t.health_record_hint}}</p>
            <label for="hr-id">{{t.field_idNumber}}</label>
            <input id="hr-id" name="idNumber" maxlength="32" required autocomplete="off" value="{{recordForm.idNumber}}"{{#recordInvalid.idNumber}} aria-invalid="true"{{/recordInvalid.idNumber}}>
            {{#recordInvalid.idNumber}}<p class="field-error">{{recordInvalid.idNumber}}</p>{{/recordInvalid.idNumber}}
            {{#recordInvalid.residentID}}<p class="field-error">{{recordInvalid.residentID}}</p>{{/recordInvalid.residentID}}
            <fieldset id="hr-consent"><legend>{{t.field_consent}}</legend>
              <label class="check"><input type="checkbox" id="hr-consent-box" name="consent" value="1"{{#consentChecked}} checked{{/consentChecked}}{{#recordInvalid.consent}} aria-invalid="true"{{/recordInvalid.consent}}> {{t.health_consent_text}}</label>
              {{#recordInvalid.consent}}<p class="field-error">{{recordInvalid.consent}}</p>{{/recordInvalid.consent}}
              {{#consentGivers}}<label class="check"><input type="radio" name="consentBy" value="{{value}}"{{#checked}} checked{{/checked}}> {{label}}</label>{{/consentGivers}}
              {{#recordInvalid.consentBy}}<p class="field-error">{{recordInvalid.consentBy}}</p>{{/recordInvalid.consentBy}}
            </fieldset>
            <label for="hr-purpose">{{t.field_purpose}}</label>
            <input id="hr-purpose" name="purpose" maxlength="200" required placeholder="{{t.health_purpose_hint}}" value="{{recordForm.purpose}}"{{#recordInvalid.purpose}} aria-invalid="true"{{/recordInvalid.purpose}}>
            {{#recordInvalid.purpose}}<p class="field-error">{{recordInvalid.purpose}}</p>{{/recordInvalid.purpose}}
            <label for="hr-readings">{{t.field_readings}}</label>
            <input id="hr-readings" name="readings" maxlength="200" autocomplete="off" placeholder="{{t.health_readings_hint}}" value="{{recordForm.readings}}"{{#recordInvalid.readings}} aria-invalid="true"{{/recordInvalid.readings}}>
            {{#recordInvalid.readings}}<p class="field-error">{{recordInvalid.readings}}</p>{{/recordInvalid.readings}}
            <label for="hr-notes">{{t.field_notes}}</label>
            <textarea id="hr-notes" name="notes" maxlength="2000" rows="3">{{recordForm.notes}}</textarea>
            {{#recordInvalid.notes}}<p class="field-error">{{recordInvalid.notes}}</p>{{/recordInvalid.notes}}
            <button type="submit" class="primary">{{t.health_record_new}}</button>
          </form>
        </section>{{/office}}
        """
}
