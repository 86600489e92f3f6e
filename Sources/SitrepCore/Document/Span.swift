/// A half-open range `start..<end` of **Unicode scalar** (code point) offsets into
/// ``Document/text``. Python's `text[start:end]` selects the same characters.
public struct Span: Hashable, Comparable, Sendable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "span start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    public static func < (a: Span, b: Span) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }
}

/// Anything anchored to a span of the cleaned text.
public protocol Annotation: Sendable {
    var span: Span { get }
}

extension Span: Annotation {
    public var span: Span { self }
}

extension Array where Element: Annotation {
    /// The annotations that cover `span` entirely (GATE's `getCovering`).
    public func covering(_ span: Span) -> [Element] { filter { $0.span.contains(span) } }
    /// The annotations that lie inside `span` (GATE's `getContained`).
    public func contained(in span: Span) -> [Element] { filter { span.contains($0.span) } }
    /// The annotations sorted by start, then end.
    public var inOrder: [Element] { sorted { $0.span < $1.span } }
}
