import Foundation

/// Fast scans of a line's words for the heuristics of splitting and cleaning: runs of letters,
/// lowercased, with an ASCII fast path (Character-level `split` and `lowercased()` cost
/// grapheme breaking on every call).
public enum Words {
    /// The lowercased runs of letters of `text`.
    public static func lowercased(_ text: some StringProtocol) -> [String] {
        if let words = text.utf8.withContiguousStorageIfAvailable(asciiLetterRuns), let words { return words }
        var out: [String] = []
        var current = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            let v = s.value
            if v < 128 {
                if v >= 65 && v <= 90 { current.append(Unicode.Scalar(v + 32)!); continue }
                if v >= 97 && v <= 122 { current.append(s); continue }
            } else if s.properties.isAlphabetic {
                current.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
                continue
            }
            if !current.isEmpty { out.append(String(current)); current = String.UnicodeScalarView() }
        }
        if !current.isEmpty { out.append(String(current)) }
        return out
    }

    /// ``lowercased(_:)`` for text whose letters are all ASCII, read from its UTF-8 bytes; nil
    /// when a non-ASCII letter occurs (other non-ASCII scalars, such as curly quotes and dashes,
    /// separate words as in the general path).
    static func asciiLetterRuns(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var out: [String] = []
        let complete = forEachASCIIWord(bytes) { out.append(String(decoding: $0, as: UTF8.self)) }
        return complete ? out : nil
    }

    /// Calls `body` with each run of ASCII letters of `bytes`, lowercased (the bytes are valid
    /// only during the call), without making strings. Returns false, having stopped, at the first
    /// non-ASCII letter: the caller then takes the general path of ``lowercased(_:)``.
    public static func forEachASCIIWord(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        // Words are lowercased into one scratch buffer as long as the text (on the stack when
        // small), each passed as a slice of it.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { scratch in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b >= 128 {
                    var rest = bytes[i...].makeIterator()
                    var parser = UTF8.ForwardParser()
                    guard case let .valid(encoded) = parser.parseScalar(from: &rest),
                          !UTF8.decode(encoded).properties.isAlphabetic else { return false }
                    i += encoded.count
                } else if (b | 0x20) >= 97 && (b | 0x20) <= 122 {
                    var k = 0
                    while i < n, (bytes[i] | 0x20) >= 97 && (bytes[i] | 0x20) <= 122 {
                        scratch[k] = bytes[i] | 0x20
                        k += 1
                        i += 1
                    }
                    body(UnsafeBufferPointer(rebasing: scratch[..<k]))
                } else {
                    i += 1
                }
            }
            return true
        }
    }

    /// `text.lowercased()`, bytewise when `text` is ASCII (the common case for tokens).
    public static func lowercasedText(_ text: String) -> String {
        var text = text
        var isASCII = true, hasUpper = false
        text.withUTF8 { bytes in
            for b in bytes {
                if b >= 128 { isASCII = false; break }
                if b >= 65 && b <= 90 { hasUpper = true }
            }
        }
        guard isASCII else { return text.lowercased() }
        guard hasUpper else { return text }
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (k, b) in bytes.enumerated() { buffer[k] = b >= 65 && b <= 90 ? b + 32 : b }
                return bytes.count
            }
        }
    }

    /// A string of ASCII letters (UTF-8 bytes or UTF-16 units), lowercased, written bytewise.
    static func asciiLowercased<Units: Collection>(_ units: Units) -> String where Units.Element: FixedWidthInteger {
        String(unsafeUninitializedCapacity: units.count) { buffer in
            for (k, c) in units.enumerated() { buffer[k] = UInt8(truncatingIfNeeded: c) | 0x20 }
            return units.count
        }
    }

    /// Whether `text` holds a straight or curly double quotation mark.
    public static func hasQuotation(_ text: some StringProtocol) -> Bool {
        // Bytewise: “ and ” are E2 80 9C and E2 80 9D in UTF-8.
        func scan(_ bytes: some Collection<UInt8>) -> Bool {
            var previous: (UInt8, UInt8) = (0, 0)
            for b in bytes {
                if b == 0x22 || (b == 0x9C || b == 0x9D) && previous == (0xE2, 0x80) { return true }
                previous = (previous.1, b)
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? scan(text.utf8)
    }

    /// Words separated by spaces, counted without allocating; counting stops at `limit` (callers
    /// that only compare the count with a bound need not read a long paragraph to its end).
    public static func spaceSeparatedCount(_ text: some StringProtocol, limit: Int = .max) -> Int {
        func count(_ bytes: some Sequence<UInt8>) -> Int {
            var count = 0, inWord = false
            for b in bytes {
                if b == 0x20 {
                    inWord = false
                } else if !inWord {
                    if count == limit { break }
                    inWord = true
                    count += 1
                }
            }
            return count
        }
        return text.utf8.withContiguousStorageIfAvailable { count($0) } ?? count(text.utf8)
    }

    /// Whether one of the lowercased runs of letters of `text` (see ``lowercased(_:)``) is in
    /// `words`, without making strings when the text's letters are ASCII.
    public static func containsWord(_ text: some StringProtocol, in words: WordSet) -> Bool {
        var found = false
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in
            forEachASCIIWord(bytes) { w in
                if !found, words.contains(utf8: w) { found = true }
            }
        }
        if ascii == true { return found }
        return lowercased(text).contains { words.contains($0) }
    }
}

extension Words {
    /// `text` without leading and trailing spaces, tabs, carriage returns and no-break spaces
    /// (Foundation's `trimmingCharacters` bridges to NSString on every call).
    public static func trimmed(_ text: some StringProtocol) -> String {
        // Bytewise: the blanks are ASCII or one of three UTF-8 sequences (C2 A0 no-break space,
        // E2 80 89 thin space, E2 80 8B zero-width space), and a lead byte never ends a scalar.
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> String in
            func blank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
            func wide(_ c: UInt8) -> Bool { c == 0x89 || c == 0x8B }
            var a = 0, b = bytes.count
            while a < b {
                if blank(bytes[a]) { a += 1 } else if bytes[a] == 0xC2, a + 1 < b, bytes[a + 1] == 0xA0 { a += 2 } else if bytes[a] == 0xE2, a + 2 < b, bytes[a + 1] == 0x80, wide(bytes[a + 2]) { a += 3 } else { break }
            }
            while b > a {
                if blank(bytes[b - 1]) { b -= 1 } else if b - a >= 2, bytes[b - 2] == 0xC2, bytes[b - 1] == 0xA0 { b -= 2 } else if b - a >= 3, bytes[b - 3] == 0xE2, bytes[b - 2] == 0x80, wide(bytes[b - 1]) { b -= 3 } else { break }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
        }
        if let fast { return fast }
        let scalars = text.unicodeScalars
        func blank(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\r" || s == "\u{A0}" || s == "\u{2009}" || s == "\u{200B}" }
        guard let first = scalars.firstIndex(where: { !blank($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !blank($0) })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension Words {
    /// Whether `text` contains `literal` (bytewise: `memchr` finds each candidate first byte,
    /// `memcmp` the rest; the generic `firstRange(of:)` is far slower).
    public static func contains(_ text: String, literal: String) -> Bool {
        var text = text
        return text.withUTF8 { t in occurrences(of: literal, in: t, upTo: 1) > 0 }
    }

    /// How many times `literal` occurs in `text`, overlaps not counted.
    public static func occurrences(of literal: String, in text: Substring) -> Int {
        var text = text
        return text.withUTF8 { occurrences(of: literal, in: $0) }
    }

    /// How many times `literal` occurs in the UTF-8 `text` (overlaps not counted), stopping at
    /// `limit`: `memchr` finds each candidate start, `memcmp` checks it. An empty literal occurs
    /// once.
    static func occurrences(of literal: String, in t: UnsafeBufferPointer<UInt8>, upTo limit: Int = .max) -> Int {
        var literal = literal
        return literal.withUTF8 { l in
            guard let first = l.first else { return 1 }
            guard l.count <= t.count, let base = t.baseAddress, let needle = l.baseAddress else { return 0 }
            let end = base + (t.count - l.count + 1)  // last possible start, exclusive
            var p = base, n = 0
            while n < limit, p < end, let hit = memchr(p, Int32(first), end - p) {
                let at = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(at, needle, l.count) == 0 { n += 1; p = at + l.count } else { p = at + 1 }
            }
            return n
        }
    }
}

extension Words {
    /// The last `count` characters of the UTF-16 text before `end`, as
    /// `String(decoding: units[..<end], as: UTF16.self).suffix(count)` gives them, without
    /// decoding a long line from its start: the piece decoded starts early enough to hold
    /// `count` + 1 characters (characters are segmented from the piece's start, so the extra one
    /// absorbs a cut through a cluster). Flags, whose regional indicators pair up counting from
    /// the first, take the whole prefix.
    public static func lastCharacters(_ count: Int, before end: Int, in units: [UInt16]) -> String {
        var start = max(0, end - 4 * (count + 1))
        while start > 0, start < end, UTF16.isTrailSurrogate(units[start]) { start -= 1 }
        var piece = String(utf16: units[start..<end])
        if start > 0, piece.count <= count + 1 || piece.unicodeScalars.contains(where: { (0x1F1E6...0x1F1FF).contains($0.value) }) {
            piece = String(utf16: units[..<end])
        }
        return String(piece.suffix(count))
    }
}
