import DoorstepStore

extension AuthStore {
    /// Admits one public submission from the request's address, or refuses it (429, with when to try again)
    /// in the route's own format.
    func admitPublicPost(_ context: AppRequestContext) async throws {
        if let until = try await admitPublicPost(from: context.clientAddress) { throw AppError.tooManyAttempts(until: until) }
    }
}
