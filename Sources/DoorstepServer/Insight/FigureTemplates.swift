extension Templates {
    /// The templates of this file by the name pages render them with.
    static let figurePages: [String: String] = [
        "periodForm": periodForm, "figures": figures, "figureRecords": figureRecords,
    ]

    /// The territory and days a figures page counts over; on paper only the period line is kept.
    static let periodForm = """
        <form method="get" action="{{action}}" class="period-form no-print" id="period-form">
          <label for="pf-scope">{{t.figures_scope}}</label>
          <select id="pf-scope" name="scope">{{#places}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/places}}</select>
          <label for="pf-from">{{t.rates_from}}</label><input id="pf-from" name="from" type="date" value="{{from}}">
          <label for="pf-to">{{t.rates_to}}</label><input id="pf-to" name="to" type="date" value="{{to}}">
          <button type="submit">{{t.rates_show}}</button>
          <span class="presets">{{#presets}}<a href="{{href}}"{{#current}} aria-current="true"{{/current}}>{{label}}</a> {{/presets}}</span>
        </form>
        <p class="period-line" id="period-line">{{periodLine}}{{#figuresAsOf}} <span class="as-of" id="figures-as-of">{{figuresAsOf}}</span>{{/figuresAsOf}}</p>
        """

    /// Every figure of a territory by the report's parts.
    static let figures = """
        <h1>{{title}}</h1>
        {{> periodForm}}
        {{> fieldErrors}}
        <p class="no-print" id="figure-downloads"><a class="button" href="{{xlsxHref}}">{{t.figures_xlsx}}</a> <a class="button" href="{{csvHref}}">{{t.figures_csv}}</a> <a class="button" href="{{reportHref}}">{{t.nav_report}}</a></p>
        {{#sections}}
        <section class="figure-section" id="section-{{id}}">
          <h2>{{title}}</h2>
          <div class="scroll"><table class="list figure-table">
            <thead><tr><th scope="col">{{t.figures_figure}}</th><th scope="col">{{t.figures_current}}</th><th scope="col">{{t.figures_previous}}</th><th scope="col">{{t.figure_definition}}</th></tr></thead>
            <tbody>{{#figures}}<tr id="figure-{{key}}" data-key="{{key}}">
              <th scope="row">{{name}}</th>
              <td><a class="value" href="{{href}}">{{text}}</a> {{unit}}{{#counts}} <span class="counts">（<a href="{{numeratorHref}}">{{numerator}}</a>/<a href="{{denominatorHref}}">{{denominator}}</a>）</span>{{/counts}}</td>
              <td>{{previousText}}{{#change}} <span class="change">{{change}}</span>{{/change}}</td>
              <td class="hint">{{definition}}</td>
            </tr>{{/figures}}</tbody>
          </table></div>
        </section>
        {{/sections}}
        {{> figurePictures}}
        """

    /// The records behind one figure.
    static let figureRecords = """
        <h1>{{name}}{{#part}} · {{part}}{{/part}}</h1>
        <p><a href="{{back}}">{{t.figures_back}}</a> · {{place}} · {{from}} – {{to}}</p>
        <p class="lead" id="records-count">{{t.figures_records_count}} {{count}}</p>
        <p class="hint">{{definition}}</p>
        {{#capped}}<p class="hint">{{t.records_capped}}</p>{{/capped}}
        <div class="scroll"><table class="list" id="figure-records"><thead><tr><th>{{t.records_day}}</th><th>{{t.records_summary}}</th><th>{{t.records_by}}</th></tr></thead>
        <tbody>{{#records}}<tr><td>{{day}}</td><td>{{#href}}<a href="{{href}}">{{summary}}</a>{{/href}}{{^href}}{{summary}}{{/href}}</td><td>{{by}}</td></tr>{{/records}}</tbody></table></div>
        {{^records}}<p>{{t.records_none}}</p>{{/records}}
        """
}
