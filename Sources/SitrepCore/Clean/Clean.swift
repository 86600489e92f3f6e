/// Drops scraping debris and the lines the splitter read as metadata (standfirst, headline),
/// recording each in ``Document/removed``; joins the kept lines into ``Document/text``.
///
/// Requires: `lines`. Produces: `text` (with the offset map back to raw bytes).
///
/// Example: `["Share", "Clashes killed 12.", "Recommended Stories"]` → text `"Clashes killed 12."`,
/// removed `[share "Share", recommended "Recommended Stories"]`.
public struct Clean: Stage {
    public static let requires: Set<Layer> = [.lines]
    public static let produces: Set<Layer> = [.text]

    public let classifier: DebrisClassifier

    public init(classifier: DebrisClassifier) { self.classifier = classifier }

    public func process(_ document: inout Document) throws(StageError) {
        var kinds = document.lineKinds ?? []
        if kinds.count != document.lines.count { kinds = classifier.classify(document.lines.map(\.text)) }
        var pieces: [(text: Substring, rawStart: Int, spaces: [WidenedSpace])] = []
        var removed: [Removal] = []
        let keepCaptions = Clean.isGallery(document.lines.indices.map { document.metadataLines[$0] ?? kinds[$0] })
        for (i, line) in document.lines.enumerated() {
            var kind = document.metadataLines[i] ?? kinds[i]
            if kind == "blank" { continue }
            if keepCaptions, kind == "caption" { kind = nil }
            let (trimmed, lead) = Clean.trim(line.text)
            if let kind {
                removed.append(Removal(kind: kind, text: String(trimmed), line: line.number))
            } else {
                let length = trimmed.utf8.count
                let spaces = line.widenedSpaces.filter { $0.at >= lead && $0.at < lead + length }.map { WidenedSpace(at: $0.at - lead, rawBytes: $0.rawBytes) }
                pieces.append((trimmed, line.rawOffset + line.rawBytes(before: lead), spaces))
            }
        }
        document.removed = removed
        document.setCleanedText(pieces)
    }

    /// Whether a page of these line kinds is a photo gallery ("Photos: …", "In Pictures"): three
    /// captions or more beside one paragraph of text at most. A gallery's captions are its text,
    /// which an article's captions beside its paragraphs are not (a short report may carry more
    /// captions than paragraphs).
    static func isGallery(_ kinds: [String?]) -> Bool {
        var captions = 0, paragraphs = 0
        for kind in kinds {
            if kind == nil { paragraphs += 1 } else if kind == "caption" { captions += 1 }
        }
        return captions >= 3 && paragraphs <= 1
    }

    /// The line without surrounding white space, and how many bytes were cut from its start.
    static func trim(_ s: Substring) -> (Substring, Int) {
        var start = s.startIndex, end = s.endIndex
        while start < end, s[start].isWhitespace { start = s.index(after: start) }
        while end > start, s[s.index(before: end)].isWhitespace { end = s.index(before: end) }
        return (s[start..<end], s.utf8.distance(from: s.startIndex, to: start))
    }
}
