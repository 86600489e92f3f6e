import CICUShim
import Foundation
import Synchronization

/// A regular expression compiled by system ICU and matched directly over UTF-16 code units.
///
/// `NSRegularExpression` copies its subject into a new string and builds result objects on every
/// call; the dates and numbers stages call it thousands of times per document on small windows,
/// so that overhead outweighed the matching. Here the text is handed to ICU once per call and the
/// windows become ICU regions. ICU matchers are not thread-safe: each call borrows one from a
/// pool of clones of the compiled pattern, so one value serves every worker.
public final class ICURegex: Sendable {
    public struct Options: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        /// ICU's `UREGEX_CASE_INSENSITIVE`.
        public static let caseInsensitive = Options(rawValue: 2)
    }

    /// One match: the UTF-16 ranges of the whole match (`range`) and of each capture group.
    public struct Match: Sendable {
        /// Index 0 is the whole match; a group that took no part has location `NSNotFound`.
        public var ranges: [NSRange]
        public var range: NSRange { ranges[0] }
        public func range(at group: Int) -> NSRange { ranges[group] }

        /// The text of `group` in the `units` matched, or nil when the group took no part.
        public func group(_ group: Int, in units: [UInt16]) -> String? {
            let r = ranges[group]
            guard r.location != NSNotFound else { return nil }
            return String(utf16: units[r.location..<(r.location + r.length)])
        }
    }

    private struct Matchers: ~Copyable {
        let compiled: OpaquePointer
        var idle: [OpaquePointer] = []
    }

    private let matchers: Mutex<Matchers>
    /// The pattern as written.
    public let pattern: String
    /// Capture groups in the pattern.
    public let groupCount: Int
    /// Named groups → numbers.
    private let names: [String: Int]

    /// Compiles `pattern`; `groupNames` are the named groups the caller will ask for.
    public init(_ pattern: String, options: Options = [], groupNames: [String] = []) throws(ICURegexError) {
        let units = Array(pattern.utf16)
        var message = [CChar](repeating: 0, count: 128)
        guard let compiled = sitrep_regex_open(units, Int32(units.count), options.rawValue, &message, 128) else {
            let text = String(decoding: message.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw ICURegexError(pattern: pattern, message: text)
        }
        self.pattern = pattern
        groupCount = Int(sitrep_regex_group_count(compiled))
        var names: [String: Int] = [:]
        for name in groupNames {
            let n = sitrep_regex_group_number(compiled, name)
            guard n >= 0 else {
                sitrep_regex_close(compiled)
                throw ICURegexError(pattern: pattern, message: "no group named \(name)")
            }
            names[name] = Int(n)
        }
        self.names = names
        matchers = Mutex(Matchers(compiled: compiled))
    }

    deinit {
        matchers.withLock { m in
            for r in m.idle { sitrep_regex_close(r) }
            sitrep_regex_close(m.compiled)
        }
    }

    /// The number of a group named at ``init(_:options:groupNames:)``.
    public func group(named name: String) -> Int { names[name]! }

    /// The matches inside each window of `units`, left to right. Matches end inside their window
    /// and `^`, `$` and `\b` treat its edges as the text's; ICU lets lookbehinds see the text
    /// before it, so windows should start after whitespace (``TextIndex/windows(around:before:after:)``
    /// does), where that makes no difference.
    public func matches(in units: [UInt16], windows: [NSRange], first: Bool = false) -> [Match] {
        withMatcher(on: units, windows: windows) { matcher, offsets, out in
            for w in windows {
                guard sitrep_regex_set_region(matcher, Int32(w.location), Int32(w.location + w.length)) == 0 else { continue }
                while sitrep_regex_find_next(matcher, &offsets, Int32(offsets.count)) == 1 {
                    out.append(match(offsets))
                    if first { return }
                }
            }
        }
    }

    /// The matches inside each window of `units` that start where `mayStart` allows, left to
    /// right: the same matches as ``matches(in:windows:first:)`` when every match must start at
    /// such a position, found without trying the pattern anywhere else. Lookbehinds and `\b` see
    /// the text around each position, so windows should start and end at whitespace.
    public func matches(in units: [UInt16], windows: [NSRange], startingWhere mayStart: (Int) -> Bool) -> [Match] {
        withMatcher(on: units, windows: windows) { matcher, offsets, out in
            for w in windows {
                let end = w.location + w.length
                var p = w.location
                while p < end {
                    guard mayStart(p), sitrep_regex_match_at(matcher, Int32(p), Int32(end), &offsets, Int32(offsets.count)) == 1 else {
                        p += 1
                        continue
                    }
                    let found = match(offsets)
                    out.append(found)
                    p = max(p + 1, found.range.location + found.range.length)
                }
            }
        }
    }

    /// Runs `body` with a borrowed matcher set to `units`, an offsets buffer and the output.
    private func withMatcher(on units: [UInt16], windows: [NSRange],
                             _ body: (OpaquePointer, inout [Int32], inout [Match]) -> Void) -> [Match] {
        guard !windows.isEmpty else { return [] }
        let matcher = borrow()
        defer { giveBack(matcher) }
        var out: [Match] = []
        var offsets = [Int32](repeating: -1, count: 2 * (groupCount + 1))
        units.withUnsafeBufferPointer { text in
            guard sitrep_regex_set_text(matcher, text.baseAddress, Int32(text.count)) == 0 else { return }
            body(matcher, &offsets, &out)
        }
        sitrep_regex_set_text(matcher, nil, 0)  // the matcher must not keep a pointer into `units`
        return out
    }

    /// The match whose group offsets `sitrep_regex_find_next` or `sitrep_regex_match_at` wrote.
    private func match(_ offsets: [Int32]) -> Match {
        Match(ranges: (0...groupCount).map { g in
            let a = Int(offsets[2 * g]), b = Int(offsets[2 * g + 1])
            return a < 0 ? NSRange(location: NSNotFound, length: 0) : NSRange(location: a, length: b - a)
        })
    }

    /// The matches in all of `units`, left to right.
    public func matches(in units: [UInt16]) -> [Match] {
        matches(in: units, windows: [NSRange(location: 0, length: units.count)])
    }

    /// The first match in all of `units`.
    public func firstMatch(in units: [UInt16]) -> Match? {
        matches(in: units, windows: [NSRange(location: 0, length: units.count)], first: true).first
    }

    /// The first match inside `range` of `units` (bounds as in ``matches(in:windows:first:)``).
    public func firstMatch(in units: [UInt16], range: NSRange) -> Match? {
        matches(in: units, windows: [range], first: true).first
    }

    private func borrow() -> OpaquePointer {
        let r = matchers.withLock { m -> OpaquePointer? in
            if let idle = m.idle.popLast() { return idle }
            return sitrep_regex_clone(m.compiled)
        }
        // A failed clone means ICU is out of memory.
        guard let r else { fatalError("ICU could not clone a regular expression matcher") }
        return r
    }

    private func giveBack(_ r: OpaquePointer) {
        // Kept as an address: a matcher is used by one call at a time, the pool only hands it on.
        let address = Int(bitPattern: r)
        matchers.withLock { $0.idle.append(OpaquePointer(bitPattern: address)!) }
    }
}

public struct ICURegexError: Error, Sendable, CustomStringConvertible {
    public var pattern: String
    public var message: String
    public var description: String { "regular expression does not compile (\(message)): \(pattern)" }
}
