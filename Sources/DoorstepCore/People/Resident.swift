import Foundation

/// How a person lives in the community (户籍 / 常住 / 流动).
public enum ResidenceStatus: String, Sendable, Codable, CaseIterable, Hashable {
    /// 户籍: registered here.
    case registered
    /// 常住: living here, registered elsewhere.
    case permanent
    /// 流动: living here for a while.
    case floating
}

/// The kinds of identity document a resident may give.
public enum IDDocumentType: String, Sendable, Codable, CaseIterable, Hashable {
    /// 居民身份证, checked against GB 11643.
    case residentIDCard
    /// 港澳居民来往内地通行证, 台湾居民来往大陆通行证, passports: kept as given.
    case travelPermit
    case passport
}

/// Care categories (关爱对象). Sensitive: sealed at rest and shown only to roles that need them.
public enum CareCategory: String, Sendable, Codable, CaseIterable, Hashable {
    case elderlyLivingAlone
    case disabled
    case lowIncome
    case childInHardship
}

/// A person as the registry holds them. Sensitive fields are never in this type in clear: the store hands out
/// masked values, and the full value only through a reveal.
public struct Resident: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var householdID: String
    public var gridCode: String
    public var name: String
    public var idDocumentType: IDDocumentType
    /// Masked, e.g. `110105********0123`.
    public var idNumberMasked: String
    /// Masked, e.g. `138****8000`; nil when none was given.
    public var phoneMasked: String?
    public var sex: Sex?
    /// The decade of life, `70-79`: enough for care and counts. The birth date itself is sealed (with the masked ID
    /// number it would give the whole number back) and shown only through a reveal.
    public var ageBand: String?
    /// The year of birth, for the office's own counts; never sent (with the masked ID number and the check
    /// character it narrows the number to a few dozen).
    public var birthYear: Int?
    public var relationToHead: String
    public var residenceStatus: ResidenceStatus
    /// Whether any care category is recorded; the categories themselves need a reveal.
    public var hasCareCategories: Bool

    public init(
        id: String, householdID: String, gridCode: String, name: String, idDocumentType: IDDocumentType,
        idNumberMasked: String, phoneMasked: String?, sex: Sex?, birthYear: Int?, ageBand: String?, relationToHead: String,
        residenceStatus: ResidenceStatus, hasCareCategories: Bool
    ) {
        self.id = id
        self.householdID = householdID
        self.gridCode = gridCode
        self.name = name
        self.idDocumentType = idDocumentType
        self.idNumberMasked = idNumberMasked
        self.phoneMasked = phoneMasked
        self.sex = sex
        self.birthYear = birthYear
        self.ageBand = ageBand
        self.relationToHead = relationToHead
        self.residenceStatus = residenceStatus
        self.hasCareCategories = hasCareCategories
    }

    enum CodingKeys: String, CodingKey {
        case id, householdID, gridCode, name, idDocumentType, idNumberMasked, phoneMasked, sex, ageBand, relationToHead
        case residenceStatus, hasCareCategories
    }

    /// The decade of life of someone born in `birthYear`, in `year`: `70-79`.
    public static func ageBand(bornIn birthYear: Int?, in year: Int) -> String? {
        guard let birthYear, birthYear <= year else { return nil }
        let decade = (year - birthYear) / 10 * 10
        return "\(decade)-\(decade + 9)"
    }
}
