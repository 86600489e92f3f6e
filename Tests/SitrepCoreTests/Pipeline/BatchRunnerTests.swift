import Foundation
import SitrepCore
import SitrepTestSupport
import Testing

/// Whole runs over temporary folders: failures, the errors file, incremental runs, scheduling.
@Suite struct BatchRunnerTests {
    struct Workspace {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-batch-\(UUID().uuidString)").path
        var input: String { root + "/in" }
        var output: String { root + "/out" }

        init() throws { try FileManager.default.createDirectory(atPath: root + "/in", withIntermediateDirectories: true) }

        func write(_ name: String, _ bytes: [UInt8]) { _ = FileManager.default.createFile(atPath: input + "/" + name, contents: Data(bytes)) }
        func write(_ name: String, _ text: String) { write(name, Array(text.utf8)) }
        func outputs() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []).sorted() }
        func read(_ name: String) -> Data? { FileManager.default.contents(atPath: output + "/" + name) }
        func remove() { try? FileManager.default.removeItem(atPath: root) }

        /// The bundled corpus as `corpus.txt` and again as `copy.txt`.
        func writeCorpusTwice() throws {
            let corpus = try String(contentsOfFile: Repository.corpusFile, encoding: .utf8)
            write("corpus.txt", corpus)
            write("copy.txt", corpus)
        }

        func runner(workers: Int = 2, incremental: Bool = false) throws -> BatchRunner {
            let r = Repository.resources
            var runner = BatchRunner(resources: r, pipeline: try r.pipeline(), reader: r.reader(), writer: OutputWriter(directory: output), workers: workers)
            runner.incremental = incremental
            try runner.writer.prepareDirectory()
            return runner
        }

        func run(workers: Int = 2, incremental: Bool = false) async throws -> BatchRunner.Summary {
            let runner = try runner(workers: workers, incremental: incremental)
            return await runner.run(files: try BatchRunner.inputFiles([input]))
        }
    }

    static let article = "Officials in Peshawar said on Monday that clashes in Kurram killed 12 fighters.\nA second paragraph follows here about talks in Doha.\n"

    @Test func badFilesDoNotStopTheRun() async throws {
        let w = try Workspace()
        defer { w.remove() }
        w.write("a-good.txt", Self.article)
        w.write("b-bad.txt", Array("Bad ".utf8) + [0xFF] + Array(" byte\n".utf8))
        w.write("c-empty.txt", "")
        w.write("d-binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
        let summary = try await w.run()
        #expect(summary.errors.count == 3)
        #expect(w.outputs().contains("a-good.json"))
        let errors = String(decoding: w.read(OutputWriter.errorsFileName) ?? Data(), as: UTF8.self)
        #expect(errors.split(separator: "\n").count == 3)
        #expect(errors.contains("b-bad.txt:1: invalid UTF-8 at byte offset 4"))
        #expect(!w.outputs().contains { $0.hasSuffix(".tmp") })
    }

    @Test func sameFileNamesInTwoFoldersDoNotOverwrite() async throws {
        let w = try Workspace()
        defer { w.remove() }
        try FileManager.default.createDirectory(atPath: w.input + "/a", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: w.input + "/b", withIntermediateDirectories: true)
        w.write("a/report.txt", Self.article)
        w.write("b/report.txt", Self.article.replacingOccurrences(of: "Kurram", with: "Bajaur"))
        w.write("c.txt", Self.article)
        let summary = try await w.run()
        #expect(summary.errors.isEmpty && summary.articles == 3)
        #expect(w.outputs().filter { $0.hasSuffix(".json") }.count == 3)
        #expect(Set(w.outputs().filter { $0.hasSuffix(".json") }) == ["a-report.json", "b-report.json", "c.json"])
    }

    @Test func incrementalRunsSkipRedoAndRemove() async throws {
        let w = try Workspace()
        defer { w.remove() }
        w.write("one.txt", Self.article)
        w.write("two.txt", Self.article.replacingOccurrences(of: "Kurram", with: "Bajaur"))
        let first = try await w.run(incremental: true)
        #expect(first.errors.isEmpty && first.skipped == 0 && first.articles == 2)
        let before = w.read("one.json")

        let second = try await w.run(incremental: true)
        #expect(second.skipped == 2)
        #expect(w.read("one.json") == before)

        w.write("one.txt", Self.article.replacingOccurrences(of: "12 fighters", with: "13 fighters"))
        try FileManager.default.removeItem(atPath: w.input + "/two.txt")
        let third = try await w.run(incremental: true)
        #expect(third.skipped == 0 && third.articles == 1)
        #expect(third.removed == 1)
        #expect(w.outputs() == [".sitrep-manifest.tsv", "one.json"])
        #expect(w.read("one.json") != before)
    }

    /// Another build of the program (its bytes in the version) redoes every input.
    @Test func anotherBuildRedoesEverything() async throws {
        let identity = try #require(Manifest.executableIdentity())
        #expect(identity.utf8.count == 64 && Manifest.executableIdentity() == identity)
        let w = try Workspace()
        defer { w.remove() }
        w.write("one.txt", Self.article)
        var runner = try w.runner(incremental: true)
        runner.version = "0.1.0+\(identity)"
        _ = await runner.run(files: try BatchRunner.inputFiles([w.input]))
        runner.version = "0.1.0+another-build"
        let again = await runner.run(files: try BatchRunner.inputFiles([w.input]))
        #expect(again.skipped == 0 && again.articles == 1)
    }

    @Test func anIncrementalRunTakesAwayClustersThatAreGone() async throws {
        let w = try Workspace()
        defer { w.remove() }
        try w.writeCorpusTwice()
        _ = try await w.run(incremental: true)
        // Every event of the copy clusters with its twin, under the copy's ids (the smaller).
        let twin = String(decoding: w.read("corpus-01.json") ?? Data(), as: UTF8.self)
        #expect(twin.contains(#""cluster": "cluster:copy-"#))

        // The copy becomes another article: the unchanged file is skipped, and its clusters
        // must end as a fresh run over the same inputs leaves them.
        w.write("copy.txt", Self.article)
        let incremental = try await w.run(incremental: true)
        #expect(incremental.skipped == 1 && incremental.errors.isEmpty)
        let after = w.outputs().filter { $0.hasSuffix(".json") }.map { w.read($0) }
        try FileManager.default.removeItem(atPath: w.output)
        _ = try await w.run()
        let fresh = w.outputs().filter { $0.hasSuffix(".json") }.map { w.read($0) }
        #expect(after == fresh)
        #expect(!after.contains { String(decoding: $0 ?? Data(), as: UTF8.self).contains("cluster:copy-") })
    }

    @Test func outputDoesNotDependOnScheduling() async throws {
        let w = try Workspace()
        defer { w.remove() }
        try w.writeCorpusTwice()
        _ = try await w.run(workers: 1)
        let serial = w.outputs().map { w.read($0) }
        try FileManager.default.removeItem(atPath: w.output)
        _ = try await w.run(workers: 4)
        #expect(w.outputs().map { w.read($0) } == serial)
        #expect(w.outputs().count == 27)
    }

    /// A dump above the threshold is read in pieces: in one piece, the same files byte for byte
    /// (and manifest); in pieces of 8 KB, the same articles with the same dates, and the same
    /// reports for bad files. (Tiny pieces may differ in a standfirst: the splitter's cohesion
    /// weights are a piece's own.)
    @Test func longDumpsReadInPiecesWriteTheSameArticles() async throws {
        let w = try Workspace()
        defer { w.remove() }
        let corpus = try String(contentsOfFile: Repository.corpusFile, encoding: .utf8)
        w.write("dump.txt", corpus)
        w.write("b-bad.txt", Array("Bad ".utf8) + [0xFF] + Array(" byte\n".utf8))
        w.write("c-empty.txt", "")
        let whole = try await w.run()
        let names = w.outputs()
        let outputs = names.map { w.read($0) }
        #expect(names.count == 13 + 2)  // articles, the manifest, the errors file
        func dates(_ data: Data?) throws -> [String?] {
            let object = try JSONSerialization.jsonObject(with: data ?? Data()) as? [String: Any]
            let document = object?["document"] as? [String: Any]
            return [document?["published"] as? String, document?["published_source"] as? String]
        }
        for pieceBytes in [1 << 20, 8_000] {
            try FileManager.default.removeItem(atPath: w.output)
            var runner = try w.runner()
            runner.streamThreshold = 0
            runner.pieceBytes = pieceBytes
            let pieces = await runner.run(files: try BatchRunner.inputFiles([w.input]))
            #expect(w.outputs() == names)
            #expect(pieces.errors == whole.errors && pieces.errors.count == 2)
            #expect(pieces.articles == whole.articles)
            if pieceBytes > 100_000 {
                #expect(w.outputs().map { w.read($0) } == outputs)
            } else {
                let articles = names.filter { $0.hasPrefix("dump-") }
                #expect(try articles.map { try dates(w.read($0)) } == articles.map { try dates(outputs[names.firstIndex(of: $0)!]) })
            }
        }
    }

    @Test func clustersJoinArticlesOfOneRun() throws {
        var documents = Repository.corpus
        EventClusterer.apply(&documents)
        // The Doha ceasefire of 19 October is reported by several articles.
        let doha = documents.flatMap(\.events).filter { $0.type == "ceasefire" && $0.date == "2025-10-19" && $0.places.contains("geonames:290030") }
        let clusters = Set(doha.compactMap(\.cluster))
        #expect(clusters.count == 1)
        #expect(Set(doha.map { $0.id.split(separator: ":")[0] }).count >= 3)
    }

    @Test func cancelledRunStartsNothing() async throws {
        let w = try Workspace()
        defer { w.remove() }
        w.write("one.txt", Self.article)
        let runner = try w.runner()
        runner.cancellation.cancel()
        let summary = await runner.run(files: try BatchRunner.inputFiles([w.input]))
        #expect(summary.cancelled && summary.articles == 0)
        #expect(!w.outputs().contains { $0.hasSuffix(".json") || $0.hasSuffix(".tmp") })
    }
}
