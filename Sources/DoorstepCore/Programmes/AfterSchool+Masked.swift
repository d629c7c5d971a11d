/// What leaves the store about the adults around a child: names masked like every other name on a list (`王*`), as
/// the children's are. The full names stay in the database, where the hand-over compares the name given at the door.
extension AfterSchoolEnrolment {
    public var masked: AfterSchoolEnrolment {
        var copy = self
        copy.guardianName = Masking.name(guardianName)
        copy.pickUps = pickUps.map(\.masked)
        return copy
    }
}

extension AfterSchoolPickUp {
    public var masked: AfterSchoolPickUp {
        var copy = self
        copy.name = Masking.name(name)
        return copy
    }
}

extension AfterSchoolHandOver {
    public var masked: AfterSchoolHandOver {
        var copy = self
        copy.collectorName = Masking.name(collectorName)
        copy.signature = Masking.name(signature)
        return copy
    }
}
