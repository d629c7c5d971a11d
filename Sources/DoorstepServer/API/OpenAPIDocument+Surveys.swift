extension OpenAPIDocument {
    static let surveysPaths = #"{}"#
}
