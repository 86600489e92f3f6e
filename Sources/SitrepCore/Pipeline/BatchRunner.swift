import Foundation

/// Runs the pipeline over files and folders on all cores, writing one JSON file per article.
///
/// Files are read, split, processed and written by a bounded number of concurrent workers, so
/// memory stays bounded however large the corpus; each article's output depends only on its
/// input, so output bytes do not depend on scheduling. A failing file is reported and skipped.
public struct BatchRunner: Sendable {
    public var resources: Resources
    public var pipeline: Pipeline
    public var reader: InputReader
    public var writer: OutputWriter
    public var workers: Int
    public var timings: StageTimings?

    public init(resources: Resources, pipeline: Pipeline, reader: InputReader, writer: OutputWriter,
                workers: Int = ProcessInfo.processInfo.activeProcessorCount, timings: StageTimings? = nil) {
        self.resources = resources
        self.pipeline = pipeline
        self.reader = reader
        self.writer = writer
        self.workers = max(1, workers)
        self.timings = timings
    }

    public struct FileResult: Sendable {
        public var path: String
        public var documents: [String] = []
        public var events = 0
        public var bytes = 0
        public var warnings: [String] = []
        public var error: String?
    }

    public struct Summary: Sendable {
        public var files = 0
        public var articles = 0
        public var events = 0
        public var bytes = 0
        public var errors: [String] = []
        public var warnings: [String] = []
        public var seconds = 0.0
        public var written: Set<String> = []
    }

    /// The input files under `paths` (folders are searched for .txt, .html and .htm), sorted.
    public static func inputFiles(_ paths: [String]) throws(IngestError) -> [String] {
        var files: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw .unreadable(path: path, reason: "no such file or folder")
            }
            if isDir.boolValue {
                guard let e = fm.enumerator(atPath: path) else { throw .unreadable(path: path, reason: "cannot list the folder") }
                var found: [String] = []
                while let rel = e.nextObject() as? String {
                    let ext = (rel as NSString).pathExtension.lowercased()
                    if ["txt", "html", "htm"].contains(ext), !(rel as NSString).lastPathComponent.hasPrefix(".") {
                        found.append((path as NSString).appendingPathComponent(rel))
                    }
                }
                if found.isEmpty { throw .noInputs(path: path) }
                files += found.sorted()
            } else {
                files.append(path)
            }
        }
        return files
    }

    /// Processes one file: read, split, run the pipeline, write. Never throws: a failure is
    /// recorded in the result.
    public func process(file path: String) -> FileResult {
        var result = FileResult(path: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            result.error = IngestError.unreadable(path: path, reason: "cannot open the file").description
            return result
        }
        let bytes = [UInt8](data)
        result.bytes = bytes.count
        do {
            var warnings: [String] = []
            let documents = try reader.documents(bytes: bytes, path: path, warnings: &warnings)
            result.warnings = warnings
            for var document in documents {
                try pipeline.run(&document, timings: timings)
                try writer.write(document)
                result.documents.append(document.id)
                result.events += document.events.count
            }
        } catch let error as IngestError {
            result.error = error.description
        } catch let error as StageError {
            result.error = "\(path): \(error.description)"
        } catch let error as OutputError {
            result.error = error.description
        } catch {
            result.error = "\(path): \(error)"
        }
        return result
    }

    /// Processes `files` with at most ``workers`` in flight; `progress` sees each result in
    /// completion order.
    public func run(files: [String], progress: (@Sendable (FileResult, Int) -> Void)? = nil) async -> Summary {
        let start = Date()
        var summary = Summary()
        var results: [Int: FileResult] = [:]
        await withTaskGroup(of: (Int, FileResult).self) { group in
            var next = 0
            var done = 0
            func add() {
                guard next < files.count else { return }
                let index = next, path = files[index], runner = self
                group.addTask { (index, runner.process(file: path)) }
                next += 1
            }
            for _ in 0..<min(workers, files.count) { add() }
            while let (index, result) = await group.next() {
                done += 1
                progress?(result, done)
                results[index] = result
                add()
            }
        }
        for i in files.indices {
            guard let r = results[i] else { continue }
            summary.files += 1
            summary.bytes += r.bytes
            summary.articles += r.documents.count
            summary.events += r.events
            summary.warnings += r.warnings
            summary.written.formUnion(r.documents)
            if let e = r.error { summary.errors.append(e) }
        }
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }
}
