/// The words of partners, co-building agreements and the three lists in English.
extension Catalog {
    static let enPartners: [String: String] = [
        "problem_consentRequired": "This needs the consent of the person or their guardian first.",
        "problem_notAuthorised": "This person is not on the authorised list.",
        "problem_notOpen": "This is not open at the moment.",
        "problem_dayFormat": "Not a valid date (such as 2027-03-01).",
        "problem_beforeStart": "Cannot be before the start.",
        "action_partnerRegistered": "Partner registered",
        "action_agreementRecorded": "Co-building agreement recorded",
        "action_projectAccepted": "Match accepted as a project",
    ]
}
