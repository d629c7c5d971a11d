import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@testable import DoorstepServer

@Suite("Open311 GeoReport v2")
struct Open311Tests {
    func post(_ client: any TestClientProtocol, _ format: String, _ fields: [String: String]) async throws -> TestResponse {
        let body = fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&")
        return try await client.execute(
            uri: "/open311/v2/requests.\(format)", method: .post,
            headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: body))
    }

    @Test("services, a posted request read back by id and by token, in JSON and in XML; errors in the standard's form",
          arguments: TestEngine.available)
    func roundTrip(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, territory in
            let services = try await client.execute(uri: "/open311/v2/services.json", method: .get)
            #expect(services.headers[.contentType] == "application/json; charset=utf-8")
            let list = try JSONSerialization.jsonObject(with: Data(buffer: services.body)) as! [[String: Any]]
            let fire = list.first { $0["service_code"] as? String == "L0201" }
            #expect(fire?["service_name"] as? String == "消防通道堵塞" && fire?["group"] as? String == "安全隐患")
            #expect(fire?["metadata"] as? Bool == false && fire?["type"] as? String == "realtime")
            let xml = try await client.execute(uri: "/open311/v2/services.xml", method: .get)
            #expect(xml.text.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?><services><service><service_code>"#))
            let definition = try await client.execute(uri: "/open311/v2/services/L0201.xml", method: .get)
            #expect(definition.text.hasSuffix("<service_definition><service_code>L0201</service_code><attributes></attributes></service_definition>"))

            let refused = try await post(client, "xml", ["service_code": "L0201", "description": "堵了", "api_key": "nonsense"])
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("<errors><error><code>403</code><description>"))

            let key = try await client.token("partner")
            let missing = try await post(client, "json", ["api_key": key, "service_code": "L0201", "jurisdiction_id": TestTerritory.communityA.code])
            #expect(missing.status == .badRequest && missing.text.contains("description"))
            let created = try await post(client, "json", [
                "api_key": key, "service_code": "L0201", "description": "2号楼消防通道 <堆满> & 杂物",
                "jurisdiction_id": TestTerritory.communityA.code, "first_name": "三", "last_name": "张", "phone": "13800138000",
            ])
            #expect(created.status == .created)
            let answer = try JSONSerialization.jsonObject(with: Data(buffer: created.body)) as! [[String: Any]]
            let id = try #require(answer.first?["service_request_id"] as? String)

            let partnerCases = try await client.execute(uri: "/api/v1/cases/\(id)", method: .get, headers: [.authorization: "Bearer \(key)"])
            let trackingCode = try #require(
                (try JSONSerialization.jsonObject(with: Data(buffer: partnerCases.body)) as? [String: Any])?["trackingCode"] as? String)
            let everything = try await client.execute(uri: "/open311/v2/requests.json", method: .get)
            #expect(!everything.text.contains(trackingCode), "the tracking code, which lets its holder rate the case, stays private")
            let one = try await client.execute(uri: "/open311/v2/requests/\(id).json", method: .get)
            let request = (try JSONSerialization.jsonObject(with: Data(buffer: one.body)) as! [[String: Any]])[0]
            #expect(request["status"] as? String == "open" && request["service_code"] as? String == "L0201")
            #expect((request["status_notes"] as? String)?.contains("reported") == true)
            #expect((request["requested_datetime"] as? String)?.hasSuffix("+08:00") == true)
            #expect(!one.text.contains("13800138000") && !one.text.contains("张三"), "no personal data leaves")
            let oneXML = try await client.execute(uri: "/open311/v2/requests/\(id).xml", method: .get)
            #expect(oneXML.text.contains("<description>2号楼消防通道 &lt;堆满&gt; &amp; 杂物</description>"))
            #expect(oneXML.text.contains("<lat/>"))
            let open = try await client.execute(uri: "/open311/v2/requests.json?status=open&service_code=L0201", method: .get)
            #expect(open.text.contains(id))
            let closed = try await client.execute(uri: "/open311/v2/requests.json?status=closed", method: .get)
            #expect(closed.text == "[]")
            let token = try await client.execute(uri: "/open311/v2/tokens/\(id).xml", method: .get)
            #expect(token.text.contains("<service_request_id>\(id)</service_request_id><token>\(id)</token>"))
            let unknown = try await client.execute(uri: "/open311/v2/requests/NOPE.json", method: .get)
            #expect(unknown.status == .notFound && unknown.text.hasPrefix(#"[{"code":404"#))
            let badDate = try await client.execute(uri: "/open311/v2/requests.json?start_date=yesterday", method: .get)
            #expect(badDate.status == .badRequest)
            for path in ["requests.json", "services.json"] {
                let nowhere = try await client.execute(uri: "/open311/v2/\(path)?jurisdiction_id=999999999999", method: .get)
                #expect(nowhere.status == .notFound && nowhere.text.contains("jurisdiction_id 999999999999"), "\(path): not an empty list")
            }
            let ours = try await client.execute(uri: "/open311/v2/requests.json?jurisdiction_id=\(TestTerritory.communityA.code)", method: .get)
            #expect(ours.status == .ok && ours.text.contains(id))

            // A stock client sends no jurisdiction_id: a key scoped to one community reports into it, point or none.
            let unnamed = try await post(client, "json", [
                "api_key": key, "service_code": "L0201", "description": "楼道灯坏了", "lat": "10.0", "long": "10.0",
            ])
            #expect(unnamed.status == .created, "\(unnamed.text)")
            let unnamedID = try #require((try JSONSerialization.jsonObject(with: Data(buffer: unnamed.body)) as? [[String: Any]])?.first?["service_request_id"] as? String)
            let filed = try await client.execute(uri: "/api/v1/cases/\(unnamedID)", method: .get, headers: [.authorization: "Bearer \(key)"])
            #expect(filed.text.contains(#""communityCode":"\#(TestTerritory.communityA.code)""#))
        }
    }
}
