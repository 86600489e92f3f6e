/// Gives every word and number token its match key (``MatchKeys``).
///
/// Requires: `tokens`. Produces: `keys` (`document.keyTable`, and `Token.key` indexing it).
public struct Normalise: Stage {
    public static let requires: Set<Layer> = [.tokens]
    public static let produces: Set<Layer> = [.keys]

    public let keys: MatchKeys

    public init(keys: MatchKeys) { self.keys = keys }

    public func process(_ document: inout Document) throws(StageError) {
        var table = Vocabulary()  // the document's distinct keys
        // Token text → key index: the shared cache (behind a lock) is asked once per distinct
        // word of the document, not once per token.
        var seen: [String: Int32] = [:]
        seen.reserveCapacity(document.tokens.count / 2)
        let scalars = document.scalars
        for i in document.tokens.indices where document.tokens[i].kind != .punctuation {
            let span = document.tokens[i].span
            let text = Document.string(scalars[span.start..<span.end])
            if let k = seen[text] {
                document.tokens[i].key = k
                continue
            }
            let k = table.id(keys.key(text))
            seen[text] = k
            document.tokens[i].key = k
        }
        document.keyTable = table.words
    }
}
