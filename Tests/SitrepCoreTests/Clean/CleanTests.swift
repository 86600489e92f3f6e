import Foundation
import SitrepCore
import SitrepTestSupport
import Testing

/// Every debris line of the corpus goes, every body line stays (`Fixtures/seed/debris.tsv`).
@Suite struct CleanTests {
    static let rawLines: [String] = {
        let text = try! String(contentsOfFile: Repository.corpusFile, encoding: .utf8)
        return text.components(separatedBy: "\n")
    }()

    static let debris: [Int: String] = {
        let file = Bundle.module.path(forResource: "Fixtures/seed/debris", ofType: "tsv")!
        var out: [Int: String] = [:]
        for row in Repository.tsv(file) { out[Int(row["line"]!)!] = row["kind"]! }
        return out
    }()

    @Test func debrisRemoved() {
        let all = Repository.corpus.map(\.text).joined(separator: "\n")
        for (line, kind) in Self.debris where kind != "standfirst" {
            let text = Self.rawLines[line - 1].trimmingCharacters(in: .whitespaces)
            #expect(!all.contains(text), "line \(line) (\(kind)) survived: \(text.prefix(60))")
        }
    }

    @Test func bodyKept() {
        let all = Repository.corpus.map(\.text).joined(separator: "\n")
        for (k, raw) in Self.rawLines.enumerated() where Self.debris[k + 1] == nil {
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            #expect(all.contains(text), "body line \(k + 1) lost: \(text.prefix(60))")
        }
    }

    /// Widgets as other scrapes render them: an expanded related-stories list ("list 1 of 4" and
    /// its headline), a share counter, a reading time, a newsletter sign-up block.
    @Test func widgetVariantsGoAndTheArticleStaysWhole() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/debris-variants", ofType: "txt"))
        let docs = try Repository.extract(file: path, source: "debris-variants.txt")
        #expect(docs.count == 1)
        let doc = try #require(docs.first)
        #expect(doc.text.components(separatedBy: "\n").count == 5, "\(doc.text)")
        for debris in ["list 1 of 4", "Taliban says cricketers killed", "share2", "3 mins", "read later", "Asia Pacific Weekly", "Get the latest", "reCAPTCHA",
                       "Canada’s multiculturalism", "Subscribe", "subscription failed"] {
            #expect(!doc.text.contains(debris), "\(debris) survived")
        }
        #expect(!doc.places.contains { $0.place.name == "Canada" || $0.place.name == "United States" })
        #expect(doc.text.hasSuffix("More than 40 people were killed in the fighting, which began on October 11."))
    }

    /// A video page's running time, in-body links to other stories, a photo credit, a pointer to
    /// live coverage, and an update stamp at the end (no article starts after it).
    @Test func inBodyLinksAndATrailingUpdateStamp() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/debris-variants-video", ofType: "txt"))
        let docs = try Repository.extract(file: path, source: "debris-variants-video.txt")
        #expect(docs.count == 1)
        let doc = try #require(docs.first)
        #expect(doc.published == Day(2025, 10, 10))
        #expect(doc.text.components(separatedBy: "\n") == [
            "Explosions were heard in the Afghan capital, Kabul, late on Thursday, the Taliban government said.",
            "Officials said a vehicle was hit in the city centre. There were no immediate reports of casualties.",
            "The Taliban said it would respond to any violation of Afghan airspace.",
        ])
    }

    /// A live page's entry times and closing notice; a time inside a sentence stays.
    @Test func livePageStamps() {
        let lines: [Substring] = ["This live page is now closed.", "10:45 GMT", "09:30", "The fighting began at 4am local time (23:00 GMT on Tuesday)."]
        #expect(Repository.resources.classifier.classify(lines) == ["promo", "timestamp", "timestamp", nil])
    }

    /// A rule's required literals admit the line whatever its ASCII case: "Read More:" and "Read
    /// also:" are the read-more rule's, though its literals were written "ead more" and "ead
    /// Also"; a relative time may carry a reading time after it.
    @Test func requiredLiteralsIgnoreCase() {
        let lines: [Substring] = [
            "Read More: Pakistan, Afghanistan to resume talks in Istanbul",
            "Read also: Torkham reopens after three weeks",
            "1 hour ago · 3 min read",
            "Read more about the talks in Istanbul, where both delegations met on Saturday.",
        ]
        #expect(Repository.resources.classifier.classify(lines) == ["read-more", "read-more", "time-ago", nil])
    }

    /// Wire agencies' credit lines name where the reporters sit, not where the story happened.
    @Test func wireCreditLines() {
        let lines: [Substring] = [
            "(Reporting by Asif Shahzad in Islamabad and Mohammad Yunus Yawar in Kabul; Editing by Ros Russell)",
            "Associated Press writer Rahim Faiez in Islamabad contributed to this report.",
            "(Reporting from Kabul, the Taliban said 12 people were killed.)",
        ]
        #expect(Repository.resources.classifier.classify(lines) == ["credit-line", "credit-line", nil])
    }

    /// A byline's name and role, and a photo's credit and caption, go as pairs; a related-stories
    /// list closing the page goes with its heading, but a heading followed by paragraphs keeps them.
    @Test func headerAndFooterPairs() {
        let lines: [Substring] = [
            "Caroline Davies", "BBC Pakistan correspondent", "Getty Images", "Afghan Taliban fighters near the Torkham border crossing",
            "Talks resumed in Doha on Sunday.", "More on this story", "", "Pakistan and Afghanistan: Why are the neighbours fighting?", "What is the TTP?",
        ]
        #expect(Self.rules.classify(lines) == [
            "byline", "byline", "image-credit", "caption", nil, "recommended", "blank", "related-headline", "related-headline",
        ])
        let wire: [Substring] = ["Shah Meer Baloch in Islamabad and agencies", "Sun 19 Oct 2025 08.42 BST", "Clashes in Kurram", "Published On 3 Jan 20243 Jan 2024"]
        #expect(Self.rules.classify(wire) == ["byline", "date-line", nil, "published-line"])
        let open: [Substring] = ["Related", "Taliban close Torkham crossing", "The crossing stayed shut for a week, officials said."]
        #expect(Self.rules.classify(open) == ["recommended", nil, nil])
        // A link label on its own line takes the headline after it, not a paragraph.
        let link: [Substring] = ["Also read", "Why Pakistan's Taliban problem is getting worse", "Six attackers were killed, it said.",
                                 "Also read", "The army said six attackers were killed.", "© 2025 Al Jazeera Media Network", "Trending"]
        #expect(Self.rules.classify(link) == ["read-more-label", "related-headline", nil, "read-more-label", nil, "copyright", "section-label"])
    }

    /// Readers' comments under their heading go, each commenter's line, comment and buttons; the
    /// chain ends at a line no comment row takes ("Read more:" takes one linked headline).
    @Test func readersCommentsAndALinkLabelWithAColon() {
        let lines: [Substring] = [
            "More than 70 people were killed in the fighting.", "Read more:", "Pakistan says Afghan talks failed, warns of action",
            "Comments (2)", "Imran K. · 1 day ago", "Peace is good for Peshawar and Kabul both. Open the border.", "Reply",
            "Sana M. · 2 hours ago", "Talks are the only way.",
            "Afghan returnees describe harsh conditions at Spin Boldak camp",
        ]
        #expect(Self.rules.classify(lines) == [
            nil, "read-more-label", "related-headline", "comments", "comment-author", "comment-text", "comment-reply",
            "comment-author", "comment-text", nil,
        ])
    }

    /// A gallery's numbered captions with their credits go, and so does an embedded post's
    /// attribution without its dash; a line opening with a fraction-like number stays.
    @Test func galleryCaptionsAndAPostsAttribution() {
        let lines: [Substring] = [
            "1/4 Residents inspect a house damaged by mortar fire in Chaman on Sunday. (AFP)",
            "2/4 A wounded boy is treated at the district hospital in Chaman. (AFP)",
            "4/4 Mourners at the funeral of a shopkeeper killed in the shelling. (Getty Images)",
            "9/11 changed the region, and the border with it.",
            "Pakistan Army (@PakistanArmyISPR) October 12, 2025",
        ]
        #expect(Self.rules.classify(lines) == ["caption", "caption", "caption", nil, "tweet-attribution"])
    }

    /// A credit on its own line names its source in capitalised words (or "courtesy", "file",
    /// "handout"), after "Photo:", "Image credit:" or in brackets; a gallery's title after
    /// "Photos:" is a sentence, no credit.
    @Test func aCreditLineAndAGallerysTitle() {
        let lines: [Substring] = ["Photo: AFP", "Photo: courtesy of ISPR", "Credit: Wakil Kohsar/AFP via Getty Images",
                                  "Photos: Afghans forced out of Pakistan arrive at Torkham", "Image credit: Getty Images", "(Photo: AP)"]
        #expect(Self.rules.classify(lines) == ["caption", "caption", "caption", nil, "caption", "caption"])
    }

    /// A gallery page, all captions but one paragraph, keeps its captions as its text; a short
    /// report with more captions than its two paragraphs drops them.
    @Test func aGallerysCaptionsAreItsText() throws {
        let captions = [
            "Afghan refugees wait to cross into Afghanistan at the Torkham border crossing on November 4, 2025 [Abdul Majeed/AFP]",
            "Families arrive at a reception centre in Nangarhar province on November 3 [Wakil Kohsar/AFP]",
            "A boy sits on a truck loaded with belongings at the Torkham crossing [Abdul Majeed/AFP]",
        ]
        let page = ["Thousands of Afghan families have crossed the border in recent days as Pakistan presses ahead with deportations.",
                    "Published On 5 Nov 20255 Nov 2025", "Share", captions[0], captions[1],
                    "More than 1,000 families crossed through Torkham on Tuesday alone, Taliban officials said.", captions[2]]
        let gallery = try #require(try Repository.extract(text: page.joined(separator: "\n") + "\n", source: "g.txt").first)
        #expect(captions.allSatisfy { gallery.text.contains($0) } && gallery.removed.allSatisfy { $0.kind != "caption" })
        let report = page.prefix(5) + ["Traders said hundreds of lorries were stuck.", "More than 1,000 families crossed through Torkham on Tuesday.",
                                        captions[2]]
        let article = try #require(try Repository.extract(text: report.joined(separator: "\n") + "\n", source: "r.txt").first)
        #expect(captions.allSatisfy { !article.text.contains($0) } && article.removed.filter { $0.kind == "caption" }.count == 3)
    }

    /// Widgets' labels of paywalled pages: text-size controls, media labels, ad skips, a summary
    /// widget, a wire's closing credit and update note, a caption with its credit; the same words
    /// inside a sentence stay.
    @Test func widgetLabelsOfPaywalledPages() {
        let lines: [Substring] = [
            "AA", "Text Size", "Small", "Medium", "Large", "Follow us", "Gift Article", "Listen", "Image", "SKIP ADVERTISEMENT",
            "Takeaways by Bloomberg AI", "— With assistance from Kamran Haider", "(Updates with comments from Kabul in fourth paragraph.)",
            "Pakistani soldiers at the Torkham border crossing © AFP via Getty Images",
            "Taliban fighters near the border in Kandahar Province on Sunday.Credit...Sanaullah Seiam/Agence France-Presse — Getty Images",
            "Copyright The Financial Times Limited 2025. All rights reserved.",
            "This article appeared in the Asia section of the print edition under the headline \"Fraternal strife\"",
            "Medium", "Traders said small and medium businesses had lost millions.", "© 2025 Al Jazeera Media Network", "© AP Photo / Anjum Naveed",
        ]
        #expect(Self.rules.classify(lines) == [
            "text-size", "text-size", "text-size", "text-size", "text-size", "share", "share", "share", "image-label", "advertisement",
            "promo", "credit-line", "update-note", "caption", "caption", "copyright", "print-credit", nil, nil, "copyright", "image-credit",
        ])
    }

    /// Authors one per line under the date of a headlined page, a date with its Solar Hijri
    /// twin, a correction note and a desk's credit (held-out probe round 226); a short title
    /// under a date with no headline above stays.
    @Test func authorsUnderTheDateAndRevisionNotes() {
        let lines: [Substring] = [
            "Pakistan's Border War With The Taliban: What You Need To Know", "October 14, 2025 16:20 GMT", "Frud Bezhan", "Abubakar Siddique",
            "The worst fighting between Pakistan and Afghanistan in decades erupted on October 11, when Taliban forces attacked border posts.",
            "Correction: An earlier version of this story misstated the number of Pakistani soldiers killed. Pakistan said 23 were killed, not 32.",
            "This article was amended on 13 October 2025 to correct the name of the district.",
            "RFE/RL's Radio Mashaal contributed to this report.",
            "October 15, 2025 (Mizan 23, 1404)", "Border Clashes Escalate",
            "Fighting spread along much of the frontier on Wednesday, from Kunar in the north to Kandahar in the south, officials said.",
        ]
        #expect(Self.rules.classify(lines) == [nil, "date-line", "byline", "byline", nil, "correction", "correction", "credit-line", "date-line", nil, nil])
    }

    /// Header and footer lines of Indian digital outlets (held-out probe round 230); a place and
    /// its country alone under a body line stay (a dateline on a line of its own).
    @Test func indianDigitalOutletsHeadersAndFooters() {
        let lines: [Substring] = [
            "Curated By : World Desk", "Last Updated: October 12, 2025, 19:48 IST", "Islamabad, Pakistan",
            "Pakistan's army said 58 Afghan attacks were repulsed. (Image: Reuters/File)", "Follow us on Google News",
            "First Published: October 12, 2025, 19:40 IST", "FP Explainers • October 16, 2025, 12:02:15 IST", "Whatsapp",
            "With inputs from agencies", "The army said the attackers were repulsed.", "Kabul, Afghanistan",
        ]
        #expect(Self.rules.classify(lines) == [
            "byline", "published-line", "location-line", "caption", "newsletter", "published-line", "byline-dated", "share", "credit-line", nil, nil,
        ])
    }

    /// US pages (held-out probe round 233): a title-cased headline with "and" over the date is no
    /// pair of authors' names, while "The Friday Times" over it stays the outlet; role lines,
    /// widgets, an outlet's mission and tip lines, topic tags under "In:" (the next capitalised
    /// headline of four words or more is no tag), and a date line with its update after a slash.
    @Test func usPagesHeadersTagsAndWidgets() {
        let newsweek: [Substring] = [
            "Map Shows Where Pakistan and Afghanistan Have Clashed", "Published Oct 30, 2025 at 10:12 AM EDT", "By Giulia Carbonaro",
            "Staff Writer", "FOLLOW",
            "Newsweek is committed to challenging conventional wisdom and finding connections in the search for common ground.",
            "Pakistan and Afghanistan have agreed to extend a ceasefire after talks in Istanbul, Turkey, following weeks of fighting.",
            "Do you have a tip on a world news story that Newsweek should be covering? Let us know via worldnews@newsweek.com.",
            "Request Reprint & Licensing",
        ]
        #expect(Self.rules.classify(newsweek) == [nil, "published-line", "byline", "byline", "share", "promo", nil, "contact", "page-links"])
        let friday: [Substring] = ["Explosion at Kabul money exchange market kills two", "The Friday Times", "16 November, 2025"]
        #expect(Self.rules.classify(friday)[1] == "byline")
        let cbs: [Substring] = [
            "Add CBS News on Google", "The fighting began Saturday night, two days after explosions in Kabul.", "In:", "Pakistan", "Afghanistan",
            "Taliban", "Pakistan Closes Border Crossings Again",
        ]
        #expect(Self.rules.classify(cbs) == ["promo", nil, "tags-label", "tag", "tag", "tag", nil])
        #expect(Self.rules.classify(["Oct. 15, 2025, 1:02 PM EDT / Updated Oct. 15, 2025, 3:40 PM EDT"]) == ["date-line"])
    }

    /// An opinion page's closing author biography goes with the disclaimer above it; the same
    /// shape in the body stays.
    @Test func anAuthorBiographyUnderTheDisclaimer() {
        let lines: [Substring] = [
            "Islamabad has long insisted that it wants a stable Afghanistan.",
            "The views expressed in this article are the author’s own and do not necessarily reflect Al Jazeera’s editorial stance.",
            "Ahmed Rashid is a Pakistani journalist and author of several books on Afghanistan and Central Asia.",
            "Michael Kugelman is a South Asia analyst based in Washington.",
        ]
        #expect(Self.rules.classify(lines) == [nil, "disclaimer", "author-bio", nil])
    }

    @Test func removalsAreRecorded() {
        let removed = Repository.corpus.flatMap(\.removed)
        let kinds = Set(removed.map(\.kind))
        for kind in ["published-line", "share", "recommended", "list-marker", "caption", "x-post", "programme-blurb"] {
            #expect(kinds.contains(kind), "no removal of kind \(kind)")
        }
    }

    static let rules = Repository.resources.classifier

    @Test(arguments: [
        ("Share", "share"),
        ("Recommended Stories", "recommended"),
        ("list of 4 itemsend of list", "list-marker"),
        ("list of 3itemsend of list", "list-marker"),
        ("list of 2 itemslist 1 of 2Why are Pakistan and Afghanistan fighting?list 2 of 2Torkham closed as clashes go onend of list", "list-marker"),
        ("Published On 3 Jan 20243 Jan 2024", "published-line"),
        ("Smoke rises over the city after the strike [File: Ahmad Sahel Arman/AFP]", "caption"),
        ("Residents inspect the damage in Peshawar [Fayaz Aziz/Reuters Photo]", "caption"),
        ("Presenter: Jane Doe", "programme-blurb"),
        ("Source: Al Jazeera and news agencies", "source-line"),
        ("Advertisement", "advertisement"),
        ("Sign up for Al Jazeera", "newsletter"),
        ("Americas Coverage Newsletter", "newsletter"),
        ("Follow Al Jazeera English:", "newsletter"),
        ("Video Duration 02 minutes 35 seconds02:35", "video-embed"),
        ("The views expressed in this article are the author’s own and do not necessarily reflect Al Jazeera’s editorial stance.", "disclaimer"),
        ("By Abid Hussain and Saif Khalid", "byline"),
        ("By Ali M Latifi", "byline"),
        ("By Zia ur-Rehman and Elian Peltier", "byline"),
        ("By Sophia Saifi, Saleem Mehsud and Helen Regan, CNN", "byline"),
        ("Zia ur-Rehman reported from Karachi, Pakistan.", "credit-line"),
        ("Salman Masood contributed reporting from Islamabad.", "credit-line"),
        ("ma/ma", "sign-off"),
        ("Source: Xinhua | 2025-11-13 16:45:30 | Editor: huaxia", "published-line"),
        ("Published: 26/10/2025", "published-line"),
        ("Posted on October 26, 2025 by admin", "date-line"),
        ("October 26, 2025 by Khaama Press", "date-line"),
        ("Issued on: 12/10/2025 - 14:32Modified: 12/10/2025 - 18:05", "published-line"),
        ("World News | Press Trust of India | Updated: October 12, 2025 3:20 pm IST", "byline-dated"),
        ("Sun, 12 Oct 2025 14:32:10 +0000", "date-line"),
        ("Date 12.10.2025", "date-line"),
        ("16 November 2025 — 14:20", "date-line"),
        ("16 November 2025 -- 14:20", "date-line"),
        ("Oct 28, 2025, 14:20 GMT+4:30", "date-line"),
        ("26-11-2025", "date-line"),
        ("2025/11/26", "date-line"),
        ("Updated 8 hours ago", "time-ago"),
        ("A file photo of the Torkham border crossing. — AFP/File", "caption"),
        ("Representational image. — Reuters", "caption"),
        ("Pakistani soldiers patrol along the border fence in Khyber district. (file photo)", "caption"),
        ("Story continues below advertisement", "advertisement"),
        ("5 minute read", "reading-time"),
        ("WhatsApp", "share"),
        ("All rights reserved.", "copyright"),
        ("Our Standards: The Thomson Reuters Trust Principles.", "sign-off"),
        // A link's label that the scrape kept ("…, opens new tab"), the site's chrome.
        ("Our Standards: The Thomson Reuters Trust Principles., opens new tab", "sign-off"),
        ("Purchase Licensing Rights, opens new tab", "page-links"),
        ("Advertisement · Scroll to continue", "advertisement"),
        ("Report This Ad", "advertisement"),
        ("Skip to main content", "navigation"),
        ("Menu", "navigation"),
        ("Newsletter", "newsletter"),
        ("Sign up here.", "newsletter"),
        ("Suggested Topics:", "tags-label"),
        ("RELATED", "recommended"),
        ("Related topics", "tags-label"),
        ("Dawn Logo", "navigation"),
        ("Skip links", "navigation"),
        ("Code of Ethics", "navigation"),
        ("Comments are closed.", "comments"),
        ("View this post on Instagram", "x-post"),
        ("Share this:", "share"),
        ("Related News", "recommended"),
        ("+Text Size", "text-size"),
        ("The Independent", "byline"),
        ("Join our commenting forum", "comments"),
        ("End of Article", "sign-off"),
        ("FOLLOW US ON SOCIAL MEDIA", "newsletter"),
        ("Visual Stories", "recommended"),
        ("Start a Conversation", "comments"),
        ("Show full article", "navigation"),
        ("(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)", "disclaimer"),
        ("Get Latest Updates on World News, Asia News and more along with Latest News and Top Headlines from India and around the world.", "newsletter"),
        ("X", "share"),
        ("Posted by Khaama Press", "byline"),
        ("Home » News » Afghanistan", "navigation"),
        ("Leave a Reply Cancel reply", "comments"),
        ("Your email address will not be published. Required fields are marked *", "comments"),
        ("Name *", "comments"),
        ("(This story has not been edited by ThePrint staff and is auto-generated from a syndicated feed.)", "disclaimer"),
        ("Support Our Journalism", "appeal"),
        ("A post shared by Tolonews (@tolonewsofficial)", "x-post"),
        ("Download the Geo News app", "newsletter"),
        ("Stay updated with the latest news and current affairs by following Geo News on WhatsApp.", "newsletter"),
        ("Comments are moderated and generally will be posted if they are on-topic and not abusive.", "comments"),
        ("For more information, please see our Comments FAQ", "comments"),
        ("Like Business on Facebook, follow @TribuneBiz on Twitter to stay informed and join in the conversation.", "newsletter"),
        ("READ MORE", "read-more-label"),
        ("BBC News, Islamabad", "byline"),
        ("Edited by: Aditi Sharma | Updated: November 21, 2025 21:04 IST", "byline-dated"),
        ("Also Read: Taliban close Torkham crossing", "read-more"),
        ("Continue reading", "read-more-label"),
        ("(With inputs from agencies)", "credit-line"),
        ("With additional reporting by Asif Shahzad in Islamabad", "credit-line"),
        ("Reporting by Saad Sayeed; Editing by Mark Heinrich", "credit-line"),
        ("Reporting by Asif Shahzad in Islamabad; Writing by Gibran Peshimam; Editing by Kim Coghill", "credit-line"),
        ("— Reuters", "sign-off"),
        ("(ANI)", "sign-off"),
        ("--IANS", "sign-off"),
        ("Image caption, Pakistani soldiers patrol the border near Chaman", "caption"),
        ("Image source, Getty Images", "image-credit"),
        ("PHOTO: REUTERS", "image-credit"),
        ("File photo", "image-credit"),
        ("Click here to subscribe to our newsletter", "newsletter"),
        ("Updated 6:12 AM EDT, Fri October 10, 2025", "published-line"),
        ("Updated 4:51 AM GMT+5, November 18, 2025", "published-line"),
        ("Published 09.11.2025", "published-line"),
        ("October 21, 2025", "date-line"),
        ("Tue 21 Oct 2025 10.15 BST", "date-line"),
        ("October 28, 20254:31 PM GMT+5Updated 2 hours ago", "date-line"),
        ("Reporting from Islamabad, Pakistan", "byline"),
        ("Updated 6:05 p.m. ET", "timestamp"),
        ("ab/wd (Reuters, AFP)", "sign-off"),
        ("TOI World Desk / TIMESOFINDIA.COM / Updated: Oct 25, 2025, 14:30 IST", "byline-dated"),
        ("Tuesday 14 October 2025 14:30, UK", "date-line"),
        ("Please use Chrome browser for a more accessible video player", "video-embed"),
        ("ABC News", "byline"),
        ("Topic: Unrest, Conflict and War", "section-label"),
        ("ABC/Reuters", "sign-off"),
        ("16 OCT 2025", "date-line"),
        ("TRT World and Agencies", "byline"),
        ("By Euronews with AP", "byline"),
        ("India Today World Desk", "byline"),
        ("New Delhi,UPDATED: Oct 15, 2025 21:04 IST", "published-line"),
        ("05 November,2025 09:21 pm", "date-line"),
        ("Published date: 7 November 2025 16:20 GMT", "published-line"),
        ("Published - October 19, 2025 10:42 pm IST - ISLAMABAD", "published-line"),
        ("Updated - October 20, 2025 09:14 am IST", "published-line"),
        ("Middle East Eye staff", "byline"),
        ("ThePrint Team", "byline"),
        ("Edited By: Aditi Sharma | Updated: Oct 16, 2025, 10:15 IST | Story highlights", "byline-dated"),
        ("3 November 2025 · 4 min read", "date-line"),
        ("By Khaama Press - October 12, 2025", "byline-dated"),
        ("Aamir Latif  |13.10.2025 - Update : 13.10.2025", "byline-dated"),
        ("Published in Dawn, October 13th, 2025", "print-credit"),
        ("https://www.aljazeera.com/news/2025/10/12/pakistan-afghanistan-border-clashes", "url-line"),
        ("Our Correspondent", "byline"),
        ("Web Desk", "byline"),
        ("Dawn.com | Tahir Khan", "byline"),
        ("Tahir Khan | Dawn.com", "byline"),
        ("COMMENTS (3)", "comments"),
        ("2 days ago", "time-ago"),
        ("___", "separator"),
        ("Title: Six soldiers martyred in Khyber", "title-field"),
        ("Date: 2025-10-21T09:30:00Z", "date-field"),
        ("URL: https://tribune.com.pk/story/2573001", "field"),
        ("Getty Images", "image-credit"),
        ("(Al Jazeera)", "image-credit"),
        ("Pakistani soldiers patrol the border near Chaman on Sunday. Photograph: Abdul Majeed/AFP/Getty Images", "caption"),
        ("A relative shows a photo at their home in Asadabad, Kunar [Courtesy of the family]", "caption"),
        ("Children play near the rubble of a house in Nangarhar [Screengrab/X]", "caption"),
        ("Debris from a strike in Kunar province [Supplied]", "caption"),
        ("Share this on social media", "share"),
        ("Subscribe", "newsletter"),
        ("Your subscription failed. Please try again.", "newsletter"),
        ("E-mail address", "newsletter"),
        ("Keep reading", "recommended"),
        ("Play Video", "video-embed"),
        ("The writer is a former Pakistani ambassador to Afghanistan.", "author-bio"),
    ])
    func generalDebrisPatterns(line: String, kind: String) {
        #expect(Self.rules.classify([line[...]]) == [kind])
    }

    /// A wire story's last paragraph signed with the agency ("… under way. — AFP", as Dawn runs
    /// them) is body text; only a caption credited to a file photo, or opening as one, is debris.
    @Test func aParagraphSignedByAnAgencyIsBody() {
        #expect(Self.rules.classify(["Police said the investigation into the attack was under way. — AFP"]) == [nil])
    }

    /// A BBC page's byline on two lines (name, then service and city) and its caption label on
    /// a line of its own, the caption under it.
    @Test func bbcBylineAndCaptionOnLinesOfTheirOwn() {
        let lines: [Substring] = ["Caroline Davies", "BBC News, Islamabad", "12 October 2025", "The Afghan Taliban say they have killed 58 soldiers.",
                                  "Image caption,", "Taliban fighters on patrol near the border in Nangarhar province", "The clashes broke out late on Saturday."]
        #expect(Self.rules.classify(lines) == ["byline", "byline", "date-line", nil, "image-caption-label", "caption", nil])
    }

    /// A byline of a name, then where the author files from, then the date: both lines are
    /// the byline's; the place line without a name above it is left alone.
    @Test func aBylinesPlaceLineBetweenNameAndDate() {
        let lines: [Substring] = ["Kabul hospital says 90 wounded treated after Pakistani strikes", "Sharif Amiry", "Kabul, Afghanistan", "Oct 23, 2025",
                                  "The death toll has climbed to 18, a health ministry spokesman said."]
        #expect(Self.rules.classify(lines) == [nil, "byline", "byline", "date-line", nil])
        let alone: [Substring] = ["The talks resumed on Thursday.", "Kabul, Afghanistan", "Oct 23, 2025"]
        #expect(Self.rules.classify(alone) == [nil, nil, "date-line"])
    }

    /// A site's menu with no label over it (four or more short capitalised lines in a row) is
    /// navigation; two sections' names over a headline, or three short lines, are left alone.
    @Test func aRunOfMenuItemsIsNavigation() {
        let menu: [Substring] = ["Geo News", "Latest", "Pakistan", "", "World", "Sports", "Pakistan army says 23 soldiers martyred in border clashes",
                                 "RAWALPINDI: Twenty-three soldiers were martyred, the military said."]
        #expect(Self.rules.classify(menu) == ["byline", "navigation", "navigation", "blank", "navigation", "navigation", nil, nil])
        let short: [Substring] = ["World", "Asia", "Pakistan", "Pakistan army says 23 soldiers martyred in border clashes"]
        #expect(Self.rules.classify(short) == [nil, nil, nil, nil])
    }

    /// A BBC byline: the name, then the author's post with the city they file from.
    @Test func aNameOverACorrespondentsPostIsTheByline() {
        let lines: [Substring] = ["Pakistan and Afghanistan agree temporary ceasefire after deadly clashes", "15 October 2025", "Share",
                                  "Caroline Davies", "Pakistan correspondent, Islamabad",
                                  "Pakistan and Afghanistan have agreed to a 48-hour ceasefire."]
        #expect(Self.rules.classify(lines) == [nil, "date-line", "share", "byline", "byline", nil])
    }

    /// A page that ends with its author's biography and no disclaimer: the biography is debris
    /// when the byline above names the same person, and a sentence about someone else is body.
    @Test func aBylinedAuthorsBiographyIsDebris() {
        let lines: [Substring] = ["Why the Pakistan-Afghanistan talks keep failing", "By Abdul Basit | November 05, 2025",
                                  "The second round of talks in Istanbul ended with an agreement to keep talking.",
                                  "Imran Khan is a former prime minister who remains in prison.",
                                  "Abdul Basit is a senior associate fellow at the S. Rajaratnam School of International Studies in Singapore."]
        #expect(Self.rules.classify(lines) == [nil, "byline-dated", nil, nil, "author-bio"])
    }

    /// Rules that read the line before (a biography under a disclaimer, a name over a date) look
    /// past blank lines.
    @Test func contextRulesLookPastBlankLines() {
        let bio = ["The views expressed in this article are the author’s own and do not necessarily reflect Al Jazeera’s editorial stance.", "",
                   "Abdul Basit is a senior fellow at the S Rajaratnam School of International Studies in Singapore."]
        #expect(Self.rules.classify(bio.map { $0[...] }) == ["disclaimer", "blank", "author-bio"])
        let header = ["‘We left everything behind’: the families displaced by Pakistan’s war in Bajaur", "", "Shah Meer Baloch in Islamabad", "",
                      "Sat 22 Nov 2025 10.04 GMT"]
        #expect(Self.rules.classify(header.map { $0[...] }) == [nil, "blank", "byline", "blank", "date-line"])
        // Two authors, each with the city they file from; a headline of the same shape stays.
        let pair = ["‘We buried them in the dark’: families count the cost", "In Spin Boldak, residents describe a night of shelling",
                    "Shah Meer Baloch in Quetta and Akhtar Mohammad Makoii in Kandahar", "Wed 22 Oct 2025 06.00 BST"]
        #expect(Self.rules.classify(pair.map { $0[...] }) == [nil, nil, "byline", "date-line"])
        let headline = ["Fighting in Kurram and Clashes in Bajaur", "Wed 22 Oct 2025 06.00 BST"]
        #expect(Self.rules.classify(headline.map { $0[...] }) == [nil, "date-line"])
        // A name under the date and over a dateline lede; a headline under a date stays.
        let under = ["Pakistan, Afghanistan agree to extend ceasefire", "October 31, 2025 3:12 AM", "", "Ayaz Gul", "",
                     "ISLAMABAD — Pakistan and Afghanistan have agreed to extend a ceasefire, Turkey said Thursday."]
        #expect(Self.rules.classify(under.map { $0[...] }) == [nil, "date-line", "blank", "byline", "blank", nil])
        let title = ["October 31, 2025", "Imran Khan Arrested", "The former prime minister was detained in Islamabad on Tuesday."]
        #expect(Self.rules.classify(title.map { $0[...] }) == ["date-line", nil, nil])
    }

    @Test(arguments: [
        // A sentence opening "Reporting by" with no editor's credit is body.
        "Reporting by Reuters in March showed the army had lied about the raid.",
        "Share prices fell sharply in Karachi on Monday as investors weighed the talks.",
        "The army said it had recommended stories of soldiers be told in schools.",
        "Officials said the list of demands included the handover of 20 fighters.",
        "Sources said the talks would resume in Doha.",
        "By Sunday evening the border had reopened.",
        "By October, Islamabad and Kabul",
        "October 21, 2025 by most accounts was calm.",
        "Issued on Monday, the order gave Afghans until October 31 to leave.",
        "Photo evidence of the strike was shared by the Taliban.",
        "With additional troops deployed, the border was calm.",
        "The BBC's correspondent reported from Kabul that the crossing was shut.",
        "The video showed soldiers firing across the border.",
        "October 21, 2025 was the deadliest day of the year.",
        "Khawaja Asif - the defence minister - warned on October 12, 2025 of open war.",
        "Published in the morning, the report said 12 people were killed.",
        "The reporter said three children were among the dead.",
        "Officials gave the Date: no one expected October 21, 2025.",
        "The film's Title: a story of the border war.",
        "Share this view, officials said, and the talks will succeed.",
        "Subscribers to the service were told the crossing had closed [in Chaman].",
        "Copyright lawyers in Islamabad said the 2025 ruling would be appealed.",
        "Trending topics on X included the border clashes, officials said.",
        "Pakistan | Afghanistan talks collapse as both sides trade blame.",
        "The writers were detained at the border for two days, police said.",
        "Reporting from Kabul, our correspondent said the streets were empty.",
        "Updated 6:05 p.m. on Sunday, the army said, the toll stood at 23.",
        "Islamabad, Updated figures released on October 15, 2025 showed the toll had risen.",
    ])
    func bodySentencesAreNotDebris(line: String) {
        #expect(Self.rules.classify([line[...]]) == [nil])
    }

    /// A newsletter's title may hold lower-case small words ("Week in the Middle East"); its blurb
    /// follows it.
    @Test func aNewsletterBlockWithASmallWordInItsName() {
        let lines: [Substring] = ["Sign up for Al Jazeera", "Week in the Middle East", "Catch up on our coverage of the region, all in one place.",
                                  "E-mail address", "Subscribe", "The talks collapsed earlier this week in the Middle East."]
        #expect(Self.rules.classify(lines) == ["newsletter", "newsletter", "newsletter", "newsletter", "newsletter", nil])
    }

    /// Links right under a related-stories heading inside the body are no body text; the first
    /// punctuated line after them is.
    @Test func headlinesUnderAMidBodyHeading() {
        let lines: [Substring] = ["Traders said they were losing money.", "Most Read", "Trump says he will solve crisis", "Gaza ceasefire holds",
                                  "The closure is the third this year.", "Officials said the crossing would reopen"]
        #expect(Self.rules.classify(lines) == [nil, "recommended", "related-headline", "related-headline", nil, nil])
    }

    @Test func embeddedPostEndsWithEllipsis() {
        let lines: [Substring] = [
            "The military said five soldiers were killed in the operation.",
            "Security Forces conducted an operation against khwarij in Bajaur district.",
            "On reported presence of khwarij in Bajaur, an operation was conducted…",
        ]
        #expect(Self.rules.classify(lines) == [nil, "x-post", "x-post"])
    }
}
