extension Templates {
    /// The templates of this file by the name pages render them with.
    static let picturePages: [String: String] = ["figurePictures": figurePictures]

    /// The figures page's pictures, each with its numbers in a table.
    static let figurePictures = """
        {{#bars}}
        <section id="pictures-bars" class="chart-section">
          <h2>{{title}}</h2>
          <form method="get" class="inline no-print" id="bars-choice"><input type="hidden" name="scope" value="{{code}}"><input type="hidden" name="from" value="{{from}}"><input type="hidden" name="to" value="{{to}}">
            <label for="bars-figure">{{t.pictures_bars_by}}</label><select id="bars-figure" name="bars">{{#choices}}<option value="{{key}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/choices}}</select>
            <button type="submit">{{t.rates_show}}</button></form>
          <figure>{{{svg}}}</figure>
          <div class="scroll"><table class="list chart-table"><tbody>{{#rows}}<tr><th scope="row">{{name}}</th><td><a href="{{href}}">{{text}}</a></td></tr>{{/rows}}</tbody></table></div>
        </section>
        {{/bars}}
        {{#categories}}
        <section id="pictures-categories" class="chart-section">
          <h2>{{title}}</h2>
          <figure>{{{svg}}}</figure>
          <div class="scroll"><table class="list chart-table"><thead><tr><th scope="col">{{t.hotspot_category}}</th>{{#states}}<th scope="col">{{.}}</th>{{/states}}<th scope="col">{{t.dashboard_total}}</th></tr></thead>
          <tbody>{{#rows}}<tr><th scope="row">{{name}}</th>{{#cells}}<td>{{.}}</td>{{/cells}}<td>{{total}}</td></tr>{{/rows}}</tbody></table></div>
        </section>
        {{/categories}}
        {{#satisfaction}}
        <section id="pictures-satisfaction" class="chart-section">
          <h2>{{title}}</h2>
          <figure>{{{svg}}}</figure>
          <div class="scroll"><table class="list chart-table"><tbody>{{#rows}}<tr><th scope="row">{{name}}</th><td>{{text}}</td></tr>{{/rows}}</tbody></table></div>
        </section>
        {{/satisfaction}}
        """
}
