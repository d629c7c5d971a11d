/// Names for the demo community, put together by Doorstep itself: common surnames and given-name characters,
/// and place names built from ordinary words, so the demo reads like a real community without copying one.
public struct DemoNames: Sendable {
    public var generator: SeededGenerator

    public init(seed: UInt64) {
        self.generator = SeededGenerator(seed: seed)
    }

    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢")
    static let givenCharacters = Array("建国华明丽芳军伟秀英敏静强磊洋勇艳杰娟涛超霞平刚桂兰玉珍红梅德志文斌海燕鹏浩宇欣怡子涵晨雪佳琪俊峰")
    public static let placeFirst = ["清河", "长宁", "安华", "和平", "金桥", "望江", "东湖", "翠屏", "青云", "南湖", "福寿", "光明"]
    public static let communityWords = ["幸福里", "桂花园", "朝阳新村", "青石巷", "梧桐苑", "锦绣", "康乐", "丰收", "向阳", "春晖"]
    static let gridOrdinals = ["第一", "第二", "第三", "第四", "第五", "第六"]
    /// County-level division codes used as the first six digits of demo codes.
    static let countyCodes = ["320106", "330106", "420106", "510107", "370102", "440106"]

    /// A person's name: a surname and one or two given characters.
    public mutating func personName() -> String {
        let surname = Self.surnames.randomElement(using: &generator)!
        let length = Int.random(in: 1...2, using: &generator)
        let given = (0..<length).map { _ in Self.givenCharacters.randomElement(using: &generator)! }
        return String(surname) + String(given)
    }

    /// A street: its 9-digit code and name.
    public mutating func street() -> Street {
        let county = Self.countyCodes.randomElement(using: &generator)!
        let township = String(format3(Int.random(in: 1...20, using: &generator)))
        return Street(code: county + township, name: Self.placeFirst.randomElement(using: &generator)! + "街道")
    }

    /// `count` communities of `street`, with distinct names.
    public mutating func communities(of street: Street, count: Int) -> [Community] {
        let words = Self.communityWords.shuffled(using: &generator).prefix(count)
        return words.enumerated().map { index, word in
            Community(code: street.code + format3(index + 1), streetCode: street.code, name: word + "社区")
        }
    }

    /// `count` grids of `community`.
    public func grids(of community: Community, count: Int) -> [Grid] {
        (0..<count).map { index in
            Grid(
                code: community.code + format3(index + 1), communityCode: community.code,
                name: Self.gridOrdinals[index % Self.gridOrdinals.count] + "网格")
        }
    }

    /// A valid 18-digit ID number for someone born in `years`, issued in `county`.
    public mutating func idNumber(county: String, years: ClosedRange<Int>, sex: Sex) -> String {
        let year = Int.random(in: years, using: &generator)
        let month = Int.random(in: 1...12, using: &generator)
        let day = Int.random(in: 1...28, using: &generator)
        var sequence = Int.random(in: 0...998, using: &generator)
        if (sequence % 2 == 1) != (sex == .male) { sequence += 1 }
        let body = county + String(format: "%04d%02d%02d%03d", year, month, day, sequence)
        return body + String(IDNumber.checkCharacter(for: body))
    }

    /// A road name for building addresses.
    public mutating func roadName() -> String {
        Self.placeFirst.randomElement(using: &generator)! + "路"
    }

    /// A mobile number on one of the common prefixes.
    public mutating func mobile() -> String {
        let prefix = ["133", "135", "136", "138", "139", "150", "152", "158", "177", "186", "188", "199"]
            .randomElement(using: &generator)!
        return prefix + String(format: "%08d", Int.random(in: 0...99_999_999, using: &generator))
    }

    /// A given name alone, for family members who share the head's surname.
    public mutating func givenName() -> String {
        let length = Int.random(in: 1...2, using: &generator)
        return String((0..<length).map { _ in Self.givenCharacters.randomElement(using: &generator)! })
    }

    /// A number in `range`, from the same seeded sequence as the names.
    public mutating func number(in range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &generator)
    }

    private func format3(_ number: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, 3 - text.count)) + text
    }
}
