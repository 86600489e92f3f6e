import Foundation
import SitrepCore
import SitrepTestSupport
import Testing

/// Texts built to break the pipeline: rule words, punctuation and digits of other scripts in
/// random order. A trap (a range built backwards, a forced unwrap) ends a whole batch, so the
/// property checked first is that every text comes through; then that what comes out is sound.
@Suite struct RandomInputTests {
    /// A small seeded generator (SplitMix64), so that a failing text can be rebuilt from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Words the rules look for, and what makes them stumble: "quoted" at a text's end, a date in
    /// Arabic-Indic digits, dashes and partitives with nothing after them.
    static let pieces = """
        quoted according to as well killed wounded injured including — – , . ; : ( ) of the victims were was \
        Pak - Afghan Indo since June 13 said says told officials two 12 at least more than a dozen among them \
        whom dead bodies toll rose from in on Monday last week ago village area district Kurram Bannu Kabul \
        Taliban TTP army claimed lives embraced shahadat martyred sent to hell and or by “ ” ’s killing \
        wounding died later succumbed hospital 2025 October Oct. ١٢ ٢٠٢٥ ۱۴۰۴ １２ Mizan \u{200F} \u{200D} 🇵🇰 \
        twenty-one ½ 22nd $2.3bn Published On Share
        """.split(separator: " ").map(String.init) + [
            // Dates and datelines in other scripts' digits, whole, as the date patterns need them.
            "١٢ Oct. 2025", "Oct ١٢, ٢٠٢٥", "Published On ١٢ Oct ٢٠٢٥", "on ١٢ October", "ISLAMABAD, Oct ١٢ (Reuters) -",
        ]

    @Test(arguments: [1, 2, 3])
    func randomTextsComeThroughWithSoundOutput(seed: UInt64) throws {
        var random = SplitMix(state: seed)
        var lines: [String] = []
        for i in 0..<300 {
            let count = Int.random(in: 1...30, using: &random)
            let words = (0..<count).map { _ in Self.pieces.randomElement(using: &random)! }
            let text = words.joined(separator: i % 7 == 0 ? "" : " ")
            let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            lines.append(#"{"id":"r\#(i)","published":"2025-10-26","text":"\#(escaped)"}"#)
        }
        for (n, line) in lines.enumerated() {
            let record = try JSONRecord.parse(line[...], path: "random", line: n + 1)
            var doc = Repository.resources.reader().document(record: record, path: "random:\(n + 1)")
            try Repository.resources.pipeline().run(&doc)
            for m in doc.places { #expect(doc.slice(m.span) == m.text) }
            for m in doc.dates { #expect(doc.slice(m.span) == m.text) }
            for m in doc.numbers { #expect(doc.slice(m.span) == m.text) }
            for e in doc.events {
                for c in e.casualties { #expect(c.count.map { $0 >= 0 } ?? true, "seed \(seed), line \(n + 1)") }
            }
        }
    }

    /// The same pieces as a dump, through the splitter and the publication-date inferrer.
    @Test func aRandomDumpIsSplitAndRead() throws {
        var random = SplitMix(state: 42)
        let text = (0..<400).map { _ in
            (0..<Int.random(in: 0...25, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined(separator: " ")
        }.joined(separator: "\n") + "\n"
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "random.txt", warnings: &warnings)
        #expect(!docs.isEmpty)
        for var doc in docs { try Repository.resources.pipeline().run(&doc) }
    }
}
