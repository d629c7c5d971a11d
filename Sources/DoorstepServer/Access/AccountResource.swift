import DoorstepCore
import Foundation
import Hummingbird

/// An account as the API shows it.
struct AccountResource: ResponseEncodable, Sendable {
    var id: String
    var username: String
    var displayName: String
    var role: Role
    var scope: String
    var language: Language?
    var twoFactorEnabled: Bool
    var disabled: Bool
    var createdAt: Date

    init(_ account: Account) {
        self.id = account.id
        self.username = account.username
        self.displayName = account.displayName
        self.role = account.role
        self.scope = account.scope.description
        self.language = account.language
        self.twoFactorEnabled = account.twoFactorEnabled
        self.disabled = account.disabled
        self.createdAt = account.createdAt
    }
}
