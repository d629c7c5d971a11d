import DoorstepCore
import Foundation

extension DemoSeeder {
    /// Six buildings of three units, seven floors and two flats a floor; one to four people a household.
    func seedRegistry(
        of grid: Grid, place: DemoMap, estateID: String?, county: String, names: inout DemoNames, by admin: Principal
    ) async throws -> (households: Int, residents: Int) {
        var people: [NewResident] = []
        var households = 0
        let road = names.roadName()
        for number in 1...6 {
            let location = place.building(number)
            let building = try await store.buildings.createBuilding(
                gridCode: grid.code, name: "\(number)号楼", address: "\(road) \(number * 2 + 1) 号",
                latitude: location.latitude, longitude: location.longitude, estateID: estateID, by: admin)
            for unit in 1...3 {
                for floor in 1...7 {
                    for flat in 1...2 {
                        let household = try await store.buildings.createHousehold(
                            buildingID: building.id, unit: "\(unit)单元", room: "\(floor)0\(flat)", by: admin)
                        households += 1
                        people += family(in: household.id, county: county, names: &names)
                    }
                }
            }
        }
        _ = try await store.residents.createAll(people, by: admin)
        return (households, people.count)
    }

    private func family(in householdID: String, county: String, names: inout DemoNames) -> [NewResident] {
        let size = [1, 2, 2, 3, 3, 3, 4][names.number(in: 0...6)]
        let head = names.personName()
        let surname = String(head.prefix(1))
        let headAge = size == 1 ? names.number(in: 60...92) : names.number(in: 30...75)
        var members: [(String, String, Int, Sex)] = [(head, "户主", headAge, names.number(in: 0...1) == 0 ? .male : .female)]
        if size >= 2 {
            members.append((names.personName(), "配偶", headAge + names.number(in: -4...4), members[0].3 == .male ? .female : .male))
        }
        for _ in 2..<max(size, 2) {
            members.append((surname + names.givenName(), "子女", max(headAge - names.number(in: 24...34), 1), names.number(in: 0...1) == 0 ? .male : .female))
        }
        return members.map { name, relation, age, sex in
            let born = 2026 - age
            let id = names.idNumber(county: county, years: born...born, sex: sex)
            let parsed = try! IDNumber.parse(id).get()
            let birth = parsed.birthDate
            let alone = size == 1 && age >= 70
            return NewResident(
                householdID: householdID, name: name, idDocumentType: .residentIDCard, idNumber: id,
                phone: age >= 14 ? names.mobile() : nil, sex: sex,
                birthDate: String(format: "%04d-%02d-%02d", birth.year!, birth.month!, birth.day!),
                relationToHead: relation, residenceStatus: names.number(in: 0...9) < 7 ? .registered : .permanent,
                careCategories: alone ? [.elderlyLivingAlone] : [])
        }
    }
}
