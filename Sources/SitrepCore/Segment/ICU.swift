import CICUShim

/// Swift entry points to system ICU, through the `CICUShim` C target.
public enum ICU {
    /// The system ICU's version, e.g. "72.1".
    public static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        sitrep_icu_version(&buffer, 32)
        return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Sentence boundaries of `scalars` as scalar offsets (excluding 0, including the end).
    /// Uses the `en_US@ss=standard` locale so "Mr." or "U.S." do not end sentences.
    public static func sentenceBreaks(_ scalars: [Unicode.Scalar]) -> [Int] {
        var utf16: [UInt16] = []
        utf16.reserveCapacity(scalars.count + scalars.count / 8)
        // utf16 offset → scalar offset, for the boundaries ICU returns.
        var scalarAt: [Int32] = []
        scalarAt.reserveCapacity(scalars.count + 8)
        for (i, s) in scalars.enumerated() {
            for unit in s.utf16 {
                utf16.append(unit)
                scalarAt.append(Int32(i))
            }
        }
        scalarAt.append(Int32(scalars.count))
        var boundaries = [Int32](repeating: 0, count: utf16.count + 1)
        let n = sitrep_sentence_breaks(utf16, Int32(utf16.count), "en_US@ss=standard", &boundaries, Int32(boundaries.count))
        guard n > 0 else { return scalars.isEmpty ? [] : [scalars.count] }
        return boundaries[0..<Int(n)].map { Int(scalarAt[Int($0)]) }
    }

    /// NFKC_Casefold of `s`.
    public static func nfkcCasefold(_ s: String) -> String {
        let src = Array(s.utf16)
        var capacity = src.count * 2 + 16
        while true {
            var dst = [UInt16](repeating: 0, count: capacity)
            let n = sitrep_nfkc_casefold(src, Int32(src.count), &dst, Int32(capacity))
            if n >= 0 { return String(utf16: dst[0..<Int(n)]) }
            capacity = Int(-n) + 16
        }
    }
}

/// A compiled ICU transliterator. Not thread-safe: each worker keeps its own
/// (see ``MatchKeys``).
public final class Transliterator {
    private let handle: OpaquePointer

    /// Compiles ICU transliteration rules (`:: Any-Latin ; ee > i ;`).
    public init(rules: String) throws(TransliteratorError) {
        let units = Array(rules.utf16)
        var message = [CChar](repeating: 0, count: 256)
        guard let h = sitrep_transliterator_open(units, Int32(units.count), &message, 256) else {
            let text = String(decoding: message.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw TransliteratorError(message: text)
        }
        handle = h
    }

    deinit { sitrep_transliterator_close(handle) }

    public func apply(_ s: String) -> String {
        let original = Array(s.utf16)
        var capacity = original.count * 2 + 16
        while true {
            var buffer = original + [UInt16](repeating: 0, count: capacity - original.count)
            let n = sitrep_transliterate(handle, &buffer, Int32(original.count), Int32(capacity))
            if n >= 0 { return String(utf16: buffer[0..<Int(n)]) }
            capacity = Int(-n) + 16
        }
    }
}

public struct TransliteratorError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { "transliteration rules do not compile: \(message)" }
}
