extension Templates {
    /// The templates of this file by the name pages render them with.
    static let auditPages: [String: String] = [
        "audit": audit,
    ]

    static let audit = """
        <h1>{{t.audit_title}}</h1>
        <p>{{t.audit_intro}}</p>
        {{#canVerify}}
        <form method="post" action="{{route.audit.verify}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button type="submit">{{t.audit_verify}}</button></form>
        {{/canVerify}}
        {{#verification}}<p class="{{cssClass}}" role="status" id="audit-verification">{{message}}</p>{{/verification}}
        <form method="get" action="{{route.audit.show}}" class="card filters" id="audit-filter">
          {{>fieldErrors}}
          <div class="filter-fields">
          <label for="af-actor">{{t.audit_filter_actor}}<input id="af-actor" name="actor" value="{{filter.actor}}" maxlength="60"></label>
          <label for="af-action">{{t.audit_action}}<select id="af-action" name="action"><option value="">{{t.audit_filter_all}}</option>{{#actions}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/actions}}</select></label>
          <label for="af-kind">{{t.audit_filter_kind}}<select id="af-kind" name="kind"><option value="">{{t.audit_filter_all}}</option>{{#kinds}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/kinds}}</select></label>
          <label for="af-from">{{t.rates_from}}<input id="af-from" name="from" type="date" value="{{filter.from}}"></label>
          <label for="af-to">{{t.rates_to}}<input id="af-to" name="to" type="date" value="{{filter.to}}"></label>
          {{#filter.subject}}<input type="hidden" name="subject" value="{{filter.subject}}">{{/filter.subject}}
          </div>
          {{#onlyRecord}}<p id="audit-only">{{onlyRecord}}</p>{{/onlyRecord}}
          <p><button type="submit" class="primary">{{t.audit_filter_apply}}</button> <a href="{{route.audit.show}}">{{t.audit_filter_clear}}</a></p>
        </form>
        <div class="scroll"><table class="audit records" id="audit-rows">
          <thead><tr><th>{{t.audit_seq}}</th><th>{{t.audit_at}}</th><th>{{t.audit_actor}}</th><th>{{t.audit_action}}</th><th>{{t.audit_subject}}</th><th>{{t.audit_detail}}</th><th>{{t.audit_reason}}</th></tr></thead>
          <tbody>
          {{#entries}}<tr data-seq="{{sequence}}"><td data-label="{{t.audit_seq}}">{{sequence}}</td><td data-label="{{t.audit_at}}">{{at}}</td><td data-label="{{t.audit_actor}}" title="{{actorName}}">{{actor}}</td><td data-label="{{t.audit_action}}">{{action}}</td>
          <td data-label="{{t.audit_subject}}" title="{{subjectRaw}}">{{#href}}<a href="{{href}}">{{subject}}</a>{{/href}}{{^href}}{{subject}}{{/href}} <a class="hint" href="{{only}}">{{t.audit_only_this}}</a></td>
          <td data-label="{{t.audit_detail}}" title="{{detailRaw}}">{{#details}}<span class="detail">{{.}}</span> {{/details}}</td><td data-label="{{t.audit_reason}}">{{reason}}</td></tr>{{/entries}}
          </tbody>
        </table></div>
        {{^entries}}<p>{{t.audit_empty}}</p>{{/entries}}
        {{#older}}<p><a href="{{older}}">{{t.audit_older}}</a></p>{{/older}}
        <p>{{t.export_title}}: <a href="{{export.xlsx}}" download>{{t.format_xlsx}}</a> · <a href="{{export.csv}}" download>{{t.format_csv}}</a> <span class="hint">{{t.audit_export_hint}}</span></p>
        """
}
