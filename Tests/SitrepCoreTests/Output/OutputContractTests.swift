import Foundation
import SitrepCore
import SitrepTestSupport
import Testing

/// Output against `Schema/sitrep-output.schema.json`, determinism, and the committed `Output/`.
@Suite struct OutputContractTests {
    static let validator: SchemaValidator = {
        let text = try! String(contentsOfFile: Repository.path("Schema/sitrep-output.schema.json"), encoding: .utf8)
        return SchemaValidator(schema: try! JSONReader.parse(text))
    }()

    @Test func corpusOutputIsValid() throws {
        for doc in Repository.corpus {
            let parsed = try JSONReader.parse(doc.json.serialized())
            #expect(Self.validator.violations(of: parsed) == [], "\(doc.id)")
        }
    }

    @Test func validatorRejectsBrokenOutput() throws {
        guard case var .object(o) = try JSONReader.parse(Repository.corpus[0].json.serialized()) else { Issue.record(); return }
        o["schema_version"] = .string("2")
        o["sentences"] = .array([.object(["start": .int(-1), "end": .string("3")])])
        o["extra"] = .null
        let found = Self.validator.violations(of: .object(o))
        #expect(found.count == 4, "\(found)")
    }

    @Test func serialisationIsDeterministic() throws {
        let first = try Repository.extract(file: Repository.corpusFile, source: "c.txt").map { $0.json.serialized() }
        let second = try Repository.extract(file: Repository.corpusFile, source: "c.txt").map { $0.json.serialized() }
        #expect(first == second)
    }

    @Test func writerIsAtomicAndByteIdentical() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-out-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let writer = OutputWriter(directory: dir)
        try writer.prepareDirectory()
        let doc = Repository.corpus[0]
        try writer.write(doc)
        let path = dir + "/" + doc.id + ".json"
        let first = FileManager.default.contents(atPath: path)
        try writer.write(doc)
        #expect(FileManager.default.contents(atPath: path) == first)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { !$0.hasSuffix(".json") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }

    /// Output/ is committed: it must be what the current code produces (rerun `sitrep extract`).
    @Test func committedOutputIsCurrent() throws {
        var documents = Repository.corpus
        EventClusterer.apply(&documents)
        for doc in documents {
            let path = Repository.path("Output/\(doc.id).json")
            let committed = try #require(try? String(contentsOfFile: path, encoding: .utf8), "missing \(path)")
            #expect(Bool(committed == doc.json.serialized() + "\n"), "Output/\(doc.id).json is stale; run `swift run sitrep extract`")
        }
    }
}
