import DoorstepCore
import Foundation

/// Everything the server and the command line read and write, over one database.
public struct Store: Sendable {
    public let database: Database
    /// A streaming replica the figures are counted on (`DATABASE_REPLICA_URL`), when there is one.
    public let replica: Database?
    public let territory: TerritoryStore
    public let accounts: AccountStore
    public let auth: AuthStore
    public let sessions: SessionStore
    public let tokens: TokenStore
    public let audit: AuditStore
    public let formSubmissions: FormSubmissions
    public let keyRotation: KeyRotation
    public let estates: EstateStore
    public let buildings: BuildingStore
    public let residents: ResidentStore
    public let party: PartyStore
    public let gridWorkers: GridWorkerStore
    public let hubs: HubStore
    public let cases: CaseStore
    public let categories: CategoryStore
    public let notices: NoticeStore
    public let caseClock: CaseClockJob
    public let caseRates: CaseRates
    public let mediations: MediationStore
    public let calendar: CalendarStore
    public let visits: VisitStore
    public let opinions: OpinionStore
    public let points: PointsStore
    public let teams: TeamStore
    public let partyWork: PartyWorkFigures
    public let orgLife: OrgLifeStore
    public let pledges: PledgeStore
    public let posts: PostStore
    public let volunteers: VolunteerStore
    public let timeBank: TimeBankStore
    public let partners: PartnerStore
    public let agreements: AgreementStore
    public let lists: ListsStore
    public let serviceFigures: ServiceFigures
    public let afterSchool: AfterSchoolStore
    public let surveys: SurveyStore
    public let healthStations: HealthStationStore
    public let aidProjects: AidProjectStore
    public let volunteerTeams: VolunteerTeamStore
    public let venues: VenueStore
    public let jointMeetings: JointMeetingStore
    public let microWishes: MicroWishStore
    public let figures: FigureStore
    public let figureCheck: FigureCheck
    let settings: Settings

    public struct Settings: Sendable {
        public var passwordHasher: PasswordHasher
        public var loginThrottle: LoginThrottle
        public var sessionIdleTimeout: Duration
        public var tokenLifetime: Duration
        /// The keys for personal data at rest; by default new keys held only in memory (tests, one-off tools).
        public var keys: KeySource
        /// How many households one Party-member hub may lead.
        public var linkedHouseholdsPerHub: Int = 10
        /// The working days and hours that case deadlines count over.
        public var workCalendar: WorkCalendar = .official

        public init(
            passwordHasher: PasswordHasher = PasswordHasher(), loginThrottle: LoginThrottle = LoginThrottle(),
            sessionIdleTimeout: Duration = .seconds(30 * 60), tokenLifetime: Duration = .seconds(90 * 24 * 3600),
            keys: KeySource = KeySource(ring: .generate())
        ) {
            self.keys = keys
            self.passwordHasher = passwordHasher
            self.loginThrottle = loginThrottle
            self.sessionIdleTimeout = sessionIdleTimeout
            self.tokenLifetime = tokenLifetime
        }
    }

    public init(
        database: Database, replica: Database? = nil, settings: Settings = Settings(),
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        let database = database.keyingAudit(with: settings.keys)
        self.database = database
        self.replica = replica
        self.settings = settings
        self.territory = TerritoryStore(database: database, clock: clock)
        self.accounts = AccountStore(database: database, hasher: settings.passwordHasher, keys: settings.keys, clock: clock)
        self.auth = AuthStore(
            database: database, hasher: settings.passwordHasher, throttle: settings.loginThrottle, keys: settings.keys,
            clock: clock)
        self.sessions = SessionStore(database: database, idleTimeout: settings.sessionIdleTimeout, clock: clock)
        self.tokens = TokenStore(database: database, lifetime: settings.tokenLifetime, clock: clock)
        self.audit = AuditStore(database: database, keys: settings.keys, clock: clock)
        self.formSubmissions = FormSubmissions(database: database, clock: clock)
        self.keyRotation = KeyRotation(database: database, keys: settings.keys)
        self.estates = EstateStore(database: database, clock: clock)
        self.buildings = BuildingStore(database: database, clock: clock)
        self.residents = ResidentStore(database: database, keys: settings.keys, clock: clock)
        self.party = PartyStore(database: database, keys: settings.keys, clock: clock)
        self.gridWorkers = GridWorkerStore(database: database, clock: clock)
        self.hubs = HubStore(database: database, maximumLinked: settings.linkedHouseholdsPerHub, clock: clock)
        self.cases = CaseStore(database: database, keys: settings.keys, calendar: settings.workCalendar, clock: clock)
        self.categories = CategoryStore(database: database, clock: clock)
        self.notices = NoticeStore(database: database, clock: clock)
        self.caseRates = CaseRates(database: database)
        self.calendar = CalendarStore(database: database, base: settings.workCalendar, clock: clock)
        self.mediations = MediationStore(database: database, keys: settings.keys, clock: clock)
        self.visits = VisitStore(database: database, clock: clock)
        self.opinions = OpinionStore(database: database, clock: clock)
        self.points = PointsStore(database: database, clock: clock)
        self.teams = TeamStore(database: database, clock: clock)
        self.partyWork = PartyWorkFigures(database: database)
        self.orgLife = OrgLifeStore(database: database, clock: clock)
        self.pledges = PledgeStore(database: database, keys: settings.keys, clock: clock)
        self.posts = PostStore(database: database, clock: clock)
        self.volunteers = VolunteerStore(database: database, keys: settings.keys, clock: clock)
        self.timeBank = TimeBankStore(database: database, clock: clock)
        self.partners = PartnerStore(database: database, keys: settings.keys, clock: clock)
        self.agreements = AgreementStore(database: database, clock: clock)
        self.lists = ListsStore(database: database, clock: clock)
        self.serviceFigures = ServiceFigures(database: database)
        self.afterSchool = AfterSchoolStore(database: database, keys: settings.keys, clock: clock)
        self.surveys = SurveyStore(database: database, keys: settings.keys, clock: clock)
        self.healthStations = HealthStationStore(database: database, keys: settings.keys, clock: clock)
        self.aidProjects = AidProjectStore(database: database, keys: settings.keys, clock: clock)
        self.volunteerTeams = VolunteerTeamStore(database: database, clock: clock)
        self.venues = VenueStore(database: database, clock: clock)
        self.jointMeetings = JointMeetingStore(database: database, clock: clock)
        self.microWishes = MicroWishStore(database: database, clock: clock)
        self.figures = FigureStore(database: database, counting: replica, clock: clock)
        self.figureCheck = FigureCheck(figures: figures)
        self.caseClock = CaseClockJob(database: database, calendar: settings.workCalendar, clock: clock)
    }

    /// The same store whose writes happen at `clock`'s time: the demo writes a year of work through the same calls
    /// the pages make, each on its own day.
    public func at(_ clock: @escaping @Sendable () -> Date) -> Store {
        Store(database: database, replica: replica, settings: settings, clock: clock)
    }
}
