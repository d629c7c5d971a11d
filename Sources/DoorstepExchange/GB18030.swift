import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Text in GB 18030, which contains GBK and GB 2312: what Excel on a Chinese Windows saves a plain "CSV" in. Read
/// through the C library's converter on Linux (Foundation there has no GB 18030), Foundation's on Apple systems.
enum GB18030 {
    /// The bytes as text, or nil when they are not GB 18030 (or the system cannot convert it).
    static func decode(_ data: Data) -> String? {
        guard !data.isEmpty else { return "" }
        #if canImport(Glibc)
            let converter = iconv_open("UTF-8", "GB18030")
            guard converter != iconv_t(bitPattern: -1) else { return nil }
            defer { iconv_close(converter) }
            var input = [UInt8](data)
            // One to four bytes of GB 18030 become at most four of UTF-8, and never more than twice as many.
            var output = [UInt8](repeating: 0, count: input.count * 2)
            let written: Int? = input.withUnsafeMutableBytes { source in
                output.withUnsafeMutableBytes { target in
                    var from = source.baseAddress?.assumingMemoryBound(to: CChar.self)
                    var fromLeft = source.count
                    var to = target.baseAddress?.assumingMemoryBound(to: CChar.self)
                    var toLeft = target.count
                    let result = iconv(converter, &from, &fromLeft, &to, &toLeft)
                    return result == size_t.max || fromLeft != 0 ? nil : target.count - toLeft
                }
            }
            guard let written else { return nil }
            return String(decoding: output[..<written], as: UTF8.self)
        #elseif canImport(Darwin)
            let encoding = CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue))
            return String(data: data, encoding: String.Encoding(rawValue: encoding))
        #else
            return nil
        #endif
    }
}
