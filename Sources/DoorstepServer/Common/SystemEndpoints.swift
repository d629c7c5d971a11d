import DoorstepStore
import Hummingbird

/// Routes for machines and browsers rather than people: health, metrics, the API description, the stylesheet.
struct SystemEndpoints: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(SystemAPIRoute.health, use: health)
        router.get(SystemAPIRoute.metrics, use: metrics)
        router.get(SystemAPIRoute.openAPI, use: openAPI)
        router.get(SystemRoute.stylesheet, use: stylesheet)
        router.get(SystemRoute.script, use: script)
    }

    /// 200 only when the database answers, so a load balancer stops sending work to an instance that cannot do it.
    @Sendable func health(request: Request, context: AppRequestContext) async throws -> Response {
        let ok = await store.database.ping()
        var headers: HTTPFields = [.contentType: "application/json"]
        if !ok { headers[.retryAfter] = String(AppError.unavailableRetryAfter) }
        return Response(
            status: ok ? .ok : .serviceUnavailable, headers: headers,
            body: .init(byteBuffer: ByteBuffer(string: ok ? #"{"status":"ok"}"# : #"{"status":"database unavailable"}"#)))
    }

    @Sendable func metrics(request: Request, context: AppRequestContext) async throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: Telemetry.registry.emitToString())))
    }

    @Sendable func openAPI(request: Request, context: AppRequestContext) async throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-cache"],
            body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
    }

    @Sendable func stylesheet(request: Request, context: AppRequestContext) async throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(string: Templates.stylesheet)))
    }

    @Sendable func script(request: Request, context: AppRequestContext) async throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "public, max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(string: Templates.script)))
    }
}
