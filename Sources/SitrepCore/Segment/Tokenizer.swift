/// A single pass over scalars: runs of letters (with combining marks) are words, runs of digits
/// with inner `,` or `.` are numbers, any other non-space scalar is punctuation.
public enum Tokenizer {
    public static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(scalars.count / 5)
        let n = scalars.count
        var i = 0
        while i < n {
            let c = scalars[i]
            if isLetter(c) {
                var j = i + 1
                // A soft hyphen or a zero-width character between letters ("Paki\u{AD}stan", as
                // pages hyphenate or scrapers leave them) is inside the word; keys drop it.
                while j < n, isLetter(scalars[j]) || isMark(scalars[j]) || isJoiner(scalars[j]) && j + 1 < n && isLetter(scalars[j + 1]) { j += 1 }
                out.append(Token(span: Span(i, j), kind: .word))
                i = j
            } else if isDigit(c) {
                var j = i + 1
                while j < n {
                    if isDigit(scalars[j]) { j += 1 } else if (scalars[j] == "," || scalars[j] == "."), j + 1 < n, isDigit(scalars[j + 1]) { j += 2 } else { break }
                }
                out.append(Token(span: Span(i, j), kind: .number))
                i = j
            } else if isSpace(c) {
                i += 1
            } else {
                out.append(Token(span: Span(i, i + 1), kind: .punctuation))
                i += 1
            }
        }
        return out
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    // ASCII answers without the Unicode property tables, which cost a lookup per scalar.
    @inline(__always) static func isMark(_ c: Unicode.Scalar) -> Bool {
        c.value >= 128 && c.properties.generalCategory == .nonspacingMark
    }

    /// Soft hyphen, zero-width space, non-joiner, joiner, word joiner, byte-order mark.
    @inline(__always) static func isJoiner(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v == 0xAD || (v >= 0x200B && v <= 0x200D) || v == 0x2060 || v == 0xFEFF
    }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return c.properties.isWhitespace
    }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return c.properties.isAlphabetic
    }
}
