import Foundation
import SitrepCore
import SitrepTestSupport
import Testing

/// Every span indexes `text` by Unicode scalars and maps back to the raw bytes it came from.
@Suite struct OffsetInvariantTests {
    static let raw: [UInt8] = [UInt8](FileManager.default.contents(atPath: Repository.corpusFile)!)

    @Test func sentencesCoverTextAndMapToRawBytes() throws {
        for doc in Repository.corpus {
            #expect(!doc.sentences.isEmpty, "\(doc.id) has no sentences")
            var previousEnd = 0
            for span in doc.sentences {
                #expect(span.start >= previousEnd && span.end > span.start && span.end <= doc.scalars.count)
                previousEnd = span.end
                let text = doc.slice(span)
                let offset = try #require(doc.rawOffset(of: span))
                let rawText = String(decoding: Self.raw[offset..<min(Self.raw.count, offset + text.utf8.count)], as: UTF8.self)
                #expect(rawText == text, "\(doc.id): sentence at \(span.start) maps to raw \(offset)")
            }
        }
    }

    @Test func mentionTextsEqualTheirSlices() {
        for doc in Repository.corpus {
            for m in doc.places { #expect(doc.slice(m.span) == m.text) }
            for m in doc.entities { #expect(doc.slice(m.span) == m.text) }
            for m in doc.dates { #expect(doc.slice(m.span) == m.text) }
            for m in doc.numbers { #expect(doc.slice(m.span) == m.text) }
        }
    }

    /// The sentences of `text` read as one article, trimmed.
    static func sentences(_ text: String) throws -> [String] {
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "sentences.txt", warnings: &warnings)
        var doc = try #require(docs.first)
        try Repository.resources.pipeline().run(&doc)
        return doc.sentences.map { doc.slice($0).trimmingCharacters(in: .whitespaces) }
    }

    @Test func sentencesSurviveAbbreviations() throws {
        let text = "Lt. Col. Ahmed met Gen. Munir at 10 a.m. in Rawalpindi. The U.S. envoy, Dr. Smith, arrived later. Police in D.I. Khan and the D.G. ISPR spoke.\n"
        #expect(try Self.sentences(text) == [
            "Lt. Col. Ahmed met Gen. Munir at 10 a.m. in Rawalpindi.",
            "The U.S. envoy, Dr. Smith, arrived later.",
            "Police in D.I. Khan and the D.G. ISPR spoke.",
        ])
    }

    @Test func aShortenedMonthBeforeADayEndsNoSentence() throws {
        let text = "Trade has been halted since Oct. 12. The talks resume on Nov. 6 in Istanbul. Prices rose in Oct. 12 traders said so.\n"
        #expect(try Self.sentences(text) == [
            "Trade has been halted since Oct. 12.",
            "The talks resume on Nov. 6 in Istanbul.",
            "Prices rose in Oct. 12 traders said so.",
        ])
    }
}
