extension Templates {
    /// The templates of this file by the name pages render them with.
    static let homePages: [String: String] = [
        "home": home, "dashboard": dashboard, "dashboardSide": dashboardSide, "dashboardCharts": dashboardCharts,
    ]

    /// The home of someone who does the work: their own figures, their next steps.
    static let home = """
        <h1>{{welcome}}</h1>
        <p>{{roleIntro}}</p>
        {{#first(figures)}}<div class="figures" id="own-figures">{{/first(figures)}}
        {{#figures}}<a class="figure" href="{{href}}"><span class="figure-value">{{value}}</span><span class="figure-label">{{label}}{{#unit}} · {{unit}}{{/unit}}</span></a>{{/figures}}
        {{#first(figures)}}</div>{{/first(figures)}}
        {{#first(myCases)}}<h2>{{t.home_my_cases}}</h2>{{/first(myCases)}}
        <ul class="cases" id="my-cases">{{#myCases}}<li><a class="title" href="{{href}}">{{title}}</a> <span class="hint">{{code}} · {{state}} · {{reported}}</span></li>{{/myCases}}</ul>
        <p id="home-links">{{#links}}<a class="button" href="{{href}}">{{label}}</a> {{/links}}</p>
        """

    /// A staff dashboard: the territory's key figures, what needs attention, and the pictures.
    static let dashboard = """
        <h1>{{place}}</h1>
        <p class="lead">{{welcome}}</p>
        {{#unsetYear}}<p class="warning" role="alert" id="calendar-unset-year">{{text}} <a href="{{href}}">{{t.calendar_title}}</a></p>{{/unsetYear}}
        {{#mustEnrol}}<p class="warning" role="alert">{{t.home_twofactor_required}} <a href="{{route.myAccount.show}}#two-factor">{{t.home_twofactor_link}}</a></p>{{/mustEnrol}}
        {{> periodForm}}
        {{> fieldErrors}}
        {{#first(myCases)}}<section id="my-cases"><h2>{{t.dashboard_my_cases}}</h2><ul class="cases">{{/first(myCases)}}
        {{#myCases}}<li class="{{#overdue}}due-red{{/overdue}}"><a class="title" href="{{href}}">{{title}}</a> <span class="hint">{{code}} · {{t.dashboard_due}} {{due}}{{#overdue}} · <strong>{{t.dashboard_overdue}}</strong>{{/overdue}}</span></li>{{/myCases}}
        {{#first(myCases)}}</ul></section>{{/first(myCases)}}
        {{#first(visitsDue)}}<section id="visits-due"><h2>{{t.dashboard_visits_due}}</h2><div class="scroll"><table class="list"><thead><tr><th>{{t.field_householdID}}</th><th>{{t.dashboard_member}}</th><th>{{t.dashboard_last_visit}}</th><th>{{t.dashboard_due}}</th></tr></thead><tbody>{{/first(visitsDue)}}
        {{#visitsDue}}<tr><td>{{household}}</td><td>{{member}}</td><td>{{last}}</td><td>{{due}}</td></tr>{{/visitsDue}}
        {{#first(visitsDue)}}</tbody></table></div></section>{{/first(visitsDue)}}
        <section id="key-figures">
          <h2>{{t.dashboard_key_figures}}</h2>
          <div class="figures">{{#figures}}<a class="figure" href="{{href}}" id="key-{{key}}"><span class="figure-value">{{text}}</span><span class="figure-label">{{name}}{{#unit}} · {{unit}}{{/unit}}</span><span class="figure-previous">{{t.figures_previous}} {{previousText}}{{#change}} <span class="change">{{change}}</span>{{/change}}</span>{{#counts}}<span class="figure-counts">{{numerator}}/{{denominator}}</span>{{/counts}}</a>{{/figures}}</div>
          <p><a href="{{figuresHref}}">{{t.dashboard_all_figures}}</a></p>
          <details class="definitions-list"><summary>{{t.figure_definition}}</summary><dl>{{#figures}}<dt>{{name}}</dt><dd>{{definition}}</dd>{{/figures}}</dl></details>
        </section>
        {{#first(attention)}}<section id="attention"><h2>{{t.dashboard_attention}}</h2><ul class="attention">{{/first(attention)}}
        {{#attention}}<li{{#urgent}} class="urgent"{{/urgent}}><a href="{{href}}"><span class="attention-count">{{count}}</span> {{label}}</a></li>{{/attention}}
        {{#first(attention)}}</ul></section>{{/first(attention)}}
        {{> dashboardSide}}
        {{> dashboardCharts}}
        """

    /// The territories one level down side by side, sortable by any column, each cell opening its records.
    static let dashboardSide = """
        {{#side}}
        <section id="side-by-side">
          <h2>{{t.dashboard_side_by_side}}</h2>
          <div class="scroll"><table class="list side-table">
            <thead><tr><th scope="col">{{t.figures_scope}}</th>{{#columns}}<th scope="col"{{#sorted}} aria-sort="{{sorted}}"{{/sorted}}><a href="{{href}}">{{name}}</a></th>{{/columns}}</tr></thead>
            <tbody>{{#rows}}<tr data-code="{{code}}"><th scope="row"><a href="{{href}}">{{name}}</a></th>{{#cells}}<td><a href="{{href}}">{{text}}</a>{{#counts}} <span class="counts">{{counts}}</span>{{/counts}}</td>{{/cells}}</tr>{{/rows}}</tbody>
            <tfoot><tr><th scope="row">{{t.dashboard_total}}</th>{{#total}}<td><a href="{{href}}">{{text}}</a>{{#counts}} <span class="counts">{{counts}}</span>{{/counts}}</td>{{/total}}</tr></tfoot>
          </table></div>
          <p class="hint">{{t.dashboard_total_hint}}</p>
          <p class="no-print"><a href="{{sideXLSX}}">{{t.figures_xlsx}}</a> · <a href="{{sideCSV}}">{{t.figures_csv}}</a></p>
        </section>
        {{/side}}
        """

    /// The monthly trend and the grid map, each with its numbers in a table.
    static let dashboardCharts = """
        {{#trend}}
        <section id="trend" class="chart-section">
          <h2>{{title}}</h2>
          <figure>{{{svg}}}</figure>
          <div class="scroll"><table class="list chart-table"><thead><tr><th scope="col">{{t.figures_figure}}</th>{{#labels}}<th scope="col">{{.}}</th>{{/labels}}</tr></thead>
          <tbody>{{#rows}}<tr><th scope="row">{{name}}</th>{{#cells}}<td><a href="{{href}}">{{text}}</a></td>{{/cells}}</tr>{{/rows}}</tbody></table></div>
        </section>
        {{/trend}}
        {{#map}}
        <section id="grid-map" class="chart-section">
          <h2>{{title}}</h2>
          <form method="get" class="inline no-print" id="map-choice"><input type="hidden" name="scope" value="{{code}}"><input type="hidden" name="from" value="{{from}}"><input type="hidden" name="to" value="{{to}}">
            <label for="map-figure">{{t.dashboard_map_by}}</label><select id="map-figure" name="map">{{#choices}}<option value="{{key}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/choices}}</select>
            <button type="submit">{{t.rates_show}}</button></form>
          <figure>{{{svg}}}</figure>
          <div class="scroll"><table class="list chart-table"><thead><tr><th scope="col">{{t.dashboard_grid}}</th><th scope="col">{{t.figures_current}}</th></tr></thead>
          <tbody>{{#rows}}<tr><th scope="row">{{name}}</th><td><a href="{{href}}">{{text}}</a></td></tr>{{/rows}}</tbody></table></div>
        </section>
        {{/map}}
        """
}
