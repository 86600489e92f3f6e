/// A fixed set of words looked up by their UTF-8 bytes (see ``Vocabulary``), for the lexicons
/// the event readers consult once per word: a `Set<String>` lookup hashes with a seeded SipHash,
/// several times the cost of this table's FNV-1a for a short word.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var vocabulary = Vocabulary()

    public init(_ words: some Sequence<String>) {
        for w in words { _ = vocabulary.id(w) }
    }

    public init(arrayLiteral words: String...) { self.init(words) }

    public func contains(_ word: String) -> Bool { vocabulary.lookup(word) != nil }

    /// Whether the word whose UTF-8 bytes are `bytes` is in the set.
    public func contains(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool { vocabulary.lookup(utf8: bytes) != nil }

    /// The words, in the order given.
    public var words: [String] { vocabulary.words }
}
