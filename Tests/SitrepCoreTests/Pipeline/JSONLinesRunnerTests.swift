import Foundation
import SitrepCore
import SitrepTestSupport
import Testing

@Suite struct JSONLinesRunnerTests {
    static let runner: JSONLinesRunner = {
        let r = Repository.resources
        return JSONLinesRunner(reader: r.reader(), pipeline: try! r.pipeline(), workers: 2)
    }()

    static let lines = [
        #"{"id":"a","text":"Clashes in Kurram killed 12 fighters on Monday.","published":"2025-10-20"}"#,
        "  ",
        "not json",
        #"{"text":"No id."}"#,
        #"{"id":"b","text":"Talks in Doha ended on Sunday.","published":"2025-10-20"}"#,
    ]

    @Test func oneResultPerLineInInputOrder() throws {
        let results = Self.runner.process(Self.lines, first: 10, source: "in.jsonl")
        #expect(results.count == 5 && results[1] == nil)
        let parsed = try results.compactMap { try $0.map { try JSONReader.parse(String(decoding: $0.json, as: UTF8.self)) } }
        guard case let .object(a) = parsed[0], case let .object(docA)? = a["document"],
              case let .object(badJSON) = parsed[1], case let .object(noID) = parsed[2],
              case let .object(b) = parsed[3], case let .object(docB)? = b["document"] else {
            Issue.record("unexpected shapes: \(parsed)")
            return
        }
        #expect(docA["id"] == .string("a") && docB["id"] == .string("b"))
        #expect(badJSON["line"] == .int(12) && noID["line"] == .int(13))
        #expect(results.compactMap { $0?.error }.count == 2)
        #expect(results[2]?.error?.hasPrefix("in.jsonl:12: not valid JSON") == true)
    }

    @Test func runWritesBatchesInOrderAndCountsFailures() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-run-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Enough lines for several batches of two per worker.
        let text = (0..<5).flatMap { _ in Self.lines }.joined(separator: "\n")
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        var lines = JSONLinesReader(handle: try #require(FileHandle(forReadingAtPath: path)))
        var runner = Self.runner
        runner.linesPerWorker = 2
        var written: [UInt8] = [], failures: [String] = []
        let failed = runner.run(&lines, source: "in.jsonl", write: { written += $0 }, failed: { failures.append($0) })
        let out = String(decoding: written, as: UTF8.self).split(separator: "\n")
        #expect(failed == 10 && failures.count == 10)
        #expect(out.count == 20)
        #expect(out.map { $0.contains(#""line":"#) && $0.hasPrefix(#"{"error""#) } == (0..<5).flatMap { _ in [false, true, true, false] })
        #expect(failures.first?.hasPrefix("in.jsonl:3:") == true && failures.last?.hasPrefix("in.jsonl:24:") == true)
    }
}
