import Testing

@testable import DoorstepCore

@Suite("Photos")
struct PhotoTests {
    /// A JPEG whose Exif block holds an orientation (6, turned) and a GPS pointer with coordinates after it.
    func jpegWithLocation() -> [UInt8] {
        let gps = Array("GPS-39.9087N-116.3975E".utf8)
        let tiff: [UInt8] =
            [0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00, 0x02, 0x00]
            + [0x12, 0x01, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00]
            + [0x25, 0x88, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00, 0x26, 0x00, 0x00, 0x00]
            + [0x00, 0x00, 0x00, 0x00] + gps
        let exif = Array("Exif".utf8) + [0, 0] + tiff
        let app1 = [0xFF, 0xE1, UInt8((exif.count + 2) >> 8), UInt8((exif.count + 2) & 0xFF)] + exif
        let app0: [UInt8] = [0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
        let comment: [UInt8] = [0xFF, 0xFE, 0x00, 0x07] + Array("home!".utf8)
        let scan: [UInt8] = [0xFF, 0xDA, 0x00, 0x02, 0x12, 0x34, 0x56, 0xFF, 0xD9]
        return [0xFF, 0xD8] + app0 + app1 + comment + scan
    }

    func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let bytes = Array(needle.utf8)
        return haystack.indices.contains { haystack[$0...].starts(with: bytes) }
    }

    @Test("a JPEG loses its location and comments but keeps its orientation and picture")
    func jpeg() throws {
        let photo = try Photo(checking: jpegWithLocation())
        #expect(photo.format == .jpeg)
        #expect(!contains(photo.bytes, "GPS") && !contains(photo.bytes, "home"))
        #expect(contains(photo.bytes, "JFIF"))
        let exif = photo.bytes.firstIndex(of: 0xE1).map { Array(photo.bytes[($0 + 3)...]) } ?? []
        #expect(PhotoCleaning.exifOrientation(exif) == 6)
        #expect(photo.bytes.suffix(9).elementsEqual([0xFF, 0xDA, 0x00, 0x02, 0x12, 0x34, 0x56, 0xFF, 0xD9]))
    }

    @Test("PNG text chunks and WebP EXIF chunks go; the WebP's size and flags are fixed")
    func pngAndWebP() throws {
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let n = data.count
            return [UInt8(n >> 24), UInt8(n >> 16 & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n & 0xFF)] + Array(type.utf8) + data + [0, 0, 0, 0]
        }
        let png = PhotoCleaning.pngSignature + chunk("IHDR", Array(repeating: 1, count: 13))
            + chunk("tEXt", Array("Location\u{0}Beijing".utf8)) + chunk("IDAT", [1, 2, 3]) + chunk("IEND", [])
        let cleanPNG = try Photo(checking: png)
        #expect(cleanPNG.format == .png && !contains(cleanPNG.bytes, "Beijing") && contains(cleanPNG.bytes, "IDAT"))

        func riff(_ fourCC: String, _ data: [UInt8]) -> [UInt8] {
            let n = data.count
            return Array(fourCC.utf8) + [UInt8(n & 0xFF), UInt8(n >> 8 & 0xFF), 0, 0] + data + (n % 2 == 1 ? [0] : [])
        }
        let body = riff("VP8X", [0x0C] + Array(repeating: 0, count: 9)) + riff("VP8 ", [9, 9, 9]) + riff("EXIF", Array("GPS here".utf8))
        let size = body.count + 4
        let webp = Array("RIFF".utf8) + [UInt8(size & 0xFF), UInt8(size >> 8), 0, 0] + Array("WEBP".utf8) + body
        let cleanWebP = try Photo(checking: webp)
        #expect(cleanWebP.format == .webp && !contains(cleanWebP.bytes, "GPS"))
        #expect(Int(cleanWebP.bytes[4]) + Int(cleanWebP.bytes[5]) << 8 == cleanWebP.bytes.count - 8)
        #expect(cleanWebP.bytes[20] & 0x0C == 0, "the EXIF and XMP flags are cleared")
    }

    @Test("anything else, a broken image or one over the limit is refused with the reason")
    func refused() {
        #expect(throws: FieldProblem.photoFormat) { try Photo(checking: Array("GIF89a....".utf8)) }
        #expect(throws: FieldProblem.photoFormat) { try Photo(checking: Array(jpegWithLocation().prefix(30))) }
        #expect(throws: FieldProblem.photoTooLarge(maximumMegabytes: 8)) {
            try Photo(checking: [0xFF, 0xD8, 0xFF] + Array(repeating: 0, count: Photo.maximumBytes))
        }
    }
}
