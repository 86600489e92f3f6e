/// A fixed set of words looked up by their UTF-8 bytes (see ``Vocabulary``), for the lexicons
/// consulted once per word: a `Set<String>` lookup hashes with a seeded SipHash, several times
/// the cost of this table's hash for a short word.
///
/// Most words of a text are in none of the small lexicons, so a lookup first asks a 1,024-bit
/// filter of the members' first two bytes (5 bits of each: every pair of lowercase letters has
/// its own bit) and only then hashes.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var vocabulary = Vocabulary()
    private var openings = [UInt64](repeating: 0, count: 16)

    public init(_ words: some Sequence<String>) {
        for w in words {
            _ = vocabulary.id(w)
            var bytes = w
            let bit = bytes.withUTF8(WordSet.opening)
            openings[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    public init(arrayLiteral words: String...) { self.init(words) }

    public func contains(_ word: String) -> Bool { index(of: word) != nil }

    /// The position of `word` among the words as given (duplicates count once), or nil.
    public func index(of word: String) -> Int? {
        // Read in place (a copy for `withUTF8` retained and released the word's storage).
        if let found = word.utf8.withContiguousStorageIfAvailable(index(utf8:)) { return found }
        var bytes = word
        return bytes.withUTF8(index(utf8:))
    }

    /// ``index(of:)`` for the word whose UTF-8 bytes are `bytes`.
    private func index(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let bit = WordSet.opening(bytes)
        guard openings[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        return vocabulary.lookup(utf8: bytes).map(Int.init)
    }

    /// Whether the word whose UTF-8 bytes are `bytes` is in the set.
    public func contains(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let bit = WordSet.opening(bytes)
        guard openings[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        return vocabulary.lookup(utf8: bytes) != nil
    }

    /// The words of `pairs` as a set, and for each word (by its ``index(of:)``) its values in
    /// the order given: a lexicon whose words carry data.
    public static func grouping<Value>(_ pairs: [(word: String, value: Value)]) -> (words: WordSet, values: [[Value]]) {
        let words = WordSet(pairs.map(\.word))
        var values = [[Value]](repeating: [], count: words.words.count)
        for (word, value) in pairs { values[words.index(of: word)!].append(value) }
        return (words, values)
    }

    /// The words, in the order given.
    public var words: [String] { vocabulary.words }

    /// The filter bit of a word: the low 5 bits of its first two bytes (0 for a missing byte).
    private static func opening(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let a = bytes.count > 0 ? Int(bytes[0] & 31) : 0
        let b = bytes.count > 1 ? Int(bytes[1] & 31) : 0
        return a << 5 | b
    }
}
