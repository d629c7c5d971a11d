extension Migration {
    /// The office's home counts the cases in hand escalated to it: at a street of the ten-million-case city that
    /// read 5,600 cases in hand one by one for their level (6 ms of its dashboard). Partial, with the very condition
    /// of the other indexes on cases in hand (`CaseLane.inHandCondition`), so reporting a case writes nothing to them.
    static let escalatedInHand = Migration(id: 30, name: "escalated cases in hand") { _ in
        let inHand = "state IN ('dispatched', 'inProgress', 'shelved')"
        return [
            "CREATE INDEX cases_street_escalated ON cases(street_code, escalation) WHERE \(inHand)",
            "CREATE INDEX cases_community_escalated ON cases(community_code, escalation) WHERE \(inHand)",
        ]
    }
}
