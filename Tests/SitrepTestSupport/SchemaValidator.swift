import SitrepCore

/// Validates JSON against the subset of JSON Schema (2020-12) that `Schema/` uses:
/// `type`, `const`, `enum`, `required`, `properties`, `additionalProperties: false`, `items`,
/// `minItems`, `minimum`, `maximum`, `pattern` and local `$ref`s into `$defs`.
public struct SchemaValidator: Sendable {
    public let schema: JSONValue

    public init(schema: JSONValue) { self.schema = schema }

    /// Every violation, as `path: reason`; empty when the instance is valid.
    public func violations(of instance: JSONValue) -> [String] {
        var out: [String] = []
        check(instance, against: schema, path: "$", into: &out)
        return out
    }

    private func resolve(_ s: JSONValue) -> JSONValue {
        guard case let .object(o) = s, case let .string(ref)? = o["$ref"], ref.hasPrefix("#/") else { return s }
        var node = schema
        for part in ref.dropFirst(2).split(separator: "/") {
            guard case let .object(n) = node, let next = n[String(part)] else { return s }
            node = next
        }
        return node
    }

    private static func typeName(_ v: JSONValue) -> String {
        switch v {
        case .null: "null"
        case .bool: "boolean"
        case .int: "integer"
        case .double: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    private func check(_ v: JSONValue, against raw: JSONValue, path: String, into out: inout [String]) {
        guard case let .object(s) = resolve(raw) else { return }
        if let type = s["type"] {
            var allowed: [String] = []
            if case let .string(t) = type { allowed = [t] }
            if case let .array(ts) = type { allowed = ts.compactMap { if case let .string(t) = $0 { t } else { nil } } }
            let actual = SchemaValidator.typeName(v)
            let ok = allowed.contains(actual) || (actual == "integer" && allowed.contains("number"))
            if !ok { out.append("\(path): expected \(allowed.joined(separator: "|")), found \(actual)"); return }
        }
        if let c = s["const"], c != v { out.append("\(path): expected constant \(c.serialized(indent: nil))") }
        if case let .array(options)? = s["enum"], !options.contains(v) {
            out.append("\(path): \(v.serialized(indent: nil)) is not one of \(JSONValue.array(options).serialized(indent: nil))")
        }
        switch v {
        case let .object(o):
            if case let .array(required)? = s["required"] {
                for case let .string(key) in required where o[key] == nil { out.append("\(path): missing \(key)") }
            }
            let properties: [String: JSONValue]
            if case let .object(p)? = s["properties"] { properties = p } else { properties = [:] }
            for (key, value) in o.sorted(by: { $0.key < $1.key }) {
                if let sub = properties[key] {
                    check(value, against: sub, path: "\(path).\(key)", into: &out)
                } else if s["additionalProperties"] == .bool(false) {
                    out.append("\(path): unexpected property \(key)")
                }
            }
        case let .array(items):
            if case let .int(n)? = s["minItems"], items.count < n { out.append("\(path): fewer than \(n) items") }
            if let itemSchema = s["items"] {
                for (k, item) in items.enumerated() { check(item, against: itemSchema, path: "\(path)[\(k)]", into: &out) }
            }
        case let .string(text):
            if case let .string(pattern)? = s["pattern"], text.firstMatch(of: try! Regex(pattern)) == nil {
                out.append("\(path): '\(text)' does not match \(pattern)")
            }
        case .int, .double:
            let d: Double = if case let .int(n) = v { Double(n) } else if case let .double(x) = v { x } else { 0 }
            if let m = s["minimum"], let lo = SchemaValidator.double(m), d < lo { out.append("\(path): below \(lo)") }
            if let m = s["maximum"], let hi = SchemaValidator.double(m), d > hi { out.append("\(path): above \(hi)") }
        default: break
        }
    }

    private static func double(_ v: JSONValue) -> Double? {
        switch v {
        case let .int(n): Double(n)
        case let .double(d): d
        default: nil
        }
    }
}
