/// Why an input could not be read. Each case renders as one line: `path[:line]: reason; fix`.
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String, byteOffset: Int)
    case utf16(path: String)
    case invalidUTF8(path: String, line: Int, byteOffset: Int)
    case badJSONLine(path: String, line: Int, reason: String)
    case noInputs(path: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            return "\(path): cannot read: \(reason); check the path and its permissions"
        case let .empty(path):
            return "\(path): empty file; remove it or give it article text"
        case let .binary(path, offset):
            return "\(path): binary data (NUL byte at byte offset \(offset)); give Sitrep text or HTML files only"
        case let .utf16(path):
            return "\(path): UTF-16 text (it opens with a UTF-16 byte order mark); re-encode it as UTF-8, e.g. iconv -f UTF-16 -t UTF-8 \(path) > \(path).utf8.txt"
        case let .invalidUTF8(path, line, offset):
            return "\(path):\(line): invalid UTF-8 at byte offset \(offset); re-encode the file as UTF-8, or pass --lossy to replace bad bytes"
        case let .badJSONLine(path, line, reason):
            return "\(path):\(line): \(reason); each line must be a JSON object with \"id\" and \"text\" or \"html\""
        case let .noInputs(path):
            return "\(path): no .txt, .html or .htm files found; pass files or a folder that holds them"
        }
    }
}
