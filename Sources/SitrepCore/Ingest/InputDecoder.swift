/// Decodes raw input bytes into text: strict UTF-8 by default, lossy on request, with a clear
/// error for empty and binary input. Also tells HTML from plain text by content.
public struct InputDecoder: Sendable {
    public var lossy: Bool

    public init(lossy: Bool = false) { self.lossy = lossy }

    public struct Decoded: Sendable {
        public var text: String
        public var format: Document.Format
        /// One message per run of replaced bytes in lossy mode.
        public var warnings: [String]
        /// Bytes of the input before `text` (3 for a UTF-8 byte order mark, else 0).
        public var skippedBytes = 0
    }

    public func decode(_ bytes: [UInt8], path: String) throws(IngestError) -> Decoded {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .empty(path: path)
        }
        // A UTF-16 file opens with FF FE or FE FF and holds NUL bytes: say which it is.
        if bytes.count >= 2, bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF { throw .utf16(path: path) }
        if let nul = bytes.firstIndex(of: 0) { throw .binary(path: path, byteOffset: nul) }
        var warnings: [String] = []
        if let bad = InputDecoder.firstInvalidUTF8(bytes) {
            let line = 1 + bytes[..<bad].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            guard lossy else { throw .invalidUTF8(path: path, line: line, byteOffset: bad) }
            warnings.append("\(path):\(line): invalid UTF-8 at byte offset \(bad) replaced with U+FFFD (--lossy)")
        }
        var text = String(decoding: bytes, as: UTF8.self)
        var skipped = 0
        if text.hasPrefix("\u{FEFF}") { text.removeFirst(); skipped = 3 }
        return Decoded(text: text, format: InputDecoder.looksLikeHTML(text) ? .html : .text, warnings: warnings, skippedBytes: skipped)
    }

    /// Byte offset of the first byte that is not part of a well-formed UTF-8 sequence.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let need: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; upper = 0x9F
            case 0xF0: need = 3; lower = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; upper = 0x8F
            default: return i
            }
            for k in 1...need {
                guard i + k < n else { return i }
                let c = bytes[i + k]
                let lo: UInt8 = k == 1 ? lower : 0x80
                let hi: UInt8 = k == 1 ? upper : 0xBF
                if c < lo || c > hi { return i }
            }
            i += need + 1
        }
        return nil
    }

    /// HTML when the text opens with markup and carries typical document tags.
    public static func looksLikeHTML(_ text: String) -> Bool {
        let head = text.utf8.prefix(4096)
        guard let first = head.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }), first == UInt8(ascii: "<") else {
            return false
        }
        let lower = String(decoding: head, as: UTF8.self).lowercased()
        let markers = ["<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p>", "<p ", "<meta", "<title"]
        return markers.contains { lower.contains($0) }
    }
}
