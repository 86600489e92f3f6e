import Foundation

/// Writes one JSON file per document into a folder, atomically (a temporary file in the same
/// folder, then a rename), so a reader never sees half a file and an interrupted run leaves none.
public struct OutputWriter: Sendable {
    public let directory: String

    public init(directory: String) { self.directory = directory }

    public func path(for id: String) -> String { (directory as NSString).appendingPathComponent(id + ".json") }

    public func write(_ document: Document) throws(OutputError) {
        try write(document.json.serialized() + "\n", to: path(for: document.id))
    }

    public func write(_ contents: String, to path: String) throws(OutputError) {
        let temporary = path + ".tmp"
        let data = Data(contents.utf8)
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw .cannotWrite(path: temporary, reason: "cannot create the file")
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
