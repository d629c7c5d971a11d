import Foundation
import Testing

@testable import DoorstepCore

@Suite("ID numbers (GB 11643)")
struct IDNumberTests {
    static let today = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18

    @Test("accepts valid numbers and normalises a lower-case x", arguments: [
        "11010519491231002X", "11010519491231002x", "320106198802290033", " 440304200001010017 ", "110105202402294565",
    ])
    func valid(text: String) throws {
        let number = try IDNumber.parse(text, today: Self.today).get()
        #expect(number.value == text.trimmingCharacters(in: .whitespaces).uppercased())
    }

    @Test("derives birth date and sex")
    func derived() throws {
        let woman = try IDNumber.parse("11010519491231002X", today: Self.today).get()
        #expect(woman.birthDate == DateComponents(year: 1949, month: 12, day: 31))
        #expect(woman.sex == .female)
        let man = try IDNumber.parse("320106198802290033", today: Self.today).get()
        #expect(man.sex == .male)
        #expect(man.birthDate == DateComponents(year: 1988, month: 2, day: 29))
        #expect(man.areaCode == "320106")
    }

    @Test("names the reason a number is refused")
    func refused() {
        #expect(IDNumber.parse("1101051949123100", today: Self.today) == .failure(.idNumberLength))
        #expect(IDNumber.parse("11010519491231002Y", today: Self.today) == .failure(.idNumberCharacters))
        #expect(IDNumber.parse("110105194912310021", today: Self.today) == .failure(.idNumberCheckCharacter))
        // 1989 was not a leap year; 2030 has not come yet; 1890 is before any living holder.
        #expect(IDNumber.parse(withCheck("32010619890229003"), today: Self.today) == .failure(.idNumberBirthDate))
        #expect(IDNumber.parse(withCheck("32010620300101003"), today: Self.today) == .failure(.idNumberBirthDate))
        #expect(IDNumber.parse(withCheck("32010618900101003"), today: Self.today) == .failure(.idNumberBirthDate))
        #expect(IDNumber.parse(withCheck("32010619881301003"), today: Self.today) == .failure(.idNumberBirthDate))
    }

    @Test("unknown area codes are accepted: retired codes stay valid")
    func unknownArea() {
        #expect((try? IDNumber.parse(withCheck("99999919800101123"), today: Self.today).get()) != nil)
    }

    @Test("shows itself masked")
    func masked() throws {
        #expect(try IDNumber.parse("11010519491231002X", today: Self.today).get().description == "110105********002X")
    }

    @Test("a masked number from an export and a number Excel made of the cell are named for what they are")
    func officeMistakes() {
        #expect(IDNumber.parse("110105********002X") == .failure(.maskedValue))
        #expect(IDNumber.parse("1.10105194912310E+17") == .failure(.storedAsNumber))
        #expect(IDNumber.parse("1.1E17") == .failure(.storedAsNumber))
        guard case .failure(.maskedValue) = PhoneNumber.parse("138****8000") else {
            Issue.record("a masked phone is not named as masked")
            return
        }
    }

    func withCheck(_ seventeen: String) -> String {
        seventeen + String(IDNumber.checkCharacter(for: seventeen))
    }
}

extension Result where Success == IDNumber, Failure == FieldProblem {
    static func == (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.success(let a), .success(let b)): a == b
        case (.failure(let a), .failure(let b)): a == b
        default: false
        }
    }
}
