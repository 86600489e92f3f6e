import Foundation

/// Tells, for each line of an article or dump, whether it is scraping debris and of which kind.
///
/// Besides the rules of ``DebrisRules`` it recognises embedded posts (X/Twitter) as pasted by
/// scrapers: the post's last paragraph is cut with an ellipsis ("…"), and paragraphs of the same
/// post just before it share its vocabulary but carry no attribution ("said", "according to").
public struct DebrisClassifier: Sendable {
    public let rules: DebrisRules

    public init(rules: DebrisRules) { self.rules = rules }

    /// One kind per line, or nil for a body line. Blank lines are `blank`.
    public func classify(_ lines: [Substring]) -> [String?] {
        var kinds = [String?](repeating: nil, count: lines.count)
        // The kind of the last line that is not blank: a dump may set blank lines between all
        // its paragraphs, and a rule for the line after a kind looks past them.
        var previous: String?
        for (i, raw) in lines.enumerated() {
            let line = Words.trimmed(raw)
            if line.isEmpty { kinds[i] = "blank"; continue }
            kinds[i] = match(line, previous: previous)
            previous = kinds[i]
        }
        markMenus(lines, &kinds)
        markEmbeddedPosts(lines, &kinds)
        markTrailingRelatedStories(lines, &kinds)
        markHeadlinesUnderHeading(lines, &kinds)
        markBylineNames(lines, &kinds)
        markBylineAuthorBios(lines, &kinds)
        return kinds
    }

    /// A site's menu copied with a page: four or more lines in a row (blank lines between them
    /// aside), each one to three name-shaped words (``isNameWord``: "Latest", "Pakistan", "World",
    /// "Sports"), are `navigation` — no rule needs to know the menu's label. Lines a rule named
    /// otherwise (a section's tags, a byline) end the run.
    func markMenus(_ lines: [Substring], _ kinds: inout [String?]) {
        func isItem(_ i: Int) -> Bool {
            // (Paragraphs, most lines, are ruled out by their length before any copy is made.)
            guard kinds[i] == nil || kinds[i] == "navigation", lines[i].utf8.count <= 40 else { return false }
            let line = Words.trimmed(lines[i])
            guard line.utf8.count <= 30 else { return false }
            let words = line.split(separator: " ")
            return (1...3).contains(words.count) && words.allSatisfy(DebrisClassifier.isNameWord)
        }
        var run: [Int] = []
        func close() {
            if run.count >= 4 { for i in run where kinds[i] == nil { kinds[i] = "navigation" } }
            run = []
        }
        for i in lines.indices where kinds[i] != "blank" {
            if isItem(i) { run.append(i) } else { close() }
        }
        close()
    }

    /// "Abdul Basit is a senior associate fellow at …" ending a page bylined "By Abdul Basit": a
    /// biography of the byline's author, who is named in the byline above it (up to 80 lines
    /// back). An opinion page without a disclaimer (The Diplomat's) ends with one.
    func markBylineAuthorBios(_ lines: [Substring], _ kinds: inout [String?]) {
        var bylines: [Int] = []
        for i in lines.indices {
            if kinds[i] == "byline" || kinds[i] == "byline-dated" { bylines.append(i); continue }
            guard kinds[i] == nil, !bylines.isEmpty, i - bylines.last! <= 80 else { continue }
            let line = Words.trimmed(lines[i])
            guard let first = line.first, first.isUppercase, Words.contains(line, literal: " is ") else { continue }
            guard let name = DebrisClassifier.bioName(line[...]) else { continue }
            if bylines.reversed().prefix(while: { i - $0 <= 80 }).contains(where: { lines[$0].contains(name) }) { kinds[i] = "author-bio" }
        }
    }

    /// The name that opens a biography ("Abdul Basit is a senior fellow…" → "Abdul Basit"): two to
    /// four capitalised words before " is a", " is an", " is the" or " is currently", or nil.
    static func bioName(_ line: Substring) -> Substring? {
        guard let range = line.range(of: " is ") else { return nil }
        let rest = line[range.upperBound...]
        guard ["a ", "an ", "the ", "currently ", "also ", "now "].contains(where: { rest.hasPrefix($0) }) else { return nil }
        let name = line[..<range.lowerBound]
        let words = name.split(separator: " ")
        guard (2...4).contains(words.count), words.allSatisfy(isNameWord) else { return nil }
        return name
    }

    /// A capitalised word of a person's name: letters, dots, hyphens and apostrophes.
    static func isNameWord(_ w: Substring) -> Bool {
        w.first?.isUppercase == true && w.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" || $0 == "’" || $0 == "'" }
    }

    /// An author's name on the line above a byline role ("Caroline Davies" over "BBC Pakistan
    /// correspondent"): two to four capitalised words, nothing else.
    ///
    /// Above a date line, the names may go on with where they report from and the wires used
    /// ("Shah Meer Baloch in Islamabad and agencies"), and under a headline an outlet's one-word
    /// name stands there too ("Tolonews").
    func markBylineNames(_ lines: [Substring], _ kinds: inout [String?]) {
        /// "Kabul, Afghanistan": one or two capitalised words, a comma, one or two more.
        func isPlaceAndCountry(_ line: String) -> Bool {
            let parts = line.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[1].first == " " else { return false }
            return parts.allSatisfy { part in
                let words = part.split(separator: " ")
                return (1...2).contains(words.count) && words.allSatisfy { w in w.first?.isUppercase == true && w.allSatisfy(\.isLetter) }
            }
        }
        // ("Map Shows Where Pakistan and Afghanistan Have Clashed": a title-cased headline's
        // halves are no names, their function words tell.)
        func isName(_ words: ArraySlice<Substring>) -> Bool {
            (2...4).contains(words.count) && words.allSatisfy(DebrisClassifier.isNameWord)
                && !words.contains { DebrisClassifier.notInNames.contains($0.lowercased()) }
        }
        /// Whether line `i` is a name alone.
        func isNameLine(_ i: Int) -> Bool { isName(Words.trimmed(lines[i]).split(separator: " ")[...]) }
        for i in lines.indices where kinds[i] == "byline" || kinds[i] == "date-line" || kinds[i] == "published-line" {
            // An agency's name right over the date ("Reuters", then "Published: 8:30pm, 20 Oct
            // 2025", as the South China Morning Post credits a wire story) is the byline, not a
            // photo's credit.
            if kinds[i] != "byline", let above = DebrisClassifier.lineAbove(i, kinds), kinds[above] == "image-credit",
               DebrisClassifier.agencies.contains(Words.trimmed(lines[above])) {
                kinds[above] = "byline"
            }
            // "Ayaz Gul" under the date and over a dateline lede ("ISLAMABAD — …"), as VOA prints
            // it: the lede's dateline rules out a headline under a date.
            if kinds[i] != "byline", let below = DebrisClassifier.lineBelow(i, kinds), kinds[below] == nil,
               isNameLine(below),
               let lede = DebrisClassifier.lineBelow(below, kinds), kinds[lede] == nil, ArticleSplitter.isDateline(lines[lede]) {
                kinds[below] = "byline"
            }
            // "Frud Bezhan", "Abubakar Siddique": authors one per line under the date of a page
            // whose headline stands over that date, and over a lede of a dozen words or more.
            if kinds[i] != "byline", let headline = DebrisClassifier.lineAbove(i, kinds), kinds[headline] == nil {
                var names: [Int] = []
                var next = DebrisClassifier.lineBelow(i, kinds)
                while let n = next, names.count < 3, kinds[n] == nil, isNameLine(n) {
                    names.append(n)
                    next = DebrisClassifier.lineBelow(n, kinds)
                }
                if !names.isEmpty, let lede = next, kinds[lede] == nil, Words.spaceSeparatedCount(Words.trimmed(lines[lede]), limit: 12) >= 12 {
                    for n in names { kinds[n] = "byline" }
                }
            }
            guard let name = DebrisClassifier.lineAbove(i, kinds), kinds[name] == nil else { continue }
            // "Sharif Amiry", then "Kabul, Afghanistan", then the date: where the author files
            // from, between the name and the date.
            if kinds[i] != "byline", let above = DebrisClassifier.lineAbove(name, kinds), kinds[above] == nil,
               isNameLine(above), isPlaceAndCountry(Words.trimmed(lines[name])) {
                kinds[name] = "byline"
                kinds[above] = "byline"
                continue
            }
            var words = Words.trimmed(lines[name]).split(separator: " ")[...]
            // "Updated 08 October 2025", "Saima Shabbir", then "October 08, 2025 21:14" (Arab
            // News): a bare name between two of the header's dates is its author, not a headline.
            if kinds[i] != "byline", isName(words), let above = DebrisClassifier.lineAbove(name, kinds),
               ArticleHeader.headerDateKinds.contains(kinds[above] ?? "") {
                kinds[name] = "byline"
                continue
            }
            let count = words.count
            if kinds[i] == "byline" {
                // ("Caroline Davies and Yogita Limaye" over "BBC News": two authors over the outlet.)
                let authors = DebrisClassifier.authors(words)
                if isName(words) || authors.count > 1 && authors.allSatisfy({ isName($0) }) { kinds[name] = "byline" }
                continue
            }
            if words.suffix(2).elementsEqual(["and", "agencies"]) { words = words.dropLast(2) }
            // "Shah Meer Baloch in Quetta and Akhtar Mohammad Makoii in Kandahar": each author with
            // where they file from.
            let authors = DebrisClassifier.authors(words)
            let placed = authors.count > 1 || authors.first.map { $0.count < words.count } == true
            // A bare name above the date is a byline only under a headline: alone, it may be the
            // headline itself.
            let stripped = words.count < count || placed || words.first == "By"
            let underBodyLine = DebrisClassifier.lineAbove(name, kinds).map { kinds[$0] == nil } == true
            guard stripped || underBodyLine else { continue }
            if words.first == "By" { words = words.dropFirst() }
            // An outlet's name alone under the headline and standfirst ("Tolonews", then the date).
            let outlet = underBodyLine && words.count == 1 && words.first.map { w in
                w.count >= 3 && w.first?.isUppercase == true && w.allSatisfy { $0.isLetter || $0 == "." }
            } == true
            let named = placed ? authors.allSatisfy { isName($0) } : isName(words)
            if named || outlet { kinds[name] = "byline" }
        }
    }

    /// English function words, which no person's or outlet's name holds (but "May" and "Will"
    /// name people, and "The", "New", a weekday or a number name outlets: "The New York Times",
    /// "The Friday Times").
    static let notInNames = Stopwords.english.subtracting([
        "may", "will", "can", "the", "new", "one", "two", "three", "four", "five", "first",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ])

    /// News agencies whose name alone may credit a photo or, over a date, a story.
    static let agencies: WordSet = ["Reuters", "AFP", "AP", "Xinhua", "Anadolu", "Anadolu Agency", "EPA", "Bloomberg"]

    /// The authors of a byline's words, each without where they file from: "Shah Meer Baloch in
    /// Quetta and Akhtar Mohammad Makoii in Kandahar" → ["Shah Meer Baloch", "Akhtar Mohammad
    /// Makoii"]. Authors are parted by "and" or a comma; a place is one to three capitalised words
    /// after "in". One part, returned whole, when the words hold no second author or place.
    static func authors(_ words: ArraySlice<Substring>) -> [ArraySlice<Substring>] {
        var parts: [ArraySlice<Substring>] = []
        var part: [Substring] = []
        func close() {
            if let i = part.lastIndex(of: "in"), i > 0, (1...3).contains(part.count - i - 1),
               part[(i + 1)...].allSatisfy({ $0.first?.isUppercase == true }) { part.removeSubrange(i...) }
            parts.append(part[...])
            part = []
        }
        for word in words {
            if word == "and" { close(); continue }
            if word.hasSuffix(","), word.count > 1 { part.append(word.dropLast()); close(); continue }
            part.append(word)
        }
        close()
        return parts
    }

    /// A related-stories heading ("Related", "More on this story") whose lines down to the end
    /// of the input are all headline-shaped (no final full stop, at most 25 words) is the page's
    /// closing list of links: those lines are `related-headline`, and a date line under one of
    /// them `related-date`.
    func markTrailingRelatedStories(_ lines: [Substring], _ kinds: inout [String?]) {
        guard let heading = kinds.lastIndex(where: { $0 == "recommended" }) else { return }
        var headlines: [Int] = []
        var dates: [Int] = []
        for i in (heading + 1)..<lines.count {
            // A date under a linked headline ("Published", then "12 October 2025", as a BBC page
            // lists them) is the story's, not the text's.
            if kinds[i] == "date-line", !headlines.isEmpty { dates.append(i); continue }
            guard kinds[i] == nil else { continue }
            let text = Words.trimmed(lines[i])
            guard Words.spaceSeparatedCount(text, limit: 26) <= 25, let last = text.last, !".!”\"’…:".contains(last) else { return }
            headlines.append(i)
        }
        for i in headlines { kinds[i] = "related-headline" }
        for i in dates { kinds[i] = "related-date" }
    }

    /// The links right under a related-stories heading inside the body ("Most Read", then "Trump
    /// says he will solve crisis", "Gaza ceasefire holds"): two or more headline-shaped lines (no
    /// final punctuation, at most 20 words) up to the first line that is not one. One such line
    /// alone may be the next article's headline ("Related", then a headline and its lede), and a
    /// heading over a list marker (Al Jazeera's "Recommended Stories") is left to the list rules.
    func markHeadlinesUnderHeading(_ lines: [Substring], _ kinds: inout [String?]) {
        func isLink(_ i: Int) -> Bool {
            guard kinds[i] == nil else { return false }
            let text = Words.trimmed(lines[i])
            return Words.spaceSeparatedCount(text, limit: 21) <= 20 && text.last.map { !".!?”\"’…:".contains($0) } == true
        }
        for h in lines.indices where kinds[h] == "recommended" {
            var end = h + 1
            while end < lines.count, isLink(end) { end += 1 }
            guard end - (h + 1) >= 2 else { continue }
            // The last title over a standfirst and a date line is the next article's headline
            // ("Read more", a linked title, then "Pakistan and Afghanistan trade blame…", its
            // summary and "10/15/2025October 15, 2025", as a DW page follows a France 24 one;
            // with a byline between summary and date, as Hindustan Times prints it).
            var below = DebrisClassifier.lineBelow(end, kinds)
            while let b = below, kinds[b] == "byline" { below = DebrisClassifier.lineBelow(b, kinds) }
            if kinds[end - 1] != "blank", let date = below, ArticleHeader.headerDateKinds.contains(kinds[date] ?? "") {
                end -= 1
            }
            for i in (h + 1)..<end { kinds[i] = "related-headline" }
        }
    }

    func match(_ line: String, previous: String?) -> String? {
        var utf8 = line
        return utf8.withUTF8 { bytes in match(line, bytes, previous: previous) }
    }

    private func match(_ line: String, _ bytes: UnsafeBufferPointer<UInt8>, previous: String?) -> String? {
        // UTF-16 length is never above UTF-8 length: it is counted only for a line whose bytes
        // exceed a rule's limit (every byte but a continuation byte starts a unit, a four-byte
        // sequence two).
        var length16 = -1
        var units: [UInt16]?  // made for the first rule whose cheap checks pass
        var lowered: [UInt8]?  // the line in ASCII lower case, made for the first literal test
        // The byte pairs of `lowered`, made with it: most literals are ruled out by a pair the
        // line lacks, before any search of the line.
        var pairs: DebrisRules.BytePairs?
        // Rules are read in place: copying each out would retain and release its arrays, once per
        // rule per line.
        return rules.rules.withUnsafeBufferPointer { rules -> String? in
            for r in rules.indices {
                let maxChars = rules[r].maxChars
                if bytes.count > maxChars {
                    if length16 < 0 { length16 = bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : $1 >= 0xF0 ? 2 : 1) } }
                    if length16 > maxChars { continue }
                }
                if let after = rules[r].after, after != previous { continue }
                if !rules[r].requires.isEmpty || !rules[r].prefixes.isEmpty {
                    if lowered == nil {
                        lowered = bytes.map(DebrisRules.asciiLowercased)
                        pairs = DebrisRules.BytePairs(lowered!)
                    }
                    let admitted = lowered!.withUnsafeBufferPointer { lower in
                        rules[r].prefixes.contains(where: { DebrisClassifier.opens(lower, with: $0) })
                            || rules[r].requires.indices.contains(where: { l in
                                pairs!.containsAll(rules[r].requiredPairs[l]) && Words.occurrences(of: rules[r].requires[l], in: lower, upTo: 1) > 0
                            })
                    }
                    if !admitted { continue }
                }
                if units == nil { units = UTF16.units(fromUTF8: bytes) }
                if rules[r].pattern.firstMatch(in: units!) != nil { return rules[r].kind }
            }
            return nil
        }
    }

    /// Whether `bytes` open with `prefix` (compared with memcmp, not a generic sequence walk).
    static func opens(_ bytes: UnsafeBufferPointer<UInt8>, with prefix: String) -> Bool {
        var prefix = prefix
        return prefix.withUTF8 { p in p.count <= bytes.count && memcmp(bytes.baseAddress!, p.baseAddress!, p.count) == 0 }
    }

    /// A body line cut with a trailing ellipsis and no closing quotation is the end of an embedded
    /// post; up to two body lines before it join the post when they share a content word with it
    /// and carry no attribution or quotation.
    func markEmbeddedPosts(_ lines: [Substring], _ kinds: inout [String?]) {
        for i in lines.indices where kinds[i] == nil {
            let text = Words.trimmed(lines[i])
            guard text.hasSuffix("…") || text.hasSuffix("...") else { continue }
            if Words.hasQuotation(text) { continue }
            let all = DebrisClassifier.words(text)
            if DebrisClassifier.hasAttribution(text) { continue }
            let words = all.subtracting(Stopwords.english)
            kinds[i] = "x-post"
            // Up to two lines above it, past blank lines.
            var above = DebrisClassifier.lineAbove(i, kinds)
            for _ in 0..<2 {
                guard let j = above, kinds[j] == nil else { break }
                let previous = lines[j]
                let pw = DebrisClassifier.words(previous)
                let quoted = Words.hasQuotation(previous)
                guard !quoted, !DebrisClassifier.hasAttribution(previous),
                      !pw.subtracting(Stopwords.english).isDisjoint(with: words) else { break }
                kinds[j] = "x-post"
                above = DebrisClassifier.lineAbove(j, kinds)
            }
        }
    }

    /// The nearest line above line `i` that is not blank (a dump may set blank lines between all
    /// its lines), or nil.
    static func lineAbove(_ i: Int, _ kinds: [String?]) -> Int? {
        (0..<i).last { kinds[$0] != "blank" }
    }

    /// The next line that is not blank, if any.
    static func lineBelow(_ i: Int, _ kinds: [String?]) -> Int? {
        (i + 1..<kinds.count).first { kinds[$0] != "blank" }
    }

    /// A reporting verb used as attribution ("the army said"), not as an adjective after a
    /// preposition or article ("on reported presence", "the reported attack").
    static func hasAttribution(_ s: some StringProtocol) -> Bool {
        let tokens = Words.lowercased(s)
        for (k, token) in tokens.enumerated() where DebrisRules.reportingWords.contains(token) {
            if k > 0, ["on", "the", "a", "an", "of", "its", "their"].contains(tokens[k - 1]) { continue }
            return true
        }
        return false
    }

    static func words(_ s: some StringProtocol) -> Set<String> {
        Set(Words.lowercased(s).filter { $0.utf8.count > 2 })
    }
}
