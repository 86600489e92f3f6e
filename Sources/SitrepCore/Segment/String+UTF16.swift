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
