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
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Doorstep"),
        services: [
            store.database, MaintenanceService(store: store, logger: logger),
            CaseClockService(store: store, interval: configuration.caseClockInterval, logger: logger),
        ],
        logger: logger)
    app.beforeServerStarts {
        for name in try await Migrator.migrate(store.database) { logger.info("migration applied: \(name)") }
        try await beforeServing()
    }
    return app
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
    router.add(middleware: LanguageSwitchMiddleware(cookies: cookies))

    SystemRoutes(store: store).register(on: router)
    let api = router.group("api/v1")
    AuthAPI(store: store).register(on: api)
    AccountsAPI(store: store).register(on: api)
    TerritoryAPI(store: store).register(on: api)
    AuditAPI(store: store).register(on: api)
    RegistryAPI(store: store).register(on: api)
    PartyAPI(store: store).register(on: api)
    GridWorkerHubAPI(store: store).register(on: api)
    OwnDataAPI(store: store).register(on: api)
    CasesAPI(store: store).register(on: api)
    MediationAPI(store: store).register(on: api)
    VisitsAPI(store: store).register(on: api)
    PartyWorkFiguresAPI(store: store).register(on: api)
    PointsAPI(store: store).register(on: api)
    TeamsAPI(store: store).register(on: api)
    OrgLifeAPI(store: store).register(on: api)
    PledgesAPI(store: store).register(on: api)
    PostsAPI(store: store).register(on: api)
    VolunteersAPI(store: store).register(on: api)
    TimeBankAPI(store: store).register(on: api)
    VolunteerTeamsAPI(store: store).register(on: api)
    PartnersAPI(store: store).register(on: api)
    ListsAPI(store: store).register(on: api)
    CoBuildingAPI(store: store).register(on: api)
    ServiceFiguresAPI(store: store).register(on: api)
    AfterSchoolAPI(store: store).register(on: api)
    SurveysAPI(store: store).register(on: api)
    HealthStationAPI(store: store).register(on: api)
    AidProjectAPI(store: store).register(on: api)

    LoginPages(store: store, pages: pages, cookies: cookies).register(on: router)
    HomePage(store: store, pages: pages).register(on: router)
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
    RatesPages(store: store, pages: pages).register(on: router, api: api)
    CalendarPages(store: store, pages: pages).register(on: router, api: api)
    Open311Routes(store: store).register(on: router)
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
