/// Gives every word and number token its match key (``MatchKeys``).
///
/// Requires: `tokens`. Produces: `keys` (`document.keyTable`, and `Token.key` indexing it).
public struct Normalise: Stage {
    public static let requires: Set<Layer> = [.tokens]
    public static let produces: Set<Layer> = [.keys]

    public let keys: MatchKeys

    public init(keys: MatchKeys) { self.keys = keys }

    public func process(_ document: inout Document) throws(StageError) {
        var index: [String: Int32] = [:]
        var table: [String] = []
        let scalars = document.scalars
        for i in document.tokens.indices where document.tokens[i].kind != .punctuation {
            let span = document.tokens[i].span
            let key = keys.key(String(String.UnicodeScalarView(scalars[span.start..<span.end])))
            if let k = index[key] {
                document.tokens[i].key = k
            } else {
                let k = Int32(table.count)
                index[key] = k
                table.append(key)
                document.tokens[i].key = k
            }
        }
        document.keyTable = table
    }
}
