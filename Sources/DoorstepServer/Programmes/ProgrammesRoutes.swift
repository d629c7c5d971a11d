/// The paths `AfterSchoolAPI` serves.
enum AfterSchoolAPIRoute: String, APIRouteSet {
    case classes = "/api/v1/after-school/classes"
    case day = "/api/v1/after-school/classes/:id/day"
    case enrol = "/api/v1/after-school/enrolments"
    case arrive = "/api/v1/after-school/attendance"
    case handOver = "/api/v1/after-school/handovers"
    case assign = "/api/v1/after-school/roster"
    case figures = "/api/v1/after-school/figures"
}

/// The paths `AfterSchoolPages` serves.
enum AfterSchoolRoute: String, RouteSet {
    case list = "/services/after-school"
    case records = "/services/after-school/records"
    case schoolClass = "/services/after-school/:id"
    case enrol = "/services/after-school/:id/enrolments"
    case arrive = "/services/after-school/:id/arrivals"
    case handOver = "/services/after-school/:id/handovers"
    case assign = "/services/after-school/:id/roster"
}

/// The paths `AidProjectAPI` serves.
enum AidProjectAPIRoute: String, APIRouteSet {
    case projects = "/api/v1/aid/projects"
    case project = "/api/v1/aid/projects/:id"
    case addBeneficiary = "/api/v1/aid/projects/:id/beneficiaries"
    case removeBeneficiary = "/api/v1/aid/projects/:id/beneficiaries/:resident"
    case recordService = "/api/v1/aid/projects/:id/services"
    case figures = "/api/v1/aid/figures"
    case figureRecords = "/api/v1/aid/figures/:measure"
}

/// The paths `AidProjectPages` serves.
enum AidProjectRoute: String, RouteSet {
    case list = "/services/aid"
    case figureRecords = "/services/aid/figures"
    case project = "/services/aid/:id"
    case addBeneficiary = "/services/aid/:id/beneficiaries"
    case removeBeneficiary = "/services/aid/:id/beneficiaries/:resident/remove"
    case recordService = "/services/aid/:id/services"
}

/// The paths `HealthStationAPI` serves.
enum HealthStationAPIRoute: String, APIRouteSet {
    case stations = "/api/v1/health/stations"
    case station = "/api/v1/health/stations/:id"
    case addSlot = "/api/v1/health/stations/:id/schedule"
    case removeSlot = "/api/v1/health/schedule/:id"
    case sessions = "/api/v1/health/stations/:id/sessions"
    case records = "/api/v1/health/stations/:id/records"
    case reveal = "/api/v1/health/records/:id/reveal"
    case withdraw = "/api/v1/health/records/:id/withdrawal"
    case figures = "/api/v1/health/figures"
    case figureRecords = "/api/v1/health/figures/:measure"
}

/// The paths `HealthStationPages` serves.
enum HealthStationRoute: String, RouteSet {
    case list = "/services/health"
    case figureRecords = "/services/health/figures"
    case station = "/services/health/:id"
    case addSlot = "/services/health/:id/schedule"
    case removeSlot = "/services/health/:id/schedule/:slot/remove"
    case recordSession = "/services/health/:id/sessions"
    case writeRecord = "/services/health/:id/records"
    case reveal = "/services/health/:id/records/:record/reveal"
    case withdraw = "/services/health/:id/records/:record/withdraw"
}
