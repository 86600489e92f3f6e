import Foundation

/// Finds the time expressions of news English and resolves them against the publication date.
///
/// A pure function of the text and the publication date. Expressions are tried most specific
/// first (full dates, ranges, day and month, month and year, months, relative phrases, years,
/// weekdays); a span taken by one is not read again.
///
/// - A day and month without a year takes the publication year, unless that lands more than three
///   days after publication and either more than 45 days or in a past-tense sentence (then the
///   year before); in future context ("will", "until") it may lie ahead.
/// - A weekday is the most recent such day on or before publication; "last" makes it strictly
///   before, "next" the first one after, future context the first one on or after.
/// - "last week", "this week", "last weekend", "earlier this month" give the month when the whole period lies
///   in one month, else no value; "for years" or "in recent months" are not dates at all.
///
/// Example: published 2025-10-26, "on Friday" → 2025-10-24 (day, published);
/// "in August 2021" → 2021-08 (month, absolute).
public struct DateResolver: Sendable {
    /// The fixed-date holidays read as days ("on Defence Day", "last Christmas"), by the first
    /// word of their names (lowercased letter runs): each name's words and its entries, longest
    /// name first.
    let holidayNames: [String: [(words: [String], entries: [Holidays.Holiday])]]

    public init(holidays: Holidays = Holidays(holidays: [])) {
        var names: [String: [(words: [String], entries: [Holidays.Holiday])]] = [:]
        for name in holidays.names {
            let words = TextIndex.runs(of: Array(name.utf16)).map(\.word)
            guard let first = words.first, !first.isEmpty else { continue }
            names[first, default: []].append((words, holidays.named(name)))
        }
        holidayNames = names
    }

    /// Months' names and abbreviations, also in capitals as wire factboxes and timelines print
    /// them ("NOV 11 - A suicide bomber …").
    static let monthNames = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
        + "|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC"
    static let weekdayNames = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    /// A month name; only an abbreviation takes a full stop ("Oct. 9"), so that a sentence's
    /// final stop stays out of "on 31 October.".
    static let M = "(\(monthNames))(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)\\.)?"

    static func re(_ p: String, _ options: ICURegex.Options = []) -> ICURegex {
        try! ICURegex(p, options: options)
    }

    static let dayMonthYear = re("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+\(M),?\\s+(\\d{4})\\b")
    static let monthDayYear = re("\\b\(M)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b")
    /// "10-13 September", "from 25 to 30 October", "11th and 12th of October", "the night of
    /// 11/12 October"; "October 11-12", "the October 11/12 night",
    /// "from October 25 to 30", "Oct 9 and 10," (not before a percentage: "from October 25 to 30
    /// percent" is no range; after "and", a plain number is a day only where a clause could end
    /// or a verb, a preposition or another "and" follows, or it has an ordinal suffix: "on
    /// October 9 and 10 soldiers were killed" names one day, "on October 18 and 19 produced a
    /// ceasefire", "on Nov. 6 and 7 against militants", "on October 11 and 12 alone", "on May 7
    /// and 8 last year" and "in Doha on October 18 and 19 and in Istanbul" two).
    static let dayRange = re("\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–/]\\s*|\\s+to\\s+|\\s+and\\s+)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?\(M)(?:,?\\s+(\\d{4}))?\\b")
    static let monthDayRange = re("\\b\(M)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–/]\\s*|\\s+to\\s+|\\s+and\\s+(?=\\d{1,2}(?:st|nd|rd|th)|\\d{1,2}(?:,?\\s+\\d{4}|\\s*[,.;:)]|\\s+(?:in|at|on|and|when|after|before|during|amid|respectively|against|across|along|near|from|with|under|by|into|around|for|alone|only|overnight|(?:last|this|next)\\s+(?:year|month|week))\\b|\\s+(?:was|were|saw|brought|produced|(?!(?:injured|wounded|armed|killed|martyred|detained|arrested)\\b)[a-z]+ed)\\b|\\s*$)))(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b(?!\\s*(?:%|per\\s?cent|percent))")
    /// "between October 10 and 15": after "between", the number after "and" is always a day.
    static let betweenMonthDayRange = re("\\b[Bb]etween\\s+\(M)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+and\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b")
    static let daysAgo = re("\\b(" + countAlternation + "|\\d{1,2})\\s+(days?|weeks?|fortnights?|months?|years?)\\s+ago\\b", [.caseInsensitive])
    /// A day of the month given alone ("on the 12th", "on the 3rd of this month", "by the
    /// 14th", "the morning of the 12th"): only before a clause boundary or a few function words,
    /// so that "on the 12th day" or "the 28th amendment" is no date.
    static let ordinalDay = re("\\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince|(?:morning|afternoon|evening|night)\\s+of)\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?:\\s+of\\s+(this|last)\\s+month\\b|(?=\\s*[,.;:)\\n]|\\s*$|\\s+(?:when|and|after|before|in|at|as|while|near|with|but|during|amid|they|he|she|it|we|the)\\b))")
    /// A list of days after a month ("October 11, 12 and 15"), ending where a date may end, so
    /// that "October 11, 12 soldiers" stays a count.
    static let monthDayList = re("\\b\(M)\\s+(\\d{1,2})(?:st|nd|rd|th)?((?:\\s*,\\s*\\d{1,2}(?:st|nd|rd|th)?)+),?\\s+and\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?=\\s*[,.;:)]|\\s*$|\\s+(?:in|at|on|when|after|before|during|amid|respectively)\\b)")
    static let dayMonth = re("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?\(M)(?!\\w)")
    static let monthDay = re("\\b(?:(until|till|by|before|on|since|from)\\s+)?\(M)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\d)")
    /// "January to September", "between May and June 2025", "October–November": both months.
    static let monthRange = re("\\b\(M)\\s*(?:to|through|until|till|and|[-–])\\s*\(M)(?:,?\\s+(\\d{4}))?(?!\\w)")
    static let monthYear = re("\\b(?:(in|since|by|until|from|during|of|before|after|early|late|mid|mid-)\\s*)?\(M),?\\s+(\\d{4})\\b")
    /// A month alone after a cue word; after "the" only as a modifier of a noun ("the October
    /// clashes", not "the March to Islamabad"); a part of it ("the last week of October", "the
    /// end of November") is read as the month, and so is the first of a period's ends ("between
    /// January and the end of October").
    static let monthAlone = re("\\b(?i:((?:the\\s+)?(?:first|second|third|fourth|last|final)\\s+(?:week|days|weeks)\\s+of|(?:the\\s+)?(?:start|beginning|middle|end)\\s+of|in|since|between|by|until|till|from|for|during|early|late|mid-|last|this|next|of|through|to|before|after|end of|until late|in early|in late|in mid-|the(?=\\s+(?:\(monthNames))\\.?\\s+(?-i:(?!(?:of|to|and|or|in|on|at|for|from|by|with|is|was|were|has|had|will|would|the|a|an)\\b)[a-z]))))\\s*\(M)(?!\\w)")
    /// A month as a clause's subject ("October brought the worst fighting", "September was the
    /// deadliest month"): a full name, capitalised, before a verb of the past or present. Group 1
    /// (empty) stands for ``monthAlone``'s cue word.
    static let monthSubject = re("\\b()(January|February|March|April|June|July|August|September|October|November|December)(?=\\s+(?:was|is|has|had|saw|brought|marked|became|proved|remained|remains)\\b)")
    /// A day counted from the last day the text named: "two days earlier", "a day later", "a
    /// week earlier", "two days after that", "the previous day", "the day before", "the next
    /// day", "the next morning", "the following day", "the same day", "that evening" ("a day
    /// before the talks" counts from the talks, and is left alone).
    static let anchoredDay = re("\\b(?:(a|one|two|three|four|five|six|\\d)\\s+(?:days?|weeks?)\\s+(?:earlier|later|(?:before|after)(?=\\s*[,.;]|\\s+that\\b))|the\\s+(previous|next|following)\\s+(?:day|morning|afternoon|evening|night)\\b|the\\s+day\\s+(before|after)(?=\\s*[,.;])|the\\s+same\\s+day\\b|that\\s+(?:same\\s+)?(?:day|morning|afternoon|evening|night)\\b)", [.caseInsensitive])
    /// The year or month of the last date the text named: "that year", "the same year", "later
    /// that month" ("in December 2014 … A military offensive launched that year"); not "the same
    /// month last year".
    static let anchoredPeriod = re("\\b(?:that|the\\s+same)\\s+(year|month)\\b(?![-–])(?!\\s+(?:last|this|next|a|the\\s+previous)\\s+year)", [.caseInsensitive])
    /// A year or month counted from the last date the text named: "510 the year before", "a
    /// year earlier", "the following year", "a month later" ("in 2024, up from 510 the previous
    /// year" is 2023, not the year before publication). "The year before" only where its clause
    /// ends, so that "the year before the takeover" (counted from the takeover) is left alone.
    static let anchoredShift = re("\\b(?:the\\s+(year|month)\\s+(before|after)(?=\\s*[,.;:)]|\\s*$|\\s+(?:and|but|when|while)\\b)|(?:" + countAlternation + "|\\d{1,2})\\s+(years?|months?)\\s+(earlier|later)|the\\s+(previous|following)\\s+(year|month))\\b", [.caseInsensitive])
    /// Counts written as words in ``daysAgo`` and ``anchoredShift`` ("two weeks ago", "six months
    /// earlier").
    static let countWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12,
    ]
    /// ``countWords`` as a regular-expression alternation, longest first.
    static let countAlternation = countWords.keys.sorted { ($0.count, $0) > ($1.count, $1) }.joined(separator: "|")
    /// The words after "for" and "this" that the vague and relative-day patterns need.
    static let vagueSpans: WordSet = ["days", "weeks", "months", "years", "decades"]
    static let dayParts: WordSet = ["morning", "afternoon", "evening"]
    static let relativeDay = re("\\b(the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|today|tonight|this morning|this afternoon|this evening|yesterday|tomorrow|last night|last evening)\\b", [.caseInsensitive])
    /// "last summer", "this spring", "next autumn": a season of a year the report's date tells
    /// (winter, which spans two years, is left out).
    static let season = re("\\b(last|this|next)\\s+(spring|summer|autumn)\\b", [.caseInsensitive])
    static let relativePeriod = re("\\b(?:(earlier|later|since|in|over|during)\\s+)?(?:the\\s+)?(last|this|next|past|coming|previous)\\s+(week|month|year)\\b", [.caseInsensitive])
    /// A part of the current year or month ("since the start of the year", "by the end of the
    /// month", "in the first four months of the year", "the first quarter of this year").
    static let partOfPeriod = re("\\b(?:the\\s+)?(?:start|beginning|end|middle|rest|first half|second half|(?:first|second|third|fourth|final)\\s+quarter|(?:first|last)\\s+(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\\s+(?:months|weeks))\\s+of\\s+(?:the|this)\\s+(year|month)\\b", [.caseInsensitive])
    /// A part of the report's week: "earlier in the week", "later in the week", "by the end of
    /// the week", "the start of the week".
    static let partOfWeek = re("\\b(?:(earlier|later)\\s+in\\s+the\\s+week|(?:the\\s+)?(start|beginning|end|middle|rest)\\s+of\\s+the\\s+week)\\b", [.caseInsensitive])
    /// "last weekend", "over the weekend", "this weekend", "next weekend"; bare before a
    /// happening ("follows weekend clashes"). "the weekend of 11-12 October" is dated by its days.
    static let weekend = re("\\b(?:(last|this past|past|this|next|over the|at the|during the|the)\\s+weekend(?!\\s+of\\b)|weekend(?=\\s+(?:clashes|fighting|attacks?|strikes|violence|bombings?|raids?|skirmishes|assaults?)\\b))\\b",
                            [.caseInsensitive])
    static let vague = re("\\b(?:in recent (?:days|weeks|months|years)|for (?:days|weeks|months|years|decades)|in the coming (?:days|weeks|months|years)|overnight)\\b", [.caseInsensitive])
    /// A date in figures: day/month/year as South Asian and British outlets write it (month/day
    /// when the day cannot be a month), or ISO year-month-day.
    static let numericDate = re("(?<![\\d/.-])(?:(\\d{1,2})[/.](\\d{1,2})[/.](20\\d{2})|(20\\d{2})-(\\d{2})-(\\d{2}))(?![\\d/.-]\\d)")
    static let decade = re("\\b(?:the\\s+)?(1[89]\\d0|20[0-9]0)s\\b")
    /// A year, not a count or a measure; after another year and a dash it ends a span of years
    /// ("2001-2021"), but two digits after a dash make a fiscal year ("the 2024-25 fiscal year").
    static let year = re("(?:(?<![\\d,.$£€#/-])|(?<=\\b(?:1[6-9]|20)\\d\\d[-–]))\\b(1[6-9]\\d{2}|20\\d{2})\\b(?!\\d|,\\d|[-–]\\d{2}\\b|\\s*(?:km|kilomet|mile|%|per\\s?cent|people|troops|soldiers|fighters|deaths|civilians|members|families|refugees|kg|tonnes|metres|meters|feet|dollars|rupees|hours|minutes|times))")
    static let hyphenYear = re("\\b(?:mid|early|late)-(1[6-9]\\d{2}|20\\d{2})\\b", [.caseInsensitive])
    static let weekday = re("\\b(?:((?i:on|late|early|last|next|this|since|by|until|till|from|before|after|late on|early on))\\s+)?(\(weekdayNames))(?:['’]s)?(?:\\s+(morning|afternoon|evening|night))?\\b")
    /// Past tense before an "until" date ("who were exempt until June 30").
    static let pastBeforeUntil = re("\\b(was|were|had|ended|expired|lasted)\\b", [.caseInsensitive])
    /// Past auxiliaries after a future cue ("The scheduled talks were cancelled on Monday").
    static let pastAuxiliary = re("\\b(was|were|had|did)\\b", [.caseInsensitive])
    /// Past tenses of happenings after a future cue ("talks will resume after the ceasefire
    /// expired on Monday", "Talks to extend the truce broke down on Monday"), not after "be",
    /// "been" or "to" ("will be launched on Monday").
    static let pastEventVerb = re("(?<!be )(?<!been )(?<!to )\\b(expired|ended|began|started|collapsed|launched|erupted|happened|occurred|struck|attacked|killed|died|announced|broke|failed|stalled|concluded|faltered|closed|opened|reopened|met)\\b", [.caseInsensitive])
    /// Nouns of a happening that a weekday after "on", or a possessive weekday before them, dates
    /// ("the attack on Monday", "Monday's strikes"): a past happening, whatever verb governs it.
    static let happeningNouns: WordSet = [
        "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "blast", "blasts", "bombing", "bombings", "clash", "clashes",
        "raid", "raids", "ambush", "killing", "killings", "explosion", "explosions", "shelling", "fighting", "violence", "assault", "massacre",
        "shooting",
    ]
    /// Verbs of motion before an infinitive of purpose ("travelled to Doha to meet officials").
    static let motionVerb = re("\\b(travelled|traveled|arrived|flew|went|came|returned|headed|landed|rushed)\\b", [.caseInsensitive])
    /// A past tense right before a date ("reopened on October 20"), but not a participle or
    /// verb that plans ("scheduled for November 6", "agreed to meet on November 6").
    static let pastTense = re("\\b(?!(?:scheduled|rescheduled|expected|planned|slated|proposed|invited|postponed|delayed|agreed|decided|need|speed|feed|seed)\\b)[a-z]{3,}ed\\b|\\b(?:began|came|went|fled|met|held|fell|rose|took|left)\\b", [.caseInsensitive])
    /// A year opening a "when" clause ("in 2014, when militants attacked a school on December 16").
    static let yearWhen = re("\\b(1[6-9]\\d{2}|20\\d{2}),? when\\b[^.;:]*$", [.caseInsensitive])
    /// A year named right after a yearless day, after at most three words ("riots in 2023", "the
    /// October 7 attacks of 2023"); a comma, a number or other punctuation between them ends it.
    static let yearAfter = re("^ +(?:\\p{Alphabetic}+ +){0,3}(?i:in|of) +\\p{P}*((?:19|20)\\d\\d)\\p{P}*(?: |$)")
    /// A past perfect after a "by" date ("By Tuesday, the fighting had stopped"): a deadline
    /// already passed.
    static let pastPerfect = re("\\bhad\\b", [.caseInsensitive])
    /// What makes a "by" date a deadline even after a past tense ("were ordered to leave by
    /// Tuesday", "said they must register by Friday"); not the infinitive after "appeared" or
    /// "seemed", which tells a state at the time ("the ceasefire appeared to be holding by Sunday
    /// morning"), nor "to" before a name or a plural noun ("evacuated 420 people to hospitals in
    /// Kabul by Monday evening"): a verb after "to" is lowercase and ends in no single "s".
    static let obligation = re("\\b(?:must|should|(?<!appeared )(?<!seemed )(?<!appears )(?<!seems )to (?!the\\b|a\\b|an\\b|their\\b|its\\b|his\\b|her\\b)(?![a-z]*[^su]s\\b)(?-i:[a-z]+))\\b", [.caseInsensitive])
    /// Future cues that read otherwise in some phrases, shared with ``PublicationDateInferrer``:
    /// "will" but not "the will of", "due to resume", "talks, due in Istanbul" or "due" right
    /// before the date ("a series due in November") but not "due to security concerns" or "due
    /// in part to", "next" but not "next to".
    static let guardedFutureWords = #"(?<!the )(?<!political )will|due to (?:be|begin|start|meet|resume|hold|take|visit|arrive|open|reopen|expire|end|sign|travel|return|leave)\b|due (?:in|at|on|for)\b(?!\s+(?:part|large part|no small part)\b)|due(?=\s*$)|next(?!\s+(?:to|door)\b)"#
    /// Words before a date that speak of the future ("will", "is expected", "due to resume", "as
    /// both sides prepared for talks in Istanbul on Saturday"; not "had prepared for");
    /// the resolver's `future` weighs the tenses around them. Group 2 is a ``presentSchedule``.
    static let futureCue = re("\\b(\(guardedFutureWords)|would(?! not be (?:named|identified))|shall|is expected|are expected|is scheduled|are scheduled|scheduled|is due|are due|upcoming|until|till|ahead of|(?<!had )(?<!has )(?<!have )(?<!been )prepar(?:e|es|ed|ing) for|in preparation for|set to|plans? to|is to|are to|to (?:meet|resume|reconvene|hold|sign|visit|reopen|extend)|(\(presentSchedule)))\\b", [.caseInsensitive])
    /// A scheduled happening told in the present ("the ceasefire expires on Friday", "talks
    /// begin in Doha on Saturday"): news uses it for what is yet to come.
    static let presentSchedule = "(?:expires|expire|ends|begins|starts|opens|reopens|resumes|reconvenes|kicks off|takes place|(?:talks|negotiations|delegations|sides) (?:begin|start|resume|reconvene|meet))"

    /// Verbs of a reporting clause after a quotation ("…,” Asif told reporters on Saturday").
    static let reportingVerbs: WordSet = [
        "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "posted", "stated", "declared", "insisted", "warned",
        "noted", "replied", "asked",
    ]

    /// Past tenses of a span that "until" ends ("fighting continued until Monday").
    static let pastSpanVerbs: WordSet = ["continued", "lasted", "raged", "persisted", "dragged", "stretched"]

    /// What joins two weekdays of a list ("Thursday and Friday", "Saturday, Sunday").
    static let listLink: WordSet = [" and ", ", ", ", and ", " or ", " to ", " through ", "-", "–"]

    /// The year and month `n` months after (or before, for negative `n`) the month of `day`.
    static func month(of day: Day, plus n: Int) -> (year: Int, month: Int) {
        let total = day.year * 12 + (day.month - 1) + n
        return (total / 12, total % 12 + 1)
    }

    /// The words before "night" in the patterns that take it ("last night", "the previous night").
    static let beforeNight: WordSet = ["last", "that", "previous", "next", "following"]

    /// The words around which each group of patterns is tried.
    enum Cue: Int, CaseIterable {
        case month, weekday, year, relativeDay, period, ago, vague, ordinal, anchored
    }

    /// The cue words (month names and abbreviations, full weekday names, …), and by each word's
    /// index there, the cues it gives.
    static let cueWords: (words: WordSet, values: [[Cue]]) = {
        var pairs: [(word: String, value: Cue)] = []
        for month in CalendarNames.months.keys.sorted() { pairs.append((month, .month)) }
        for day in CalendarNames.weekdays.keys.sorted() where day.hasSuffix("day") { pairs.append((day, .weekday)) }
        for word in ["today", "tonight", "this", "yesterday", "tomorrow", "night", "evening"] { pairs.append((word, .relativeDay)) }
        for word in ["week", "month", "year", "weekend", "spring", "summer", "autumn"] { pairs.append((word, .period)) }
        pairs.append(("ago", .ago))
        for word in ["day", "days", "week", "weeks", "morning", "afternoon", "evening", "night", "year", "month", "years", "months"] { pairs.append((word, .anchored)) }
        for suffix in ["st", "nd", "rd", "th"] { pairs.append((suffix, .ordinal)) }
        for word in ["recent", "for", "coming", "overnight"] { pairs.append((word, .vague)) }
        return WordSet.grouping(pairs)
    }()

    public func resolve(_ text: String, published: Day?) -> [DateMention] {
        resolve(TextIndex(text), published: published)
    }

    /// The time expressions of an indexed text (``Document/index``).
    public func resolve(_ index: TextIndex, published: Day?) -> [DateMention] {
        var taken: [NSRange] = []
        var out: [DateMention] = []

        func free(_ r: NSRange) -> Bool { !taken.contains { NSIntersectionRange($0, r).length > 0 } }
        func add(_ r: NSRange, _ value: String?, _ g: DateMention.Granularity?, _ anchor: DateMention.Anchor?, first: Day? = nil, last: Day? = nil) {
            taken.append(r)
            let span = index.span(r)
            out.append(DateMention(span: span, text: index.string(r), value: value, granularity: value == nil ? nil : g,
                                   anchor: value == nil ? nil : anchor, first: first, last: last))
        }
        // Each pattern runs only in windows around the words it needs (a month name, a weekday,
        // four digits…): scanning whole texts with a dozen regular expressions dominated this stage.
        // One pass, one hash per word: each word is looked up once in the table of cue words.
        var cueRuns = [[TextIndex.Run]](repeating: [], count: Cue.allCases.count)
        let runs = index.runs
        for r in runs.indices {
            let run = runs[r]
            if run.isDigits {
                if run.range.length == 4 { cueRuns[Cue.year.rawValue].append(run) }
            } else if (2...9).contains(run.word.utf8.count), let id = DateResolver.cueWords.words.index(of: run.word) {
                // "for" and "this" are among the commonest words of English: they cue only before
                // the word their patterns need ("for years", "this morning"), "night" only after
                // "last", "that", "previous", "next" or "following".
                switch run.word {
                case "for": if r + 1 == runs.count || !DateResolver.vagueSpans.contains(runs[r + 1].word) { continue }
                case "this": if r + 1 == runs.count || !DateResolver.dayParts.contains(runs[r + 1].word) { continue }
                case "night": if r == 0 || !DateResolver.beforeNight.contains(runs[r - 1].word) { continue }
                default: break
                }
                for cue in DateResolver.cueWords.values[id] { cueRuns[cue.rawValue].append(run) }
            }
        }
        let monthWindows = index.windows(around: cueRuns[Cue.month.rawValue], before: 40, after: 40)
        let weekdayWindows = index.windows(around: cueRuns[Cue.weekday.rawValue], before: 25, after: 30)
        let yearWindows = index.windows(around: cueRuns[Cue.year.rawValue], before: 12, after: 40)
        let relativeDayWindows = index.windows(around: cueRuns[Cue.relativeDay.rawValue], before: 16, after: 20)
        let periodWindows = index.windows(around: cueRuns[Cue.period.rawValue], before: 40, after: 2)
        let agoWindows = index.windows(around: cueRuns[Cue.ago.rawValue], before: 20, after: 1)
        let vagueWindows = index.windows(around: cueRuns[Cue.vague.rawValue], before: 12, after: 30)
        let ordinalWindows = index.windows(around: cueRuns[Cue.ordinal.rawValue], before: 12, after: 30)
        let anchoredWindows = index.windows(around: cueRuns[Cue.anchored.rawValue], before: 20, after: 12)
        func each(_ re: ICURegex, in windows: [NSRange], _ body: (ICURegex.Match) -> Void) {
            for m in index.matches(re, in: windows) where free(m.range) { body(m) }
        }
        func int(_ m: ICURegex.Match, _ i: Int) -> Int? { index.group(m, i).flatMap { Int($0) } }
        func month(_ m: ICURegex.Match, _ i: Int) -> Int? { index.group(m, i).flatMap { CalendarNames.month($0) } }
        /// Future context: a cue earlier in the same sentence, close before the expression.
        /// Whether the words before `r` speak of the future: the 80 units before, cut after the
        /// last ". " or line break, and with `clause` after the last ", " too (a weekday in
        /// "the meeting is scheduled for November 6, the ministry said on Thursday" dates the
        /// reporting clause, not the meeting).
        func future(_ r: NSRange, clause: Bool = false) -> Bool {
            var start = max(0, r.location - 80)
            let units = index.units
            /// Whether the comma at `c` only sets off a name that the date follows ("to meet in
            /// the Qatari capital, Doha, on Saturday"): no clause ends there.
            func setsOffName(_ c: Int) -> Bool {
                if c + 2 == r.location { return true }
                let close = r.location - 2
                guard close > c + 2, units[close] == 0x2C, units[close + 1] == 0x20 else { return false }
                let name = index.string(NSRange(location: c + 2, length: close - c - 2)).split(separator: " ")
                return name.count <= 3 && name.allSatisfy { $0.first?.isUppercase == true }
            }
            var k = r.location - 1
            while k >= start {
                if units[k] == 0x0A || units[k] == 0x20 && k > start && (units[k - 1] == 0x2E || clause && units[k - 1] == 0x2C && !setsOffName(k - 1)) {
                    start = k + 1
                    break
                }
                k -= 1
            }
            guard var cue = index.firstMatch(DateResolver.futureCue, in: NSRange(location: start, length: r.location - start)) else { return false }
            // The last cue before the date (most windows hold none, so this loop seldom runs).
            while case let from = cue.range.location + max(1, cue.range.length), from < r.location,
                  let later = index.firstMatch(DateResolver.futureCue, in: NSRange(location: from, length: r.location - from)) {
                cue = later
            }
            let cueEnd = cue.range.location + cue.range.length
            // "“There is no fourth round scheduled,” Asif told reporters on Saturday": a cue inside
            // a quotation that closes before a reporting verb and the date is the speaker's; the
            // date is the report's (not in "talks were “scheduled to resume” on Saturday").
            if cueEnd < r.location {
                let units = index.units
                // (The quotation may open before the window: "“If there is any violation, we will
                // respond,” Asif told the channel late on Wednesday". With straight quotation
                // marks, an odd number of them before the cue in its line opens one.)
                var q = cue.range.location - 1
                let floor = max(0, cue.range.location - 400)
                var straight = 0
                var curly: UInt16?
                while q >= floor, units[q] != 0x0A {
                    if units[q] == 0x22 { straight += 1 } else if curly == nil, units[q] == 0x201C || units[q] == 0x201D { curly = units[q] }
                    q -= 1
                }
                let inside = curly == 0x201C || curly == nil && straight % 2 == 1
                if inside,
                   let closed = (cueEnd..<r.location).first(where: { units[$0] == 0x201D || units[$0] == 0x22 }),
                   index.string(NSRange(location: closed + 1, length: r.location - closed - 1)).lowercased()
                       .split(whereSeparator: { !$0.isLetter }).contains(where: { DateResolver.reportingVerbs.contains(String($0)) }) {
                    return false
                }
            }
            // "Shooting continued until about 3am on Monday": a past span's end, not a deadline.
            if DateResolver.pastSpanVerbs.contains(word(endingBefore: cue.range.location)),
               ["until", "till"].contains(index.string(cue.range).lowercased()) {
                return false
            }
            // "Their visas did not expire on Friday": a present form after a past auxiliary.
            let lead = max(start, cue.range.location - 12)
            if cue.range(at: 2).location != NSNotFound,
               index.firstMatch(DateResolver.pastAuxiliary, in: NSRange(location: lead, length: cue.range.location - lead)) != nil {
                return false
            }
            // "The scheduled talks were cancelled on Monday": a past tense after the cue dates the date.
            if cueEnd < r.location, index.firstMatch(DateResolver.pastAuxiliary, in: NSRange(location: cueEnd, length: r.location - cueEnd)) != nil
                || index.firstMatch(DateResolver.pastEventVerb, in: NSRange(location: cueEnd, length: r.location - cueEnd)) != nil {
                return false
            }
            // "He travelled to Doha to meet officials on Monday": an infinitive of purpose after a
            // verb of motion tells when the motion happened (not when another verb governs it:
            // "the strike came as delegations prepared to meet in Istanbul on Saturday").
            if index.string(cue.range).lowercased().hasPrefix("to "),
               let motion = index.firstMatch(DateResolver.motionVerb, in: NSRange(location: start, length: cue.range.location - start)) {
                let after = motion.range.location + motion.range.length
                if index.firstMatch(DateResolver.pastTense, in: NSRange(location: after, length: cue.range.location - after)) == nil { return false }
            }
            return true
        }
        /// Up to `n` units right after (positive `n`) or before (negative) `r`, cut at a full stop
        /// or line break: the rest of its sentence.
        func sentenceWindow(_ r: NSRange, _ n: Int) -> NSRange {
            let isStop = { (u: Int) in index.units[u] == 0x2E || index.units[u] == 0x0A }
            if n > 0 {
                let start = r.location + r.length
                let end = (start..<min(index.units.count, start + n)).first(where: isStop) ?? min(index.units.count, start + n)
                return NSRange(location: start, length: end - start)
            }
            let start = (max(0, r.location + n)..<r.location).last(where: isStop).map { $0 + 1 } ?? max(0, r.location + n)
            return NSRange(location: start, length: r.location - start)
        }
        /// Whether a "by" (or "until") date at `r` looks back: a past perfect and no future cue in
        /// the 60 units after it ("By Tuesday night, calm had returned"), or, for "by", a past
        /// tense in the 80 before it with no future cue, obligation or infinitive there ("20,000
        /// had reached the camps by Tuesday evening", "had reached relief camps in Khar, the
        /// district headquarters, by Monday"; not "were told to leave by Tuesday"). A
        /// past tense before "until" says nothing: "the service was suspended until Wednesday".
        func passedBy(_ r: NSRange, lead: String = "by") -> Bool {
            let after = sentenceWindow(r, 60)
            if index.firstMatch(DateResolver.futureCue, in: after) != nil { return false }
            if index.firstMatch(DateResolver.pastPerfect, in: after) != nil { return true }
            guard lead == "by" else { return false }
            let before = sentenceWindow(r, -80)
            return (index.firstMatch(DateResolver.pastPerfect, in: before) != nil || index.firstMatch(DateResolver.pastTense, in: before) != nil)
                && index.firstMatch(DateResolver.futureCue, in: before) == nil && index.firstMatch(DateResolver.obligation, in: before) == nil
        }
        /// How many days behind publication an "until" date may lie before it is read as next
        /// year's: 240 after a past tense in the 40 units before it ("who were exempt until June
        /// 30" in October is this year's June), else 90.
        func untilBehind(_ lead: String, _ r: NSRange) -> Int {
            (lead == "until" || lead == "till") && index.firstMatch(DateResolver.pastBeforeUntil, in: sentenceWindow(r, -40)) != nil ? 240 : 90
        }
        /// The ASCII-letter word that ends one space before `i`, or starts one space after it.
        func word(endingBefore i: Int) -> String {
            guard i >= 2, index.units[i - 1] == 0x20 else { return "" }
            var a = i - 1
            while a > 0, let c = Unicode.Scalar(index.units[a - 1]), c.properties.isAlphabetic, c.isASCII { a -= 1 }
            return index.string(NSRange(location: a, length: i - 1 - a)).lowercased()
        }
        func word(startingAfter i: Int) -> String {
            guard i + 1 < index.units.count, index.units[i] == 0x20 else { return "" }
            var b = i + 1
            while b < index.units.count, let c = Unicode.Scalar(index.units[b]), c.properties.isAlphabetic, c.isASCII { b += 1 }
            return index.string(NSRange(location: i + 1, length: b - i - 1)).lowercased()
        }
        func dayValue(_ d: Day) -> String { d.description }
        func isUpper(_ u: UInt16) -> Bool { u >= 0x41 && u <= 0x5A }
        /// Whether two words of a holiday's name are joined as a name's are: by one space,
        /// hyphen or apostrophe ("Quaid-e-Azam Day", "New Year's Eve"), never by a full stop.
        func holidayJoin(_ a: TextIndex.Run, _ b: TextIndex.Run) -> Bool {
            let end = a.range.location + a.range.length
            return b.range.location == end + 1 && [0x20, 0x2D, 0x27, 0x2019].contains(index.units[end])
        }
        /// The run before holiday run `r` that may name its country: the possessor of "'s"
        /// ("Pakistan's"), else the word right before; nil at the text's start.
        func ownerRun(before r: Int) -> Int? { r >= 2 && runs[r - 1].word == "s" ? r - 2 : r >= 1 ? r - 1 : nil }
        /// The holiday of `entries` that the words before run `r` point to: the only one (or
        /// several on one day), else the one whose country is named right before it
        /// ("Pakistan's Independence Day", "Afghan Independence Day").
        func holidayEntry(_ entries: [Holidays.Holiday], before r: Int) -> Holidays.Holiday? {
            guard let first = entries.first else { return nil }
            if entries.allSatisfy({ $0.month == first.month && $0.day == first.day }) { return first }
            let owner = ownerRun(before: r).map { runs[$0].word } ?? ""
            if let code = MatchNames.demonyms[owner] { return entries.first { $0.country == code } }
            return entries.first { $0.countryName.lowercased() == owner }
        }
        func monthValue(_ y: Int, _ m: Int) -> String { "\(y)-\(m < 10 ? "0" : "")\(m)" }
        /// The value, granularity and first and last days of the whole year `y`, or of its month `mo`.
        func period(_ y: Int, _ mo: Int? = nil) -> (value: String, granularity: DateMention.Granularity, first: Day?, last: Day?) {
            guard let mo else { return (String(y), .year, Day(y, 1, 1), Day(y, 12, 31)) }
            return (monthValue(y, mo), .month, Day(y, mo, 1), Day(y, mo, Day.daysIn(month: mo, year: y)))
        }
        /// A mention of the whole year `y`.
        func addYear(_ r: NSRange, _ y: Int, _ anchor: DateMention.Anchor) {
            let p = period(y)
            add(r, p.value, p.granularity, anchor, first: p.first, last: p.last)
        }
        /// A mention of the whole month `mo` of `y`.
        func addMonth(_ r: NSRange, _ y: Int, _ mo: Int, _ anchor: DateMention.Anchor) {
            let p = period(y, mo)
            add(r, p.value, p.granularity, anchor, first: p.first, last: p.last)
        }
        /// The year of a month named without one: the most recent such month, or the coming one
        /// where the words before `r` speak of the future.
        func nearestYear(of mo: Int, _ r: NSRange, _ p: Day) -> Int {
            if let y = clauseYear(r) { return y }
            return future(r) && !pastVerbRightAfter(r) ? (mo < p.month ? p.year + 1 : p.year) : (mo > p.month ? p.year - 1 : p.year)
        }
        /// Whether the word right after `r` is a past tense ("talks are to resume on Thursday,
        /// after a round in late October ended"): the month is the subject's past, whatever
        /// future cue came before.
        func pastVerbRightAfter(_ r: NSRange) -> Bool {
            let end = r.location + r.length
            guard end + 1 < index.units.count, index.units[end] == 0x20 else { return false }
            let window = NSRange(location: end + 1, length: min(12, index.units.count - end - 1))
            return [DateResolver.pastAuxiliary, DateResolver.pastEventVerb].contains { re in
                index.firstMatch(re, in: window).map { $0.range.location == end + 1 } ?? false
            }
        }
        /// The year a "when" clause around `r` hangs on ("since 2021, when the Taliban seized
        /// Kabul on August 15"), which dates its yearless days and months.
        func clauseYear(_ r: NSRange) -> Int? {
            guard let m = index.firstMatch(DateResolver.yearWhen, in: sentenceWindow(r, -90)) else { return nil }
            return index.group(m, 1).flatMap { Int($0) }
        }
        /// The date of a month and day without a year: the most recent one, or with `ahead` (or
        /// a future cue) the coming one, unless it is more than `behind` days past.
        func yearless(_ month: Int, _ day: Int, _ r: NSRange, ahead: Bool = false, behind: Int = 90) -> Day? {
            guard let p = published, var d = Day(p.year, month, day) else { return nil }
            if let y = clauseYear(r), let inClause = Day(y, month, day) { return inClause }
            if let y = yearNamedAfter(r), let named = Day(y, month, day) { return named }
            if let y = relativeYear(after: r)?.year, let named = Day(y, month, day) { return named }
            // "Friday, October 24": the weekday names the year, among last, this and next.
            if let wd = weekdayBefore(r) {
                let years = [p.year, p.year - 1, p.year + 1].compactMap { Day($0, month, day) }.filter { $0.weekday == wd }
                if let nearest = years.min(by: { abs($0 - p) < abs($1 - p) }) { return nearest }
            }
            if ahead || future(r) {
                // Only a date well behind publication is read as next year's.
                if d < p.adding(days: -behind), let next = Day(p.year + 1, month, day) { d = next }
            } else if d > p.adding(days: 3), let prev = Day(p.year - 1, month, day) {
                // Writers give the year of a date almost a year back, so a date a few weeks ahead
                // that no past tense tells of is coming ("the talks that resume in Istanbul on
                // November 6 should start with trade").
                let soon = d <= p.adding(days: 45) && !toldInPast(r)
                if !soon { d = prev }
            }
            return d
        }
        /// A year named relative to publication right after `r` ("November last year", "March 3
        /// of last year", "May this year"): the year and `r` extended over the phrase, which
        /// then belongs to the date and gives no year mention of its own.
        func relativeYear(after r: NSRange) -> (year: Int, range: NSRange)? {
            guard let p = published else { return nil }
            var phrase = index.string(index.range(after: r, count: 14)).lowercased()
            var skipped = 0
            if phrase.hasPrefix(" of ") {
                phrase.removeFirst(3)
                skipped = 3
            }
            for (word, delta) in [(" last year", -1), (" this year", 0), (" next year", 1)] where phrase.hasPrefix(word) {
                // "May this yearly review" is no year: the phrase ends at a non-letter.
                let after = phrase.dropFirst(word.count).first
                if let after, after.isLetter || after.isNumber { return nil }
                return (p.year + delta, NSRange(location: r.location, length: r.length + skipped + word.count))
            }
            return nil
        }
        /// The year a phrase right after a yearless day names ("the May 9 riots in 2023").
        func yearNamedAfter(_ r: NSRange) -> Int? {
            guard let m = index.firstMatch(DateResolver.yearAfter, in: sentenceWindow(r, 40)) else { return nil }
            return index.group(m, 1).flatMap { Int($0) }
        }
        /// Whether a past tense stands in the sentence around `r` ("was", "had", "reopened", "began").
        func toldInPast(_ r: NSRange) -> Bool {
            // A regular past tense counts only a few words before the date ("reopened on October
            // 20"); further back it may be a reporting verb whose clause looks ahead.
            [sentenceWindow(r, -80), sentenceWindow(r, 60)].contains { w in
                index.firstMatch(DateResolver.pastAuxiliary, in: w) != nil || index.firstMatch(DateResolver.pastEventVerb, in: w) != nil
            } || index.firstMatch(DateResolver.pastTense, in: sentenceWindow(r, -24)) != nil
        }

        /// The weekday named right before `r` ("Friday, October 24", "on Friday 24 October").
        func weekdayBefore(_ r: NSRange) -> Int? {
            let start = max(0, r.location - 12)
            let before = index.string(NSRange(location: start, length: r.location - start))
            // Spaces or a comma, then the word before them (a full name: "Sun" or "Sat" may be words).
            let rest = before.reversed().drop { $0 == " " || $0 == "," }
            guard rest.count < before.count else { return nil }
            let word = String(rest.prefix(while: \.isLetter).reversed())
            return word.count > 3 ? CalendarNames.weekdays[word.lowercased()] : nil
        }

        /// A range of days in one month gives two mentions: its first day and its last
        /// ("10" and "13 September", or "October 11" and "12").
        func addRange(_ m: ICURegex.Match, month mo: Int, from a: Int, to b: Int, year explicitYear: Int?,
                      first firstRange: NSRange, last lastRange: NSRange) {
            guard a < b else { return }
            guard let f = explicitYear.flatMap({ Day($0, mo, a) }) ?? yearless(mo, a, m.range), let l = Day(f.year, mo, b) else {
                // No year to give it (no publication date): still a date, so its days are no
                // numbers ("October 11, 23 soldiers" is not 11 dead).
                if published == nil { add(firstRange, nil, nil, nil); add(lastRange, nil, nil, nil); taken.append(m.range) }
                return
            }
            let anchor: DateMention.Anchor = explicitYear == nil ? .published : .absolute
            add(firstRange, dayValue(f), .day, anchor, first: f, last: f)
            add(lastRange, dayValue(l), .day, anchor, first: l, last: l)
            taken.append(m.range)
        }
        /// The last day or month mentioned before `r` in its paragraph (within 400 units), which
        /// "on the 28th" or "the end of the month" refer to.
        func monthBefore(_ r: NSRange) -> DateMention? {
            var paragraphStart = r.location
            while paragraphStart > 0, r.location - paragraphStart < 400, index.units[paragraphStart - 1] != 0x0A { paragraphStart -= 1 }
            let lower = index.span(NSRange(location: paragraphStart, length: 0)).start, start = index.span(r).start
            return out.filter { mention in
                mention.span.start >= lower && mention.span.end <= start && (mention.granularity == .day || mention.granularity == .month)
            }.max { $0.span.start < $1.span.start }
        }
        func through(_ m: ICURegex.Match, from group: Int) -> NSRange {
            NSRange(location: m.range(at: group).location, length: m.range.location + m.range.length - m.range(at: group).location)
        }
        each(DateResolver.dayRange, in: monthWindows) { m in
            guard let a = int(m, 1), let b = int(m, 2), let mo = month(m, 3) else { return }
            addRange(m, month: mo, from: a, to: b, year: int(m, 4), first: m.range(at: 1), last: through(m, from: 2))
        }
        // Month, first day, last day, year in both; the first mention runs from the month name
        // (after "between") to the first day.
        for pattern in [DateResolver.betweenMonthDayRange, DateResolver.monthDayRange] {
            each(pattern, in: monthWindows) { m in
                guard let mo = month(m, 1), let a = int(m, 2), let b = int(m, 3) else { return }
                let start = m.range(at: 1).location
                let first = NSRange(location: start, length: m.range(at: 2).location + m.range(at: 2).length - start)
                addRange(m, month: mo, from: a, to: b, year: int(m, 4), first: first, last: through(m, from: 3))
            }
        }
        each(DateResolver.monthDayList, in: monthWindows) { m in
            guard let mo = month(m, 1), let a = int(m, 2), let z = int(m, 4) else { return }
            // The days in the middle group, each with its own range.
            var days: [(Int, NSRange)] = []
            let middle = m.range(at: 3)
            var u = middle.location
            while u < middle.location + middle.length {
                guard (0x30...0x39).contains(index.units[u]) else { u += 1; continue }
                let start = u
                while u < middle.location + middle.length, (0x30...0x39).contains(index.units[u]) { u += 1 }
                let r = NSRange(location: start, length: u - start)
                if let d = Int(index.string(r)) { days.append((d, r)) }
            }
            let start = m.range(at: 1).location
            let all = [(a, NSRange(location: start, length: m.range(at: 2).location + m.range(at: 2).length - start))] + days + [(z, m.range(at: 4))]
            guard zip(all, all.dropFirst()).allSatisfy({ $0.0 < $1.0 }) else { return }
            let year = int(m, 5)
            guard let first = year.flatMap({ Day($0, mo, a) }) ?? yearless(mo, a, m.range) else { return }
            let resolved = all.compactMap { d, r in Day(first.year, mo, d).map { ($0, r) } }
            guard resolved.count == all.count else { return }
            for (day, r) in resolved { add(r, dayValue(day), .day, year == nil ? .published : .absolute, first: day, last: day) }
            taken.append(m.range)
        }
        // Fixed-date holidays ("on Defence Day", "Christmas 2024", "last Christmas"): the day
        // and month the name stands for, read as a yearless date is. A name several countries
        // keep ("Independence Day") needs the country's name or demonym before it.
        if !holidayNames.isEmpty {
            for r in runs.indices where !runs[r].isDigits {
                // (The capital first: most words have none, and are not hashed.)
                guard isUpper(index.units[runs[r].range.location]), let candidates = holidayNames[runs[r].word] else { continue }
                for (words, entries) in candidates {
                    guard r + words.count <= runs.count,
                          (0..<words.count).allSatisfy({ runs[r + $0].word == words[$0] && !runs[r + $0].isDigits }),
                          (1..<words.count).allSatisfy({ holidayJoin(runs[r + $0 - 1], runs[r + $0]) }) else { continue }
                    let last = runs[r + words.count - 1]
                    var range = NSRange(location: runs[r].range.location, length: last.range.location + last.range.length - runs[r].range.location)
                    guard free(range), let holiday = holidayEntry(entries, before: r) else { break }
                    let next = r + words.count
                    var explicitYear: Int?
                    if next < runs.count, runs[next].isDigits, runs[next].range.length == 4,
                       runs[next].range.location == range.location + range.length + 1, index.units[range.location + range.length] == 0x20 {
                        explicitYear = Int(index.string(runs[next].range))
                        range.length = runs[next].range.location + 4 - range.location
                    }
                    let lead = r > 0 && runs[r - 1].range.location + runs[r - 1].range.length + 1 == range.location ? runs[r - 1].word : ""
                    var day: Day?
                    if let y = explicitYear {
                        day = Day(y, holiday.month, holiday.day)
                    } else if let p = published, lead == "last" || lead == "next", let this = Day(p.year, holiday.month, holiday.day) {
                        // A holiday of the past week is "this Christmas": "last" reaches a year back.
                        if lead == "last" { day = this < p.adding(days: -7) ? this : Day(p.year - 1, holiday.month, holiday.day) }
                        else { day = this > p ? this : Day(p.year + 1, holiday.month, holiday.day) }
                        if day != nil { range = NSRange(location: runs[r - 1].range.location, length: range.location + range.length - runs[r - 1].range.location) }
                    } else {
                        day = yearless(holiday.month, holiday.day, range)
                    }
                    guard var day else { break }
                    // "on the eve of Pakistan's Independence Day": the day before.
                    var k = r - 1
                    if let owner = ownerRun(before: r), owner < r - 1 || MatchNames.demonyms[runs[owner].word] != nil
                        || entries.contains(where: { $0.countryName.lowercased() == runs[owner].word }) { k = owner - 1 }
                    if k >= 1, runs[k].word == "of", runs[k - 1].word == "eve", lead != "last", lead != "next" {
                        day = day.adding(days: -1)
                        range = NSRange(location: runs[k - 1].range.location, length: range.location + range.length - runs[k - 1].range.location)
                    }
                    add(range, dayValue(day), .day, explicitYear == nil ? .published : .absolute, first: day, last: day)
                    break
                }
            }
        }
        each(DateResolver.dayMonthYear, in: monthWindows) { m in
            guard let d = int(m, 1), let mo = month(m, 2), let y = int(m, 3), let day = Day(y, mo, d) else { return }
            add(m.range, dayValue(day), .day, .absolute, first: day, last: day)
        }
        each(DateResolver.monthDayYear, in: monthWindows) { m in
            guard let mo = month(m, 1), let d = int(m, 2), let y = int(m, 3), let day = Day(y, mo, d) else { return }
            add(m.range, dayValue(day), .day, .absolute, first: day, last: day)
        }
        each(DateResolver.dayMonth, in: monthWindows) { m in
            guard let d = int(m, 1), let mo = month(m, 2) else { return }
            guard let day = yearless(mo, d, m.range, behind: untilBehind(word(endingBefore: m.range.location), m.range)) else {
                if published == nil { add(m.range, nil, nil, nil) }
                return
            }
            add(relativeYear(after: m.range)?.range ?? m.range, dayValue(day), .day, .published, first: day, last: day)
        }
        each(DateResolver.monthDay, in: monthWindows) { m in
            guard let mo = month(m, 2), let d = int(m, 3), (1...31).contains(d) else { return }
            let r = index.group(m, 1) == nil ? m.range : NSRange(location: m.range(at: 2).location, length: m.range.location + m.range.length - m.range(at: 2).location)
            let lead = (index.group(m, 1) ?? "").lowercased()
            guard let day = yearless(mo, d, m.range, ahead: ["until", "till"].contains(lead) || lead == "by" && !passedBy(m.range),
                                     behind: untilBehind(lead, m.range)) else {
                if published == nil { add(r, nil, nil, nil) }
                return
            }
            add(relativeYear(after: r)?.range ?? r, dayValue(day), .day, .published, first: day, last: day)
        }
        each(DateResolver.monthRange, in: monthWindows) { m in
            guard let a = month(m, 1), let b = month(m, 2) else { return }
            // Without a year, the later month is read as a month alone is, or takes the year
            // named after it ("between July and October last year").
            let y: Int
            let named = int(m, 3) == nil ? relativeYear(after: m.range) : nil
            if let year = int(m, 3) {
                y = year
            } else if let p = published {
                y = named?.year ?? nearestYear(of: b, m.range, p)
            } else {
                return
            }
            let anchor: DateMention.Anchor = int(m, 3) == nil ? .published : .absolute
            addMonth(m.range(at: 1), a <= b ? y : y - 1, a, anchor)
            let last = through(m, from: 2)
            addMonth(named.map { NSRange(location: last.location, length: NSMaxRange($0.range) - last.location) } ?? last, y, b, anchor)
            taken.append(m.range)
        }
        each(DateResolver.monthYear, in: monthWindows) { m in
            guard let mo = month(m, 2), let y = int(m, 3) else { return }
            addMonth(m.range, y, mo, .absolute)
        }
        func monthNamedAlone(_ m: ICURegex.Match) {
            guard let mo = month(m, 2) else { return }
            // Kept unresolved without a publication date: "in September" still names a month
            // (a tally's period) where no year can be given.
            guard let p = published else { add(m.range, nil, nil, nil); return }
            let word = (index.group(m, 1) ?? "").lowercased()
            var y = p.year
            // "in February next year", "in December last year": the year named after the month
            // decides; otherwise the cue word before it.
            let named = relativeYear(after: m.range)
            if let named {
                y = named.year
            } else {
                switch word {
                case "next": if mo <= p.month { y += 1 }
                case "last": if mo >= p.month { y -= 1 }
                case "this": break
                case "by" where passedBy(m.range): if mo > p.month { y -= 1 }
                case "by", "until", "till": if mo < p.month { y += 1 }
                default: y = nearestYear(of: mo, m.range, p)
                }
            }
            addMonth(named?.range ?? m.range, y, mo, .published)
        }
        each(DateResolver.monthAlone, in: monthWindows, monthNamedAlone)
        each(DateResolver.monthSubject, in: monthWindows, monthNamedAlone)
        each(DateResolver.relativeDay, in: relativeDayWindows) { m in
            guard let p = published else { add(m.range, nil, nil, nil); return }
            let word = index.string(m.range).lowercased()
            let d: Day
            switch word {
            case "yesterday", "last night", "last evening": d = p.adding(days: -1)
            case "tomorrow": d = p.adding(days: 1)
            // "the day before yesterday", "the day after tomorrow" (any spacing).
            case _ where word.hasPrefix("the"): d = p.adding(days: word.hasSuffix("yesterday") ? -2 : 2)
            default: d = p
            }
            add(m.range, dayValue(d), .day, .published, first: d, last: d)
        }
        each(DateResolver.daysAgo, in: agoWindows) { m in
            guard let p = published, let word = index.group(m, 1)?.lowercased(), let unit = index.group(m, 2)?.lowercased() else {
                add(m.range, nil, nil, nil)
                return
            }
            let n = Int(word) ?? DateResolver.countWords[word] ?? 0
            if unit.hasPrefix("day") {
                let d = p.adding(days: -n)
                add(m.range, dayValue(d), .day, .published, first: d, last: d)
            } else if unit.hasPrefix("year") {
                // "two years ago": the calendar year, whatever the day.
                addYear(m.range, p.year - n, .published)
            } else if unit.hasPrefix("month") {
                let (y, mo) = DateResolver.month(of: p, plus: -n)
                addMonth(m.range, y, mo, .published)
            } else {
                let n = unit.hasPrefix("fortnight") ? 2 * n : n
                // "two weeks ago" is a week, given as its month only when that is certain.
                let a = p.adding(days: -7 * n - 3), b = p.adding(days: -7 * n + 3)
                if a.month == b.month, a.year == b.year {
                    add(m.range, monthValue(a.year, a.month), .month, .published, first: a, last: b)
                } else {
                    add(m.range, nil, nil, nil)
                }
            }
        }
        each(DateResolver.ordinalDay, in: ordinalWindows) { m in
            guard let p = published, let n = int(m, 1) else { add(m.range, nil, nil, nil); return }
            // The month of a day or month named shortly before, in the same paragraph ("talks
            // began on October 25 … on the 28th they collapsed"); else the most recent such day on
            // or before publication, or the next one after it when the sentence speaks of the future.
            let which = index.group(m, 2)?.lowercased()
            var (y, mo) = (p.year, p.month)
            let context = which == nil ? monthBefore(m.range) : nil
            if let context, let first = context.first, n >= first.day || context.granularity == .month {
                (y, mo) = (first.year, first.month)
            } else if which == "last" || which == nil && n > p.day && !future(m.range) {
                (y, mo) = DateResolver.month(of: p, plus: -1)
            } else if which == nil, n < p.day, future(m.range) {
                // "Talks will resume on the 6th" (after the 4th): the next such day.
                (y, mo) = DateResolver.month(of: p, plus: 1)
            }
            guard let d = Day(y, mo, n) else { add(m.range, nil, nil, nil); return }
            add(m.range, dayValue(d), .day, .published, first: d, last: d)
        }
        each(DateResolver.partOfPeriod, in: periodWindows) { m in
            guard let p = published else { add(m.range, nil, nil, nil); return }
            if index.group(m, 1)?.lowercased() == "year" {
                addYear(m.range, p.year, .published)
            } else if let first = monthBefore(m.range)?.first {
                // "In September … by the end of the month": the month named before.
                addMonth(m.range, first.year, first.month, .published)
            } else {
                addMonth(m.range, p.year, p.month, .published)
            }
        }
        var previousWeeks: [NSRange] = []  // "the previous week", which a day named before it may anchor
        each(DateResolver.relativePeriod, in: periodWindows) { m in
            guard let p = published else { add(m.range, nil, nil, nil); return }
            let which = (index.group(m, 2) ?? "").lowercased()
            let unit = (index.group(m, 3) ?? "").lowercased()
            // "the previous year" counts from the last date named, with the others of its kind
            // (``anchoredShift``).
            if which == "previous", unit != "week" { return }
            if which == "previous" { previousWeeks.append(m.range) }
            let offset = ["last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1].first { $0.key == which }?.value ?? 0
            switch unit {
            case "year":
                if which == "past" { add(m.range, nil, nil, nil); return }
                addYear(m.range, p.year + offset, .published)
            case "month":
                if which == "past" || which == "coming" { add(m.range, nil, nil, nil); return }
                let (y, mo) = DateResolver.month(of: p, plus: offset)
                addMonth(m.range, y, mo, .published)
            default:
                // "the past week" is a duration ending now, not a calendar unit; "last week" is the
                // calendar week before the report's, given as its month when the whole week lies
                // in one month whether weeks start on Monday or on Sunday ("last week" on
                // Wednesday, September 3 is August's; on Sunday, October 5 it may be either). "This
                // week" runs from Monday to the report.
                if which == "past" || which == "coming" { add(m.range, nil, nil, nil); return }
                let sunday = p.adding(days: -p.weekday)
                let monday = p.monday
                let first = min(sunday, monday), lastStart = max(sunday, monday)
                let (a, b) = offset < 0 ? DateResolver.weekBefore(p)
                    : offset > 0 ? (first.adding(days: 7), lastStart.adding(days: 13)) : (monday, p)
                if a.month == b.month, a.year == b.year {
                    add(m.range, monthValue(a.year, a.month), .month, .published, first: a, last: b)
                } else {
                    add(m.range, nil, nil, nil)
                }
            }
        }
        each(DateResolver.season, in: periodWindows) { m in
            guard let p = published else { add(m.range, nil, nil, nil); return }
            let which = (index.group(m, 1) ?? "").lowercased()
            let (first, last) = switch (index.group(m, 2) ?? "").lowercased() {
            case "spring": (3, 5)
            case "summer": (6, 8)
            default: (9, 11)  // autumn
            }
            // "last summer" in August is the year before's; "next spring" in April the year after's.
            let year = which == "last" ? (p.month > last ? p.year : p.year - 1) : which == "next" ? (p.month < first ? p.year : p.year + 1) : p.year
            addYear(m.range, year, .published)
        }
        each(DateResolver.partOfWeek, in: periodWindows) { m in
            guard let p = published else { add(m.range, nil, nil, nil); return }
            // The days of the report's week (Monday to Sunday) that the part names, up to the
            // report for a part before it, from the report for one after it; given as their month
            // when they lie in one.
            let monday = p.monday
            let part = (index.group(m, 1) ?? index.group(m, 2) ?? "").lowercased()
            let (a, b) = ["earlier", "start", "beginning"].contains(part) ? (monday, p)
                : ["later", "end", "rest"].contains(part) ? (p, monday.adding(days: 6)) : (monday, monday.adding(days: 6))
            if a.month == b.month, a.year == b.year {
                add(m.range, monthValue(a.year, a.month), .month, .published, first: a, last: b)
            } else {
                add(m.range, nil, nil, nil)
            }
        }
        each(DateResolver.weekend, in: periodWindows) { m in
            guard let p = published else { add(m.range, nil, nil, nil); return }
            let which = (index.group(m, 1) ?? "").lowercased()
            // The weekend of the report (Saturday and Sunday count as in it), else the last one.
            let inWeekend = p.weekday == 6 || p.weekday == 0
            var saturday = p
            while saturday.weekday != 6 { saturday = saturday.adding(days: -1) }
            switch which {
            case "last", "past", "this past": if inWeekend { saturday = saturday.adding(days: -7) }
            case "this": if !inWeekend { saturday = saturday.adding(days: 7) }
            case "next": saturday = saturday.adding(days: 7)
            default: break
            }
            let sunday = saturday.adding(days: 1)
            if saturday.month == sunday.month {
                add(m.range, monthValue(saturday.year, saturday.month), .month, .published, first: saturday, last: sunday)
            } else {
                add(m.range, nil, nil, nil)
            }
        }
        each(DateResolver.vague, in: vagueWindows) { m in add(m.range, nil, nil, nil) }
        each(DateResolver.numericDate, in: yearWindows) { m in
            let day: Day?
            if let y = int(m, 4), let mo = int(m, 5), let d = int(m, 6) {
                day = Day(y, mo, d)
            } else if let a = int(m, 1), let b = int(m, 2), let y = int(m, 3) {
                day = b > 12 ? Day(y, a, b) : Day(y, b, a)
            } else {
                day = nil
            }
            guard let day else { return }
            add(m.range, dayValue(day), .day, .absolute, first: day, last: day)
        }
        each(DateResolver.decade, in: yearWindows) { m in add(m.range, nil, nil, nil) }
        each(DateResolver.hyphenYear, in: yearWindows) { m in
            guard let y = int(m, 1) else { return }
            addYear(m.range, y, .absolute)
        }
        each(DateResolver.year, in: yearWindows) { m in
            guard let y = int(m, 1) else { return }
            addYear(m.range, y, .absolute)
        }
        /// Whether the weekday match `m` dates a happening: "the attack on Monday", "Monday's strikes".
        func datesHappening(_ m: ICURegex.Match) -> Bool {
            if (index.group(m, 1) ?? "").lowercased() == "on", DateResolver.happeningNouns.contains(word(endingBefore: m.range.location)) { return true }
            let text = index.string(m.range)
            return (text.hasSuffix("'s") || text.hasSuffix("’s")) && DateResolver.happeningNouns.contains(word(startingAfter: m.range.location + m.range.length))
        }
        /// Whether the weekday match `m` is the day something is planned for ("announced protests
        /// for Thursday", "talks set for Monday"); "for Thursday's attack" names a happening's day.
        func plannedFor(_ m: ICURegex.Match) -> Bool {
            let text = index.string(m.range)
            return word(endingBefore: m.range.location) == "for" && !text.hasSuffix("'s") && !text.hasSuffix("’s")
        }
        // The previous weekday read back from the publication date, for lists ("on Thursday and
        // Friday"): its index in `out` and where it ended.
        var previousWeekday: (index: Int, end: Int)?
        each(DateResolver.weekday, in: weekdayWindows) { m in
            guard let name = index.group(m, 2), let wd = CalendarNames.weekdays[name.lowercased()] else { return }
            // "On Wednesday, October 15": the weekday is the date that follows it.
            let end = index.span(m.range).end
            if let date = out.first(where: { $0.granularity == .day && $0.span.start >= end && $0.span.start <= end + 2 }), let day = date.first {
                add(m.range, date.value, .day, date.anchor, first: day, last: day)
                return
            }
            guard let p = published else { add(m.range, nil, nil, nil); return }
            let lead = (index.group(m, 1) ?? "").lowercased()
            // "on Wednesday last week", "on Monday of last week": that day of the calendar week
            // (Monday to Sunday) before the report's; the words after it join the mention.
            let after = index.string(index.range(after: m.range, count: 13)).lowercased()
            if let suffix = [" last week", " of last week"].first(where: { after.hasPrefix($0) }) {
                let monday = p.monday
                let d = monday.adding(days: -7 + (wd == 0 ? 6 : wd - 1))
                let r = NSRange(location: m.range.location, length: m.range.length + suffix.utf16.count)
                let span = index.span(r)
                out.removeAll { $0.span.start >= span.start && $0.span.end <= span.end }
                add(r, dayValue(d), .day, .published, first: d, last: d)
                return
            }
            // "On Friday last" (as South Asian English writes "last Friday"): strictly before the
            // report's day; the word joins the mention.
            let lastAfter = after.hasPrefix(" last") && !(after.dropFirst(5).first?.isLetter ?? false)
                && ![" last month", " last year"].contains(where: after.hasPrefix)
            let word = lastAfter ? "last" : lead
            let range = lastAfter ? NSRange(location: m.range.location, length: m.range.length + 5) : m.range
            let d: Day
            let ahead = word == "next" || ["until", "till", "by"].contains(word) && !passedBy(range, lead: word)
            if ahead || word.isEmpty && plannedFor(m) || word != "last" && !datesHappening(m) && future(range, clause: true) {
                // "expected to start on Thursday" in a Thursday report is that day; "next
                // Thursday", "until Thursday" point past it.
                var k = ahead ? 1 : 0
                while p.adding(days: k).weekday != wd { k += 1 }
                d = p.adding(days: k)
            } else {
                var k = word == "last" ? 1 : 0
                while p.adding(days: -k).weekday != wd { k += 1 }
                d = p.adding(days: -k)
                // "Strikes on Thursday and Friday" in a Thursday report: the days of a list run
                // in order, so the Thursday is last week's, the one before that Friday.
                if let before = previousWeekday, before.end <= range.location, range.location - before.end <= 6,
                   DateResolver.listLink.contains(index.string(NSRange(location: before.end, length: range.location - before.end)).lowercased()),
                   let earlier = out[before.index].first, earlier > d, earlier.adding(days: -7) < d {
                    let moved = earlier.adding(days: -7)
                    out[before.index].value = dayValue(moved)
                    out[before.index].first = moved
                    out[before.index].last = moved
                }
                add(range, dayValue(d), .day, .published, first: d, last: d)
                previousWeekday = (out.count - 1, range.location + range.length)
                return
            }
            add(range, dayValue(d), .day, .published, first: d, last: d)
        }
        // "Two days earlier, a bomb killed three people": counted from the last day named
        // before it in the text, however far back (a paragraph opening "A day earlier" counts
        // from the lede's day); with none, no date is given. "A day earlier, on Sunday": the
        // weekday after it names the day itself.
        func inTextOrder(_ a: DateMention, _ b: DateMention) -> Bool { a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end }
        var sorted = out.sorted(by: inTextOrder)
        var anchored: [DateMention] = []
        each(DateResolver.anchoredDay, in: anchoredWindows) { m in
            let span = index.span(m.range)
            guard let a = sorted.lastIndex(where: { $0.granularity == .day && $0.span.end <= span.start }),
                  var day = sorted[a].first else { return }
            let end = m.range.location + m.range.length
            if end + 2 <= index.units.count, index.units[end] == 0x2C, index.units[end + 1] == 0x20,
               sorted.contains(where: { $0.granularity == .day && $0.span.start > span.end && $0.span.start - span.end <= 3 }) { return }
            let words = Words.lowercased(index.string(m.range))
            let back = ["earlier", "before", "previous"].contains { words.contains($0) }
            // "On the night of October 11-12 … two days earlier": counted back from the range's
            // first day.
            if back, a > 0, sorted[a - 1].granularity == .day, let first = sorted[a - 1].first,
               sorted[a].span.start - sorted[a - 1].span.end <= 5, (1...3).contains(day - first) {
                day = first
            }
            // "the same day", "that evening": the day named.
            let same = words.contains("same") || words.first == "that"
            let count = same ? 0 : words.first.flatMap { Int($0) ?? DateResolver.countWords[$0] } ?? 1
            // ("A week earlier", "two weeks later": seven days each.)
            let n = words.contains { $0.hasPrefix("week") } ? 7 * count : count
            let d = day.adding(days: back ? -n : n)
            anchored.append(DateMention(span: span, text: index.string(m.range), value: dayValue(d), granularity: .day, anchor: .context, first: d, last: d))
        }
        // "that year": of the last date named before it, within 600 units (a month's needs a
        // date that names the month).
        each(DateResolver.anchoredPeriod, in: periodWindows) { m in
            let span = index.span(m.range)
            let month = index.string(m.range).lowercased().hasSuffix("month")
            // A month named right before "that year" ("In September that year", "in August of
            // that year") takes the year named before it, and the two are one date.
            let spaced = m.range.location > 0 && index.string(NSRange(location: m.range.location - 1, length: 1)) == " "
            let gap = m.range.location >= 4 && index.string(NSRange(location: m.range.location - 4, length: 4)).lowercased() == " of " ? 4 : 1
            let named = month || !spaced ? nil : sorted.lastIndex { d in
                d.granularity == .month && d.span.end + gap == span.start && d.first != nil
                    && !d.text.unicodeScalars.contains { $0.properties.numericType != nil }
            }
            guard let a = sorted.last(where: { d in
                d.span.end <= (named.map { sorted[$0].span.start } ?? span.start) && span.start - d.span.end <= 600 && d.first != nil
                    // "since 2023" runs to the report's day, but names its first year.
                    && (d.first?.year == d.last?.year || d.granularity == .year && d.value?.utf8.count == 4)
                    && (!month || d.granularity == .day || d.granularity == .month && d.first?.month == d.last?.month)
            }), let first = a.first else { return }
            if let named, let monthNamed = sorted[named].first?.month {
                let p = period(first.year, monthNamed)
                let whole = Span(sorted[named].span.start, span.end)
                sorted[named] = DateMention(span: whole, text: sorted[named].text + index.string(NSRange(location: m.range.location - gap, length: gap + m.range.length)),
                                            value: p.value, granularity: p.granularity, anchor: .context, first: p.first, last: p.last)
                return
            }
            let p = period(first.year, month ? first.month : nil)
            anchored.append(DateMention(span: span, text: index.string(m.range), value: p.value, granularity: p.granularity, anchor: .context,
                                        first: p.first, last: p.last))
        }
        /// The UTF-16 offset where the sentence holding `location` starts: after a line break, or
        /// after a full stop, question or exclamation mark and a space.
        func sentenceStart(_ location: Int) -> Int {
            let units = index.units
            var start = location
            while start > 0, units[start - 1] != 0x0A, !(start >= 2 && units[start - 1] == 0x20 && [0x2E, 0x3F, 0x21].contains(units[start - 2])) {
                start -= 1
            }
            return start
        }
        // "a year earlier", "the following month": one year or month from the last date named
        // before it in its sentence (or, when it opens the sentence, within 600 units) that lies
        // in one year, and for a month in one month; "the previous year" with no such date is the
        // year before publication. ("Exports fell to $1.1bn in the 2024-25 fiscal year from
        // $1.4bn a year earlier" names no date in its sentence: the one before is no anchor.)
        each(DateResolver.anchoredShift, in: anchoredWindows) { m in
            let span = index.span(m.range)
            let words = Words.lowercased(index.string(m.range))
            let month = words.contains("month") || words.contains("months")
            // "six months earlier", "Eleven years later": the count before the unit.
            let count = words.first.flatMap { Int($0) ?? DateResolver.countWords[$0] } ?? 1
            let step = (words.contains { ["before", "earlier", "previous"].contains($0) } ? -1 : 1) * count
            let start = sentenceStart(m.range.location)
            let opens = start == m.range.location
            let opening = index.span(NSRange(location: start, length: 0)).start
            let anchor = sorted.last { d in
                d.span.end <= span.start && (opens ? span.start - d.span.end <= 600 : d.span.start >= opening)
                    && d.first != nil && d.first?.year == d.last?.year
                    && (!month || d.granularity == .day || d.granularity == .month && d.first?.month == d.last?.month)
            }
            guard let base = anchor?.first ?? (words.contains("previous") ? published : nil) else { return }
            let shifted = DateResolver.month(of: base, plus: step)
            let p = month ? period(shifted.year, shifted.month) : period(base.year + step)
            anchored.append(DateMention(span: span, text: index.string(m.range), value: p.value, granularity: p.granularity,
                                        anchor: anchor == nil ? .published : .context, first: p.first, last: p.last))
        }
        // "The fighting began last Saturday, hours after an ambush the previous week": after a day
        // its sentence names, "the previous week" is the week before that day's, not before the
        // report's (as "up from 24 the previous week" in a weekly tally is).
        for r in previousWeeks {
            let span = index.span(r)
            guard let i = sorted.firstIndex(where: { $0.span == span }) else { continue }
            let opening = index.span(NSRange(location: sentenceStart(r.location), length: 0)).start
            guard let day = sorted[..<i].last(where: { $0.granularity == .day && $0.span.start >= opening })?.first else { continue }
            let (a, b) = DateResolver.weekBefore(day)
            let sameMonth = a.month == b.month && a.year == b.year
            sorted[i] = DateMention(span: sorted[i].span, text: sorted[i].text, value: sameMonth ? monthValue(a.year, a.month) : nil,
                                    granularity: sameMonth ? .month : nil, anchor: sameMonth ? .context : nil,
                                    first: sameMonth ? a : nil, last: sameMonth ? b : nil)
        }
        return anchored.isEmpty ? sorted : (sorted + anchored).sorted(by: inTextOrder)
    }

    /// The calendar week before the one of `day`, from its earliest first day to its latest last
    /// day whether weeks start on Monday or on Sunday.
    static func weekBefore(_ day: Day) -> (first: Day, last: Day) {
        let sunday = day.adding(days: -day.weekday), monday = day.monday
        return (min(sunday, monday).adding(days: -7), max(sunday, monday).adding(days: -1))
    }
}

/// The dates layer: ``DateResolver`` over the cleaned text, against the publication date.
///
/// Requires: `text`. Produces: `dates`.
public struct ResolveDates: Stage {
    public static let requires: Set<Layer> = [.text]
    public static let produces: Set<Layer> = [.dates]

    public let resolver: DateResolver

    public init(holidays: Holidays = Holidays(holidays: [])) { resolver = DateResolver(holidays: holidays) }

    public func process(_ document: inout Document) throws(StageError) {
        document.dates = resolver.resolve(document.index, published: document.published)
    }
}
