/// A compiled multi-token matcher over match keys for every name and alias of the gazetteer.
///
/// Patterns are indexed by their first key and tried longest first, so "Khyber Pakhtunkhwa"
/// wins over "Khyber" and "Tehreek-e-Taliban Pakistan" over "Pakistan". A pattern whose alias is
/// written in capitals ("TTP", "US", "KP") only matches text written in capitals.
///
/// A class: the stages holding it are copied per document, and a copy of one reference costs
/// one retain where a copy of the tables cost one per table.
public final class NameMatcher: Sendable {
    public enum Target: Sendable, Hashable {
        case place(Int)
        case entity(Int)
    }

    struct Pattern: Sendable {
        var keys: [Int32]  // ids in ``keyIDs``
        var target: Target
        var acronym: Bool
    }

    public let gazetteer: Gazetteer
    let patterns: [Pattern]
    /// Every key some pattern uses → its id; text is matched as ids, one lookup per distinct key.
    public let keyIDs: Vocabulary
    /// Key id of a pattern's first key → pattern indices, longest pattern first.
    let byFirstKey: [[Int]]
    /// Keys of the words of people's names ("asif", "dar"): a lone place name equal to one is
    /// read as the person unless it names a large place.
    public let personNameKeys: Set<String>
    /// The keys of each place's own name, by place index.
    public let nameKeys: [[String]]
    /// Entity index by the joined keys of each of its names ("tahrik e taliban pakistan").
    public let entityByKey: [String: Int]

    /// Keys of names that are also common words, languages, tribes or personal names
    /// (`Gazetteer/ambiguous.txt`): places of those names need a locative cue.
    public let ambiguousKeys: Set<String>

    public init(gazetteer: Gazetteer, keys: MatchKeys, ambiguous: [String] = []) {
        self.ambiguousKeys = Set(ambiguous.map { keys.keys(of: $0).joined(separator: " ") })
        self.gazetteer = gazetteer
        var patterns: [Pattern] = []
        var ids = Vocabulary()
        var seen = Set<[Int32]>()
        func add(_ alias: String, _ target: Target) {
            let k = keys.keys(of: alias).map { ids.id($0) }
            guard !k.isEmpty else { return }
            let letters = alias.unicodeScalars.filter { $0.properties.isAlphabetic }
            let acronym = letters.count <= 6 && !letters.isEmpty && letters.allSatisfy { $0.properties.isUppercase }
            let signature = k + [acronym ? -1 : -2] + NameMatcher.code(target)
            guard seen.insert(signature).inserted else { return }
            patterns.append(Pattern(keys: k, target: target, acronym: acronym))
        }
        for (i, p) in gazetteer.places.enumerated() {
            for name in [p.name] + p.aliases {
                add(name, .place(i))
                // GeoNames marks ayn and hamza with apostrophes the news leaves out ("Nad 'Ali",
                // "Panjwa'i" are written "Nad Ali", "Panjwai").
                if let plain = NameMatcher.withoutApostrophes(name) { add(plain, .place(i)) }
                // GeoNames' alternate names of units often carry the unit word ("Qarghayi
                // District"), which the text may leave out.
                for unit in [" District", " Province"] where name.hasSuffix(unit) && name.count > unit.count + 2 {
                    add(String(name.dropLast(unit.count)), .place(i))
                }
            }
            // Pakistani and Afghan papers often write a two-word name as one ("Landikotal",
            // "Spinboldak", "Torghar").
            if p.country == "PK" || p.country == "AF", let joined = NameMatcher.joinedTwoWords(p.name) { add(joined, .place(i)) }
        }
        var personKeys = Set<String>()
        for (i, e) in gazetteer.entities.enumerated() {
            for name in [e.name] + e.aliases {
                add(name, .entity(i))
                if e.kind == .person { personKeys.formUnion(keys.keys(of: name)) }
            }
        }
        var index = [[Int]](repeating: [], count: ids.count)
        for (n, p) in patterns.enumerated() { index[Int(p.keys[0])].append(n) }
        for k in index.indices { index[k].sort { patterns[$0].keys.count > patterns[$1].keys.count } }
        self.patterns = patterns
        self.keyIDs = ids
        self.byFirstKey = index
        self.personNameKeys = personKeys
        self.nameKeys = gazetteer.places.map { keys.keys(of: $0.name) }
        var byKey: [String: Int] = [:]
        for (i, e) in gazetteer.entities.enumerated() {
            for name in [e.name] + e.aliases { byKey[keys.keys(of: name).joined(separator: " "), default: i] = i }
        }
        self.entityByKey = byKey
    }

    /// Two negative numbers standing for a target in a pattern's signature (key ids are ≥ 0).
    private static func code(_ target: Target) -> [Int32] {
        switch target {
        case let .place(i): [-3, -Int32(i) - 1]
        case let .entity(i): [-4, -Int32(i) - 1]
        }
    }

    /// Every entry one of whose names has exactly these keys (`sitrep gazetteer lookup`; "South"
    /// in "South and North Waziristan").
    public func entries(named keys: [String]) -> [Target] {
        let wanted = keys.map { keyIDs.lookup($0) ?? -1 }  // -1: a key no pattern uses
        guard let first = wanted.first, first >= 0 else { return [] }
        var out: [Target] = []
        for n in byFirstKey[Int(first)] where patterns[n].keys == wanted && !out.contains(patterns[n].target) {
            out.append(patterns[n].target)
        }
        return out
    }

    /// A match of `length` consecutive word tokens, starting at word `start`, and every entry a
    /// pattern of that length names there.
    static let apostrophes: ScalarSet = ["'", "‘", "’", "ʼ", "ʻ", "`"]

    /// A name of two words of letters ("Landi Kotal") written as one ("LandiKotal", matched as
    /// "Landikotal"), or nil.
    static func joinedTwoWords(_ name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count == 2, words.allSatisfy({ $0.count >= 3 && $0.allSatisfy(\.isLetter) }) else { return nil }
        return words.joined()
    }

    /// The name with its apostrophes deleted, or nil when it has none.
    static func withoutApostrophes(_ name: String) -> String? {
        guard name.unicodeScalars.contains(where: apostrophes.contains) else { return nil }
        var plain = String.UnicodeScalarView()
        plain.append(contentsOf: name.unicodeScalars.filter { !apostrophes.contains($0) })
        return String(plain)
    }

    public struct Match: Sendable {
        public var start: Int
        public var length: Int
        public var targets: [Target]
        /// Whether a name written in capitals ("FATA", "KP") matched.
        public var acronym = false
    }

    /// Longest matches, left to right, over a sequence of word tokens given by their key ids
    /// (``keyIDs``). `joined[i]` tells whether word i and word i+1 may belong to one name (only
    /// spaces, hyphens, periods or apostrophes between them); `isUpper[i]` whether word i is
    /// written in capitals; `capitalised[i]` whether it opens with a capital: a name of two words
    /// or more starts only at one, so that "the Gulf state of Qatar" (an alias "State of Qatar"
    /// written in lower case) leaves "Qatar" to match. A place name of two words or more ends only
    /// at a word for which `closesPlace` holds, so that "the Bara bazaar" (an alias "Bara Bazaar")
    /// falls back to the shorter "Bara".
    public func matches(ids keys: [Int32], joined: [Bool], isUpper: [Bool], capitalised: [Bool],
                        closesPlace: (Int) -> Bool = { _ in true }) -> [Match] {
        var out: [Match] = []
        var i = 0
        while i < keys.count {
            var best: Match?
            for n in keys[i] >= 0 ? byFirstKey[Int(keys[i])] : [] {
                let p = patterns[n]
                let len = p.keys.count
                if let b = best, len < b.length { break }
                guard i + len <= keys.count, len == 1 || capitalised[i] else { continue }
                var ok = true
                for j in 0..<len where keys[i + j] != p.keys[j] || (j > 0 && !joined[i + j - 1]) || (p.acronym && !isUpper[i + j]) {
                    ok = false
                    break
                }
                guard ok else { continue }
                if len > 1, case .place = p.target, !closesPlace(i + len - 1) { continue }
                if best == nil { best = Match(start: i, length: len, targets: []) }
                if !best!.targets.contains(p.target) { best!.targets.append(p.target) }
                if p.acronym { best!.acronym = true }
            }
            if let b = best {
                out.append(b)
                i += b.length
            } else {
                i += 1
            }
        }
        return out
    }
}
