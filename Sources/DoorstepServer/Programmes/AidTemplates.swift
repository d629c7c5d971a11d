extension Templates {
    /// The templates of this file by the name pages render them with.
    static let aidPages: [String: String] = [
        "aidProjects": aidProjects, "aidProject": aidProject,
    ]

    static let aidProjects = """
        <h1>{{t.aid_title}}</h1>
        <p class="lead">{{t.aid_intro}}</p>
        <form method="get" action="{{route.aidProject.list}}" class="card">
          <label for="ap-from">{{t.rates_from}}</label> <input id="ap-from" name="from" type="date" value="{{from}}">
          <label for="ap-to">{{t.rates_to}}</label> <input id="ap-to" name="to" type="date" value="{{to}}">
          <button type="submit">{{t.rates_show}}</button>
        </form>
        <div class="figures" id="aid-figures">
        {{#figures}}<a class="figure" id="figure-{{id}}" href="{{href}}"><span class="figure-value">{{value}}</span><span class="figure-label">{{label}}（{{unit}}）</span></a>{{/figures}}
        </div>
        <table class="definitions"><caption>{{t.figure_definition}}</caption><tbody>
        {{#figures}}<tr><th scope="row">{{label}}</th><td>{{definition}}</td></tr>{{/figures}}
        </tbody></table>
        <h2>{{t.aid_projects}}</h2>
        <ul class="cases" id="aid-projects">{{#projects}}<li data-project="{{id}}"><a class="title" href="{{#route.aidProject.project}}{{id}}{{/route.aidProject.project}}">{{title}}</a>
          <div class="hint">{{kind}} · {{partner}} · {{span}}</div>
          <div class="hint">{{t.aid_serves}}：{{categories}}</div>
          <div>{{t.aid_beneficiaries}} <strong class="beneficiaries">{{beneficiaries}}</strong> · {{t.aid_services}} <strong class="services">{{services}}</strong> · {{t.aid_reached}} <strong class="reached">{{reached}}</strong></div></li>{{/projects}}</ul>
        {{^hasProjects}}<p>{{t.aid_no_projects}}</p>{{/hasProjects}}
        {{> fieldErrors}}
        {{#canCreate}}<form method="post" action="{{route.aidProject.list}}" class="stack card" id="project-new">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <h2>{{t.aid_project_new}}</h2>
          {{#chooseCommunity}}
          <label for="an-community">{{t.field_communityCode}}</label>
          <select id="an-community" name="community">{{#communities}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/communities}}</select>
          {{/chooseCommunity}}
          {{^chooseCommunity}}<input type="hidden" name="community" value="{{community}}">{{/chooseCommunity}}
          {{#invalid.communityCode}}<p class="field-error">{{invalid.communityCode}}</p>{{/invalid.communityCode}}
          {{#hasOrganisations}}
          <label for="an-partner">{{t.aid_organisation}}</label>
          <select id="an-partner" name="partnerID">{{#organisations}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/organisations}}</select>
          {{/hasOrganisations}}
          {{^hasOrganisations}}<p class="warning">{{t.aid_no_organisations}} <a href="{{route.partner.partners}}">{{t.partners_title}}</a></p>{{/hasOrganisations}}
          {{#invalid.partnerID}}<p class="field-error">{{invalid.partnerID}}</p>{{/invalid.partnerID}}
          <label for="an-title">{{t.field_title}}</label>
          <input id="an-title" name="title" maxlength="100" required value="{{form.title}}"{{#invalid.title}} aria-invalid="true"{{/invalid.title}}>
          {{#invalid.title}}<p class="field-error">{{invalid.title}}</p>{{/invalid.title}}
          <label for="an-kind">{{t.field_projectKind}}</label>
          <select id="an-kind" name="projectKind">{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select>
          {{#invalid.projectKind}}<p class="field-error">{{invalid.projectKind}}</p>{{/invalid.projectKind}}
          <fieldset id="an-categories"><legend>{{t.field_careCategories}}</legend>
            <p class="hint">{{t.aid_categories_hint}}</p>
            {{#categories}}<label class="check"><input type="checkbox" name="care_{{value}}" value="1"{{#checked}} checked{{/checked}}> {{label}}</label>{{/categories}}
          </fieldset>
          {{#invalid.careCategories}}<p class="field-error">{{invalid.careCategories}}</p>{{/invalid.careCategories}}
          <label for="an-start">{{t.field_startsOn}}</label>
          <input id="an-start" name="startsOn" type="date" required value="{{form.startsOn}}"{{#invalid.startsOn}} aria-invalid="true"{{/invalid.startsOn}}>
          {{#invalid.startsOn}}<p class="field-error">{{invalid.startsOn}}</p>{{/invalid.startsOn}}
          <label for="an-end">{{t.field_endsOn}}</label>
          <input id="an-end" name="endsOn" type="date" required value="{{form.endsOn}}"{{#invalid.endsOn}} aria-invalid="true"{{/invalid.endsOn}}>
          {{#invalid.endsOn}}<p class="field-error">{{invalid.endsOn}}</p>{{/invalid.endsOn}}
          <button type="submit" class="primary">{{t.aid_project_new}}</button>
        </form>{{/canCreate}}
        """

    static let aidProject = """
        <h1>{{project.title}}</h1>
        <p><a href="{{route.aidProject.list}}">{{t.aid_title}}</a></p>
        <p class="lead">{{project.kind}} · {{project.partner}} · {{project.span}}</p>
        <p class="hint">{{t.aid_serves}}：{{project.categories}}</p>
        {{> fieldErrors}}
        <section id="beneficiaries">
          <h2>{{t.aid_beneficiaries}}</h2>
          <p class="hint">{{#office}}{{t.aid_beneficiaries_office_hint}}{{/office}}{{^office}}{{t.aid_beneficiaries_partner_hint}}{{/office}}</p>
          <ul class="cases" id="beneficiary-list">{{#beneficiaries}}<li data-resident="{{residentID}}"><strong class="name">{{name}}</strong>
            <span class="hint">{{t.aid_added_on}} {{addedOn}} · {{t.aid_received}} {{received}}</span>
            {{#office}}<form method="post" action="{{#route.aidProject.removeBeneficiary}}{{projectID}} {{residentID}}{{/route.aidProject.removeBeneficiary}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button type="submit" class="link">{{t.aid_remove}}</button></form>{{/office}}
          </li>{{/beneficiaries}}</ul>
          {{^hasBeneficiaries}}<p class="hint">{{t.aid_no_beneficiaries}}</p>{{/hasBeneficiaries}}
          {{#office}}<form method="post" action="{{#route.aidProject.addBeneficiary}}{{projectID}}{{/route.aidProject.addBeneficiary}}" class="inline card" id="beneficiary-new">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="bn-id">{{t.field_idNumber}}</label>
            <input id="bn-id" name="idNumber" maxlength="32" required autocomplete="off" value="{{beneficiaryForm.idNumber}}"{{#beneficiaryInvalid.idNumber}} aria-invalid="true"{{/beneficiaryInvalid.idNumber}}>
            <button type="submit">{{t.aid_add}}</button>
            {{#beneficiaryInvalid.idNumber}}<p class="field-error">{{beneficiaryInvalid.idNumber}}</p>{{/beneficiaryInvalid.idNumber}}
            {{#beneficiaryInvalid.residentID}}<p class="field-error">{{beneficiaryInvalid.residentID}}</p>{{/beneficiaryInvalid.residentID}}
            {{#beneficiaryInvalid.projectID}}<p class="field-error">{{beneficiaryInvalid.projectID}}</p>{{/beneficiaryInvalid.projectID}}
          </form>{{/office}}
        </section>
        <section id="services">
          <h2>{{t.aid_services}}</h2>
          {{#hasBeneficiaries}}<form method="post" action="{{#route.aidProject.recordService}}{{projectID}}{{/route.aidProject.recordService}}" class="stack card" id="service-new">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <h3>{{t.aid_service_new}}</h3>
            <label for="sv-day">{{t.field_day}}</label>
            <input id="sv-day" name="day" type="date" max="{{today}}" required value="{{serviceForm.day}}"{{#serviceInvalid.day}} aria-invalid="true"{{/serviceInvalid.day}}>
            {{#serviceInvalid.day}}<p class="field-error">{{serviceInvalid.day}}</p>{{/serviceInvalid.day}}
            <fieldset id="sv-people"><legend>{{t.field_residentIDs}}</legend>
              {{#beneficiaries}}<label class="check"><input type="checkbox" name="r_{{residentID}}" value="1"{{#checked}} checked{{/checked}}> {{name}}</label>{{/beneficiaries}}
            </fieldset>
            {{#serviceInvalid.residentIDs}}<p class="field-error">{{serviceInvalid.residentIDs}}</p>{{/serviceInvalid.residentIDs}}
            <label for="sv-note">{{t.field_note}}</label>
            <input id="sv-note" name="note" maxlength="500" placeholder="{{t.aid_note_hint}}" value="{{serviceForm.note}}"{{#serviceInvalid.note}} aria-invalid="true"{{/serviceInvalid.note}}>
            {{#serviceInvalid.note}}<p class="field-error">{{serviceInvalid.note}}</p>{{/serviceInvalid.note}}
            <button type="submit" class="primary">{{t.aid_service_new}}</button>
          </form>{{/hasBeneficiaries}}
          <div class="scroll"><table id="service-list">
            <thead><tr><th>{{t.field_day}}</th><th>{{t.aid_served}}</th><th>{{t.field_note}}</th><th>{{t.records_by}}</th></tr></thead>
            <tbody>{{#services}}<tr><td>{{day}}</td><td><span class="count">{{count}}</span> {{names}}</td><td>{{#note}}{{note}}{{/note}}</td><td>{{by}}</td></tr>{{/services}}</tbody>
          </table></div>
          {{^hasServices}}<p class="hint">{{t.aid_no_services}}</p>{{/hasServices}}
        </section>
        """
}
