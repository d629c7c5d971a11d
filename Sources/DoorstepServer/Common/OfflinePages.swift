import Hummingbird

/// The service worker and the page shown offline for a page the phone has not kept.
struct OfflinePages: Sendable {
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(OfflineRoute.worker, use: worker)
        router.get(OfflineRoute.page, use: page)
    }

    @Sendable func worker(request: Request, context: AppRequestContext) async throws -> Response {
        // Checked on every visit, so a new version replaces the old one as soon as a page loads.
        Response(
            status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-cache"],
            body: .init(byteBuffer: ByteBuffer(string: Templates.offlineWorker)))
    }

    @Sendable func page(request: Request, context: AppRequestContext) async throws -> Response {
        pages.page("offline", title: context.strings["offline_title"], model: [:], context: context)
    }
}
