import Foundation
import Hummingbird

/// A GeoReport v2 answer, written as the standard shows it: a JSON array of objects, or XML with a root element
/// holding one element per item, each with its fields in order (snake_case, UTF-8 declared).
struct Open311Document: Sendable {
    enum Value: Sendable {
        case text(String)
        case number(Double)
        case bool(Bool)
        case null
        /// A nested list (a service definition's attributes), written as `<attributes><attribute>…` in XML.
        case list(item: String, [[(String, Value)]])
    }

    enum Format: String, Sendable {
        case json
        case xml
    }

    /// XML root and item element names: `services`/`service`, `service_requests`/`request`, `errors`/`error`.
    var root: String
    var item: String
    var records: [[(String, Value)]]
    /// A single object rather than a list (the service definition).
    var single = false

    func response(_ format: Format, status: HTTPResponse.Status = .ok) -> Response {
        let text = format == .json ? json() : xml()
        let type = format == .json ? "application/json; charset=utf-8" : "text/xml; charset=utf-8"
        return Response(status: status, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    func json() -> String {
        let objects = records.map(Self.object)
        return single ? (objects.first ?? "{}") : "[" + objects.joined(separator: ",") + "]"
    }

    func xml() -> String {
        let body = records.map { record in
            single ? Self.fields(record) : "<\(item)>\(Self.fields(record))</\(item)>"
        }.joined()
        return #"<?xml version="1.0" encoding="UTF-8"?>"# + "<\(root)>\(body)</\(root)>"
    }

    private static func object(_ record: [(String, Value)]) -> String {
        "{" + record.map { "\"\($0.0)\":\(json($0.1))" }.joined(separator: ",") + "}"
    }

    private static func json(_ value: Value) -> String {
        switch value {
        case .text(let text): quoted(text)
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .list(_, let items): "[" + items.map(object).joined(separator: ",") + "]"
        }
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func fields(_ record: [(String, Value)]) -> String {
        record.map { name, value in
            switch value {
            case .null: "<\(name)/>"
            case .list(let item, let items):
                "<\(name)>" + items.map { "<\(item)>\(fields($0))</\(item)>" }.joined() + "</\(name)>"
            case .text(let text): "<\(name)>\(escaped(text))</\(name)>"
            default: "<\(name)>\(json(value))</\(name)>"
            }
        }.joined()
    }

    private static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            // Characters XML 1.0 cannot carry at all are dropped rather than breaking the document.
            case _ where scalar.value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t": break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A GeoReport error list: `[{"code": 400, "description": "…"}]`.
    static func error(_ status: HTTPResponse.Status, _ description: String, format: Format) -> Response {
        Open311Document(
            root: "errors", item: "error",
            records: [[("code", .number(Double(status.code))), ("description", .text(description))]]
        ).response(format, status: status)
    }
}
