/// A problem in one of the human-edited files under `Gazetteer/`. Renders as `file:line: reason`.
public enum GazetteerError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case badHeader(path: String, expected: String)
    case row(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): return "\(path): cannot read: \(reason)"
        case let .badHeader(path, expected): return "\(path):1: header must be exactly: \(expected)"
        case let .row(path, line, reason): return "\(path):\(line): \(reason)"
        }
    }
}
