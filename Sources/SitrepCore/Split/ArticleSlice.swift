/// One article found in an input: which of the input's lines it spans and what its structure shows.
public struct ArticleSlice: Sendable, Equatable {
    /// Indices into the input's lines, `first...last`.
    public var lines: ClosedRange<Int>
    /// Index of the standfirst line, when the structure shows one.
    public var standfirst: Int?
    public var headline: Int?
    public var published: Day?
    public var publishedSource: Document.PublishedSource?
    /// The cue that opened the article (for `sitrep dump` and tests).
    public var cue: String
}
