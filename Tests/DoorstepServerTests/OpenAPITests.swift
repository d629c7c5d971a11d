import DoorstepServer
import DoorstepStore
import DoorstepTestSupport
import Foundation
import Testing

@Suite("OpenAPI document")
struct OpenAPITests {
    /// The router's API routes as OpenAPI writes them: `/api/v1/grids/{code}` for `/api/v1/grids/:code`.
    static func apiRoutes() async throws -> Set<String> {
        try await withTestDatabase(.sqlite) { database in
            let router = buildRouter(store: Store(database: database), configuration: AppConfiguration())
            return Set(
                router.routes.compactMap { route -> String? in
                    let path = "/" + route.path.description.split(separator: "/").map { part in
                        part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
                    }.joined(separator: "/")
                    let machine = path.hasPrefix("/api") || path == "/healthz" || path == "/metrics"
                    return machine ? "\(route.method.rawValue.lowercased()) \(path)" : nil
                })
        }
    }

    static func documentedRoutes() throws -> Set<String> {
        let data = Data(DoorstepServer.openAPIDocumentText.utf8)
        let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        #expect(json["openapi"] as? String == "3.1.0")
        let paths = json["paths"] as! [String: [String: Any]]
        return Set(paths.flatMap { path, operations in operations.keys.map { "\($0) \(path)" } })
    }

    @Test("every API route is described, and nothing described is missing from the router")
    func complete() async throws {
        let routes = try await Self.apiRoutes()
        let documented = try Self.documentedRoutes()
        #expect(routes.count >= 15)
        #expect(routes.subtracting(documented).isEmpty, "routes missing from the document")
        #expect(documented.subtracting(routes).isEmpty, "documented routes that do not exist")
    }
}
