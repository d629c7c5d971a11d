extension Templates {
    /// The templates of this file by the name pages render them with.
    static let programmeRecordsPages: [String: String] = [
        "afterSchoolRecords": programmeRecords, "healthFigureRecords": programmeRecords,
        "aidFigureRecords": programmeRecords,
    ]

    /// The records one figure of a service programme counted (after-school class, health station, aid projects).
    static let programmeRecords = """
        <h1>{{measure}}</h1>
        <p><a href="{{back}}">{{t.back}}</a></p>
        <p class="lead" id="records-count">{{period}} · {{count}} {{unit}}{{#capped}} · {{t.records_capped}}{{/capped}}</p>
        <p class="hint">{{definition}}</p>
        {{#note}}<p class="hint">{{note}}</p>{{/note}}
        <div class="scroll"><table id="records">
          <thead><tr><th>{{t.records_day}}</th><th>{{t.records_summary}}</th><th>{{t.records_by}}</th></tr></thead>
          <tbody>{{#records}}<tr><td>{{day}}</td><td>{{summary}}</td><td>{{by}}</td></tr>{{/records}}</tbody>
        </table></div>
        {{^records}}<p>{{t.records_none}}</p>{{/records}}
        """
}
