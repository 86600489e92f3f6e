/// One article: its metadata, its cleaned text, and the standoff annotation layers that
/// the pipeline's stages add. Stages never rewrite ``text`` once ``Clean`` has set it; every
/// annotation points into it with a ``Span`` of Unicode-scalar offsets.
public struct Document: Sendable {
    public enum Format: String, Sendable { case text, html }

    /// Where the publication date came from.
    public enum PublishedSource: String, Sendable {
        /// A "Published On …" line of the scrape.
        case line
        /// HTML metadata (`<meta>`, JSON-LD, `<time>`).
        case meta
        /// Inferred from the article's own dates and weekdays (and its neighbours in a dump).
        case inferred
        /// Given by the caller (`--published`, or `published` in JSON Lines).
        case given
    }

    // MARK: Metadata
    public var id: String
    public var source: String
    public var sha256: String
    public var format: Format
    public var headline: String?
    public var standfirst: String?
    public var published: Day?
    public var publishedSource: PublishedSource?

    // MARK: Raw input (before cleaning)
    /// The article's lines as read from the input, with their byte offsets there.
    public var lines: [SourceLine]
    /// Lines the splitter read as metadata (index into ``lines`` → "standfirst" or "headline");
    /// cleaning keeps them out of the body text.
    public var metadataLines: [Int: String] = [:]
    /// Debris kinds of `lines` as the reader found them while splitting (nil for HTML and JSON
    /// Lines input); Clean reuses them instead of classifying again.
    public var lineKinds: [String?]?
    /// What reading had to repair in this document's input (e.g. bytes replaced under `--lossy`).
    public var warnings: [String] = []

    // MARK: Cleaned text and its layers
    /// The cleaned body text: the kept lines, joined by "\n".
    public private(set) var text: String = ""
    /// ``text`` as an array, for O(1) slicing by scalar offset.
    public private(set) var scalars: [Unicode.Scalar] = []
    public private(set) var offsetMap = OffsetMap()
    /// ``text`` indexed for the pattern stages (UTF-16 ranges, word runs), built once.
    public private(set) var index = TextIndex("")
    /// What cleaning dropped, in input order, for audit.
    public var removed: [Removal] = []
    /// One span per kept input line (a paragraph of the article).
    public var paragraphs: [Span] = []
    public var sentences: [Span] = []
    public var tokens: [Token] = []
    /// Distinct match keys of the document's tokens; `tokens[i].key` indexes it (see ``MatchKeys``).
    public var keyTable: [String] = []
    public var places: [PlaceMention] = []
    public var entities: [EntityMention] = []
    public var dates: [DateMention] = []
    public var numbers: [NumberMention] = []
    public var events: [Event] = []
    /// Layers present so far; the pipeline checks stage requirements against it.
    public var layers: Set<Layer> = []

    public init(id: String, source: String, sha256: String, format: Format, lines: [SourceLine]) {
        self.id = id
        self.source = source
        self.sha256 = sha256
        self.format = format
        self.lines = lines
    }

    /// Sets the cleaned text from kept pieces of the raw lines. Only the Clean stage calls this.
    /// Joins the kept pieces of lines with newlines into `text`, mapping each piece back to the
    /// raw input; `spaces` are a piece's ASCII spaces that stand for wider ones (byte offsets in
    /// the piece), each mapped on its own so that the bytes after it map right.
    public mutating func setCleanedText(_ pieces: [(text: Substring, rawStart: Int, spaces: [WidenedSpace])]) {
        var text = ""
        var scalars: [Unicode.Scalar] = []
        var map = OffsetMap()
        var paragraphs: [Span] = []
        for (i, piece) in pieces.enumerated() {
            if i > 0 {
                text.append("\n")
                scalars.append("\n")
            }
            let start = scalars.count
            // ASCII pieces (most) are widened bytewise instead of decoded scalar by scalar.
            let ascii = piece.text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                guard !bytes.contains(where: { $0 >= 128 }) else { return false }
                scalars.append(contentsOf: bytes.lazy.map { Unicode.Scalar($0) })
                return true
            }
            if ascii != true { scalars.append(contentsOf: piece.text.unicodeScalars) }
            text.append(contentsOf: piece.text)
            if piece.spaces.isEmpty {
                map.append(cleanStart: start, length: scalars.count - start, rawStart: piece.rawStart)
            } else {
                // Segments split at each widened space: [before it], [the space], and so on. A
                // scalar's raw offset is the piece's start plus its byte in the piece plus the
                // extra width of the widened spaces before it.
                var segment = (scalar: start, byte: 0), k = start, byte = 0, extra = 0
                for space in piece.spaces {
                    while byte < space.at { byte += UTF8.width(scalars[k]); k += 1 }
                    if k > segment.scalar { map.append(cleanStart: segment.scalar, length: k - segment.scalar, rawStart: piece.rawStart + segment.byte + extra) }
                    map.append(cleanStart: k, length: 1, rawStart: piece.rawStart + byte + extra)
                    extra += space.rawBytes - 1
                    byte += 1; k += 1
                    segment = (k, byte)
                }
                if scalars.count > segment.scalar {
                    map.append(cleanStart: segment.scalar, length: scalars.count - segment.scalar, rawStart: piece.rawStart + segment.byte + extra)
                }
            }
            paragraphs.append(Span(start, scalars.count))
        }
        self.text = text
        self.scalars = scalars
        self.offsetMap = map
        self.paragraphs = paragraphs
        self.index = TextIndex(scalars: scalars)
    }

    /// The text of `span`.
    public func slice(_ span: Span) -> String { Document.string(scalars[span.start..<span.end]) }

    /// A string of scalars, its UTF-8 written bytewise (a scalar view appended piece by piece
    /// costs several times more, and curly quotes and dashes make many tokens non-ASCII).
    static func string(_ piece: ArraySlice<Unicode.Scalar>) -> String {
        var length = 0
        for c in piece { length += UTF8.width(c) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var k = 0
            for c in piece {
                if c.value < 128 {
                    buffer[k] = UInt8(truncatingIfNeeded: c.value)
                    k += 1
                } else {
                    for b in UTF8.encode(c)! {
                        buffer[k] = b
                        k += 1
                    }
                }
            }
            return k
        }
    }

    /// The match keys of the word and number tokens inside `span`, in order (empty keys dropped):
    /// what ``MatchKeys/keys(of:)`` gives for the span's text, read from the keys layer.
    public func keys(in span: Span) -> [String] {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].span.start < span.start { lo = mid + 1 } else { hi = mid }
        }
        var out: [String] = []
        while lo < tokens.count, tokens[lo].span.end <= span.end {
            let t = tokens[lo]
            if t.kind != .punctuation, t.key >= 0, !keyTable[Int(t.key)].isEmpty { out.append(keyTable[Int(t.key)]) }
            lo += 1
        }
        return out
    }

    /// The raw input byte offset where `span` starts, if it starts on input text.
    public func rawOffset(of span: Span) -> Int? {
        offsetMap.rawOffset(of: span.start, in: scalars)
    }

    /// The paragraph containing `offset`, if any.
    public func paragraph(containing offset: Int) -> Span? { Document.span(containing: offset, in: paragraphs) }

    /// The sentence containing `offset`, if any.
    public func sentence(containing offset: Int) -> Span? { Document.span(containing: offset, in: sentences) }

    /// The span of the ascending, non-overlapping `spans` that contains `offset` (its end
    /// included), by binary search.
    static func span(containing offset: Int, in spans: [Span]) -> Span? {
        var lo = 0, hi = spans.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let s = spans[mid]
            if offset < s.start { hi = mid - 1 } else if offset > s.end { lo = mid + 1 } else { return s }
        }
        return nil
    }
}

/// One line of the raw input.
public struct SourceLine: Sendable, Equatable {
    public var text: Substring
    /// 1-based line number in the input file.
    public var number: Int
    /// Byte offset of the line's first byte in the input file.
    public var rawOffset: Int
    /// Where `text` holds an ASCII space for a wider space of the input (a no-break space, a
    /// thin space): the space's byte offset in `text` and its width in the input, in order.
    public var widenedSpaces: [WidenedSpace]

    public init(text: Substring, number: Int, rawOffset: Int, widenedSpaces: [WidenedSpace] = []) {
        self.text = text
        self.number = number
        self.rawOffset = rawOffset
        self.widenedSpaces = widenedSpaces
    }

    /// The input's bytes before byte `offset` of `text` (each widened space counts its width).
    public func rawBytes(before offset: Int) -> Int {
        widenedSpaces.reduce(offset) { $1.at < offset ? $0 + $1.rawBytes - 1 : $0 }
    }
}

/// An ASCII space standing for a space of another width in the input.
public struct WidenedSpace: Sendable, Equatable {
    /// Byte offset of the space in the line's text (or in a cleaned piece).
    public var at: Int
    /// The input character's UTF-8 width (2 for U+00A0, 3 for U+2009 or U+202F).
    public var rawBytes: Int

    public init(at: Int, rawBytes: Int) {
        self.at = at
        self.rawBytes = rawBytes
    }
}

/// A piece of input that cleaning dropped.
public struct Removal: Sendable, Equatable {
    public var kind: String
    public var text: String
    public var line: Int
}

/// The annotation layers a stage may require or produce.
public enum Layer: String, Sendable, Hashable, CaseIterable {
    case lines, text, sentences, tokens, keys, places, entities, dates, numbers, events
}
