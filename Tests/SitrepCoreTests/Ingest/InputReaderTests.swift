import Foundation
import SitrepCore
import SitrepTestSupport
import Testing

@Suite struct InputReaderTests {
    /// `--published` fills in a date only where the input states none.
    @Test func aStatedDateWinsOverTheGivenOne() throws {
        let given = Day(2025, 11, 1)
        let reader = Repository.resources.reader(published: given)
        var warnings: [String] = []
        let dated = "Standfirst of a dated article that sums up the clashes in Kurram.\nPublished On 15 Oct 202515 Oct 2025\nShare\nClashes in Kurram killed five soldiers on Tuesday.\n"
        let a = try #require(try reader.documents(bytes: Array(dated.utf8), path: "a.txt", warnings: &warnings).first)
        #expect(a.published == Day(2025, 10, 15) && a.publishedSource == .line)

        let undated = "Clashes in Kurram killed five soldiers on Tuesday, the military said.\n"
        let b = try #require(try reader.documents(bytes: Array(undated.utf8), path: "b.txt", warnings: &warnings).first)
        #expect(b.published == given && b.publishedSource == .given)

        let html = #"<html><head><meta property="article:published_time" content="2025-10-15T08:00:00Z"></head><body><article><p>Clashes in Kurram killed five soldiers on Tuesday, the military said in a statement.</p></article></body></html>"#
        let c = try #require(try reader.documents(bytes: Array(html.utf8), path: "c.html", warnings: &warnings).first)
        #expect(c.published == Day(2025, 10, 15) && c.publishedSource == .meta)
    }
}
