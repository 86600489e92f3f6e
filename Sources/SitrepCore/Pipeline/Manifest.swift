import Foundation

/// What an earlier run produced from each input, kept in the output folder as
/// `.sitrep-manifest.tsv`: input path, content hash, and the document ids written from it,
/// under a fingerprint of the gazetteer files and Sitrep's version. `--incremental` skips an
/// input whose hash and fingerprint are unchanged; outputs of inputs that no longer exist, or
/// that no longer produce a document, are removed.
public struct Manifest: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var sha256: String
        public var documents: [String]
    }

    public static let fileName = ".sitrep-manifest.tsv"
    public var fingerprint: String
    public var entries: [String: Entry]

    public init(fingerprint: String, entries: [String: Entry] = [:]) {
        self.fingerprint = fingerprint
        self.entries = entries
    }

    /// Reads the manifest of `directory`; an absent or unreadable one is empty.
    public static func load(directory: String) -> Manifest? {
        let path = (directory as NSString).appendingPathComponent(fileName)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        var lines = text.split(separator: "\n")
        guard let first = lines.first, first.hasPrefix("# fingerprint\t") else { return nil }
        var manifest = Manifest(fingerprint: String(first.dropFirst("# fingerprint\t".count)))
        lines.removeFirst()
        for line in lines where !line.hasPrefix("#") {
            let c = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard c.count == 3 else { continue }
            manifest.entries[String(c[0])] = Entry(sha256: String(c[1]), documents: c[2].split(separator: ",").map(String.init))
        }
        return manifest
    }

    /// Sorted by path, so reruns write identical bytes.
    public var serialized: String {
        var out = "# fingerprint\t\(fingerprint)\n# input\tsha256\tdocuments\n"
        for path in entries.keys.sorted() {
            let e = entries[path]!
            out += "\(path)\t\(e.sha256)\t\(e.documents.joined(separator: ","))\n"
        }
        return out
    }

    /// SHA-256 of the running executable, so that a rebuilt program with an unchanged version
    /// string does not reuse outputs of the old one; nil where the executable cannot be read.
    public static func executableIdentity() -> String? {
        let path = FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : Bundle.main.executablePath
        guard let path, let data = FileManager.default.contents(atPath: path) else { return nil }
        return InputReader.sha256([UInt8](data)[...])
    }

    /// A hash of the files that shape the output (gazetteer folder) and the program version.
    public static func fingerprint(gazetteer directory: String, version: String) -> String {
        var bytes = Array(version.utf8)
        let fm = FileManager.default
        let names = ((try? fm.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".tsv") || $0.hasSuffix(".txt") }.sorted()
        for name in names {
            bytes += Array(name.utf8)
            bytes += [UInt8](fm.contents(atPath: (directory as NSString).appendingPathComponent(name)) ?? Data())
        }
        return InputReader.sha256(bytes[...])
    }
}
