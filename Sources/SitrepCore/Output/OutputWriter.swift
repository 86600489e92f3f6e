import Foundation
import Synchronization

/// Writes one JSON file per document into a folder, atomically (a temporary file in the same
/// folder, then a rename), so a reader never sees half a file and an interrupted run leaves none.
public struct OutputWriter: Sendable {
    public let directory: String

    public init(directory: String) { self.directory = directory }

    public func path(for id: String) -> String { (directory as NSString).appendingPathComponent(id + ".json") }

    public func write(_ document: Document) throws(OutputError) {
        var bytes = document.jsonBytes()
        bytes.append(UInt8(ascii: "\n"))
        try write(bytes: bytes, to: path(for: document.id))
    }

    public func write(_ contents: String, to path: String) throws(OutputError) {
        try write(bytes: Array(contents.utf8), to: path)
    }

    public func write(bytes contents: [UInt8], to path: String) throws(OutputError) {
        let temporary = path + ".tmp"
        // Plain POSIX calls: FileManager.createFile is itself atomic (a second temporary file
        // and rename) and flushes to disk, which doubled the cost of writing.
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw .cannotWrite(path: temporary, reason: String(cString: strerror(errno))) }
        let failure: String? = contents.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let n = Foundation.write(fd, base + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += n
            }
            return nil
        }
        if close(fd) != 0, failure == nil {
            unlink(temporary)
            throw .cannotWrite(path: temporary, reason: String(cString: strerror(errno)))
        }
        if let failure {
            unlink(temporary)
            throw .cannotWrite(path: temporary, reason: failure)
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotWrite(path: path, reason: reason)
        }
    }

    public func prepareDirectory() throws(OutputError) {
        do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
            throw .cannotWrite(path: directory, reason: error.localizedDescription)
        }
    }
}

public enum OutputError: Error, Sendable, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotWrite(path, reason): return "\(path): cannot write: \(reason); check the output folder and free space"
        }
    }
}

extension OutputWriter {
    /// The file, in the output folder, that lists the failures of the last run (one
    /// `file: reason` per line); absent after a run without failures.
    public static let errorsFileName = "errors.txt"

    public func writeErrors(_ errors: [String]) {
        let path = (directory as NSString).appendingPathComponent(OutputWriter.errorsFileName)
        if errors.isEmpty {
            unlink(path)
        } else {
            try? write(errors.joined(separator: "\n") + "\n", to: path)
        }
    }

    /// The events of a written document, read back for clustering (incremental runs), and
    /// whether one of them holds a cluster id (which the new clustering may take away).
    public func eventKeys(document id: String) -> (keys: [EventClusterer.Key], clustered: Bool) {
        guard let text = try? String(contentsOfFile: path(for: id), encoding: .utf8),
              case let .object(o)? = try? JSONReader.parse(text), case let .array(events)? = o["events"] else { return ([], false) }
        var clustered = false
        let keys = events.enumerated().compactMap { i, e -> EventClusterer.Key? in
            guard case let .object(ev) = e, case let .string(eid)? = ev["id"], case let .string(type)? = ev["type"] else { return nil }
            if case .string? = ev["cluster"] { clustered = true }
            var date: String?
            if case let .string(d)? = ev["date"] { date = d }
            var places: [String] = []
            if case let .array(ps)? = ev["places"] { places = ps.compactMap { if case let .string(p) = $0 { p } else { nil } } }
            return EventClusterer.Key(document: id, event: i, eventID: eid, type: type, day: EventClusterer.day(date), places: places)
        }
        return (keys, clustered)
    }

    /// Writes the cluster ids into the files whose events changed cluster; returns how many
    /// files were rewritten. Documents in `clustered` (files that already hold cluster ids) are
    /// visited even when no event of theirs is in `clusters`, so that a cluster that is gone is
    /// written back as null.
    ///
    /// The files are patched as text, not parsed: the writer's own deterministic serialisation
    /// has exactly one `"cluster": ` key per event, in event order, with a null or string value
    /// that holds no quotation mark.
    public func applyClusters(_ clusters: [EventClusterer.Key: String], clustered: Set<String> = [], errors: inout [String]) -> Int {
        var byDocument: [String: [Int: String]] = [:]
        for document in clustered { byDocument[document] = [:] }
        for (key, id) in clusters { byDocument[key.document, default: [:]][key.event] = id }
        let assignments = byDocument
        let documents = assignments.keys.sorted()
        // Files are independent: patch them on all cores.
        let outcomes = Mutex<(rewritten: Int, errors: [String: String])>((0, [:]))
        DispatchQueue.concurrentPerform(iterations: documents.count) { n in
            let document = documents[n]
            do throws(OutputError) {
                if try patchClusters(path(for: document), assignments[document]!) { outcomes.withLock { $0.rewritten += 1 } }
            } catch {
                let message = error.description
                outcomes.withLock { $0.errors[document] = message }
            }
        }
        return outcomes.withLock { o in
            errors += o.errors.keys.sorted().map { o.errors[$0]! }
            return o.rewritten
        }
    }

    /// Rewrites one file's cluster values (null for an event not in `assignments`); false when
    /// nothing changed.
    func patchClusters(_ path: String, _ assignments: [Int: String]) throws(OutputError) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        let marker = Array(#""cluster": "#.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(data.count + assignments.count * 64)
        var changed = false
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0, copied = 0, event = 0
            while i + marker.count <= bytes.count {
                // memchr jumps to the next quote and memcmp tests the member name there (a
                // byte-by-byte loop had been 3% of a run).
                guard let found = memchr(raw.baseAddress! + i, Int32(marker[0]), bytes.count - i) else { break }
                i = raw.baseAddress!.distance(to: UnsafeRawPointer(found))
                guard i + marker.count <= bytes.count, marker.withUnsafeBytes({ memcmp(raw.baseAddress! + i, $0.baseAddress!, $0.count) }) == 0 else {
                    i += 1
                    continue
                }
                let valueStart = i + marker.count
                // The old value: null, or a string without inner quotes.
                var end = valueStart
                if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
                    end += 1
                    while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                    end = min(end + 1, bytes.count)
                } else {
                    while end < bytes.count, bytes[end] != UInt8(ascii: ","), bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "}") { end += 1 }
                }
                let new = Array((assignments[event].map { "\"\($0)\"" } ?? "null").utf8)
                if !new.elementsEqual(bytes[valueStart..<end]) {
                    out.append(contentsOf: bytes[copied..<valueStart])
                    out.append(contentsOf: new)
                    copied = end
                    changed = true
                }
                i = end
                event += 1
            }
            out.append(contentsOf: bytes[copied..<bytes.count])
        }
        guard changed else { return false }
        try write(bytes: out, to: path)
        return true
    }

}
