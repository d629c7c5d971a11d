import Mustache

// Texts and links in a page model render as themselves. Without these, mustache asks of every value whether it is a
// template, a lambda or an optional before printing it through `String(describing:)`, each question a search of
// Swift's table of conformances, for every name of every card. A section is unchanged: neither is ever null, so it
// opens its section as before.

extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}

extension Link: MustacheCustomRenderable {
    var renderText: String { url }
    var isNull: Bool { false }
}
