/// A value worked out once per distinct word: the first time a word is met, `make` computes its
/// value from the word; afterwards the value is read back. Words are looked up by their UTF-8
/// bytes (``Vocabulary``), so a caller scanning raw bytes makes no `String` for a word it has
/// seen.
///
/// Example: a document's token texts → their match keys, asking the shared key cache once per
/// distinct text.
public struct WordCache<Value> {
    private var words: Vocabulary
    private var values: [Value] = []

    /// A cache sized for about `expectedCount` words.
    public init(expectedCount: Int = 0) { words = Vocabulary(expectedCount: expectedCount) }

    /// Distinct words cached.
    public var count: Int { values.count }

    /// The value of the word whose UTF-8 bytes are `bytes`.
    public mutating func value(utf8 bytes: UnsafeBufferPointer<UInt8>, _ make: (String) -> Value) -> Value {
        value(at: Int(words.id(utf8: bytes)), make)
    }

    /// The value of `word`.
    public mutating func value(for word: String, _ make: (String) -> Value) -> Value {
        value(at: Int(words.id(word)), make)
    }

    /// The value of `word` if it was worked out before.
    public func cached(_ word: String) -> Value? {
        words.lookup(word).map { values[Int($0)] }
    }

    private mutating func value(at id: Int, _ make: (String) -> Value) -> Value {
        if id == values.count { values.append(make(words.words[id])) }
        return values[id]
    }
}

extension WordCache: Sendable where Value: Sendable {}
