import Foundation

/// Converts between the UTF-16 ranges of `NSRegularExpression` and the Unicode-scalar offsets
/// of the output contract, for one text.
public struct TextIndex {
    public let text: String
    public let ns: NSString
    /// UTF-16 offset → scalar offset (count + 1 entries).
    private let scalarAt: [Int32]

    public init(_ text: String) {
        self.text = text
        ns = text as NSString
        var map: [Int32] = []
        map.reserveCapacity(text.utf16.count + 1)
        var i: Int32 = 0
        for s in text.unicodeScalars {
            map.append(i)
            if s.value > 0xFFFF { map.append(i) }
            i += 1
        }
        map.append(i)
        scalarAt = map
    }

    public var range: NSRange { NSRange(location: 0, length: ns.length) }

    public func span(_ r: NSRange) -> Span { Span(Int(scalarAt[r.location]), Int(scalarAt[r.location + r.length])) }

    public func string(_ r: NSRange) -> String { ns.substring(with: r) }

    /// The text of capture group `i`, or nil when it did not take part.
    public func group(_ m: NSTextCheckingResult, _ i: Int) -> String? {
        let r = m.range(at: i)
        return r.location == NSNotFound ? nil : ns.substring(with: r)
    }
}

extension TextIndex {
    /// A run of letters (lowercased) or of digits, with its UTF-16 range.
    public struct Run {
        public var range: NSRange
        public var word: String
        public var isDigits: Bool
    }

    /// The letter and digit runs of the text, in order (ASCII letters lowercased fast; other
    /// letters through Unicode properties).
    public func runs() -> [Run] {
        var out: [Run] = []
        let units = Array(text.utf16)
        var i = 0
        while i < units.count {
            let u = units[i]
            if u >= 48 && u <= 57 {
                let start = i
                while i < units.count, units[i] >= 48 && units[i] <= 57 { i += 1 }
                out.append(Run(range: NSRange(location: start, length: i - start), word: "", isDigits: true))
            } else if TextIndex.isLetter(u) {
                let start = i
                var word = [UInt16]()
                while i < units.count, TextIndex.isLetter(units[i]) {
                    let c = units[i]
                    word.append(c >= 65 && c <= 90 ? c + 32 : c)
                    i += 1
                }
                out.append(Run(range: NSRange(location: start, length: i - start), word: String(decoding: word, as: UTF16.self).lowercased(), isDigits: false))
            } else {
                i += 1
            }
        }
        return out
    }

    static func isLetter(_ u: UInt16) -> Bool {
        if u < 128 { return (u >= 65 && u <= 90) || (u >= 97 && u <= 122) }
        guard let s = Unicode.Scalar(u) else { return false }  // surrogates: not letters of interest here
        return s.properties.isAlphabetic
    }

    /// Windows around the given runs (`before`/`after` UTF-16 units), widened to whitespace on
    /// both sides so no window cuts a word, merged and clamped.
    public func windows(around runs: [Run], before: Int, after: Int) -> [NSRange] {
        func isSpace(_ u: unichar) -> Bool { u == 0x20 || u == 0x0A || u == 0x09 || u == 0x0D }
        var out: [NSRange] = []
        for r in runs {
            var a = max(0, r.range.location - before)
            var b = min(ns.length, r.range.location + r.range.length + after)
            while a > 0, !isSpace(ns.character(at: a - 1)) { a -= 1 }
            while b < ns.length, !isSpace(ns.character(at: b)) { b += 1 }
            if let last = out.last, a <= last.location + last.length {
                out[out.count - 1] = NSRange(location: last.location, length: max(last.location + last.length, b) - last.location)
            } else {
                out.append(NSRange(location: a, length: b - a))
            }
        }
        return out
    }

    /// Matches of `re` inside the windows, each matched as its own small string: Foundation
    /// copies the whole subject string into UTF-16 on every call, so matching small pieces is
    /// what makes windows pay. Windows start and end at whitespace, so `\b` and lookbehinds see
    /// what they would in the whole text.
    public func matches(_ re: NSRegularExpression, in windows: [NSRange]) -> [NSTextCheckingResult] {
        var out: [NSTextCheckingResult] = []
        var lastEnd = 0
        for w in windows {
            for m in re.matches(in: ns.substring(with: w), range: NSRange(location: 0, length: w.length)) {
                let shifted = m.adjustingRanges(offset: w.location)
                guard shifted.range.location >= lastEnd else { continue }
                out.append(shifted)
                lastEnd = shifted.range.location + shifted.range.length
            }
        }
        return out
    }
}
