/// Maps offsets in the cleaned text back to byte offsets in the raw input.
///
/// Cleaning keeps whole pieces of raw lines and joins them; each kept piece is one
/// segment: where it starts in the cleaned text (scalars), where it starts in the raw
/// input (bytes), and its scalars' UTF-8 widths are recomputed on demand from the text.
public struct OffsetMap: Sendable, Equatable {
    public struct Segment: Sendable, Equatable {
        /// First scalar of the piece in the cleaned text.
        public var cleanStart: Int
        /// Scalar length of the piece.
        public var length: Int
        /// Byte offset of the piece's first scalar in the raw input.
        public var rawStart: Int
    }

    public private(set) var segments: [Segment] = []

    public init() {}

    public mutating func append(cleanStart: Int, length: Int, rawStart: Int) {
        segments.append(Segment(cleanStart: cleanStart, length: length, rawStart: rawStart))
    }

    /// The raw byte offset of the scalar at `offset` in `scalars` (the cleaned text), or nil when
    /// the offset falls on text that cleaning inserted (a joining newline).
    public func rawOffset(of offset: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var lo = 0, hi = segments.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let s = segments[mid]
            if offset < s.cleanStart { hi = mid - 1 }
            else if offset >= s.cleanStart + s.length { lo = mid + 1 }
            else {
                var bytes = s.rawStart
                for i in s.cleanStart..<offset { bytes += scalars[i].utf8.count }
                return bytes
            }
        }
        return nil
    }
}
