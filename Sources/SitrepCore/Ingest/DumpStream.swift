import Crypto
import Foundation

/// Reads a long plain-text dump in pieces, so that memory holds one piece of it, not the whole
/// dump and every article's working state at once.
///
/// ``check(lossy:)`` hashes the file and checks it as ``InputDecoder`` would (empty, binary,
/// invalid UTF-8), a block at a time. ``forEachPiece(reader:stem:_:)`` then reads about
/// ``pieceBytes`` at a time, up to a line end, splits the piece into articles and hands on those
/// before its last certain start (an article a Published line opens): the next piece opens
/// there, so that the articles handed on had the rest of the piece after them. Line numbers,
/// byte offsets and article numbers continue across pieces (``InputReader/Origin``), so the
/// articles and their ids are those of reading the dump whole, except near a piece's edges,
/// where the splitter's statistics (the cohesion weights, the dump's date order) are the
/// piece's own.
///
/// Example: a 60 MB dump of 13,000 articles is read in pieces of 4 MB of about 850 articles.
public struct DumpStream: Sendable {
    public var path: String
    /// Bytes read before a piece is split (more when a single article is longer).
    public var pieceBytes: Int

    /// Bytes per read.
    public var blockBytes: Int

    public init(path: String, pieceBytes: Int = 4 << 20, blockBytes: Int = 1 << 20) {
        self.path = path
        self.pieceBytes = max(1, pieceBytes)
        self.blockBytes = max(1, blockBytes)
    }

    /// What the first pass found.
    public struct Check: Sendable {
        public var sha256: String
        public var bytes: Int
    }

    /// Hashes and checks the file. Nil when it is to be read whole instead: it is HTML, or it
    /// has invalid UTF-8 and `lossy` asks for replacement (which the whole-file decoder reports
    /// run by run).
    public func check(lossy: Bool) throws(IngestError) -> Check? {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(path: path, reason: "cannot open the file") }
        defer { try? handle.close() }
        var hasher = SHA256()
        var total = 0
        var base = 0  // file offset of block[0]
        var line = 1  // line of block[0]
        var carry: [UInt8] = []
        var sawText = false
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
        /// Checks `bytes` (whole UTF-8 sequences) starting at file offset `base`.
        func scan(_ bytes: ArraySlice<UInt8>) throws(IngestError) -> Bool {
            if let nul = bytes.firstIndex(of: 0) { throw .binary(path: path, byteOffset: base + nul - bytes.startIndex) }
            if let bad = InputDecoder.firstInvalidUTF8(Array(bytes)) {
                if lossy { return false }
                let newlines = bytes.prefix(bad).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                throw .invalidUTF8(path: path, line: line + newlines, byteOffset: base + bad)
            }
            if !sawText { sawText = bytes.contains { !isSpace($0) } }
            line += bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            base += bytes.count
            return true
        }
        if InputDecoder.looksLikeHTML(String(decoding: handle.readData(ofLength: 4096), as: UTF8.self)) { return nil }
        do { try handle.seek(toOffset: 0) } catch { throw .unreadable(path: path, reason: "cannot read the file from its start") }
        while true {
            let data = handle.readData(ofLength: blockBytes)
            if data.isEmpty { break }
            hasher.update(data: data)
            let block = carry + [UInt8](data)
            total += data.count
            // Checked up to the last ASCII byte: the bytes after it may be part of a sequence
            // that the next block completes.
            let cut = block.lastIndex { $0 < 0x80 }.map { $0 + 1 } ?? 0
            guard try scan(block[..<cut]) else { return nil }
            carry = Array(block[cut...])
        }
        guard try scan(carry[...]) else { return nil }
        guard sawText else { throw .empty(path: path) }
        return Check(sha256: InputReader.hex(hasher.finalize()), bytes: total)
    }

    /// Calls `body` with each piece's articles, in order. The file must have passed ``check(lossy:)``.
    public func forEachPiece(reader: InputReader, stem: String, _ body: ([Document]) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw IngestError.unreadable(path: path, reason: "cannot open the file") }
        defer { try? handle.close() }
        var pending: [UInt8] = []
        var origin = InputReader.Origin()
        var atEnd = false
        var wanted = pieceBytes
        var started = false
        var stated: [Day] = []  // dates the first pieces state, until they tell the dump's order
        while true {
            while !atEnd, pending.count < wanted {
                let data = handle.readData(ofLength: blockBytes)
                if data.isEmpty { atEnd = true } else { pending.append(contentsOf: data) }
            }
            // A byte order mark is no text (as when the file is decoded whole).
            if !started, pending.starts(with: [0xEF, 0xBB, 0xBF]) { pending.removeFirst(3); origin.byte += 3 }
            var usable = pending.count
            if !atEnd {
                guard let newline = pending.lastIndex(of: 0x0A) else { wanted += pieceBytes; continue }
                usable = newline + 1
            }
            // A file read in one piece names a single article as a file read whole does.
            origin.numbered = started || !atEnd
            let articles = reader.textArticles(String(decoding: pending[..<usable], as: UTF8.self), stem: stem, source: path, split: true, origin: origin)
            var documents = articles.map(\.document)
            var used = usable
            if !atEnd {
                // The last article may go on in the next piece. The next piece opens at the last
                // article a Published line opens, a start that does not depend on what comes
                // before it; the articles after it stay in this piece as context for the ones
                // before (their dated neighbour included). Without one, read on, unless the dump
                // has shown no Published line at all or the piece has grown to four times its
                // size: then the next piece opens at this one's last article.
                let certain = articles.indices.dropFirst().last { articles[$0].cue == "published-line" }
                let undated = !origin.afterPublishedLine && !articles.contains { $0.cue == "published-line" }
                guard let next = certain ?? (undated || usable >= 4 * pieceBytes ? articles.indices.dropFirst().last : nil),
                      let start = documents[next].lines.first?.rawOffset else { wanted += pieceBytes; continue }
                documents.removeSubrange(next...)
                used = start - origin.byte
            }
            started = true
            if !origin.afterPublishedLine { origin.afterPublishedLine = articles[..<documents.count].contains { $0.cue == "published-line" } }
            if stated.count < 3 {
                stated += documents.filter { $0.publishedSource == .line }.compactMap(\.published)
                origin.dateOrder = PublicationDateInferrer.order(of: stated)
            }
            origin.line += pending[..<used].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            origin.byte += used
            origin.article += documents.count
            pending.removeFirst(used)
            wanted = pieceBytes
            try body(documents)
            if atEnd { return }
        }
    }
}
