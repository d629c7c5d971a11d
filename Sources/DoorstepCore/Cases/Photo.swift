import Foundation

/// A photo attached to a case, cleaned of everything but the picture: phones write the place a photo was taken
/// into it, and a resident's report must not give away where they live or stood. JPEG keeps only its orientation
/// (so the picture still shows upright); PNG and WebP lose their metadata chunks.
public struct Photo: Sendable, Equatable {
    public enum Format: String, Sendable, Codable, Hashable {
        case jpeg = "image/jpeg"
        case png = "image/png"
        case webp = "image/webp"
    }

    public var format: Format
    public var bytes: [UInt8]

    /// The largest photo accepted, before cleaning.
    public static let maximumBytes = 8 * 1024 * 1024
    /// The most photos on one step (a report, or the handler's feedback).
    public static let maximumPerStep = 6

    /// Checks and cleans an upload; throws `photoFormat` for anything that is not a well-formed image of the three
    /// kinds, and `photoTooLarge` over the limit.
    public init(checking upload: [UInt8]) throws(FieldProblem) {
        guard upload.count <= Self.maximumBytes else {
            throw .photoTooLarge(maximumMegabytes: Self.maximumBytes / 1024 / 1024)
        }
        if upload.starts(with: [0xFF, 0xD8, 0xFF]) {
            guard let cleaned = PhotoCleaning.jpeg(upload) else { throw .photoFormat }
            self.init(format: .jpeg, bytes: cleaned)
        } else if upload.starts(with: PhotoCleaning.pngSignature) {
            guard let cleaned = PhotoCleaning.png(upload) else { throw .photoFormat }
            self.init(format: .png, bytes: cleaned)
        } else if upload.count >= 12, upload.starts(with: Array("RIFF".utf8)), Array(upload[8..<12]) == Array("WEBP".utf8) {
            guard let cleaned = PhotoCleaning.webp(upload) else { throw .photoFormat }
            self.init(format: .webp, bytes: cleaned)
        } else {
            throw .photoFormat
        }
    }

    public init(format: Format, bytes: [UInt8]) {
        self.format = format
        self.bytes = bytes
    }
}

/// The byte surgery behind `Photo`. Each returns nil when the structure is broken.
enum PhotoCleaning {
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Drops every APPn segment but JFIF (APP0), the colour profile (APP2) and Adobe's (APP14), and comments; an
    /// Exif block is replaced by one holding the orientation alone.
    static func jpeg(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = [0xFF, 0xD8]
        var index = 2
        while index + 4 <= bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF { index += 1; continue }  // fill byte
            let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            guard length >= 2, index + 2 + length <= bytes.count else { return nil }
            let segment = bytes[index..<(index + 2 + length)]
            if marker == 0xDA {  // start of scan: the picture itself, copied to the end
                out += bytes[index...]
                return out
            }
            switch marker {
            case 0xE1:
                if let orientation = exifOrientation(Array(segment.dropFirst(4))) { out += orientationSegment(orientation) }
            case 0xE3...0xED, 0xEF, 0xFE:
                break
            default:
                out += segment
            }
            index += 2 + length
        }
        return nil
    }

    /// The orientation (1–8) in an Exif block's first directory, if it has one other than upright.
    static func exifOrientation(_ payload: [UInt8]) -> UInt16? {
        guard payload.count > 14, payload.starts(with: Array("Exif".utf8) + [0, 0]) else { return nil }
        let tiff = Array(payload.dropFirst(6))
        let little: Bool
        switch (tiff[0], tiff[1]) {
        case (0x49, 0x49): little = true
        case (0x4D, 0x4D): little = false
        default: return nil
        }
        func u16(_ at: Int) -> Int? {
            guard at >= 0, at + 2 <= tiff.count else { return nil }
            return little ? Int(tiff[at]) | Int(tiff[at + 1]) << 8 : Int(tiff[at]) << 8 | Int(tiff[at + 1])
        }
        func u32(_ at: Int) -> Int? {
            guard let high = u16(little ? at + 2 : at), let low = u16(little ? at : at + 2) else { return nil }
            return high << 16 | low
        }
        guard let directory = u32(4), let count = u16(directory) else { return nil }
        for entry in 0..<min(count, 512) {
            let at = directory + 2 + entry * 12
            guard let tag = u16(at) else { return nil }
            if tag == 0x0112, let value = u16(at + 8), (2...8).contains(value) { return UInt16(value) }
        }
        return nil
    }

    /// A minimal big-endian Exif APP1 segment with one entry: the orientation.
    static func orientationSegment(_ orientation: UInt16) -> [UInt8] {
        let tiff: [UInt8] =
            [0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08]  // header, first directory at 8
            + [0x00, 0x01]  // one entry
            + [0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, UInt8(orientation >> 8), UInt8(orientation & 0xFF), 0x00, 0x00]
            + [0x00, 0x00, 0x00, 0x00]  // no next directory
        let payload = Array("Exif".utf8) + [0, 0] + tiff
        let length = payload.count + 2
        return [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
    }

    /// Drops the text, time and Exif chunks.
    static func png(_ bytes: [UInt8]) -> [UInt8]? {
        let dropped: Set<String> = ["eXIf", "tEXt", "zTXt", "iTXt", "tIME"]
        var out = pngSignature
        var index = pngSignature.count
        while index + 12 <= bytes.count {
            let length = Int(bytes[index]) << 24 | Int(bytes[index + 1]) << 16 | Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            guard length <= bytes.count, index + 12 + length <= bytes.count else { return nil }
            let type = String(decoding: bytes[(index + 4)..<(index + 8)], as: UTF8.self)
            if !dropped.contains(type) { out += bytes[index..<(index + 12 + length)] }
            index += 12 + length
            if type == "IEND" { return out }
        }
        return nil
    }

    /// Drops the EXIF and XMP chunks, clears their flags in the extended header, and fixes the RIFF size.
    static func webp(_ bytes: [UInt8]) -> [UInt8]? {
        var chunks: [UInt8] = []
        var index = 12
        while index + 8 <= bytes.count {
            let fourCC = String(decoding: bytes[index..<(index + 4)], as: UTF8.self)
            let size = Int(bytes[index + 4]) | Int(bytes[index + 5]) << 8 | Int(bytes[index + 6]) << 16 | Int(bytes[index + 7]) << 24
            let padded = size + size % 2
            guard size <= bytes.count, index + 8 + size <= bytes.count else { return nil }
            var chunk = Array(bytes[index..<min(bytes.count, index + 8 + padded)])
            if chunk.count < 8 + padded { chunk += [0] }
            if fourCC == "VP8X", chunk.count > 8 { chunk[8] &= ~UInt8(0x0C) }
            if fourCC != "EXIF" && fourCC != "XMP " { chunks += chunk }
            index += 8 + padded
        }
        guard !chunks.isEmpty else { return nil }
        let size = UInt32(chunks.count + 4)
        return Array("RIFF".utf8) + [UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 24)]
            + Array("WEBP".utf8) + chunks
    }
}
