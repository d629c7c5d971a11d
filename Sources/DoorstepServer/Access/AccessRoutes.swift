/// The paths `AccountsAPI` serves.
enum AccountsAPIRoute: String, APIRouteSet {
    case me = "/api/v1/me"
    case figures = "/api/v1/me/figures"
    case list = "/api/v1/accounts"
    case account = "/api/v1/accounts/:id"
}

/// The paths `AccountsPages` serves.
enum AccountsRoute: String, RouteSet {
    case list = "/accounts"
    case detail = "/accounts/:id"
    case unlock = "/accounts/:id/unlock"
    case exportCSV = "/accounts/export.csv"
    case exportXLSX = "/accounts/export.xlsx"
    case disable = "/accounts/:id/disable"
    case enable = "/accounts/:id/enable"
}

/// The paths `AuthAPI` serves.
enum AuthAPIRoute: String, APIRouteSet {
    case tokens = "/api/v1/auth/tokens"
    case revoke = "/api/v1/auth/tokens/:id"
}

/// The paths `LoginPages` serves.
enum LoginRoute: String, RouteSet {
    case showLogin = "/login"
    case showCode = "/login/code"
    case logout = "/logout"
}

/// The paths `MyAccountPage` serves.
enum MyAccountRoute: String, RouteSet {
    case show = "/account"
    case changePassword = "/account/password"
    case changeLanguage = "/account/language"
    case beginTwoFactor = "/account/two-factor/begin"
    case confirmTwoFactor = "/account/two-factor/confirm"
    case createToken = "/account/tokens"
    case revokeToken = "/account/tokens/:id/revoke"
}
