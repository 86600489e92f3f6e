/// A fixed table from words to values, looked up by the words' UTF-8 bytes as ``WordSet`` does
/// (no seeded hash per lookup): for lexicons whose words carry data and are asked once per word.
public struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private let words: WordSet
    private let values: [Value]

    /// A later pair for a word already given replaces the earlier one's value.
    public init(_ pairs: some Sequence<(String, Value)>) {
        let grouped = WordSet.grouping(pairs.map { (word: $0.0, value: $0.1) })
        words = grouped.words
        values = grouped.values.map { $0.last! }
    }

    public init(dictionaryLiteral pairs: (String, Value)...) { self.init(pairs) }

    public subscript(_ word: String) -> Value? { words.index(of: word).map { values[$0] } }

    /// The words, in the order first given.
    public var keys: [String] { words.words }
}
