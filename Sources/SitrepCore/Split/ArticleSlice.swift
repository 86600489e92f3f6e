/// One article found in an input: which of the input's lines it spans and what its structure shows.
public struct ArticleSlice: Sendable, Equatable {
    /// Indices into the input's lines, `first...last`.
    public var lines: ClosedRange<Int>
    /// Index of the standfirst line, when the structure shows one.
    public var standfirst: Int?
    public var headline: Int?
    /// Indices of the sections' names printed over the headline ("World", "Asia").
    public var sections: [Int] = []
    public var published: Day?
    public var publishedSource: Document.PublishedSource?
    /// Index of the header's date line, when one gave the publication date: other date lines
    /// of the article are the body's (a timeline's "October 9, 2025" subheadings).
    public var dateLine: Int?
    /// The cue that opened the article (for `sitrep dump` and tests).
    public var cue: String
}
