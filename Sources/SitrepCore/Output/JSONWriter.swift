/// Writes JSON text straight to UTF-8 bytes, in the one format of this project: object keys in
/// ascending order, `indent` spaces per level (or one line when nil), integers without a
/// fraction, no escaping of "/" or non-ASCII.
///
/// Documents are written through it member by member, with no ``JSONValue`` tree in between:
/// building the tree (a dictionary per object) and sorting its keys cost more than the writing.
/// The caller gives each object's keys in ascending order; debug builds check it.
///
/// Example: `w.object { w.key("a"); w.int(1); w.key("b"); w.array { w.string("x") } }` writes
/// `{"a": 1, "b": ["x"]}` across lines, as ``JSONValue/serialized(indent:)`` does.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    public let indent: Int?
    /// One entry per open container: whether it has no element yet.
    private var empty: [Bool] = []
    #if DEBUG
    /// The last key of each open object, for the order check of debug builds.
    private var lastKeys: [String?] = []
    #endif
    /// A key was just written: the next value follows it on the same line.
    private var afterKey = false

    public init(indent: Int? = 2, capacity: Int = 16_384) {
        self.indent = indent
        bytes.reserveCapacity(capacity)
    }

    // MARK: Containers

    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        #if DEBUG
        lastKeys.append(nil)
        #endif
        body(&self)
        #if DEBUG
        lastKeys.removeLast()
        #endif
        close(UInt8(ascii: "}"))
    }

    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    /// An array of `items`, each written by `element`.
    public mutating func array<C: Collection>(_ items: C, _ element: (inout JSONWriter, C.Element) -> Void) {
        array { w in for item in items { element(&w, item) } }
    }

    /// The key of the next member of the open object.
    public mutating func key(_ key: String) {
        #if DEBUG
        assert(lastKeys.last.map { $0.map { $0 < key } ?? true } ?? false, "keys must be ascending: \(key)")
        if !lastKeys.isEmpty { lastKeys[lastKeys.count - 1] = key }
        #endif
        separate()
        writeString(key)
        bytes.append(UInt8(ascii: ":"))
        if indent != nil { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    // MARK: Scalars

    public mutating func string(_ s: String?) {
        guard let s else { return null() }
        beginValue()
        writeString(s)
    }

    public mutating func int(_ i: Int?) {
        guard let i else { return null() }
        beginValue()
        writeInt(i)
    }

    /// A number: integral values are written as integers.
    public mutating func number(_ d: Double?) {
        guard let d else { return null() }
        if d.rounded() == d, abs(d) < 1e15 { return int(Int(d)) }
        double(d)
    }

    /// A double as written, with a fraction (non-finite values are null).
    private mutating func double(_ d: Double) {
        beginValue()
        bytes.append(contentsOf: (d.isFinite ? String(d) : "null").utf8)
    }

    public mutating func bool(_ b: Bool) {
        beginValue()
        bytes.append(contentsOf: (b ? "true" : "false").utf8)
    }

    public mutating func null() {
        beginValue()
        bytes.append(contentsOf: "null".utf8)
    }

    /// A whole ``JSONValue`` (object members sorted by key).
    public mutating func value(_ v: JSONValue) {
        switch v {
        case .null: null()
        case let .bool(b): bool(b)
        case let .int(i): int(i)
        case let .double(d): double(d)
        case let .string(s): string(s)
        case let .array(items): array(items) { $0.value($1) }
        case let .object(members):
            object { w in
                for member in members.sorted(by: { $0.key < $1.key }) {
                    w.key(member.key)
                    w.value(member.value)
                }
            }
        }
    }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        beginValue()
        bytes.append(bracket)
        empty.append(true)
    }

    private mutating func close(_ bracket: UInt8) {
        if !empty.removeLast() { newline() }
        bytes.append(bracket)
    }

    /// Before a value: nothing after a key; a separator and a new line inside an array.
    private mutating func beginValue() {
        if afterKey {
            afterKey = false
        } else if !empty.isEmpty {
            separate()
        }
    }

    /// A comma after the container's previous element, then the element's line.
    private mutating func separate() {
        if empty[empty.count - 1] {
            empty[empty.count - 1] = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
        newline()
    }

    /// A line break and the indentation of the open containers' depth.
    private mutating func newline() {
        guard let indent else { return }
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<(indent * empty.count) { bytes.append(UInt8(ascii: " ")) }
    }

    private mutating func writeInt(_ i: Int) {
        guard i != Int.min else { return bytes.append(contentsOf: String(i).utf8) }
        if i < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = i.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    private mutating func writeString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            // Runs of bytes that need no escape (most of a text: its escapes are line breaks) are
            // copied whole.
            var run = 0
            for (k, b) in utf8.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<k]))
                run = k + 1
                switch b {
                case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
                case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
                case UInt8(ascii: "\n"): bytes.append(contentsOf: #"\n"#.utf8)
                case UInt8(ascii: "\r"): bytes.append(contentsOf: #"\r"#.utf8)
                case UInt8(ascii: "\t"): bytes.append(contentsOf: #"\t"#.utf8)
                default:
                    let hex = String(b, radix: 16)
                    bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
