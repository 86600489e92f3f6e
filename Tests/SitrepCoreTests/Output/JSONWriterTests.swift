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

    @Test func escapesAreFoundAtEveryPosition() {
        // Each special character at each position of texts longer and shorter than the eight
        // bytes the writer reads at a time, among characters that need no escape.
        func written(_ s: String) -> String {
            var w = JSONWriter(indent: nil)
            w.string(s)
            return String(decoding: w.bytes, as: UTF8.self)
        }
        let plain: [Character] = ["A", "é", " ", "!", "#", "[", "]", "\u{7F}", "’"]
        for (special, escaped) in [("\u{0}", "\\u0000"), ("\n", "\\n"), ("\u{1F}", "\\u001f"), ("\"", "\\\""), ("\\", "\\\\")] {
            for length in 1...19 {
                let base = (0..<length).map { plain[$0 % plain.count] }
                #expect(written(String(base)) == "\"" + String(base) + "\"")
                for at in 0..<length {
                    var text = base.map(String.init)
                    text[at] = special
                    var expected = base.map(String.init)
                    expected[at] = escaped
                    #expect(written(text.joined()) == "\"" + expected.joined() + "\"")
                }
            }
        }
    }

    @Test func valuesAreWrittenWithSortedKeysAndReadBack() throws {
        let value = JSONValue.object(["b": .array([.int(Int.max), .int(Int.min)]), "a": .double(1.5), "c": .null])
        #expect(value.serialized(indent: nil) == #"{"a":1.5,"b":[9223372036854775807,-9223372036854775808],"c":null}"#)
        #expect(try JSONReader.parse(value.serialized()) == value)
    }
}
