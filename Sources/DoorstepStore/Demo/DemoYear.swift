import DoorstepCore
import Foundation

/// The demo community's last twelve months of work, written through the same calls the pages make, each on its own
/// day: the store the year writes through (`past`) reads the demo's clock, and the walk moves the clock to every
/// event before writing it. Events wait in a queue by time; handling one may plan the next (a case's steps follow its
/// deadline), so the year unfolds in order and stops before today.
struct DemoYear {
    let store: Store
    let past: Store
    let clock: DemoClock
    let cast: YearCast
    let calendar: WorkCalendar
    /// The first day of the year's work and today (which it does not reach).
    let first: CalendarDay
    let today: CalendarDay
    let programmes: DemoProgrammes.SetUp
    /// The days of the last weeks that the current day's items use, kept free of the year's like items.
    let reserved: Set<CalendarDay>

    /// 09:00 China time on the first day of the month eleven months before `today`'s.
    static func start(before today: CalendarDay) -> Date {
        var year = today.year
        var month = today.month - 11
        if month < 1 {
            month += 12
            year -= 1
        }
        return CalendarDay(year, month, 1).start.addingTimeInterval(9 * 3600)
    }

    /// Walks the year from the clock's time to the end of yesterday and says what it wrote.
    static func walk(
        store: Store, past: Store, clock: DemoClock, today: CalendarDay, seed: UInt64, communities: [Community], grids: [Grid],
        programmes: DemoProgrammes.SetUp
    ) async throws -> DemoYearSummary {
        let cast = try await YearCast.gather(store: store, communities: communities, grids: grids)
        let reserved = Set((1...4).map { today.adding(days: -7 * $0) })
        let year = DemoYear(
            store: store, past: past, clock: clock, cast: cast, calendar: try await store.cases.currentCalendar(),
            first: CalendarDay(containing: clock.now), today: today, programmes: programmes, reserved: reserved)
        return try await year.run(seed: seed)
    }

    func run(seed: UInt64) async throws -> DemoYearSummary {
        var state = YearState(random: DemoNames(seed: seed &+ 2))
        var queue = EventQueue()
        guard first < today else { return state.summary(first: first, last: first) }
        await prepare(&state)
        planCases(&state, &queue)
        planSweeps(&queue)
        planPartyWork(&state, &queue)
        planOrgLife(&state, &queue)
        planVolunteers(&state, &queue)
        planProgrammes(&state, &queue)
        let end = today.start
        while let event = queue.next() {
            guard event.at < end else { break }
            clock.set(event.at)
            await perform(event.action, &state, &queue)
        }
        return state.summary(first: first, last: today.adding(days: -1))
    }

    func perform(_ action: YearAction, _ state: inout YearState, _ queue: inout EventQueue) async {
        switch action {
        case .sweep: await sweep(&state)
        case .report(let script): await file(script, &state, &queue)
        case .stage(let number, let stage): await advance(number, stage, &state, &queue)
        case .party(let step): await performParty(step, &state, &queue)
        case .service(let step): await performService(step, &state, &queue)
        }
    }

    // MARK: - Time

    var now: Date { clock.now }
    /// The day the demo's clock stands on.
    var day: CalendarDay { CalendarDay(containing: clock.now) }
    /// The last day of the year's work.
    var yesterday: CalendarDay { today.adding(days: -1) }

    func at(_ day: CalendarDay, _ hour: Int, _ minute: Int = 0) -> Date {
        day.start.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
    }

    /// `hours` of working time after `date`, on the community's calendar.
    func working(after date: Date, hours: Double) -> Date {
        calendar.adding(workingHours: max(hours, 0.05), to: date)
    }

    func workday(onOrAfter day: CalendarDay) -> CalendarDay {
        var candidate = day
        for _ in 0..<30 where !calendar.isWorkday(candidate) { candidate = candidate.adding(days: 1) }
        return candidate
    }

    func workday(onOrBefore day: CalendarDay) -> CalendarDay {
        var candidate = day
        for _ in 0..<30 where !calendar.isWorkday(candidate) { candidate = candidate.adding(days: -1) }
        return candidate
    }

    /// The months of the year's work, each cut to the days the walk covers.
    var months: [MonthSpan] {
        var spans: [MonthSpan] = []
        var start = first
        var index = 0
        while start <= yesterday {
            let next = CalendarDay(start.month == 12 ? start.year + 1 : start.year, start.month % 12 + 1, 1)
            let last = min(next.adding(days: -1), yesterday)
            spans.append(MonthSpan(index: index, first: start, last: last, length: CalendarDay(start.year, start.month, 1).days(until: next)))
            start = next
            index += 1
        }
        return spans
    }

    /// A random day of a month span, and a working one when `working` (nil when the span has none).
    func randomDay(in span: MonthSpan, working: Bool, _ state: inout YearState) -> CalendarDay? {
        let days = span.days.filter { !working || calendar.isWorkday($0) }
        return days.isEmpty ? nil : state.pick(days)
    }

    // MARK: - The case clock

    /// The overdue cases the year leaves are taken on this day: late enough to be among the last, early enough that
    /// by the last sweep they are overdue by their whole limit again, so that sweep raises them straight to the
    /// street, once. Daily sweeps stop before it, so none of them is raised twice.
    var overdueDay: CalendarDay? {
        let last = finalSweep
        var candidate = yesterday
        for _ in 0..<30 {
            if calendar.isWorkday(candidate) {
                let deadline = TimeLimit.workingDays(1).end(from: at(candidate, 9, 40), over: calendar)
                if TimeLimit.workingDays(1).end(from: deadline, over: calendar) < last { return candidate > first ? candidate : nil }
            }
            candidate = candidate.adding(days: -1)
        }
        return nil
    }

    /// The year's last sweep of the case clock: yesterday evening.
    var finalSweep: Date { at(yesterday, 20) }

    /// The case clock's job as the server runs it: every working morning until the overdue cases are taken, then
    /// once more on the last evening.
    func planSweeps(_ queue: inout EventQueue) {
        let stop = overdueDay ?? today
        var candidate = first
        while candidate < stop {
            if calendar.isWorkday(candidate) { queue.add(.sweep, at: at(candidate, 8, 45)) }
            candidate = candidate.adding(days: 1)
        }
        queue.add(.sweep, at: finalSweep)
    }

    func sweep(_ state: inout YearState) async {
        do {
            // No lease is kept: the server's own job takes over the moment the demo is done.
            let result = try await past.caseClock.sweep(holder: "demo-year", lease: .seconds(0))
            state.tally("escalations", by: result.escalated, at: now)
        } catch {
            state.refuse("case clock", error)
        }
    }
}

/// A month of the year's work: its days the walk covers, and how long the whole month is.
struct MonthSpan: Sendable {
    var index: Int
    var first: CalendarDay
    var last: CalendarDay
    var length: Int

    var month: Int { first.month }
    var days: [CalendarDay] { (0...max(0, first.days(until: last))).map { first.adding(days: $0) } }
    /// The share of the month the walk covers.
    var share: Double { Double(first.days(until: last) + 1) / Double(max(length, 1)) }
}
