import DoorstepCore
import Foundation

/// Something the year does at a moment.
enum YearAction {
    /// The case clock's sweep: warnings and escalations of overdue cases.
    case sweep
    /// A new case, reported.
    case report(CaseScript)
    /// The next step of case number `Int`.
    case stage(Int, CaseStage)
    case party(PartyStep)
    case service(ServiceStep)
}

struct YearEvent {
    var at: Date
    var order: Int
    var action: YearAction

    func precedes(_ other: YearEvent) -> Bool {
        at != other.at ? at < other.at : order < other.order
    }
}

/// The events still to come, soonest first (in the order they were planned, when at the same moment): a binary heap.
struct EventQueue {
    private var heap: [YearEvent] = []
    private var planned = 0

    mutating func add(_ action: YearAction, at date: Date) {
        planned += 1
        heap.append(YearEvent(at: date, order: planned, action: action))
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    mutating func next() -> YearEvent? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let soonest = heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var best = parent
            if left < heap.count, heap[left].precedes(heap[best]) { best = left }
            if right < heap.count, heap[right].precedes(heap[best]) { best = right }
            guard best != parent else { break }
            heap.swapAt(parent, best)
            parent = best
        }
        return soonest
    }
}

/// What the walk remembers as it goes: the seeded chance, the cases and what was made for later steps, and the counts.
struct YearState {
    var random: DemoNames
    var cases: [Int: Case] = [:]
    var scripts: [Int: CaseScript] = [:]
    var caseCount = 0
    /// Ids of what the year made, by the plan's own names (`outing#3`, `meeting#12`, `pledge:party.member`, …).
    var ids: [String: String] = [:]
    /// Numbers the walk keeps by name: the demo member's attendances, a volunteer's unspent half-hours.
    var numbers: [String: Int] = [:]
    /// Lists the walk keeps by name: who signed up for an activity, who is enrolled in the class.
    var lists: [String: [String]] = [:]
    private var counts: [String: [String: Int]] = [:]
    private var refused = 0
    private var refusals: [String] = []

    init(random: DemoNames) {
        self.random = random
    }

    // MARK: Chance

    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &random.generator) < probability
    }

    mutating func number(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &random.generator)
    }

    mutating func fraction(_ range: ClosedRange<Double>) -> Double {
        Double.random(in: range, using: &random.generator)
    }

    /// One of `items`, which must not be empty.
    mutating func pick<T>(_ items: [T]) -> T {
        items[Int.random(in: 0..<items.count, using: &random.generator)]
    }

    /// An index chosen with the given weights.
    mutating func index(weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        guard total > 0 else { return 0 }
        var left = Double.random(in: 0..<total, using: &random.generator)
        for (index, weight) in weights.enumerated() {
            if left < weight { return index }
            left -= weight
        }
        return weights.count - 1
    }

    mutating func shuffled<T>(_ items: [T]) -> [T] {
        items.shuffled(using: &random.generator)
    }

    mutating func personName() -> String { random.personName() }
    mutating func mobile() -> String { random.mobile() }

    // MARK: Counts

    mutating func tally(_ what: String, by amount: Int = 1, at date: Date) {
        guard amount != 0 else { return }
        let month = String(CalendarDay(containing: date).description.prefix(7))
        counts[month, default: [:]][what, default: 0] += amount
    }

    /// A write the store refused: counted, and the first few kept for whoever runs the demo.
    mutating func refuse(_ what: String, _ error: any Error) {
        refused += 1
        if refusals.count < 5 { refusals.append("\(what): \(error)".replacingOccurrences(of: "\n", with: " ")) }
    }

    func summary(first: CalendarDay, last: CalendarDay) -> DemoYearSummary {
        DemoYearSummary(
            first: first, last: last,
            months: counts.keys.sorted().map { DemoYearSummary.Month(month: $0, counts: counts[$0] ?? [:]) },
            refused: refused, refusals: refusals)
    }
}

/// What the demo's year of work wrote, month by month.
public struct DemoYearSummary: Sendable {
    public struct Month: Sendable {
        /// `2026-03`.
        public var month: String
        public var counts: [String: Int]
    }

    public var first: CalendarDay
    public var last: CalendarDay
    public var months: [Month]
    /// Writes the store refused (a demo that still had its day; the first few are named).
    public var refused: Int
    public var refusals: [String]

    /// The whole year's count of one kind of record.
    public func total(_ what: String) -> Int {
        months.reduce(0) { $0 + ($1.counts[what] ?? 0) }
    }

    /// Lines for the console: the year's totals, the cases month by month, and any refusals.
    public var lines: [String] {
        let kinds: [(String, String)] = [
            ("cases", "cases"), ("visits", "visits"), ("meetings", "meetings"), ("activities", "volunteer activities"),
            ("sessions", "clinic sessions"), ("classDays", "class days"), ("answers", "survey answers"), ("escalations", "escalations"),
        ]
        var lines = [
            "Year of work \(first) to \(last): " + kinds.map { "\(total($0.0)) \($0.1)" }.joined(separator: ", "),
            "  cases a month: " + months.map { "\($0.month.suffix(2)):\($0.counts["cases"] ?? 0)" }.joined(separator: " "),
        ]
        if refused > 0 {
            lines.append("  \(refused) of the year's writes were refused, first: " + refusals.joined(separator: " | "))
        }
        return lines
    }
}
