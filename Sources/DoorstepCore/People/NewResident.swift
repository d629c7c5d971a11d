import Foundation

/// A resident as entered on a form or in an import row, before checking.
public struct ResidentInput: Sendable, Codable, Equatable {
    public var householdID: String?
    public var name: String?
    public var idDocumentType: String?
    public var idNumber: String?
    public var phone: String?
    public var relationToHead: String?
    public var residenceStatus: String?
    public var careCategories: [String]?

    public init(
        householdID: String? = nil, name: String? = nil, idDocumentType: String? = nil, idNumber: String? = nil,
        phone: String? = nil, relationToHead: String? = nil, residenceStatus: String? = nil,
        careCategories: [String]? = nil
    ) {
        self.householdID = householdID
        self.name = name
        self.idDocumentType = idDocumentType
        self.idNumber = idNumber
        self.phone = phone
        self.relationToHead = relationToHead
        self.residenceStatus = residenceStatus
        self.careCategories = careCategories
    }

    /// Checks every field and returns the resident to store, or every problem at once.
    public func validated(today: Date = Date()) throws(ValidationFailure) -> NewResident {
        var validator = Validator()
        validator.text("householdID", householdID, maximum: 64)
        validator.text("name", name, maximum: 50)
        // Codes or the words a sheet uses (户籍, 身份证, 独居老人): the API takes what the import takes.
        let typeText = (idDocumentType ?? IDDocumentType.residentIDCard.rawValue).trimmedOfSpaces
        let type = IDDocumentType(rawValue: typeText) ?? ResidentSheet.documentTypeWords[typeText]
        if type == nil {
            validator.check("idDocumentType", .unknownValue(allowed: IDDocumentType.allCases.map(\.rawValue)))
        }
        var normalizedID = ""
        var sex: Sex?
        var birthDate: String?
        let rawID = (idNumber ?? "").trimmedOfSpaces
        if rawID.isEmpty {
            validator.check("idNumber", .required)
        } else if type == .residentIDCard {
            switch IDNumber.parse(rawID, today: today) {
            case .success(let number):
                normalizedID = number.value
                sex = number.sex
                let birth = number.birthDate
                birthDate = CalendarDay(birth.year!, birth.month!, birth.day!).description
            case .failure(let problem):
                validator.check("idNumber", problem)
            }
        } else {
            normalizedID = rawID.uppercased()
            if normalizedID.count > 32 { validator.check("idNumber", .tooLong(maximum: 32)) }
        }
        var normalizedPhone: String?
        if let phone, !phone.trimmedOfSpaces.isEmpty {
            switch PhoneNumber.parse(phone) {
            case .success(let number): normalizedPhone = number.value
            case .failure(let problem): validator.check("phone", problem)
            }
        }
        validator.text("relationToHead", relationToHead, maximum: 20)
        let statusText = (residenceStatus ?? "").trimmedOfSpaces
        let status = ResidenceStatus(rawValue: statusText) ?? ResidentSheet.residenceStatusWords[statusText]
        if status == nil {
            validator.check(
                "residenceStatus",
                (residenceStatus ?? "").isEmpty ? .required : .unknownValue(allowed: ResidenceStatus.allCases.map(\.rawValue)))
        }
        var care: [CareCategory] = []
        for name in careCategories ?? [] {
            if let category = CareCategory(rawValue: name) ?? ResidentSheet.careWords[name.trimmedOfSpaces] {
                care.append(category)
            } else {
                validator.check("careCategories", .unknownValue(allowed: CareCategory.allCases.map(\.rawValue)))
            }
        }
        try validator.throwIfAny()
        return NewResident(
            householdID: householdID!.trimmedOfSpaces,
            name: name!.trimmedOfSpaces, idDocumentType: type!, idNumber: normalizedID,
            phone: normalizedPhone, sex: sex, birthDate: birthDate,
            relationToHead: relationToHead!.trimmedOfSpaces, residenceStatus: status!,
            careCategories: care)
    }
}

/// A checked resident, ready to store: normalised ID number and phone, derived sex and birth date.
public struct NewResident: Sendable, Equatable {
    public var householdID: String
    public var name: String
    public var idDocumentType: IDDocumentType
    public var idNumber: String
    public var phone: String?
    public var sex: Sex?
    public var birthDate: String?
    public var relationToHead: String
    public var residenceStatus: ResidenceStatus
    public var careCategories: [CareCategory]

    public init(
        householdID: String, name: String, idDocumentType: IDDocumentType, idNumber: String, phone: String?, sex: Sex?,
        birthDate: String?, relationToHead: String, residenceStatus: ResidenceStatus, careCategories: [CareCategory]
    ) {
        self.householdID = householdID
        self.name = name
        self.idDocumentType = idDocumentType
        self.idNumber = idNumber
        self.phone = phone
        self.sex = sex
        self.birthDate = birthDate
        self.relationToHead = relationToHead
        self.residenceStatus = residenceStatus
        self.careCategories = careCategories
    }
}
