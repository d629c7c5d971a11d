extension Migration {
    /// Every lane of the board read in its own order from an index, at every level. The lanes ordered by report
    /// time found their cases by state and then sorted them all: at a street of the ten-million-case city the
    /// finished lane sorted 880,000 cases (seconds), the new reports 2,500 (2 ms), and a community's new reports
    /// walked its 100,000 cases by time (0.14 s). Each index is partial, declared with the very condition its lane
    /// repeats (`CaseLane.states`), so a case is in the index of its lane only. (The lanes of cases in hand have had
    /// theirs since migration 8.) The overdue lane was counted by reading each case in hand past its deadline for
    /// whether its clock runs (a thousand cases a look at a street); its index holds `paused_at` and the state, so it
    /// is counted from the index alone.
    static let lanesInOrder = Migration(id: 31, name: "lanes in order") { _ in
        let lanes = [
            ("unassigned", "state IN ('reported', 'accepted', 'registered', 'returned')"),
            ("awaiting_check", "state IN ('feedback', 'checking')"),
            ("awaiting_evaluation", "state IN ('closed')"),
            ("finished", "state IN ('evaluated', 'rejected', 'voided')"),
        ]
        return ["street", "community", "grid"].flatMap { level in
            lanes.map { lane, condition in
                "CREATE INDEX cases_\(level)_\(lane) ON cases(\(level)_code, created_at) WHERE \(condition)"
            } + [
                """
                CREATE INDEX cases_\(level)_overdue ON cases(\(level)_code, paused_at, deadline, state)
                WHERE state IN ('dispatched', 'inProgress', 'shelved')
                """
            ]
        }
    }
}
