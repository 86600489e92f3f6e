import Foundation

/// Finds quantities: digits with separators and decimals, number words ("thirty five",
/// "twenty-one", "a dozen"), ranges ("seven to eight", "10-13", "between 20 and 30"),
/// qualifiers with bounds ("at least", "more than", "nearly", "up to"), vague amounts
/// ("dozens", "several"), percentages, distances and money.
///
/// Years and other spans already taken by the dates layer are skipped, so a year is never also
/// a number; so are times of day ("10am", "14:30") and numbers inside names ("F-16", "G20").
///
/// Example: "at least 2,414 deaths" → value 2414, low 2414, qualifier at-least;
/// "dozens" → vague, no value.
public struct NumberExtractor: Sendable {
    public init() {}

    static let word = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)"
    /// "and" joins number words only after a hundred or more ("one hundred and twenty"; "two
    /// and five" is two numbers).
    static let and = "(?:(?<=(?:hundred|thousand|million|billion)\\s{1,3})and\\s+)?"
    static let wordNumber = "(?:(?:half\\s+)?(?:a|an)\\s+(?:dozen|hundred|thousand|million|billion)(?:\\s+\(and)\(word))*|\(word)(?:(?:\\s+|[-\u{2010}\u{2011}])\(and)\(word))*)"
    static let digits = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
    static let number = "(?:\(digits)|\(wordNumber))"
    static let qualifiers = "no fewer than|no less than|not less than|upwards of|at least|more than|over|nearly|almost|about|around|some|approximately|roughly|up to|fewer than|less than|as many as|at most|close to|an estimated|estimated"

    static let quantity = try! ICURegex(
        "(?<![\\w.\\-/:])(?:(?<qual>\(qualifiers))\\s+)?(?<cur>US\\$|\\$|Rs\\.?\\s?|€|£)?(?<a>\(number))(?:\\s*(?:-|–|to|or)\\s*(?<b>\(number)))?(?<scale>\\s*(?:million|billion|bn)\\b|m\\b)?(?<unit>\\s*(?:-year-old|-years?-old|-?km|-?kilomet(?:re|er)s?|-?miles?|%|per\\s?cent|percent)(?![a-z]))?(?<plus>\\+)?(?![\\w])(?!/\\d)",
        options: [.caseInsensitive], groupNames: ["qual", "cur", "a", "b", "scale", "unit", "plus"])
    static let vague = try! ICURegex(
        "\\b(?:tens of thousands|hundreds of thousands|millions of dollars|billions of dollars|dozens|hundreds|thousands|millions|scores|several|a few|a handful|a number of|numerous)\\b",
        options: [.caseInsensitive])
    static let time = try! ICURegex("^\\s*(?::\\d{2}|(?:am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|pkt|hrs|o'clock)\\b)", options: [.caseInsensitive])
    static let ordinal = try! ICURegex("^(?:st|nd|rd|th)\\b")

    /// Every word a quantity can open with, taken from the pattern's own alternatives: the
    /// qualifiers' first words, "a"/"an", "half", the currencies "US$" and "Rs", and the number
    /// words.
    /// The pattern needs the opening word whole (a lookbehind rules out a start inside a word,
    /// and each alternative is followed by a space, a hyphen or a digit), so other words need no
    /// try. The one exception, a number word glued to its scale or unit ("fivemillion",
    /// "tenkm"), is left unread on purpose: it is a scraping fault, not a figure to trust.
    static let openingWords: WordSet = {
        let numberWords = word.dropFirst(3).dropLast().split(separator: "|").map(String.init)
        let qualifierWords = qualifiers.split(separator: "|").map { String($0.split(separator: " ")[0]) }
        return WordSet(qualifierWords + ["a", "an", "half", "us", "rs"] + numberWords)
    }()

    /// Whether a quantity may open at a word (a lowercased letter run): one of
    /// ``openingWords``, or a word with a non-ASCII letter (left to the pattern, which matches
    /// case-insensitively under Unicode rules).
    static func mayOpenQuantity(_ word: String) -> Bool {
        openingWords.contains(word) || word.utf8.contains { $0 >= 128 }
    }

    /// Verbs after which "one" is a count of victims ("and injured one").
    static let casualtyVerbs: WordSet = ["killed", "killing", "injured", "injuring", "wounded", "wounding", "martyred", "kills", "injures", "wounds"]

    /// Verbs of saying after which "one" and a person is the speaker ("said one resident").
    static let sayingVerbs: WordSet = ["said", "says", "told", "added", "recalled", "explained", "asked"]
    /// Words after "one" that make it a count ("one injured", "one other was wounded", "one
    /// was killed").
    static let countedAfter: WordSet = ["injured", "wounded", "killed", "dead", "hurt", "other", "more", "was"]
    static let determiners: WordSet = ["no", "any", "every", "each", "the", "this", "that", "which", "some", "someone", "anyone"]

    /// People after whom "one" is a count ("one soldier").
    static let countedPeople = [
        "soldier", "officer", "policeman", "person", "man", "woman", "child", "civilian", "fighter", "militant",
        "member", "guard", "worker", "student", "commander", "attacker", "journalist", "official", "resident",
        // Trades and posts a report counts a single victim by ("left one vaccinator injured").
        "policewoman", "constable", "trooper", "sepoy", "jawan", "commando", "gunman", "bomber", "insurgent", "terrorist",
        "vaccinator", "teacher", "doctor", "nurse", "paramedic", "reporter", "photographer", "driver", "passenger",
        "pedestrian", "bystander", "passerby", "shopkeeper", "trader", "farmer", "shepherd", "labourer", "laborer",
        "employee", "engineer", "villager", "tribesman", "elder", "cleric", "pilgrim", "boy", "girl", "teenager",
    ]
    /// Nouns after which "one" is a count, not a pronoun.
    static let countedNouns = WordSet(countedPeople + ["day", "week", "month", "year", "hour", "minute", "percent", "million", "billion"])
    /// Plurals of people that "one of" singles one out of.
    static let pluralPeople: WordSet = [
        "soldiers", "officers", "policemen", "people", "men", "women", "children", "civilians", "fighters", "militants",
        "members", "guards", "workers", "students", "commanders", "attackers", "journalists", "officials", "residents",
        "gunmen", "personnel", "troops", "police", "policewomen", "constables", "troopers", "vaccinators", "teachers",
        "drivers", "passengers", "labourers", "laborers", "villagers", "tribesmen", "pilgrims",
        "supporters", "protesters", "demonstrators", "worshippers", "relatives", "brothers", "sons", "daughters", "cadets",
        "recruits", "farmers", "traders", "shopkeepers", "lawyers", "doctors", "nurses",
    ]

    /// Whether the words after a lone "one" single out a victim of a group ("one of their border
    /// guards was killed"): "of", a determiner, a plural of a counted noun of people within three
    /// words, and a casualty word after it ("One of the guards fled" stays a pronoun).
    static func isOneOfPeople(_ following: [String]) -> Bool {
        guard following.count >= 4, following[0] == "of", partitiveDeterminers.contains(following[1]),
              let noun = following.indices.dropFirst(2).prefix(3).first(where: { pluralPeople.contains(following[$0]) }) else { return false }
        // ("one of its supporters, a 22-year-old student, died": past an apposition.)
        let reach = noun + 1 < following.count && ["a", "an"].contains(following[noun + 1]) ? 7 : 3
        return following[(noun + 1)...].prefix(reach).contains { casualtyWords.contains($0) }
    }
    static let casualtyWords: WordSet = ["killed", "wounded", "injured", "died", "dead", "martyred", "hurt"]
    static let partitiveDeterminers: WordSet = ["the", "their", "its", "his", "her", "our", "those", "these"]

    /// Words that may stand between "one" and a counted noun ("one Afghan border guard").
    static let personModifiers: WordSet = [
        "afghan", "pakistani", "indian", "iranian", "chinese", "border", "police", "security", "army", "paramilitary", "taliban",
        "local", "young", "senior", "elderly", "tribal", "female", "male",
    ]

    /// Words that open or make up a vague amount ("dozens", "a handful", "a number of").
    static let vagueWords: WordSet = ["dozens", "hundreds", "thousands", "millions", "billions", "scores", "several", "few", "handful", "number", "numerous"]

    /// Lower bound of a vague amount: "dozens" is at least 24.
    static let vagueLow: [String: Double] = [
        "dozens": 24, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000, "scores": 40, "several": 3,
        "a few": 2, "a handful": 2, "tens of thousands": 20_000, "hundreds of thousands": 200_000,
    ]

    public func extract(_ text: String, excluding taken: [Span] = []) -> [NumberMention] {
        extract(TextIndex(text), excluding: taken)
    }

    /// Quantities of an indexed text (``Document/index``), skipping the `taken` spans.
    public func extract(_ index: TextIndex, excluding taken: [Span] = []) -> [NumberMention] {
        var out: [NumberMention] = []
        func free(_ s: Span) -> Bool { !taken.contains { $0.start < s.end && s.start < $0.end } && !out.contains { $0.span.start < s.end && s.start < $0.span.end } }

        // The patterns run only in windows around digits and number words (a qualifier such as
        // "at least" or a currency comes before, a range or unit after).
        let runs = index.runs
        var numberRuns: [TextIndex.Run] = [], vagueRuns: [TextIndex.Run] = []
        for run in runs {
            if run.isDigits || NumberWords.isNumberWord(run.word) && run.word != "and" {
                numberRuns.append(run)
            } else if (3...9).contains(run.word.utf8.count), NumberExtractor.vagueWords.contains(run.word) {
                vagueRuns.append(run)
            }
        }
        // A quantity starts with a qualifier, a currency or the number: at a digit run, a currency
        // sign, or one of ``openingWords`` (other words are skipped without trying the pattern).
        let units = index.units
        var mayStartAt = [Bool](repeating: false, count: units.count + 1)
        for (i, run) in runs.enumerated() {
            let r = run.range
            guard run.isDigits || NumberExtractor.mayOpenQuantity(run.word) else { continue }
            // A qualifier, "a", "half" or a currency opens a quantity only with a number among the
            // next four words ("as many as 40", "half a dozen"): "a", "some", "over" and "about"
            // are common, and most are no quantity's start.
            if !run.isDigits, !NumberWords.isNumberWord(run.word), run.word.utf8.allSatisfy({ $0 < 128 }),
               !runs[(i + 1)...].prefix(4).contains(where: { $0.isDigits || NumberWords.isNumberWord($0.word) && $0.word != "and" }) {
                continue
            }
            // A digit run inside a date ("OCT 24 - Seven soldiers are killed") starts nothing: a
            // match from it would swallow the count after it, and then be dropped with it.
            if run.isDigits, !taken.isEmpty, case let own = index.span(r), taken.contains(where: { $0.start <= own.start && own.end <= $0.end }) { continue }
            mayStartAt[r.location] = true
        }
        func mayStart(_ p: Int) -> Bool {
            let u = units[p]
            // Other scripts' digits (`\d` is Unicode) are left to the pattern too.
            return mayStartAt[p] || u == 0x24 || u >= 128 && !TextIndex.isLetter(u)
        }
        /// Where `phrase` (lower-case ASCII letters and spaces) is written, in any case, right
        /// before `location` and after no letter ("between ", "in excess of "), or nil.
        func phrase(_ phrase: String, endingAt location: Int) -> NSRange? {
            let start = location - phrase.utf16.count
            guard start >= 0, start == 0 || !TextIndex.isLetter(units[start - 1]),
                  zip(phrase.utf16, units[start..<location]).allSatisfy({ $0 == $1 | 0x20 }) else { return nil }
            return NSRange(location: start, length: location - start)
        }
        /// "between 20 and 30": the range a plain number (`previous`, at `previousRange`) opens
        /// with the plain number at `r`, or nil.
        func betweenRange(_ previous: NumberMention, _ previousRange: NSRange, _ r: NSRange, _ value: Double) -> (NSRange, NumberMention)? {
            guard let low = previous.value, previous.qualifier == nil, previous.unit == nil else { return nil }
            let gap = previousRange.location + previousRange.length
            guard r.location - gap == 5, index.string(NSRange(location: gap, length: 5)).lowercased() == " and ",
                  let opening = phrase("between ", endingAt: previousRange.location) else { return nil }
            let whole = NSRange(location: opening.location, length: r.location + r.length - opening.location)
            return (whole, NumberMention(span: index.span(whole), text: index.string(whole), value: nil, low: low, high: value,
                                         qualifier: nil, unit: nil, vague: false))
        }
        var lastRange: NSRange?
        let windows = index.windows(around: numberRuns, before: 30, after: 60)
        for m in NumberExtractor.quantity.matches(in: units, windows: windows, startingWhere: mayStart) {
            let span = index.span(m.range)
            guard free(span) else { continue }
            let rest = index.range(after: m.range, count: 12)
            if index.firstMatch(NumberExtractor.time, in: rest) != nil { continue }
            if index.firstMatch(NumberExtractor.ordinal, in: rest) != nil { continue }
            guard let aText = group(m, "a", index), let a = NumberExtractor.value(aText) else { continue }
            // A lone word "one" is usually a pronoun ("one of the"); keep it only with a qualifier.
            let qualText = group(m, "qual", index)?.lowercased()
            // …unless a counted noun follows ("one soldier was killed").
            // …or a casualty verb precedes it ("killed four labourers and injured one").
            if aText.lowercased() == "one", qualText == nil, group(m, "b", index) == nil {
                // The words after it, read once: the first for "one injured", up to three for "one
                // Afghan border guard" (two modifiers before the counted noun at most).
                let after = index.string(index.range(after: m.range, count: 56)).lowercased()
                let runs = after.split(whereSeparator: { !$0.isLetter }).prefix(11)
                let following = runs.map(String.init)
                let next = following.first ?? ""
                let start = max(0, m.range.location - 14)
                let before = index.string(NSRange(location: start, length: m.range.location - start)).lowercased()
                    .split(whereSeparator: { !$0.isLetter }).last.map(String.init) ?? ""
                // "no one was killed", "the one killed" are no counts.
                let counted = NumberExtractor.countedAfter.contains(next) && !NumberExtractor.determiners.contains(before)
                let noun = following.prefix(3).indices.first { j in
                    NumberExtractor.countedNouns.contains(following[j]) && following[..<j].allSatisfy(NumberExtractor.personModifiers.contains)
                }
                if noun == nil, !NumberExtractor.casualtyVerbs.contains(before), !counted,
                   !NumberExtractor.isOneOfPeople(following) { continue }
                // "said one farmer, Sher Agha, whose brother was killed": a speaker set off by a
                // comma, not a count ("said one soldier was killed" is one).
                if let noun, NumberExtractor.sayingVerbs.contains(before),
                   after[runs[runs.startIndex + noun].endIndex...].drop(while: { $0 == " " }).first == "," { continue }
            }
            let b = group(m, "b", index).flatMap(NumberExtractor.value)
            var scale = 1.0
            if let s = group(m, "scale", index)?.trimmingCharacters(in: .whitespaces).lowercased() {
                scale = s == "billion" || s == "bn" ? 1e9 : 1e6
                if s == "m", group(m, "cur", index) == nil { continue }  // "5m" without currency: metres
            }
            var unit: String?
            if let cur = group(m, "cur", index) {
                unit = cur.hasPrefix("Rs") ? "pkr" : cur == "€" ? "eur" : cur == "£" ? "gbp" : "usd"
            }
            if let u = group(m, "unit", index)?.trimmingCharacters(in: CharacterSet(charactersIn: " -")).lowercased() {
                unit = u.hasPrefix("k") ? "km" : u.contains("mile") ? "mile" : u.contains("year") ? "years-old" : "percent"
            }
            // "killed 26 – 14 soldiers and 12 civilians": a dash with spaces before a smaller
            // number opens a breakdown, not a range; the two figures are read apart.
            if let b, b < a, qualText == nil, group(m, "cur", index) == nil {
                let ra = m.range(at: NumberExtractor.quantity.group(named: "a")), rb = m.range(at: NumberExtractor.quantity.group(named: "b"))
                let separator = index.string(NSRange(location: ra.location + ra.length, length: rb.location - ra.location - ra.length))
                if separator.hasPrefix(" "), separator.hasSuffix(" "), separator.contains("–") || separator.contains("—") || separator.contains("-") {
                    let tail = NSRange(location: rb.location, length: m.range.location + m.range.length - rb.location)
                    out.append(NumberMention(span: index.span(ra), text: index.string(ra), value: a, low: a, high: a, qualifier: nil, unit: nil, vague: false))
                    out.append(NumberMention(span: index.span(tail), text: index.string(tail), value: b * scale, low: b * scale, high: b * scale,
                                             qualifier: nil, unit: unit, vague: false))
                    lastRange = tail
                    continue
                }
            }
            let low = a * scale, high = b.map { $0 * scale }
            var mention = NumberMention(span: span, text: index.string(m.range), value: high == nil ? low : nil,
                                        low: low, high: high ?? low, qualifier: nil, unit: unit, vague: false)
            switch qualText {
            case "at least", "no fewer than", "no less than", "not less than": mention.qualifier = .atLeast; mention.high = nil
            case "upwards of": mention.qualifier = .moreThan; mention.high = nil
            case "more than", "over": mention.qualifier = .moreThan; mention.high = nil
            case "nearly", "almost", "close to": mention.qualifier = .nearly; mention.low = nil
            case "about", "around", "some", "approximately", "roughly", "an estimated", "estimated":
                mention.qualifier = .about
                // "about 25 to 30" keeps its range; a single figure is only approximate.
                if b == nil { mention.low = nil; mention.high = nil }
            // "as many as 11" stresses how high a figure may run: a bound from above, as "up to".
            case "up to", "as many as", "fewer than", "less than", "at most": mention.qualifier = .upTo; mention.low = nil
            default: break
            }
            // "100+ people": a plus sign after the figure, as "more than" before it.
            if mention.qualifier == nil, group(m, "plus", index) != nil { mention.qualifier = .moreThan; mention.high = nil }
            // "in excess of 100", not a qualifier the pattern opens with: "in" is too common a
            // word to try the pattern at (see ``openingWords``).
            if mention.qualifier == nil, let opening = phrase("in excess of ", endingAt: m.range.location) {
                let whole = NSRange(location: opening.location, length: m.range.location + m.range.length - opening.location)
                mention.span = index.span(whole)
                mention.text = index.string(whole)
                mention.qualifier = .moreThan
                mention.high = nil
            }
            if mention.qualifier == nil, unit == nil, let value = mention.value, let previous = out.last, let previousRange = lastRange,
               let (whole, range) = betweenRange(previous, previousRange, m.range, value) {
                out[out.count - 1] = range
                lastRange = whole
                continue
            }
            out.append(mention)
            lastRange = m.range
        }
        for m in index.matches(NumberExtractor.vague, in: index.windows(around: vagueRuns, before: 20, after: 24)) {
            let span = index.span(m.range)
            guard free(span) else { continue }
            let t = index.string(m.range).lowercased()
            let unit: String? = t.hasSuffix("dollars") ? "usd" : nil
            out.append(NumberMention(span: span, text: index.string(m.range), value: nil, low: NumberExtractor.vagueLow[t],
                                     high: nil, qualifier: nil, unit: unit, vague: true))
        }
        return out.sorted { $0.span.start < $1.span.start }
    }

    func group(_ m: ICURegex.Match, _ name: String, _ index: TextIndex) -> String? {
        index.group(m, NumberExtractor.quantity.group(named: name))
    }

    /// The value of digits ("2,414", "1.5") or number words ("thirty-five", "a dozen").
    public static func value(_ text: String) -> Double? {
        // Foundation's trimming bridges to NSString: skipped when neither end is a space (every
        // whitespace character Foundation trims has the White_Space property).
        let scalars = text.unicodeScalars
        let padded = scalars.first?.properties.isWhitespace == true || scalars.last?.properties.isWhitespace == true
        let t = padded ? text.trimmingCharacters(in: .whitespaces) : text
        if let first = t.unicodeScalars.first, ("0"..."9").contains(first) {
            return Double(String(decoding: t.utf8.filter { $0 != UInt8(ascii: ",") }, as: UTF8.self))
        }
        let words = t.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" }).map(String.init)
        return NumberWords.value(words)
    }
}

/// The numbers layer: ``NumberExtractor`` over the text, skipping what the dates layer took.
///
/// Requires: `text`, `dates`. Produces: `numbers`.
public struct ExtractNumbers: Stage {
    public static let requires: Set<Layer> = [.text, .dates]
    public static let produces: Set<Layer> = [.numbers]

    public let extractor = NumberExtractor()

    public init() {}

    public func process(_ document: inout Document) throws(StageError) {
        document.numbers = extractor.extract(document.index, excluding: document.dates.map(\.span))
    }
}
