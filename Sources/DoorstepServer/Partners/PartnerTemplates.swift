extension Templates {
    /// The templates of this file by the name pages render them with.
    static let partnerPages: [String: String] = [
        "communityChoice": communityChoice, "partners": partners, "partnerReport": partnerReport, "lists": lists,
        "need": need,
    ]

    /// The community a new record is for: a choice for a street's staff, fixed for a community's.
    static let communityChoice = """
        {{#chooseCommunity}}<label for="cc-community">{{t.field_community}}</label><select id="cc-community" name="community">{{#communities}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/communities}}</select>{{/chooseCommunity}}{{^chooseCommunity}}<input type="hidden" name="community" value="{{community}}">{{/chooseCommunity}}
        """

    static let partners = """
        <h1>{{t.partners_title}}</h1>
        {{#hasRenewals}}<div class="warning" id="renewals"><strong>{{t.partners_renewals}}</strong><ul>{{#renewals}}<li><a href="{{#route.partner.report}}{{partnerID}}{{/route.partner.report}}">{{partner}}</a> · {{title}} · {{t.field_endsOn}} {{endsOn}}</li>{{/renewals}}</ul></div>{{/hasRenewals}}
        <table class="list" id="partners"><thead><tr><th>{{t.field_name}}</th><th>{{t.field_kind}}</th><th>{{t.field_contactName}}</th><th>{{t.field_partyOrganisation}}</th></tr></thead>
        <tbody>{{#partners}}<tr><td><a href="{{#route.partner.report}}{{id}}{{/route.partner.report}}">{{name}}</a></td><td>{{kind}}</td><td>{{contact}}</td><td>{{partyOrganisation}}</td></tr>{{/partners}}</tbody></table>
        {{^partners}}<p>{{t.partners_none}}</p>{{/partners}}
        <p><a href="{{route.lists.lists}}">{{t.lists_title}}</a> · <a href="{{route.venue.venues}}">{{t.venues_title}}</a> · <a href="{{route.jointMeeting.meetings}}">{{t.meetings_joint_title}}</a> · <a href="{{route.microWish.wishes}}">{{t.wishes_title}}</a></p>
        {{> fieldErrors}}
        <form method="post" action="{{route.partner.partners}}" class="stack card" id="partner-new">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <h2>{{t.partners_register}}</h2>
          <label for="p-community">{{t.field_community}}</label><select id="p-community" name="community">{{#communities}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/communities}}</select>
          <label for="p-kind">{{t.field_kind}}</label><select id="p-kind" name="kind">{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select>
          <label for="p-name">{{t.field_name}}</label><input id="p-name" name="name" maxlength="100" required value="{{form.name}}">
          <label for="p-contact">{{t.field_contactName}}</label><input id="p-contact" name="contactName" maxlength="50" required value="{{form.contactName}}">
          <label for="p-phone">{{t.field_contactPhone}}</label><input id="p-phone" name="contactPhone" inputmode="tel" maxlength="20" required value="{{form.contactPhone}}">
          <label for="p-party">{{t.field_partyOrganisation}}</label><input id="p-party" name="partyOrganisation" maxlength="100" value="{{form.partyOrganisation}}">
          <button type="submit" class="primary">{{t.partners_register}}</button>
        </form>
        """

    static let partnerReport = """
        <h1>{{partner.name}}</h1>
        <p class="lead">{{partner.kind}} · {{partner.contact}}{{#partner.partyOrganisation}} · {{partner.partyOrganisation}}{{/partner.partyOrganisation}}</p>
        {{#office}}<p><a href="{{route.partner.partners}}">{{t.partners_title}}</a> · <a href="{{route.lists.lists}}">{{t.lists_title}}</a></p>{{/office}}
        <p><a href="{{#route.jointMeeting.partnerMeetings}}{{partner.id}}{{/route.jointMeeting.partnerMeetings}}" id="partner-meetings">{{t.meetings_joint_title}}</a> · <a href="{{route.venue.venues}}">{{t.venues_title}}</a> · <a href="{{route.microWish.wishes}}">{{t.wishes_title}}</a></p>
        <div class="figures" id="partner-figures">
          <div class="figure"><span class="figure-value" id="fig-agreements">{{figures.agreements}}</span><span class="figure-label">{{t.partners_fig_agreements}}</span></div>
          <div class="figure"><span class="figure-value" id="fig-commitments">{{figures.fulfilled}}/{{figures.commitments}}</span><span class="figure-label">{{t.partners_fig_commitments}}</span></div>
          <div class="figure"><span class="figure-value" id="fig-projects">{{figures.projects}}</span><span class="figure-label">{{t.partners_fig_projects}}</span></div>
          <div class="figure"><span class="figure-value" id="fig-reached">{{figures.reached}}/{{figures.target}}</span><span class="figure-label">{{t.partners_fig_reached}}</span></div>
          <div class="figure"><span class="figure-value" id="fig-members">{{figures.members}}</span><span class="figure-label">{{t.partners_fig_members}}</span></div>
        </div>
        <p class="hint">{{t.partners_fig_hint}}</p>
        {{> fieldErrors}}
        <h2>{{t.partners_projects}}</h2>
        <ul class="cases" id="projects">{{#projects}}<li data-project="{{id}}"><strong>{{title}}</strong> <span class="hint">{{span}} · {{t.field_owner}} {{owner}} · {{partners}}</span>
          <div>{{t.partners_reached}} <strong class="reached">{{reached}}</strong> / {{target}} {{t.unit_people}} · {{deliveries}} {{t.partners_deliveries}}</div>
          <form method="post" action="{{#route.partner.deliver}}{{partnerID}} {{id}}{{/route.partner.deliver}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="d-day-{{id}}">{{t.field_day}}</label><input id="d-day-{{id}}" name="day" type="date" required value="{{today}}">
            <label for="d-people-{{id}}">{{t.field_peopleReached}}</label><input id="d-people-{{id}}" name="peopleReached" inputmode="numeric" size="4" required>
            <label for="d-note-{{id}}">{{t.field_note}}</label><input id="d-note-{{id}}" name="note" maxlength="500">
            <button type="submit">{{t.partners_record_delivery}}</button></form>
        </li>{{/projects}}</ul>
        {{^projects}}<p>{{t.partners_no_projects}}</p>{{/projects}}
        <h2>{{t.partners_agreements}}</h2>
        {{#agreements}}<section class="card" data-agreement="{{id}}"><h3>{{title}}</h3><p class="hint">{{startsOn}} – {{endsOn}}{{#due}} · <strong>{{t.partners_due_renewal}}</strong>{{/due}}</p>
          <ul class="cases">{{#commitments}}<li data-commitment="{{id}}"><strong>{{kind}}</strong> {{content}} <span class="hint">{{t.field_owner}} {{owner}} · {{t.field_dueOn}} {{dueOn}}{{#overdue}} · <strong class="warning">{{t.partners_overdue}}</strong>{{/overdue}}</span>
            {{#fulfilled}}<div class="done">{{t.partners_fulfilled}} {{fulfilled}} · {{evidence}}</div>{{/fulfilled}}
            {{^fulfilled}}<form method="post" action="{{#route.partner.fulfil}}{{partnerID}} {{id}}{{/route.partner.fulfil}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
              <label for="f-day-{{id}}">{{t.field_fulfilledOn}}</label><input id="f-day-{{id}}" name="fulfilledOn" type="date" required value="{{today}}">
              <label for="f-ev-{{id}}">{{t.field_evidence}}</label><input id="f-ev-{{id}}" name="evidence" maxlength="1000" required>
              <button type="submit">{{t.partners_fulfil}}</button></form>{{/fulfilled}}
          </li>{{/commitments}}</ul></section>{{/agreements}}
        {{^agreements}}<p>{{t.partners_no_agreements}}</p>{{/agreements}}
        {{#office}}<form method="post" action="{{#route.partner.act}}{{partner.id}} agreements{{/route.partner.act}}" class="stack card" id="agreement-new">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <h2>{{t.partners_agreement_new}}</h2>
          <label for="a-title">{{t.field_title}}</label><input id="a-title" name="title" maxlength="100" required value="{{form.title}}">
          <label for="a-starts">{{t.field_startsOn}}</label><input id="a-starts" name="startsOn" type="date" required value="{{form.startsOn}}">
          <label for="a-ends">{{t.field_endsOn}}</label><input id="a-ends" name="endsOn" type="date" required value="{{form.endsOn}}">
          <p class="hint">{{t.partners_commitments_hint}}</p>
          {{#commitmentRows}}<fieldset><legend>{{t.field_commitments}} {{number}} · {{label}}</legend><input type="hidden" name="kind{{n}}" value="{{kind}}">
            <label for="c-content{{n}}">{{t.field_content}}</label><input id="c-content{{n}}" name="content{{n}}" maxlength="500" value="{{content}}">
            <label for="c-owner{{n}}">{{t.field_owner}}</label><input id="c-owner{{n}}" name="owner{{n}}" maxlength="50" value="{{owner}}">
            <label for="c-due{{n}}">{{t.field_dueOn}}</label><input id="c-due{{n}}" name="dueOn{{n}}" type="date" value="{{dueOn}}"></fieldset>{{/commitmentRows}}
          <button type="submit" class="primary">{{t.partners_agreement_new}}</button>
        </form>{{/office}}
        <h2>{{t.partners_resources}}</h2>
        <ul class="cases" id="resources">{{#resources}}<li><strong>{{description}}</strong> <span class="hint">{{kind}} · {{category}} · {{capacity}} {{unit}} · {{place}} · {{span}}</span></li>{{/resources}}</ul>
        <form method="post" action="{{#route.partner.act}}{{partner.id}} resources{{/route.partner.act}}" class="stack card" id="resource-new">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <h2>{{t.partners_resource_new}}</h2>
          <label for="r-kind">{{t.field_kind}}</label><select id="r-kind" name="kind">{{#resourceKinds}}<option value="{{value}}">{{label}}</option>{{/resourceKinds}}</select>
          <label for="r-category">{{t.field_category}}</label><select id="r-category" name="category">{{#categories}}<option value="{{value}}">{{label}}</option>{{/categories}}</select>
          <label for="r-description">{{t.field_description}}</label><input id="r-description" name="description" maxlength="500" required value="{{form.description}}">
          <label for="r-capacity">{{t.field_capacity}}</label><input id="r-capacity" name="capacity" inputmode="numeric" required value="{{form.capacity}}">
          <label for="r-unit">{{t.field_unit}}</label><input id="r-unit" name="unit" maxlength="10" required placeholder="{{t.partners_unit_hint}}" value="{{form.unit}}">
          <label for="r-place">{{t.field_placeCode}}</label><select id="r-place" name="placeCode">{{#places}}<option value="{{code}}">{{name}}</option>{{/places}}</select>
          <label for="r-from">{{t.field_availableFrom}}</label><input id="r-from" name="availableFrom" type="date" required value="{{form.availableFrom}}">
          <label for="r-until">{{t.field_availableUntil}}</label><input id="r-until" name="availableUntil" type="date" required value="{{form.availableUntil}}">
          <button type="submit">{{t.partners_resource_new}}</button>
        </form>
        <h2>{{t.partners_members}}</h2>
        <ul id="reported-members">{{#members}}<li>{{name}} · {{reportedOn}}</li>{{/members}}</ul>
        {{#office}}<form method="post" action="{{#route.partner.act}}{{partner.id}} members{{/route.partner.act}}" class="inline" id="member-report"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <label for="m-name">{{t.field_name}}</label><input id="m-name" name="name" maxlength="50" required>
          <label for="m-day">{{t.field_reportedOn}}</label><input id="m-day" name="reportedOn" type="date" required value="{{today}}">
          <button type="submit">{{t.partners_member_report}}</button></form>
        <form method="post" action="{{#route.partner.act}}{{partner.id}} account{{/route.partner.act}}" class="inline" id="partner-account"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <label for="pa-username">{{t.partners_account}}</label><input id="pa-username" name="username" maxlength="50" value="{{partner.username}}">
          <button type="submit">{{t.partners_link}}</button></form>{{/office}}
        """

    static let lists = """
        <h1>{{t.lists_title}}</h1>
        <p class="hint">{{t.lists_hint}}</p>
        <p><a href="{{route.microWish.wishes}}">{{t.wishes_title}}</a></p>
        <h2>{{t.lists_needs}}</h2>
        <ul class="cases" id="needs">{{#needs}}<li data-need="{{id}}"><a class="title" href="{{#route.lists.need}}{{id}}{{/route.lists.need}}">{{description}}</a>
          <div class="hint">{{category}} · {{place}} · {{span}} · {{source}} · <strong>{{status}}</strong></div></li>{{/needs}}</ul>
        {{^needs}}<p>{{t.lists_no_needs}}</p>{{/needs}}
        {{> fieldErrors}}
        <form method="post" action="{{route.lists.addNeed}}" class="stack card" id="need-new">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <h2>{{t.lists_need_new}}</h2>
          <label for="n-from">{{t.field_heardOn}}</label><select id="n-from" name="from"><option value="">{{t.lists_source_other}}</option>{{#heard}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/heard}}</select>
          <label for="n-place">{{t.field_placeCode}}</label><select id="n-place" name="placeCode">{{#places}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/places}}</select>
          <label for="n-category">{{t.field_category}}</label><select id="n-category" name="category">{{#categories}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/categories}}</select>
          <label for="n-description">{{t.field_description}}</label><textarea id="n-description" name="description" maxlength="500" required>{{form.description}}</textarea>
          <label for="n-wanted-from">{{t.field_wantedFrom}}</label><input id="n-wanted-from" name="wantedFrom" type="date" required value="{{form.wantedFrom}}">
          <label for="n-wanted-until">{{t.field_wantedUntil}}</label><input id="n-wanted-until" name="wantedUntil" type="date" required value="{{form.wantedUntil}}">
          <button type="submit" class="primary">{{t.lists_need_new}}</button>
        </form>
        <h2>{{t.lists_resources}}</h2>
        <ul class="cases" id="list-resources">{{#resources}}<li><strong>{{description}}</strong> <span class="hint">{{partner}} · {{category}} · {{capacity}} {{unit}} · {{place}} · {{span}}</span></li>{{/resources}}</ul>
        {{^resources}}<p>{{t.lists_no_resources}}</p>{{/resources}}
        <h2>{{t.lists_projects}}</h2>
        <ul class="cases" id="list-projects">{{#projects}}<li><strong>{{title}}</strong> <span class="hint">{{span}} · {{partners}} · {{t.partners_reached}} {{reached}}/{{target}} {{t.unit_people}}</span></li>{{/projects}}</ul>
        {{^projects}}<p>{{t.partners_no_projects}}</p>{{/projects}}
        """

    static let need = """
        <h1>{{need.description}}</h1>
        <p><a href="{{route.lists.lists}}">{{t.lists_title}}</a></p>
        <p class="lead">{{need.category}} · {{need.place}} · {{need.span}} · {{need.source}}</p>
        {{#need.project}}<p class="done" id="need-project">{{t.lists_became_project}} <strong>{{need.project}}</strong></p>{{/need.project}}
        {{> fieldErrors}}
        {{^need.project}}<h2>{{t.lists_suggestions}}</h2>
        <p class="hint">{{t.lists_suggestions_hint}}</p>
        <ul class="cases" id="suggestions">{{#suggestions}}<li data-resource="{{resourceID}}"><strong>{{description}}</strong>
          <div class="hint">{{partner}} · {{place}} · {{shared}} · {{remaining}}</div>
          <form method="post" action="{{#route.lists.accept}}{{needID}}{{/route.lists.accept}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="resourceID" value="{{resourceID}}">
            <label for="pr-title-{{resourceID}}">{{t.field_title}}</label><input id="pr-title-{{resourceID}}" name="title" maxlength="100" required>
            <label for="pr-owner-{{resourceID}}">{{t.field_owner}}</label><input id="pr-owner-{{resourceID}}" name="owner" maxlength="50" required>
            <label for="pr-starts-{{resourceID}}">{{t.field_startsOn}}</label><input id="pr-starts-{{resourceID}}" name="startsOn" type="date" required value="{{startsOn}}">
            <label for="pr-ends-{{resourceID}}">{{t.field_endsOn}}</label><input id="pr-ends-{{resourceID}}" name="endsOn" type="date" required value="{{endsOn}}">
            <label for="pr-uses-{{resourceID}}">{{t.field_uses}}</label><input id="pr-uses-{{resourceID}}" name="uses" inputmode="numeric" required>
            <label for="pr-target-{{resourceID}}">{{t.field_targetPeople}}</label><input id="pr-target-{{resourceID}}" name="targetPeople" inputmode="numeric" required>
            <button type="submit" class="primary">{{t.lists_accept}}</button>
          </form></li>{{/suggestions}}</ul>
        {{^suggestions}}<p id="no-suggestions">{{t.lists_no_suggestions}}</p>{{/suggestions}}{{/need.project}}
        """
}
