/// Writes SVG elements from a name, attributes in the order given and content. Every attribute value is escaped
/// here, so no chart can forget to; an attribute whose value is nil is left out, which keeps optional ones (a dash,
/// a bold weight) on the same line as the rest. Only attributes are written — never `style`, which the pages'
/// content security policy refuses.
enum SVGMarkup {
    static func element(_ name: String, _ attributes: KeyValuePairs<String, String?>, _ content: String? = nil) -> String {
        var markup = "<" + name
        for (key, value) in attributes {
            guard let value else { continue }
            markup += " " + key + "=\"" + ChartText.escape(value) + "\""
        }
        guard let content else { return markup + "/>" }
        return markup + ">" + content + "</" + name + ">"
    }

    /// A `<text>` element whose words are escaped here.
    static func text(_ words: String, _ attributes: KeyValuePairs<String, String?>) -> String {
        element("text", attributes, ChartText.escape(words))
    }

    /// A `<title>` child: browsers show it as a tooltip on the shape it is in, so a reader can check one point.
    static func tooltip(_ words: String) -> String {
        element("title", [:], ChartText.escape(words))
    }
}
