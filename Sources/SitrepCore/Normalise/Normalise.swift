/// Gives every word and number token its match key (``MatchKeys``).
///
/// Requires: `tokens`. Produces: `keys` (`document.keyTable`, and `Token.key` indexing it).
public struct Normalise: Stage {
    public static let requires: Set<Layer> = [.tokens]
    public static let produces: Set<Layer> = [.keys]

    public let keys: MatchKeys

    public init(keys: MatchKeys) { self.keys = keys }

    public func process(_ document: inout Document) throws(StageError) {
        // Distinct words run at about a third of a news article's tokens.
        var table = Vocabulary(expectedCount: document.tokens.count / 3)  // the document's distinct keys
        // Token text → key index: the shared cache (behind a lock) is asked once per distinct
        // word of the document, not once per token. Token texts are looked up by their UTF-8
        // bytes, written into one scratch buffer.
        var keyOfText = WordCache<Int32>(expectedCount: document.tokens.count / 3)
        var utf8: [UInt8] = []
        utf8.reserveCapacity(64)
        let scalars = document.scalars
        for i in document.tokens.indices where document.tokens[i].kind != .punctuation {
            let span = document.tokens[i].span
            utf8.removeAll(keepingCapacity: true)
            for c in scalars[span.start..<span.end] {
                if c.value < 128 { utf8.append(UInt8(truncatingIfNeeded: c.value)) } else { utf8.append(contentsOf: UTF8.encode(c)!) }
            }
            document.tokens[i].key = utf8.withUnsafeBufferPointer { text in
                keyOfText.value(utf8: text) { table.id(keys.key($0)) }
            }
        }
        document.keyTable = table.words
    }
}
