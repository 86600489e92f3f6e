import Foundation

/// Runs JSON Lines records (`{"id", "text" or "html", "published"?}`, one article per line)
/// through the pipeline on all cores, a batch at a time, and gives one JSON line per input line
/// in input order: the document, or `{"error", "line"}` for a line that fails. Blank lines give
/// nothing. Clusters are not assigned (they need the whole run).
public struct JSONLinesRunner: Sendable {
    public let reader: InputReader
    public let pipeline: Pipeline
    /// Lines taken per batch and core: enough to keep the cores busy, few enough to answer a
    /// writer that feeds lines one by one through a pipe.
    public var linesPerWorker = 64
    public var workers: Int

    public init(reader: InputReader, pipeline: Pipeline, workers: Int) {
        self.reader = reader
        self.pipeline = pipeline
        self.workers = workers
    }

    /// One result per line of `lines` (nil for a blank line); `first` is the 1-based number of
    /// the first line, `source` names the input in error messages and document paths.
    public func process(_ lines: [String], first: Int, source: String) -> [(json: [UInt8], error: String?)?] {
        var results = [(json: [UInt8], error: String?)?](repeating: nil, count: lines.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: lines.count) { k in
                let line = lines[k], n = first + k
                if line.allSatisfy(\.isWhitespace) { return }
                do throws(any Error) {
                    let record = try JSONRecord.parse(line[...], path: source, line: n)
                    var document = reader.document(record: record, path: "\(source):\(n)")
                    try pipeline.run(&document)
                    slots[k] = (document.jsonBytes(indent: nil), nil)
                } catch {
                    let message = "\(error)"
                    slots[k] = (JSONValue.object(["line": .int(n), "error": .string(message)]).serializedBytes(indent: nil), message)
                }
            }
        }
        return results
    }

    /// Reads `lines` to the end; each batch's output lines (with "\n") go to `write`, and each
    /// failure's message to `failed`, in input order. Returns the number of failed lines.
    public func run(_ lines: inout JSONLinesReader, source: String, write: ([UInt8]) -> Void, failed: (String) -> Void) -> Int {
        var failures = 0
        var number = 0
        while true {
            let batch = lines.nextBatch(limit: linesPerWorker * max(workers, 1))
            guard !batch.isEmpty else { return failures }
            var out: [UInt8] = []
            for case let (json, error)? in process(batch, first: number + 1, source: source) {
                if let error {
                    failures += 1
                    failed(error)
                }
                out += json
                out.append(UInt8(ascii: "\n"))
            }
            number += batch.count
            write(out)
        }
    }
}
