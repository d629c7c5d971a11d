/// A closed set of values a client names by code (`urgent`, `dispute`). Decoding an unknown code throws a
/// `ValidationFailure` naming the field and every code allowed, so the API answers 422 with the choices rather than a
/// bare 400 for a malformed body.
public protocol NamedValues: CaseIterable, RawRepresentable, Decodable where RawValue == String {}

extension NamedValues {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let code = try? container.decode(String.self) else {
            throw ValidationFailure([FieldError(FieldPath.name(decoder.codingPath), .wrongType(expected: .text))])
        }
        guard let value = Self(rawValue: code) else {
            throw ValidationFailure([
                FieldError(FieldPath.name(decoder.codingPath), .unknownValue(allowed: Self.allCases.map(\.rawValue)))
            ])
        }
        self = value
    }
}

/// The kinds of JSON value a field may expect.
public enum JSONKind: String, Sendable, Codable, Hashable {
    case text
    case number
    case boolean
    case list
    case object
}

/// A field's name as a client wrote it in a JSON body: `parties[1].side`.
public enum FieldPath {
    public static func name(_ path: [any CodingKey]) -> String {
        path.reduce(into: "") { name, key in
            if let index = key.intValue {
                name += "[\(index)]"
            } else {
                name += (name.isEmpty ? "" : ".") + key.stringValue
            }
        }
    }
}
