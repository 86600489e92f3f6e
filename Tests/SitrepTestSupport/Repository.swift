import Foundation
import SitrepCore

/// Paths inside the repository checkout and the pipeline as the CLI builds it, for tests.
public enum Repository {
    /// The checkout's root folder (this file lives in `Tests/SitrepTestSupport/`).
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    public static func path(_ relative: String) -> String { root + "/" + relative }

    /// The bundled corpus dump.
    public static let corpusFile = path("Corpus/aljazeera-pakistan-afghanistan-2025.txt")

    /// Resources loaded from the shipped `Gazetteer/`, once per test process.
    public static let resources: Resources = {
        do { return try Resources(directory: path("Gazetteer")) } catch { fatalError("\(error)") }
    }()

    /// Reads and runs the full pipeline over one file, as `sitrep extract` does.
    public static func extract(file: String, source: String? = nil) throws -> [Document] {
        try extract(bytes: [UInt8](FileManager.default.contents(atPath: file) ?? Data()), source: source ?? file)
    }

    /// Runs the full pipeline over a text, as `sitrep extract` does over a file named `source`.
    public static func extract(text: String, source: String) throws -> [Document] {
        try extract(bytes: Array(text.utf8), source: source)
    }

    static func extract(bytes: [UInt8], source: String) throws -> [Document] {
        var warnings: [String] = []
        let pipeline = try resources.pipeline()
        var documents = try resources.reader().documents(bytes: bytes, path: source, warnings: &warnings)
        for i in documents.indices { try pipeline.run(&documents[i]) }
        return documents
    }

    /// The corpus documents, extracted once per test process.
    public static let corpus: [Document] = {
        do { return try extract(file: corpusFile, source: "Corpus/aljazeera-pakistan-afghanistan-2025.txt") } catch {
            fatalError("\(error)")
        }
    }()

    /// A tab-separated file with a header row, as dictionaries.
    public static func tsv(_ file: String) -> [[String: String]] {
        let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) else { return [] }
        return lines.dropFirst().map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            var row: [String: String] = [:]
            for (k, name) in header.enumerated() { row[name] = k < cells.count ? cells[k] : "" }
            return row
        }
    }
}
