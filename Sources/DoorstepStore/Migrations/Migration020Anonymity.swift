extension Migration {
    /// An anonymous case's reporter unnamed in the history written before decision 36: from now on the store
    /// records them so (`CaseActor.recorded(on:)`); this takes their name and account out of the older lines.
    static let anonymousHistory = Migration(id: 20, name: "anonymous reporters unnamed in case histories") { _ in
        [
            """
            UPDATE case_events SET actor_id = 'anonymous', actor_name = ''
            WHERE actor_standing = 'reporter' AND case_id IN (SELECT id FROM cases WHERE anonymous = TRUE)
            """
        ]
    }
}
