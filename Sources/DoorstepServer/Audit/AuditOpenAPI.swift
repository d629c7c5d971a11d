/// The OpenAPI descriptions of the audit paths, one path a line.
extension AuditAPIRoute {
    var operations: String {
        switch self {
        case .list: ##"{"get": {"summary": "Audit rows of the caller's territory, newest first", "parameters": [{"name": "cursor", "in": "query", "schema": {"type": "integer"}}, {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 500}}], "responses": {"200": {"description": "A page of audit rows", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/AuditEntry"}}, "nextCursor": {"type": ["string", "null"]}}}}}}, "403": {"$ref": "#/components/responses/Problem"}}}}"##
        case .verify: ##"{"get": {"summary": "Check the audit hash chain", "responses": {"200": {"description": "The first changed or removed row, if any", "content": {"application/json": {"schema": {"type": "object", "properties": {"intact": {"type": "boolean"}, "rows": {"type": "integer"}, "changedSequence": {"type": "integer"}, "removedSequence": {"type": "integer"}}}}}}, "403": {"$ref": "#/components/responses/Problem"}}}}"##
        }
    }
}
