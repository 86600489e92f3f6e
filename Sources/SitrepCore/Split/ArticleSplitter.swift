import Foundation

/// Splits a scraped dump into its articles.
///
/// Requires: the input's lines and their debris kinds (``DebrisClassifier``).
/// Produces: one ``ArticleSlice`` per article, with its headline, standfirst and publication date
/// (read by ``ArticleHeader``).
///
/// Cues, strongest first, all general properties of scraped news pages:
/// - a "Published On <date>" line: the line before it is the standfirst opening an article;
/// - a dateline ("Islamabad, Pakistan – …") opening a lede;
/// - a related-stories block sits two or three paragraphs into most articles, programme credits
///   a few paragraphs into a video page;
/// - a standfirst summarises the article, so a later paragraph restates it;
/// - a topic shift: lexical cohesion between neighbouring paragraph windows drops (TextTiling).
/// An input with no Published line at all, or only one that opens it, is more likely a single
/// article: there a gap needs a higher score (``singleArticleThreshold``), which only strong cues
/// reach; under a single opening Published line, a paragraph shaped as a page's opening (a question
/// summary, a dated present-perfect lede) needs only ``threshold``.
///
/// Example: `["Standfirst.", "Published On 8 Oct 20258 Oct 2025", "Share", "Lede …"]` → one slice
/// with `standfirst: 0`, `published: 2025-10-08`.
public struct ArticleSplitter: Sendable {
    /// Weight of the cohesion drop and of each cue; a gap opens an article when its score reaches
    /// ``threshold``.
    public var threshold = 0.5
    /// The score a gap needs in an input with no Published line at all, or only one that opens it.
    public var singleArticleThreshold = 0.8
    /// Fewest body paragraphs in an article found without a certain cue.
    public var minimumParagraphs = 4
    /// Paragraphs on each side of a gap compared for cohesion.
    public var window = 3
    /// The input is part of a dump known to have Published lines (a later piece of one read in
    /// pieces): ``threshold`` applies even where the part has none.
    public var partOfDatedDump = false

    public init() {}

    /// One entry per gap considered, for `sitrep dump --debug-split`.
    public struct GapScore: Sendable {
        public var line: Int
        public var depth: Double
        public var echo: Double
        public var cues: [String]
        public var score: Double
    }

    public func split(_ lines: [Substring], kinds: [String?]) -> [ArticleSlice] {
        split(lines, kinds: kinds, diagnostics: nil)
    }

    public func split(_ lines: [Substring], kinds: [String?], diagnostics: ((GapScore) -> Void)?) -> [ArticleSlice] {
        if kinds.contains("title-field") { return ArticleHeader.records(lines, kinds: kinds) }
        let body = lines.indices.filter { kinds[$0] == nil }
        guard !body.isEmpty else { return [] }
        let vectors = ArticleSplitter.termVectors(body.map { lines[$0] })

        // Certain boundaries: a body line followed (after blanks) by a published-line.
        var starts: [Int: String] = [:]  // index into `body` → cue
        var headerAbove: [Int: Int] = [:]  // start (index into `body`) → first line of its header
        /// The paragraph that opens an article headed by paragraph `top`: up to two sections'
        /// names right over a headline of five words or more open it ("World", "Asia", then the
        /// headline).
        func withSections(_ top: Int) -> Int {
            guard Words.spaceSeparatedCount(Words.trimmed(lines[body[top]]), limit: 5) >= 5 else { return top }
            var opening = top
            while top - opening < 2, opening > 0, starts[opening - 1] == nil,
                  (body[opening - 1] + 1..<body[opening]).allSatisfy({ kinds[$0] == "blank" }),
                  ArticleSplitter.isSectionName(Words.trimmed(lines[body[opening - 1]])) {
                opening -= 1
            }
            return opening
        }
        /// The headline over a key-points list that ends at paragraph `b` ("Story highlights",
        /// then short unpunctuated items, as WION and Gulf News print them under the headline), or
        /// `b` when no such list ends there.
        func overKeyPoints(_ b: Int) -> Int {
            func text(_ k: Int) -> String { Words.trimmed(lines[body[k]]) }
            var k = b
            while k > 0, b - k < 6, ArticleSplitter.isHeadline(text(k)), !ArticleHeader.isKeyPointsHeading(text(k)) { k -= 1 }
            guard k > 0, k < b, ArticleHeader.isKeyPointsHeading(text(k)), (k - 1..<b).allSatisfy({ starts[$0] == nil }),
                  ArticleSplitter.isHeadline(text(k - 1)) else { return b }
            return k - 1
        }
        var headlinedStarts = 0  // certain starts with a headline over their standfirst
        for (b, i) in body.enumerated() {
            var j = i + 1
            // A byline may stand between the standfirst and the Published line ("By Kamal Hyder"),
            // and a reading time under it ("4 minute read").
            while j < lines.count, kinds[j] == "blank" || kinds[j] == "byline" || kinds[j] == "reading-time" { j += 1 }
            guard j < lines.count, kinds[j] == "published-line" else { continue }
            // A Published line with no body under it, or only the next page's title over that
            // page's own date, is the stamp closing the page above ("Published - October 12,
            // 2025 07:41 pm IST" ends a Hindu page): the paragraph over it opens nothing.
            if b + 1 == body.count || ArticleSplitter.isHeadline(Words.trimmed(lines[body[b + 1]]))
                && ArticleSplitter.linesBelow(body[b + 1], count: 7, kinds: kinds).contains(where: { kinds[$0].map(ArticleHeader.headerDateKinds.contains) == true }) {
                continue
            }
            // A headline scraped above the standfirst (no final full stop; headlines run to 15 words
            // and more, so the section-heading length is too short) opens the article. A
            // heading-shaped line over the date is the headline itself, unless it ends on an
            // attribution ("…late Wednesday, officials said"), runs to ten words and more under
            // a shorter title, or the title above it stands under a paragraph that closes with a
            // full stop (the article before ends there): then it is a standfirst without one.
            let current = Words.trimmed(lines[i])
            let above = b > 0 ? Words.trimmed(lines[body[b - 1]]) : ""
            let headlineAbove = b > 0 && starts[b - 1] == nil && (body[b - 1] + 1..<i).allSatisfy { kinds[$0] == "blank" }
                && ArticleSplitter.isHeadline(above)
                && (!ArticleSplitter.isHeading(current) || ArticleSplitter.endsOnAttribution(current)
                    || ArticleSplitter.isLongerSummary(current, under: above)
                    || b >= 2 && ArticleSplitter.closesParagraph(Words.trimmed(lines[body[b - 2]])))
            starts[withSections(overKeyPoints(headlineAbove ? b - 1 : b))] = "published-line"
            // (A headline may stand right over the date, with a byline between and no standfirst,
            // as wire and newspaper pages print it.)
            if headlineAbove || ArticleSplitter.isHeadline(current) { headlinedStarts += 1 }
        }
        // A date line or dated byline under a headline: the headline opens an article (after
        // blanks and other header debris, with at most a standfirst between them).
        for (i, kind) in kinds.enumerated() {
            guard let kind, ArticleHeader.dateKinds.contains(kind) else { continue }
            // Up the header, over at most two body lines: the topmost headline-shaped one (a
            // headline, an unpunctuated standfirst) opens the article; a punctuated line (a
            // standfirst) may stand only right above the date.
            var top: Int?  // index into `body`
            var seen = 0
            var j = i - 1
            var passed = 0  // lines passed that are not blank: a dump may set blanks between all lines
            while j >= 0, passed < 8, seen < 2, kinds[j] != "published-line" {
                if kinds[j] != "blank" { passed += 1 }
                if kinds[j] == nil {
                    let line = Words.trimmed(lines[j])
                    if ArticleSplitter.isHeadlineOverDate(line) {
                        top = ArticleSplitter.countBelow(j, in: body)
                    } else if seen > 0 { break }
                    seen += 1
                }
                j -= 1
            }
            guard let top else {
                // A press release has no headline: its label and number ("Press Release", "No
                // PR-287/2025-ISPR") head the dated line ("Rawalpindi - October 14, 2025:"), and
                // the release starts there.
                var first = i
                while first > 0, kinds[first - 1] == "blank" || kinds[first - 1] == "release-header" { first -= 1 }
                while first < i, kinds[first] == "blank" { first += 1 }
                guard first < i, kinds[first] == "release-header" else { continue }
                let b = ArticleSplitter.countBelow(i, in: body)
                if b < body.count, b > 0, starts[b] == nil {
                    starts[b] = "date-line"
                    headerAbove[b] = first
                }
                continue
            }
            // A live page stamps each entry above its heading ("12 Oct 2025 - 11:30 GMT", then
            // "Pakistan military gives its toll"): a heading under a date line is an entry's, and
            // the next entry's stamp below its paragraph opens no article.
            if let stamp = DebrisClassifier.lineAbove(body[top], kinds), stamp != i, kinds[stamp].map(ArticleHeader.dateKinds.contains) == true {
                continue
            }
            let opening = withSections(top)
            starts[opening] = starts[opening] ?? "date-line"
        }
        // A title of five words or more right over an author's byline ("By Abubakar Siddique"),
        // with a paragraph under the byline: an undated page's headline (RFE/RL prints no date
        // in the text it serves), which opens its article as a date line would.
        for (i, kind) in kinds.enumerated() where kind == "byline" && (lines[i].hasPrefix("By ") || lines[i].hasPrefix("by ")) {
            guard let above = DebrisClassifier.lineAbove(i, kinds), kinds[above] == nil,
                  let below = DebrisClassifier.lineBelow(i, kinds), kinds[below] == nil,
                  ArticleSplitter.isPageTitle(Words.trimmed(lines[above])) else { continue }
            let b = ArticleSplitter.countBelow(above, in: body)
            if b > 0, starts[b] == nil { starts[b] = "headline-byline" }
        }
        // A section's name over a title of five words or more and a summary ("Commentary / Asia",
        // then the headline and standfirst, as Crisis Group prints an undated commentary): a
        // page's header, which nothing inside an article looks like.
        for b in body.indices.dropLast(2) where b > 0 && starts[b] == nil && starts[b + 1] == nil {
            guard (body[b] + 1..<body[b + 2]).allSatisfy({ kinds[$0] == "blank" || $0 == body[b + 1] }),
                  ArticleSplitter.isSectionName(Words.trimmed(lines[body[b]])) else { continue }
            // (The second of two sections' names: the first opens the page.)
            if starts[b - 1] != nil, ArticleSplitter.isSectionName(Words.trimmed(lines[body[b - 1]])) { continue }
            guard ArticleSplitter.isPageTitle(Words.trimmed(lines[body[b + 1]])),
                  ArticleSplitter.hasStandfirstShape(Words.trimmed(lines[body[b + 2]])) else { continue }
            starts[b] = "section-title"
        }
        // A scraper's rule between articles ("----------", "=========="; five or more of one
        // character) opens the next article, whatever its first paragraph looks like. (A spaced
        // "* * *" breaks a feature's sections, and AP's "___" sets off its contributor credits:
        // neither opens one.)
        for (b, i) in body.enumerated() where b > 0 && starts[b] == nil {
            if (body[b - 1] + 1..<i).contains(where: { kinds[$0] == "separator" && ArticleSplitter.isScraperRule(lines[$0]) }) { starts[b] = "after-rule" }
        }
        // A Published line right under a closing agency credit ("Source: Al Jazeera"), with at
        // most a byline between, has no standfirst of its own above it: it heads the article
        // whose body follows, which starts at those header lines, where its date is read.
        for (i, kind) in kinds.enumerated() where kind == "published-line" {
            var top = i
            while top > 0, kinds[top - 1] == "blank" || kinds[top - 1] == "byline" { top -= 1 }
            guard top > 0, let closing = kinds[top - 1], ArticleSplitter.closingKinds.contains(closing) else { continue }
            let b = ArticleSplitter.countBelow(i, in: body)
            guard b < body.count, b > 0, starts[b] == nil else { continue }
            starts[b] = "published-line"
            headerAbove[b] = top
        }
        // A report's title that carries its date ("… Flash Update No. 2 (as of 17 October
        // 2025)") heads the article whose body follows it.
        for (i, kind) in kinds.enumerated() where kind == "dated-title" {
            let b = ArticleSplitter.countBelow(i, in: body)
            guard b < body.count, b > 0, starts[b] == nil else { continue }
            starts[b] = "dated-title"
            headerAbove[b] = i
        }
        // A page's address on a line of its own (a scrape's source link) heads an article: a
        // headline right above it opens the article, else the address does, and a date in its
        // path is read as the article's.
        for (i, kind) in kinds.enumerated() where kind == "url-line" {
            let below = ArticleSplitter.countBelow(i, in: body)
            guard below < body.count, starts[below] == nil else { continue }
            // Under a header's date line (a DW page prints its address there), the address
            // belongs to the article that date opened.
            if below > 0, (body[below - 1] + 1..<i).contains(where: { kinds[$0].map(ArticleHeader.headerDateKinds.contains) == true }) {
                continue
            }
            if below > 0, starts[below - 1] == nil, (body[below - 1] + 1..<i).allSatisfy({ kinds[$0] == "blank" }),
               ArticleSplitter.isHeadline(Words.trimmed(lines[body[below - 1]])) {
                starts[below - 1] = "url-line"
            } else if below > 0 {
                starts[below] = "url-line"
                headerAbove[below] = i
            }
        }
        starts[0] = starts[0] ?? "start"

        // Scored boundaries elsewhere, accepted best first. The echo cue is recomputed within the
        // current segments, so a restatement in another article does not count.
        let depth = depthScores(vectors)
        // What does not depend on the boundaries found so far is computed once per paragraph;
        // only the echo cue is recomputed inside the current segments.
        let trimmedBody = body.map { Words.trimmed(lines[$0]) }
        // Asked of most paragraphs by several cues below: tested once each.
        let standfirstShaped = trimmedBody.map(ArticleSplitter.hasStandfirstShape)
        /// Whether only blank lines stand between paragraphs `a` and `b` (no header or debris line).
        func onlyBlanks(between a: Int, _ b: Int) -> Bool { (body[a] + 1..<body[b]).allSatisfy { kinds[$0] == "blank" } }
        /// Whether a closing credit ("Source: Al Jazeera and news agencies") stands between
        /// paragraph `b` and the next.
        func closingCreditAfter(_ b: Int) -> Bool {
            (body[b] + 1..<body[b + 1]).contains { kinds[$0].map(ArticleSplitter.closingKinds.contains) == true }
        }
        let headings = trimmedBody.map(ArticleSplitter.isHeading)
        /// Whether paragraph `b` is shaped as an article's title: at most 20 words and at least
        /// `minWords`, no final punctuation; a question only from twelve words, in one sentence
        /// ("Who are the Pakistani Taliban, and why are they at the heart of the crisis?" heads an
        /// explainer, "What does the TTP want?" a section, and "…to open hostility. How did it
        /// come to this?" is a summary).
        func titleShaped(_ b: Int, minWords: Int) -> Bool {
            let t = trimmedBody[b]
            let question = t.last == "?"
            let least = question ? max(minWords, 12) : minWords
            return ArticleSplitter.isHeadline(t) && Words.spaceSeparatedCount(t, limit: least) >= least
                && (!question || ArticleSplitter.sentenceCount(t) == 1)
        }
        // Titles of six words or more right over a standfirst-shaped paragraph, with nothing but
        // blank lines between (a date or byline between them means the paragraph is the lede): an
        // article's headline and summary. Only in a dump whose dated articles print headlines
        // (two or more), so that a long section heading over a summary-like paragraph does not
        // split a lone article.
        // Which paragraphs open with a dateline, matched once for every cue below.
        let datelines = body.map { ArticleSplitter.isDateline(lines[$0]) }
        // (So does a dump with no Published line at all that opens with a title over a summary:
        // its first page shows the layout of the others.)
        let publishedLines = kinds.lazy.filter { $0 == "published-line" }.prefix(2).count
        let printsHeadlines = headlinedStarts >= 2 || publishedLines == 0 && body.count > 2 && onlyBlanks(between: 0, 1)
            && titleShaped(0, minWords: 6) && standfirstShaped[1] && !datelines[0]
        let titles = !printsHeadlines ? [Bool](repeating: false, count: body.count) : body.indices.map { b in
            b + 1 < body.count && onlyBlanks(between: b, b + 1) && titleShaped(b, minWords: 6)
                && standfirstShaped[b + 1] && !datelines[b]
        }
        // What opens the article a dateline lede ("Wana, Pakistan – …") opens, right over it: a
        // heading-shaped line is its headline (a section heading never stands over a lede); else
        // a standfirst-shaped paragraph is its summary — an undated page prints standfirst, then
        // lede, and a summary may share few words with the lede ("Traders on both sides count
        // their losses…" over "Peshawar, Pakistan – Hundreds of lorries…"), as the paragraph that
        // ends the article before may share many.
        // A wire agency's dateline ("ISLAMABAD (Reuters) -", "Peshawar [Pakistan], November 19
        // (ANI):"): the story as the agency filed it.
        let wireDatelines = trimmedBody.map(ArticleSplitter.isWireDateline)
        /// Whether paragraph `b` is an item of a key-points list: headings up from it, within six
        /// paragraphs, reach the list's heading.
        func endsKeyPointsList(_ b: Int) -> Bool {
            var k = b - 1
            while k >= 0, b - k <= 6, headings[k] {
                if ArticleHeader.isKeyPointsHeading(trimmedBody[k]) { return true }
                k -= 1
            }
            return false
        }
        // A wire story ("ISLAMABAD (AP) — …") has no summary: the paragraph over its dateline
        // closes the article before.
        let overDateline: [String?] = body.indices.map { b in
            guard b + 1 < body.count, datelines[b + 1] else { return nil }
            // "• UNHCR warns of winter risks": the last item of a key-points list over the lede is
            // no headline.
            if trimmedBody[b].unicodeScalars.first.map(ArticleSplitter.bulletMarks.contains) == true { return nil }
            // Nor is one without bullets under the list's heading ("Summary", then the items, as
            // Reuters prints them between its date and its dateline).
            if endsKeyPointsList(b) { return nil }
            if headings[b], !titles[b], ArticleSplitter.isHeadline(trimmedBody[b]),
               onlyBlanks(between: b, b + 1) {
                return "headline"
            }
            if wireDatelines[b + 1] { return nil }
            // A closing credit between them ("Source: Al Jazeera and news agencies") ends the
            // article the paragraph belongs to.
            if closingCreditAfter(b) { return nil }
            return !datelines[b] && standfirstShaped[b] ? "standfirst" : nil
        }
        // A title over an unpunctuated line over a dateline lede ("UNAMA says 37 civilian
        // casualties…", "United Nations Assistance Mission in Afghanistan", then "KABUL, 17
        // October 2025 – …"; Human Rights Watch prints title, deck and dateline the same way),
        // with nothing but blank or header lines between: the title opens the article, whatever
        // header lines ("Press release") stand between.
        let titleOverDeck = body.indices.map { b in
            b + 2 < body.count && datelines[b + 2] && !datelines[b] && !datelines[b + 1] && headings[b] && headings[b + 1]
                && titleShaped(b, minWords: 5) && (b == 0 || !headings[b - 1])
                && (body[b] + 1..<body[b + 2]).allSatisfy { $0 == body[b + 1] || kinds[$0] != nil }
        }
        // The first paragraph after a closing agency credit ("Source: Al Jazeera and news
        // agencies") opens the next article when it reads as an opening (a summary, a title).
        let afterSourceLine = body.indices.map { b in
            b > 0 && closingCreditAfter(b - 1)
                && (standfirstShaped[b] || ArticleSplitter.isHeadline(trimmedBody[b]))
        }
        /// Whether paragraph `b` follows a header date line with only heading-shaped paragraphs
        /// (a key-points list) between, within twelve lines.
        func ledeUnderList(_ b: Int) -> Bool {
            var line = body[b] - 1, p = b - 1, headed = 0
            while line >= 0, line >= body[b] - 12 {
                if p >= 0, body[p] == line {
                    guard headings[p] else { return false }
                    headed += 1
                    p -= 1
                } else if let kind = kinds[line], ArticleHeader.headerDateKinds.contains(kind) {
                    return headed > 0
                }
                line -= 1
            }
            return false
        }
        // Asked of a paragraph by several cues, and of the one over it: worked out once each,
        // when first asked.
        var ledeAttributions = [Bool?](repeating: nil, count: body.count)
        var perfectLedes = [Bool?](repeating: nil, count: body.count)
        func remembered(_ known: inout [Bool?], _ b: Int, _ test: (String) -> Bool) -> Bool {
            if let answer = known[b] { return answer }
            let answer = test(trimmedBody[b])
            known[b] = answer
            return answer
        }
        func ledeAttribution(_ b: Int) -> Bool { remembered(&ledeAttributions, b, ArticleSplitter.hasLedeAttribution) }
        func perfectLede(_ b: Int) -> Bool { remembered(&perfectLedes, b, ArticleSplitter.hasPerfectLede) }
        let fixed: [(score: Double, cues: [String])] = body.indices.map { b in
            let trimmed = trimmedBody[b]
            var cues: [String] = []
            var score = 0.0
            // (A headline or a summary there opens the next article even in a dump whose only
            // Published line opens it: nothing but a new page puts one under a closing credit.)
            if afterSourceLine[b] { score += 0.8; cues.append("after-source-line") }
            if titleOverDeck[b] { return (score + 1.0, cues + ["title-over-deck"]) }
            if b > 0, titleOverDeck[b - 1] { return (score - 1.0, cues + ["under-title"]) }
            if b > 1, titleOverDeck[b - 2] { return (score - 1.0, cues + ["under-title"]) }
            // The opening over a dateline lede decides; the lede under it opens nothing.
            if let opener = overDateline[b] { return (score + 1.0, cues + ["\(opener)-over-dateline"]) }
            if b > 0, let opener = overDateline[b - 1] { return (score - 1.0, cues + ["under-\(opener)"]) }
            if datelines[b] {
                score += 1.0; cues.append("dateline")
                // "Key points", then bulleted lines, between a Published line and the dateline
                // lede: the lede of the article that date opened.
                if ledeUnderList(b) { score -= 1.0; cues.append("under-list") }
            }
            if let first = trimmed.unicodeScalars.first, "“\"‘'".unicodeScalars.contains(first) {
                score -= 0.6; cues.append("opens-with-quote")
            }
            // A headline over its standfirst opens an article; a section heading (shorter) does not.
            if titles[b] {
                score += 0.5; cues.append("headline")
                // A summary under it that attributes in the present as the lede under it does
                // ("…, the military says." over "Pakistan's army says it has…"): a page's head.
                if b + 2 < body.count, ledeAttribution(b + 1), ledeAttribution(b + 2) {
                    score += 0.3; cues.append("over-attributing-summary")
                }
            } else if headings[b], !afterSourceLine[b] {
                // (A title right after a closing credit heads the next article, not a section.)
                score -= 0.6; cues.append("heading")
            }
            if ArticleSplitter.opensWithContinuation(trimmed) { score -= 0.5; cues.append("continuation") }
            if b > 0, headings[b - 1], !titles[b - 1], !afterSourceLine[b - 1] { score -= 0.4; cues.append("after-heading") }
            if Words.hasQuotation(trimmed) {
                score -= 0.25; cues.append("quotes")
            }
            // A standfirst is followed by a lede that takes up its words, not by a heading. A
            // summary that attributes in the present as a lede does, over a lede that does too
            // ("Rescuers dig through mud after a night of rain…, officials say" over "At least six
            // people perished …, rescue officials say"), needs no shared word: inside a story both
            // would say "said".
            if standfirstShaped[b], b + 1 < body.count, !headings[b + 1],
               TermVector.cosine(vectors[b], vectors[b + 1]) > 0.05
                || ledeAttribution(b) && ledeAttribution(b + 1) {
                score += 0.3; cues.append("standfirst-shape")
                // A news lede attributes its claim in the present tense ("…, the military says,"),
                // which a paragraph inside a story seldom does: the summary over it opens a page.
                if ledeAttribution(b + 1) { score += 0.3; cues.append("over-lede") }
                // So does an opening clause in the present perfect right under it ("…forces have
                // exchanged heavy fire…"), nothing but blank lines between.
                else if onlyBlanks(between: b, b + 1), perfectLede(b + 1) {
                    score += 0.2; cues.append("over-perfect-lede")
                }
                // Or a first sentence that tells a happening, its day and then its source ("Gunmen
                // shot dead a journalist in Bajaur on October 27, police said").
                else if onlyBlanks(between: b, b + 1), ArticleSplitter.hasDatedHappeningLede(trimmedBody[b + 1]) {
                    score += 0.2; cues.append("over-dated-lede")
                }
            }
            // An undated page's lede: a clause in the present perfect whose source is told at its
            // end with the day ("Pakistani security forces have ended a siege …, the military said
            // on Saturday"), a shape a paragraph inside a story seldom takes. (A standfirst-shaped
            // paragraph over another is scored as a summary above.)
            if !datelines[b], !standfirstShaped[b] || b + 1 == body.count || headings[b + 1], perfectLede(b),
               ArticleSplitter.hasDatedSourceClose(trimmed) {
                score += 0.5; cues.append("dated-perfect-lede")
            }
            // Explainers and opinion pieces open with a short summary that ends by asking the
            // article's question ("So, what is behind the violence?").
            if ArticleSplitter.isQuestionStandfirst(trimmed) { score += 0.5; cues.append("question-standfirst") }
            // So do they with "Here is what we know." ("Here’s what to know.").
            if ArticleSplitter.isExplainerStandfirst(trimmed) { score += 0.5; cues.append("explainer-standfirst") }
            return (score, cues)
        }
        // Cosines of each paragraph with the six before it and the twelve after it. Echo: how much
        // more a paragraph resembles one of the dozen after it than one of the six before it (a
        // standfirst is restated inside its own article).
        // Cosines are symmetric: a pair up to six apart was computed in the earlier row.
        var near: [[Double]] = []
        near.reserveCapacity(body.count)
        for b in body.indices {
            near.append((max(0, b - 6)..<min(body.count, b + 13)).map { j in
                j == b ? 0 : j < b ? near[j][b - max(0, j - 6)] : TermVector.cosine(vectors[b], vectors[j])
            })
        }
        func echoScore(_ b: Int, from lower: Int, to upper: Int) -> Double {
            let base = max(0, b - 6)
            var after = 0.0, before = 0.0
            for j in (b + 1)..<min(upper, b + 13) { after = max(after, near[b][j - base]) }
            for j in max(lower, b - 6)..<b { before = max(before, near[b][j - base]) }
            return after - before
        }
        // The accepted starts, also kept sorted for the segment and distance look-ups below.
        var sortedStarts = starts.keys.sorted()
        func accept(_ b: Int, _ cue: String) {
            if starts.updateValue(cue, forKey: b) == nil { sortedStarts.insert(b, at: firstStart(atOrAfter: b)) }
        }
        /// Index in `sortedStarts` of the first start at or after `b`.
        func firstStart(atOrAfter b: Int) -> Int { ArticleSplitter.countBelow(b, in: sortedStarts) }
        func echo(_ b: Int) -> Double {
            let k = firstStart(atOrAfter: b)
            let segmentStart = k > 0 ? sortedStarts[k - 1] : 0
            let next = k < sortedStarts.count && sortedStarts[k] == b ? k + 1 : k
            let segmentEnd = next < sortedStarts.count ? sortedStarts[next] : body.count
            return echoScore(b, from: segmentStart, to: segmentEnd)
        }
        func scoreValue(_ b: Int, echo e: Double) -> Double { depth[b] + fixed[b].score + (e > 0.25 ? e : 0) }
        func scoreValue(_ b: Int) -> Double { scoreValue(b, echo: echo(b)) }
        func score(_ b: Int) -> GapScore {
            let e = echo(b)
            let cues = (e > 0.25 ? ["echo"] : []) + fixed[b].cues
            return GapScore(line: body[b], depth: depth[b], echo: e, cues: cues, score: scoreValue(b, echo: e))
        }
        // A wire dateline opens a story however short the one before it, or the story itself: a
        // brief of two paragraphs.
        func free(_ b: Int) -> Bool {
            let k = firstStart(atOrAfter: b)
            let fewest = wireDatelines[b] ? 2 : minimumParagraphs
            if k < sortedStarts.count, sortedStarts[k] - b < fewest { return false }
            return !(k > 0 && b - sortedStarts[k - 1] < fewest)
        }

        // Starts taken at a paragraph for its standfirst shape or cues: kept as the standfirst.
        var summaryStarts: Set<Int> = []
        // A related-stories block sits two or three paragraphs into an article, programme credits
        // two to six into a video page: one of those paragraphs opens an article, unless one
        // already does.
        for (i, kind) in kinds.enumerated() where kind == "recommended" || kind == "programme-blurb" {
            guard let kind else { continue }
            if i > 0, kinds[i - 1] == kind || (kind == "recommended" && kinds[i - 1] == "list-marker") { continue }
            let before = ArticleSplitter.countBelow(i, in: body)  // body paragraphs before the block
            // A block with no paragraph after it closes the input, and one followed by headlines
            // closes an article with its links: neither opens anything.
            if before == body.count { continue }
            if kind == "recommended", ArticleSplitter.isHeadline(trimmedBody[before]), !datelines[before] { continue }
            let range = kind == "recommended" ? 2...3 : 2...6
            let candidates = range.map { before - $0 }.filter { $0 >= 0 }
            if candidates.contains(where: { starts[$0] != nil }) { continue }
            // An explainer's question headings ("What happened?") push the block further down:
            // with at most four other paragraphs between the Published line and the block, it is
            // that article's.
            if kind == "recommended", let published = kinds[..<i].lastIndex(of: "published-line"),
               !starts.keys.contains(where: { body[$0] > published && $0 < before }),
               (published..<i).filter({ kinds[$0] == nil && !ArticleSplitter.isHeading(Words.trimmed(lines[$0])) }).count <= 4 {
                continue
            }
            let open = candidates.filter { $0 > 0 && free($0) }
            // A related-stories block follows the second paragraph of the lede; a third paragraph
            // before it is the article's only when it reads as a standfirst.
            if kind == "recommended", open.contains(before - 2) {
                let third = before - 3
                let adjacent = third >= 0 && onlyBlanks(between: third, before - 2)
                // The topic shifts at the standfirst: a clearly deeper cohesion drop before the third
                // paragraph than before the second also marks it.
                let standfirst = open.contains(third) && adjacent
                    && (!Set(score(third).cues).isDisjoint(with: ["standfirst-shape", "echo", "question-standfirst", "after-source-line", "standfirst-over-dateline"]) || depth[third] > depth[before - 2] + 0.1)
                    && !score(before - 2).cues.contains("dateline")
                accept(standfirst ? third : before - 2, kind)
                if standfirst { summaryStarts.insert(third) }
            } else if let best = open.max(by: { scoreValue($0) < scoreValue($1) }) {
                accept(best, kind)
            }
        }

        // An input without a single Published line is more likely one article than a dump: only
        // a strong cue (a dateline, a restated standfirst) opens another article in it. So is an
        // input whose only Published line opens it (one saved page).
        let onePage = publishedLines == 0 || publishedLines == 1 && starts[0] == "published-line"
        var required = partOfDatedDump || !onePage ? threshold : singleArticleThreshold
        // Each free paragraph's score, kept between rounds: accepting a start changes the echo
        // and freedom of the paragraphs of its own segment only, so only those are scored again
        // (scoring every paragraph every round made a long dump quadratic).
        var scores = [Double](repeating: -.infinity, count: body.count)
        func rescore(_ range: Range<Int>) {
            for b in range where b >= 1 { scores[b] = starts[b] == nil && free(b) ? scoreValue(b) : -.infinity }
        }
        rescore(0..<body.count)
        // In a page whose one Published line opens it, a paragraph that opens a page by its own
        // shape (a summary ending on the article's question, a present-perfect lede closed on its
        // source's day) needs only a dump's score: a saved page seldom holds one inside it, and a
        // dump whose first article alone is dated goes on with undated ones.
        let pageOpeners: Set<String> = ["question-standfirst", "explainer-standfirst", "dated-perfect-lede"]
        let opensPage = publishedLines == 1 && required > threshold ? fixed.map { $0.cues.contains(where: pageOpeners.contains) } : []
        // (Once `required` falls to a dump's, every paragraph needs that.)
        func needed(_ b: Int) -> Double { !opensPage.isEmpty && opensPage[b] ? threshold : required }
        while true {
            // The best-scoring free paragraph (the earliest of equals); cues only for the winner.
            var best: (b: Int, score: Double)?
            for b in 1..<max(1, body.count) where scores[b] > -.infinity && scores[b] >= needed(b) {
                if best == nil || scores[b] > best!.score { best = (b, scores[b]) }
            }
            guard let best else { break }
            // A start that would leave its article a summary and one paragraph needs a strong cue
            // (a dateline, a restated standfirst): two closing paragraphs of background ("Bajaur,
            // a former tribal district, was…" over "Tribal elders have been negotiating…") look
            // like a summary over a lede.
            let next = firstStart(atOrAfter: best.b)
            if (next < sortedStarts.count ? sortedStarts[next] : body.count) - best.b <= 2, best.score < 1.0 {
                scores[best.b] = -.infinity
                continue
            }
            accept(best.b, score(best.b).cues.first ?? "cohesion")
            // Four articles opened by strong cues make the input a dump after all: the other
            // articles need no more than a dump's.
            if required > threshold, sortedStarts.count >= 4 { required = threshold }
            let k = firstStart(atOrAfter: best.b)
            rescore((k > 0 ? sortedStarts[k - 1] : 0)..<(k + 1 < sortedStarts.count ? sortedStarts[k + 1] : body.count))
        }
        if let diagnostics { for b in 1..<max(1, body.count) { diagnostics(score(b)) } }

        // A start found at an article's standfirst or lede takes in the title above it (and the
        // standfirst between them): scraped pages without Published lines print the headline
        // first, and a title-shaped line never ends the article before. A start at a headline
        // over its summary keeps that summary as its standfirst when the lede takes up its words
        // and it names no weekday (a lede tells when; a summary seldom).
        var standfirstUnder: [Int: Int] = [:]  // start (a headline) → its standfirst, indices into `body`
        for n in sortedStarts.indices.dropFirst() {
            let b = sortedStarts[n]
            /// Whether paragraph `i` is followed by another of the same article.
            func followed(_ i: Int) -> Bool { i + 1 < body.count && (n + 1 >= sortedStarts.count || i + 1 < sortedStarts[n + 1]) }
            if titles[b], followed(b + 1), !datelines[b + 1], !Words.lowercased(trimmedBody[b + 1]).contains(where: { CalendarNames.weekdays[$0] != nil }),
               TermVector.cosine(vectors[b + 1], vectors[b + 2]) > 0.05 {
                standfirstUnder[b] = b + 1
            }
            guard let cue = starts[b], cue != "published-line", cue != "date-line", cue != "after-rule", cue != "dated-title" else { continue }
            func title(_ i: Int) -> Bool {
                i > sortedStarts[n - 1] && !headings[i + 1] && titleShaped(i, minWords: 3) && !datelines[i]
            }
            var top = b
            if title(b - 1) {
                top = b - 1
                // The start itself was the standfirst when it reads as one and the lede takes it up.
                if !datelines[b], standfirstShaped[b], followed(b), TermVector.cosine(vectors[b], vectors[b + 1]) > 0.05 {
                    standfirstUnder[top] = b
                }
            } else if b >= 2, standfirstShaped[b - 1], title(b - 2) {
                top = b - 2
                standfirstUnder[top] = b - 1
            }
            guard top < b else { continue }
            starts[b] = nil
            starts[top] = cue
            sortedStarts[n] = top
        }

        // Build slices.
        var slices: [ArticleSlice] = []
        for (n, b) in sortedStarts.enumerated() {
            let firstLine = n == 0 ? 0 : headerAbove[b] ?? body[b]
            let lastLine = n + 1 < sortedStarts.count ? (headerAbove[sortedStarts[n + 1]] ?? body[sortedStarts[n + 1]]) - 1 : lines.count - 1
            var slice = ArticleSlice(lines: firstLine...lastLine, cue: starts[b] ?? "cohesion")
            /// Whether paragraph `p` exists and belongs to this article (not to the next).
            func inArticle(_ p: Int) -> Bool { p < body.count && (n + 1 >= sortedStarts.count || p < sortedStarts[n + 1]) }
            ArticleHeader.read(&slice, lines: lines, kinds: kinds)
            // An undated page opened by a section's name over its title and summary: all three
            // are its header.
            if slice.cue == "section-title", slice.headline == nil, slice.standfirst == nil {
                slice.sections = [body[b]]
                slice.headline = body[b + 1]
                slice.standfirst = body[b + 2]
            }
            if let standfirst = standfirstUnder[b], slice.standfirst == nil, slice.headline == nil || slice.headline == body[b] {
                slice.headline = body[b]
                slice.standfirst = body[standfirst]
            }
            // A title over the summary that opens a dateline lede: headline and standfirst.
            if slice.headline == nil, slice.standfirst == nil, inArticle(b + 2),
               overDateline[b + 1] == "standfirst", ArticleSplitter.isHeadline(trimmedBody[b]) {
                slice.headline = body[b]
                slice.standfirst = body[b + 1]
            }
            // An article found by its summary-like opening keeps that opening as its standfirst
            // when it is a short summary (one or two sentences) restated by the lede, and so does
            // the input's first article when it opens with a summary (not a title: "Pakistan says
            // 23 soldiers killed…" is a headline) over a dateline lede. A dateline paragraph is a
            // lede, never a summary.
            if slice.standfirst == nil, !datelines[b],
               ["echo", "standfirst-shape", "recommended", "programme-blurb", "question-standfirst", "standfirst-over-dateline", "after-source-line", "url-line"].contains(slice.cue)
                || b == 0 && overDateline[0] == "standfirst" && !ArticleSplitter.isHeadline(trimmedBody[0])
                // (So does an undated first article of a dump whose others are dated, as the
                // dump's undated articles further down keep theirs.)
                || b == 0 && publishedLines > 0 && fixed[0].cues.contains("standfirst-shape") && slice.headline == nil
                    && !ArticleSplitter.isHeadline(trimmedBody[0]) && !slice.lines.contains(where: { kinds[$0] == "published-line" }),
               inArticle(b + 1) {
                let opening = lines[body[b]].trimmingCharacters(in: .whitespaces)
                if summaryStarts.contains(b), slice.headline == nil, ArticleSplitter.sentenceCount(opening) <= 2 {
                    slice.standfirst = body[b]
                } else if ArticleSplitter.hasStandfirstShape(opening) || slice.cue == "question-standfirst",
                   ArticleSplitter.sentenceCount(opening) <= (slice.cue == "question-standfirst" ? 3 : 2),
                   overDateline[b] == "standfirst" || slice.cue == "question-standfirst" || TermVector.cosine(vectors[b], vectors[b + 1]) > 0.05
                    // (A summary right under a closing credit is the next page's, whatever words
                    // its lede uses; a summary the article restates may be taken up a paragraph
                    // after the lede: "…; Kabul says 58 Pakistani soldiers died" over a lede on the
                    // fighting, then the tolls.)
                    || slice.cue == "after-source-line"
                    || slice.cue == "echo" && inArticle(b + 2) && TermVector.cosine(vectors[b], vectors[b + 2]) > 0.05 {
                    slice.standfirst = body[b]
                }
            }
            // An article with no Published line that opens with a title ("Two soldiers martyred
            // in Bajaur IED blast", then the lede): the title is its headline, not body text.
            if slice.headline == nil, slice.standfirst == nil, inArticle(b + 1),
               !slice.lines.contains(where: { kinds[$0] == "published-line" }) {
                // (Under a closing credit, a short question is an explainer's title too: "Why are
                // Pakistan and Afghanistan fighting?")
                if inArticle(b + 2), datelines[b + 2],
                   ArticleSplitter.isSectionName(trimmedBody[b]), !ArticleSplitter.isDateline(lines[body[b + 1]]), titleShaped(b + 1, minWords: 3) {
                    // A section's or the outlet's name over the title, over a dateline lede
                    // ("Hasht-e Subh", then "Taliban Fighters Killed in Clash…", then "KUNAR — …"):
                    // the name is the page's, the title its headline.
                    slice.sections = [body[b]]
                    slice.headline = body[b + 1]
                } else if !headings[b + 1], titleShaped(b, minWords: 3) || afterSourceLine[b] && ArticleSplitter.isHeadline(trimmedBody[b]) {
                    slice.headline = body[b]
                    // A summary under the title is the standfirst when the paragraph after it is
                    // a dateline lede or the title follows a closing credit, and the lede takes
                    // up its words. Otherwise it may be the lede itself (a BBC page prints title,
                    // then lede), which carries too much to lose from the text.
                    let summary = b + 1
                    if inArticle(summary + 1), !datelines[summary],
                       datelines[summary + 1] || afterSourceLine[b],
                       standfirstShaped[summary], ArticleSplitter.sentenceCount(trimmedBody[summary]) <= 2,
                       // (After a closing credit, a page with a title prints a summary under it.)
                       afterSourceLine[b] || TermVector.cosine(vectors[summary], vectors[summary + 1]) > 0.05 {
                        slice.standfirst = body[summary]
                    } else if inArticle(summary + 1),
                              ArticleSplitter.isUnpunctuatedSummary(trimmedBody[summary]) {
                        // "Analysis: For all the threats of ‘open war’, neither Islamabad nor
                        // Kabul can afford a long conflict": a summary printed without a full stop
                        // (as the Guardian and the BBC print them) is no lede, which always ends
                        // a sentence.
                        slice.standfirst = body[summary]
                    }
                } else if headings[b + 1], inArticle(b + 2),
                          datelines[b + 2], titleShaped(b, minWords: 3) {
                    // A title over a short unpunctuated line over a dateline lede ("Pakistan/
                    // Afghanistan: Protect Civilians in Border Fighting", "Investigate Apparent
                    // Unlawful Attacks on Homes, Markets", then "(New York, October 21, 2025) –
                    // …", as Human Rights Watch prints a release): headline and deck, since no
                    // section heading stands right over a lede.
                    slice.headline = body[b]
                    slice.standfirst = body[b + 1]
                }
            }
            slices.append(slice)
        }
        return slices
    }

    /// How many of the ascending `values` are below `x` (a binary search).
    static func countBelow(_ x: Int, in values: [Int]) -> Int {
        var lo = 0, hi = values.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if values[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    // MARK: Cohesion

    /// One weighted term vector per paragraph: counts of its content words (lowercased,
    /// possessives and plurals folded crudely) times their inverse document frequency over the
    /// input's paragraphs, so that the words every article of a one-topic dump shares
    /// ("Pakistan") weigh little.
    static func termVectors(_ paragraphs: [Substring]) -> [TermVector] {
        // Words are looked up by their bytes, and each distinct word's term (or -1 for a
        // stopword) is worked out the first time it is seen.
        let bytes = paragraphs.reduce(0) { $0 + $1.utf8.count }
        var table = TermTable(expectedWords: bytes / 20)  // distinct words: about one per 20 bytes
        var termLists: [[Int32]] = []
        termLists.reserveCapacity(paragraphs.count)
        for paragraph in paragraphs {
            var list: [Int32] = []
            let ascii = paragraph.utf8.withContiguousStorageIfAvailable { bytes in
                Words.forEachASCIIWord(bytes) { w in
                    guard w.count > 2 else { return }
                    let t = table.term(utf8: w)
                    if t >= 0 { list.append(t) }
                }
            }
            if ascii != true {
                // A non-ASCII letter stopped the byte scan: the paragraph is read again whole. Terms
                // the partial scan added stay in the table unused (no list holds them, and vector ids
                // only order terms alphabetically), so results do not change.
                list.removeAll()
                for w in Words.lowercased(paragraph) where w.utf8.count > 2 {
                    let t = table.term(w)
                    if t >= 0 { list.append(t) }
                }
            }
            list.sort()
            termLists.append(list)
        }
        let terms = table.terms
        var df = [Int](repeating: 0, count: terms.count)
        for list in termLists {
            var last: Int32 = -1
            for t in list where t != last { df[Int(t)] += 1; last = t }
        }
        // Vector ids follow the terms' alphabetical order, so that norms, sums and dot products
        // add their terms in a fixed order whatever order the words came in.
        var rank = [Int32](repeating: 0, count: terms.count)
        let words = terms.words
        for (r, t) in words.indices.sorted(by: { words[$0] < words[$1] }).enumerated() { rank[t] = Int32(r) }
        let n = Double(max(paragraphs.count, 1))
        return termLists.map { list in
            var entries: [(Int32, Double)] = []
            var k = 0
            while k < list.count {
                var j = k
                while j < list.count, list[j] == list[k] { j += 1 }
                let t = Int(list[k])
                entries.append((rank[t], Double(j - k) * log(n / Double(df[t]))))
                k = j
            }
            return TermVector(entries)
        }
    }

    /// The words of a dump met so far, and the term of each (-1 for a stopword), worked out the
    /// first time the word is met. A type rather than local closures: captured local variables
    /// are boxed and their accesses checked at run time, once per word.
    struct TermTable {
        private var termOfWord: WordCache<Int32>  // by lowercased word
        /// Folded content words; a term's id is its index here.
        private(set) var terms = Vocabulary()

        init(expectedWords: Int) { termOfWord = WordCache(expectedCount: expectedWords) }

        mutating func term(utf8 word: UnsafeBufferPointer<UInt8>) -> Int32 {
            termOfWord.value(utf8: word) { Stopwords.english.contains($0) ? -1 : terms.id(ArticleSplitter.foldedPlural($0)) }
        }

        mutating func term(_ word: String) -> Int32 {
            var utf8 = word
            return utf8.withUTF8 { term(utf8: $0) }
        }
    }

    /// A plural or possessive "s" dropped, crudely ("soldiers" → "soldier", not "pass").
    static func foldedPlural(_ word: String) -> String {
        word.count > 4 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }

    static let continuationOpeners: WordSet = [
        "he", "she", "it", "they", "his", "her", "its", "their", "this", "these", "that", "those", "but", "however",
        "meanwhile", "separately", "also", "and", "yet", "still", "nonetheless", "nevertheless", "hence", "instead",
        "so", "such", "both", "another", "moreover", "furthermore", "besides", "then", "thus", "therefore", "there",
        "here", "we", "i", "our", "earlier", "later", "likewise", "similarly", "otherwise", "as",
    ]

    /// Opens with a pronoun or a connective, so it continues the paragraph before. "As" does
    /// only as a connective ("As a result", "As such", "As for the talks"): a clause it opens
    /// ("As the neighbours trade threats, …") may open a summary as well as a paragraph.
    public static func opensWithContinuation(_ line: String) -> Bool {
        let head = line.prefix(40)
        // Only the first two words are asked for: an ASCII line's are read off its bytes.
        var first: String?, second: String?
        let ascii = head.utf8.withContiguousStorageIfAvailable { bytes in
            Words.forEachASCIIWord(bytes) { w in
                if first == nil { first = String(decoding: w, as: UTF8.self) } else if second == nil { second = String(decoding: w, as: UTF8.self) }
            }
        }
        if ascii != true {
            let words = Words.lowercased(head)
            first = words.first
            second = words.count > 1 ? words[1] : nil
        }
        guard let first else { return false }
        if first == "as" { return second.map(asConnectives.contains) == true }
        return continuationOpeners.contains(first)
    }

    /// Words after an opening "As" that make it a connective.
    static let asConnectives: WordSet = ["a", "such", "for", "well", "mentioned", "noted", "expected", "before", "usual", "always"]

    /// A standfirst: 12 to 60 words, no quotation, no past-tense attribution (a standfirst says
    /// "the army says"; a body paragraph "the army said"), no year outside a "since" frame and no
    /// day of a month but one ahead.
    static func hasStandfirstShape(_ line: String) -> Bool {
        guard (12...60).contains(Words.spaceSeparatedCount(line, limit: 61)), !Words.hasQuotation(line) else { return false }
        return !Words.containsWord(line, in: attributionWords) && !opensWithTimeAdverbial(line) && !namesYearOutsideSince(line)
            && !namesPastDay(line)
    }

    /// Whether `byte` is the capital a month's name opens with (J, F, M, A, S, O, N or D).
    static func isMonthInitial(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x4A, 0x46, 0x4D, 0x41, 0x53, 0x4F, 0x4E, 0x44: true
        default: false
        }
    }

    /// Whether the line names a day of a month ("since October 12", "on 10 October") with no
    /// future cue right before it ("by September 1", "meet again on November 6"): a body
    /// paragraph's narration. Of the 257 paragraphs of the seed and the probe rounds (to round 71)
    /// scored with the standfirst shape, none of the 76 that open articles names one, and 13 of
    /// the 181 inside articles do, among them the three that scored highest.
    public static func namesPastDay(_ line: String) -> Bool {
        guard line.utf8.contains(where: { (48...57).contains($0) }) else { return false }
        let words = line.split(separator: " ")
        func isMonth(_ k: Int) -> Bool {
            // Every month's name opens with one of these capitals (a test with no Unicode lookup).
            guard k >= 0, k < words.count, let first = words[k].utf8.first, isMonthInitial(first) else { return false }
            let name = words[k].prefix { $0.isLetter || $0 == "." }
            return name.count >= 3 && CalendarNames.month(name) != nil
        }
        func isDay(_ k: Int) -> Bool {
            guard k >= 0, k < words.count else { return false }
            return (1...2).contains(words[k].prefix(while: \.isASCII).prefix(while: \.isNumber).count)
        }
        for k in words.indices where isMonth(k) {
            let start = isDay(k + 1) ? k : isDay(k - 1) ? k - 1 : nil
            guard let start else { continue }
            // The cue may stand before a preposition ("again on November 6").
            if words[max(0, start - 2)..<start].contains(where: { futureCueBeforeDay.contains($0.lowercased()) }) { continue }
            return true
        }
        return false
    }

    /// Words right before a date that put it ahead ("by September 1", "again on November 6").
    static let futureCueBeforeDay: WordSet = ["by", "until", "till", "before", "again", "will", "scheduled", "due", "expected", "next"]

    /// Whether the line names a year (1900–2099) and has no "since": background ("Bajaur … was a
    /// stronghold of the Pakistan Taliban until a military offensive in 2008 and 2009"), which a
    /// body paragraph gives and a summary of the news does not. Of the 242 opening lines of the
    /// seed and the probe rounds, the three that name a year do so after a superlative's "since"
    /// ("the worst crisis between the neighbours since 2021").
    public static func namesYearOutsideSince(_ line: String) -> Bool {
        var utf8 = line
        let year = utf8.withUTF8 { bytes -> Bool in
            func isDigit(_ k: Int) -> Bool { k >= 0 && k < bytes.count && (48...57).contains(bytes[k]) }
            var k = 0
            while k < bytes.count {
                guard isDigit(k), !isDigit(k - 1) else { k += 1; continue }
                var end = k
                while isDigit(end) { end += 1 }
                let century = end - k == 4 ? (bytes[k], bytes[k + 1]) : (0, 0)
                if century == (UInt8(ascii: "1"), UInt8(ascii: "9")) || century == (UInt8(ascii: "2"), UInt8(ascii: "0")) { return true }
                k = end
            }
            return false
        }
        return year && !Words.containsWord(line, in: sinceWord)
    }

    static let sinceWord: WordSet = ["since"]

    /// Words that open a time adverbial, and the time words one holds besides month and weekday
    /// names and years.
    static let timeOpeners: WordSet = [
        "on", "in", "last", "earlier", "later", "late", "early", "since", "by", "this", "during", "over", "until", "before", "after",
        "a", "two", "three", "the", "that", "hours", "days", "weeks", "months",
    ]
    static let timeNouns: WordSet = ["week", "weekend", "month", "year", "day", "days", "night", "morning", "afternoon", "evening"]

    /// Whether the line opens with a time adverbial of at most five words and a comma ("On
    /// Tuesday, a suicide bomber killed…", "Earlier this month, …", "In 2023, …"): a paragraph
    /// that narrates. A summary tells what happened without setting the time first, and no
    /// standfirst of the seed or the probe rounds opens so.
    public static func opensWithTimeAdverbial(_ line: String) -> Bool {
        guard let comma = line.utf8.prefix(48).firstIndex(of: UInt8(ascii: ",")) else { return false }
        let lead = line[..<comma]
        let words = Words.lowercased(lead)
        guard (1...5).contains(words.count), timeOpeners.contains(words[0]) else { return false }
        let digits = lead.utf8.split { !(48...57).contains($0) }
        return digits.contains { $0.count == 4 } || words.contains { w in
            timeNouns.contains(w) || CalendarNames.months[w] != nil || w.hasSuffix("day") && CalendarNames.weekdays[w] != nil
        }
    }

    /// Five or more of one character and nothing else ("----------", "=====", "*****").
    static func isScraperRule(_ line: Substring) -> Bool {
        let t = Words.trimmed(line).utf8
        guard t.count >= 5, let c = t.first else { return false }
        return t.allSatisfy { $0 == c }
    }

    /// A standfirst printed without a full stop: 13 to 60 words (more than a heading holds) in one
    /// sentence, with no quotation, ending in a letter or a digit.
    static func isUnpunctuatedSummary(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last, CharacterSet.alphanumerics.contains(last),
              (13...60).contains(Words.spaceSeparatedCount(line, limit: 61)), !Words.hasQuotation(line) else { return false }
        return sentenceCount(line) == 1
    }

    /// A lede's present-tense attribution to an institution in its first sentence, with no
    /// quotation before it: "…have killed 12 people, officials say," or "Pakistan’s military says
    /// it has…". A person's ("…, Khan says", "Ijaz Ahmad, who runs a tea stall, says") is a
    /// feature's voice, found anywhere in a story.
    public static func hasLedeAttribution(_ line: String) -> Bool {
        // Most paragraphs hold no " say": skip the pattern for them.
        guard Words.contains(line, literal: " say") else { return false }
        return ledeAttributionPattern.firstMatch(in: line.utf16Units(ofFirst: 400)) != nil
    }

    /// A news lede's opening clause in the present perfect: a subject of at most eight words,
    /// then "has" or "have" and the participle ("The Pakistani government has ordered…", "Afghan
    /// and Pakistani forces have exchanged heavy fire…"). Background inside a story puts an
    /// adverb between them ("Pakistan has long accused…", "…have repeatedly denied"), takes a
    /// stance ("The Taliban has denied…") or runs on from another verb ("The TTP is a separate
    /// group and has been emboldened…", "Pakistan is said to have backed…").
    public static func hasPerfectLede(_ line: String) -> Bool {
        guard Words.contains(line, literal: " ha") else { return false }
        return perfectLedePattern.firstMatch(in: line.utf16Units(ofFirst: 200)) != nil
    }

    static let perfectLedePattern = try! ICURegex(
        #"^\p{Lu}[^\s,;:“”"‘]*(?: (?!(?:is|are|was|were|to|which|who|that|it|said|says)\b)[^\s,;:“”"‘]+){0,7}(?<! and) (?:has|have) (?:been )?(?!long\b|also\b|repeatedly\b|previously\b|often\b|never\b|not\b|always\b|since\b|yet\b|denied\b|rejected\b|accused\b|blamed\b|insisted\b|maintained\b)\p{Ll}+(?:ed|en|ck|ng|ft|ld|nt|ot|ut|et|it|un|wn|de)\b"#)

    /// Whether the first sentence of `line` closes on its source and the day it spoke ("…, the
    /// military said on Saturday", "…, residents told Al Jazeera late on Friday").
    public static func hasDatedSourceClose(_ line: String) -> Bool { datedSourceCloseWeekday(line) != nil }

    /// The weekday (Sunday 0) of the close ``hasDatedSourceClose(_:)`` reads, or nil.
    public static func datedSourceCloseWeekday(_ line: String) -> Int? {
        guard Words.contains(line, literal: " said ") || Words.contains(line, literal: " told ") else { return nil }
        let units = line.utf16Units(ofFirst: 400)
        guard let m = datedSourceClosePattern.firstMatch(in: units), let name = m.group(1, in: units) else { return nil }
        return CalendarNames.weekdays[name.lowercased()]
    }

    static let datedSourceClosePattern = try! ICURegex(
        #"^[^“”"‘.?!]{10,300}?, (?:[^,“”"‘.?!]{0,50}? )?(?:said|told [^,“”"‘.?!]{1,30}?) (?:(?:late|early) )?(?:on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"#)

    /// Whether the first sentence of `line` tells a happening and closes it on its day, its
    /// source after ("Gunmen shot dead a journalist in Bajaur on October 27, police said", "…
    /// late on Friday, officials told reporters"): a news lede's order, where a paragraph inside
    /// a story more often names the source first.
    public static func hasDatedHappeningLede(_ line: String) -> Bool {
        guard Words.contains(line, literal: " said") || Words.contains(line, literal: " told ") else { return false }
        return datedHappeningLedePattern.firstMatch(in: line.utf16Units(ofFirst: 400)) != nil
    }

    static let datedHappeningLedePattern: ICURegex = {
        let months = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
        let day = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\(months) \\d{1,2}|\\d{1,2} \(months))"
        return try! ICURegex(#"^[^“”"‘.?!,]{10,300}? on "# + day + #"(?: (?:night|morning|evening|afternoon))?, (?:[^,“”"‘.?!]{0,50}? )?(?:said|told)\b"#)
    }()

    /// The heads of the sources a lede cites.
    static let ledeSources = "(?i:army|military|government|officials?|police|ministry|spokes(?:man|woman|person)|authorities|Taliban|minister|agency|office|forces|UN|ISPR|administration|board|sources|witnesses|media|group|commission|department)"

    static let ledeAttributionPattern = try! ICURegex(
        #"^(?:[^“”"‘.?!]{10,300}?, (?!(?:who|which|where|he|she|they|it|we|I) )(?:[^,“”"‘.?!]{0,50}? )?"# + ledeSources
            + #"(?:’s?|'s?)? (?:says|say)(?:[,.]| (?!“)\p{L})|(?:[^\s“”"‘,.]+ ){0,5}"# + ledeSources
            + #" (?:says|say) (?:that )?(?:[^\s“”"‘,.]+ ){1,4}(?:has|have) )"#)

    /// Up to `count` lines under line `i` that are not blank (a dump may set blank lines between
    /// all its lines).
    static func linesBelow(_ i: Int, count: Int, kinds: [String?]) -> [Int] {
        Array((i + 1..<kinds.count).lazy.filter { kinds[$0] != "blank" }.prefix(count))
    }

    /// Debris that closes an article: an agency credit ("Source: Al Jazeera and news agencies"),
    /// an opinion page's disclaimer and the author's biography under it, an agency editor's
    /// initials ("ma/ma"), the reporters' credits ("Associated Press writer … contributed to this
    /// report", "(Reporting by …; Editing by …)"), a copyright notice ("Copyright Business
    /// Recorder, 2025"), a release's press contact (under "For further information, please
    /// contact:"), the heading of the readers' comments ("Comments (2)"), a print edition's credit
    /// ("A version of this article appears in print on …").
    static let closingKinds: WordSet = ["source-line", "disclaimer", "author-bio", "sign-off", "credit-line", "copyright", "contact", "comments", "print-credit"]

    static let attributionWords: WordSet = ["said", "told", "added", "according", "wrote", "posted"]

    /// Two or three short sentences, no quotation, the last one a question.
    static func isQuestionStandfirst(_ line: String) -> Bool {
        guard line.utf8.last == UInt8(ascii: "?"), !Words.hasQuotation(line) else { return false }
        let words = Words.spaceSeparatedCount(line)
        let sentences = sentenceCount(line)
        return (2...3).contains(sentences) && (15...70).contains(words)
    }

    /// A summary of 12 to 70 words, no quotation, closed by an explainer's formula: "Here is what
    /// we know.", "Here’s what to know.", "Here is all you need to know."
    public static func isExplainerStandfirst(_ line: String) -> Bool {
        // Most paragraphs end otherwise: a suffix test rules them out before anything else.
        guard line.hasSuffix("know.") || line.hasSuffix("so far."), !Words.hasQuotation(line),
              (12...70).contains(Words.spaceSeparatedCount(line, limit: 71)) else { return false }
        return explainerFormula.firstMatch(in: Array(line.suffix(60).utf16)) != nil
    }

    static let explainerFormula = try! ICURegex(
        #"\b[Hh]ere(?: is|'s|’s|’re| are) (?:what|all|everything) (?:we know|to know|you need to know|we know so far)\.$"#)

    /// Sentence-final punctuation followed by a space or the end, counted crudely.
    static func sentenceCount(_ line: String) -> Int {
        let scalars = Array(line.unicodeScalars)
        var count = 0
        for (k, c) in scalars.enumerated() where ".?!".unicodeScalars.contains(c) {
            if k + 1 == scalars.count || scalars[k + 1] == " " { count += 1 }
        }
        return max(count, 1)
    }

    /// TextTiling depth score of the gap before each body paragraph (0 for the first).
    func depthScores(_ vectors: [TermVector]) -> [Double] {
        let n = vectors.count
        guard n > 1 else { return [0] }
        var sim = [Double](repeating: 0, count: n)
        for g in 1..<n {
            let left = TermVector.sum(vectors[max(0, g - window)..<g])
            let right = TermVector.sum(vectors[g..<min(n, g + window)])
            sim[g] = TermVector.cosine(left, right)
        }
        var depth = [Double](repeating: 0, count: n)
        for g in 1..<n {
            var lp = sim[g], i = g - 1
            while i >= 1, sim[i] >= lp { lp = sim[i]; i -= 1 }
            var rp = sim[g]; i = g + 1
            while i < n, sim[i] >= rp { rp = sim[i]; i += 1 }
            depth[g] = (lp - sim[g]) + (rp - sim[g])
        }
        return depth
    }

    // MARK: Line shapes

    /// Marks that open the items of a bulleted list ("• Two returnees died").
    static let bulletMarks: ScalarSet = ["•", "·", "▪", "◦", "●", "*"]

    /// "City, Country –", "CITY –", "City (Agency) –" or, as Human Rights Watch dates its
    /// releases, "(City, Month D, YYYY) –" and "(City) –": a name-and-dash apposition ("Iqbal
    /// Afridi – an opposition member") is not a dateline.
    static let datelinePattern = try! ICURegex(
        #"^(?:[A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,2}, [A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,2}|[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2}|[A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,2} \([A-Za-z ]+\)"#
            + #"|\([A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,2}(?:, [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?\)) ?[–—-] \S"#)

    /// A wire dateline ("KABUL (Reuters) -", "ISLAMABAD/KABUL (Reuters) -" for a story filed from
    /// two cities, "KABUL, Afghanistan (AP) —", "Quetta, Oct. 26 (AFP) –", "QUETTA, Pakistan, Oct 27
    /// (Reuters) -", "KABUL (Pajhwok):", "ISLAMABAD, Nov. 13 (Xinhua) --", "Peshawar [Pakistan],
    /// November 19 (ANI):", and "Kabul, Nov 22 (PTI) At least…" as Indian agencies print it, with
    /// no dash), a newspaper's ("PESHAWAR, Oct 26:", "PESHAWAR:"), a press release's ("KABUL, 17
    /// October 2025 –", "RAWALPINDI, October 17, 2025:"); groups 1 and 2, or 3 and 4, hold the
    /// month and day of one that gives them, groups 5 and 6 the day and month
    /// (``datelineDay(_:)``).
    static let agencyDatelinePattern = try! ICURegex(
        #"^(?:(?:[A-Z][A-Z.'’ /-]{2,40}|[A-Z][\p{Ll}.'’-]+(?: [A-Z][\p{Ll}.'’-]+){0,2})(?: \[[A-Z][\p{L} ]{2,30}\])?(?:, [A-Z][\p{Ll}.'’-]+(?: [A-Z][\p{Ll}.'’-]+){0,2}(?=, [A-Z][a-z]{2,8}\.? \d))?(?:, ([A-Z][a-z]{2,8})\.? (\d{1,2}))?(?:, [A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,2})? (?:\([A-Za-z ]+\) ?(?:[–—-]{1,2}|:) \S|\((?:PTI|IANS|ANI|UNI)\) \p{Lu})"#
            + #"|(?:[A-Z][A-Z.'’ /-]{2,40}|[A-Z][\p{Ll}.'’-]+(?: [A-Z][\p{Ll}.'’-]+){0,2}), ([A-Z][a-z]{2,8})\.? (\d{1,2})(?:,? \d{4})? ?(?:[–—-]{1,2}|:) \S"#
            + #"|(?:[A-Z][A-Z.'’ /-]{2,40}|[A-Z][\p{Ll}.'’-]+(?: [A-Z][\p{Ll}.'’-]+){0,2}), (\d{1,2}) ([A-Z][a-z]{2,8})\.?,? \d{4} ?(?:[–—-]{1,2}|:) \S"#
            + #"|[A-Z][A-Z.'’-]{2,}(?:[ /][A-Z][A-Z.'’-]+){0,2}: [A-Z])"#)

    /// Whether a dateline credits a wire agency ("ISLAMABAD (AP) —", "KABUL, Oct 12 (Reuters) -"):
    /// a story as the agency filed it, with no summary over it.
    public static func isWireDateline(_ line: String) -> Bool {
        guard line.utf8.prefix(80).contains(UInt8(ascii: "(")) else { return false }
        return wireAgency.firstMatch(in: line.utf16Units(ofFirst: 80)) != nil
    }
    static let wireAgency = try! ICURegex(#"^[^.!?“"]{2,60}(?:\((?:AP|Reuters|AFP|Xinhua|APP|dpa|Anadolu|IANS|PTI|UNI|ANI)\) ?(?:[–—-]{1,2}|:) |\((?:PTI|IANS|ANI|UNI)\) \p{Lu})"#)

    /// The month and day a dateline gives ("ISLAMABAD, Oct 12 (Reuters) -", "PESHAWAR, Oct 26:"),
    /// or nil.
    public static func datelineDay(_ units: [UInt16]) -> (month: Int, day: Int)? {
        guard let m = agencyDatelinePattern.firstMatch(in: units) else { return nil }
        for (mo, d) in [(1, 2), (3, 4), (6, 5)] {
            if let month = m.group(mo, in: units).flatMap({ CalendarNames.month($0) }), let day = m.group(d, in: units).flatMap({ Int($0) }),
               (1...31).contains(day) {
                return (month, day)
            }
        }
        return nil
    }

    /// The tags of the agencies whose datelines have no dash ("Kabul, Nov 22 (PTI) At least…").
    static let indianAgencyTags = ["(PTI)", "(IANS)", "(ANI)", "(UNI)"]

    /// "Islamabad, Pakistan – …", "KABUL (Reuters) - …", "ISLAMABAD, Nov 3 (Reuters) - …",
    /// "PESHAWAR: …"
    public static func isDateline(_ line: Substring) -> Bool {
        let units = line.utf16Units(ofFirst: 80)
        // Every form has a dash or a colon after the place, but Indian agencies' ("Kabul, Nov 22
        // (PTI) At least…"), which carry their tag: skip the expressions otherwise (a closing
        // bracket alone, "(ISPR)", is common and no cue).
        func hasAgencyTag() -> Bool {
            let s = String(line.prefix(80))
            return indianAgencyTags.contains(where: { s.contains($0) })
        }
        guard units.contains(where: { $0 == 0x2013 || $0 == 0x2014 || $0 == 0x2D || $0 == 0x3A })
                || units.contains(0x29) && hasAgencyTag() else { return false }
        return datelinePattern.firstMatch(in: units) != nil || agencyDatelinePattern.firstMatch(in: units) != nil
    }

    /// Whether `line`, of ten words or more, is longer than the title `above` it: a summary under
    /// its headline (headlines run shorter than the standfirsts under them).
    static func isLongerSummary(_ line: String, under above: String) -> Bool {
        let count = Words.spaceSeparatedCount(line, limit: 30)
        return count >= 10 && count > Words.spaceSeparatedCount(above, limit: 30)
    }

    /// Whether `line` ends as a paragraph of running text does: eight words or more, closing on a
    /// full stop, or on one inside a closing quotation mark or bracket (a shorter line with a full
    /// stop may be a caption or a label).
    static func closesParagraph(_ line: String) -> Bool {
        let trailing = line.unicodeScalars.reversed().drop { "\"”’')]".unicodeScalars.contains($0) }
        return trailing.first == "." && Words.spaceSeparatedCount(line, limit: 30) >= 8
    }

    /// Whether `line` ends on a reporting verb after a comma ("…, officials said"), as a
    /// sentence does and a headline does not.
    static func endsOnAttribution(_ line: String) -> Bool {
        guard let comma = line.lastIndex(of: ",") else { return false }
        let tail = Words.lowercased(line[comma...])
        return (2...4).contains(tail.count) && tail.last.map { ["said", "say", "says", "reported"].contains($0) } == true
    }

    /// A headline: up to 20 words (headlines run longer than section headings), without final
    /// punctuation or a question.
    static func isHeadline(_ line: String) -> Bool { isTitle(line, maxWords: 20) }

    /// A short line without final punctuation, or a short question: a section heading.
    static func isHeading(_ line: String) -> Bool { isTitle(line, maxWords: 12) }

    /// A section's name on a line of its own ("World", "Asia", "Middle East"), or a path of them
    /// ("Asia / South Asia"): one to four capitalised words of letters, parted by slashes. A
    /// section's name may also stand before a bar and a rubric ("Asia | Frenemies at war", as
    /// The Economist prints it): up to eight words, unpunctuated.
    static func isSectionName(_ line: String) -> Bool {
        // Both shapes have at most nine words: a body paragraph is turned away before any search.
        guard Words.spaceSeparatedCount(line, limit: 10) <= 9 else { return false }
        if line.utf8.contains(0x7C), let bar = line.range(of: " | ") ?? line.range(of: "|"), case let rubric = line[bar.upperBound...],
           !rubric.isEmpty, isSectionName(String(line[..<bar.lowerBound])), rubric.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "’" || $0 == "'" }) {
            return true
        }
        let parts = line.split(separator: " ")
        let words = parts.filter { $0 != "/" && $0 != ">" && $0 != "|" }
        return (1...(words.count < parts.count ? 4 : 3)).contains(words.count) && words.count * 2 > parts.count
            && words.allSatisfy { w in w.first?.isUppercase == true && w.last?.isLetter == true && w.allSatisfy { $0.isLetter || $0 == "-" } }
    }

    /// A headline over a byline and date line: unpunctuated, or in title case with a full stop.
    static func isHeadlineOverDate(_ line: String) -> Bool { isHeadline(line) || isTitleCasedHeadline(line) }

    /// A page's title, which a section's name or an author's byline may stand over or under: a
    /// headline (``isHeadlineOverDate(_:)``) of five words or more.
    static func isPageTitle(_ line: String) -> Bool { isHeadlineOverDate(line) && Words.spaceSeparatedCount(line, limit: 5) >= 5 }

    /// A headline in title case that ends on a full stop, as some magazines print them ("The
    /// Pakistan-Afghanistan Ceasefire Is Fragile. Here’s Why."): four words or more of four
    /// letters or more, every one capitalised, up to 20 words.
    static func isTitleCasedHeadline(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count <= 20, let last = line.last, ".!".contains(last) else { return false }
        let long = words.filter { $0.prefix(while: \.isLetter).count >= 4 }
        return long.count >= 4 && long.allSatisfy { $0.first?.isUppercase == true }
    }

    /// At most `maxWords` words, ending without final punctuation or with a question mark. A
    /// closing quotation mark right after a word ("…has cost both sides ‘billions’") ends a
    /// quoted word, not a sentence (which closes with ".’" or ".”").
    static func isTitle(_ line: String, maxWords: Int) -> Bool {
        guard Words.spaceSeparatedCount(line, limit: maxWords + 1) <= maxWords, let last = line.last else { return false }
        if last == "’" || last == "”", let before = line.dropLast().last, before.isLetter || before.isNumber { return true }
        return last == "?" || !".!”\"’…".contains(last)
    }
}
