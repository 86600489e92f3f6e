import Foundation

/// The events layer: each sentence that reports an incident or a political happening becomes
/// an event, with its casualty figures, claimant, date, places and actors; mentions of one
/// incident within the article are merged into one event.
///
/// Requires: `sentences`, `tokens`, `places`, `entities`, `dates`, `numbers`.
/// Produces: `events`.
///
/// - Type: from trigger words (``EventTypes``); a sentence with casualty figures but no trigger
///   joins the event of the sentence before it in the paragraph, or becomes an attack.
/// - Date: the sentence's resolved date (day before month before year), else the previous
///   sentence's in the paragraph (`context`), else the publication date (`published`).
/// - Places: the sentence's, else the paragraph's. Actors: the sentence's entities.
/// - Aggregate figures: a sentence with a period ("last year", "since January 1", "in the
///   first three quarters") and no single incident noun reports a statistic.
public struct ExtractEvents: Stage {
    public static let requires: Set<Layer> = [.sentences, .tokens, .keys, .places, .entities, .dates, .numbers]
    public static let produces: Set<Layer> = [.events]

    /// Resolves claimants that no entity mention covers ("Pakistan's military").
    public let matcher: NameMatcher?

    public init(matcher: NameMatcher? = nil) {
        self.matcher = matcher
    }

    /// The entity a claimant names: a person mentioned in it, else the first entity mentioned,
    /// else the gazetteer entry its words name once possessives and articles are dropped (looked
    /// up once per claimant text of the document: `named` keeps the answers).
    func claimantEntity(_ span: Span, _ text: String, in document: Document, named: inout [String: EntityEntry?]) -> EntityEntry? {
        // "The UN mission in Afghanistan (UNAMA) said": the acronym names the claimant whole.
        if let acronym = document.entities.first(where: { $0.span.start == span.end + 2 }), document.slice(Span(span.end, span.end + 2)) == " (" {
            return acronym.entity
        }
        let inside = document.entities.filter { $0.span.start >= span.start && $0.span.end <= span.end }
        if let person = inside.first(where: { $0.entity.kind == .person }) { return person.entity }
        if let first = inside.first { return first.entity }
        guard let matcher else { return nil }
        if let known = named[text] { return known }
        // The keys layer already holds the span's keys: no second tokenising, no shared cache.
        var words = document.keys(in: span)
        words.removeAll { $0 == "s" }
        if words.first == "the" { words.removeFirst() }
        let entity = matcher.entityByKey[words.joined(separator: " ")].map { matcher.gazetteer.entities[$0] }
        named[text] = .some(entity)
        return entity
    }

    /// Plural nouns of happenings told together ("coordinated assaults in late August").
    static let seriesIncidents: WordSet = ["attacks", "assaults", "bombings", "strikes", "airstrikes", "raids", "clashes", "ambushes", "blasts", "explosions"]
    /// Nouns of a stretch of fighting that a length in days or hours bounds ("a four-day conflict").
    static let episodeNouns: WordSet = [
        "conflict", "war", "fighting", "clashes", "battle", "standoff", "escalation", "confrontation", "offensive", "siege",
    ]
    /// One happening, so that a figure reported with it is no statistic ("an earthquake in
    /// August killed more than 2,200 people").
    static let incidentNouns: WordSet = [
        "attack", "raid", "operation", "clash", "strike", "blast", "explosion", "ambush", "bombing", "gunfight", "assault", "incident",
        "skirmish", "firefight", "offensive", "earthquake", "quake", "landslide", "avalanche", "crash", "collision", "stampede", "fire", "blaze",
        "bomber", "bomb", "gunman", "shooting", "massacre", "flood", "floods", "flooding", "storm", "cyclone", "hijacking", "siege",
        "standoff",
        // A series of quakes or landslides is one disaster ("a series of earthquakes in Herat province").
        "earthquakes", "quakes", "landslides", "avalanches",
        // News names a spate of fighting "clashes" ("Border clashes in October left 23 soldiers
        // dead"): one happening, where "attacks" counts many.
        "clashes",
    ]
    /// Accords whose time since is a period ("since the ceasefire", "since the Doha agreement").
    static let accordNouns: WordSet = ["ceasefire", "truce", "agreement", "accord", "deal"]
    /// Plural nouns of a tally ("when militants carried out 282 attacks").
    static let tallyNouns: WordSet = ["attacks", "incidents", "strikes", "raids", "clashes", "bombings", "operations", "blasts", "explosions", "ambushes", "shootings"]
    /// Words that make plural attacks one happening ("coordinated attacks across the province",
    /// "twin blasts").
    static let concertedWords: WordSet = ["coordinated", "simultaneous", "synchronised", "synchronized", "twin"]
    /// Plurals that tell one raid as well as many ("air strikes").
    static let raidPlurals: WordSet = ["strikes", "raids"]
    /// Nouns of a period after "deadliest" ("September was the deadliest month").
    static let periodNouns: WordSet = ["month", "year", "quarter", "week", "decade", "months", "years"]
    /// Words of a statistic's period ("in the first nine months", "over the past decade",
    /// "so far this year").
    static let periodWords: WordSet = ["quarters", "alone", "annual", "tally", "recorded", "months", "decade", "decades"]
    static let seasons: WordSet = ["winter", "summer", "spring", "autumn", "monsoon"]

    /// Whether `text` (lowercased) ends with a decade: "the 1990s", "2010s".
    static func namesDecade(_ text: String) -> Bool {
        let tail = Array(text.utf8.suffix(5))
        return tail.count == 5 && tail[4] == UInt8(ascii: "s") && tail[3] == UInt8(ascii: "0") && tail[..<3].allSatisfy { (0x30...0x39).contains($0) }
    }

    /// Whether the figure at `k` is a season's toll, its "toll" at most five words before it and
    /// a season right before that ("as the monsoon death toll climbs past 700"): a tally over
    /// the season, though no date names it.
    static func seasonalToll(_ items: [SentenceItems.Item], before k: Int) -> Bool {
        guard k >= 2, let t = (max(1, k - 5)..<k).last(where: { items[$0].lower == "toll" }) else { return false }
        let m = items[t - 1].lower == "death" && t >= 2 ? t - 2 : t - 1
        return seasons.contains(items[m].lower) || items[m].lower == "season" || items[m].lower == "annual"
    }
    /// Spans after a happening that a toll is counted over ("in the week that followed").
    static let followingSpans: WordSet = ["days", "week", "weeks", "month", "months"]

    /// Whether the clause of the figure at `k` closes on a span after a happening ("set off
    /// clashes that left more than 130 others dead over the following weeks", "killed in the week
    /// that followed"): the reprisals' tally, whatever happening the sentence names before it.
    static func countedOverFollowingSpan(_ items: [SentenceItems.Item], after k: Int) -> Bool {
        var j = k + 1
        // (Up to the clause's end or the next figure, whose own clause it is.)
        while j < items.count, j <= k + 12, items[j].kind == .word || items[j].text == "-" {
            if opensFollowingSpan({ $0 < items.count ? items[$0].lower : nil }, at: j) { return true }
            j += 1
        }
        return false
    }

    /// Whether the words from `i` on (`word` gives each, nil past the end) read "in (over, during,
    /// within) the following days" or "… the week that followed": the span after a happening over
    /// which its reprisals are counted.
    static func opensFollowingSpan(_ word: (Int) -> String?, at i: Int) -> Bool {
        guard let preposition = word(i), ["in", "over", "during", "within"].contains(preposition), word(i + 1) == "the",
              let span = word(i + 2) else { return false }
        if span == "following" { return word(i + 3).map(followingSpans.contains) == true }
        return followingSpans.contains(span) && word(i + 3) == "that" && word(i + 4) == "followed"
    }

    /// Whether a sentence tells of the wounded dying ("four died of their wounds", "succumbed
    /// to their injuries"): a verb of ``CasualtyReader/laterDeaths`` and a noun of wounds.
    static func tellsWoundedDying(_ words: [String]) -> Bool {
        words.contains(where: CasualtyReader.laterDeaths.contains) && words.contains { $0 == "wounds" || $0 == "injuries" }
    }

    public func process(_ document: inout Document) throws(StageError) {
        let cas = CasualtyReader()
        let claims = ClaimReader()
        var events: [Event] = []
        var lastClaimant: (String, EntityEntry?)?
        var previousEventInParagraph: (paragraph: Span?, event: Int)?
        var previousDate: (paragraph: Span?, date: DateMention)?
        var headingDate: DateMention?
        var reported: [ReportedFigure] = []
        var claimantsNamed: [String: EntityEntry?] = [:]
        // The words of the sentence before, for a toll that follows its happening's sentence.
        var previousWords: [String] = []
        var previousAggregate = false  // the sentence before held a tally
        // The sentence of the clause before, when that clause told one dated happening by its noun
        // ("In October 2023, a series of quakes in Herat killed about 1,500 people").
        var incidentClause: Span?
        // The kind of the last figure of the sentence before, for a part opening the next.
        var previousFigure: (paragraph: Span?, kind: Casualty.Kind)?
        var victimsKind: Casualty.Kind?  // killed once any death is told, for "The victims included …"

        // Places named as someone's home, or where the wounded were taken, not where anything
        // happened (offsets of the mentions).
        var notSites = Set<Int>()
        for p in document.places where ExtractEvents.namesHome(p.span, in: document) || ExtractEvents.namesDestination(p.span, in: document) {
            notSites.insert(p.span.start)
        }
        // Places of a dateline ("ISLAMABAD (AP) —", "Islamabad, Pakistan –"): where the report was
        // filed, an event's place only when its sentence names no other.
        let datelineSpans = document.paragraphs.compactMap { ExtractEvents.datelineEnd(of: $0, in: document) }
        let datelines = Set(datelineSpans.flatMap { span in
            document.places.filter { $0.span.start >= span.start && $0.span.end <= span.end }.map(\.span.start)
        })

        var tokenIndex = 0, numberIndex = 0
        // A sentence that tells two dated happenings is read clause by clause (`sentence`); each
        // event still points to the whole sentence (`whole`).
        for (whole, sentence) in ExtractEvents.clauses(of: document) {
            while tokenIndex < document.tokens.count, document.tokens[tokenIndex].span.start < sentence.start { tokenIndex += 1 }
            var tokenEnd = tokenIndex
            while tokenEnd < document.tokens.count, document.tokens[tokenEnd].span.end <= sentence.end { tokenEnd += 1 }
            while numberIndex < document.numbers.count, document.numbers[numberIndex].span.start < sentence.start { numberIndex += 1 }
            var numbers: [Int] = []
            var n = numberIndex
            while n < document.numbers.count, document.numbers[n].span.end <= sentence.end { numbers.append(n); n += 1 }
            let items = SentenceItems(document, sentence: sentence, tokens: document.tokens[tokenIndex..<tokenEnd], numbers: numbers)
            let paragraph = document.paragraph(containing: sentence.start)

            // (Read in place: filtering copies of the items would retain and release all their strings.)
            var words: [String] = []
            words.reserveCapacity(items.items.count)
            for k in items.items.indices where items.items[k].kind == .word { words.append(items.items[k].lower) }
            // "Two of them were teenagers" opening the next paragraph still points back at the
            // figure that closed the one before.
            let opensWithThem = items.items.count > 2 && items.items[0].isNumber && items.items[1].lower == "of" && items.items[2].lower == "them"
                && paragraph?.start == items.items[0].span.start
            var figures = cas.read(items, document, previous: previousFigure.flatMap { $0.paragraph == paragraph || opensWithThem ? $0.kind : nil },
                                   lastTold: victimsKind)
            previousFigure = figures.last.map { (paragraph, $0.casualty.kind) }
            // Victims are the dead once any death is told ("16 were killed and 11 injured. The
            // victims included four women"), the wounded while only wounds are.
            if figures.contains(where: { $0.casualty.kind == .killed }) { victimsKind = .killed } else if victimsKind == nil { victimsKind = figures.last?.casualty.kind }
            let type = EventTypes.type(of: words, casualties: !figures.isEmpty)

            // Claimant, with pronouns resolved to the last one named.
            var claimant: (String, EntityEntry?)?
            let claimantSpan = claims.claimant(items)
            if let span = claimantSpan {
                let text = document.slice(span)
                if ClaimReader.pronouns.contains(text.lowercased()) {
                    claimant = lastClaimant
                } else {
                    claimant = (text, claimantEntity(span, text, in: document, named: &claimantsNamed))
                    lastClaimant = claimant
                }
            } else if let span = claims.stanceSubject(items) {
                // "Afghanistan’s defence ministry rejected the account. It said …": the body the
                // next sentence's "it" stands for.
                let text = document.slice(span)
                lastClaimant = (text, claimantEntity(span, text, in: document, named: &claimantsNamed))
            }

            let sentenceDates = document.dates.filter { $0.span.start >= sentence.start && $0.span.end <= sentence.end }
            let largest = figures.compactMap(\.casualty.count).max() ?? 0
            // The sentence's places, read once for the figures and the event (neither without them).
            let sentencePlaceMentions = figures.isEmpty && type == nil ? []
                : document.places.filter { $0.span.start >= sentence.start && $0.span.end <= sentence.end }
            let sentencePlaceEntries = sentencePlaceMentions.map(\.place)
            let localPlace = sentencePlaceEntries.contains { ![.country, .province, .region].contains($0.kind) }
            // "the worst fighting between the neighbours since the Taliban returned in 2021": a
            // superlative's "since" compares the happening with the past; the dates after it
            // frame no period.
            let comparedSince = figures.isEmpty ? nil : ExtractEvents.comparingSince(items)
            // "after last month's deadly border clashes": a possessive date names a happening, not
            // a period the figures are tallied over.
            // "killed 18 fighters in Balochistan, where violence has intensified this year": a
            // relative clause after the figures tells of the place, not of the figures' period.
            let placeClause = figures.isEmpty || sentenceDates.isEmpty ? nil : ExtractEvents.placeClause(items, after: figures.map(\.item).max() ?? 0)
            let ranking = figures.isEmpty || sentenceDates.isEmpty ? nil : ExtractEvents.ranking(items, after: figures.map(\.item).max() ?? 0)
            let periodCandidates = figures.isEmpty ? [] : (comparedSince.map { c in sentenceDates.filter { $0.span.start < c } } ?? sentenceDates)
                .filter { d in
                    !ExtractEvents.isPossessive(d, in: document) && placeClause.map { d.span.start < $0 } != false
                        && ranking.map { d.span.start < $0 } != false
                }
            // "Last year was the deadliest, with 1,612 deaths. More than 500 of those killed were
            // soldiers": a part of the sentence before's tally is a tally too.
            let counted = ExtractEvents.countsHappenings(items, in: document)
            let tallied = !figures.isEmpty && (isAggregate(words: words, dates: periodCandidates, largest: largest, published: document.published,
                                                               before: previousWords, localPlace: localPlace, counted: counted)
                && !ExtractEvents.namesSite(items)
                || previousAggregate && (ExtractEvents.takesUpFigureBefore(words) && !ExtractEvents.partOfOwnFigure(items.items, figures)
                                         || counted || ExtractEvents.takesUpHappenings(words)
                                         // "The provincial government disputes the figure, saying
                                         // 31 deaths could be linked to shortages": a rival tally.
                                         || ExtractEvents.disputesFigure(words) && sentenceDates.isEmpty
                                         // "Another 52 were injured." adds to the tally before it.
                                         || words.first == "another" && sentenceDates.isEmpty))
            // "Violence rose in November, with 94 attacks recorded": a tally of happenings with no
            // casualty figure frames the figures of the sentence after ("The attacks killed 135").
            let tallyStatement = figures.isEmpty && counted
                && isAggregate(words: words, dates: sentenceDates.filter { !ExtractEvents.isPossessive($0, in: document) },
                               published: document.published, before: previousWords, counted: counted)
            // "…, and in June 2022 more than 1,000 died in Paktika": a clause after one that told a
            // dated happening tells another alike, unless it counts or tallies on its own.
            let namesIncident = words.contains(where: { ExtractEvents.incidentNouns.contains($0) })
            let parallel = incidentClause == whole && sentence.start > whole.start && !counted && !namesIncident
                && !words.contains(where: { ExtractEvents.periodWords.contains($0) || ["since", "have", "has", "far"].contains($0) })
            let aggregate = tallied && !parallel
            incidentClause = !figures.isEmpty && !aggregate && namesIncident ? whole : nil
            previousWords = words
            previousAggregate = aggregate || tallyStatement
            let singledOut = aggregate ? ExtractEvents.singledOutHappening(items) : nil
            let raisedToll = aggregate ? ExtractEvents.raisedToll(items, dates: sentenceDates) : nil
            let datedAfter = aggregate ? ExtractEvents.datedHappeningAfter(items, dates: periodCandidates)
                ?? ExtractEvents.datedClauseAfter(items, dates: periodCandidates, after: figures.map(\.item).min() ?? 0, counted: counted) : nil
            let series = aggregate ? ExtractEvents.partOfSeries(items) : nil
            let clauseClaimants = figures.count > 1 ? self.clauseClaimants(items, figures: figures, claims: claims, in: document, named: &claimantsNamed) : []
            // Figures after this item are the reporter's background, no claim of the sentence's source.
            let backgroundFrom = figures.isEmpty ? nil : ExtractEvents.backgroundStart(items, claimant: claimantSpan, words: words)
            for i in figures.indices {
                let own = clauseClaimants.last { $0.start < figures[i].item }?.claimant
                    ?? (backgroundFrom.map { figures[i].item > $0 } == true ? nil : claimant)
                figures[i].casualty.claimedBy = own?.0
                figures[i].casualty.claimedByEntity = own?.1?.id
                figures[i].casualty.aggregate = aggregate && singledOut.map { figures[i].item < $0 } != false
                    && raisedToll.map { figures[i].item > $0 } != false
                    && datedAfter.map { figures[i].item < $0 } != false
                    && series.map { figures[i].item > $0 } != false
                    || ExtractEvents.seasonalToll(items.items, before: figures[i].item)
                    || ExtractEvents.countedOverFollowingSpan(items.items, after: figures[i].item) && !ExtractEvents.tellsWoundedDying(words)
            }
            // A month or year after "since" frames a duration ("since the Taliban returned in
            // 2021"), not the happening the sentence reports.
            let figureStarts = figures.map { items.items[$0.item].span.start }
            let candidates = sentenceDates.filter { d in
                guard d.value != nil else { return false }
                // A date that a ", when" clause with a number follows ("since March 2023, when 80
                // people died") is that clause's happening.
                if ExtractEvents.datesWhenClause(d, in: document, sentenceEnd: sentence.end, figuresAt: figureStarts) { return true }
                let words = Words.lowercased(document.slice(Span(max(sentence.start, d.span.start - 60), d.span.start)))
                // A day is excluded only right after "since" ("since January 1"); "since the
                // operation began on August 8" dates the operation.
                if d.granularity == .day { return words.last != "since" }
                return !(words.suffix(10) + Words.lowercased(d.text)).contains("since")
            }
            // A dateline's date ("ISLAMABAD, Oct. 31 (Xinhua) --") is when the report was filed:
            // the event's only when its sentence names no other.
            let unfiled = candidates.filter { d in !datelineSpans.contains { $0.start <= d.span.start && d.span.end <= $0.end } }
            let dated = unfiled.isEmpty ? candidates : unfiled
            let bestDate = dated.min(by: { rank($0) < rank($1) })
            if let bestDate { previousDate = (paragraph, bestDate) }
            // A figure repeated later in the article ("the 12 soldiers") is the same figure. A
            // figure told with no date and no backward look ("killing at least five people") is
            // the report's news, of the publication's month.
            if figures.contains(where: { $0.casualty.count != nil }) {
                // ("after pulling them off buses": "after" before a gerund tells the same happening's
                // course, no look back.)
                let news = sentenceDates.isEmpty && !words.indices.contains { i in
                    ExtractEvents.backwardWords.contains(words[i])
                        && !(["after", "before"].contains(words[i]) && i + 1 < words.count && words[i + 1].hasSuffix("ing"))
                }
                // "Four soldiers were killed then": the time of the date told just before, in the
                // paragraph ("since September 2023, when fighters crossed …").
                let thenDate = bestDate == nil && zip(words, words.dropFirst()).contains { CasualtyReader.kind(of: $0) != nil && $1 == "then" }
                    ? document.dates.last(where: { d in d.value != nil && d.span.end <= sentence.start && paragraph.map { d.span.start >= $0.start } == true })?.value
                    : nil
                let figureDate = bestDate?.value ?? thenDate ?? (news ? document.published.map { String($0.description.prefix(7)) } : nil)
                let newsOf = bestDate == nil && thenDate == nil && news ? document.published : nil
                let toldOn = bestDate.flatMap { ExtractEvents.tellingDay($0, in: document) }
                // "repelled a second attack in Kurram, killing between 15 and 20 fighters": the
                // sentence tells a happening apart from those before, so its figures are its own.
                let another = ExtractEvents.namesAnotherHappening(words)
                // "Explosions were heard in Kabul on Thursday night, hours after an ambush that
                // killed 11 soldiers": a figure after "hours after" is that other happening's,
                // which neither a date nor a place before it tells apart, nor a country after it
                // (there an actor more often than the site: "hours after Pakistan vowed to
                // avenge an ambush that killed 11 soldiers").
                let otherWord = EventTypes.otherHappening(words)
                let otherAt = otherWord < words.count ? items.items.indices.lazy.filter { items.items[$0].kind == .word }.dropFirst(otherWord).first : nil
                let otherStart = otherAt.map { items.items[$0].span.start } ?? Int.max
                let otherPlaces = sentencePlaceMentions.filter { $0.span.start > otherStart && $0.place.kind != .country }.map(\.place)
                // "…, hours after 12 soldiers were killed", "a day after": the other happening is
                // of the day or two before the report, its news, so a figure of the same count
                // dated in another month ("In August, 12 people were killed") is not told again.
                let recentOther = otherWord < words.count
                    && (words[otherWord - 1] == "hours" || words[otherWord - 1] == "day" && ["a", "one"].contains(words[otherWord - 2]))
                // "Seven people were wounded." right after a sentence about a strike in Urgun: a
                // figure whose sentence names no place is of the places its paragraph named before
                // it, which tell it from the same count elsewhere ("wounding seven soldiers" in
                // North Waziristan).
                let sitePlaces = sentencePlaceMentions.filter { !notSites.contains($0.span.start) }.map(\.place)
                let contextPlaces = sitePlaces.isEmpty
                    ? paragraph.map { p in document.places.filter { $0.span.start >= p.start && $0.span.end <= sentence.start }.map(\.place) } ?? []
                    : sitePlaces
                let told = figures
                figures = figures.filter { f in
                    guard f.casualty.count != nil else { return true }
                    let elsewhere = otherAt.map { f.item > $0 } ?? false
                    let dateBefore = bestDate.map { $0.span.start < otherStart } ?? false
                    let background = backgroundFrom.map { f.item > $0 } == true
                    var figure = ReportedFigure(f.casualty, places: elsewhere ? otherPlaces : contextPlaces, claimant: background ? nil : claimant?.1,
                                                date: elsewhere && dateBefore ? nil : figureDate)
                    figure.newsOf = elsewhere && dateBefore ? nil : newsOf
                    if elsewhere, recentOther, bestDate == nil, let published = document.published {
                        figure.date = String(published.description.prefix(7))
                        figure.newsOf = published
                    }
                    figure.sentence = whole.start
                    figure.toldOn = toldOn
                    // "Two of the attackers were shot dead, while the remaining three were killed
                    // inside", "two … were killed near the gate and three others … were cornered and
                    // killed": the rest of a set just told, not a figure told again.
                    let rest = f.item > 0 && ["remaining", "other"].contains(items.items[f.item - 1].lower)
                        || ReportedFigure.head(f.casualty.who) == "other"
                            && told.contains { $0.item < f.item && $0.casualty.kind == f.casualty.kind && $0.casualty.count != nil }
                    figure.part = f.part
                    if !another, !rest, reported.contains(where: { $0.sentence != whole.start && figure.repeats($0) }) { return false }
                    // "Of the 23 Pakistani soldiers killed, 17 died in Kurram": the whole of an
                    // opening partitive refers back to a figure told before, wherever that was placed.
                    if f.item == 2, CasualtyReader.opensWithPartitive(items.items),
                       reported.contains(where: { $0.sentence != whole.start && $0.casualty.kind == f.casualty.kind && $0.casualty.count == f.casualty.count }) {
                        return false
                    }
                    reported.append(figure)
                    return true
                }
            }
            // A paragraph that is only a full date heads the paragraphs after it (a timeline's
            // "October 9, 2025"); one that is only a range of days ("October 11-12"), from its
            // first day.
            if let d = sentenceDates.first, let last = sentenceDates.last, sentenceDates.count <= 2,
               sentenceDates.allSatisfy({ $0.granularity == .day && $0.value != nil }),
               paragraph.map({ d.span.start <= $0.start + 1 && last.span.end >= $0.end - 1 }) == true,
               sentenceDates.count == 1 || ExtractEvents.rangeJoiners.contains(document.slice(Span(d.span.end, last.span.start)).trimmingCharacters(in: .whitespaces)) {
                headingDate = d
            }

            guard type != nil || !figures.isEmpty else { continue }

            // Casualties with no trigger of their own belong to the event just before them.
            // "In March, separatists seized a train … In May, a school bus was bombed in Khuzdar,
            // killing eight children": figures with a date of their own, not the event's, are
            // another happening.
            // "at least 12 terrorists were killed in the ensuing exchange of fire": the happening
            // that follows the one just told is part of it, in the next paragraph too.
            // Not when the sentence names a happening of its own before ("were killed in an ambush
            // …, adding that 19 fighters died in the ensuing clashes").
            let ensuing = words.firstIndex(of: "ensuing").map { EventTypes.type(of: Array(words[..<$0])) == nil } ?? false
            if type == nil || ensuing, let prev = previousEventInParagraph, prev.paragraph == paragraph || ensuing,
               bestDate?.value == nil || bestDate?.value == events[prev.event].date {
                events[prev.event].casualties += figures.map(\.casualty)
                if events[prev.event].mentions.last != whole { events[prev.event].mentions.append(whole) }
                continue
            }

            // Untriggered figures are an attack's, unless the article last told of a disaster
            // ("The earthquake struck at midnight. … Officials said 2,205 people had been killed").
            let untyped = events.last?.type == "disaster" ? "disaster" : "attack"
            var event = Event(id: "", type: type ?? untyped, span: whole, date: nil, dateText: nil, dateAnchor: nil,
                              places: [], actors: [], casualties: figures.map(\.casualty), mentions: [whole],
                              confidence: type == nil ? 0.5 : (figures.isEmpty ? 0.7 : 0.85), cluster: nil)
            if let best = bestDate {
                event.date = best.value
                event.dateText = best.text
                event.dateAnchor = best.anchor
            } else if let p = previousDate, p.paragraph == paragraph, let v = p.date.value {
                event.date = v
                event.dateText = p.date.text
                event.dateAnchor = .context
            } else if let h = headingDate, let v = h.value {
                event.date = v
                event.dateText = h.text
                event.dateAnchor = .context
            } else if let published = document.published {
                event.date = published.description
                event.dateAnchor = .published
            }
            // A victim's home ("a resident of district Jhang", "Lance Naik Asif, 29, of Chakwal")
            // or the hospital the wounded were taken to is not where the event happened.
            var kept = sentencePlaceMentions.filter { !notSites.contains($0.span.start) }
            if kept.contains(where: { !datelines.contains($0.span.start) }) { kept.removeAll { datelines.contains($0.span.start) } }
            var places = kept.map(\.place.id)
            if places.isEmpty, let p = paragraph {
                places = document.places.filter { $0.span.start >= p.start && $0.span.end <= p.end && !notSites.contains($0.span.start) }.map(\.place.id)
            }
            event.places = unique(places)
            event.actors = unique(document.entities.filter { $0.span.start >= sentence.start && $0.span.end <= sentence.end }.map(\.entity.id))
            events.append(event)
            previousEventInParagraph = (paragraph, events.count - 1)
        }

        var entries: [String: PlaceEntry] = [:]
        for p in document.places { entries[p.place.id] = p.place }
        document.events = merge(events, places: entries).enumerated().map { i, e in
            var e = e
            e.id = "\(document.id):e\(i + 1)"
            return e
        }
    }

    /// Whether `date` is followed by ", when" (or ", in which", ", during which", perhaps after a
    /// noun: "the October clashes, in which") and a clause that gives a number before its next
    /// comma ("since October 8, when 11 soldiers were killed"; not "Between 2007 and 2014, when the
    /// TTP held the valleys, more than 50,000 …", where the number is the main clause's).
    /// A casualty figure at one of `figuresAt` counts as such a number ("since December 2022,
    /// when a bomber killed a police officer").
    static func datesWhenClause(_ date: DateMention, in document: Document, sentenceEnd: Int, figuresAt: [Int] = []) -> Bool {
        guard let comma = whenComma(after: date, in: document, sentenceEnd: sentenceEnd) else { return false }
        var end = comma + 1
        while end < sentenceEnd, document.scalars[end] != ",", document.scalars[end] != ";" { end += 1 }
        return document.numbers.contains { $0.span.start > comma && $0.span.end <= end } || figuresAt.contains { $0 > comma && $0 < end }
    }

    /// The span of a paragraph's dateline, up to its dash or colon ("ISLAMABAD (AP) —",
    /// "Islamabad, Pakistan –", "PESHAWAR:"), or nil when the paragraph opens with none.
    static func datelineEnd(of paragraph: Span, in document: Document) -> Span? {
        let end = min(paragraph.end, paragraph.start + 80)
        let scalars = document.scalars
        var i = paragraph.start
        // A dash with a space before it ("Spin-Boldak" is a name), or a colon: most paragraphs
        // have neither, and are not matched against the dateline patterns.
        while i < end, !(scalars[i] == ":" || (scalars[i] == "–" || scalars[i] == "—" || scalars[i] == "-") && i > paragraph.start && scalars[i - 1] == " ") {
            i += 1
        }
        guard i < end, ArticleSplitter.isDateline(Substring(document.slice(Span(paragraph.start, end)))) else { return nil }
        return Span(paragraph.start, i)
    }

    /// The day of `date` when a verb of saying comes right before it ("said on Saturday", "told
    /// reporters late Friday" is not read: an object between them), or nil.
    static func tellingDay(_ date: DateMention, in document: Document) -> Day? {
        guard date.granularity == .day, let value = date.value, let day = Day(iso: value) else { return nil }
        var words = Words.lowercased(document.slice(Span(max(0, date.span.start - 30), date.span.start)))[...]
        while let last = words.last, ["on", "late", "early"].contains(last) { words.removeLast() }
        return words.last.map { ClaimReader.verbs.contains($0) } == true ? day : nil
    }

    /// Whether `date` is followed by a possessive "'s" ("last month's clashes").
    static func isPossessive(_ date: DateMention, in document: Document) -> Bool {
        let end = date.span.end
        guard end + 1 < document.scalars.count, document.scalars[end] == "'" || document.scalars[end] == "’" else { return false }
        return document.scalars[end + 1] == "s" && (end + 2 == document.scalars.count || !document.scalars[end + 2].properties.isAlphabetic)
    }

    /// Clause openers after a comma that tell what happened at a time just named.
    static let whenOpeners = ["when", "in which", "during which"]

    /// The offset of the comma that opens a ", when" (", in which", ", during which") clause after
    /// `date`, with at most two words between them ("the October clashes, in which …"), or nil.
    static func whenComma(after date: DateMention, in document: Document, sentenceEnd: Int) -> Int? {
        let scalars = document.scalars
        var i = date.span.end, words = 0
        while i < sentenceEnd, scalars[i] != "," {
            let c = scalars[i]
            if c == " " {
                words += 1
                guard words <= 2 else { return nil }
            } else if !(c.value < 128 ? ("a"..."z").contains(c) || ("A"..."Z").contains(c) : c.properties.isAlphabetic) {
                return nil
            }
            i += 1
        }
        guard i < sentenceEnd else { return nil }
        let rest = document.slice(Span(i, min(sentenceEnd, i + 16)))
        return whenOpeners.contains { rest.hasPrefix(", " + $0 + " ") } ? i : nil
    }

    /// Words that open a clause of its own after a comma.
    static let clauseOpeners: WordSet = ["while", "whereas", "but", "and", "which", "who"]

    /// Each sentence with its clauses: the sentence itself, or, when it tells two dated
    /// happenings ("In October 2023, quakes in Herat killed 1,500 people, and in June 2022, a
    /// quake in Paktika killed about 1,000"), the parts ``datedClauses(of:tokens:dates:in:)`` cuts.
    static func clauses(of document: Document) -> [(whole: Span, part: Span)] {
        var out: [(whole: Span, part: Span)] = []
        out.reserveCapacity(document.sentences.count)
        // Tokens and dates are in text order: one cursor each.
        var tokenIndex = 0, dateIndex = 0
        for whole in document.sentences {
            while tokenIndex < document.tokens.count, document.tokens[tokenIndex].span.start < whole.start { tokenIndex += 1 }
            var tokenEnd = tokenIndex
            while tokenEnd < document.tokens.count, document.tokens[tokenEnd].span.end <= whole.end { tokenEnd += 1 }
            while dateIndex < document.dates.count, document.dates[dateIndex].span.start < whole.start { dateIndex += 1 }
            var dateEnd = dateIndex
            while dateEnd < document.dates.count, document.dates[dateEnd].span.start < whole.end { dateEnd += 1 }
            let dates = document.dates[dateIndex..<dateEnd].filter { $0.value != nil && $0.span.end <= whole.end }
            let parts = dates.count < 2 ? [whole] : datedClauses(of: whole, tokens: document.tokens[tokenIndex..<tokenEnd], dates: dates, in: document)
            for part in parts { out.append((whole, part)) }
        }
        return out
    }

    /// The sentence cut before each ", and", ", while", ", but" or ";" that opens a clause with a
    /// date of its own within four tokens, when the date differs from every date before the cut
    /// and both sides give a number, and before a date followed by ", when" and a number, when an
    /// earlier date differs from it; the whole sentence when there is no such cut. `tokens` and
    /// `dates` (resolved ones) are the sentence's.
    static func datedClauses(of sentence: Span, tokens: ArraySlice<Token>, dates: [DateMention], in document: Document) -> [Span] {
        var cuts: [Int] = []
        var start = sentence.start
        for i in tokens.indices where tokens[i].kind == .punctuation && i + 1 < tokens.endIndex {
            let t = tokens[i]
            let mark = document.scalars[t.span.start]
            let opener = document.slice(tokens[i + 1].span).lowercased()
            // "the deadliest attack since October 8, when 11 soldiers were killed in Orakzai": the
            // date before ", when" dates the clause; the cut comes before the date.
            if mark == ",", ["when", "in", "during"].contains(opener),
               let own = dates.last(where: { $0.span.end <= t.span.start && whenComma(after: $0, in: document, sentenceEnd: sentence.end) == t.span.start }),
               own.span.start > start,
               // Not the second end of a range ("on the night of October 11-12, in which …").
               !dates.contains(where: { $0.span.end <= own.span.start
                   && ["-", "–", "—", "/", " to ", " and ", " - "].contains(document.slice(Span($0.span.end, own.span.start))) }),
               dates.contains(where: { $0.span.start >= start && $0.span.end <= own.span.start && $0.value != own.value }),
               datesWhenClause(own, in: document, sentenceEnd: sentence.end) {
                cuts.append(own.span.start)
                start = own.span.start
                continue
            }
            guard mark == ";" || mark == "," && ["and", "while", "but"].contains(opener) else { continue }
            let cut = t.span.end
            let windowEnd = tokens[min(tokens.endIndex - 1, i + 4)].span.end
            let earlier = dates.filter { $0.span.start >= start && $0.span.end <= t.span.start }
            guard let next = dates.first(where: { $0.span.start >= cut && $0.span.start < windowEnd }), !earlier.isEmpty,
                  !earlier.contains(where: { $0.value == next.value }) else { continue }
            let numbersBefore = document.numbers.contains { $0.span.start >= start && $0.span.end <= t.span.start }
            let numbersAfter = document.numbers.contains { $0.span.start >= cut && $0.span.end <= sentence.end }
            guard numbersBefore, numbersAfter else { continue }
            cuts.append(cut)
            start = cut
        }
        guard !cuts.isEmpty else { return [sentence] }
        let bounds = [sentence.start] + cuts + [sentence.end]
        return zip(bounds, bounds.dropFirst()).map { Span($0, $1) }
    }

    /// "The Taliban said 9 were killed, while Pakistan put the toll at 200": each clause after
    /// ", while" (", whereas", ", but", ", and", ";") that holds a figure and names its own
    /// claimant, with the index of the item that opens it. Its figures are that claimant's.
    func clauseClaimants(_ items: SentenceItems, figures: [CasualtyReader.Figure], claims: ClaimReader, in document: Document,
                         named: inout [String: EntityEntry?]) -> [(start: Int, claimant: (String, EntityEntry?))] {
        let all = items.items
        let starts = all.indices.filter { k in
            k > 0 && (all[k].text == ";" || all[k - 1].text == "," && ExtractEvents.clauseOpeners.contains(all[k].lower))
        }
        var out: [(start: Int, claimant: (String, EntityEntry?))] = []
        for (n, start) in starts.enumerated() where figures.contains(where: { $0.item > start }) {
            let end = n + 1 < starts.count ? starts[n + 1] : all.count
            // A relative clause's claimant is its antecedent ("Islamabad, which said 23 of its
            // soldiers had died"), never words of its own ("an official, who asked not to be
            // named, said 14 were wounded" is the official's).
            let relative = ["who", "which"].contains(all[start].lower)
            guard let span = relative ? claims.relativeAntecedent(all, opener: start)
                : claims.claimant(SentenceItems(items: all[(start + 1)..<end], sentence: items.sentence)) else { continue }
            let text = document.slice(span)
            if ClaimReader.pronouns.contains(text.lowercased()) { continue }
            out.append((start, (text, claimantEntity(span, text, in: document, named: &named))))
        }
        return out
    }

    /// A casualty figure as reported once, to tell a later repetition ("the 12 soldiers") from
    /// another incident or claim that happens to give the same count: two policemen shot in
    /// Kohat and two people killed in Bajaur, or 58 soldiers by one side's count and 58 by the
    /// other's.
    struct ReportedFigure {
        var casualty: Casualty
        /// Places named in the figure's sentence.
        var places: [PlaceEntry]
        /// The claimant's entity, when known.
        var claimant: EntityEntry?
        /// The date the figure's own sentence gives (ISO, any granularity), or the publication's
        /// month for the report's news; nil when neither.
        var date: String?
        /// A part of the figure before it in its sentence (``CasualtyReader/Figure/part``).
        var part = false
        /// For the report's news (``date`` is then the publication's month): the publication day.
        /// The news may be of the days just before it, in the month before.
        var newsOf: Day?
        /// The day the figure was told on ("…, Taliban officials said on Saturday"), when that is
        /// the date its sentence gives: the happening may be of the days before it.
        var toldOn: Day?
        /// Where the figure's sentence starts: figures of one sentence are told apart by the
        /// sentence itself ("killed two soldiers and two policemen").
        var sentence = -1

        init(_ casualty: Casualty, places: [PlaceEntry], claimant: EntityEntry? = nil, date: String? = nil) {
            self.casualty = casualty
            self.places = places
            self.claimant = claimant
            self.date = date
        }

        /// Same kind, count and aggregate flag, and nothing that tells the two apart: claimant
        /// entities, victims' party, dates (the same, or one within the other) and places (the
        /// same, or one inside the other) agree where both sentences give them.
        func repeats(_ earlier: ReportedFigure) -> Bool {
            let a = casualty, b = earlier.casualty
            guard a.kind == b.kind, a.count == b.count, a.aggregate == b.aggregate else { return false }
            // 26 killed in strikes on May 7, and 26 killed in the attack of April 22 they answered.
            if let x = date, let y = earlier.date, !x.hasPrefix(y), !y.hasPrefix(x),
               !ReportedFigure.newsWindow(newsOf, holds: y), !ReportedFigure.newsWindow(earlier.newsOf, holds: x),
               // "killing at least four civilians, Taliban officials said on Saturday", then "late
               // on Friday, killing four people", Mujahid said: one source's figure told again.
               // Unnamed sources ("officials", then a party leader on Thursday) may be two.
               !(claimant != nil && earlier.claimant != nil
                   && (ReportedFigure.newsWindow(toldOn, holds: y) || ReportedFigure.newsWindow(earlier.toldOn, holds: x))) { return false }
            // Claimants differ only when both are known bodies: "Mujahid" and "the Taliban
            // spokesman" may be one source. A person and a body of the same country may be
            // spokesman and government ("the Taliban said", then "Mujahid said"); two bodies,
            // two people, or sides of two countries are two sources; so are a person and a body
            // that speaks for no side (a UN mission, a think tank, a newspaper: "Mujahid said …
            // four girls and a woman", then "UNAMA verified the deaths of four children and a
            // woman").
            // The armed forces of one country speak as one ("Pakistan's military says 23…", then
            // "ISPR, the army's media wing, said 23…").
            if let x = claimant, let y = earlier.claimant, !ReportedFigure.oneSource(x, y),
               (x.kind == .person) == (y.kind == .person) || x.country != y.country
                || [x.kind, y.kind].contains(where: { $0 == .other || $0 == .media }) { return false }
            if a.party != .unknown, b.party != .unknown, a.party != b.party { return false }
            // A part ("among them four women") is repeated only by the same victims ("the four
            // women"), not by another four ("four labourers"), and repeats only the same victims
            // ("a villager who lost two cousins", then "among them two local commanders").
            if earlier.part || part, ReportedFigure.head(a.who) != ReportedFigure.head(b.who) { return false }
            // One person is told again by the same noun ("a woman … the woman"): "a woman" killed in
            // one strike and a farmer's "brother" killed in another are two.
            if a.count == 1, !a.who.isEmpty, !b.who.isEmpty, ReportedFigure.head(a.who) != ReportedFigure.head(b.who) { return false }
            // One source telling its figure again may place it by its country the first time and
            // by the sites the second ("Pakistan's military says 23 of its soldiers were killed",
            // then ISPR's "23 brave sons of soil … from Angoor Adda to Bajaur").
            let sameSource = claimant.flatMap { x in earlier.claimant.map { ReportedFigure.oneSource(x, $0) } } ?? false
            func within(_ x: PlaceEntry, _ country: PlaceEntry) -> Bool { sameSource && country.kind == .country && x.country == country.country }
            return places.isEmpty || earlier.places.isEmpty
                || places.contains { p in earlier.places.contains { ReportedFigure.overlap(p, $0) || within(p, $0) || within($0, p) } }
        }

        /// Whether two claimants are one source: the same body or person, or the armed forces of
        /// one country.
        static func oneSource(_ x: EntityEntry, _ y: EntityEntry) -> Bool {
            x.id == y.id || x.kind == .military && y.kind == .military && x.country == y.country
        }

        /// Whether the ten days up to the publication day `news` (a news figure's days) meet the
        /// ISO `date` ("killing five people" in a report of October 2 and "the attack on
        /// September 30 killed five").
        static func newsWindow(_ news: Day?, holds date: String) -> Bool {
            guard let news else { return false }
            let start = news.adding(days: -10)
            if let d = Day(iso: date) { return d >= start && d <= news }
            guard date.utf8.count == 7 else { return false }
            return start.description.hasPrefix(date) || news.description.hasPrefix(date)
        }

        /// The last word of the victims, lowercased, a final "s" dropped ("women" and "woman" stay
        /// apart; "children" and "child" too — counts of one are not figures), and a rank or a
        /// synonym read as its role: "a soldier was killed", then "a sepoy was killed" is one man.
        static func head(_ who: String) -> String {
            let words = Words.lowercased(who)
            var w = words.last ?? ""
            if w.utf8.count > 3, w.hasSuffix("s") { w.removeLast() }
            if let role = sameRole[w] { return role }
            return w == "officer" && words.contains("police") ? "policeman" : w
        }

        /// Words for one role as reports vary them between the lede and the body.
        static let sameRole: [String: String] = [
            "sepoy": "soldier", "jawan": "soldier", "trooper": "soldier", "serviceman": "soldier", "troop": "soldier",
            "constable": "policeman", "cop": "policeman", "policewoman": "policeman",
        ]

        /// The same place, or one inside the other's district or province ("Spinwam" and "North
        /// Waziristan").
        /// With `wholeProvince` false, a place lies in a province only as its same-named capital.
        static func overlap(_ a: PlaceEntry, _ b: PlaceEntry, wholeProvince: Bool = true) -> Bool {
            if a.id == b.id { return true }
            func within(_ x: PlaceEntry, _ y: PlaceEntry) -> Bool {
                guard x.country == y.country, !x.country.isEmpty else { return false }
                return y.kind == .district && x.admin2 == y.name || y.kind == .province && x.admin1 == y.name && (wholeProvince || x.name == y.name)
            }
            return within(a, b) || within(b, a)
        }
    }

    /// Day before month before year; then text order.
    func rank(_ d: DateMention) -> (Int, Int) {
        let g = d.granularity == .day ? 0 : d.granularity == .month ? 1 : 2
        return (g, d.span.start)
    }

    /// "at the Army Public School": a named site, so one happening, not a statistic.
    static func namesSite(_ items: SentenceItems) -> Bool {
        let all = items.items
        return all.indices.dropLast(2).contains { i in
            all[i].lower == "at" && all[i + 1].lower == "the" && all[i + 2].text.first?.isUppercase == true
        }
    }

    /// Words that look back from the report's day ("a week after an attack", "days ago").
    static let backwardWords: WordSet = ["after", "ago", "earlier", "last", "since", "previous", "previously", "before", "prior", "past"]
    /// Words after "one" that tell of the happening it singles out ("one in Bannu", "one that killed").
    static let singlingWords: WordSet = ["in", "on", "at", "near", "outside", "that", "which", "last", "earlier", "of"]
    /// Participles that give a running toll after a comma ("bringing the toll to 19").
    static let raisingWords: WordSet = ["bringing", "taking", "raising", "pushing", "putting", "lifting"]

    /// "Two more people died on Sunday, bringing the national toll since June 26 to 650": the
    /// item after which a running toll is given, when the period is named only after it, or nil.
    /// Figures before it are the day's, not the tally's.
    static func raisedToll(_ items: SentenceItems, dates: [DateMention]) -> Int? {
        let all = items.items
        guard let i = all.indices.first(where: { i in
            i > 0 && all[i - 1].text == "," && raisingWords.contains(all[i].lower)
                && all[(i + 1)...].prefix(4).contains { $0.lower == "toll" || $0.lower == "tally" || $0.lower == "number" }
        }) else { return nil }
        // "Since January, 30 people have been killed, bringing the toll to 30": the period is
        // the first clause's too.
        let before = all[..<i]
        if before.contains(where: { ["since", "alone", "far"].contains($0.lower) }) { return nil }
        if dates.contains(where: { $0.span.start < all[i].span.start && $0.granularity != .day }) { return nil }
        return i
    }

    /// "…fought a four-day conflict in May, after gunmen killed 26 people in Pahalgam on April
    /// 22": the "after" that opens a clause with a day of its own, all the period's months and
    /// years before it, or nil. Figures after it are that day's happening's, not a tally.
    static func datedHappeningAfter(_ items: SentenceItems, dates: [DateMention]) -> Int? {
        let all = items.items
        guard let i = all.indices.first(where: { all[$0].lower == "after" }) else { return nil }
        let at = all[i].span.start
        guard dates.contains(where: { $0.span.start > at && $0.granularity == .day }),
              dates.allSatisfy({ $0.span.start < at || $0.granularity == .day }) else { return nil }
        return i
    }

    /// "Since the Doha agreement, at least five soldiers have been killed, and Afghan officials
    /// say four civilians died in shelling on October 31": the item opening a clause after the
    /// figure at `first` (", and", ", but", ", while", ";") that a day of its own dates, the
    /// tally's period (a date, or "since") named before it only, or the ", when" opening a
    /// clause on a month or day where `counted` says no happenings are counted, or nil. Figures
    /// after it are that day's.
    static func datedClauseAfter(_ items: SentenceItems, dates: [DateMention], after first: Int, counted: Bool) -> Int? {
        let all = items.items
        // ("…85 attacks in October, when 120 people were killed": a month of counted happenings
        // is their tally's.)
        for i in all.indices where !counted && i > 0 && i + 1 < all.count && all[i].text == "," && all[i + 1].lower == "when" {
            // "…and at Torkham in February 2024, when at least two people were killed": a "when"
            // clause that closes the sentence after a month or day tells of that time's happening.
            let at = all[i].span.start
            if dates.contains(where: { $0.span.end == at && ($0.granularity == .day || $0.granularity == .month) }),
               !all[(i + 2)...].contains(where: { $0.text == "," || $0.text == ";" }) {
                return i
            }
        }
        for i in all.indices where i > first + 1 && i + 1 < all.count {
            let joins = all[i].text == ";" || all[i].text == "," && ["and", "but", "while", "whereas"].contains(all[i + 1].lower)
            guard joins else { continue }
            let at = all[i].span.start
            let later = dates.filter { $0.span.start > at }
            guard !later.isEmpty, later.allSatisfy({ $0.granularity == .day }),
                  dates.contains(where: { $0.span.start < at }) || all[..<i].contains(where: { $0.lower == "since" }) else { continue }
            return i
        }
        return nil
    }

    /// "…several suicide bombings this year, including one in Bannu that killed 18 people": the
    /// item after which the sentence singles out one happening of a tally, or nil. Figures after it
    /// are that happening's, not the tally's.
    static func singledOutHappening(_ items: SentenceItems) -> Int? {
        let all = items.items
        for i in all.indices.dropFirst().dropLast() where all[i].lower == "one" {
            let previous = all[i - 1].lower
            let next = all[i + 1].lower
            let opens = previous == "including" || previous == "them" && i >= 2 && all[i - 2].lower == "among"
                || next == "of" && i + 2 < all.count && ["which", "them", "these", "those"].contains(all[i + 2].lower)
            if opens, singlingWords.contains(next) || incidentNouns.contains(next) { return i }
        }
        // "…intensified attacks since last year, including a suicide bombing at Quetta railway
        // station that killed 26 people": an incident noun right after "including a".
        for i in all.indices.dropFirst().dropLast() where (all[i].lower == "a" || all[i].lower == "an") && all[i - 1].lower == "including" {
            if all[(i + 1)...].prefix(2).contains(where: { incidentNouns.contains($0.lower) }) { return i }
        }
        // "has stepped up attacks this year, including coordinated assaults in late August that
        // killed more than 50": happenings after "including" dated by a month or a day of their
        // own are one episode, not the period's tally ("including attacks on police" is a part of it).
        for i in all.indices.dropFirst() where all[i - 1].lower == "including" {
            guard let noun = all[i...].prefix(2).firstIndex(where: { seriesIncidents.contains($0.lower) }) else { continue }
            if all[(noun + 1)...].prefix(6).contains(where: { CalendarNames.months[$0.lower] != nil || CalendarNames.weekdays[$0.lower] != nil }) { return i }
        }
        return nil
    }

    /// "fighters killed 23 passengers in Musakhel, part of a wave of coordinated attacks that
    /// killed more than 70": the item of ", part of a <series>", or nil. Figures before it are the
    /// one happening's, not the series' tally.
    static func partOfSeries(_ items: SentenceItems) -> Int? {
        let all = items.items
        for i in all.indices.dropFirst() where all[i].lower == "part" && all[i - 1].text == "," && i + 3 < all.count {
            // One adjective may stand before the noun ("part of a broader campaign").
            if all[i + 1].lower == "of", ["a", "an", "the"].contains(all[i + 2].lower),
               all[(i + 3)...].prefix(2).contains(where: { seriesNouns.contains($0.lower) }) { return i }
        }
        return nil
    }

    /// Whether the sentence counts happenings: a cardinal of three or more before a tally noun,
    /// one modifier between them at most ("94 attacks", "19 separate bombings").
    static func countsHappenings(_ items: SentenceItems, in document: Document) -> Bool {
        let all = items.items
        for i in all.indices {
            guard case let .number(n) = all[i].kind, let value = document.numbers[n].value, value >= 3,
                  !document.numbers[n].vague else { continue }
            for j in (i + 1)..<min(i + 3, all.count) {
                guard all[j].kind == .word else { break }
                if tallyNouns.contains(all[j].lower) { return true }
            }
        }
        return false
    }

    /// Words before an incident noun that set it apart from one told before.
    static let otherHappeningWords: WordSet = ["second", "third", "another", "separate", "fresh"]

    /// Whether the sentence names a happening as other than one told before: "a second attack",
    /// "another blast", "a separate incident".
    static func namesAnotherHappening(_ words: [String]) -> Bool {
        zip(words, words.dropFirst()).contains { pair in
            otherHappeningWords.contains(pair.0) && incidentNouns.contains(pair.1)
        }
    }

    /// Whether the sentence takes up happenings counted before ("the attacks killed 135 people").
    static func takesUpHappenings(_ words: [String]) -> Bool {
        zip(words, words.dropFirst()).contains { ($0 == "the" || $0 == "these" || $0 == "those") && tallyNouns.contains($1) }
    }

    /// Whether the sentence's "of them" names a part of a figure of its own ("In one of the
    /// deadliest attacks, 23 people, 18 of them soldiers, were killed"), not of the one before:
    /// its first figure is whole, a later one a part.
    static func partOfOwnFigure(_ items: [SentenceItems.Item], _ figures: [CasualtyReader.Figure]) -> Bool {
        guard let first = figures.first, !first.part, figures.dropFirst().contains(where: \.part) else { return false }
        return !(first.item + 1 < items.count && items[first.item + 1].lower == "of")
    }

    /// Whether a sentence disputes the figure before it ("disputes the figure", "rejected the
    /// toll"): the figures it gives instead count what that figure counted.
    static func disputesFigure(_ words: [String]) -> Bool {
        guard let verb = words.firstIndex(where: { disputeVerbs.contains($0) }) else { return false }
        return words[(verb + 1)...].prefix(4).contains { figureNouns.contains($0) }
    }

    static let disputeVerbs: WordSet = [
        "disputes", "disputed", "disputing", "rejects", "rejected", "rejecting", "contests", "contested", "contesting",
        "questions", "questioned", "questioning",
    ]
    static let figureNouns: WordSet = ["figure", "figures", "toll", "tally", "count", "numbers"]

    /// Whether a sentence's figure is a part of the figure before it: "of those killed", "of the
    /// dead", "of them" after its number.
    static func takesUpFigureBefore(_ words: [String]) -> Bool {
        for i in words.indices.dropLast() where words[i] == "of" {
            let next = words[i + 1]
            if next == "them" || next == "whom" { return true }
            guard (next == "those" || next == "the") && i + 2 < words.count else { continue }
            if CasualtyReader.kind(of: words[i + 2]) != nil || words[i + 2] == "victims" { return true }
        }
        return false
    }

    /// Where a ", where" clause opens after item `k` (the last figure): the text offset of
    /// "where", or nil.
    static func placeClause(_ items: SentenceItems, after k: Int) -> Int? {
        let all = items.items
        guard k + 2 < all.count else { return nil }
        for i in (k + 2)..<all.count where all[i].lower == "where" && all[i - 1].text == "," { return all[i].span.start }
        return nil
    }

    /// Where a ranking after the figures (from item `k` on) opens: ", the fourth reporter killed
    /// in the province this year", "making it the third attack this month". The period after it
    /// is the ranking's, not one the figures are tallied over.
    static func ranking(_ items: SentenceItems, after k: Int) -> Int? {
        let all = items.items
        guard k + 2 < all.count else { return nil }
        for i in (k + 1)..<(all.count - 1) where all[i].lower == "the" && SingularVictims.ordinals.contains(all[i + 1].lower)
            && (all[i - 1].text == "," || all[i - 1].lower == "it") {
            return all[i].span.start
        }
        return nil
    }

    /// Whether `words` name a span of two different months ("between July and December", "from
    /// March to June 2025").
    static func spansMonths(_ words: [String]) -> Bool {
        words.indices.contains { i in
            guard words[i] == "between" || words[i] == "from", i + 3 < words.count, let first = CalendarNames.months[words[i + 1]],
                  ["and", "to", "through", "until", "till"].contains(words[i + 2]),
                  let last = CalendarNames.months[words[i + 3]] else { return false }
            return first != last
        }
    }

    /// Whether the words spread a figure over a whole country or province ("across the country",
    /// "nationwide").
    static func spreadsOverLand(_ words: [String]) -> Bool {
        words.contains { $0 == "nationwide" || $0 == "countrywide" }
            || words.indices.dropLast(2).contains { i in words[i] == "across" && words[i + 1] == "the" && ["country", "province", "region"].contains(words[i + 2]) }
    }

    /// Verbs of a happening's beginning ("clashes that began in November 2024").
    static let beginnings: WordSet = ["began", "begun", "started", "erupted", "broke"]

    /// Whether the words name attacks made in concert ("killed 39 people in coordinated attacks"):
    /// one happening, however many places it struck, not a count of attacks.
    static func namesConcertedAttacks(_ words: [String]) -> Bool {
        zip(words, words.dropFirst()).contains { concertedWords.contains($0) && tallyNouns.contains($1) }
    }

    /// Whether a sentence's figures are a statistic over a period: a period is named (a month or
    /// year, "since", "so far", a tally), or a toll of a thousand or more no single incident
    /// noun accounts for ("more than 80,000 Pakistanis died in the violence that followed").
    ///
    /// `localPlace`: the sentence names a place below a province (a district, town, village…).
    /// `counted`: the sentence counts happenings (``countsHappenings(_:in:)``).
    func isAggregate(words: [String], dates: [DateMention], largest: Int = 0, published: Day? = nil, before: [String] = [],
                     localPlace: Bool = false, counted: Bool = false) -> Bool {
        // "The death toll from the earthquake has risen to 2,200. Officials said 2,205 people had
        // been killed": a large toll right after its happening is named (in `before`, the
        // sentence before) is that happening's.
        let largeToll = largest >= 1000 && !before.contains(where: { ExtractEvents.incidentNouns.contains($0) })
        /// Whether "since" opens the phrase `d` closes, within `span` words before it: "since
        /// January 1", "since the start of the monsoon on June 26" (the mention may leave "since"
        /// out).
        // "The ceasefire agreed on October 19 has held, although more than 20 soldiers have been
        // killed since then": "since then" takes up a date named before it.
        let sinceThen = zip(words, words.dropFirst()).contains { $0 == "since" && $1 == "then" }
        func since(_ d: DateMention, within span: Int) -> Bool {
            let first = Words.lowercased(d.text).first
            return Words.lowercasedText(d.text).hasPrefix("since") || sinceThen
                || words.indices.contains { i in words[i] == "since" && words[(i + 1)...].prefix(span).contains { $0 == first } }
        }

        /// Whether `d` follows a superlative of a happening within eight words ("the deadliest
        /// stretch this year"), not of a period ("the deadliest month this year").
        func comparedWith(_ d: DateMention) -> Bool {
            let named = Words.lowercased(d.text)
            guard !named.isEmpty, let at = words.indices.first(where: { i in
                i + named.count <= words.count && words[i..<(i + named.count)].elementsEqual(named)
            }) else { return false }
            return words[max(0, at - 8)..<at].indices.contains { j in
                ExtractEvents.comparingSuperlatives.contains(words[j])
                    && !(j + 1 < words.count && ExtractEvents.periodNouns.contains(words[j + 1]))
            }
        }
        // "the worst since fighting on the weekend": a week or a weekend is one stretch of
        // fighting, with "since" or without.
        func namesWeek(_ d: DateMention) -> Bool { Words.lowercasedText(d.text).contains("week") }
        let sinceNamed = dates.contains { !namesWeek($0) && since($0, within: 8) }
        let periodDates = dates.filter { d in
            let text = Words.lowercasedText(d.text)
            if namesWeek(d) { return false }
            // Without a publication date "last year" and "in September" have no value, but still
            // name a period ("in recent years", "Oct. 11" do not).
            func unresolvedPeriod() -> Bool {
                let named = Words.lowercased(d.text)
                return (text.contains("year") || text.contains("month")) && ["last", "this", "past", "previous"].contains { text.contains($0) }
                    || named.count <= 2 && named.last.map { CalendarNames.months[$0] != nil } == true
                    && !d.text.unicodeScalars.contains { $0.properties.numericType != nil }
            }
            // "since January 1" frames a tally; "since Friday", days before the report, one
            // stretch of fighting.
            if since(d, within: 8) {
                // Without a publication date, "since October 1" still opens a tally ("since
                // Friday" and "since fighting on the weekend of Oct. 11" do not).
                // ("since the 1990s": a decade, which no value names, opens one too.)
                if d.value == nil {
                    return unresolvedPeriod() || since(d, within: 2) && Words.lowercased(d.text).contains { CalendarNames.months[$0] != nil }
                        || ExtractEvents.namesDecade(text)
                }
                if d.granularity == .day, let first = d.first, let published, published - first <= 14 { return false }
                return true
            }
            // "Earlier this month, six soldiers were martyred": a happening placed in the month,
            // not a tally over it.
            if text.hasPrefix("earlier") || text.hasPrefix("later") { return false }
            // "killed in fighting along the border in mid-October", "in early March": part of a
            // month places a happening; a tally runs over whole months.
            if d.granularity == .month, ["mid-", "early ", "late "].contains(where: { text.contains($0) }) { return false }
            // "the October clashes": the month names a happening, not a period tallied over ("the
            // first half of the year" is one).
            if text.hasPrefix("the "), let second = Words.lowercased(d.text).dropFirst().first,
               CalendarNames.months[second] != nil || ExtractEvents.isYear(second) {
                return false
            }
            guard d.value != nil else { return unresolvedPeriod() }
            // "over the weekend, one of the deadliest stretches for its troops this year": the
            // period a superlative compares with ("the deadliest month" is one).
            if comparedWith(d) { return false }
            return d.granularity == .year || d.granularity == .month
        }
        // "UNAMA … said that Pakistani strikes in Kabul on the evening of 15 October had killed
        // five civilians": what a monitor "recorded" on a day is that day's toll.
        let namesDay = dates.contains { $0.granularity == .day && !since($0, within: 8) }
        let periodWords = words.indices.contains { i in
            // "in 2024 alone", "in October alone", "this year alone"; not "in the first night of
            // fighting alone", one happening.
            ExtractEvents.periodWords.contains(words[i]) && !(words[i] == "recorded" && namesDay)
                && (words[i] != "alone" || i > 0 && (ExtractEvents.namesPeriod(words[i - 1]) || CalendarNames.months[words[i - 1]] != nil))
                // "the most serious escalation between the neighbours in decades": a superlative's
                // span of comparison, not a period tallied over.
                && !(i > 0 && words[i - 1] == "in" && (words[i] == "decades" || words[i] == "decade" || words[i] == "months")
                     && words[max(0, i - 10)..<i].contains(where: ExtractEvents.superlatives.contains))
        }
            || zip(words, words.dropFirst()).contains { $0 == "so" && $1 == "far" }
            // "At least 516 fighters were killed in operations over the same period", "in that
            // period": the period of the statistic before.
            || zip(words, words.dropFirst()).contains { ($0 == "same" || $0 == "that") && $1 == "period" }
            // "killed 203 fighters in operations during the month".
            || words.indices.dropFirst().dropLast().contains { i in
                words[i] == "the" && ["during", "over", "throughout"].contains(words[i - 1])
                    && (ExtractEvents.periodNouns.contains(words[i + 1]) && words[i + 1] != "week" || words[i + 1] == "period")
            }
            // "more than 130 people were killed in the week that followed", "in the following
            // days": the days after a happening, over which its reprisals are counted (but the
            // wounded who "died of their wounds in the following days" are the happening's own).
            || words.indices.contains { i in ExtractEvents.opensFollowingSpan({ $0 < words.count ? words[$0] : nil }, at: i) }
                && !ExtractEvents.tellsWoundedDying(words)
            // "September was the deadliest month, with 135 people killed".
            || zip(words, words.dropFirst()).contains { ($0 == "deadliest" || $0 == "bloodiest") && ExtractEvents.periodNouns.contains($1) }
            // "died of cold at makeshift camps last winter": a season, which no date names.
            || zip(words, words.dropFirst()).contains { ["last", "this", "past"].contains($0) && ExtractEvents.seasons.contains($1) }
            // "At least 44 people were killed across the country during the week": a week's tally
            // over a whole country or province (a week alone is one stretch of fighting).
            || words.indices.dropFirst().dropLast().contains { i in
                words[i] == "the" && ["during", "over", "throughout"].contains(words[i - 1]) && words[i + 1] == "week"
            } && ExtractEvents.spreadsOverLand(words)
        // "610 people had been killed and more than 4,700 injured in Israeli strikes since June
        // 13": "since" a day of the last fortnight bounds one episode, however large its toll.
        let recentStart = dates.contains { d in
            guard d.granularity == .day, since(d, within: 8), let first = d.first, let published else { return false }
            return published - first <= 14
        }
        // "Since the Doha agreement, at least five soldiers have been killed in militant
        // attacks": the time since an accord is a period tallied over ("the first attack since
        // the ceasefire" is one happening).
        let sinceAccord = words.indices.contains { i in
            words[i] == "since" && words[(i + 1)...].prefix(3).contains { ExtractEvents.accordNouns.contains($0) }
                && !words[max(0, i - 4)..<i].contains { $0 == "first" || ExtractEvents.comparingSuperlatives.contains($0) }
        }
        guard largeToll && !recentStart || !periodDates.isEmpty || periodWords || sinceAccord else { return false }
        // A happening's noun makes the figure its own, unless "since" a date weeks back tallies
        // it ("the operation has killed at least 70 militants since it began on 29 July").
        // "living in tents since the earthquakes of October 2023, which killed 1,400 people":
        // "since" a happening, whose own toll a relative clause then gives, frames no tally.
        let sinceHappening = words.indices.contains { i in
            words[i] == "since" && words[(i + 1)...].prefix(3).contains { ExtractEvents.incidentNouns.contains($0) }
                && words[(i + 1)...].contains { $0 == "which" || $0 == "that" }
        }
        // "sectarian clashes that began in November 2024 have killed more than 200 people": a
        // happening that began in a month or year and goes on is tallied since then.
        let goesOnSince = words.contains { $0 == "have" || $0 == "has" } && periodDates.contains { d in
            guard let first = Words.lowercased(d.text).first else { return false }
            return words.indices.contains { i in
                ExtractEvents.beginnings.contains(words[i]) && words[(i + 1)...].prefix(3).contains(first)
            }
        }
        // "clashes that killed more than 130 people between July and December 2024": a span of
        // months bounds a tally, whatever happening it names.
        let tallySince = !sinceHappening && periodDates.contains { since($0, within: 8) } || ExtractEvents.spansMonths(words) || sinceAccord
            || goesOnSince
        if !tallySince, words.contains(where: { ExtractEvents.incidentNouns.contains($0) }) || ExtractEvents.namesConcertedAttacks(words) {
            return false
        }
        // "In May, the neighbours fought a four-day conflict that killed more than 70 people": a
        // happening of a few days or hours is one episode, whatever month it is placed in.
        // (The length is an adjective in the singular, its count a number or a word before it:
        // "four-day", "48-hour".)
        if !tallySince, words.indices.dropLast().contains(where: { i in
            (words[i] == "day" || words[i] == "hour") && ExtractEvents.episodeNouns.contains(words[i + 1])
        }) {
            return false
        }
        // "killed … during the cross-border fighting with Pakistan this month": the fighting, with
        // its article, is one episode whose toll is counted, not a period's ("killed in fighting
        // this year" is one).
        if !tallySince, words.indices.contains(where: { i in
            words[i] == "fighting" && words[max(0, i - 4)..<i].contains("the")
                && !words[max(0, i - 4)..<i].contains(where: { ["of", "year", "month", "years", "months"].contains($0) })
        }) {
            return false
        }
        let countsHappenings = words.contains(where: { ExtractEvents.tallyNouns.contains($0) })
        // A month, resolved or not ("In December" in a text with no publication date).
        func namesMonth(_ d: DateMention) -> Bool {
            d.granularity == .month || d.value == nil && Words.lowercased(d.text).contains { CalendarNames.months[$0] != nil }
        }
        // "In May 2024, seven barbers were shot dead in Gwadar": a month and a town's name place
        // one incident; a tally over a month names a province or a country, or counts attacks.
        if !largeToll, !periodWords, !sinceNamed, localPlace, largest < 100, !countsHappenings,
           periodDates.allSatisfy(namesMonth) {
            return false
        }
        // "In 2016, Pakistani and Afghan forces clashed at Torkham, killing at least three people":
        // a year and a town's name, and the toll a participle adds to the clause, place one
        // clash; a year's tally names a province or a country, or counts attacks.
        if !largeToll, !periodWords, !sinceNamed, localPlace, largest < 100, !countsHappenings,
           periodDates.allSatisfy({ $0.granularity == .year }), words.contains(where: { ExtractEvents.tollParticiples.contains($0) }) {
            return false
        }
        // "killing 46 civilians in air strikes last month", "similar strikes … in March, killing
        // eight people": a night's raid is told in the plural; placed in a month, with a figure
        // under a hundred and nothing else counted, it is one happening.
        if !largeToll, !periodWords, !sinceNamed, largest < 100, periodDates.allSatisfy(namesMonth),
           words.contains(where: { ExtractEvents.raidPlurals.contains($0) }),
           !words.contains(where: { ExtractEvents.tallyNouns.contains($0) && !ExtractEvents.raidPlurals.contains($0) }) {
            return false
        }
        // "were martyred when terrorists ambushed a convoy": a clause telling one happening. After
        // a year or a span ("between 2007 and 2014, when the TTP held the valleys") it describes
        // the period instead.
        if let when = words.firstIndex(of: "when"), !words[when...].contains(where: { ExtractEvents.tallyNouns.contains($0) }),
           !(when > 0 && ExtractEvents.namesPeriod(words[when - 1])),
           // "85 attacks in October, when 120 people were killed": the clause tells the month's toll.
           !(counted && when > 0 && CalendarNames.months[words[when - 1]] != nil),
           // "killed since January, when the truce collapsed": the clause tells when the tally began.
           !(when > 1 && words[when - 2] == "since" && CalendarNames.months[words[when - 1]] != nil) {
            return false
        }
        // "the Indian embassy in Kabul was bombed in July 2008, killing 58 people": one target hit once.
        // "In March, separatists hijacked the Jaffar Express, killing 26 hostages": the same, in
        // the active.
        // "In September that year, fighters stormed army posts, killing four soldiers": placed in
        // a month, a blow at targets without an article is one too.
        let monthOnly = !periodWords && !sinceNamed && !periodDates.isEmpty && periodDates.allSatisfy { $0.granularity == .month }
        if largest < 1000, zip(words, words.dropFirst()).contains(where: { $0 == "was" && ExtractEvents.strikeVerbs.contains($1) })
            || zip(words, words.dropFirst()).contains(where: { ExtractEvents.strikeVerbs.contains($0) && ($1 == "a" || $1 == "an" || $1 == "the" || monthOnly && largest < 100) }),
           !words.contains(where: { ExtractEvents.tallyNouns.contains($0) || ExtractEvents.repetitionWords.contains($0) }) {
            return false
        }
        // "were killed in a land dispute", "died in an ambush": one happening, whatever its
        // noun; "in a series of attacks", "in a year" are not.
        for i in words.indices.dropLast(2) where (words[i] == "in" || words[i] == "at") && (words[i + 1] == "a" || words[i + 1] == "an") {
            if !ExtractEvents.seriesWords.contains(words[i + 2]), !EventTypes.timeSpans.contains(words[i + 2]) { return false }
        }
        return true
    }

    /// Whether the place at `span` is someone's home: after "resident of", "native of", "hailing
    /// from", "belonged to", or a person's age ("Asif, 29, of Chakwal"), with an administrative
    /// word between them at most ("a resident of district Jhang").
    static func namesHome(_ span: Span, in document: Document) -> Bool {
        let scalars = document.scalars
        func word(before end: Int) -> (text: String, start: Int)? { asciiWord(before: end, in: scalars) }
        // Most places follow none of the words these phrases end with: one short word is read
        // before anything else.
        guard var (b, at) = word(before: span.start) else { return false }
        if ["district", "tehsil", "village", "town", "city"].contains(b) {
            guard let w = word(before: at) else { return false }
            (b, at) = w
        }
        switch b {
        case "of":
            // "a resident of", or an age between commas: "Muhammad Asif, 29, of Chakwal".
            if let a = word(before: at), homeNouns.contains(a.text) { return true }
            var k = at - 1
            while k >= 0, scalars[k] == " " { k -= 1 }
            guard k >= 0, scalars[k] == "," else { return false }
            k -= 1
            var digits = 0
            while k >= 0, scalars[k].value >= 0x30 && scalars[k].value <= 0x39 { k -= 1; digits += 1 }
            return (1...2).contains(digits) && k >= 1 && scalars[k] == " " && scalars[k - 1] == ","
        case "from": return word(before: at).map { ["hailed", "hailing", "hails", "hail"].contains($0.text) } == true
        case "to": return word(before: at).map { ["belonged", "belonging", "belongs"].contains($0.text) } == true
        default: return false
        }
    }

    static let homeNouns: WordSet = ["resident", "native", "hometown", "inhabitant"]

    /// The lowercased ASCII word ending before `end` in `scalars` (spaces skipped), up to 11
    /// letters, and where it starts; nil when none.
    static func asciiWord(before end: Int, in scalars: [Unicode.Scalar]) -> (text: String, start: Int)? {
        var k = end - 1
        while k >= 0, scalars[k] == " " { k -= 1 }
        let last = k
        while k >= 0, last - k < 12, case let v = scalars[k].value | 0x20, v >= 0x61 && v <= 0x7A { k -= 1 }
        guard k < last else { return nil }
        var text = ""
        for c in scalars[(k + 1)...last] { text.unicodeScalars.append(Unicode.Scalar(UInt8(c.value) | 0x20)) }
        return (text, k + 1)
    }

    /// Whether the place at `span` is where the wounded or the dead were taken: "referred to
    /// Bannu", "airlifted to Peshawar", "shifted to a hospital in Bannu", "rushed to the Combined
    /// Military Hospital in Rawalpindi" (at most seven words between "to" and the place, one of
    /// them a hospital's).
    static func namesDestination(_ span: Span, in document: Document) -> Bool {
        let scalars = document.scalars
        guard var (w, at) = asciiWord(before: span.start, in: scalars) else { return false }
        var facility = false
        if w == "in" || w == "at" {
            for _ in 0..<7 {
                guard let next = asciiWord(before: at, in: scalars) else { return false }
                (w, at) = next
                if w == "to" { break }
                if facilityNouns.contains(w) { facility = true }
            }
            guard facility else { return false }
        }
        guard w == "to", let verb = asciiWord(before: at, in: scalars) else { return false }
        return transferVerbs.contains(verb.text)
    }

    static let transferVerbs: WordSet = [
        "taken", "shifted", "rushed", "referred", "moved", "evacuated", "airlifted", "transferred",
        "brought", "carried", "flown", "admitted", "transported",
    ]
    static let facilityNouns: WordSet = ["hospital", "hospitals", "clinic", "facility", "centre", "center", "complex", "trauma"]

    /// The text offset of a "since" that follows a superlative within eight words ("the
    /// deadliest attack since 2014"), or nil.
    static func comparingSince(_ items: SentenceItems) -> Int? {
        let all = items.items
        var lastSuperlative = -100, words = 0, previous = ""
        for item in all where item.kind == .word {
            words += 1
            // "claimed more lives than any attack in Kurram since November": a comparison too.
            if superlatives.contains(item.lower) || previous == "than" && item.lower == "any" { lastSuperlative = words }
            if item.lower == "since", words - lastSuperlative <= 8 { return item.span.start }
            previous = item.lower
        }
        return nil
    }

    /// Superlatives that compare one happening with a period ("the deadliest attack this year");
    /// not "first" ("the first six months of this year" is the period itself).
    static let comparingSuperlativeWords = ["worst", "deadliest", "bloodiest", "heaviest", "biggest", "largest", "fiercest", "highest", "gravest"]
    static let comparingSuperlatives = WordSet(comparingSuperlativeWords)

    /// Words that make a following "since" a comparison ("the deadliest attack since 2014", "the
    /// first attack since 2014").
    static let superlatives = WordSet(comparingSuperlativeWords + ["first", "most"])

    /// A year ("2014") or a span noun ("years", "decade"), which a "when" clause after it describes.
    static func namesPeriod(_ word: String) -> Bool {
        isYear(word) || periodNouns.contains(word) || word == "decades"
    }

    /// Four digits ("2014").
    static func isYear(_ word: String) -> Bool { word.utf8.count == 4 && word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }

    /// The item that opens a clause of another happening ("…, the Foreign Office says, hours
    /// after fighting killed at least a dozen civilians") when it follows the sentence's
    /// attribution, or nil: the attribution is of the main clause, and the other happening is the
    /// reporter's background, no claim of that source.
    static func backgroundStart(_ items: SentenceItems, claimant: Span?, words: [String]) -> Int? {
        guard let claimant else { return nil }
        let other = EventTypes.otherHappening(words)
        guard other < words.count,
              let otherItem = items.items.indices.lazy.filter({ items.items[$0].kind == .word }).dropFirst(other).first,
              claimant.end <= items.items[otherItem].span.start
        else { return nil }
        return otherItem
    }

    /// Participles that add a toll to the clause before them ("…, killing three people").
    static let tollParticiples: WordSet = ["killing", "wounding", "injuring"]

    /// Words that make strikes on one target a series ("was attacked repeatedly").
    static let repetitionWords: WordSet = ["repeatedly", "regularly", "frequently", "often", "times", "again"]
    /// Verbs of one blow against one target ("was bombed", "hijacked the train").
    static let strikeVerbs: WordSet = ["bombed", "attacked", "ambushed", "stormed", "targeted", "shelled", "raided", "besieged", "hijacked", "seized"]

    /// What joins the two days of a range ("October 11-12", "October 11 to 12").
    static let rangeJoiners: WordSet = ["-", "–", "—", "to", "and"]

    /// Nouns of a run of happenings after "part of a" ("part of a wave of attacks").
    static let seriesNouns: WordSet = ["series", "wave", "spate", "string", "surge", "campaign", "rash", "escalation", "upsurge", "spree"]
    /// Nouns after "in a" that make a series or a period, not one happening.
    static let seriesWords: WordSet = ["series", "wave", "spate", "string", "surge", "number", "span", "period", "decade", "row", "single", "matter", "bid", "statement", "report", "tally"]

    /// Events of one type on the same date (or undated) that share a place, or follow each
    /// other with no place of their own, are one incident.
    func merge(_ events: [Event], places entries: [String: PlaceEntry] = [:]) -> [Event] {
        /// Whether two places are one, one lies in the other's district, or they are a province
        /// and its same-named capital ("Kandahar" the province and the city). A province holds
        /// too much to tell one incident from another ("a separate operation in South Waziristan").
        func overlap(_ a: String, _ b: String) -> Bool {
            guard a != b else { return true }
            guard let x = entries[a], let y = entries[b] else { return false }
            return ReportedFigure.overlap(x, y, wholeProvince: false)
        }
        var out: [Event] = []
        for e in events {
            // A date that is only the publication date (no time expression) does not keep
            // mentions apart.
            func undated(_ x: Event) -> Bool { x.date == nil || x.dateText == nil }
            // A statistic over a period ("2,500 killed in 2024") is never one of its incidents,
            // nor a mention of one that gives no figure ("the ISPR said the attack was repulsed").
            func statistic(_ x: Event) -> Bool { !x.casualties.isEmpty && x.casualties.allSatisfy(\.aggregate) }
            // An undated mention joins one dated to a month or year only when its fallback date
            // (publication or context) lies in it: "23 soldiers were killed" is not the April
            // 2022 attacks an earlier sentence dates. A day is an incident's, and may be any
            // day before the report.
            func compatible(_ x: Event, _ y: Event) -> Bool {
                let (dated, other) = undated(x) ? (y, x) : (x, y)
                guard let d = dated.date, let f = other.date, d.utf8.count < 10 else { return true }
                return f.hasPrefix(d)
            }
            if let k = out.firstIndex(where: { o in
                (o.type == e.type || o.date != nil && o.date == e.date && ExtractEvents.sameKind(o.type, e.type)) && (o.date == e.date || (undated(o) || undated(e)) && compatible(o, e))
                    && statistic(o) == statistic(e)
                    && (o.places.contains { a in e.places.contains { overlap(a, $0) } } || o.places.isEmpty || e.places.isEmpty)
            }) {
                out[k].mentions += e.mentions
                out[k].casualties += e.casualties
                out[k].places = unique(out[k].places + e.places)
                out[k].actors = unique(out[k].actors + e.actors)
                out[k].confidence = max(out[k].confidence, e.confidence)
                if e.type == "suicide-attack" { out[k].type = e.type }
                if undated(out[k]), !undated(e) { out[k].date = e.date; out[k].dateText = e.dateText; out[k].dateAnchor = e.dateAnchor }
            } else {
                out.append(e)
            }
        }
        return out
    }

    /// Whether mentions of these types may tell one happening (of the same date): the same type,
    /// or a suicide attack and the explosion or attack it is also told as ("The attacker
    /// detonated his explosives near the parking area").
    static func sameKind(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let other = a == "suicide-attack" ? b : b == "suicide-attack" ? a : nil
        return other == "explosion" || other == "attack"
    }

    func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
