extension Templates {
    /// The templates of this file by the name pages render them with.
    static let commonPages: [String: String] = [
        "fieldErrors": fieldErrors, "error": error, "pager": pager,
    ]

    /// Every bad field of the last form, each named in the user's language; nothing when there is none.
    static let fieldErrors = """
        {{#first(fieldErrors)}}<div class="error" role="alert"><p>{{t.error_validation}}</p><ul>
        {{#fieldErrors}}<li data-field="{{field}}">{{message}}</li>{{/fieldErrors}}
        </ul></div>{{/first(fieldErrors)}}
        """

    static let error = """
        <section class="card narrow">
        <h1>{{t.error_title}}</h1>
        <p class="error" role="alert">{{message}}</p>
        <p><a href="{{route.home.show}}">{{t.back_home}}</a></p>
        </section>
        """

    static let pager = """
        <nav class="pager" aria-label="{{t.pager_name}}">{{#prev}}<a href="{{prev}}" rel="prev">{{t.pager_prev}}</a>{{/prev}} <span>{{label}}</span> {{#next}}<a href="{{next}}" rel="next">{{t.pager_next}}</a>{{/next}}</nav>
        """
}
