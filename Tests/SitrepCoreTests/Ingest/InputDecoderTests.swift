import Foundation
import SitrepCore
import SitrepTestSupport
import Testing

@Suite struct InputDecoderTests {
    let strict = InputDecoder(lossy: false)

    @Test func invalidUTF8NamesLineAndByteOffset() {
        let bytes: [UInt8] = Array("First line\nSecond ".utf8) + [0xC3, 0x28] + Array(" line\n".utf8)
        #expect(throws: IngestError.invalidUTF8(path: "bad.txt", line: 2, byteOffset: 18)) {
            try strict.decode(bytes, path: "bad.txt")
        }
        let message = IngestError.invalidUTF8(path: "bad.txt", line: 2, byteOffset: 18).description
        #expect(message.contains("bad.txt") && message.contains("18") && message.contains("--lossy"))
        #expect(!message.contains("\n"))
    }

    @Test func truncatedSequenceAtEndIsInvalid() {
        #expect(InputDecoder.firstInvalidUTF8(Array("abc".utf8) + [0xE2, 0x80]) == 3)
        #expect(InputDecoder.firstInvalidUTF8(Array("Türkiye – کابل".utf8)) == nil)
        #expect(InputDecoder.firstInvalidUTF8([0xED, 0xA0, 0x80]) == 0, "surrogates are not UTF-8")
        #expect(InputDecoder.firstInvalidUTF8([0xC0, 0xAF]) == 0, "overlong encodings are not UTF-8")
    }

    @Test func lossyReplacesAndWarns() throws {
        let bytes: [UInt8] = Array("Kabul ".utf8) + [0xFF] + Array(" Islamabad".utf8)
        let decoded = try InputDecoder(lossy: true).decode(bytes, path: "x.txt")
        #expect(decoded.text == "Kabul \u{FFFD} Islamabad")
        #expect(decoded.warnings.count == 1)
        #expect(decoded.warnings.first?.contains("x.txt") == true)
    }

    @Test func lossyWarningIsRecordedInTheDocument() throws {
        var warnings: [String] = []
        let reader = Repository.resources.reader(lossy: true)
        let docs = try reader.documents(bytes: Array("Clashes in Kurram ".utf8) + [0xFF] + Array(" killed 12 soldiers.\n".utf8), path: "l.txt", warnings: &warnings)
        let doc = try #require(docs.first)
        #expect(doc.warnings.count == 1 && warnings.count == 1)
        guard case let .object(o) = doc.json, case let .object(meta)? = o["document"], case let .array(w)? = meta["warnings"] else {
            Issue.record("no document.warnings in the JSON")
            return
        }
        #expect(w.count == 1)
    }

    @Test func windowsLineEndingsSplitIntoLines() {
        let lines = InputReader.lines(of: "First\r\nSecond\r\n\r\nThird\r\n")
        #expect(lines.map(\.text) == ["First", "Second", "", "Third"])
        #expect(lines.map(\.rawOffset) == [0, 7, 15, 17])
        #expect(lines.map(\.number) == [1, 2, 3, 4])
    }

    @Test func windowsLineEndingsGiveTheSameArticles() throws {
        let unix = try String(contentsOfFile: Repository.corpusFile, encoding: .utf8)
        let windows = unix.replacingOccurrences(of: "\n", with: "\r\n")
        var warnings: [String] = []
        let reader = Repository.resources.reader()
        let a = try reader.documents(bytes: Array(unix.utf8), path: "c.txt", warnings: &warnings)
        let b = try reader.documents(bytes: Array(windows.utf8), path: "c.txt", warnings: &warnings)
        #expect(a.count == 13)
        #expect(a.map(\.headline) == b.map(\.headline))
        #expect(a.map(\.published) == b.map(\.published))
        #expect(a.map { $0.lines.map(\.text) } == b.map { $0.lines.map(\.text) })
    }

    @Test func dataFilesWithWindowsLineEndingsLoad() throws {
        let rules = try DebrisRules(tsv: "kind\tcontext\tmax_chars\trequires\tpattern\tnote\r\nshare\tany\t10\t\t^Share$\tx\r\n", path: "d.tsv")
        #expect(rules.rules.count == 1)
        #expect(rules.rules.first?.pattern.pattern == "^Share$")
    }

    @Test func aDebrisPatternThatDoesNotCompileNamesItsLineAndICUsReason() {
        let tsv = "kind\tcontext\tmax_chars\trequires\tpattern\tnote\nshare\tany\t10\t\t^Share$\tx\nbad\tany\t10\t\t(Share\tx\n"
        #expect {
            try DebrisRules(tsv: tsv, path: "d.tsv")
        } throws: { error in
            guard case let .row(path, line, reason) = error as? GazetteerError else { return false }
            return path == "d.tsv" && line == 3 && reason.hasPrefix("pattern does not compile (") && reason.contains("U_REGEX_MISMATCHED_PAREN")
        }
    }

    @Test func emptyAndBinaryInputsAreErrors() {
        #expect(throws: IngestError.empty(path: "e.txt")) { try strict.decode([], path: "e.txt") }
        #expect(throws: IngestError.empty(path: "e.txt")) { try strict.decode(Array(" \n\t\n".utf8), path: "e.txt") }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        #expect(throws: IngestError.binary(path: "p.png", byteOffset: 8)) { try strict.decode(png, path: "p.png") }
    }

    /// A UTF-16 file is named as such, with the command that re-encodes it (it had been
    /// reported as binary data for its NUL bytes).
    @Test func utf16InputSaysHowToReencode() {
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("Hi".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(throws: IngestError.utf16(path: "w.txt")) { try strict.decode(utf16, path: "w.txt") }
        #expect(IngestError.utf16(path: "w.txt").description.contains("iconv -f UTF-16 -t UTF-8"))
    }

    /// After a UTF-8 byte order mark, every sentence still maps to its own bytes in the file.
    @Test func aByteOrderMarkKeepsRawOffsetsExact() throws {
        let text = "Pakistan closes Torkham crossing after clashes\nPublished On 12 Oct 202512 Oct 2025\nPakistan closed the Torkham crossing on Sunday, officials said.\nTrade stopped.\n"
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        var warnings: [String] = []
        var doc = try #require(try Repository.resources.reader().documents(bytes: bytes, path: "bom.txt", warnings: &warnings).first)
        try Repository.resources.pipeline().run(&doc)
        try #require(!doc.sentences.isEmpty)
        for span in doc.sentences {
            let offset = try #require(doc.rawOffset(of: span))
            let piece = doc.slice(span)
            #expect(String(decoding: bytes[offset..<(offset + piece.utf8.count)], as: UTF8.self) == piece)
        }
    }

    @Test func tellsHTMLFromTextByContent() throws {
        #expect(try strict.decode(Array("<!DOCTYPE html><html><body><p>Hi</p></body></html>".utf8), path: "a.txt").format == .html)
        #expect(try strict.decode(Array("  <html lang=\"en\"><head></head></html>".utf8), path: "a").format == .html)
        #expect(try strict.decode(Array("Troops <b>were</b> moved, officials said.".utf8), path: "a.html").format == .text)
    }

    @Test func jsonRecordsAreValidated() {
        #expect(throws: IngestError.self) { try JSONRecord.parse("{\"text\":\"x\"}", path: "s", line: 3) }
        #expect(throws: IngestError.self) { try JSONRecord.parse("{\"id\":\"a\"}", path: "s", line: 3) }
        #expect(throws: IngestError.self) { try JSONRecord.parse("{\"id\":\"a\",\"text\":\"x\",\"published\":\"Oct 3\"}", path: "s", line: 3) }
        #expect(throws: IngestError.self) { try JSONRecord.parse("[1,2]", path: "s", line: 3) }
    }
}
