import Foundation

/// Converts between the UTF-16 ranges of regular-expression matches (``ICURegex``) and the Unicode-scalar offsets
/// of the output contract, for one text, and holds the text's letter and digit runs, which the
/// dates and numbers stages both use to place their pattern windows. Built once per document
/// (``Document/index``); immutable, so shared freely between threads.
public struct TextIndex: @unchecked Sendable {
    /// The text's UTF-16 code units.
    let units: [UInt16]
    /// UTF-16 offset → scalar offset (count + 1 entries).
    private let scalarAt: [Int32]
    /// The letter runs (lowercased) and digit runs of the text, in order.
    public let runs: [Run]

    public init(_ text: String) { self.init(scalars: Array(text.unicodeScalars)) }

    /// The index of the text whose scalars are `scalars` (``Document/scalars``, already decoded).
    public init(scalars: [Unicode.Scalar]) {
        var map: [Int32] = []
        var units: [UInt16] = []
        map.reserveCapacity(scalars.count + 1)
        units.reserveCapacity(scalars.count)
        var i: Int32 = 0
        for s in scalars {
            map.append(i)
            if s.value > 0xFFFF {
                map.append(i)
                units.append(contentsOf: UTF16.encode(s)!)
            } else {
                units.append(UInt16(truncatingIfNeeded: s.value))
            }
            i += 1
        }
        map.append(i)
        scalarAt = map
        self.units = units
        runs = TextIndex.runs(of: units)
    }

    public var range: NSRange { NSRange(location: 0, length: units.count) }

    public func span(_ r: NSRange) -> Span { Span(Int(scalarAt[r.location]), Int(scalarAt[r.location + r.length])) }

    public func string(_ r: NSRange) -> String { String(utf16: units[r.location..<r.location + r.length]) }

    /// Up to `count` units right after `r` (fewer at the end of the text).
    public func range(after r: NSRange, count: Int) -> NSRange {
        let end = r.location + r.length
        return NSRange(location: end, length: min(count, units.count - end))
    }

    /// The text of capture group `i`, or nil when it did not take part.
    public func group(_ m: ICURegex.Match, _ i: Int) -> String? { m.group(i, in: units) }
}

extension TextIndex {
    /// A run of letters (lowercased) or of digits, with its UTF-16 range.
    public struct Run {
        public var range: NSRange
        public var word: String
        public var isDigits: Bool
    }

    /// The letter and digit runs of `units`, in order. ASCII letters are lowercased into a
    /// small string directly; other letters go through Unicode properties.
    static func runs(of units: [UInt16]) -> [Run] {
        var out: [Run] = []
        var i = 0
        while i < units.count {
            let u = units[i]
            if u >= 48 && u <= 57 {
                let start = i
                while i < units.count, units[i] >= 48 && units[i] <= 57 { i += 1 }
                out.append(Run(range: NSRange(location: start, length: i - start), word: "", isDigits: true))
            } else if TextIndex.isLetter(u) {
                let start = i
                var ascii = true
                while i < units.count, TextIndex.isLetter(units[i]) {
                    if units[i] >= 128 { ascii = false }
                    i += 1
                }
                let word: String
                if ascii {
                    word = Words.asciiLowercased(units[start..<i])
                } else {
                    word = String(utf16: units[start..<i]).lowercased()
                }
                out.append(Run(range: NSRange(location: start, length: i - start), word: word, isDigits: false))
            } else {
                i += 1
            }
        }
        return out
    }

    /// ``Tokenizer/isLetter(_:)`` for a UTF-16 unit (surrogates are not letters of interest here).
    static func isLetter(_ u: UInt16) -> Bool { Unicode.Scalar(u).map(Tokenizer.isLetter) ?? false }

    /// Windows around the given runs (`before`/`after` UTF-16 units), widened to whitespace on
    /// both sides so no window cuts a word, merged and clamped.
    public func windows(around runs: [Run], before: Int, after: Int) -> [NSRange] {
        func isSpace(_ u: UInt16) -> Bool { u == 0x20 || u == 0x0A || u == 0x09 || u == 0x0D }
        var out: [NSRange] = []
        for r in runs {
            var a = max(0, r.range.location - before)
            var b = min(units.count, r.range.location + r.range.length + after)
            while a > 0, !isSpace(units[a - 1]) { a -= 1 }
            while b < units.count, !isSpace(units[b]) { b += 1 }
            if let last = out.last, a <= last.location + last.length {
                out[out.count - 1] = NSRange(location: last.location, length: max(last.location + last.length, b) - last.location)
            } else {
                out.append(NSRange(location: a, length: b - a))
            }
        }
        return out
    }

    /// Matches of `re` inside the windows (``windows(around:before:after:)``: they are disjoint
    /// and start and end at whitespace, so `\b` and lookbehinds read as in the whole text).
    public func matches(_ re: ICURegex, in windows: [NSRange]) -> [ICURegex.Match] {
        re.matches(in: units, windows: windows)
    }

    /// The first match of `re` in `range` (bounds as in ``ICURegex/matches(in:windows:first:)``).
    public func firstMatch(_ re: ICURegex, in range: NSRange) -> ICURegex.Match? {
        re.firstMatch(in: units, range: range)
    }
}
