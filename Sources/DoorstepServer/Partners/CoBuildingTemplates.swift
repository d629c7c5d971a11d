extension Templates {
    /// The templates of this file by the name pages render them with.
    static let coBuildingPages: [String: String] = [
        "venues": venues, "venue": venue, "jointMeetings": jointMeetings, "jointMeeting": jointMeeting,
        "partnerMeetings": partnerMeetings, "microWishes": microWishes, "microWish": microWish,
    ]

    static let venues = """
        <h1>{{t.venues_title}}</h1>
        <p class="hint">{{t.venues_hint}}</p>
        {{> fieldErrors}}
        <h2>{{t.venues_this_week}} <span class="hint">{{weekLabel}}</span></h2>
        <ul class="cases" id="venues">{{#venues}}<li data-venue="{{id}}"><a class="title" href="{{#route.venue.venue}}{{id}}{{/route.venue.venue}}">{{name}}</a>
          <div class="hint">{{place}} · {{capacity}} · {{t.venues_offered_by}} {{offeredBy}}{{#hours}} · {{hours}}{{/hours}}</div>
          {{#hasBookings}}<ul class="bookings">{{#bookings}}<li data-booking="{{id}}">{{when}} · {{purpose}} · {{people}} · {{by}}</li>{{/bookings}}</ul>{{/hasBookings}}
          {{^hasBookings}}<p class="hint">{{t.venues_no_bookings}}</p>{{/hasBookings}}
          <a href="{{#route.venue.venue}}{{id}}{{/route.venue.venue}}">{{t.venues_week}}</a></li>{{/venues}}</ul>
        {{^hasVenues}}<p>{{t.venues_none}}</p>{{/hasVenues}}
        {{#hasVenues}}<form method="post" action="{{route.venue.book}}" class="stack card" id="booking-new">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="back" value="list">
          <h2>{{t.venues_book}}</h2>
          <label for="b-venue">{{t.field_venueID}}</label><select id="b-venue" name="venueID">{{#choices}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/choices}}</select>
          <label for="b-starts">{{t.field_startsAt}}</label><input id="b-starts" name="startsAt" type="datetime-local" required value="{{form.startsAt}}">
          <label for="b-ends">{{t.field_endsAt}}</label><input id="b-ends" name="endsAt" type="datetime-local" required value="{{form.endsAt}}">
          <p class="hint">{{t.venues_time_hint}}</p>
          <label for="b-purpose">{{t.field_purpose}}</label><input id="b-purpose" name="purpose" maxlength="200" required value="{{form.purpose}}">
          <label for="b-people">{{t.field_expectedPeople}}</label><input id="b-people" name="expectedPeople" inputmode="numeric" required value="{{form.expectedPeople}}">
          <button type="submit" class="primary">{{t.venues_book}}</button>
        </form>{{/hasVenues}}
        <form method="post" action="{{route.venue.venues}}" class="stack card" id="venue-new">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">{{> communityChoice}}
          <h2>{{t.venues_new}}</h2>
          <label for="v-name">{{t.field_name}}</label><input id="v-name" name="name" maxlength="100" required value="{{form.name}}">
          <label for="v-place">{{t.field_place}}</label><input id="v-place" name="place" maxlength="100" required value="{{form.place}}">
          <label for="v-capacity">{{t.venue_field_capacity}}</label><input id="v-capacity" name="capacity" inputmode="numeric" required value="{{form.capacity}}">
          <label for="v-hours">{{t.field_openingHours}}</label><input id="v-hours" name="openingHours" maxlength="200" value="{{form.openingHours}}" placeholder="{{t.venues_hours_hint}}">
          {{#office}}<label for="v-partner">{{t.venue_field_partner}}</label><select id="v-partner" name="partnerID">{{#offerers}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/offerers}}</select>{{/office}}
          {{^office}}<p class="hint">{{t.venues_own_hint}}</p>{{/office}}
          <button type="submit">{{t.venues_new}}</button>
        </form>
        """

    static let venue = """
        <h1>{{venue.name}}</h1>
        <p><a href="{{route.venue.venues}}">{{t.venues_title}}</a></p>
        <p class="lead">{{venue.place}} · {{venue.capacity}} · {{t.venues_offered_by}} {{venue.offeredBy}}{{#venue.hours}} · {{venue.hours}}{{/venue.hours}}</p>
        <p id="week-nav"><a href="{{previous}}">{{t.venues_previous_week}}</a> · <a href="{{thisWeek}}">{{t.venues_current_week}}</a> · <a href="{{next}}">{{t.venues_next_week}}</a> <span class="hint">{{weekLabel}}</span></p>
        {{> fieldErrors}}
        <ul class="cases" id="week">{{#days}}<li data-day="{{id}}"><strong>{{label}}</strong>
          {{#free}}<span class="hint">{{t.venues_free}}</span>{{/free}}
          <ul class="bookings">{{#bookings}}<li data-booking="{{id}}"><strong>{{span}}</strong> {{purpose}} <span class="hint">{{people}} · {{by}}</span>
            {{#canCancel}}<form method="post" action="{{#route.venue.cancel}}{{id}}{{/route.venue.cancel}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button type="submit">{{t.venues_cancel}}</button></form>{{/canCancel}}
          </li>{{/bookings}}</ul></li>{{/days}}</ul>
        <form method="post" action="{{route.venue.book}}" class="stack card" id="booking-new">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="back" value="venue"><input type="hidden" name="venueID" value="{{venue.id}}">
          <h2>{{t.venues_book}}</h2>
          <label for="b-starts">{{t.field_startsAt}}</label><input id="b-starts" name="startsAt" type="datetime-local" required value="{{form.startsAt}}">
          <label for="b-ends">{{t.field_endsAt}}</label><input id="b-ends" name="endsAt" type="datetime-local" required value="{{form.endsAt}}">
          <p class="hint">{{t.venues_time_hint}}</p>
          <label for="b-purpose">{{t.field_purpose}}</label><input id="b-purpose" name="purpose" maxlength="200" required value="{{form.purpose}}">
          <label for="b-people">{{t.field_expectedPeople}}</label><input id="b-people" name="expectedPeople" inputmode="numeric" required value="{{form.expectedPeople}}">
          <button type="submit" class="primary">{{t.venues_book}}</button>
        </form>
        """

    static let jointMeetings = """
        <h1>{{t.meetings_joint_title}}</h1>
        <p><a href="{{route.partner.partners}}">{{t.partners_title}}</a> · <a href="{{route.venue.venues}}">{{t.venues_title}}</a> · <a href="{{route.microWish.wishes}}">{{t.wishes_title}}</a></p>
        <form method="get" action="{{route.jointMeeting.meetings}}" class="card">
          <label for="jm-from">{{t.rates_from}}</label> <input id="jm-from" name="from" type="date" value="{{from}}">
          <label for="jm-to">{{t.rates_to}}</label> <input id="jm-to" name="to" type="date" value="{{to}}">
          <button type="submit">{{t.rates_show}}</button>
        </form>
        <div class="figures" id="co-building-figures">
          <div class="figure"><span class="figure-value" id="fig-bookings">{{figures.bookings}}</span><span class="figure-label">{{t.meetings_fig_bookings}}</span></div>
          <div class="figure"><span class="figure-value" id="fig-meetings">{{figures.meetings}}</span><span class="figure-label">{{t.meetings_fig_meetings}}</span></div>
          <div class="figure"><span class="figure-value" id="fig-posted">{{figures.posted}}</span><span class="figure-label">{{t.meetings_fig_posted}}</span></div>
          <div class="figure"><span class="figure-value" id="fig-claimed">{{figures.claimed}}</span><span class="figure-label">{{t.meetings_fig_claimed}}</span></div>
          <div class="figure"><span class="figure-value" id="fig-fulfilled">{{figures.fulfilled}}</span><span class="figure-label">{{t.meetings_fig_fulfilled}}</span></div>
        </div>
        <p class="hint">{{t.meetings_fig_hint}}</p>
        <h2>{{t.meetings_list}}</h2>
        <ul class="cases" id="joint-meetings">{{#meetings}}<li data-meeting="{{id}}"><a class="title" href="{{#route.jointMeeting.meeting}}{{id}}{{/route.jointMeeting.meeting}}">{{topic}}</a>
          <div class="hint">{{heldOn}} · {{partners}}{{#agreement}} · {{agreement}}{{/agreement}} · {{decisionCount}}</div></li>{{/meetings}}</ul>
        {{^meetings}}<p>{{t.meetings_none}}</p>{{/meetings}}
        {{> fieldErrors}}
        <form method="post" action="{{route.jointMeeting.meetings}}" class="stack card" id="joint-meeting-new">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">{{> communityChoice}}
          <h2>{{t.meetings_record}}</h2>
          <label for="jm-topic">{{t.meetings_field_topic}}</label><input id="jm-topic" name="topic" maxlength="100" required value="{{form.topic}}">
          <label for="jm-day">{{t.meetings_field_heldOn}}</label><input id="jm-day" name="heldOn" type="date" required value="{{form.heldOn}}" max="{{today}}">
          <label for="jm-agreement">{{t.field_agreementID}}</label><select id="jm-agreement" name="agreementID"><option value="">{{t.meetings_no_agreement}}</option>{{#agreements}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/agreements}}</select>
          <fieldset id="jm-partners"><legend>{{t.field_partnerIDs}}</legend>
            {{#partners}}<label class="check"><input type="checkbox" name="partner_{{id}}" value="1"{{#checked}} checked{{/checked}}> {{name}}</label>{{/partners}}
            <p class="hint">{{t.meetings_partners_hint}}</p></fieldset>
          <label for="jm-minutes">{{t.field_minutes}}</label><textarea id="jm-minutes" name="minutes" rows="6" maxlength="20000" required>{{form.minutes}}</textarea>
          <label for="jm-decisions">{{t.field_decisions}}</label><textarea id="jm-decisions" name="decisions" rows="4">{{form.decisions}}</textarea>
          <p class="hint">{{t.meetings_decisions_hint}}</p>
          <button type="submit" class="primary">{{t.meetings_record}}</button>
        </form>
        """

    static let jointMeeting = """
        <h1>{{meeting.topic}}</h1>
        <p><a href="{{route.jointMeeting.meetings}}">{{t.meetings_joint_title}}</a></p>
        <p class="lead">{{meeting.heldOn}} · {{meeting.partners}}{{#meeting.agreement}} · {{meeting.agreement}}{{/meeting.agreement}}</p>
        {{> fieldErrors}}
        <section>
          <h2>{{t.field_minutes}}</h2>
          {{#minutes}}<div class="minutes" id="minutes">{{minutes}}</div>{{/minutes}}
          <h2>{{t.field_decisions}}</h2>
          {{#hasDecisions}}<ol id="decisions">{{#decisions}}<li>{{.}}</li>{{/decisions}}</ol>{{/hasDecisions}}
          {{^hasDecisions}}<p class="hint">{{t.meetings_no_decisions}}</p>{{/hasDecisions}}
        </section>
        {{#office}}<form method="post" action="{{#route.jointMeeting.writeMinutes}}{{meeting.id}}{{/route.jointMeeting.writeMinutes}}" class="stack card" id="minutes-form">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <h2>{{t.meetings_rewrite}}</h2>
          <label for="mm-minutes">{{t.field_minutes}}</label><textarea id="mm-minutes" name="minutes" rows="8" maxlength="20000" required>{{minutesText}}</textarea>
          <label for="mm-decisions">{{t.field_decisions}}</label><textarea id="mm-decisions" name="decisions" rows="4">{{decisionsText}}</textarea>
          <p class="hint">{{t.meetings_decisions_hint}}</p>
          <button type="submit">{{t.save}}</button>
        </form>{{/office}}
        """

    static let partnerMeetings = """
        <h1>{{partner.name}} · {{t.meetings_joint_title}}</h1>
        <p><a href="{{#route.partner.report}}{{partner.id}}{{/route.partner.report}}">{{t.meetings_back_to_report}}</a>{{#office}} · <a href="{{route.jointMeeting.meetings}}">{{t.meetings_joint_title}}</a>{{/office}}</p>
        <ul class="cases" id="joint-meetings">{{#meetings}}<li data-meeting="{{id}}"><a class="title" href="{{#route.jointMeeting.meeting}}{{id}}{{/route.jointMeeting.meeting}}">{{topic}}</a>
          <div class="hint">{{heldOn}} · {{partners}}{{#agreement}} · {{agreement}}{{/agreement}} · {{decisionCount}}</div></li>{{/meetings}}</ul>
        {{^meetings}}<p>{{t.meetings_none}}</p>{{/meetings}}
        """

    static let microWishes = """
        <h1>{{t.wishes_title}}</h1>
        <p class="hint">{{t.wishes_hint}}</p>
        {{#figures}}<div class="figures" id="wish-figures">
          <div class="figure"><span class="figure-value" id="fig-posted">{{posted}}</span><span class="figure-label">{{t.meetings_fig_posted}}</span></div>
          <div class="figure"><span class="figure-value" id="fig-claimed">{{claimed}}</span><span class="figure-label">{{t.meetings_fig_claimed}}</span></div>
          <div class="figure"><span class="figure-value" id="fig-fulfilled">{{fulfilled}}</span><span class="figure-label">{{t.meetings_fig_fulfilled}}</span></div>
        </div>
        <p class="hint">{{from}} – {{to}}</p>{{/figures}}
        {{> fieldErrors}}
        {{#claimHint}}<p class="hint">{{t.wishes_claim_hint}}</p>{{/claimHint}}
        <ul class="cases" id="wishes">{{#wishes}}<li data-wish="{{id}}" class="wish-{{statusCode}}"><strong class="wish-text">{{wish}}</strong>
          <div class="hint"><span class="wisher">{{wisher}}</span> · {{category}}{{#place}} · {{place}}{{/place}} · {{postedOn}} · <strong class="wish-status">{{status}}</strong>{{#claimedBy}} · {{t.wishes_claimed_by}} <span class="claimer">{{claimedBy}}</span>{{/claimedBy}}{{#fulfilledOn}} · {{t.wishes_fulfilled_on}} {{fulfilledOn}}{{/fulfilledOn}}</div>
          {{#canClaim}}<form method="post" action="{{#route.microWish.act}}{{id}} claim{{/route.microWish.act}}"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button type="submit" class="primary">{{t.wishes_claim}}</button></form>{{/canClaim}}
          {{#canRecordClaim}}<form method="post" action="{{#route.microWish.act}}{{id}} claim{{/route.microWish.act}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="wc-{{id}}">{{t.field_claimerName}}</label><input id="wc-{{id}}" name="claimerName" maxlength="100" required>
            <button type="submit">{{t.wishes_record_claim}}</button></form>{{/canRecordClaim}}
          {{#canFulfil}}<form method="post" action="{{#route.microWish.act}}{{id}} fulfil{{/route.microWish.act}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="wf-{{id}}">{{t.wish_field_fulfilledOn}}</label><input id="wf-{{id}}" name="fulfilledOn" type="date" required value="{{today}}" max="{{today}}">
            <button type="submit" class="primary">{{t.wishes_fulfil}}</button></form>{{/canFulfil}}
          {{#canOpen}}<div><a href="{{#route.microWish.wish}}{{id}}{{/route.microWish.wish}}">{{t.wishes_open}}</a></div>{{/canOpen}}
        </li>{{/wishes}}</ul>
        {{^hasWishes}}<p>{{t.wishes_none}}</p>{{/hasWishes}}
        {{#canPost}}<form method="post" action="{{route.microWish.wishes}}" class="stack card" id="wish-new">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">{{> communityChoice}}
          <h2>{{t.wishes_post}}</h2>
          <label for="w-wisher">{{t.field_wisher}}</label><input id="w-wisher" name="wisher" maxlength="50" required value="{{form.wisher}}" autocomplete="off">
          <p class="hint">{{t.wishes_wisher_hint}}</p>
          <label for="w-wish">{{t.field_wish}}</label><textarea id="w-wish" name="wish" maxlength="200" required>{{form.wish}}</textarea>
          <label for="w-category">{{t.field_category}}</label><select id="w-category" name="category">{{#categories}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/categories}}</select>
          <label for="w-grid">{{t.field_gridCode}}</label><select id="w-grid" name="gridCode">{{#grids}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/grids}}</select>
          <button type="submit" class="primary">{{t.wishes_post}}</button>
        </form>{{/canPost}}
        """

    static let microWish = """
        <h1>{{wish.wish}}</h1>
        <p><a href="{{route.microWish.wishes}}">{{t.wishes_title}}</a></p>
        <p class="lead"><span class="wisher">{{wish.wisher}}</span> · {{wish.category}}{{#wish.place}} · {{wish.place}}{{/wish.place}} · {{wish.postedOn}} · <strong class="wish-status">{{wish.status}}</strong>{{#wish.claimedBy}} · {{t.wishes_claimed_by}} {{wish.claimedBy}}{{/wish.claimedBy}}{{#wish.fulfilledOn}} · {{t.wishes_fulfilled_on}} {{wish.fulfilledOn}}{{/wish.fulfilledOn}}</p>
        {{> fieldErrors}}
        {{#wish}}
          {{#canClaim}}<form method="post" action="{{#route.microWish.act}}{{id}} claim{{/route.microWish.act}}"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="back" value="wish"><button type="submit" class="primary">{{t.wishes_claim}}</button></form>{{/canClaim}}
          {{#canRecordClaim}}<form method="post" action="{{#route.microWish.act}}{{id}} claim{{/route.microWish.act}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="back" value="wish">
            <label for="wc-{{id}}">{{t.field_claimerName}}</label><input id="wc-{{id}}" name="claimerName" maxlength="100" required>
            <button type="submit">{{t.wishes_record_claim}}</button></form>{{/canRecordClaim}}
          {{#canFulfil}}<form method="post" action="{{#route.microWish.act}}{{id}} fulfil{{/route.microWish.act}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="back" value="wish">
            <label for="wf-{{id}}">{{t.wish_field_fulfilledOn}}</label><input id="wf-{{id}}" name="fulfilledOn" type="date" required value="{{today}}" max="{{today}}">
            <button type="submit" class="primary">{{t.wishes_fulfil}}</button></form>{{/canFulfil}}
        {{/wish}}
        <h2>{{t.wishes_needs}}</h2>
        <ul class="cases" id="wish-needs">{{#needs}}<li>{{#link}}<a class="title" href="{{#route.lists.need}}{{id}}{{/route.lists.need}}">{{description}}</a>{{/link}}{{^link}}<strong>{{description}}</strong>{{/link}} <span class="hint">{{span}} · {{status}}</span></li>{{/needs}}</ul>
        {{^hasNeeds}}<p class="hint">{{t.wishes_no_needs}}</p>{{/hasNeeds}}
        {{#canMakeNeed}}<form method="post" action="{{#route.microWish.act}}{{wish.id}} need{{/route.microWish.act}}" class="stack card" id="wish-need">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <h2>{{t.wishes_make_need}}</h2>
          <p class="hint">{{t.wishes_make_need_hint}}</p>
          <label for="wn-description">{{t.wish_field_description}}</label><textarea id="wn-description" name="description" maxlength="500" required>{{form.description}}</textarea>
          <label for="wn-from">{{t.field_wantedFrom}}</label><input id="wn-from" name="wantedFrom" type="date" required value="{{form.wantedFrom}}">
          <label for="wn-until">{{t.field_wantedUntil}}</label><input id="wn-until" name="wantedUntil" type="date" required value="{{form.wantedUntil}}">
          <button type="submit">{{t.wishes_make_need}}</button>
        </form>{{/canMakeNeed}}
        """
}
