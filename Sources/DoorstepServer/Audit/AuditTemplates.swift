extension Templates {
    /// The templates of this file by the name pages render them with.
    static let auditPages: [String: String] = [
        "audit": audit,
    ]

    static let audit = """
        <h1>{{t.audit_title}}</h1>
        <p>{{t.audit_intro}}</p>
        {{#canVerify}}
        <form method="post" action="{{route.audit.verify}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">{{t.audit_verify}}</button></form>
        {{/canVerify}}
        {{#verification}}<p class="{{cssClass}}" role="status" id="audit-verification">{{message}}</p>{{/verification}}
        <div class="scroll"><table class="audit">
          <thead><tr><th>{{t.audit_seq}}</th><th>{{t.audit_at}}</th><th>{{t.audit_actor}}</th><th>{{t.audit_action}}</th><th>{{t.audit_subject}}</th><th>{{t.audit_detail}}</th><th>{{t.audit_reason}}</th></tr></thead>
          <tbody>
          {{#entries}}<tr><td>{{sequence}}</td><td>{{at}}</td><td>{{actor}}</td><td>{{action}}</td><td class="code">{{subject}}</td><td class="code">{{detail}}</td><td>{{reason}}</td></tr>{{/entries}}
          </tbody>
        </table></div>
        {{^entries}}<p>{{t.audit_empty}}</p>{{/entries}}
        {{#older}}<p><a href="{{route.audit.show}}?before={{.}}">{{t.audit_older}}</a></p>{{/older}}
        <p>{{t.export_title}}: <a href="{{route.audit.exportXLSX}}" download>{{t.format_xlsx}}</a> · <a href="{{route.audit.exportCSV}}" download>{{t.format_csv}}</a></p>
        """
}
