import Foundation

/// Infers the publication date of articles that do not state one, from their own text and, in a
/// dump ordered by date, from their neighbours.
///
/// Evidence, in order of use:
/// 1. Full dates in past context ("October 16, 2025" in a caption) give a lower bound; dates in
///    future context ("scheduled … on October 25", "until August 31") give none. A statistic
///    over part of a year ("the first three quarters of 2025") gives a loose one (October 1),
///    used only when nothing else dates the article. A month named alone in past context ("in
///    July alone") raises the bound to its first day when a newer neighbour caps it.
/// 2. Neighbours: in a dump whose stated dates run newest first (or oldest first), an article
///    lies between its dated neighbours.
/// 3. A weekday holiday reference ("before Thursday's Independence Day holiday") pins a week;
///    with no year from the evidence above, it finds the year too, from the latest year the text
///    names (or, naming none, the earliest of the input's dated articles), and so do a wire
///    dateline's day and the weekdays ("ISLAMABAD, Oct 12 (Reuters) - … on Sunday"). With a year from the bounds, the dateline's day is the date, when it lies
///    between them.
/// 4. Weekday references ("on Sunday") are read as the most recent such day; the date chosen
///    makes them most recent: it minimises their total distance back from publication.
/// An article with no evidence of its own takes the midpoint of its dated neighbours, or without
/// them the end of a statistic's period.
public struct PublicationDateInferrer: Sendable {
    public var holidays: Holidays

    public init(holidays: Holidays) { self.holidays = holidays }

    struct Evidence {
        var lowerBound: Day?
        var upperBound: Day?
        /// Weekdays named in past context; `strict` for "last Wednesday", which the resolver
        /// reads as strictly before publication.
        var weekdays: [(day: Int, strict: Bool)] = []
        /// Days named without a year; `later` is the gap the text sets after the day ("came nine
        /// days after … on May 10": 9), the day of what it reports.
        var yearlessDays: [(month: Int, day: Int, future: Bool, later: Int)] = []
        /// Months named alone in past context ("in July alone, 80,000 crossed"): publication
        /// comes after the month began.
        var pastMonths: [Int] = []
        var holidayRefs: [(name: String, weekday: Int, future: Bool)] = []
        /// The day after a statistic's period ("the first three quarters of 2025": October 1): a
        /// loose lower bound, used only when nothing else gives the year.
        var periodEnd: Day?
        /// The latest year the text names ("since 2021"): publication is in it or after, the
        /// floor from which a holiday's weekday finds the year when nothing else gives one.
        var latestYear: Int?
        /// The country whose holiday a reference most likely names: the one the text names most.
        var holidayCountry: String?
        /// The day of a wire dateline without a year ("ISLAMABAD, Oct 12 (Reuters) -"): the day the
        /// report was filed.
        var datelineDay: (month: Int, day: Int)?
        var isEmpty: Bool { lowerBound == nil && weekdays.isEmpty && yearlessDays.isEmpty && holidayRefs.isEmpty }
    }

    /// Dates the slices that state no date. `order` is the dump's date order where the slices
    /// are a piece of it (``DumpStream``): it stands when the slices state fewer than two dates.
    public func infer(_ slices: inout [ArticleSlice], lines: [Substring], kinds: [String?], order: Int = 0) {
        let stated = slices.enumerated().compactMap { i, s in s.published.map { (i, $0) } }
        // Direction of the dump: +1 newest first, -1 oldest first, 0 unknown.
        var direction = stated.count >= 2 ? PublicationDateInferrer.order(of: stated.map(\.1)) : order
        // Only articles that state no date need evidence.
        let evidence = slices.map { slice in
            slice.published != nil ? Evidence() : collect(lines: slice.lines.map { lines[$0] }, kinds: slice.lines.map { kinds[$0] })
        }

        func neighbours(_ i: Int) -> (newer: Day?, older: Day?) {
            guard direction != 0 else { return (nil, nil) }
            let before = slices[..<i].last(where: { $0.published != nil })?.published
            let after = slices[(i + 1)...].first(where: { $0.published != nil })?.published
            return direction == 1 ? (before, after) : (after, before)
        }

        // Articles with evidence of their own, newest first so each can bound the next; those
        // whose wire dateline states the day first, so that a weaker guess does not bound them.
        /// Dates slice `i` from evidence `e` and its neighbours, when they give a day.
        func date(_ i: Int, from e: Evidence) {
            let (newer, older) = neighbours(i)
            if let day = choose(e, newer: newer, older: older) {
                slices[i].published = day
                slices[i].publishedSource = .inferred
            }
        }
        func inferFromEvidence() {
            let order = slices.indices.filter { evidence[$0].datelineDay != nil } + slices.indices.filter { evidence[$0].datelineDay == nil }
            for i in order where slices[i].published == nil && !evidence[i].isEmpty { date(i, from: evidence[i]) }
        }
        inferFromEvidence()
        // A dump that states no date (or one) has no order to bound its articles by; the dates its
        // articles' own evidence gave may show one (a caption's "November 25, 2025" at the top,
        // "October 16, 2025" further down). Then the others are dated between them.
        if direction == 0, slices.count >= 3 {
            let dated = slices.compactMap(\.published)
            if dated.count >= 2, dated.count < slices.count {
                direction = PublicationDateInferrer.order(of: dated)
                if direction != 0 { inferFromEvidence() }
            }
        }
        // One stated date and no order from the rest: the dump is taken to run newest first, as
        // the listing pages it was scraped from do (the seed dump does), so the stated date
        // bounds the articles after it from above and those before it from below.
        if direction == 0, stated.count == 1, slices.count >= 2 {
            direction = 1
            inferFromEvidence()
        }
        // An article that names no year, in an input whose other articles are dated, finds its
        // year from theirs: the earliest is the floor from which its dateline and weekdays find
        // it ("Kabul, Nov 22 (PTI) … on Saturday" after an article of 2025).
        if let floor = slices.compactMap(\.published).map(\.year).min() {
            for i in slices.indices where slices[i].published == nil && evidence[i].latestYear == nil && !evidence[i].isEmpty {
                var own = evidence[i]
                own.latestYear = floor
                date(i, from: own)
            }
        }
        // The rest: between their dated neighbours.
        for i in slices.indices where slices[i].published == nil {
            let (newer, older) = neighbours(i)
            switch (newer, older) {
            case let (n?, o?): slices[i].published = Day(ordinal: (n.ordinal + o.ordinal) / 2)
            case let (n?, nil): slices[i].published = n
            case let (nil, o?): slices[i].published = o
            default:
                guard let end = evidence[i].periodEnd else { continue }
                slices[i].published = end
            }
            slices[i].publishedSource = .inferred
        }
    }

    /// The days from `day` back to the most recent of each of `weekdays` (0 for the day's own),
    /// summed: how well a publication day fits the weekdays a text names. A strict one ("last
    /// Wednesday") may lie anywhere from two days to a week back, but not the day before (a report
    /// of Thursday says "on Wednesday"): it costs 2 there and nothing elsewhere.
    static func daysBack(to weekdays: [(day: Int, strict: Bool)], from day: Day) -> Int {
        weekdays.reduce(0) { total, w in
            let back = ((day.weekday - w.day) % 7 + 7) % 7
            guard w.strict else { return total + back }
            return total + (back == 1 ? 2 : 0)
        }
    }

    /// The days in `year` of the holiday `ref` names (of `country`, when given) that fall on its
    /// weekday.
    func holidayDays(_ ref: (name: String, weekday: Int, future: Bool), in year: Int, country: String? = nil) -> [Day] {
        holidays.named(ref.name).compactMap { h -> Day? in
            guard country == nil || h.country == country, let d = Day(year, h.month, h.day), d.weekday == ref.weekday else { return nil }
            return d
        }
    }

    /// The latest year from 1900 to 2099 written alone in `units` (four digits, no digit or
    /// separator around them), or nil.
    static func latestYear(_ units: [UInt16]) -> Int? {
        units.withUnsafeBufferPointer { u in
            var best: Int?
            var i = 0
            while i < u.count {
                guard u[i] &- 0x30 < 10 else { i += 1; continue }
                var j = i + 1
                while j < u.count, u[j] &- 0x30 < 10 { j += 1 }
                // "1,947" or "3.2025" are no years: a digit before a separator before the run.
                let separated = i >= 2 && (u[i - 1] == 0x2C || u[i - 1] == 0x2E || u[i - 1] == 0x2F) && u[i - 2] &- 0x30 < 10
                if j - i == 4, !separated {
                    let y = Int(u[i] - 0x30) * 1000 + Int(u[i + 1] - 0x30) * 100 + Int(u[i + 2] - 0x30) * 10 + Int(u[i + 3] - 0x30)
                    if y >= 1900, y <= 2099, y > (best ?? 0) { best = y }
                }
                i = j
            }
            return best
        }
    }

    /// +1 when `dates` run newest first, -1 oldest first, 0 when neither (or fewer than two).
    public static func order(of dates: [Day]) -> Int {
        guard dates.count >= 2 else { return 0 }
        let pairs = zip(dates, dates.dropFirst())
        return pairs.allSatisfy { $0 >= $1 } ? 1 : pairs.allSatisfy { $0 <= $1 } ? -1 : 0
    }

    func choose(_ e: Evidence, newer: Day?, older: Day?) -> Day? {
        var lo = [e.lowerBound, older].compactMap { $0 }.max()
        var hi = [e.upperBound, newer].compactMap { $0 }.min()
        if lo == nil, hi == nil { lo = e.periodEnd }
        // With no neighbour to bound it, a lower bound from an old full date ("when the Taliban
        // swept into Kabul on August 15, 2021") says little when the text names a year two or
        // more later ("2,400 people in 2024 alone"): the article is from that year or after, and
        // the day cannot be told. (A year just after the bound may be one ahead: "talks in 2026".)
        if newer == nil, older == nil, hi == nil, let low = lo, let named = e.latestYear, named - low.year >= 2 { return nil }
        let year = lo?.year ?? hi?.year
        var dayBound = lo  // the lower bound before months named alone raise it
        // Yearless dates in past context take the reference year and raise the lower bound.
        if let year {
            for d in e.yearlessDays where !d.future {
                if let day = Day(year, d.month, d.day)?.adding(days: d.later), hi.map({ day <= $0 }) ?? true { lo = max(lo ?? day, day) }
            }
            dayBound = lo
            // Only under a known upper bound, which rules out last year's month ("In November, a
            // bombing…" in a March article).
            if let top = hi {
                for mo in e.pastMonths {
                    if let first = Day(year, mo, 1), first <= top { lo = max(lo ?? first, first) }
                }
            }
            for ref in e.holidayRefs {
                let matches = holidayDays(ref, in: year)
                guard matches.count == 1, let h = matches.first else { continue }
                if ref.future { hi = min(hi ?? h.adding(days: -1), h.adding(days: -1)); lo = max(lo ?? h.adding(days: -7), h.adding(days: -7)) }
                else { lo = max(lo ?? h, h); hi = min(hi ?? h.adding(days: 6), h.adding(days: 6)) }
            }
        } else if let floor = e.latestYear, let ref = e.holidayRefs.first {
            // No date gives the year: "before Thursday's Independence Day holiday" in a text
            // whose latest year is 2021 is the first year from 2021 on with August 14 a Thursday.
            guard let country = e.holidayCountry,
                  let h = (floor...(floor + 11)).lazy.compactMap({ y in self.holidayDays(ref, in: y, country: country).first }).first
            else { return nil }
            if ref.future { hi = h.adding(days: -1); lo = h.adding(days: -7) } else { lo = h; hi = h.adding(days: 6) }
        } else if let floor = e.latestYear, !e.weekdays.isEmpty, let dateline = e.datelineDay {
            // No date gives the year: "ISLAMABAD, Oct 12 (Reuters) - Pakistan said on Sunday", in
            // a text whose latest year is 2021, was filed on the first October 12 from 2021 on that
            // the weekdays the text names fit best (a Sunday: 2025). Only a year where they fit
            // within a day on average is taken.
            var best: (day: Day, cost: Int)?
            for y in floor...(floor + 11) {
                guard let day = Day(y, dateline.month, dateline.day) else { continue }
                let cost = PublicationDateInferrer.daysBack(to: e.weekdays, from: day)
                if best == nil || cost < best!.cost { best = (day, cost) }
            }
            guard let best, best.cost <= e.weekdays.count else { return nil }
            return best.day
        }
        // A wire dateline states the day ("ISLAMABAD, Oct 15 (Reuters) -"); the bounds give its
        // year, of those that put it between them.
        if let year, let dateline = e.datelineDay {
            let candidates = [year, year - 1, year + 1].compactMap { Day($0, dateline.month, dateline.day) }
            let fits = candidates.filter { d in (lo.map { d >= $0 } ?? true) && (hi.map { d <= $0 } ?? true) }
            if let day = fits.first {
                // Only a year after the text's lower bound would it fit, when that bound is a plan
                // read as past ("agreed … to hold talks in Istanbul on November 6" under "MOSCOW,
                // October 31"): the dateline's day within a month of the bound is the date.
                if let bound = lo, day - bound > 180, let near = candidates.min(by: { abs($0 - bound) < abs($1 - bound) }), abs(near - bound) <= 31 {
                    return near
                }
                return day
            }
        }
        guard var low = lo ?? hi.map({ $0.adding(days: -13) }) else { return nil }
        // Between neighbours more than four weeks apart, with nothing in the text to raise the
        // bound the older one sets, the two weeks before the newer one: the older may lie in
        // another year, and every weekday would be read there. (A bound from the text — a day it
        // names in the past, "on May 21" — is kept: news follows what it reports.)
        // A month named alone ("In August, the BLA carried out…") is background as often as news:
        // it does not hold the article near it either.
        // Under a newer neighbour with no older one, only a day the text names holds it: "1.1
        // million since July" in a December report sets no day near July.
        var underNewerOnly = false  // the bound set aside, as if the text gave none
        if newer != nil, dayBound.map({ d in older.map { d <= $0 } ?? false }) ?? true, let top = hi, top - low > 28 {
            low = top.adding(days: -13)
            underNewerOnly = older == nil
        }
        let high = min(hi ?? low.adding(days: 13), low.adding(days: 13))
        guard high >= low else { return low }
        if e.weekdays.isEmpty { return low }
        var best = low, bestCost = Int.max
        // With only an upper bound (a newer neighbour, nothing older), of equally fitting days the
        // one nearest that bound: the article sits just below its neighbour in the dump.
        let nearTop = lo == nil && hi != nil || underNewerOnly
        for o in low.ordinal...high.ordinal {
            let p = Day(ordinal: o)
            let cost = PublicationDateInferrer.daysBack(to: e.weekdays, from: p)
            if cost < bestCost || nearTop && cost == bestCost { best = p; bestCost = cost }
        }
        return best
    }

    // MARK: Evidence

    static let fullDate = try! ICURegex(
        #"\b(?:(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]{2,8})\.?,? (\d{4})|([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4}))\b"#)
    static let dayMonth = try! ICURegex(
        #"\b(?:(\d{1,2})(?:-\d{1,2})?(?:st|nd|rd|th)? ([A-Z][a-z]{2,8})|([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?)\b(?!,? \d{4})"#)
    /// "the first three quarters of 2025", "the first nine months of 2025", "the first half of
    /// 2025": a statistic over a finished part of a year, so publication comes after it.
    static let partOfYear = try! ICURegex(
        #"\bfirst (half|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) (?:quarters?|months?)) of (\d{4})\b"#,
        options: [.caseInsensitive])
    /// The first two letters of the month names, as pairs of UTF-16 units.
    static let monthOpenings: [UInt32] = ["Ja", "Fe", "Ma", "Ap", "Ju", "Au", "Se", "Oc", "No", "De"].map { t in
        let u = t.utf16Units
        return UInt32(u[0]) << 16 | UInt32(u[1])
    }
    /// Whether a word opens with the first two letters of a month's name ("Oc", "Se", …), as
    /// every month name and abbreviation the date patterns accept does.
    static func mayNameMonth(_ units: [UInt16]) -> Bool {
        units.withUnsafeBufferPointer { u in
            guard u.count >= 2 else { return false }
            for i in 0..<(u.count - 1) where u[i] &- 0x41 < 26 && (i == 0 || !TextIndex.isLetter(u[i - 1])) {
                if monthOpenings.contains(UInt32(u[i]) << 16 | UInt32(u[i + 1])) { return true }
            }
            return false
        }
    }
    /// The words that put a month named alone in the past ("in July", "since March").
    static let monthOpenersBefore: [[UInt16]] = ["in", "since", "during"].map { Array($0.utf16) }
    /// The months named alone after "in", "since" or "during" ("in July alone"), no day or year
    /// right after them, with the offset (in `units`) where each name starts. A scan of the
    /// units rather than a regular expression: this runs on every line of an undated article.
    static func monthsAlone(_ units: [UInt16]) -> [(month: Int, at: Int)] {
        var out: [(month: Int, at: Int)] = []
        guard units.count >= 6 else { return out }
        /// Whether the word before the space at `i` is `word` (its first letter in either case).
        func wordBefore(_ i: Int, is word: [UInt16]) -> Bool {
            let start = i - word.count
            guard start >= 0, start == 0 || !TextIndex.isLetter(units[start - 1]) else { return false }
            return units[start] | 0x20 == word[0] && units[(start + 1)..<i].elementsEqual(word[1...])
        }
        // Cheap test first, without bounds checks: a capital after "in ", "ce " or "ng ".
        let candidates = units.withUnsafeBufferPointer { u in
            var found: [Int] = []
            for i in 2..<(u.count - 3) where u[i] == 0x20 && u[i + 1] &- 0x41 < 26 {
                let (q, p) = (u[i - 2], u[i - 1])
                if p == 0x6E && (q == 0x69 || q == 0x49) || p == 0x65 && q == 0x63 || p == 0x67 && q == 0x6E { found.append(i) }
            }
            return found
        }
        for i in candidates {
            // The first two letters of a month's name ("Ja", "Fe", …), before any string is made.
            let pair = UInt32(units[i + 1]) << 16 | UInt32(units[i + 2])
            guard monthOpenings.contains(pair), monthOpenersBefore.contains(where: { wordBefore(i, is: $0) }) else { continue }
            var end = i + 1
            while end < units.count, end - i <= 10, (0x41...0x5A).contains(units[end]) || (0x61...0x7A).contains(units[end]) { end += 1 }
            guard end - i - 1 >= 3 else { continue }
            let name = String(utf16: units[(i + 1)..<end])
            guard name.count > 3 || name == "May", let month = CalendarNames.month(name) else { continue }
            // "in July 2024", "in July 14": a day or year follows, which other patterns read.
            if end + 1 < units.count, units[end] == 0x20, (0x30...0x39).contains(units[end + 1]) { continue }
            out.append((month, i + 1))
        }
        return out
    }

    /// "came nine days after", "two weeks after": the gap a text sets between what it reports
    /// and the date it names next in the sentence.
    static let gapPattern = try! ICURegex(
        #"\b(\d{1,2}|"# + DateResolver.countAlternation + #") (days?|weeks?) after\b[^.;]*$"#,
        options: [.caseInsensitive])

    /// "at a standstill for more than a month, since the crossings were closed on": a state that
    /// has lasted that long since the date the sentence names next.
    static let durationPattern = try! ICURegex(
        #"\b(?:for|in) (nearly |almost |more than |over |about |some |at least )?(\d{1,2}|"# + DateResolver.countAlternation
            + #") (days?|weeks?|months?),? (?:now,? )?since\b[^.;]*$"#,
        options: [.caseInsensitive])

    /// The gap, in days, that the text before a date (`before`, up to the date) sets after it:
    /// publication comes at least that long after the date. 0 without one.
    public static func gap(before text: String) -> Int {
        guard Words.contains(text, literal: " after") else { return 0 }
        let units = text.utf16Units
        guard let m = gapPattern.firstMatch(in: units), let count = m.group(1, in: units)?.lowercased(), let unit = m.group(2, in: units)?.lowercased() else { return 0 }
        let n = DateResolver.countWords[count] ?? Int(count) ?? 0
        return unit.hasPrefix("week") ? 7 * n : n
    }

    /// The days a state has lasted since the date named next ("for more than a month, since …
    /// were closed on"), at the least: publication comes that long after the date. A month
    /// counts 30 days after "more than" or "over", 26 told plainly ("for a month"), 24 after
    /// "nearly" or "almost"; a week 7 after "more than", else 5. 0 without one.
    public static func durationSince(before text: String) -> Int {
        guard Words.contains(text, literal: "since") else { return 0 }
        let units = text.utf16Units
        guard let m = durationPattern.firstMatch(in: units), let count = m.group(2, in: units)?.lowercased(),
              let unit = m.group(3, in: units)?.lowercased() else { return 0 }
        let n = DateResolver.countWords[count] ?? Int(count) ?? 0
        guard n > 0 else { return 0 }
        let hedge = m.group(1, in: units)?.lowercased() ?? ""
        let atLeast = ["more than ", "over ", "at least "].contains(hedge)
        let short = ["nearly ", "almost "].contains(hedge)
        if unit.hasPrefix("month") { return 30 * n - (atLeast ? 0 : short ? 6 : 4) }
        if unit.hasPrefix("week") { return 7 * n - (atLeast ? 0 : 2) }
        return n - (atLeast ? 0 : short ? 1 : 0)
    }

    /// The larger of ``gap(before:)`` over `lead` and ``durationSince(before:)`` over the 140
    /// characters before `location` (a duration's words may stand further back), read only when
    /// the line has "since".
    static func gap(before lead: String, at location: Int, in units: [UInt16], hasSince: Bool) -> Int {
        max(gap(before: lead), hasSince ? durationSince(before: Words.lastCharacters(140, before: location, in: units)) : 0)
    }

    static let weekday = try! ICURegex(
        #"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)('s|’s)?\b"#)
    /// A future cue up to 60 characters before a date, in its sentence; "by" and "before" only
    /// right before it ("before Thursday's talks", not "waited 12 minutes before detonating his
    /// explosives … on Tuesday").
    static let futureCue = try! ICURegex(
        #"(?:\b(\#(DateResolver.guardedFutureWords)|\#(DateResolver.presentSchedule)|scheduled|expected to|to be held|upcoming|until|till|ahead of)\b[^.;]{0,60}|\b(?:by|before) (?:the )?)$"#,
        options: [.caseInsensitive])

    func collect(lines: [Substring], kinds: [String?]) -> Evidence {
        var e = Evidence()
        var bodyLines = 0
        for (line, kind) in zip(lines, kinds) where kind != "published-line" && kind != "blank" {
            let s = String(line)
            let units = s.utf16Units
            func group(_ m: ICURegex.Match, _ i: Int) -> String? { m.group(i, in: units) }
            /// The 70 characters before `m`.
            func before(_ location: Int) -> String { Words.lastCharacters(70, before: location, in: units) }
            /// Whether a future cue closes `lead`, the text before a date.
            func isFuture(lead: String) -> Bool { PublicationDateInferrer.futureCue.firstMatch(in: lead.utf16Units) != nil }
            func isFuture(at location: Int) -> Bool { isFuture(lead: before(location)) }
            var covered: [NSRange] = []
            // Date patterns need a digit, weekday patterns the letters "day": skip the regular
            // expressions on lines without them.
            let hasDigit = s.utf8.contains { $0 >= 48 && $0 <= 57 }
            let hasDay = Words.contains(s, literal: "day")
            // Both date patterns need a month's name too (most lines with a digit have none).
            let hasDate = hasDigit && PublicationDateInferrer.mayNameMonth(units)
            let hasSince = hasDate && Words.contains(s, literal: "since")
            for m in hasDate ? PublicationDateInferrer.fullDate.matches(in: units) : [] {
                covered.append(m.range)
                let (d, mon, y) = group(m, 1) != nil ? (group(m, 1), group(m, 2), group(m, 3)) : (group(m, 5), group(m, 4), group(m, 6))
                // (ICU's `\d` takes any script's digits, which `Int` does not read: "١٢ Oct. 2025".)
                guard let d, let mon, let y, let month = CalendarNames.month(mon), let year = Int(y), let dayOfMonth = Int(d),
                      let day = Day(year, month, dayOfMonth) else { continue }
                let lead = before(m.range.location)
                if isFuture(lead: lead) {
                    if lead.lowercased().contains("until") { e.upperBound = min(e.upperBound ?? day, day) }
                    continue
                }
                let reported = day.adding(days: PublicationDateInferrer.gap(before: lead, at: m.range.location, in: units, hasSince: hasSince))
                e.lowerBound = max(e.lowerBound ?? reported, reported)
            }
            let hasFirst = hasDigit && Words.contains(s, literal: "irst ")
            for m in hasFirst ? PublicationDateInferrer.partOfYear.matches(in: units) : [] {
                guard let part = group(m, 1)?.lowercased(), let y = group(m, 2).flatMap({ Int($0) }) else { continue }
                let words = part.split(separator: " ").map(String.init)
                let months: Int?
                if part == "half" {
                    months = 6
                } else if let n = Int(words[0]) ?? NumberWords.value([words[0]]).map({ Int($0) }) {
                    months = words[1].hasPrefix("quarter") ? 3 * n : n
                } else {
                    months = nil
                }
                guard let months, (1...12).contains(months), let after = months == 12 ? Day(y + 1, 1, 1) : Day(y, months + 1, 1) else { continue }
                e.periodEnd = max(e.periodEnd ?? after, after)
            }
            for m in hasDate ? PublicationDateInferrer.dayMonth.matches(in: units) : []
            where !covered.contains(where: { NSIntersectionRange($0, m.range).length > 0 }) {
                let (d, mon) = group(m, 1) != nil ? (group(m, 1), group(m, 2)) : (group(m, 4), group(m, 3))
                guard let d, let mon, let month = CalendarNames.month(mon), let dd = Int(d), (1...31).contains(dd) else { continue }
                let lead = before(m.range.location)
                let gap = PublicationDateInferrer.gap(before: lead, at: m.range.location, in: units, hasSince: hasSince)
                e.yearlessDays.append((month, dd, isFuture(lead: lead), gap))
            }
            for (month, at) in PublicationDateInferrer.monthsAlone(units) where !isFuture(at: at) { e.pastMonths.append(month) }
            if hasDigit, let y = PublicationDateInferrer.latestYear(units) { e.latestYear = max(e.latestYear ?? y, y) }
            // Only a lede can open with a dateline: one of the first three body lines (under a
            // headline and a standfirst).
            if kind == nil { bodyLines += 1 }
            if kind == nil, bodyLines <= 3, hasDigit, e.datelineDay == nil, let day = ArticleSplitter.datelineDay(units) {
                e.datelineDay = day
            }
            guard kind == nil else { continue }  // weekdays in captions refer to the photo
            for m in hasDay ? PublicationDateInferrer.weekday.matches(in: units) : [] {
                guard let name = group(m, 1), let wd = CalendarNames.weekdays[name.lowercased()] else { continue }
                // "announced protests for Thursday": planned, as DateResolver reads it.
                let lead = before(m.range.location)
                let future = isFuture(lead: lead) || group(m, 2) == nil && lead.hasSuffix(" for ")
                if group(m, 2) != nil {
                    let rest = String(utf16: units[(m.range.location + m.range.length)...])
                    if let holiday = holidays.names.first(where: { rest.hasPrefix(" " + $0) }) {
                        e.holidayRefs.append((holiday, wd, future))
                        continue
                    }
                }
                if !future { e.weekdays.append((wd, lead.hasSuffix("last ") || lead.hasSuffix("Last "))) }
            }
            // "…, the military said on Saturday" closing the lede: the day its source spoke is the
            // publication day or the one before, whatever days the story goes back to ("began on
            // Monday night"); it counts three times.
            if bodyLines <= 2, hasDay, let wd = ArticleSplitter.datedSourceCloseWeekday(s) {
                e.weekdays += [(wd, false), (wd, false)]
            }
        }
        // Of same-named holidays of several countries ("Independence Day": Pakistan's on August
        // 14, Afghanistan's on August 19), the one of the country the text names most.
        if !e.holidayRefs.isEmpty {
            let candidates = Dictionary(e.holidayRefs.flatMap { holidays.named($0.name).map { ($0.country, $0.countryName) } }, uniquingKeysWith: { a, _ in a })
            let counts = candidates.map { code, name in (code, lines.reduce(0) { $0 + Words.occurrences(of: name, in: $1) }) }
            e.holidayCountry = counts.max { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 > $1.0 }.flatMap { $0.1 > 0 ? $0.0 : nil }
        }
        return e
    }
}
