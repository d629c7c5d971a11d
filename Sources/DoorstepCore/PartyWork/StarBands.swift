/// A member's star rating for a year (评星定级).
public enum StarRating: Sendable, Codable, Equatable, Hashable {
    /// Exempted by branch decision (aged 70 or more, long-term ill): not rated and not ranked.
    case exempt
    /// Below the lowest band.
    case unqualified
    case stars(Int)
}

/// The bands that turn a year's total into stars, lowest first: each band starts at its minimum total and runs to
/// the next band's. Configured per community, never in code; the default is the common 60 / 70 / 80 / 90 / 96.
public struct StarBands: Sendable, Codable, Equatable, Hashable {
    public struct Band: Sendable, Codable, Equatable, Hashable {
        public var minimum: Int
        public var stars: Int

        public init(minimum: Int, stars: Int) {
            self.minimum = minimum
            self.stars = stars
        }
    }

    public private(set) var bands: [Band]

    public static let standard = StarBands(checked: [
        Band(minimum: 60, stars: 1), Band(minimum: 70, stars: 2), Band(minimum: 80, stars: 3),
        Band(minimum: 90, stars: 4), Band(minimum: 96, stars: 5),
    ])

    private init(checked bands: [Band]) { self.bands = bands }

    /// Reads bands written as `60:1, 70:2, 80:3, 90:4, 96:5` (minimum total : stars), refusing minima or stars
    /// that do not rise, and stars outside 1–5.
    public static func parse(_ text: String, field: String = "starBands") throws(ValidationFailure) -> StarBands {
        var bands: [Band] = []
        for part in text.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == ";" })
        where !part.trimmingCharacters(in: .whitespaces).isEmpty {
            let pieces = part.split(whereSeparator: { $0 == ":" || $0 == "：" }).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard pieces.count == 2, let minimum = Int(pieces[0]), let stars = Int(pieces[1]) else {
                throw ValidationFailure([FieldError(field, .notANumber)])
            }
            guard (1...5).contains(stars) else { throw ValidationFailure([FieldError(field, .tooLarge(maximum: 5))]) }
            if let last = bands.last, minimum <= last.minimum || stars <= last.stars {
                throw ValidationFailure([FieldError(field, .tooSmall(minimum: last.minimum + 1))])
            }
            bands.append(Band(minimum: minimum, stars: stars))
        }
        guard !bands.isEmpty else { throw ValidationFailure([FieldError(field, .required)]) }
        return StarBands(checked: bands)
    }

    /// The bands as `parse` reads them.
    public var text: String { bands.map { "\($0.minimum):\($0.stars)" }.joined(separator: ", ") }

    /// The rating a year's total earns; `exempt` members are not rated at all.
    public func rating(total: Int, exempt: Bool = false) -> StarRating {
        if exempt { return .exempt }
        guard let band = bands.last(where: { total >= $0.minimum }) else { return .unqualified }
        return .stars(band.stars)
    }
}

/// A community's settings for Party work: the base every member starts the year with, the star bands, and how
/// often each linked household should be visited.
public struct PartyWorkSettings: Sendable, Codable, Equatable, Hashable {
    public var basePoints: Int
    public var starBands: StarBands
    /// Each linked household at least once in this many days (a quarter by default).
    public var visitIntervalDays: Int
    /// How long after a quarter's publication members may object.
    public var objectionDays: Int

    public static let standard = PartyWorkSettings(basePoints: 60, starBands: .standard, visitIntervalDays: 90, objectionDays: 7)

    public init(basePoints: Int, starBands: StarBands, visitIntervalDays: Int, objectionDays: Int) {
        self.basePoints = basePoints
        self.starBands = starBands
        self.visitIntervalDays = visitIntervalDays
        self.objectionDays = objectionDays
    }

    public func validate() throws(ValidationFailure) {
        var validator = Validator()
        if !(0...100).contains(basePoints) { validator.check("basePoints", basePoints < 0 ? .tooSmall(minimum: 0) : .tooLarge(maximum: 100)) }
        if !(7...366).contains(visitIntervalDays) {
            validator.check("visitIntervalDays", visitIntervalDays < 7 ? .tooSmall(minimum: 7) : .tooLarge(maximum: 366))
        }
        if !(1...30).contains(objectionDays) {
            validator.check("objectionDays", objectionDays < 1 ? .tooSmall(minimum: 1) : .tooLarge(maximum: 30))
        }
        try validator.throwIfAny()
    }
}

/// One member's year: the base, what the ledger adds, the total and the stars it earns.
public struct MemberYear: Sendable, Codable, Equatable, Hashable {
    public var memberID: String
    public var memberName: String
    public var orgID: String
    public var year: Int
    public var base: Int
    public var earned: Int
    public var exempt: Bool
    public var rating: StarRating

    public init(memberID: String, memberName: String, orgID: String, year: Int, base: Int, earned: Int, exempt: Bool, bands: StarBands) {
        self.memberID = memberID
        self.memberName = memberName
        self.orgID = orgID
        self.year = year
        self.base = base
        self.earned = earned
        self.exempt = exempt
        self.rating = bands.rating(total: base + earned, exempt: exempt)
    }

    public var total: Int { base + earned }
}

extension MemberYear {
    /// The place of each line of a ranking given highest first: equal totals share a place and the next place skips
    /// as many (1, 2, 2, 4), as a ranking read aloud at a meeting does; exempted members have none.
    public static func places(of ranking: [MemberYear]) -> [Int?] {
        var places: [Int?] = []
        var ranked = 0
        var previous: (total: Int, place: Int)?
        for line in ranking {
            guard !line.exempt else {
                places.append(nil)
                continue
            }
            ranked += 1
            let place = previous.map { $0.total == line.total ? $0.place : ranked } ?? ranked
            places.append(place)
            previous = (line.total, place)
        }
        return places
    }
}
