import Mustache
import Testing

@testable import DoorstepServer

@Suite("Pages escape what they show")
struct HTMLEscapingTests {
    static let texts = [
        "", "plain", "楼道堆放杂物，3号楼", "<script>alert('x')</script>", "a & b \"quoted\" 'single'", "&amp; already",
        "emoji 👩‍👩‍👧 < 5", ">>>", "王'<&>\"",
    ]

    @Test("the same text as swift-mustache's own HTML escaping gives, for every kind of text", arguments: texts)
    func sameAsThePackage(text: String) throws {
        let package = try MustacheTemplate(string: "{{v}}").render(["v": text])
        #expect(HTMLEscaping().escapeText(text) == package)
    }

    @Test("every page template escapes what it is given, and shows it once")
    func pagesEscape() {
        let html = PageRenderer().library.render(["message": "<b onclick=\"x\">'2'</b>"], withTemplate: "error") ?? ""
        #expect(html.contains("&lt;b onclick=&quot;x&quot;&gt;&#39;2&#39;&lt;/b&gt;"))
        #expect(!html.contains("<b onclick"))
        #expect(!html.contains("CONTENT_TYPE"))
    }
}
