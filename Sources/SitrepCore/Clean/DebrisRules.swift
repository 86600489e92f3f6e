import Foundation

/// The patterns of scraping debris, loaded from `Gazetteer/debris.tsv` so that maintainers can
/// add a pattern without touching code. Columns: `kind  context  max_chars  requires  pattern  note`.
///
/// - `context` is `any`, or `after:<kind>` for a line that is debris only right after a line of
///   that kind (a guest line under programme credits).
/// - `max_chars` skips longer lines cheaply: real debris is short.
/// - `requires` is a `|`-separated list of literals of which the line must contain one (or
///   empty): checked before the pattern, because a regular expression per line is costly. A
///   literal written with a leading `^` must open the line (`^Title`), a cheaper test for
///   anchored patterns. Literals are compared without regard to ASCII case ("ead more" also
///   admits "READ MORE" and "Read More"), so that a pattern's capitalised forms are never
///   turned away before it is tried.
/// - `pattern` is an ICU regular expression tested against the trimmed line.
public struct DebrisRules: Sendable {
    public struct Rule: Sendable {
        public var kind: String
        public var after: String?
        public var maxChars: Int
        public let requires: [String]
        /// The `^` literals of `requires`, without the caret: the line must open with one. Both
        /// lists are held in ASCII lower case (see ``DebrisRules/asciiLowercased(_:)``).
        public var prefixes: [String]
        public var pattern: ICURegex
        public var line: Int
        /// For each literal of `requires`, the bit (see ``BytePairs``) of each of its first byte
        /// pairs: a line lacking one of them cannot hold the literal.
        let requiredPairs: [[Int]]

        init(kind: String, after: String?, maxChars: Int, requires: [String], prefixes: [String], pattern: ICURegex, line: Int) {
            self.kind = kind
            self.after = after
            self.maxChars = maxChars
            self.requires = requires
            self.prefixes = prefixes
            self.pattern = pattern
            self.line = line
            requiredPairs = requires.map { literal in
                let b = Array(literal.utf8)
                return b.count < 2 ? [] : (0..<min(b.count - 1, 6)).map { BytePairs.bit(b[$0], b[$0 + 1]) }
            }
        }
    }

    public let rules: [Rule]

    public init(rules: [Rule]) { self.rules = rules }

    public init(contentsOf path: String) throws(GazetteerError) {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        try self.init(tsv: text, path: path)
    }

    public init(tsv: String, path: String) throws(GazetteerError) {
        var rules: [Rule] = []
        let lines = InputReader.lines(of: tsv).map(\.text)
        let header = ["kind", "context", "max_chars", "requires", "pattern", "note"]
        guard let first = lines.first, first.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) == header else {
            throw .badHeader(path: path, expected: header.joined(separator: "\\t"))
        }
        for (i, line) in lines.enumerated().dropFirst() where !line.isEmpty && !line.hasPrefix("#") {
            let n = i + 1
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count == header.count else {
                throw .row(path: path, line: n, reason: "expected \(header.count) tab-separated columns, found \(cols.count)")
            }
            guard let maxChars = Int(cols[2]), maxChars > 0 else {
                throw .row(path: path, line: n, reason: "max_chars '\(cols[2])' is not a positive integer")
            }
            var after: String?
            if cols[1].hasPrefix("after:") { after = String(cols[1].dropFirst(6)) } else if cols[1] != "any" {
                throw .row(path: path, line: n, reason: "context '\(cols[1])' must be 'any' or 'after:<kind>'")
            }
            let regex: ICURegex
            do { regex = try ICURegex(cols[4]) } catch {
                throw .row(path: path, line: n, reason: "pattern does not compile (\(error.message))")
            }
            let literals = cols[3].split(separator: "|").map { DebrisRules.asciiLowercased(String($0)) }
            rules.append(Rule(kind: cols[0], after: after, maxChars: maxChars, requires: literals.filter { !$0.hasPrefix("^") },
                              prefixes: literals.filter { $0.hasPrefix("^") }.map { String($0.dropFirst()) }, pattern: regex, line: n))
        }
        self.rules = rules
    }
}

extension DebrisRules {
    /// The byte pairs of a line, as a 4,096-bit set: pairs may share a bit, so the set rules a
    /// literal out (one of its pairs is missing), never in.
    struct BytePairs {
        private var words = [UInt64](repeating: 0, count: 64)

        init(_ bytes: [UInt8]) {
            for k in bytes.indices.dropLast() {
                let b = Self.bit(bytes[k], bytes[k + 1])
                words[b >> 6] |= 1 << UInt64(b & 63)
            }
        }

        /// The bit the pair `a`, `b` sets.
        @inline(__always) static func bit(_ a: UInt8, _ b: UInt8) -> Int { (Int(a) &* 31 &+ Int(b)) & 4095 }

        /// Whether every bit of `bits` is set.
        func containsAll(_ bits: [Int]) -> Bool { bits.allSatisfy { words[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 } }
    }

    /// `text` with its ASCII capitals lowered, other bytes unchanged.
    static func asciiLowercased(_ text: String) -> String {
        String(decoding: text.utf8.map(asciiLowercased), as: UTF8.self)
    }

    /// An ASCII capital's lower case; any other byte unchanged.
    static func asciiLowercased(_ byte: UInt8) -> UInt8 { (65...90).contains(byte) ? byte | 0x20 : byte }
}

/// Pattern rules that need a look at neighbouring lines and so are not regular expressions.
extension DebrisRules {
    /// Verbs of attribution: a line carrying one is reporting, not an embedded post.
    static let reportingWords: WordSet = [
        "said", "says", "say", "told", "added", "according", "stated", "noted", "warned", "announced",
        "claimed", "reported", "expressed", "wrote", "posted", "quoted", "accused", "denied", "denies",
    ]
}
