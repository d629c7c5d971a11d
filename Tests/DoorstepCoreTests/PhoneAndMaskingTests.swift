import Testing

@testable import DoorstepCore

@Suite("Phones and masking")
struct PhoneAndMaskingTests {
    @Test("mobiles and landlines are normalised", arguments: [
        ("138 0013 8000", "13800138000"), ("+86 138-0013-8000", "13800138000"), ("8613800138000", "13800138000"),
        ("010-12345678", "010-12345678"), ("(025) 8765 4321", "025-87654321"), ("0571-8765432", "0571-8765432"),
        ("010-12345678 转 123", "010-12345678-123"), ("0755-12345678转123", "0755-12345678-123"),
        // The stored form, as an export writes it, reads back the same.
        ("0755-12345678-123", "0755-12345678-123"),
        // Numbers written in groups are numbers, not extensions.
        ("021-5888-8888", "021-58888888"), ("0571-876-5432", "0571-8765432"),
    ])
    func valid(text: String, normalised: String) throws {
        #expect(try PhoneNumber.parse(text).get().value == normalised)
    }

    @Test("invalid numbers are refused", arguments: [
        "12800138000", "1380013800", "12345678", "010-1234567", "phone", "0010-12345678", "0755-12345678-1234567",
        "138-0013-8000-1",
    ])
    func invalid(text: String) {
        #expect(throws: FieldProblem.phoneFormat) { try PhoneNumber.parse(text).get() }
    }

    @Test("masks as the lecture's pages show them")
    func masks() {
        #expect(Masking.idNumber("110105194912310123") == "110105********0123")
        #expect(Masking.phone("13800138000") == "138****8000")
        #expect(Masking.phone("010-12345678") == "010-******78")
        #expect(Masking.name("张三") == "张*")
        #expect(Masking.name("王小明") == "王**")
        #expect(Masking.name("欧阳娜娜") == "欧阳**")
        #expect(Masking.name("李") == "李")
    }
}

@Suite("Free text on public pages")
struct FreeTextMaskingTests {
    @Test("long digit runs in a description are masked; short numbers and the words around them are kept")
    func freeText() {
        #expect(Masking.freeText("3号楼2单元，电话13812345678，身份证11010519491231002X。") == "3号楼2单元，电话138******78，身份证110*************2X。")
        #expect(Masking.freeText("楼道堆了12个纸箱，2026年") == "楼道堆了12个纸箱，2026年")
    }
}
