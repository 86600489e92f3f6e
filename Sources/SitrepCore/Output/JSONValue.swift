/// A JSON value that serialises deterministically: object keys sorted, two-space indentation,
/// integers without a fraction, no escaping of "/" or non-ASCII.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public static func optional(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
    public static func optional(_ d: Double?) -> JSONValue { d.map(JSONValue.number) ?? .null }

    /// An integral double is written as an integer.
    public static func number(_ d: Double) -> JSONValue {
        if d.rounded() == d, abs(d) < 1e15 { return .int(Int(d)) }
        return .double(d)
    }

    /// Pretty JSON (`indent` spaces per level), or one line when `indent` is nil.
    public func serialized(indent: Int? = 2) -> String {
        String(decoding: serializedBytes(indent: indent), as: UTF8.self)
    }

    /// ``serialized(indent:)`` as UTF-8 bytes, as files are written.
    public func serializedBytes(indent: Int? = 2) -> [UInt8] {
        var writer = JSONWriter(indent: indent)
        writer.value(self)
        return writer.bytes
    }
}
