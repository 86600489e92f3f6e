import SitrepCore
import Testing

@Suite struct JSONWriterTests {
    func written(indent: Int?) -> String {
        var w = JSONWriter(indent: indent)
        w.object { w in
            w.key("a"); w.array { _ in }
            w.key("b"); w.object { _ in }
            w.key("c"); w.array([1, -20, 0]) { $0.int($1) }
            w.key("d"); w.object { w in
                w.key("x"); w.number(2.0)
                w.key("y"); w.number(0.85)
                w.key("z"); w.number(nil)
            }
            w.key("e"); w.string("tab\tquote\"back\\slash/ü\u{1}")
            w.key("f"); w.bool(false)
        }
        return String(decoding: w.bytes, as: UTF8.self)
    }

    @Test func prettyLayout() {
        #expect(written(indent: 2) == """
            {
              "a": [],
              "b": {},
              "c": [
                1,
                -20,
                0
              ],
              "d": {
                "x": 2,
                "y": 0.85,
                "z": null
              },
              "e": "tab\\tquote\\"back\\\\slash/ü\\u0001",
              "f": false
            }
            """)
    }

    @Test func oneLineLayout() {
        #expect(written(indent: nil) == #"{"a":[],"b":{},"c":[1,-20,0],"d":{"x":2,"y":0.85,"z":null},"e":"tab\tquote\"back\\slash/ü\u0001","f":false}"#)
    }

    @Test func valuesAreWrittenWithSortedKeysAndReadBack() throws {
        let value = JSONValue.object(["b": .array([.int(Int.max), .int(Int.min)]), "a": .double(1.5), "c": .null])
        #expect(value.serialized(indent: nil) == #"{"a":1.5,"b":[9223372036854775807,-9223372036854775808],"c":null}"#)
        #expect(try JSONReader.parse(value.serialized()) == value)
    }
}
