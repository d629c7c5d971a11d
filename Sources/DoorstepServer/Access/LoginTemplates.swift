extension Templates {
    /// The templates of this file by the name pages render them with.
    static let loginPages: [String: String] = [
        "login": login, "loginCode": loginCode,
    ]

    static let login = """
        <section class="card narrow">
        <h1>{{t.login_title}}</h1>
        <p>{{t.login_intro}}</p>
        {{#error}}<p class="error" role="alert" id="login-error">{{.}}</p>{{/error}}
        <form method="post" action="{{route.login.showLogin}}" class="stack">
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <input type="hidden" name="next" value="{{next}}">
          <label for="username">{{t.field_username}}</label>
          <input id="username" name="username" autocomplete="username" autocapitalize="none" required value="{{username}}">
          <label for="password">{{t.field_password}}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required>
          <button type="submit" class="primary">{{t.login_submit}}</button>
        </form>
        </section>
        """

    static let loginCode = """
        <section class="card narrow">
        <h1>{{t.login_code_title}}</h1>
        <p>{{t.login_code_intro}}</p>
        {{#error}}<p class="error" role="alert">{{.}}</p>{{/error}}
        <form method="post" action="{{route.login.showCode}}" class="stack">
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <input type="hidden" name="next" value="{{next}}">
          <label for="oneTimeCode">{{t.field_oneTimeCode}}</label>
          <input id="oneTimeCode" name="oneTimeCode" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]*" maxlength="7" required>
          <button type="submit" class="primary">{{t.login_code_submit}}</button>
        </form>
        </section>
        """

}
