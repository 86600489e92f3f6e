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
        return Array(prefix(count).utf16)
    }
}
