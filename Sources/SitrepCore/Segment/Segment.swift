/// Splits the cleaned text into sentences (ICU) and tokens (a scalar scanner).
///
/// Requires: `text`. Produces: `sentences`, `tokens`.
///
/// Example: `"Lt. Col. Junaid Arif was killed. The army said 19 died."` → two sentences; tokens
/// `Lt` `.` `Col` `.` `Junaid` … `19` `died` `.`
public struct Segment: Stage {
    public static let requires: Set<Layer> = [.text]
    public static let produces: Set<Layer> = [.sentences, .tokens]

    public init() {}

    public func process(_ document: inout Document) throws(StageError) {
        let scalars = document.scalars
        var sentences: [Span] = []
        // Paragraphs are sentence-broken one at a time: a line break always ends a sentence.
        for paragraph in document.paragraphs {
            let slice = Array(scalars[paragraph.start..<paragraph.end])
            var start = 0
            for b in ICU.sentenceBreaks(slice) {
                var end = b
                while end > start, Tokenizer.isSpace(slice[end - 1]) { end -= 1 }
                var s = start
                while s < end, Tokenizer.isSpace(slice[s]) { s += 1 }
                if s < end { sentences.append(Span(paragraph.start + s, paragraph.start + end)) }
                start = b
            }
        }
        document.sentences = Segment.mergeAbbreviations(sentences, scalars)
        document.tokens = Tokenizer.tokens(scalars)
    }

    /// Abbreviations that ICU's suppression list lacks but news uses before names ("Lt. Col.",
    /// "Gen.", "Maj."): a sentence ending in one continues into the next.
    static let titles: WordSet = [
        "lt", "col", "gen", "maj", "capt", "cpt", "sgt", "brig", "adm", "cdr", "cmdr", "dr", "mr", "mrs", "ms",
        "prof", "gov", "sen", "rep", "rev", "st", "no", "vs", "jr", "sr", "inc", "corp", "co", "ltd", "u.s", "u.n",
        "a.m", "p.m", "e.g", "i.e", "approx", "est", "dept", "univ", "hon", "pres", "supt", "insp",
    ]

    static let longestTitle = titles.words.map(\.count).max()!

    static func mergeAbbreviations(_ sentences: [Span], _ scalars: [Unicode.Scalar]) -> [Span] {
        var out: [Span] = []
        for s in sentences {
            if let last = out.last, last.end <= s.start, endsWithTitle(last, scalars) || endsWithMonth(last, before: s, scalars),
               !scalars[last.end..<s.start].contains("\n") {
                out[out.count - 1] = Span(last.start, s.end)
            } else {
                out.append(s)
            }
        }
        return out
    }

    /// Months shortened with a full stop ("Oct. 12", as AP and Bloomberg write dates).
    static let monthAbbreviations: WordSet = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    /// Whether `span` ends with a shortened month and `next` opens with a digit: "… halted since
    /// Oct." and "12." are one sentence.
    static func endsWithMonth(_ span: Span, before next: Span, _ scalars: [Unicode.Scalar]) -> Bool {
        guard span.length >= 4, scalars[span.end - 1] == ".", ("0"..."9").contains(scalars[next.start]) else { return false }
        var i = span.end - 1
        while i > span.start, Tokenizer.isLetter(scalars[i - 1]) { i -= 1 }
        guard (3...4).contains(span.end - 1 - i), i == span.start || !Tokenizer.isLetter(scalars[i - 1]) else { return false }
        return monthAbbreviations.contains(String(String.UnicodeScalarView(scalars[i..<(span.end - 1)])).lowercased())
    }

    static func endsWithTitle(_ span: Span, _ scalars: [Unicode.Scalar]) -> Bool {
        guard span.length >= 2, scalars[span.end - 1] == "." else { return false }
        var i = span.end - 1
        while i > span.start, Tokenizer.isLetter(scalars[i - 1]) || scalars[i - 1] == "." { i -= 1 }
        // No title is longer than ``longestTitle``: most sentences end in a longer word.
        guard span.end - 1 - i <= longestTitle else { return false }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[i..<(span.end - 1)])
        let w = String(word).lowercased()
        // A single capital letter is an initial ("H. Achakzai").
        if w.count == 1, let c = scalars[i].properties.isUppercase ? scalars[i] : nil, c.properties.isAlphabetic { return true }
        // Capital initials run together ("D.I. Khan", "D.G. ISPR", "U.K."), as "U.S." is.
        let letters = scalars[i..<(span.end - 1)]
        if letters.count >= 3, letters.enumerated().allSatisfy({ k, c in k % 2 == 0 ? c.properties.isUppercase : c == "." }) { return true }
        return titles.contains(w)
    }
}
