extension Migration {
    /// Sign-ups carry their activity's street and community, and the hours confirmed are kept counted by day and
    /// community (`Tally.volunteerHours`): a street's year of volunteer hours was its dashboard's dearest figure.
    static let volunteerHoursTally = Migration(id: 29, name: "volunteer hours tally") { engine in
        [
            "ALTER TABLE signups ADD COLUMN street_code TEXT",
            "ALTER TABLE signups ADD COLUMN community_code TEXT",
            """
            UPDATE signups SET street_code = (SELECT a.street_code FROM volunteer_activities a WHERE a.id = signups.activity_id),
                community_code = (SELECT a.community_code FROM volunteer_activities a WHERE a.id = signups.activity_id)
            """,
            Tally.volunteerHours.creation(on: engine),
        ] + Tally.volunteerHours.triggers(on: engine) + Tally.volunteerHours.recount(on: engine)
    }
}
