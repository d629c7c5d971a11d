/// The OpenAPI descriptions of the system paths, one path a line.
extension SystemAPIRoute {
    var operations: String {
        switch self {
        case .health: ##"{"get": {"summary": "200 when the database answers", "security": [], "responses": {"200": {"description": "healthy"}, "503": {"description": "database unavailable"}}}}"##
        case .metrics: ##"{"get": {"summary": "Prometheus metrics", "security": [], "responses": {"200": {"description": "text exposition format"}}}}"##
        case .openAPI: ##"{"get": {"summary": "This document", "security": [], "responses": {"200": {"description": "OpenAPI 3.1"}}}}"##
        }
    }
}
