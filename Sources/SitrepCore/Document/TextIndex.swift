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
