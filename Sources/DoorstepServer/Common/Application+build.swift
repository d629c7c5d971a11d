import DoorstepCore
import DoorstepStore
import Hummingbird
import Logging
import ServiceLifecycle

/// The one composition root: the command line and the tests build the same application here. Pending
/// migrations, then `beforeServing`, run once the database is up and before the server takes its first request.
public func buildApplication(
    configuration: AppConfiguration, store: Store, logger: Logger,
    beforeServing: @escaping @Sendable () async throws -> Void = {}
) -> some ApplicationProtocol {
    Telemetry.bootstrap()
    let router = buildRouter(store: store, configuration: configuration)
    var app = Application(
        router: router,
        // A client that stops sending (a slow or stalled upload, an idle kept-alive connection) is let go, so
        // connections cannot be held open to starve others.
        server: .http1(configuration: .init(idleTimeout: .seconds(30))),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Doorstep"),
        services: [
            store.database, MaintenanceService(store: store, logger: logger),
            CaseClockService(store: store, interval: configuration.caseClockInterval, logger: logger),
        ] + [store.replica].compactMap { $0 },
        logger: logger)
    app.beforeServerStarts {
        let upgrade = try await upgradeWhenReachable(store, logger: logger)
        for name in upgrade.applied { logger.info("migration applied: \(name)") }
        if upgrade.birthDatesSealed > 0 { logger.info("birth dates sealed: \(upgrade.birthDatesSealed)") }
        try await beforeServing()
    }
    return app
}

/// The store's upgrade, once the database answers: a server started while its cluster has no leader (or before
/// the database is up) waits for one rather than exiting.
private func upgradeWhenReachable(_ store: Store, logger: Logger) async throws -> Upgrade {
    while true {
        do {
            return try await store.upgrade()
        } catch StoreError.unavailable {
            logger.warning("the database cannot be reached yet; trying again in \(AppError.unavailableRetryAfter) s")
            try await Task.sleep(for: .seconds(AppError.unavailableRetryAfter))
        }
    }
}

/// Every route and middleware. Exposed so tests can compare the routes with the OpenAPI document.
public func buildRouter(store: Store, configuration: AppConfiguration) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    let pages = PageRenderer()
    let cookies = CookieFactory(alwaysSecure: configuration.secureCookies)
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: LogRequestsMiddleware(.debug))
    router.add(middleware: AuthenticationMiddleware(store: store))
    router.add(middleware: ErrorMiddleware(pages: pages))
    router.add(middleware: FormOnceMiddleware(store: store, pages: pages))
    router.add(middleware: LanguageSwitchMiddleware(cookies: cookies))

    SystemEndpoints(store: store).register(on: router)
    OfflinePages(pages: pages).register(on: router)
    AuthAPI(store: store).register(on: router)
    AccountsAPI(store: store).register(on: router)
    TerritoryAPI(store: store).register(on: router)
    AuditAPI(store: store).register(on: router)
    RegistryAPI(store: store).register(on: router)
    PartyAPI(store: store).register(on: router)
    GridWorkerHubAPI(store: store).register(on: router)
    OwnDataAPI(store: store).register(on: router)
    CasesAPI(store: store).register(on: router)
    MediationAPI(store: store).register(on: router)
    VisitsAPI(store: store).register(on: router)
    PartyWorkFiguresAPI(store: store).register(on: router)
    PointsAPI(store: store).register(on: router)
    TeamsAPI(store: store).register(on: router)
    OrgLifeAPI(store: store).register(on: router)
    PledgesAPI(store: store).register(on: router)
    PostsAPI(store: store).register(on: router)
    VolunteersAPI(store: store).register(on: router)
    TimeBankAPI(store: store).register(on: router)
    VolunteerTeamsAPI(store: store).register(on: router)
    PartnersAPI(store: store).register(on: router)
    ListsAPI(store: store).register(on: router)
    CoBuildingAPI(store: store).register(on: router)
    ServiceFiguresAPI(store: store).register(on: router)
    AfterSchoolAPI(store: store).register(on: router)
    SurveysAPI(store: store).register(on: router)
    HealthStationAPI(store: store).register(on: router)
    AidProjectAPI(store: store).register(on: router)
    FiguresAPI(store: store).register(on: router)

    LoginPages(store: store, pages: pages, cookies: cookies).register(on: router)
    HomePage(store: store, pages: pages).register(on: router)
    FiguresPages(store: store, pages: pages).register(on: router)
    ReportPages(store: store, pages: pages).register(on: router)
    HotspotPages(store: store, pages: pages).register(on: router)
    MyAccountPage(store: store, pages: pages).register(on: router)
    AccountsPages(store: store, pages: pages).register(on: router)
    TerritoryPages(store: store, pages: pages).register(on: router)
    AuditPage(store: store, pages: pages).register(on: router)
    RegistryPages(store: store, pages: pages).register(on: router)
    ImportPages(store: store, pages: pages, jobs: ImportJobs()).register(on: router)
    OwnDataPages(store: store, pages: pages).register(on: router)
    PartyPage(store: store, pages: pages).register(on: router)
    PartyWorkPages(store: store, pages: pages).register(on: router)
    PointsPages(store: store, pages: pages).register(on: router)
    TeamsPages(store: store, pages: pages).register(on: router)
    OrgLifePages(store: store, pages: pages).register(on: router)
    PledgePages(store: store, pages: pages).register(on: router)
    BoardPage(store: store, pages: pages).register(on: router)
    PostsPages(store: store, pages: pages).register(on: router)
    OpinionsPage(store: store, pages: pages).register(on: router)
    VolunteerPages(store: store, pages: pages).register(on: router)
    TimeBankPages(store: store, pages: pages).register(on: router)
    VolunteerTeamPages(store: store, pages: pages).register(on: router)
    VolunteerSettingsPage(store: store, pages: pages).register(on: router)
    ServiceRecordPage(store: store, pages: pages).register(on: router)
    PartnerPages(store: store, pages: pages).register(on: router)
    ListsPages(store: store, pages: pages).register(on: router)
    VenuePages(store: store, pages: pages).register(on: router)
    JointMeetingPages(store: store, pages: pages).register(on: router)
    MicroWishPages(store: store, pages: pages).register(on: router)
    ServiceFiguresPage(store: store, pages: pages).register(on: router)
    AfterSchoolPages(store: store, pages: pages).register(on: router)
    SurveyPages(store: store, pages: pages).register(on: router)
    HealthStationPages(store: store, pages: pages).register(on: router)
    AidProjectPages(store: store, pages: pages).register(on: router)
    CasePages(store: store, pages: pages).register(on: router)
    RatesPages(store: store, pages: pages).register(on: router)
    CalendarPages(store: store, pages: pages).register(on: router)
    Open311Endpoints(store: store).register(on: router)
    PublicCasePages(store: store, pages: pages, cookies: cookies).register(on: router)
    PublicSurveyPages(store: store, pages: pages, cookies: cookies).register(on: router)
    return router
}

/// Housekeeping while the server runs: expired sessions are removed every ten minutes.
struct MaintenanceService: Service {
    let store: Store
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            // Sleep first: services start alongside the migrations, which create the tables this cleans.
            while (try? await Task.sleep(for: .seconds(600))) != nil {
                do {
                    try await store.sessions.purgeExpired()
                } catch {
                    logger.warning("could not purge expired sessions: \(error)")
                }
            }
        }
    }
}

/// Sweeps case clocks every minute (by default): yellow warnings and escalation of overdue cases. Every server runs one; the
/// lease in the database lets one of them work at a time, and a restarted server simply takes the lease again.
struct CaseClockService: Service {
    let store: Store
    let interval: Duration
    let logger: Logger
    let holder = "server-" + Secrets.identifier()

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while (try? await Task.sleep(for: interval)) != nil {
                do {
                    let sweep = try await store.caseClock.sweep(holder: holder)
                    if sweep.warned + sweep.escalated + sweep.reminded > 0 {
                        logger.info("case clocks: \(sweep.warned) warned, \(sweep.escalated) escalated, \(sweep.reminded) reviews due")
                    }
                } catch {
                    logger.warning("could not sweep case clocks: \(error)")
                }
            }
        }
    }
}
