import DoorstepCore
import Hummingbird

extension Street: ResponseEncodable {}
extension Community: ResponseEncodable {}
extension Grid: ResponseEncodable {}
