/// The OpenAPI descriptions of the access paths, one path a line.
extension AccountsAPIRoute {
    var operations: String {
        switch self {
        case .me: ##"{"get": {"summary": "The caller's account", "responses": {"200": {"description": "Account", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Account"}}}}, "401": {"$ref": "#/components/responses/Problem"}}}}"##
        case .figures: ##"{"get": {"summary": "Counts of the caller's territory, as on the home page", "responses": {"200": {"description": "Figures", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Figures"}}}}}}}"##
        case .list: ##"{"get": {"summary": "Accounts within the caller's scope", "responses": {"200": {"description": "A list of accounts"}, "403": {"$ref": "#/components/responses/Problem"}}}, "post": {"summary": "Open an account within the caller's scope (administrators with two-factor on)", "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AccountInput"}}}}, "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Account"}}}}, "403": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}}"##
        case .account: ##"{"get": {"summary": "One account within the caller's scope", "parameters": [{"$ref": "#/components/parameters/id"}], "responses": {"200": {"description": "Account"}, "404": {"$ref": "#/components/responses/Problem"}}}, "patch": {"summary": "Change an account's role and scope (audited)", "parameters": [{"$ref": "#/components/parameters/id"}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {"role": {"$ref": "#/components/schemas/Role"}, "scope": {"type": "string"}}}}}}, "responses": {"200": {"description": "Account"}, "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}}"##
        }
    }
}

extension AuthAPIRoute {
    var operations: String {
        switch self {
        case .tokens: ##"{"post": {"summary": "Exchange a username and password (and the one-time code when enrolled) for a bearer token", "security": [], "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {"username": {"type": "string"}, "password": {"type": "string"}, "oneTimeCode": {"type": "string"}, "name": {"type": "string"}}}}}}, "responses": {"201": {"description": "The token; its secret is shown only here", "content": {"application/json": {"schema": {"allOf": [{"$ref": "#/components/schemas/Token"}, {"type": "object", "properties": {"token": {"type": "string"}, "account": {"$ref": "#/components/schemas/Account"}}}]}}}}, "401": {"$ref": "#/components/responses/Problem"}, "403": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}, "get": {"summary": "The caller's tokens", "responses": {"200": {"description": "A list of tokens", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Token"}}, "nextCursor": {"type": ["string", "null"]}}}}}}}}}"##
        case .revoke: ##"{"delete": {"summary": "Revoke one of the caller's tokens", "parameters": [{"$ref": "#/components/parameters/id"}], "responses": {"204": {"description": "Revoked"}, "404": {"$ref": "#/components/responses/Problem"}}}}"##
        }
    }
}
