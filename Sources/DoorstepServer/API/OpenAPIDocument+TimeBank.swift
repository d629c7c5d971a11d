extension OpenAPIDocument {
    static let timeBankPaths = #"{}"#
}
