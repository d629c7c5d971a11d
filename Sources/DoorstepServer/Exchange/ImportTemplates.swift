extension Templates {
    /// The templates of this file by the name pages render them with.
    static let importPages: [String: String] = [
        "importForm": importForm, "importJob": importJob,
    ]

    static let importForm = """
        <h1>{{title}}</h1>
        <p>{{t.import_intro}}</p>
        <p>{{t.import_template}} <a href="{{#route.import.template}}{{kind}}.xlsx{{/route.import.template}}" download>{{t.format_xlsx}}</a> · <a href="{{#route.import.template}}{{kind}}.csv{{/route.import.template}}" download>{{t.format_csv}}</a></p>
        {{> fieldErrors}}
        <form method="post" action="{{route.import.form}}" enctype="multipart/form-data" class="stack card">
          <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
          <input type="hidden" name="kind" value="{{kind}}">
          <label for="import-file">{{t.import_file}}</label>
          <input id="import-file" type="file" name="file" required accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv">
          <button type="submit">{{t.import_start}}</button>
        </form>
        <p class="hint">{{hint}}</p>
        """

    static let importJob = """
        <h1>{{t.import_progress_title}}</h1>
        <p>{{t.import_file}}: {{fileName}}</p>
        {{#running}}
        <p role="status">{{phase}}</p>
        <p><progress id="import-progress" max="100" value="{{percent}}">{{percent}} %</progress> {{percent}} %</p>
        <p class="hint">{{t.import_running_hint}}</p>
        {{/running}}
        {{#imported}}<p class="ok" role="status" id="import-result">{{summary}}</p><p><a href="{{route.registry.overview}}">{{t.nav_registry}}</a></p>{{/imported}}
        {{#refused}}
        <div class="error" role="alert" id="import-result"><p>{{summary}}</p></div>
        <div class="scroll"><table id="import-errors">
          <thead><tr><th>{{t.import_row}}</th><th>{{t.import_column}}</th><th>{{t.import_reason}}</th></tr></thead>
          <tbody>{{#errors}}<tr><td>{{row}}</td><td>{{column}}</td><td>{{reason}}</td></tr>{{/errors}}</tbody>
        </table></div>
        {{#more}}<p class="hint">{{more}}</p>{{/more}}
        <p><a href="{{again}}">{{t.import_again}}</a></p>
        {{/refused}}
        {{#failed}}<p class="error" role="alert" id="import-result">{{t.import_failed}}</p><p><a href="{{again}}">{{t.import_again}}</a></p>{{/failed}}
        """
}
