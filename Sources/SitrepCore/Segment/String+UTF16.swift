extension String {
    /// The text of UTF-16 code units. ASCII runs, most of news English, are copied a unit to a
    /// byte; `String(decoding:as:)` over an array slice goes through the generic transcoder one
    /// element at a time, which was 4% of a batch's samples.
    init(utf16 units: ArraySlice<UInt16>) {
        var ascii = true
        for u in units where u >= 0x80 { ascii = false; break }
        guard ascii else {
            self = units.withUnsafeBufferPointer { String(decoding: $0, as: UTF16.self) }
            return
        }
        self.init(unsafeUninitializedCapacity: units.count) { bytes in
            var i = 0
            for u in units {
                bytes[i] = UInt8(truncatingIfNeeded: u)
                i += 1
            }
            return i
        }
    }
}

extension StringProtocol {
    /// The UTF-16 units of the first `count` characters (`Array(prefix(count).utf16)`). When
    /// those characters are ASCII and no mark follows them, they are the first `count` bytes,
    /// copied a unit to a byte without the grapheme breaking `prefix` does per character.
    public func utf16Units(ofFirst count: Int) -> [UInt16] {
        // No more characters than bytes: a text that short is its own prefix.
        if utf8.count <= count { return utf16Units }
        let ascii = utf8.withContiguousStorageIfAvailable { bytes -> [UInt16]? in
            let n = Swift.min(count, bytes.count)
            for k in 0..<n where bytes[k] >= 0x80 || bytes[k] == 0x0D { return nil }
            // (A combining mark right after them would join the last character.)
            if n < bytes.count, bytes[n] >= 0x80 { return nil }
            return [UInt16](unsafeUninitializedCapacity: n) { units, initialised in
                for k in 0..<n { units[k] = UInt16(bytes[k]) }
                initialised = n
            }
        }
        if let ascii, let ascii { return ascii }
        return prefix(count).utf16Units
    }

    /// `Array(utf16)`, transcoded from the UTF-8 bytes (see ``UTF16/units(fromUTF8:)``).
    public var utf16Units: [UInt16] {
        utf8.withContiguousStorageIfAvailable(UTF16.units(fromUTF8:)) ?? Array(utf16)
    }
}

extension UTF16 {
    /// The UTF-16 units of `bytes`, valid UTF-8 (a `String`'s), transcoded in one pass.
    /// `Array(string.utf16)` on a native string with non-ASCII text builds the string's UTF-16
    /// index breadcrumbs first, which cost more than the copy (about 1% of a batch's samples).
    public static func units(fromUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [UInt16] {
        // UTF-16 never needs more units than UTF-8 bytes.
        [UInt16](unsafeUninitializedCapacity: bytes.count) { out, initialised in
            var i = 0, k = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    out[k] = UInt16(b)
                    k += 1
                    i += 1
                    continue
                }
                let length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                var scalar = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                var j = 1
                while j < length, i + j < n {
                    scalar = scalar << 6 | UInt32(bytes[i + j] & 0x3F)
                    j += 1
                }
                i += length
                if scalar < 0x10000 {
                    out[k] = UInt16(scalar)
                    k += 1
                } else {
                    let v = scalar - 0x10000
                    out[k] = UInt16(0xD800 + (v >> 10))
                    out[k + 1] = UInt16(0xDC00 + (v & 0x3FF))
                    k += 2
                }
            }
            initialised = k
        }
    }
}
