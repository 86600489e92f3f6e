import Synchronization

/// Computes the *match key* of a token: ICU `Any-Latin; Latin-ASCII`, NFKC_Casefold, then the
/// transliteration-variant folding rules of `Gazetteer/folding.txt`, so that spellings such as
/// Tehreek / Tehrik / Tahrik, or Khawaja / Khwaja, meet on one key.
///
/// Keys are cached per distinct token text: over a corpus ICU runs about once per vocabulary
/// word. The cache is shared by all workers behind a lock; ICU transliterators are not
/// thread-safe, so misses are computed under the same lock.
///
/// Example: `key("Tehreek")` == `key("Tehrik")` == "tahrik"; `key("کابل")` == "kabl".
public final class MatchKeys: Sendable {
    private struct State: ~Copyable {
        /// Token text → key.
        var cache = WordCache<String>()
        let script: Transliterator
        let folding: Transliterator
    }

    private let state: Mutex<State>
    /// Cache entries kept before the cache is cleared (bounds memory on unbounded vocabularies).
    public let capacity: Int

    /// Compiles the folding rules (the text of `folding.txt`).
    public init(foldingRules: String, capacity: Int = 1 << 20) throws(TransliteratorError) {
        let script = try Transliterator(rules: ":: Any-Latin ; :: Latin-ASCII ;")
        let folding = try Transliterator(rules: foldingRules)
        state = Mutex(State(script: script, folding: folding))
        self.capacity = capacity
    }

    /// The key of one token (a run of letters or digits).
    public func key(_ token: some StringProtocol) -> String {
        let text = String(token)
        return state.withLock { s in
            if s.cache.count >= capacity, s.cache.cached(text) == nil { s.cache = WordCache() }
            return s.cache.value(for: text) { text in
                var latin = text
                if !text.utf8.allSatisfy({ $0 < 0x80 }) { latin = s.script.apply(text) }
                let folded = s.folding.apply(ICU.nfkcCasefold(latin))
                return String(String.UnicodeScalarView(folded.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
            }
        }
    }

    /// A text's word and number tokens with their keys, in order (punctuation dropped).
    public func keyedWords(of text: String) -> [(word: String, key: String)] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer.tokens(scalars).compactMap { token in
            guard token.kind != .punctuation else { return nil }
            let word = String(String.UnicodeScalarView(scalars[token.span.start..<token.span.end]))
            return (word, key(word))
        }
    }

    /// The keys of a text's word and number tokens, in order (punctuation and empty keys dropped).
    public func keys(of text: String) -> [String] {
        keyedWords(of: text).map(\.key).filter { !$0.isEmpty }
    }

    /// Empties the cache.
    public func clearCache() {
        state.withLock { $0.cache = WordCache() }
    }

    /// Distinct tokens cached so far.
    public var cachedCount: Int { state.withLock { $0.cache.count } }
}
