import Foundation
import Synchronization

/// Runs the pipeline over files and folders on all cores, writing one JSON file per article.
///
/// At most ``workers`` files are in flight; the articles of one file are processed in parallel,
/// and a text file above ``streamThreshold`` is read in pieces (``DumpStream``). So memory stays
/// bounded by a few files, or pieces, however large the corpus, and, as each article's
/// output depends only on its input, output bytes do not depend on scheduling. A failing file
/// is reported and skipped. After the run, events reported by several articles get their
/// `cluster` ids (``EventClusterer``), written into the affected files.
public struct BatchRunner: Sendable {
    public var resources: Resources
    public var pipeline: Pipeline
    public var reader: InputReader
    public var writer: OutputWriter
    public var workers: Int
    public var timings: StageTimings?
    /// Skip inputs whose content and gazetteer fingerprint match the manifest.
    public var incremental = false
    /// Program version, part of the manifest fingerprint.
    public var version = "0"
    /// Articles of one file annotated and written together (a bound on memory for long dumps).
    static let articlesPerBatch = 64
    /// Text files larger than this are read in pieces (``DumpStream``), not whole.
    public var streamThreshold = 16 << 20
    /// Bytes per piece of a file read in pieces.
    public var pieceBytes = 4 << 20
    /// Set by a signal handler: no new file is started, and the run ends cleanly.
    public let cancellation = Cancellation()

    public init(resources: Resources, pipeline: Pipeline, reader: InputReader, writer: OutputWriter,
                workers: Int = ProcessInfo.processInfo.activeProcessorCount, timings: StageTimings? = nil) {
        self.resources = resources
        self.pipeline = pipeline
        self.reader = reader
        self.writer = writer
        self.workers = max(1, workers)
        self.timings = timings
    }

    /// A flag shared with signal handlers.
    public final class Cancellation: Sendable {
        private let flag = Atomic<Bool>(false)
        public init() {}
        public func cancel() { flag.store(true, ordering: .relaxed) }
        public var isCancelled: Bool { flag.load(ordering: .relaxed) }
    }

    public struct FileResult: Sendable {
        public var path: String
        public var sha256 = ""
        public var documents: [String] = []
        public var eventKeys: [EventClusterer.Key] = []
        /// Documents of a skipped input whose file holds cluster ids.
        public var clustered: [String] = []
        public var events = 0
        public var bytes = 0
        public var skipped = false
        public var warnings: [String] = []
        public var error: String?
    }

    public struct Summary: Sendable {
        public var files = 0
        public var articles = 0
        public var events = 0
        public var bytes = 0
        public var skipped = 0
        public var removed = 0
        public var clustered = 0
        public var errors: [String] = []
        public var warnings: [String] = []
        public var seconds = 0.0
        public var cancelled = false
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

    /// Document id stems for `files`: the file name's, or, where two files of the run share a
    /// name, the path without its extension ("a/x.txt", "b/x.txt" → "a-x", "b-x"), so no output
    /// overwrites another.
    public static func stems(_ files: [String]) -> [String] {
        let plain = files.map(InputReader.stem(of:))
        var count: [String: Int] = [:]
        for s in plain { count[s, default: 0] += 1 }
        // The folders all inputs share are left out of the longer names.
        let folders = files.map { ($0 as NSString).deletingLastPathComponent.split(separator: "/") }
        var common = folders.first ?? []
        for f in folders.dropFirst() {
            common = Array(zip(common, f).prefix { $0 == $1 }.map(\.0))
        }
        return zip(files, plain).map { path, stem in
            guard count[stem]! > 1 else { return stem }
            let parts = (path as NSString).deletingPathExtension.split(separator: "/").dropFirst(common.count)
            return InputReader.slug(parts.joined(separator: "-"))
        }
    }

    /// Processes one file: read, split, run the pipeline, write. Never throws: a failure is
    /// recorded in the result. With a manifest entry of the same content, nothing is redone.
    public func process(file path: String, stem: String? = nil, previous: Manifest.Entry? = nil) -> FileResult {
        var result = FileResult(path: path)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > streamThreshold {
            let stream = DumpStream(path: path, pieceBytes: pieceBytes)
            do throws(IngestError) {
                if let check = try stream.check(lossy: reader.decoder.lossy) {
                    result.bytes = check.bytes
                    result.sha256 = check.sha256
                    if reuse(previous, into: &result) { return result }
                    processPieces(of: stream, stem: stem ?? InputReader.stem(of: path), into: &result)
                    return result
                }
            } catch {
                result.error = error.description
                return result
            }
        }
        guard let bytes = FileManager.default.contents(atPath: path).map({ [UInt8]($0) }) else {
            result.error = IngestError.unreadable(path: path, reason: "cannot open the file").description
            return result
        }
        result.bytes = bytes.count
        result.sha256 = InputReader.sha256(bytes[...])
        if reuse(previous, into: &result) { return result }
        do {
            var warnings: [String] = []
            let readStart = DispatchTime.now().uptimeNanoseconds
            var documents = try reader.documents(bytes: bytes, path: path, stem: stem, warnings: &warnings)
            timings?.add("Read+Split", nanoseconds: DispatchTime.now().uptimeNanoseconds - readStart)
            result.warnings = warnings
            try annotateAndWrite(&documents, into: &result)
        } catch {
            record(error, path: path, in: &result)
        }
        return result
    }

    /// Reads a long dump's pieces on a thread of their own while the articles of the piece
    /// before are annotated and written, one piece ahead at most.
    private func processPieces(of stream: DumpStream, stem: String, into result: inout FileResult) {
        let handoff = Handoff<[Document]>(capacity: 1)
        let ended = DispatchSemaphore(value: 0)
        let (reader, timings) = (self.reader, self.timings)
        let producer = Thread {
            defer { ended.signal() }
            var readStart = DispatchTime.now().uptimeNanoseconds
            do {
                try stream.forEachPiece(reader: reader, stem: stem) { piece in
                    timings?.add("Read+Split", nanoseconds: DispatchTime.now().uptimeNanoseconds - readStart)
                    guard handoff.put(piece) else { throw CancellationError() }
                    readStart = DispatchTime.now().uptimeNanoseconds
                }
                handoff.finish()
            } catch {
                handoff.finish(throwing: error)
            }
        }
        producer.start()
        do {
            while let piece = try handoff.take() {
                // An interrupt stops a long dump between pieces; it is not recorded as done.
                if cancellation.isCancelled { throw Interrupted(articles: result.documents.count) }
                var documents = piece
                try annotateAndWrite(&documents, into: &result)
            }
        } catch {
            record(error, path: stream.path, in: &result)
        }
        handoff.stop()
        ended.wait()
    }

    /// Fills `result` from the manifest entry of an unchanged input whose outputs are all still
    /// there; false when the input has to be read.
    private func reuse(_ previous: Manifest.Entry?, into result: inout FileResult) -> Bool {
        guard let previous, previous.sha256 == result.sha256,
              previous.documents.allSatisfy({ FileManager.default.fileExists(atPath: writer.path(for: $0)) }) else { return false }
        result.skipped = true
        result.documents = previous.documents
        for document in previous.documents {
            let (keys, clustered) = writer.eventKeys(document: document)
            result.eventKeys += keys
            if clustered { result.clustered.append(document) }
        }
        result.events = result.eventKeys.count
        return true
    }

    /// Runs the pipeline over a file's articles and writes them, in parallel, a batch at a
    /// time: a dump of thousands of articles never holds more than one batch of annotated
    /// documents.
    private func annotateAndWrite(_ documents: inout [Document], into result: inout FileResult) throws {
        for batchStart in stride(from: 0, to: documents.count, by: BatchRunner.articlesPerBatch) {
            var batch = Array(documents[batchStart..<min(documents.count, batchStart + BatchRunner.articlesPerBatch)])
            // The batch's raw lines are now in `batch` alone, and released with it.
            for i in batchStart..<(batchStart + batch.count) { documents[i].lines = [] }
            let failures = Mutex<[Int: StageError]>([:])
            batch.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let slots = buffer
                DispatchQueue.concurrentPerform(iterations: slots.count) { i in
                    do throws(StageError) { try pipeline.run(&slots[i], timings: timings) } catch {
                        failures.withLock { $0[i] = error }
                    }
                }
            }
            if let (_, first) = failures.withLock({ $0.min { $0.key < $1.key } }) { throw first }
            let writeStart = DispatchTime.now().uptimeNanoseconds
            defer { timings?.add("Write", nanoseconds: DispatchTime.now().uptimeNanoseconds - writeStart) }
            for document in batch {
                try writer.write(document)
                result.documents.append(document.id)
                result.eventKeys += EventClusterer.keys(of: document)
                result.events += document.events.count
            }
        }
    }

    /// A long dump left unfinished by an interrupt.
    struct Interrupted: Error, CustomStringConvertible {
        var articles: Int
        var description: String { "interrupted after \(articles) articles; run again to finish the file" }
    }

    private func record(_ error: any Error, path: String, in result: inout FileResult) {
        switch error {
        case let error as IngestError: result.error = error.description
        case let error as StageError: result.error = "\(path): \(error.description)"
        case let error as OutputError: result.error = error.description
        default: result.error = "\(path): \(error)"
        }
    }

    /// Processes `files` with at most ``workers`` in flight; `progress` sees each result in
    /// completion order, with the number done so far.
    public func run(files: [String], progress: (@Sendable (FileResult, Int) -> Void)? = nil) async -> Summary {
        let start = Date()
        var summary = Summary()
        let fingerprint = Manifest.fingerprint(gazetteer: resources.directory, version: version)
        let old = Manifest.load(directory: writer.directory)
        let reusable = incremental && old?.fingerprint == fingerprint ? old : nil
        var results: [Int: FileResult] = [:]
        let stems = BatchRunner.stems(files)
        await withTaskGroup(of: (Int, FileResult).self) { group in
            var next = 0
            var done = 0
            func add() {
                guard next < files.count, !cancellation.isCancelled else { return }
                let index = next, path = files[index], stem = stems[index], runner = self
                let previous = reusable?.entries[path]
                group.addTask { (index, runner.process(file: path, stem: stem, previous: previous)) }
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
        summary.cancelled = cancellation.isCancelled

        var manifest = Manifest(fingerprint: fingerprint, entries: old?.fingerprint == fingerprint ? old!.entries : [:])
        var keys: [EventClusterer.Key] = []
        var clustered = Set<String>()
        for i in files.indices {
            guard let r = results[i] else { continue }
            summary.files += 1
            summary.bytes += r.bytes
            summary.articles += r.documents.count
            summary.events += r.events
            summary.warnings += r.warnings
            if r.skipped { summary.skipped += 1 }
            summary.written.formUnion(r.documents)
            keys += r.eventKeys
            clustered.formUnion(r.clustered)
            if let e = r.error {
                summary.errors.append(e)
                manifest.entries[r.path] = nil
            } else {
                manifest.entries[r.path] = Manifest.Entry(sha256: r.sha256, documents: r.documents)
            }
        }
        // Outputs of inputs that are gone, or of articles an input no longer yields.
        if let old {
            for (path, entry) in old.entries {
                let inputGone = !FileManager.default.fileExists(atPath: path)
                let current = inputGone ? [] : manifest.entries[path]?.documents ?? []
                if inputGone { manifest.entries[path] = nil }
                guard inputGone || files.contains(path) else { continue }
                for id in entry.documents where !current.contains(id) && !summary.written.contains(id) {
                    if unlink(writer.path(for: id)) == 0 { summary.removed += 1 }
                }
            }
        }
        if !summary.cancelled {
            let clusterStart = DispatchTime.now().uptimeNanoseconds
            summary.clustered = writer.applyClusters(EventClusterer.assign(keys), clustered: clustered, errors: &summary.errors)
            timings?.add("Cluster", nanoseconds: DispatchTime.now().uptimeNanoseconds - clusterStart)
        }
        do { try writer.write(manifest.serialized, to: (writer.directory as NSString).appendingPathComponent(Manifest.fileName)) } catch {
            summary.errors.append(error.description)
        }
        writer.writeErrors(summary.errors)
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }
}
