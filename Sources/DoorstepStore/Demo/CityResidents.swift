import DoorstepCore
import Foundation

/// The city's people: a household's first member is its head, the second the spouse, the rest children. The ID
/// number is unique by construction — the birth date runs through eighty years by the resident's number and the
/// sequence counts the laps — so a million residents never collide, and it always passes the registry's check.
enum CityResidents {
    /// A county code the demo's streets never use (`DemoNames.countyCodes`).
    static let county = "110105"
    static let firstBirthDay = CalendarDay(1940, 1, 1)
    static let birthDays = 80 * 365

    static func resident(number: Int, member: Int, in household: String, names: inout DemoNames) -> NewResident {
        let lap = number / birthDays
        let born = firstBirthDay.adding(days: number % birthDays)
        let male = number % 2 == 0
        let body = county + String(format: "%04d%02d%02d%03d", born.year, born.month, born.day, lap * 2 + (male ? 1 : 0))
        let id = body + String(IDNumber.checkCharacter(for: body))
        return NewResident(
            householdID: household, name: names.personName(), idDocumentType: .residentIDCard, idNumber: id,
            phone: born.year <= 2012 ? names.mobile() : nil, sex: male ? .male : .female,
            birthDate: String(format: "%04d-%02d-%02d", born.year, born.month, born.day),
            relationToHead: member == 0 ? "户主" : member == 1 ? "配偶" : "子女",
            residenceStatus: number % 10 < 7 ? .registered : .permanent, careCategories: [])
    }
}
