/// What an audit row records. Stable names: they are stored and searched.
public enum AuditAction: String, Codable, Sendable, CaseIterable, Hashable {
    case loginSucceeded
    case loginFailed
    /// An account locked by failed sign-ins (before tries were slowed instead; kept for old rows).
    case accountLocked
    case logout
    case twoFactorEnrolled
    case twoFactorFailed
    case twoFactorReset
    case passwordChanged
    case passwordReset
    case accountCreated
    case roleChanged
    case scopeChanged
    case accountDisabled
    case accountEnabled
    case accountUnlocked
    case tokenCreated
    case tokenRevoked
    case territoryCreated
    case personalDataRevealed
    case personalDataExported
    /// A resident opened or downloaded their own record.
    case subjectAccessed
    case dataRequestMade
    case dataRequestDecided
    case residentCorrected
    case residentAnonymised
    case accountLinkedToResident
    case gridUpdated
    case estateCreated
    case buildingMoved
    /// A sheet of residents, buildings or Party members went in.
    case recordsImported
    /// Days of the work calendar were set (a new year's holidays, a local change).
    case calendarChanged
    /// A Party member was given a sign-in account, or made or unmade a branch officer.
    case memberAccountLinked
    /// A community's points catalogue or Party-work settings changed.
    case pointRulesChanged
    /// A points claim was approved or rejected.
    case pointClaimDecided
    /// Points were taken off or a ledger line corrected.
    case pointsAdjusted
    /// A member was exempted from the year's rating.
    case pointsExempted
    /// A branch's quarter was published.
    case pointsPublished
    /// A member changed what their public card shows.
    case cardConsentChanged
    /// A branch confirmed a member's pledge fulfilled.
    case pledgeConfirmed
    /// A vanguard team was set up or its members changed.
    case teamChanged
    /// A meeting of organisational life was scheduled, its roll marked or its minutes written.
    case meetingRecorded
    /// An objection to a quarter's points was answered.
    case objectionAnswered
    /// A volunteer's hours were confirmed and paid into the time bank.
    case volunteerHoursConfirmed
    /// A pioneer post or responsibility zone was set up, or a member given or relieved of one.
    case holdingsChanged
    /// A partner was registered, or an account linked to it.
    case partnerRegistered
    /// A co-building agreement was signed, or one of its commitments fulfilled.
    case agreementRecorded
    /// A match of a need and a resource was accepted as a project.
    case projectAccepted
    /// A child was enrolled in the after-school class, with the guardian's consent.
    case afterSchoolEnrolled
    /// A child was handed over at pick-up.
    case afterSchoolHandedOver
    /// A resident's health record was written at the health station, with their consent.
    case healthRecordWritten
    /// A resident's health record was opened in full.
    case healthRecordRevealed
    /// A resident was added to, or removed from, an aid project's beneficiaries.
    case aidBeneficiariesChanged
    /// Time-bank credits were redeemed, donated or adjusted, or the redemption catalogue changed.
    case timeBankChanged
    /// A volunteer team was set up or its members changed, or the star thresholds were changed.
    case volunteerTeamsChanged
    /// A shared venue was booked or a booking cancelled.
    case venueBooked
    /// A micro-wish was posted, claimed or fulfilled.
    case microWishChanged
    /// A community's star thresholds for volunteers were changed.
    case starThresholdsChanged
    /// A joint meeting with partners was recorded, or its minutes written.
    case jointMeetingRecorded
    /// Figures or the work report were downloaded (a spreadsheet, Markdown or Word).
    case figuresExported
    /// A recurring problem was taken up as a topic for work at the source.
    case topicTakenUp
    /// A record about a person was made: a resident registered; a Party member, a volunteer, a grid worker or a
    /// partner's reporting member added.
    case personRegistered
    /// A Party-member hub (党员中心户) was set up, or households were linked to it.
    case hubChanged
    /// A child left the after-school class.
    case afterSchoolWithdrawn
    /// An aid project's service to named beneficiaries was recorded.
    case aidServiceRecorded
    /// A mediation between named parties was opened on a case.
    case mediationStarted
    /// Failed sign-ins for a username reached the number after which each further try waits.
    case signInThrottled
    /// A street's own database was carried into this one (`doorstep migrate-to`); its audit rows precede this row.
    case databaseCarriedIn
}
