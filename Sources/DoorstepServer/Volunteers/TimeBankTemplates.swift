extension Templates {
    /// The templates of this file by the name pages render them with.
    static let timeBankPages: [String: String] = [
        "volunteerLanes": volunteerLanes, "timeBankLines": timeBankLines, "timeBankMine": timeBankMine,
        "timeBankOffice": timeBankOffice, "timeBankStatement": timeBankStatement, "volunteerTeams": volunteerTeams,
        "volunteerTeam": volunteerTeam, "volunteerSettings": volunteerSettings, "volunteerRecord": volunteerRecord,
    ]

    /// The office's places for volunteering, as lanes at the top of each of its pages.
    static let volunteerLanes = """
        <ul class="lanes" id="volunteer-office">{{#lanes}}<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>{{/lanes}}</ul>
        {{#chooseCommunity}}<ul class="lanes" id="communities">{{#communities}}<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{name}}</a></li>{{/communities}}</ul>{{/chooseCommunity}}
        """

    /// A statement's lines, newest first, with the balance after each.
    static let timeBankLines = """
        <div class="scroll"><table id="timebank-statement">
          <thead><tr><th>{{t.field_day}}</th><th>{{t.timebank_line_kind}}</th><th>{{t.timebank_line_detail}}</th><th>{{t.timebank_line_change}}</th><th>{{t.timebank_line_balance}}</th></tr></thead>
          <tbody>{{#lines}}<tr><td>{{day}}</td><td>{{kind}}</td><td>{{#detail}}{{detail}}{{/detail}}</td><td>{{change}}</td><td>{{balance}}</td></tr>{{/lines}}</tbody>
        </table></div>
        {{^hasLines}}<p>{{t.timebank_no_lines}}</p>{{/hasLines}}
        """

    static let timeBankMine = """
        <h1>{{t.timebank_title}}</h1>
        {{^registered}}<p class="lead">{{t.timebank_register_first}}</p><p><a class="button primary" href="{{route.volunteer.mine}}">{{t.volunteer_register}}</a></p>{{/registered}}
        {{#registered}}
        <p><a href="{{route.volunteer.mine}}">{{t.volunteer_title}}</a> · <a href="{{route.serviceRecord.mine}}" id="record-link">{{t.vrecord_title}}</a></p>
        <div class="figures" id="timebank-summary">
          <div class="figure"><span class="figure-value" id="timebank-balance">{{balance}}</span><span class="figure-label">{{t.volunteer_balance}}</span></div>
          <div class="figure"><span class="figure-value" id="timebank-hours">{{hours}}</span><span class="figure-label">{{t.volunteer_hours}}</span></div>
          <div class="figure"><span class="figure-value" id="timebank-stars">{{stars}}</span><span class="figure-label">{{t.volunteer_stars}}</span></div>
        </div>
        {{> fieldErrors}}
        <h2>{{t.timebank_catalogue}}</h2>
        <p class="hint">{{t.timebank_catalogue_hint}}</p>
        <ul class="cases" id="timebank-items">{{#items}}<li data-item="{{id}}">
          <strong>{{name}}</strong> <span class="hint">{{t.timebank_cost}} {{cost}} · {{stock}}</span>
          {{#details}}<div class="hint">{{details}}</div>{{/details}}
          {{#canRedeem}}<form method="post" action="{{route.timeBank.redeem}}"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="itemID" value="{{id}}"><button type="submit" class="primary">{{t.timebank_redeem}}</button></form>{{/canRedeem}}
          {{#short}}<div class="hint">{{short}}</div>{{/short}}
        </li>{{/items}}</ul>
        {{^hasItems}}<p>{{t.timebank_no_items}}</p>{{/hasItems}}
        <h2>{{t.timebank_my_redemptions}}</h2>
        <ul class="cases" id="timebank-redemptions">{{#redemptions}}<li data-redemption="{{id}}"><strong>{{item}}</strong> <span class="hint">{{t.timebank_cost}} {{cost}} · {{when}}</span>
          <div>{{#waiting}}<strong>{{t.timebank_waiting}}</strong>{{/waiting}}{{#handedOver}}{{t.timebank_handed_over}} {{handedOver}}{{/handedOver}}</div></li>{{/redemptions}}</ul>
        {{^hasRedemptions}}<p>{{t.timebank_no_redemptions}}</p>{{/hasRedemptions}}
        <form method="post" action="{{route.timeBank.donate}}" class="stack card" id="donate-form">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <h2>{{t.timebank_donate}}</h2>
          <p class="hint">{{t.timebank_donate_hint}}</p>
          <label for="dn-name">{{t.field_recipientName}}</label>
          <input id="dn-name" name="recipientName" maxlength="50" required value="{{form.recipientName}}"{{#invalid.recipientName}} aria-invalid="true"{{/invalid.recipientName}}>
          {{#invalid.recipientName}}<p class="field-error">{{invalid.recipientName}}</p>{{/invalid.recipientName}}
          <label for="dn-phone">{{t.field_recipientPhone}}</label>
          <input id="dn-phone" name="recipientPhone" inputmode="tel" maxlength="20" required value="{{form.recipientPhone}}"{{#invalid.recipientPhone}} aria-invalid="true"{{/invalid.recipientPhone}}>
          {{#invalid.recipientPhone}}<p class="field-error">{{invalid.recipientPhone}}</p>{{/invalid.recipientPhone}}
          {{#invalid.recipientID}}<p class="field-error">{{invalid.recipientID}}</p>{{/invalid.recipientID}}
          <label for="dn-credits">{{t.field_credits}}</label>
          <input id="dn-credits" name="credits" inputmode="decimal" maxlength="8" required value="{{form.credits}}"{{#invalid.credits}} aria-invalid="true"{{/invalid.credits}}>
          {{#invalid.credits}}<p class="field-error">{{invalid.credits}}</p>{{/invalid.credits}}
          <label for="dn-note">{{t.field_note}}</label>
          <input id="dn-note" name="note" maxlength="100" value="{{form.note}}">
          <button type="submit">{{t.timebank_donate}}</button>
        </form>
        <h2>{{t.timebank_statement}}</h2>
        {{> timeBankLines}}
        {{/registered}}
        """

    static let timeBankOffice = """
        <h1>{{t.timebank_office_title}}</h1>
        {{> volunteerLanes}}
        <div class="figures" id="timebank-ledger">
          <div class="figure"><span class="figure-value" id="ledger-issued">{{issued}}</span><span class="figure-label">{{t.timebank_issued}}</span></div>
          <div class="figure"><span class="figure-value" id="ledger-held">{{held}}</span><span class="figure-label">{{t.timebank_held}}</span></div>
          <div class="figure"><span class="figure-value" id="ledger-redeemed">{{redeemed}}</span><span class="figure-label">{{t.timebank_redeemed}}</span></div>
          <div class="figure"><span class="figure-value" id="ledger-sum">{{sum}}</span><span class="figure-label">{{t.timebank_sum}}</span></div>
        </div>
        {{#balanced}}<p class="hint" id="ledger-check">{{t.timebank_balanced}}</p>{{/balanced}}
        {{^balanced}}<p class="error" id="ledger-check">{{t.timebank_unbalanced}}</p>{{/balanced}}
        {{> fieldErrors}}
        <h2>{{t.timebank_pending}}</h2>
        <ul class="cases" id="timebank-pending">{{#pending}}<li data-redemption="{{id}}"><strong>{{volunteer}}</strong> · {{item}} <span class="hint">{{t.timebank_cost}} {{cost}} · {{when}}</span>
          <form method="post" action="{{#route.timeBank.handOver}}{{id}}{{/route.timeBank.handOver}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="community" value="{{community}}"><button type="submit" class="primary">{{t.timebank_hand_over}}</button></form></li>{{/pending}}</ul>
        {{^hasPending}}<p>{{t.timebank_no_pending}}</p>{{/hasPending}}
        {{#hasRecent}}<details><summary>{{t.timebank_recent}}</summary>
          <ul class="cases" id="timebank-recent">{{#recent}}<li>{{volunteer}} · {{item}} <span class="hint">{{t.timebank_cost}} {{cost}} · {{when}} · {{t.timebank_handed_over}} {{handedOver}}</span></li>{{/recent}}</ul>
        </details>{{/hasRecent}}
        <h2>{{t.timebank_catalogue}}</h2>
        <p class="hint">{{t.timebank_catalogue_office_hint}}</p>
        <ul class="cases" id="timebank-items">{{#items}}<li data-item="{{id}}">
          <form method="post" action="{{#route.timeBank.updateItem}}{{id}}{{/route.timeBank.updateItem}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="community" value="{{community}}">
            <label for="it-name-{{id}}">{{t.field_name}}</label><input id="it-name-{{id}}" name="name" maxlength="50" required value="{{name}}">
            <label for="it-details-{{id}}">{{t.field_details}}</label><input id="it-details-{{id}}" name="details" maxlength="200" value="{{details}}">
            <label for="it-cost-{{id}}">{{t.field_cost}}</label><input id="it-cost-{{id}}" name="cost" inputmode="numeric" maxlength="6" required value="{{cost}}">
            <label for="it-stock-{{id}}">{{t.field_stock}}</label><input id="it-stock-{{id}}" name="stock" inputmode="numeric" maxlength="6" value="{{stockValue}}">
            <p class="hint">{{stock}}</p>
            <label class="check"><input type="checkbox" name="active" value="1"{{#active}} checked{{/active}}> {{t.field_active}}</label>
            <button type="submit">{{t.save}}</button>
          </form></li>{{/items}}</ul>
        {{^hasItems}}<p>{{t.timebank_no_items}}</p>{{/hasItems}}
        <form method="post" action="{{route.timeBank.addItem}}" class="stack card" id="item-new">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="community" value="{{community}}">
          <h2>{{t.timebank_item_new}}</h2>
          <label for="in-name">{{t.field_name}}</label>
          <input id="in-name" name="name" maxlength="50" required value="{{form.name}}"{{#invalid.name}} aria-invalid="true"{{/invalid.name}}>
          {{#invalid.name}}<p class="field-error">{{invalid.name}}</p>{{/invalid.name}}
          <label for="in-details">{{t.field_details}}</label>
          <input id="in-details" name="details" maxlength="200" value="{{form.details}}"{{#invalid.details}} aria-invalid="true"{{/invalid.details}}>
          {{#invalid.details}}<p class="field-error">{{invalid.details}}</p>{{/invalid.details}}
          <label for="in-cost">{{t.field_cost}}</label>
          <input id="in-cost" name="cost" inputmode="numeric" maxlength="6" required value="{{form.cost}}"{{#invalid.cost}} aria-invalid="true"{{/invalid.cost}}>
          {{#invalid.cost}}<p class="field-error">{{invalid.cost}}</p>{{/invalid.cost}}
          <label for="in-stock">{{t.field_stock}}</label>
          <input id="in-stock" name="stock" inputmode="numeric" maxlength="6" value="{{form.stock}}"{{#invalid.stock}} aria-invalid="true"{{/invalid.stock}}>
          <p class="hint">{{t.timebank_stock_hint}}</p>
          {{#invalid.stock}}<p class="field-error">{{invalid.stock}}</p>{{/invalid.stock}}
          <label class="check"><input type="checkbox" name="active" value="1" checked> {{t.field_active}}</label>
          <button type="submit" class="primary">{{t.timebank_item_new}}</button>
        </form>
        <form method="post" action="{{route.timeBank.adjust}}" class="stack card" id="adjust-form">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="community" value="{{community}}">
          <h2>{{t.timebank_adjust}}</h2>
          <p class="hint">{{t.timebank_adjust_hint}}</p>
          {{#hasVolunteers}}
          <label for="ad-volunteer">{{t.field_volunteerID}}</label>
          <select id="ad-volunteer" name="volunteerID">{{#volunteers}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}} · {{phone}}</option>{{/volunteers}}</select>
          {{#invalid.volunteerID}}<p class="field-error">{{invalid.volunteerID}}</p>{{/invalid.volunteerID}}
          <label for="ad-direction">{{t.field_direction}}</label>
          <select id="ad-direction" name="direction">{{#directions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/directions}}</select>
          <label for="ad-credits">{{t.field_credits}}</label>
          <input id="ad-credits" name="credits" inputmode="decimal" maxlength="8" required value="{{form.credits}}"{{#invalid.credits}} aria-invalid="true"{{/invalid.credits}}>
          {{#invalid.credits}}<p class="field-error">{{invalid.credits}}</p>{{/invalid.credits}}
          <label for="ad-reason">{{t.field_reason}}</label>
          <input id="ad-reason" name="reason" maxlength="200" required value="{{form.reason}}"{{#invalid.reason}} aria-invalid="true"{{/invalid.reason}}>
          {{#invalid.reason}}<p class="field-error">{{invalid.reason}}</p>{{/invalid.reason}}
          <button type="submit" class="primary">{{t.timebank_adjust}}</button>
          {{/hasVolunteers}}
          {{^hasVolunteers}}<p>{{t.timebank_no_volunteers}}</p>{{/hasVolunteers}}
        </form>
        <h2>{{t.timebank_balances}}</h2>
        <div class="scroll"><table id="timebank-balances">
          <thead><tr><th>{{t.field_volunteerID}}</th><th>{{t.volunteer_balance}}</th><th>{{t.timebank_records}}</th></tr></thead>
          <tbody>{{#volunteers}}<tr data-volunteer="{{id}}"><td>{{name}} <span class="hint">{{phone}}</span></td><td>{{balance}}</td>
            <td><a href="{{#route.timeBank.statement}}{{id}}{{/route.timeBank.statement}}">{{t.timebank_statement}}</a> · <a href="{{#route.serviceRecord.record}}{{id}}{{/route.serviceRecord.record}}">{{t.vrecord_title}}</a></td></tr>{{/volunteers}}</tbody>
        </table></div>
        """

    static let timeBankStatement = """
        <h1>{{t.timebank_statement}} · {{name}}</h1>
        {{> volunteerLanes}}
        <p><a href="{{back}}">{{t.timebank_office_title}}</a> · <a href="{{#route.serviceRecord.record}}{{id}}{{/route.serviceRecord.record}}">{{t.vrecord_title}}</a></p>
        <div class="figures"><div class="figure"><span class="figure-value" id="timebank-balance">{{balance}}</span><span class="figure-label">{{t.volunteer_balance}}</span></div></div>
        {{> timeBankLines}}
        """

    static let volunteerTeams = """
        <h1>{{t.vteam_title}}</h1>
        {{> volunteerLanes}}
        <div class="scroll"><table id="volunteer-teams">
          <thead><tr><th>{{t.field_name}}</th><th>{{t.vteam_members}}</th><th>{{t.vteam_activities}}</th><th>{{t.vteam_hours}}</th></tr></thead>
          <tbody>{{#teams}}<tr data-team="{{id}}"><td><a href="{{#route.volunteerTeam.team}}{{id}}{{/route.volunteerTeam.team}}">{{name}}</a></td><td>{{members}}</td><td>{{activities}}</td><td>{{hours}}</td></tr>{{/teams}}</tbody>
        </table></div>
        {{^hasTeams}}<p>{{t.vteam_none}}</p>{{/hasTeams}}
        {{> fieldErrors}}
        <form method="post" action="{{route.volunteerTeam.list}}" class="stack card" id="team-new">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="community" value="{{community}}">
          <h2>{{t.vteam_new}}</h2>
          <label for="vt-name">{{t.field_name}}</label>
          <input id="vt-name" name="name" maxlength="50" required value="{{form.name}}"{{#invalid.name}} aria-invalid="true"{{/invalid.name}}>
          {{#invalid.name}}<p class="field-error">{{invalid.name}}</p>{{/invalid.name}}
          <button type="submit" class="primary">{{t.vteam_new}}</button>
        </form>
        """

    static let volunteerTeam = """
        <h1>{{team.name}}</h1>
        {{> volunteerLanes}}
        <p><a href="{{back}}">{{t.vteam_title}}</a></p>
        <div class="figures" id="team-figures">
          <div class="figure"><span class="figure-value" id="team-members-count">{{memberCount}}</span><span class="figure-label">{{t.vteam_members}}</span></div>
          <div class="figure"><span class="figure-value" id="team-activities-count">{{activityCount}}</span><span class="figure-label">{{t.vteam_activities}}</span></div>
          <div class="figure"><span class="figure-value" id="team-hours">{{hours}}</span><span class="figure-label">{{t.vteam_hours}}</span></div>
        </div>
        {{> fieldErrors}}
        <h2>{{t.vteam_members}}</h2>
        <ul class="cases" id="team-members">{{#members}}<li data-volunteer="{{volunteerID}}"><strong>{{name}}</strong> <span class="hint">{{phone}} · {{t.vteam_member_hours}} {{hours}}</span>
          <form method="post" action="{{#route.volunteerTeam.removeMember}}{{team.id}} {{volunteerID}}{{/route.volunteerTeam.removeMember}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button type="submit">{{t.vteam_remove}}</button></form></li>{{/members}}</ul>
        {{^hasMembers}}<p>{{t.vteam_no_members}}</p>{{/hasMembers}}
        {{#hasCandidates}}
        <form method="post" action="{{#route.volunteerTeam.addMember}}{{team.id}}{{/route.volunteerTeam.addMember}}" class="stack card" id="member-add">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <label for="tm-volunteer">{{t.vteam_add_member}}</label>
          <select id="tm-volunteer" name="volunteerID">{{#candidates}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}} · {{phone}}</option>{{/candidates}}</select>
          {{#invalid.volunteerID}}<p class="field-error">{{invalid.volunteerID}}</p>{{/invalid.volunteerID}}
          <button type="submit" class="primary">{{t.vteam_add_member}}</button>
        </form>
        {{/hasCandidates}}
        <h2>{{t.vteam_activities}}</h2>
        <ul class="cases" id="team-activities">{{#activities}}<li data-activity="{{id}}"><a class="title" href="{{#route.volunteer.activity}}{{id}}{{/route.volunteer.activity}}">{{title}}</a>
          <div class="hint">{{when}} · {{t.vteam_served}} {{served}} · {{t.vteam_hours}} {{hours}}</div>
          <form method="post" action="{{#route.volunteerTeam.unassign}}{{team.id}} {{id}}{{/route.volunteerTeam.unassign}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button type="submit">{{t.vteam_unassign}}</button></form></li>{{/activities}}</ul>
        {{^hasActivities}}<p>{{t.vteam_no_activities}}</p>{{/hasActivities}}
        {{#hasOpen}}
        <form method="post" action="{{#route.volunteerTeam.assign}}{{team.id}}{{/route.volunteerTeam.assign}}" class="stack card" id="activity-assign">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <label for="ta-activity">{{t.vteam_assign}}</label>
          <select id="ta-activity" name="activityID">{{#open}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{when}} {{title}}</option>{{/open}}</select>
          {{#invalid.activityID}}<p class="field-error">{{invalid.activityID}}</p>{{/invalid.activityID}}
          {{#invalid.teamID}}<p class="field-error">{{invalid.teamID}}</p>{{/invalid.teamID}}
          <button type="submit" class="primary">{{t.vteam_assign}}</button>
        </form>
        {{/hasOpen}}
        """

    static let volunteerSettings = """
        <h1>{{t.vsettings_title}}</h1>
        {{> volunteerLanes}}
        <p class="lead">{{t.vsettings_intro}}</p>
        <p>{{t.vsettings_current}} <strong id="star-hours">{{current}}</strong></p>
        {{> fieldErrors}}
        <form method="post" action="{{route.volunteerSettings.page}}" class="stack card" id="settings-form">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="community" value="{{community}}">
          {{#levels}}
          <label for="vs-star-{{index}}">{{label}}</label>
          <input id="vs-star-{{index}}" name="{{field}}" inputmode="numeric" maxlength="6" required value="{{value}}"{{#invalid}} aria-invalid="true"{{/invalid}}>
          {{#invalid}}<p class="field-error">{{invalid}}</p>{{/invalid}}
          {{/levels}}
          <p class="hint">{{t.vsettings_hint}}</p>
          <button type="submit" class="primary">{{t.save}}</button>
        </form>
        """

    /// The record of service as a certificate: the layout's print section drops the navigation and every form, so
    /// the printing hint (a form) stays on screen only. The print button shows once the script can press it.
    static let volunteerRecord = """
        <form method="get" action="{{route.serviceRecord.mine}}" id="record-print" class="card">
          <p class="hint">{{t.vrecord_print_hint}}</p>
          <button type="button" class="primary" data-print hidden>{{t.vrecord_print}}</button>
          <a href="{{back}}">{{t.back}}</a>
        </form>
        <article id="service-record" class="card">
          <h1>{{t.vrecord_title}}</h1>
          <dl class="facts">
            <dt>{{t.field_displayName}}</dt><dd id="record-name">{{name}}</dd>
            <dt>{{t.field_phone}}</dt><dd id="record-phone">{{phone}}</dd>
            <dt>{{t.vrecord_registered}}</dt><dd>{{registeredOn}}</dd>
            <dt>{{t.vrecord_community}}</dt><dd id="record-community">{{community}}</dd>
            <dt>{{t.volunteer_hours}}</dt><dd id="record-total">{{total}}</dd>
            <dt>{{t.volunteer_stars}}</dt><dd id="record-stars">{{stars}}</dd>
          </dl>
          <div class="scroll"><table id="record-activities">
            <caption>{{t.vrecord_activities}}</caption>
            <thead><tr><th>{{t.field_day}}</th><th>{{t.vrecord_activity}}</th><th>{{t.field_hours}}</th></tr></thead>
            <tbody>{{#entries}}<tr><td>{{day}}</td><td>{{title}}</td><td>{{hours}}</td></tr>{{/entries}}</tbody>
            <tfoot><tr><th scope="row" colspan="2">{{t.vrecord_total}}</th><td>{{total}}</td></tr></tfoot>
          </table></div>
          {{^hasEntries}}<p>{{t.vrecord_none}}</p>{{/hasEntries}}
          <p id="record-statement">{{statement}}</p>
          <p>{{t.vrecord_issuer}}{{community}}<br>{{t.vrecord_printed}}{{printedOn}}</p>
        </article>
        """
}
