import Foundation
import SitrepCore
import SitrepTestSupport
import Testing

/// Long dumps read in pieces: the same checks, articles and ids as a whole read.
@Suite struct DumpStreamTests {
    static func temporaryFile(_ bytes: [UInt8]) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-stream-\(UUID().uuidString).txt").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// The bundled corpus read in pieces of 8 KB (one or two articles, grown to the next
    /// Published line): the pieces' articles, in order, are the whole read's, line for line,
    /// with the same publication dates (those inferred from dated neighbours included).
    @Test func piecesGiveTheArticlesOfAWholeRead() throws {
        let corpus = try String(contentsOfFile: Repository.corpusFile, encoding: .utf8)
        let bytes = Array(corpus.utf8)
        let path = Self.temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = Repository.resources.reader()
        var warnings: [String] = []
        let whole = try reader.documents(bytes: bytes, path: path, stem: "dump", warnings: &warnings)
        let stream = DumpStream(path: path, pieceBytes: 8_000, blockBytes: 4_096)
        var pieces: [[Document]] = []
        try stream.forEachPiece(reader: reader, stem: "dump") { pieces.append($0) }
        let streamed = pieces.flatMap { $0 }
        #expect(pieces.count >= 4)
        #expect(streamed.count == whole.count)
        #expect(streamed.map(\.id) == whole.map(\.id))
        #expect(streamed.map(\.headline) == whole.map(\.headline))
        #expect(streamed.map(\.published) == whole.map(\.published))
        #expect(streamed.map { $0.lines.map(\.number) } == whole.map { $0.lines.map(\.number) })
        #expect(streamed.map { $0.lines.map(\.rawOffset) } == whole.map { $0.lines.map(\.rawOffset) })
        #expect(streamed.map(\.sha256) == whole.map(\.sha256))
        let check = try #require(try stream.check(lossy: false))
        #expect(check.sha256 == InputReader.sha256(bytes[...]) && check.bytes == bytes.count)
    }

    /// A dump with no Published line (the bundled corpus without them): each piece ends at its
    /// last article at once, rather than growing to four times its size in wait for a certain
    /// start.
    @Test func anUndatedDumpIsCutAtItsLastArticle() throws {
        let corpus = try String(contentsOfFile: Repository.corpusFile, encoding: .utf8)
        let undated = corpus.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("Published On") }.joined(separator: "\n")
        let path = Self.temporaryFile(Array((undated + undated + undated).utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var pieces: [[Document]] = []
        try DumpStream(path: path, pieceBytes: 25_000, blockBytes: 4_096).forEachPiece(reader: Repository.resources.reader(), stem: "u") { pieces.append($0) }
        #expect(pieces.count >= 4)
        let ids = pieces.flatMap { $0 }.map(\.id)
        #expect(ids == ids.indices.map { "u-\($0 + 1 < 10 ? "0" : "")\($0 + 1)" })
    }

    /// Read a few bytes at a time, multi-byte characters straddle the blocks: still valid, and a
    /// bad byte is reported at its line and offset, as the whole-file decoder does.
    @Test func checksReadLikeTheDecoder() throws {
        let text = Array("Peshāwar – “quoted” …\nKābul ‘again’\n".utf8)
        let good = Self.temporaryFile(text)
        defer { try? FileManager.default.removeItem(atPath: good) }
        for block in 1...7 { #expect(try DumpStream(path: good, blockBytes: block).check(lossy: false) != nil) }

        let badBytes = text + [0xE2, 0x80] + Array(" cut\n".utf8)
        let bad = Self.temporaryFile(badBytes)
        defer { try? FileManager.default.removeItem(atPath: bad) }
        let decoderError = #expect(throws: IngestError.self) { try InputDecoder().decode(badBytes, path: bad) }
        for block in [3, 5, 64] {
            let streamError = #expect(throws: IngestError.self) { try DumpStream(path: bad, blockBytes: block).check(lossy: false) }
            #expect(streamError?.description == decoderError?.description)
        }
        // With --lossy the file is read whole, so each replacement is reported.
        #expect(try DumpStream(path: bad, blockBytes: 5).check(lossy: true) == nil)

        let empty = Self.temporaryFile(Array(" \n\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: empty) }
        #expect(throws: IngestError.empty(path: empty)) { try DumpStream(path: empty).check(lossy: false) }
        let binary = Self.temporaryFile(Array("text".utf8) + [0])
        defer { try? FileManager.default.removeItem(atPath: binary) }
        #expect(throws: IngestError.binary(path: binary, byteOffset: 4)) { try DumpStream(path: binary, blockBytes: 2).check(lossy: false) }
        let html = Self.temporaryFile(Array("<!doctype html><html><body><p>Hi</p></body></html>".utf8))
        defer { try? FileManager.default.removeItem(atPath: html) }
        #expect(try DumpStream(path: html).check(lossy: false) == nil)
    }
}
