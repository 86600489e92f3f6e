import Crypto
import Foundation

/// Turns one input (a file's bytes, or a JSON Lines record) into split, uncleaned Documents.
///
/// Text input is split into articles (``ArticleSplitter``) and dated (``PublicationDateInferrer``);
/// HTML input is one article, read with libxml2 (``HTMLReader``).
public struct InputReader: Sendable {
    public var decoder: InputDecoder
    public var classifier: DebrisClassifier
    public var splitter = ArticleSplitter()
    public var inferrer: PublicationDateInferrer
    /// A publication date for inputs that carry none (`--published`): a date the input states
    /// (a Published line, HTML metadata) wins; it replaces only dates that would be inferred.
    public var givenPublished: Day?

    public init(decoder: InputDecoder, classifier: DebrisClassifier, inferrer: PublicationDateInferrer, givenPublished: Day? = nil) {
        self.decoder = decoder
        self.classifier = classifier
        self.inferrer = inferrer
        self.givenPublished = givenPublished
    }

    /// Reads a file's bytes. `path` names the input in messages and in `document.source`.
    /// `stem` names the documents (`<stem>` or `<stem>-NN`); by default the file name's.
    public func documents(bytes: [UInt8], path: String, stem: String? = nil, warnings: inout [String]) throws(IngestError) -> [Document] {
        let decoded = try decoder.decode(bytes, path: path)
        warnings += decoded.warnings
        let stem = stem ?? InputReader.stem(of: path)
        var documents = decoded.format == .html
            ? [htmlDocument(decoded.text, id: stem, source: path, bytes: bytes)]
            : textDocuments(decoded.text, stem: stem, source: path, split: true, origin: InputReader.origin(atByte: decoded.skippedBytes))
        for i in documents.indices { documents[i].warnings = decoded.warnings }
        return documents
    }

    /// A whole file's origin whose text starts `byte` bytes in (after a byte order mark).
    static func origin(atByte byte: Int) -> Origin {
        var origin = Origin()
        origin.byte = byte
        return origin
    }

    /// Reads one JSON Lines record: never split, one article.
    public func document(record: JSONRecord, path: String) -> Document {
        var doc: Document
        if let html = record.html {
            doc = htmlDocument(html, id: record.id, source: path, bytes: Array(html.utf8))
        } else {
            doc = textDocuments(record.text ?? "", stem: record.id, source: path, split: false)[0]
        }
        if let day = record.published {
            doc.published = day
            doc.publishedSource = .given
        }
        return doc
    }

    /// Where a piece of a text input starts in its file, for inputs read in pieces
    /// (``DumpStream``): line numbers, byte offsets and article numbers continue from it.
    public struct Origin: Sendable {
        /// 1-based number of the piece's first line in the file.
        public var line = 1
        /// Byte offset of the piece's first byte in the file.
        public var byte = 0
        /// Number of the piece's first article in the file.
        public var article = 1
        /// Name articles "<stem>-NN" even when the piece holds one (the file holds more).
        public var numbered = false
        /// An earlier piece had a Published line (``ArticleSplitter/partOfDatedDump``).
        public var afterPublishedLine = false
        /// The date order of the pieces so far (``PublicationDateInferrer/order(of:)``).
        public var dateOrder = 0

        /// The start of a file: line 1, byte 0, article 1.
        public init() {}
    }

    func textDocuments(_ text: String, stem: String, source: String, split: Bool, origin: Origin = Origin()) -> [Document] {
        textArticles(text, stem: stem, source: source, split: split, origin: origin).map(\.document)
    }

    /// The articles of a text input, each with the cue that opened it (``ArticleSlice/cue``).
    func textArticles(_ text: String, stem: String, source: String, split: Bool, origin: Origin = Origin()) -> [(document: Document, cue: String)] {
        let lines = InputReader.lines(of: text, origin: origin)
        let texts = lines.map(\.text)
        let kinds = classifier.classify(texts)
        var slices: [ArticleSlice]
        if split {
            var splitter = splitter
            splitter.partOfDatedDump = origin.afterPublishedLine
            slices = splitter.split(texts, kinds: kinds)
        } else {
            slices = [ArticleSlice(lines: 0...max(0, lines.count - 1), cue: "record")]
            if kinds.contains(where: { $0 == nil }) { ArticleHeader.read(&slices[0], lines: texts, kinds: kinds) }
        }
        if slices.isEmpty { slices = [ArticleSlice(lines: 0...max(0, lines.count - 1), cue: "start")] }
        if givenPublished == nil { inferrer.infer(&slices, lines: texts, kinds: kinds, order: origin.dateOrder) }
        let utf8 = Array(text.utf8)
        return slices.enumerated().map { n, slice in
            let ls = Array(lines[slice.lines])
            let first = (ls.first?.rawOffset ?? origin.byte) - origin.byte
            let end = slice.lines.upperBound + 1 < lines.count ? lines[slice.lines.upperBound + 1].rawOffset - origin.byte : utf8.count
            let number = origin.article + n
            let id = slices.count == 1 && !origin.numbered ? stem : "\(stem)-\(number < 10 ? "0" : "")\(number)"
            var doc = Document(id: id, source: source, sha256: InputReader.sha256(utf8[first..<end]), format: .text, lines: ls)
            let base = slice.lines.lowerBound
            doc.lineKinds = Array(kinds[slice.lines])
            // A date line below the header dates the body's text (a timeline's subheadings): it
            // stays, and its date is read like any other. One in the header itself, above the
            // first body line ("Modified: 10/10/2025 - 11:40" under "Issued on: …"), is the page's.
            let firstBody = slice.lines.first { kinds[$0] == nil && $0 != slice.headline && $0 != slice.standfirst && !slice.sections.contains($0) }
            for i in slice.lines where kinds[i] == "date-line" && i != slice.dateLine && firstBody.map({ i > $0 }) ?? true {
                doc.lineKinds?[i - base] = nil
            }
            if let s = slice.standfirst { doc.standfirst = String(lines[s].text).trimmingCharacters(in: .whitespaces); doc.metadataLines[s - base] = "standfirst" }
            for s in slice.sections { doc.metadataLines[s - base] = "section" }
            if let h = slice.headline {
                let text = kinds[h] == "title-field" ? ArticleHeader.fieldValue(lines[h].text) : lines[h].text
                doc.headline = String(text).trimmingCharacters(in: .whitespaces)
                doc.metadataLines[h - base] = "headline"
            }
            if let given = givenPublished, slice.publishedSource != .line {
                doc.published = given
                doc.publishedSource = .given
            } else {
                doc.published = slice.published
                doc.publishedSource = slice.publishedSource
            }
            return (doc, slice.cue)
        }
    }

    func htmlDocument(_ html: String, id: String, source: String, bytes: [UInt8]) -> Document {
        let page = HTMLReader.read(html)
        var doc = Document(id: id, source: source, sha256: InputReader.sha256(bytes[...]), format: .html, lines: page.lines)
        doc.headline = page.title
        doc.standfirst = page.description
        // The lines are classified once, here: cleaning takes the kinds from the document.
        let kinds = classifier.classify(page.lines.map(\.text))
        doc.lineKinds = kinds
        // Without metadata, a print edition's credit ("Published in Dawn, November 3rd, 2025")
        // states the date.
        let stated = page.published == nil
            ? zip(page.lines, kinds).first { $1 == "print-credit" }.flatMap { ArticleHeader.publishedDate($0.0.text) }
            : nil
        if let day = page.published {
            doc.published = day
            doc.publishedSource = .meta
        } else if let day = stated {
            doc.published = day
            doc.publishedSource = .line
        } else if let given = givenPublished {
            doc.published = given
            doc.publishedSource = .given
        } else if !page.lines.isEmpty {
            // No date in the markup: inferred from the page's own dates and weekdays, as for an
            // undated article of a text file with no neighbours.
            // (Its captions count: a photo's date bounds the page's from below.)
            let captions = page.captions.map { Substring($0) }
            var slices = [ArticleSlice(lines: 0...(page.lines.count + captions.count - 1), cue: "html")]
            inferrer.infer(&slices, lines: page.lines.map(\.text) + captions, kinds: kinds + captions.map { _ in "caption" })
            if let day = slices[0].published {
                doc.published = day
                doc.publishedSource = slices[0].publishedSource ?? .inferred
            }
        }
        return doc
    }

    /// Lines with their 1-based numbers and byte offsets; "\r\n" endings are cut to "\n".
    ///
    /// Split on bytes: as Characters, "\r\n" is one grapheme that never equals "\n", so a
    /// Windows-style file would be read as a single line.
    public static func lines(of text: String, origin: Origin = Origin()) -> [SourceLine] {
        var out: [SourceLine] = []
        var offset = origin.byte
        var number = origin.line
        for piece in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let bytes = piece.count
            let end = piece.last == 0x0D ? piece.index(before: piece.endIndex) : piece.endIndex
            let line = Substring(piece[piece.startIndex..<end])
            // Scraped text often spaces with U+00A0 (from "&nbsp;") or thin spaces: every rule
            // and pattern expects an ASCII space, which the line gets, mapped to the input's width.
            if FixedWidthSpaces.occur(in: line), let (spaced, widened) = FixedWidthSpaces.asciiSpaced(line) {
                out.append(SourceLine(text: spaced, number: number, rawOffset: offset, widenedSpaces: widened))
            } else {
                out.append(SourceLine(text: line, number: number, rawOffset: offset))
            }
            offset += bytes + 1
            number += 1
        }
        if let last = out.last, last.text.isEmpty, out.count > 1 { out.removeLast() }
        return out
    }

    public static func sha256(_ bytes: ArraySlice<UInt8>) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// A digest as lowercase hexadecimal.
    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// File name without folders and extension, lowercased, non-alphanumerics folded to "-".
    public static func stem(of path: String) -> String {
        var name = (path as NSString).lastPathComponent
        let ext = (name as NSString).pathExtension
        if !ext.isEmpty { name = String(name.dropLast(ext.count + 1)) }
        return slug(name)
    }

    /// Lowercase letters and digits, other runs turned into one hyphen ("News/Kabul 1" → "news-kabul-1").
    public static func slug(_ name: String) -> String {
        var out = ""
        for c in name.lowercased() {
            if c.isLetter || c.isNumber { out.append(c) } else if !out.hasSuffix("-") { out.append("-") }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "input" : out
    }
}

/// One line of `sitrep extract --jsonl`.
public struct JSONRecord: Sendable {
    public var id: String
    public var text: String?
    public var html: String?
    public var published: Day?

    /// Parses one JSON Lines line; `line` is its 1-based number, for messages.
    public static func parse(_ line: Substring, path: String, line number: Int) throws(IngestError) -> JSONRecord {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: Data(line.utf8)) } catch {
            throw .badJSONLine(path: path, line: number, reason: "not valid JSON")
        }
        guard let dict = object as? [String: Any] else { throw .badJSONLine(path: path, line: number, reason: "not a JSON object") }
        guard let id = dict["id"] as? String ?? (dict["id"] as? NSNumber)?.stringValue, !id.isEmpty else {
            throw .badJSONLine(path: path, line: number, reason: "missing \"id\"")
        }
        let text = dict["text"] as? String, html = dict["html"] as? String
        guard text != nil || html != nil else { throw .badJSONLine(path: path, line: number, reason: "needs \"text\" or \"html\"") }
        var published: Day?
        if let p = dict["published"], !(p is NSNull) {
            guard let s = p as? String, let day = Day(iso: s) else {
                throw .badJSONLine(path: path, line: number, reason: "\"published\" must be a YYYY-MM-DD date")
            }
            published = day
        }
        return JSONRecord(id: id, text: text, html: html, published: published)
    }
}
