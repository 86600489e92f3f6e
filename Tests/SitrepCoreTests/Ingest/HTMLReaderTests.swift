import Foundation
import SitrepCore
import SitrepTestSupport
import Testing

/// News pages in the layouts major sites use, and broken HTML, through libxml2.
@Suite struct HTMLReaderTests {
    static func page(_ name: String) throws -> HTMLReader.Page {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/html/\(name)", ofType: "html"))
        return HTMLReader.read(try String(contentsOfFile: path, encoding: .utf8))
    }

    static func body(_ page: HTMLReader.Page) -> String { page.lines.map { String($0.text) }.joined(separator: "\n") }

    @Test func articleWithJSONLD() throws {
        let page = try Self.page("article-jsonld")
        #expect(page.title == "Border clashes kill soldiers in Kurram")
        #expect(page.published == Day(2025, 10, 12))
        let body = Self.body(page)
        #expect(body.hasPrefix("Pakistani security forces clashed"))
        #expect(body.contains("Delegations from both countries met in Doha & Istanbul earlier this month."))
        #expect(body.contains("“We will respond to every attack,” the defence minister said."))
        for debris in ["Home", "Share", "Facebook", "Soldiers patrol", "Explosions rattle Kabul", "By Staff Reporter", "©", "analytics", "display: flex"] {
            #expect(!body.contains(debris), "\(debris) survived")
        }
    }

    /// A page whose markup states no date is dated from its own text, as an undated article of a
    /// text file is: a full date in the past bounds it, the weekday it names pins it.
    @Test func aPageWithoutDateMetadataIsDatedFromItsText() throws {
        let html = """
            <!DOCTYPE html><html><head><title>Border clashes</title></head><body><article>
            <h1>Taliban and Pakistani forces clash along the border</h1>
            <p>Pakistani and Afghan forces exchanged fire along the border on Saturday night, officials said on Sunday.</p>
            <p>The clashes followed explosions in Kabul on October 9, 2025, which the Taliban blamed on Pakistan.</p>
            </article></body></html>
            """
        var warnings: [String] = []
        let doc = try #require(try Repository.resources.reader().documents(bytes: Array(html.utf8), path: "page.html", warnings: &warnings).first)
        #expect(doc.format == .html)
        #expect(doc.published == Day(2025, 10, 12))
        #expect(doc.publishedSource == .inferred)
        // A date only in a photo's caption (dropped from the text) still bounds the page's.
        let captioned = """
            <!DOCTYPE html><html><head><title>Ceasefire</title></head><body><article>
            <h1>Pakistan and Afghanistan agree to a ceasefire</h1>
            <p>Qatar’s foreign ministry announced the ceasefire on Sunday after talks in Doha.</p>
            <figure><img src="a.jpg"><figcaption>Residents clear rubble in Kabul, Thursday, October 16, 2025 [AP Photo]</figcaption></figure>
            <p>The neighbours had fought for a week along their border.</p>
            </article></body></html>
            """
        let page = try #require(try Repository.resources.reader().documents(bytes: Array(captioned.utf8), path: "c.html", warnings: &warnings).first)
        #expect(page.published == Day(2025, 10, 19))
        #expect(!page.lines.contains { $0.text.contains("Residents clear rubble") })
    }

    @Test func mainWithOpenGraph() throws {
        let page = try Self.page("main-og")
        #expect(page.title == "Pakistan appoints ambassador to Kabul")
        #expect(page.published == Day(2025, 5, 30), "meta article:published_time wins over <time>")
        let body = Self.body(page)
        #expect(body.contains("Foreign Minister Ishaq Dar said on Friday."))
        #expect(body.contains("No country has formally recognised"))
        for debris in ["cookies", "Most read", "Cricket", "Sign up", "Read more"] { #expect(!body.contains(debris), "\(debris) survived") }
    }

    @Test func densestBlockWithTimeElement() throws {
        let page = try Self.page("div-soup")
        #expect(page.published == Day(2025, 9, 23))
        #expect(page.title == "Blasts in Khyber", "the site's name after the headline is dropped")
        let body = Self.body(page)
        #expect(body.hasPrefix("At least 24 people"))
        #expect(page.lines.count == 4, "\(page.lines.map(\.text))")
        for debris in ["Subscribe", "Weather", "WhatsApp", "About us", "Sport"] { #expect(!body.contains(debris), "\(debris) survived") }
    }

    @Test(arguments: [
        ("Blasts in Khyber | Regional Times", "Blasts in Khyber"),
        ("Four soldiers martyred in attack - Newspaper - DAWN.COM", "Four soldiers martyred in attack"),
        ("Pakistan closes Torkham – BBC News", "Pakistan closes Torkham"),
        ("Pakistan - Afghanistan talks collapse in Istanbul", "Pakistan - Afghanistan talks collapse in Istanbul"),
        ("Talks fail | Opinion", "Talks fail | Opinion"),
    ])
    func siteNamesAfterTheHeadline(_ title: String, _ headline: String) {
        #expect(HTMLReader.withoutSiteName(title) == headline)
    }

    @Test func malformedHTMLStillReads() throws {
        let page = try Self.page("malformed")
        #expect(page.published == nil, "a broken date is no date")
        let body = Self.body(page)
        #expect(body.contains("Fighting continued near the Chaman border crossing on Sunday & Monday"))
        #expect(body.contains("italic run about Quetta"))
        #expect(body.contains("Deeply nested paragraph about Spin Boldak — still read."))
        #expect(!body.contains("not body"))
    }

    @Test func htmlFileRunsThroughThePipeline() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/html/article-jsonld", ofType: "html"))
        let docs = try Repository.extract(file: path, source: "article-jsonld.html")
        let doc = try #require(docs.first)
        #expect(docs.count == 1 && doc.format == .html && doc.publishedSource == .meta)
        #expect(doc.headline == "Border clashes kill soldiers in Kurram")
        #expect(doc.places.contains { $0.place.name == "Kurram" })
        #expect(doc.events.flatMap(\.casualties).compactMap(\.count).sorted() == [2, 12])
        for m in doc.places { #expect(doc.slice(m.span) == m.text) }
    }

    /// A page with no `<h1>`, metadata or `<time>`: the headline is the body line the `<title>`
    /// opens with (before the site's name), the date is the one the byline prints, or failing
    /// that the print edition's credit.
    @Test func titleBeforeTheSiteNameAndPrintedDates() throws {
        let page = try Self.page("title-suffix-byline-date")
        #expect(page.title == "Four soldiers martyred in North Waziristan attack")
        #expect(page.published == Day(2025, 11, 3))
        #expect(Self.body(page).hasPrefix("PESHAWAR: Four soldiers were martyred"))
        let path = try #require(Bundle.module.path(forResource: "Fixtures/html/print-credit", ofType: "html"))
        let doc = try #require(try Repository.extract(file: path, source: "print-credit.html").first)
        #expect(doc.published == Day(2025, 11, 4))
        #expect(doc.publishedSource == .line)
        #expect(doc.dates.first?.value == "2025-11-02")  // "on Sunday", against the printed date
    }

    /// A list whose items are links and nothing else (related stories inside the body) is
    /// dropped; the article's own list, whose items carry text, stays.
    @Test func linkOnlyListsAreDropped() throws {
        let body = Self.body(try Self.page("link-list"))
        #expect(!body.contains("Explosions rattle Kabul") && !body.contains("Who are the TTP?"))
        #expect(body.contains("Angoor Adda, in South Waziristan"))
        #expect(body.contains("Kurram, where the heaviest fighting was reported"))
        #expect(body.contains("Zabihullah Mujahid said nine Afghan fighters were killed"))
    }

    /// A topic label above the headline, outside the page's `<header>`, is no body text.
    @Test func topicLabelIsDropped() throws {
        let page = try Self.page("topic-label")
        #expect(page.published == Day(2025, 10, 19))
        #expect(!Self.body(page).contains("Border Disputes"))
        let path = try #require(Bundle.module.path(forResource: "Fixtures/html/topic-label", ofType: "html"))
        let doc = try #require(try Repository.extract(file: path, source: "topic-label.html").first)
        #expect(doc.text.hasPrefix("Pakistan and Afghanistan have agreed"))
    }

    /// The subhead is the standfirst, not body text; an embedded post's attribution after its
    /// paragraph is one line, which the debris rules drop; a name's age is no casualty.
    @Test func subheadAndEmbeddedPost() throws {
        let page = try Self.page("subhead-embed")
        #expect(page.description == "Military says 19 fighters also killed in Orakzai operation as tensions with Kabul rise.")
        #expect(page.lines.map(\.text).contains("— Khawaja M. Asif (@KhawajaMAsif) October 8, 2025"))
        #expect(page.lines.map(\.text).contains("By Abid HussainPublished On 8 Oct 20258 Oct 2025") == false)

        let path = try #require(Bundle.module.path(forResource: "Fixtures/html/subhead-embed", ofType: "html"))
        let doc = try #require(try Repository.extract(file: path, source: "subhead-embed.html").first)
        #expect(doc.standfirst == page.description)
        #expect(doc.text.hasPrefix("Islamabad, Pakistan – Eleven Pakistani soldiers"))
        for debris in ["Military says", "@KhawajaMAsif", "pic.twitter.com", "By Abid", "8 Oct 2025", "Most Read", "Facebook"] {
            #expect(!doc.text.contains(debris), "\(debris) survived")
        }
        #expect(doc.events.flatMap(\.casualties).compactMap(\.count).sorted() == [2, 11, 19, 1600])
    }

    @Test func deepNestingIsRead() {
        func nested(_ depth: Int) -> String {
            "<html><body><article><p>Opening paragraph.</p>" + String(repeating: "<div>", count: depth) + "<p>Deep text in Kabul.</p>" + String(repeating: "</div>", count: depth) + "</article></body></html>"
        }
        #expect(HTMLReader.read(nested(1_000)).lines.map(\.text).contains("Deep text in Kabul."))
        // Beyond libxml2's limit (2048 levels) the rest of the page is dropped, without a crash.
        #expect(HTMLReader.read(nested(20_000)).lines.map(\.text).contains("Opening paragraph."))
    }
}
