extension Templates {
    /// The templates of this file by the name pages render them with.
    static let serviceFiguresPages: [String: String] = [
        "serviceFigures": serviceFigures, "serviceRecords": serviceRecords,
    ]

    static let serviceFigures = """
        <h1>{{t.services_title}}</h1>
        <form method="get" action="{{route.serviceFigures.figures}}" class="inline" id="services-period">
          <label for="sf-from">{{t.rates_from}}</label><input id="sf-from" name="from" type="date" value="{{from}}">
          <label for="sf-to">{{t.rates_to}}</label><input id="sf-to" name="to" type="date" value="{{to}}">
          <button type="submit">{{t.rates_show}}</button>
        </form>
        <table class="list" id="service-figures"><thead><tr><th>{{t.services_figure}}</th><th>{{t.services_value}}</th><th>{{t.figure_definition}}</th></tr></thead>
        <tbody>{{#figures}}<tr data-measure="{{id}}"><td>{{name}}</td><td><a class="value" href="{{href}}">{{value}}</a> {{unit}}</td><td class="hint">{{definition}}</td></tr>{{/figures}}</tbody></table>
        <p class="hint">{{t.services_hint}}</p>
        """

    static let serviceRecords = """
        <h1>{{name}}</h1>
        <p><a href="{{route.serviceFigures.figures}}?from={{from}}&to={{to}}">{{t.services_title}}</a> · {{from}} – {{to}}</p>
        <p class="lead" id="records-count">{{t.figures_records_count}} {{count}}</p>
        <p class="hint">{{definition}}</p>
        <table class="list" id="service-records"><thead><tr><th>{{t.records_day}}</th><th>{{t.records_summary}}</th><th>{{byLabel}}</th></tr></thead>
        <tbody>{{#records}}<tr><td>{{day}}</td><td>{{summary}}</td><td>{{by}}</td></tr>{{/records}}</tbody></table>
        {{^records}}<p>{{t.records_none}}</p>{{/records}}
        """
}
