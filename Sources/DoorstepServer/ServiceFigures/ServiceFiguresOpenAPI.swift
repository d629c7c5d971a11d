/// The OpenAPI descriptions of the servicefigures paths, one path a line.
extension ServiceFiguresAPIRoute {
    var operations: String {
        switch self {
        case .figures: ##"{"get": {"summary": "The figures of volunteering and co-building (registered volunteers, teams, hours, partners with agreements, commitments fulfilled, projects, people served) for the caller's territory and a period, each with its definition", "parameters": [{"name": "from", "in": "query", "schema": {"type": "string"}}, {"name": "to", "in": "query", "schema": {"type": "string"}}], "responses": {"200": {"description": "The figures"}, "422": {"$ref": "#/components/responses/Problem"}}}}"##
        case .records: ##"{"get": {"summary": "The records one figure counted", "parameters": [{"name": "measure", "in": "query", "required": true, "schema": {"type": "string"}}, {"name": "from", "in": "query", "schema": {"type": "string"}}, {"name": "to", "in": "query", "schema": {"type": "string"}}], "responses": {"200": {"description": "The records"}, "422": {"$ref": "#/components/responses/Problem"}}}}"##
        }
    }
}
