import Foundation
import Testing

@testable import DoorstepCore

@Suite("Resident input")
struct ResidentInputTests {
    @Test("every bad field is reported at once, each with its reason")
    func everyField() {
        let input = ResidentInput(
            householdID: "h1", name: "", idNumber: "110105194912310021", phone: "12345", relationToHead: "户主",
            residenceStatus: "visitor", careCategories: ["elderlyLivingAlone", "rich"])
        #expect(throws: ValidationFailure([
            FieldError("name", .required),
            FieldError("idNumber", .idNumberCheckCharacter),
            FieldError("phone", .phoneFormat),
            FieldError("residenceStatus", .unknownValue(allowed: ResidenceStatus.allCases.map(\.rawValue))),
            FieldError("careCategories", .unknownValue(allowed: CareCategory.allCases.map(\.rawValue))),
        ])) {
            try input.validated(today: Date(timeIntervalSince1970: 1_795_000_000))
        }
    }

    @Test("other documents are kept as given, without a derived birth date")
    func passport() throws {
        let resident = try ResidentInput(
            householdID: "h1", name: "Anna Müller", idDocumentType: "passport", idNumber: "c01x00t47", relationToHead: "租户",
            residenceStatus: "floating"
        ).validated()
        #expect(resident.idNumber == "C01X00T47")
        #expect(resident.birthDate == nil)
        #expect(resident.phone == nil)
    }

    @Test("the API takes the words a sheet uses as well as the codes")
    func words() throws {
        let resident = try ResidentInput(
            householdID: "h1", name: "张桂英", idDocumentType: "身份证", idNumber: "11010519491231002X", relationToHead: "户主",
            residenceStatus: "户籍", careCategories: ["独居老人", "lowIncome"]
        ).validated(today: Date(timeIntervalSince1970: 1_795_000_000))
        #expect(resident.idDocumentType == .residentIDCard && resident.residenceStatus == .registered)
        #expect(resident.careCategories == [.elderlyLivingAlone, .lowIncome])
        #expect(throws: ValidationFailure([FieldError("residenceStatus", .unknownValue(allowed: ResidenceStatus.allCases.map(\.rawValue)))])) {
            try ResidentInput(
                householdID: "h1", name: "张桂英", idNumber: "11010519491231002X", relationToHead: "户主", residenceStatus: "暂住"
            ).validated(today: Date(timeIntervalSince1970: 1_795_000_000))
        }
    }
}
