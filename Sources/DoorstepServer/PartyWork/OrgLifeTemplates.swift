extension Templates {
    /// The templates of this file by the name pages render them with.
    static let orgLifePages: [String: String] = [
        "meetings": meetings, "meeting": meeting, "pledges": pledges, "board": board, "posts": posts,
        "opinions": opinions,
    ]

    static let meetings = """
        <h1>{{t.orglife_title}}</h1>
        <form method="get" action="{{route.orgLife.list}}" class="card">
          <label for="m-from">{{t.rates_from}}</label> <input id="m-from" name="from" type="date" value="{{from}}">
          <label for="m-to">{{t.rates_to}}</label> <input id="m-to" name="to" type="date" value="{{to}}">
          <button type="submit">{{t.rates_show}}</button>
        </form>
        <ul id="meetings" class="cases">{{#meetings}}<li><a class="title" href="{{#route.orgLife.meeting}}{{id}}{{/route.orgLife.meeting}}">{{title}}</a><div class="hint">{{day}} · {{kindName}} · {{org}} · {{t.orglife_present}} {{present}} · {{t.orglife_rate}} {{rate}}</div></li>{{/meetings}}</ul>
        {{^meetings}}<p>{{t.orglife_none}}</p>{{/meetings}}
        {{> fieldErrors}}
        {{#canSchedule}}
        <form method="post" action="{{route.orgLife.list}}" class="stack card" id="meeting-form">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <h2>{{t.orglife_schedule}}</h2>
          <label for="mf-org">{{t.field_orgID}}</label>
          <select id="mf-org" name="orgID">{{#orgs}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/orgs}}</select>
          <label for="mf-kind">{{t.field_kind}}</label>
          <select id="mf-kind" name="kind">{{#kinds}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/kinds}}</select>
          <label for="mf-title">{{t.field_title}}</label><input id="mf-title" name="title" maxlength="100" required value="{{form.title}}">
          <label for="mf-day">{{t.field_heldOn}}</label><input id="mf-day" name="heldOn" type="date" required value="{{form.heldOn}}">
          <label for="mf-place">{{t.field_place}}</label><input id="mf-place" name="place" maxlength="100" value="{{form.place}}">
          <button type="submit">{{t.orglife_schedule}}</button>
        </form>
        {{/canSchedule}}
        """

    static let meeting = """
        <h1>{{meeting.title}}</h1>
        <p><a href="{{route.orgLife.list}}">{{t.orglife_title}}</a></p>
        <p class="lead">{{meeting.day}} · {{meeting.kindName}}{{#meeting.place}} · {{meeting.place}}{{/meeting.place}} · {{t.orglife_rate}} <span id="attendance-rate">{{meeting.rate}}</span></p>
        {{> fieldErrors}}
        {{#canCheckIn}}<form method="post" action="{{#route.orgLife.checkIn}}{{meeting.id}}{{/route.orgLife.checkIn}}"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button type="submit" class="primary" id="check-in">{{t.orglife_check_in}}</button></form>{{/canCheckIn}}
        {{#checkedIn}}<p class="ok" id="checked-in">{{t.orglife_checked_in}}</p>{{/checkedIn}}
        <section>
          <h2>{{t.orglife_roll}}</h2>
          <ul id="roll">{{#roll}}<li data-member="{{id}}"><strong>{{name}}</strong> · {{status}}{{#reason}} · {{reason}}{{/reason}}
          {{#organiser}}{{^present}}<form method="post" action="{{#route.orgLife.mark}}{{meeting.id}}{{/route.orgLife.mark}}" class="inline">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="memberID" value="{{id}}">
            <select name="status" aria-label="{{t.field_status}}">{{#statuses}}<option value="{{code}}">{{name}}</option>{{/statuses}}</select>
            <input name="reason" maxlength="200" placeholder="{{t.field_reason}}" aria-label="{{t.field_reason}}">
            <button type="submit">{{t.orglife_mark}}</button>
          </form>{{/present}}{{/organiser}}</li>{{/roll}}</ul>
        </section>
        <section>
          <h2>{{t.orglife_minutes}}</h2>
          {{#meeting.minutes}}<div class="minutes" id="minutes">{{meeting.minutes}}</div>{{/meeting.minutes}}
          <div class="photos">{{#attachments}}<a href="{{href}}"><img src="{{href}}" alt="{{t.field_photo}}" loading="lazy"></a>{{/attachments}}</div>
          {{#organiser}}
          <form method="post" action="{{#route.orgLife.minutes}}{{meeting.id}}{{/route.orgLife.minutes}}" enctype="multipart/form-data" class="stack card">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="mm-text">{{t.orglife_minutes}}</label>
            <textarea id="mm-text" name="minutes" rows="6">{{meeting.minutesText}}</textarea>
            <label for="mm-photos">{{t.field_photos}}</label>
            <input id="mm-photos" name="photos" type="file" accept="image/jpeg,image/png,image/webp" multiple>
            <button type="submit">{{t.save}}</button>
          </form>
          {{/organiser}}
        </section>
        """

    static let pledges = """
        <h1>{{t.pledge_title}} · {{name}}</h1>
        <p class="hint"><a href="{{boardHref}}">{{t.board_open}}</a></p>
        {{> fieldErrors}}
        <section>
          <h2>{{t.pledge_year}} {{year}}</h2>
          <ul id="pledges" class="cases">{{#pledges}}<li>
            <strong>{{content}}</strong> <span class="hint">{{t.pledge_due}} {{due}}</span>
            {{#fulfilled}}<p class="ok">{{state}} {{fulfilledOn}} · {{evidence}}</p>{{/fulfilled}}
            <ul>{{#progress}}<li>{{day}} {{note}}</li>{{/progress}}</ul>
            {{^fulfilled}}
            <form method="post" action="{{#route.pledge.progress}}{{id}}{{/route.pledge.progress}}" class="stack"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
              <label for="pp-{{id}}">{{t.pledge_progress}}</label><input id="pp-{{id}}" name="note" maxlength="500"><button type="submit">{{t.pledge_note}}</button></form>
            <form method="post" action="{{#route.pledge.fulfil}}{{id}}{{/route.pledge.fulfil}}" class="stack"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
              <label for="pf-{{id}}">{{t.field_evidence}}</label><input id="pf-{{id}}" name="evidence" maxlength="1000"><button type="submit">{{t.pledge_fulfil}}</button></form>
            {{/fulfilled}}
          </li>{{/pledges}}</ul>
          {{^pledges}}<p>{{t.pledge_none}}</p>{{/pledges}}
          <form method="post" action="{{route.pledge.pledge}}" class="stack card" id="pledge-form">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="pl-content">{{t.pledge_new}}</label>
            <textarea id="pl-content" name="content" rows="2" maxlength="500" required>{{form.content}}</textarea>
            <label for="pl-due">{{t.pledge_due}}</label>
            <input id="pl-due" name="dueOn" type="date" min="{{today}}" max="{{lastDay}}" required value="{{form.dueOn}}">
            <button type="submit" class="primary">{{t.pledge_submit}}</button>
          </form>
        </section>
        <section>
          <h2>{{t.card_title}}</h2>
          <p class="hint">{{t.card_hint}}</p>
          {{#card}}
          <form method="post" action="{{route.pledge.card}}" enctype="multipart/form-data" class="stack card" id="card-form">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label class="check"><input type="checkbox" name="published" value="1"{{#published}} checked{{/published}}> {{t.card_published}}</label>
            <label class="check"><input type="checkbox" name="showPosts" value="1"{{#showPosts}} checked{{/showPosts}}> {{t.card_posts}}</label>
            <label class="check"><input type="checkbox" name="showGrid" value="1"{{#showGrid}} checked{{/showGrid}}> {{t.card_grid}}</label>
            <label class="check"><input type="checkbox" name="showContact" value="1"{{#showContact}} checked{{/showContact}}> {{t.card_contact}}</label>
            <label for="card-phone">{{t.field_contactPhone}}</label><input id="card-phone" name="contactPhone" inputmode="tel" maxlength="20" value="{{contactPhone}}">
            <label class="check"><input type="checkbox" name="showPhoto" value="1"{{#showPhoto}} checked{{/showPhoto}}> {{t.card_photo}}</label>
            <input name="photo" type="file" accept="image/jpeg,image/png,image/webp" aria-label="{{t.field_photo}}">
            <button type="submit">{{t.save}}</button>
          </form>
          {{/card}}
        </section>
        """

    static let board = """
        <h1>{{community}} · {{t.board_title}}</h1>
        <p class="lead">{{t.board_intro}}</p>
        <ul id="board" class="cards">{{#cards}}<li class="card">
          {{#photo}}<img src="{{photo}}" alt="{{name}}" class="portrait">{{/photo}}
          <h2>{{name}}</h2>
          <p>{{org}}{{#grid}} · {{grid}}{{/grid}}{{#posts}} · {{posts}}{{/posts}}</p>
          {{#phone}}<p><a href="tel:{{phone}}">{{phone}}</a></p>{{/phone}}
          <h3>{{t.board_pledges}} {{year}}</h3>
          <ul>{{#pledges}}<li>{{content}} · <strong>{{state}}</strong></li>{{/pledges}}</ul>
          {{^pledges}}<p class="hint">—</p>{{/pledges}}
          <h3>{{t.board_results}}</h3>
          <p>{{#results}}<span class="code">{{label}} {{count}} {{unit}}</span> {{/results}}</p>
        </li>{{/cards}}</ul>
        {{^cards}}<p>{{t.board_none}}</p>{{/cards}}
        """

    static let posts = """
        <h1>{{t.posts_title}}</h1>
        <div class="figures" id="post-figures">{{#figures}}<div class="figure"><span class="figure-value">{{value}}</span><span class="figure-label">{{label}}</span></div>{{/figures}}</div>
        {{> fieldErrors}}
        <section>
          <h2>{{t.posts_posts}}</h2>
          <ul id="posts">{{#posts}}<li><strong>{{name}}</strong>{{#duties}} · <span class="hint">{{duties}}</span>{{/duties}}
            <ul>{{#holders}}<li>{{name}} · {{t.posts_since}} {{from}}{{#manage}} <form method="post" action="{{#route.posts.relieve}}{{id}}{{/route.posts.relieve}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="toOn" value="{{today}}"><button type="submit">{{t.posts_relieve}}</button></form>{{/manage}}</li>{{/holders}}</ul></li>{{/posts}}</ul>
          <h2>{{t.posts_zones}}</h2>
          <ul id="zones">{{#zones}}<li><strong>{{name}}</strong> · {{buildings}}{{#duties}} · <span class="hint">{{duties}}</span>{{/duties}}
            <ul>{{#holders}}<li>{{name}} · {{t.posts_since}} {{from}}{{#manage}} <form method="post" action="{{#route.posts.relieve}}{{id}}{{/route.posts.relieve}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="toOn" value="{{today}}"><button type="submit">{{t.posts_relieve}}</button></form>{{/manage}}</li>{{/holders}}</ul></li>{{/zones}}</ul>
        </section>
        {{#manage}}
        <form method="post" action="{{route.posts.assign}}" class="stack card" id="assign-form">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <h2>{{t.posts_assign}}</h2>
          <label for="as-holding">{{t.field_holdingID}}</label>
          <select id="as-holding" name="holdingID">{{#holdings}}<option value="{{id}}">{{name}}</option>{{/holdings}}</select>
          <label for="as-member">{{t.field_memberID}}</label>
          <select id="as-member" name="memberID">{{#members}}<option value="{{id}}">{{name}}</option>{{/members}}</select>
          <label for="as-from">{{t.field_fromOn}}</label><input id="as-from" name="fromOn" type="date" value="{{today}}" required>
          <button type="submit">{{t.posts_assign}}</button>
        </form>
        <form method="post" action="{{route.posts.page}}" class="stack card" id="post-form">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="community" value="{{community}}">
          <h2>{{t.posts_add}}</h2>
          <label for="po-name">{{t.field_name}}</label><input id="po-name" name="name" maxlength="40" list="standard-posts" required value="{{form.name}}">
          <datalist id="standard-posts">{{#standard}}<option value="{{name}}">{{/standard}}</datalist>
          <label for="po-duties">{{t.field_duties}}</label><textarea id="po-duties" name="duties" rows="2" maxlength="1000">{{form.duties}}</textarea>
          <button type="submit">{{t.posts_add}}</button>
        </form>
        <form method="post" action="{{route.posts.addZone}}" class="stack card" id="zone-form">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><input type="hidden" name="community" value="{{community}}">
          <h2>{{t.zones_add}}</h2>
          <label for="zo-name">{{t.field_name}}</label><input id="zo-name" name="name" maxlength="40" required>
          <label for="zo-duties">{{t.field_duties}}</label><textarea id="zo-duties" name="duties" rows="2" maxlength="1000"></textarea>
          <details><summary>{{t.field_buildingIDs}}</summary>{{#buildingChoices}}<label class="check"><input type="checkbox" name="building_{{id}}" value="1"> {{name}}</label>{{/buildingChoices}}</details>
          <button type="submit">{{t.zones_add}}</button>
        </form>
        {{/manage}}
        """

    static let opinions = """
        <h1>{{t.opinions_title}}</h1>
        {{> fieldErrors}}
        <ul id="opinions" class="cases">{{#opinions}}<li data-opinion="{{id}}">
          <strong>{{topic}}</strong> {{content}}
          <div class="hint">{{day}} · {{source}} · {{collector}} · {{status}}{{#answer}} · {{answer}}{{/answer}}{{#caseHref}} · <a href="{{caseHref}}">{{t.opinion_open_case}}</a>{{/caseHref}}</div>
          {{#open}}{{#canHandle}}
          <form method="post" action="{{#route.opinions.answer}}{{id}}{{/route.opinions.answer}}" class="stack"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="oa-{{id}}">{{t.field_answer}}</label><input id="oa-{{id}}" name="answer" maxlength="1000"><button type="submit">{{t.opinion_answer}}</button></form>
          <form method="post" action="{{#route.opinions.raiseCase}}{{id}}{{/route.opinions.raiseCase}}" class="stack"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="oc-{{id}}">{{t.field_categoryCode}}</label>
            <select id="oc-{{id}}" name="categoryCode"><option value="">{{t.case_choose}}</option>{{#groups}}<optgroup label="{{name}}">{{#items}}<option value="{{code}}">{{name}}</option>{{/items}}</optgroup>{{/groups}}</select>
            <button type="submit">{{t.opinion_raise_case}}</button></form>
          {{/canHandle}}{{/open}}
        </li>{{/opinions}}</ul>
        {{^opinions}}<p>{{t.opinions_none}}</p>{{/opinions}}
        <form method="post" action="{{route.opinions.page}}" class="stack card" id="opinion-form">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <h2>{{t.opinion_record}}</h2>
          <label for="op-source">{{t.field_source}}</label>
          <select id="op-source" name="source">{{#sources}}<option value="{{code}}">{{name}}</option>{{/sources}}</select>
          <label for="op-topic">{{t.field_topic}}</label>
          <select id="op-topic" name="topic">{{#topics}}<option value="{{code}}">{{name}}</option>{{/topics}}</select>
          <label for="op-content">{{t.field_content}}</label><textarea id="op-content" name="content" rows="2" maxlength="1000" required>{{form.content}}</textarea>
          <label for="op-day">{{t.field_collectedOn}}</label><input id="op-day" name="collectedOn" type="date" max="{{today}}" value="{{today}}" required>
          <button type="submit">{{t.opinion_record}}</button>
        </form>
        """
}
