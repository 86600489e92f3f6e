import Foundation
import SitrepCore
import Testing

@Suite struct JSONLinesReaderTests {
    func reader(_ text: String, chunkSize: Int) throws -> (JSONLinesReader, String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-jsonl-\(UUID().uuidString)").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        let handle = try #require(FileHandle(forReadingAtPath: path))
        return (JSONLinesReader(handle: handle, chunkSize: chunkSize), path)
    }

    @Test(arguments: [1, 3, 7, 1 << 16])
    func linesAcrossChunks(chunkSize: Int) throws {
        var (lines, path) = try reader("{\"id\":\"a\"}\n\nsecond line\r\nPeşawar – “quoted”\nno final newline", chunkSize: chunkSize)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(Array(IteratorSequence(lines)) == ["{\"id\":\"a\"}", "", "second line\r", "Peşawar – “quoted”", "no final newline"])
        #expect(lines.next() == nil)
    }

    @Test func batchesHoldWhatIsBufferedUpToTheLimit() throws {
        var (lines, path) = try reader("1\n2\n3\n4\n5\n", chunkSize: 1 << 16)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(lines.nextBatch(limit: 2) == ["1", "2"])
        #expect(lines.nextBatch(limit: 10) == ["3", "4", "5"])
        #expect(lines.nextBatch(limit: 10).isEmpty)
    }

    /// A line written into a pipe is read before the writer closes it or writes more.
    @Test(.timeLimit(.minutes(1))) func aPipeIsReadLineByLine() throws {
        let pipe = Pipe()
        var lines = JSONLinesReader(handle: pipe.fileHandleForReading)
        pipe.fileHandleForWriting.write(Data("first\n".utf8))
        #expect(lines.nextBatch(limit: 100) == ["first"])
        pipe.fileHandleForWriting.write(Data("second\nthird".utf8))
        #expect(lines.next() == "second")
        try pipe.fileHandleForWriting.close()
        #expect(lines.next() == "third")
        #expect(lines.next() == nil)
    }
}
