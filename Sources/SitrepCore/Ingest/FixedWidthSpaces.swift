/// No-break, thin and other fixed-width spaces (U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000),
/// which scraped text carries where a page had "&nbsp;": every rule and pattern expects an ASCII
/// space, so ingest reads each as one, and keeps its width in the input for the offset map.
///
/// Example: `"at least\u{A0}12"` → `("at least 12", [WidenedSpace(at: 8, rawBytes: 2)])`.
enum FixedWidthSpaces {
    /// The width in bytes of the fixed-width space at `i` of `u`, or 0.
    @inline(__always) static func width<C: RandomAccessCollection>(_ u: C, at i: C.Index) -> Int where C.Element == UInt8 {
        let b = u[i]
        guard b == 0xC2 || b == 0xE2 || b == 0xE3 else { return 0 }
        let rest = u.distance(from: i, to: u.endIndex)
        guard rest >= 2 else { return 0 }
        let b1 = u[u.index(i, offsetBy: 1)]
        if b == 0xC2 { return b1 == 0xA0 ? 2 : 0 }
        guard rest >= 3 else { return 0 }
        let b2 = u[u.index(i, offsetBy: 2)]
        if b == 0xE2, b1 == 0x80, (0x80...0x8A).contains(b2) || b2 == 0xAF { return 3 }
        if b == 0xE2, b1 == 0x81, b2 == 0x9F { return 3 }
        if b == 0xE3, b1 == 0x80, b2 == 0x80 { return 3 }
        return 0
    }

    /// Whether the line holds one, checked without copying it (curly quotes share the lead byte
    /// 0xE2 with most of them, so a line is copied only when it really holds one).
    static func occur(in line: Substring) -> Bool {
        func scan(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
            var i = 0
            while i < u.count {
                if u[i] >= 0xC2, width(u, at: i) > 0 { return true }
                i += 1
            }
            return false
        }
        return line.utf8.withContiguousStorageIfAvailable(scan) ?? Array(line.utf8).withUnsafeBufferPointer(scan)
    }

    /// The line with each made an ASCII space, and where each was; nil when it has none.
    static func asciiSpaced(_ line: Substring) -> (Substring, [WidenedSpace])? {
        var bytes: [UInt8] = []
        var widened: [WidenedSpace] = []
        let u = Array(line.utf8)
        bytes.reserveCapacity(u.count)
        var i = 0
        while i < u.count {
            let w = width(u, at: i)
            if w == 0 { bytes.append(u[i]); i += 1; continue }
            widened.append(WidenedSpace(at: bytes.count, rawBytes: w))
            bytes.append(0x20)
            i += w
        }
        return widened.isEmpty ? nil : (Substring(String(decoding: bytes, as: UTF8.self)), widened)
    }
}
