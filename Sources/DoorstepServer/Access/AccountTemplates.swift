extension Templates {
    /// The templates of this file by the name pages render them with.
    static let accountPages: [String: String] = [
        "myAccount": myAccount, "accounts": accounts, "accountDetail": accountDetail,
    ]

    /// The signed-in person's own account: password, language, second factor, API tokens.
    static let myAccount = """
        <h1>{{t.myaccount_title}}</h1>
        <section class="card">
          <h2>{{t.myaccount_profile}}</h2>
          <dl class="facts">
            <dt>{{t.field_username}}</dt><dd>{{username}}</dd>
            <dt>{{t.field_displayName}}</dt><dd>{{displayName}}</dd>
            <dt>{{t.field_role}}</dt><dd>{{roleName}}</dd>
            <dt>{{t.field_scope}}</dt><dd>{{scopeName}}</dd>
          </dl>
        </section>
        <section class="card" id="password">
          <h2>{{t.password_title}}</h2>
          {{#passwordErrors}}{{> fieldErrors}}{{/passwordErrors}}
          <form method="post" action="{{route.myAccount.changePassword}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="currentPassword">{{t.field_currentPassword}}</label>
            <input id="currentPassword" name="currentPassword" type="password" autocomplete="current-password" required>
            <label for="newPassword">{{t.field_newPassword}}</label>
            <input id="newPassword" name="newPassword" type="password" autocomplete="new-password" required aria-describedby="password-rule">
            <p class="hint" id="password-rule">{{t.password_rule}}</p>
            <button type="submit">{{t.password_submit}}</button>
          </form>
        </section>
        <section class="card" id="language">
          <h2>{{t.language_title}}</h2>
          <form method="post" action="{{route.myAccount.changeLanguage}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="language-select">{{t.field_language}}</label>
            <select id="language-select" name="language">
              {{#languageOptions}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/languageOptions}}
            </select>
            <button type="submit">{{t.language_submit}}</button>
          </form>
        </section>
        <section class="card" id="two-factor">
          <h2>{{t.twofactor_title}}</h2>
          {{#twoFactorErrors}}{{> fieldErrors}}{{/twoFactorErrors}}
          {{#twoFactorOn}}<p>{{t.twofactor_on}}</p>{{/twoFactorOn}}
          {{^twoFactorOn}}
            {{#enrolment}}
              <p>{{t.twofactor_step1}}</p>
              <p class="secret" id="totp-secret">{{secret}}</p>
              <p>{{t.twofactor_link}} <a href="{{uri}}">otpauth://</a></p>
              <form method="post" action="{{route.myAccount.confirmTwoFactor}}" class="stack">
                <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
                <label for="totp-code">{{t.twofactor_step2}}</label>
                <input id="totp-code" name="oneTimeCode" inputmode="numeric" autocomplete="one-time-code" maxlength="7" required>
                <button type="submit" class="primary">{{t.twofactor_confirm}}</button>
              </form>
            {{/enrolment}}
            {{^enrolment}}
              <p>{{t.twofactor_off}}</p>
              <form method="post" action="{{route.myAccount.beginTwoFactor}}"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button type="submit" class="primary">{{t.twofactor_begin}}</button></form>
            {{/enrolment}}
          {{/twoFactorOn}}
        </section>
        <section class="card" id="tokens">
          <h2>{{t.tokens_title}}</h2>
          <p>{{t.tokens_intro}}</p>
          {{#tokenErrors}}{{> fieldErrors}}{{/tokenErrors}}
          {{#newToken}}<p>{{t.tokens_created}}</p><p class="secret" id="new-token">{{.}}</p>{{/newToken}}
          {{#hasTokens}}
          <table><thead><tr><th>{{t.token_name}}</th><th>{{t.token_created_at}}</th><th>{{t.token_expires_at}}</th><th>{{t.token_last_used}}</th><th></th></tr></thead><tbody>
          {{/hasTokens}}
          {{#tokens}}
            <tr><td>{{name}}</td><td>{{createdAt}}</td><td>{{expiresAt}}</td><td>{{lastUsedAt}}</td>
            <td>{{#revoked}}{{t.token_status_revoked}}{{/revoked}}{{^revoked}}<form method="post" action="{{#route.myAccount.revokeToken}}{{id}}{{/route.myAccount.revokeToken}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button class="link">{{t.tokens_revoke}}</button></form>{{/revoked}}</td></tr>
          {{/tokens}}
          {{#hasTokens}}</tbody></table>{{/hasTokens}}
          {{^tokens}}<p>{{t.tokens_none}}</p>{{/tokens}}
          <form method="post" action="{{route.myAccount.createToken}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="token-name">{{t.field_tokenName}}</label>
            <input id="token-name" name="name" maxlength="80" required>
            <button type="submit">{{t.tokens_create}}</button>
          </form>
        </section>
        """

    static let accounts = """
        <h1>{{t.accounts_title}}</h1>
        <p>{{t.accounts_intro}}</p>
        {{#mustEnrol}}<p class="warning" role="alert">{{t.home_twofactor_required}} <a href="{{route.myAccount.show}}#two-factor">{{t.home_twofactor_link}}</a></p>{{/mustEnrol}}
        <div class="scroll"><table>
          <thead><tr><th>{{t.field_username}}</th><th>{{t.field_displayName}}</th><th>{{t.field_role}}</th><th>{{t.field_scope}}</th><th>{{t.account_status}}</th></tr></thead>
          <tbody>
          {{#accounts}}<tr><td><a href="{{#route.accounts.detail}}{{id}}{{/route.accounts.detail}}">{{username}}</a></td><td>{{displayName}}</td><td>{{roleName}}</td><td>{{scopeName}}</td><td>{{status}}</td></tr>{{/accounts}}
          </tbody>
        </table></div>
        {{#pager}}{{> pager}}{{/pager}}
        <p>{{t.export_title}}: <a href="{{route.accounts.exportXLSX}}" download>{{t.format_xlsx}}</a> · <a href="{{route.accounts.exportCSV}}" download>{{t.format_csv}}</a></p>
        {{#canManage}}
        <section class="card" id="new-account">
          <h2>{{t.accounts_new}}</h2>
          {{> fieldErrors}}
          <form method="post" action="{{route.accounts.list}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="new-username">{{t.field_username}}</label>
            <input id="new-username" name="username" autocapitalize="none" required value="{{form.username}}">
            <label for="new-displayName">{{t.field_displayName}}</label>
            <input id="new-displayName" name="displayName" required value="{{form.displayName}}">
            <label for="new-role">{{t.field_role}}</label>
            <select id="new-role" name="role">{{#roleOptions}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/roleOptions}}</select>
            <label for="new-scope">{{t.field_scope}}</label>
            <input id="new-scope" name="scope" required value="{{form.scope}}" aria-describedby="scope-hint">
            <p class="hint" id="scope-hint">{{t.scope_hint}}</p>
            <label for="new-password">{{t.field_password}}</label>
            <input id="new-password" name="password" type="password" autocomplete="new-password" required aria-describedby="new-password-rule">
            <p class="hint" id="new-password-rule">{{t.password_rule}}</p>
            <button type="submit" class="primary">{{t.accounts_create}}</button>
          </form>
        </section>
        {{/canManage}}
        """

    static let accountDetail = """
        <h1>{{account.displayName}}</h1>
        <dl class="facts">
          <dt>{{t.field_username}}</dt><dd>{{account.username}}</dd>
          <dt>{{t.field_role}}</dt><dd>{{roleName}}</dd>
          <dt>{{t.field_scope}}</dt><dd>{{scopeName}}</dd>
          <dt>{{t.account_status}}</dt><dd>{{status}}</dd>
          <dt>{{t.twofactor_title}}</dt><dd>{{twoFactor}}</dd>
        </dl>
        {{#mustEnrol}}<p class="warning" role="alert">{{t.home_twofactor_required}} <a href="{{route.myAccount.show}}#two-factor">{{t.home_twofactor_link}}</a></p>{{/mustEnrol}}
        {{#canManage}}
        <section class="card">
          <h2>{{t.accounts_edit}}</h2>
          {{> fieldErrors}}
          <form method="post" action="{{#route.accounts.detail}}{{account.id}}{{/route.accounts.detail}}" class="stack">
            <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
            <label for="edit-role">{{t.field_role}}</label>
            <select id="edit-role" name="role">{{#roleOptions}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/roleOptions}}</select>
            <label for="edit-scope">{{t.field_scope}}</label>
            <input id="edit-scope" name="scope" required value="{{scopeValue}}" aria-describedby="edit-scope-hint">
            <p class="hint" id="edit-scope-hint">{{t.scope_hint}}</p>
            <button type="submit" class="primary">{{t.accounts_save}}</button>
          </form>
          <div class="actions">
          <form method="post" action="{{#route.accounts.unlock}}{{account.id}}{{/route.accounts.unlock}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button type="submit" id="unlock">{{t.accounts_unlock}}</button></form>
          {{#isDisabled}}<form method="post" action="{{#route.accounts.enable}}{{account.id}}{{/route.accounts.enable}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button type="submit" id="enable">{{t.accounts_enable}}</button></form>{{/isDisabled}}
          {{^isDisabled}}<form method="post" action="{{#route.accounts.disable}}{{account.id}}{{/route.accounts.disable}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}"><button type="submit" id="disable">{{t.accounts_disable}}</button></form>{{/isDisabled}}
          </div>
        </section>
        {{/canManage}}
        """

}
