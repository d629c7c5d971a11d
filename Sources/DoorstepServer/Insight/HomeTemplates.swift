extension Templates {
    /// The templates of this file by the name pages render them with.
    static let homePages: [String: String] = [
        "home": home,
    ]

    static let home = """
        <h1>{{welcome}}</h1>
        <p class="lead">{{scopeLine}}</p>
        {{#mustEnrol}}<p class="warning" role="alert">{{t.home_twofactor_required}} <a href="{{route.myAccount.show}}#two-factor">{{t.home_twofactor_link}}</a></p>{{/mustEnrol}}
        <p>{{roleIntro}}</p>
        <section>
        <h2>{{t.home_figures}}</h2>
        <div class="figures">
        {{#figures}}
          <a class="figure" href="{{href}}"><span class="figure-value">{{value}}</span><span class="figure-label">{{label}}</span></a>
        {{/figures}}
        </div>
        <table class="definitions">
          <caption>{{t.figure_definition}}</caption>
          <tbody>{{#figures}}<tr><th scope="row">{{label}}</th><td>{{value}}</td><td>{{definition}}</td></tr>{{/figures}}</tbody>
        </table>
        </section>
        """
}
