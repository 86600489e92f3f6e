import Foundation

/// Reads an article's header: its headline, standfirst and publication date from the lines
/// around a "Published" line, a date line or dated byline under the headline, a record's
/// "Title:"/"Date:" fields, or a print edition's credit at its end.
///
/// Requires: the lines of one article (``ArticleSlice``) and their debris kinds.
/// Example: `["Six soldiers martyred", "Published On 8 Oct 20258 Oct 2025", "Share", "Lede …"]` →
/// `headline: 0`, `published: 2025-10-08`.
public enum ArticleHeader {
    /// A record-style dump ("Title: …", "Date: …", "URL: …", then the text): each title field
    /// opens an article, whose headline it is; its date field is the publication date.
    static func records(_ lines: [Substring], kinds: [String?]) -> [ArticleSlice] {
        var starts = lines.indices.filter { kinds[$0] == "title-field" }
        // Text before the first title field is an article of its own; debris alone there joins
        // the first record.
        if let first = starts.first, first > 0, lines[..<first].indices.contains(where: { kinds[$0] == nil }) {
            starts.insert(0, at: 0)
        } else if !starts.isEmpty {
            starts[0] = 0
        }
        return starts.indices.map { n in
            let last = n + 1 < starts.count ? starts[n + 1] - 1 : lines.count - 1
            var slice = ArticleSlice(lines: starts[n]...last, cue: "title-field")
            readFields(&slice, lines: lines, kinds: kinds)
            return slice
        }
    }

    /// A record's title and date fields, which sit together at its top, before its first body
    /// line; false when it has no title field.
    @discardableResult
    static func readFields(_ slice: inout ArticleSlice, lines: [Substring], kinds: [String?]) -> Bool {
        let top = slice.lines.prefix { kinds[$0] != nil }
        guard let title = top.first(where: { kinds[$0] == "title-field" }) else { return false }
        slice.headline = title
        if let i = top.first(where: { kinds[$0] == "date-field" || kinds[$0] == "published-line" }), let day = publishedDate(lines[i]) {
            slice.published = day
            slice.publishedSource = .line
        }
        return true
    }

    /// The value of a field line ("Title: Six soldiers martyred" → "Six soldiers martyred").
    static func fieldValue(_ line: Substring) -> Substring {
        guard let colon = line.firstIndex(of: ":") else { return line }
        return line[line.index(after: colon)...].drop { $0 == " " }
    }

    /// Standfirst, headline and published date from the slice's opening lines, else the date of
    /// a print edition's credit at its end.
    static func read(_ slice: inout ArticleSlice, lines: [Substring], kinds: [String?]) {
        if readFields(&slice, lines: lines, kinds: kinds) { return }
        // A report's title that carries its date is the headline and dates the article.
        if let top = slice.lines.first(where: { kinds[$0] != "blank" }), kinds[top] == "dated-title" {
            slice.headline = top
            if let day = publishedDate(lines[top]) {
                slice.published = day
                slice.publishedSource = .line
            }
            return
        }
        // Sections' names over the headline ("World", "Asia", as the Washington Post and The
        // Independent print them) are neither headline nor body.
        let sections = ArticleHeader.sectionLines(slice, lines: lines, kinds: kinds)
        // The first four lines that are not blank: scrapes often keep a blank line between the
        // headline, the standfirst and the Published line. A photo between them (its caption and
        // credit, as the Financial Times sets it under the standfirst) is not counted either.
        // Nor is a key-points list under the headline ("Story highlights" and its items): they
        // stay body.
        let keyPoints = ArticleHeader.keyPointsLines(slice, lines: lines, kinds: kinds)
        // Nor is the site's chrome scraped above the page ("Menu", "Newsletter", "Advertisement").
        let opening = slice.lines.lazy.filter {
            kinds[$0] != "blank" && !sections.contains($0) && !keyPoints.contains($0)
                && !ArticleHeader.photoKinds.contains(kinds[$0] ?? "") && !ArticleHeader.chromeKinds.contains(kinds[$0] ?? "")
        }.prefix(4)
        for i in opening where kinds[i] == "published-line" {
            slice.sections = sections
            if let day = publishedDate(lines[i]) {
                slice.published = day
                slice.publishedSource = .line
            }
            // Body lines before the Published line: the standfirst, and a headline above it; a
            // lone unpunctuated line is the headline.
            let before = slice.lines.filter { $0 < i && kinds[$0] == nil && !sections.contains($0) && !keyPoints.contains($0) }
            // A one-sentence question is a headline too ("Explainer: Why is violence rising in
            // Pakistan's northwest?"); a standfirst that ends by asking one has sentences before.
            if before.count == 1, case let lone = Words.trimmed(lines[before[0]]), ArticleSplitter.isHeadline(lone),
               lone.last != "?" || ArticleSplitter.sentenceCount(lone) == 1 {
                slice.headline = before[0]
                return
            }
            if let last = before.last { slice.standfirst = last }
            if before.count >= 2, ArticleSplitter.isHeadline(Words.trimmed(lines[before[before.count - 2]])) {
                slice.headline = before[before.count - 2]
            }
            return
        }
        // A date line or dated byline under the headline (and a standfirst and byline, if any):
        // at most three body lines come before it, so a date line further down (a live page's
        // entries) is not taken for the header's.
        // An update stamp ("Last updated: November 12, 2025") dates the header too when body
        // follows it (at a page's end it closes the page). A key-points list between headline and
        // date ("Highlights", then its items, as Gulf News prints it) is body, not header.
        var bodyBefore: [Int] = []
        for i in slice.lines.lazy.filter({ kinds[$0] != "blank" && !ArticleHeader.chromeKinds.contains(kinds[$0] ?? "") }).prefix(8 + sections.count + keyPoints.count) where !sections.contains(i) && !keyPoints.contains(i) {
            if let kind = kinds[i], dateKinds.contains(kind) || kind == "updated-line" && slice.lines.contains(where: { $0 > i && kinds[$0] == nil }) {
                guard let day = publishedDate(lines[i]) else { break }
                slice.published = day
                slice.publishedSource = .line
                slice.dateLine = i
                slice.sections = sections
                if let first = bodyBefore.first, ArticleSplitter.isHeadlineOverDate(Words.trimmed(lines[first])) {
                    slice.headline = first
                    if bodyBefore.count >= 2 { slice.standfirst = bodyBefore[1] }
                } else if bodyBefore.count == 1 {
                    slice.standfirst = bodyBefore[0]
                }
                return
            }
            if kinds[i] == nil {
                bodyBefore.append(i)
                if bodyBefore.count > 3 { break }
            }
        }
        // A source link at the top: a headline-shaped line above it is the headline, and a date
        // in its path ("…/news/2025/10/12/…") the article's.
        if let i = slice.lines.prefix(4).first(where: { kinds[$0] == "url-line" }) {
            if let first = slice.lines.first(where: { kinds[$0] == nil }), first < i, ArticleSplitter.isHeadline(Words.trimmed(lines[first])) {
                slice.headline = first
            }
            if let day = urlDate(lines[i]) {
                slice.published = day
                slice.publishedSource = .line
                return
            }
        }
        if let i = slice.lines.last(where: { kinds[$0] == "print-credit" }), let day = publishedDate(lines[i]) {
            slice.published = day
            slice.publishedSource = .line
        }
    }

    /// Headings of a key-points list under a page's headline.
    static let keyPointsHeadings: WordSet = ["highlights", "story highlights", "key points", "key takeaways", "at a glance", "in brief", "quick read", "quick reads", "in short", "summary"]

    /// Whether a (trimmed) line is a key-points list's heading ("Story highlights").
    static func isKeyPointsHeading(_ line: some StringProtocol) -> Bool {
        line.utf8.count <= 20 && keyPointsHeadings.contains(line.lowercased())
    }

    /// A key-points list right under the headline, before the header's date: its heading
    /// ("Highlights") and its items (short lines without a final full stop), or none.
    static func keyPointsLines(_ slice: ArticleSlice, lines: [Substring], kinds: [String?]) -> [Int] {
        let body = slice.lines.lazy.filter { kinds[$0] == nil }.prefix(8)
        guard let heading = body.dropFirst().prefix(2).first(where: { isKeyPointsHeading(Words.trimmed(lines[$0])) }) else { return [] }
        var list = [heading]
        for i in body where i > heading {
            guard ArticleSplitter.isHeadline(Words.trimmed(lines[i])) else { break }
            list.append(i)
        }
        // The list stands in the header only when a date line follows it.
        guard let last = list.last, ArticleSplitter.linesBelow(last, count: 3, kinds: kinds).contains(where: { i in
            slice.lines.contains(i) && kinds[i].map { headerDateKinds.contains($0) || $0 == "updated-line" } == true
        }) else { return [] }
        return list
    }

    /// Debris of the site around a page: navigation labels, sign-up prompts, ad slots.
    static let chromeKinds: WordSet = ["navigation", "newsletter", "advertisement"]

    /// Debris of a photo: its label, caption and credit.
    static let photoKinds: WordSet = ["caption", "image-credit", "image-label", "image-caption-label"]

    /// The first body lines of an article that name its sections over a headline of five words
    /// or more: at most two, each a section's name (``ArticleSplitter/isSectionName(_:)``).
    static func sectionLines(_ slice: ArticleSlice, lines: [Substring], kinds: [String?]) -> [Int] {
        let body = slice.lines.lazy.filter { kinds[$0] == nil }.prefix(3)
        var sections: [Int] = []
        for i in body {
            let line = Words.trimmed(lines[i])
            if sections.count < 2, ArticleSplitter.isSectionName(line) { sections.append(i); continue }
            return ArticleSplitter.isPageTitle(line) ? sections : []
        }
        return []
    }

    /// Day-month-year (with spaces, or hyphens as "28-Oct-2025"), month-day-year (ordinals
    /// allowed), day.month.year, day/month/year and
    /// day-month-year (the numeric forms of Pakistan, India and Europe: "13.10.2025", "16/10/2025",
    /// "26-11-2025"), and year-month-day with hyphens or slashes ("2025-11-26", "2025/11/26").
    static let publishedPattern = try! ICURegex(
        #"(\d{1,2})(?:st|nd|rd|th)?[ -]([A-Za-z]{3,9})\.?(?:,? | ,|,|-)(\d{4})|([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})|\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)|\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)"#)

    /// The first date of a line that states when the article was published ("Published On 26 Oct
    /// 202526 Oct 2025", "Published 03 Nov, 2025 09:00am", "Published: 09 October ,2025: 11:58 PM
    /// GST" (Al Arabiya's), "05 November,2025 09:21 pm" (Dunya News'), "By Khaama Press - October
    /// 12, 2025", "Aamir Latif |13.10.2025", "Published in Dawn, October 13th, 2025").
    public static func publishedDate(_ line: Substring) -> Day? {
        let units = line.utf16Units
        guard let m = publishedPattern.firstMatch(in: units) else { return nil }
        func group(_ i: Int) -> String? { m.group(i, in: units) }
        func number(_ i: Int) -> Int? { group(i).flatMap { Int($0) } }
        if let d = number(1), let mon = group(2), let y = number(3), let month = CalendarNames.month(mon) {
            return Day(y, month, d)
        }
        if let mon = group(4), let d = number(5), let y = number(6), let month = CalendarNames.month(mon) {
            return Day(y, month, d)
        }
        // Day first ("13.10.2025", "16/10/2025", as in Pakistan and Britain), unless only the
        // other order is a date ("10/16/2025"). When both orders are dates and the line goes on
        // to write the date in words ("10/12/2025October 12, 2025", as DW prints it), the words
        // decide.
        if let d = number(7), let month = number(8), let y = number(9) {
            let end = m.range(at: 0).upperBound
            if d <= 12, month <= 12, d != month, end < units.count,
               let next = publishedPattern.firstMatch(in: units, range: NSRange(location: end, length: units.count - end)),
               let mon = next.group(2, in: units) ?? next.group(4, in: units), let named = CalendarNames.month(mon),
               named == d || named == month {
                return named == d ? Day(y, d, month) : Day(y, month, d)
            }
            return month > 12 && d <= 12 ? Day(y, d, month) : Day(y, month, d)
        }
        if let y = number(10), let month = number(11), let d = number(12) { return Day(y, month, d) }
        return nil
    }

    /// A date written into a page's address as path segments: "/2025/10/12/" (year, month, day),
    /// "/20251012/", or "/2025-10-12/"; nil when the path holds none.
    static let urlDatePattern = try! ICURegex(#"/(20\d{2}|19\d{2})(?:/(\d{1,2})/(\d{1,2})|-(\d{2})-(\d{2})|(\d{2})(\d{2}))(?:/|[-_]|$)"#)

    public static func urlDate(_ line: Substring) -> Day? {
        let units = line.utf16Units
        guard let m = urlDatePattern.firstMatch(in: units), let y = m.group(1, in: units).flatMap({ Int($0) }) else { return nil }
        for (mo, d) in [(2, 3), (4, 5), (6, 7)] {
            if let month = m.group(mo, in: units).flatMap({ Int($0) }), let day = m.group(d, in: units).flatMap({ Int($0) }) {
                return Day(y, month, day)
            }
        }
        return nil
    }

    /// Kinds of line that state the publication date in an article's header, under the headline.
    static let dateKinds: WordSet = ["date-line", "byline-dated"]

    /// Those and the Published line: every kind of line that dates an article in its header.
    static let headerDateKinds = WordSet(dateKinds.words + ["published-line"])
}
