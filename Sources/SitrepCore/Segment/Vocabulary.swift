/// Interned strings: each distinct string gets the next integer id, so that later stages compare
/// and index ids instead of hashing strings again.
public struct Vocabulary: Sendable {
    private var ids: [String: Int32] = [:]
    /// The strings, by id.
    public private(set) var words: [String] = []

    public init() {}

    /// The id of `word`, given it if new.
    public mutating func id(_ word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(words.count)
        ids[word] = id
        words.append(word)
        return id
    }

    public var count: Int { words.count }

    /// String → id, for holders that only look up.
    public var table: [String: Int32] { ids }
}
