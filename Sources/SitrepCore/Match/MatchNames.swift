/// Finds the gazetteer's places and entities in the text.
///
/// Requires: `tokens`, `keys`, `sentences`. Produces: `places`, `entities`.
///
/// Rules that keep common words and people from becoming places:
/// - a name must start with a capital letter (or be in a script without case);
/// - a one-word name opening a sentence is skipped when the word is a common English word, or
///   appears in lower case elsewhere in the article ("Tank" vs "a tank");
/// - a one-word name that is also part of a person's name in the gazetteer ("Dar") is a place
///   only if it names a country, province or city of 100,000 or more;
/// - a name joined to the words before it by a Persian or Arabic connector ("Dand-e-Patan") is
///   part of that longer name, and so is a place before an institution's head noun ("the
///   Peshawar High Court"), a name before a locality's ("the Bagh Maidan area", "Hassan Khel")
///   and a city abroad inside any longer capitalised name ("Mary Robinson"); a month or weekday
///   name ("in March") is no place;
/// - a village or small town, or a place whose name is also a word, language, tribe or person
///   (`Gazetteer/ambiguous.txt`), needs a locative cue: a preposition or "neighbouring" before it
///   ("in", "near"), a unit word after it ("district", "village") or before "of" ("the district of
///   Orakzai"), an apposition ("Orakzai, a mountainous district"), or a verb or noun of visiting
///   or attack before it ("visited Wana", "stormed Wana", "the raid on Wana"); one cued mention
///   licenses the article's others.
/// "South and North Waziristan" names both: a compass word before "and" shares the name after it.
/// "The Pak-Afghan border" names both countries: "Pak" hyphened to a word names Pakistan, and a
/// clipped neighbour ("Afghan", "Indo", "Af") its own country.
/// Among same-named places in two countries the sentence's own countries decide (named, or
/// "on the Indian side", "Indian-administered"), then the article's country context; then the
/// kind (country, city, province, district…), then population; a unit word after the name
/// ("Khost province") selects the admin unit.
public struct MatchNames: Stage {
    public static let requires: Set<Layer> = [.tokens, .keys, .sentences]
    public static let produces: Set<Layer> = [.places, .entities]

    public let matcher: NameMatcher
    /// The rule words below as match keys, which are what the text's words are compared as
    /// ("tehsil" is keyed "tahsil", "between" "betwin"). A class, so that copies of this stage
    /// share one reference instead of retaining every set.
    final class CueKeys: Sendable {
        /// Month and weekday names ("march", "friday"), which are never one-word places.
        let calendar: WordSet
        /// ``institutionHeads`` joined, and the first key of each.
        let institution: WordSet
        let institutionFirst: WordSet
        let unit: WordSet
        let adminUnit: WordSet
        /// Plural unit words, which name each of a pair before them ("the Orakzai and Mohmand
        /// districts").
        let pluralUnit: WordSet
        let locative: WordSet
        let compass: WordSet
        let settlement: WordSet
        let placeVerb: WordSet
        let bodyHead: WordSet
        /// Words after a locality's name ("the Bagh Maidan area").
        let locality: WordSet
        /// Pashto words that close a village's name ("Hassan Khel", "Shin Kalay").
        let settlementSuffix: WordSet
        /// Country codes by the key of their adjective ("indian" → "IN").
        let demonyms: [String: String]
        /// Words after such an adjective that place something in the country ("the Indian side",
        /// "Indian-administered").
        let sideWords: WordSet
        /// Places named by a town or village ("the Salala checkpoint", "Bagan bazaar"): a cue
        /// after a small place's name, as a unit word is.
        let facility: WordSet
        /// Words of fire after a demonym ("Pakistani shelling"): it falls on the other side.
        let fireWords: WordSet
        /// Nouns of attack before "on" and a place ("the attack on Landi Kotal", "a raid on
        /// Mir Ali"): a cue for a small place, as a verb of shelling is.
        let attackNouns: WordSet
        /// Words of those who report after a demonym ("Indian officials"): they report their side.
        let reporterWords: WordSet

        init(_ keys: MatchKeys) {
            let calendarNames = CalendarNames.months.keys.filter { $0.count > 3 } + CalendarNames.weekdays.keys.filter { $0.count > 5 } + ["may"]
            calendar = WordSet(calendarNames.flatMap { keys.keys(of: $0) })
            let heads = MatchNames.institutionHeads.words.map { keys.keys(of: $0) }
            institution = WordSet(heads.map { $0.joined(separator: " ") })
            institutionFirst = WordSet(heads.compactMap(\.first))
            func keyed(_ words: some Sequence<String>) -> WordSet { WordSet(words.flatMap { keys.keys(of: $0) }) }
            unit = keyed(MatchNames.unitWords.words)
            adminUnit = keyed(MatchNames.adminUnitWords.words)
            pluralUnit = keyed(MatchNames.pluralUnitWords.words)
            locative = keyed(MatchNames.locativeWords.words)
            compass = keyed(MatchNames.compassWords.words)
            settlement = keyed(["city", "town"])
            placeVerb = keyed(MatchNames.placeVerbs.words)
            bodyHead = keyed(MatchNames.bodyHeads.words)
            locality = keyed(["area", "village", "town", "locality", "neighbourhood", "neighborhood"])
            settlementSuffix = keyed(["khel", "kalay", "kalai", "kili", "killi"])
            facility = keyed(["checkpoint", "checkpost", "bazaar", "market", "airbase", "outpost", "camp", "police", "hospital", "airport",
                              "garrison", "cantonment", "cadet", "college", "school", "mosque", "madrassa", "seminary", "prison", "jail",
                              "courthouse", "dam", "hydropower", "barrage", "bridge", "tunnel"])
            var demonyms: [String: String] = [:]
            for (word, code) in MatchNames.demonyms { for k in keys.keys(of: word) { demonyms[k] = code } }
            self.demonyms = demonyms
            sideWords = keyed(["side", "administered", "controlled", "held", "occupied", "territory", "part", "town", "village", "city", "district"])
            fireWords = keyed(["shelling", "fire", "firing", "strikes", "strike", "airstrikes", "drones", "drone", "missiles", "missile", "artillery", "mortar", "mortars", "shells", "bombardment"])
            reporterWords = keyed(["officials", "official", "authorities", "police", "officers"])
            attackNouns = keyed(["attack", "attacks", "assault", "assaults", "raid", "raids", "strike", "strikes", "airstrike", "airstrikes",
                                 "offensive", "siege", "bombing", "bombings", "march", "advance"])
        }
    }
    let cues: CueKeys
    /// Country entries by the key of their clipped forms ("pak", "indo", "af", and "afghan",
    /// which names the country only in such a compound).
    let clippedCountries: [String: PlaceEntry]
    /// The key of "Pak", which a compound needs.
    let clippedPakistan: WordSet

    /// `keys` gives the rule words below their match keys, once.
    public init(matcher: NameMatcher, keys: MatchKeys) {
        self.matcher = matcher
        cues = CueKeys(keys)
        var clipped: [String: PlaceEntry] = [:]
        for (form, code) in MatchNames.clippedCountryForms {
            guard let country = matcher.gazetteer.places.first(where: { $0.kind == .country && $0.country == code }) else { continue }
            for key in keys.keys(of: form) { clipped[key] = country }
        }
        clippedCountries = clipped
        clippedPakistan = WordSet(keys.keys(of: "pak"))
    }

    /// Clipped country names that join in hyphenated compounds ("the Pak-Afghan border",
    /// "Indo-Pak ties", "Af-Pak").
    static let clippedCountryForms: [String: String] = ["pak": "PK", "indo": "IN", "af": "AF", "afghan": "AF"]

    /// Unit words printed before a place's name in official English ("District Karak").
    static let unitsBeforeName: WordSet = ["district", "tehsil"]

    static let unitWords: WordSet = [
        "province", "district", "city", "town", "village", "valley", "area", "region", "tehsil", "subdivision", "agency", "border", "crossing",
        "capital", "corridor", "pass", "river", "mountains", "hills", "desert", "plains",
    ]
    static let adminUnitWords: WordSet = ["province", "district", "agency", "region", "tehsil", "subdivision"]
    static let pluralUnitWords: WordSet = ["districts", "provinces", "tehsils", "agencies", "regions", "areas", "valleys", "villages", "towns", "cities"]
    /// List markers that open an item as a sentence start does: the bulleted list's marks, and dashes.
    static let bullets = ArticleSplitter.bulletMarks.union(["-", "–", "—"])
    static let compassWords: WordSet = ["north", "south", "east", "west", "upper", "lower", "central"]
    /// Heads of institutions right after a place that names them ("the Peshawar High Court",
    /// "Khyber Rifles"); a longer run ending in a public body's head word is ``bodyHeads``'s.
    static let institutionHeads: WordSet = [
        "high court", "supreme court", "district court", "university", "college", "institute", "assembly", "press club",
        "stock exchange", "chamber", "cantonment board", "medical college", "teaching hospital", "peoples party",
        "muslim league", "shura", "bank", "corps", "cricket board", "international airlines", "red crescent",
        "security dialogue", "geological survey",
        // Frontier Corps units named after their regions ("Chitral Scouts", "Khyber Rifles").
        "scouts", "rifles",
        // Pakistan Super League teams ("Peshawar Zalmi", "Quetta Gladiators").
        "zalmi", "gladiators", "qalandars", "kings", "sultans",
        // Newspapers named after their city or country ("The Kabul Times", "Pakistan Observer").
        "times", "post", "tribune", "herald", "observer",
    ]
    /// Head nouns of institutions whose official names end with their town's ("District
    /// Headquarters Hospital Khar", "Government Degree College Wana").
    static let namedInstitutions: WordSet = ["hospital", "college", "school", "university", "academy", "institute"]
    /// Head nouns of institutions named "<head> of <place>" or "<head> for <place>" ("University
    /// of Peshawar", "Centre for Afghanistan …", "State Bank of Pakistan", "Human Rights
    /// Commission of Pakistan"): the place is part of the name. ("Republic", "Emirate" and
    /// "Government" are not among them: those name the state.)
    static let complementHeads: WordSet = [
        "university", "institute", "college", "school", "academy", "centre", "center", "council", "commission", "bank",
        "court", "chamber", "foundation", "society", "federation", "association", "museum", "library", "board",
    ]
    /// Adjectives of the countries whose same-named places a sentence may tell apart ("Poonch
    /// district on the Indian side").
    static let demonyms: [String: String] = [
        "indian": "IN", "pakistani": "PK", "afghan": "AF", "iranian": "IR", "chinese": "CN", "tajik": "TJ", "uzbek": "UZ",
    ]
    static let connectors: WordSet = ["e", "i", "o", "ul", "ud", "us", "ur", "al", "el"]
    /// Titles before a person's name (compared as match keys, which these are already).
    static let personalTitles: WordSet = [
        "general", "gen", "president", "minister", "mr", "mrs", "ms", "dr", "maulana", "mufti", "sheikh", "lt", "col", "colonel", "major",
        "captain", "capt", "brigadier", "justice", "senator", "commander", "mullah", "qari", "hafiz", "haji", "syed", "sardar", "imam",
    ]
    /// Head words of public bodies, which may stand a few capitalised words after a place that
    /// opens the body's name.
    static let bodyHeads: WordSet = [
        "department", "authority", "commission", "bureau", "agency", "committee", "council", "corporation", "directorate", "association",
        "federation", "foundation", "society", "organisation", "organization", "ministry",
        // Parties, armed groups and forces named after a region ("Balochistan National Party",
        // "Sindh Rangers", "Balochistan Levies").
        "party", "army", "front", "movement", "league", "alliance", "rangers", "levies",
    ]
    /// Verbs whose object is a place ("visited Wana", "shelled Chaman", "militants stormed Landi
    /// Kotal", "a blast rocked Wana"): a cue for a small place, but not for a name that is also a
    /// word or a person's (those need a preposition or unit). Verbs that as often take people
    /// ("attacked", "targeted", "hit", "captured") are left out.
    static let placeVerbs: WordSet = [
        "visit", "visited", "visiting", "toured", "reach", "reached", "reaching", "entered", "shelled", "bombed", "evacuated",
        "stormed", "storming", "raided", "raiding", "overran", "overrun", "besieged", "rocked", "shook", "pounded", "pounding",
        "bombarded", "bombarding", "shelling",
    ]
    /// Whether the name at `offset` opens its paragraph's dateline ("Landi Kotal, Pakistan –",
    /// "WANA:").
    func isDatelinePlace(_ offset: Int, in document: Document) -> Bool {
        guard let paragraph = document.paragraph(containing: offset), paragraph.start == offset else { return false }
        return ArticleSplitter.isDateline(Substring(document.slice(Span(offset, min(paragraph.end, offset + 80)))))
    }

    static let locativeWords: WordSet = [
        "in", "near", "at", "from", "of", "to", "into", "across", "around", "outside", "inside", "towards", "toward", "through", "between", "and",
        "neighbouring", "neighboring", "nearby", "adjoining",
    ]

    public func process(_ document: inout Document) throws(StageError) {
        let scalars = document.scalars
        let words = document.tokens.indices.filter { document.tokens[$0].kind != .punctuation }
        guard !words.isEmpty else { return }
        let keyTable = document.keyTable, tokens = document.tokens
        /// The key of word `w` (only matches and their neighbours ask, so no array of them is built).
        func key(_ w: Int) -> String { keyTable[Int(tokens[words[w]].key)] }
        // The matcher's id of each distinct key of the document, looked up once.
        let tableIDs = document.keyTable.map { matcher.keyIDs.lookup($0) ?? -1 }
        // A possessive's "s" ("Pakistan’s Waziristan") opens no name: it is not the "S" of "S
        // Waziristan", an alias of South Waziristan, whose match would swallow the name after it.
        let ids = words.map { t -> Int32 in
            let span = document.tokens[t].span
            if span.length == 1, span.start > 0, scalars[span.start] == "s", MatchNames.isApostrophe(scalars[span.start - 1]) { return -1 }
            return tableIDs[Int(document.tokens[t].key)]
        }
        var joined = [Bool](repeating: false, count: words.count)
        var isUpper = [Bool](repeating: false, count: words.count)
        var capitalised = [Bool](repeating: false, count: words.count)
        var sentenceInitial = [Bool](repeating: false, count: words.count)
        var lowerSeen = [Bool](repeating: false, count: document.keyTable.count)  // by key index
        var isSentenceStart = [Bool](repeating: false, count: scalars.count + 1)
        for s in document.sentences { isSentenceStart[s.start] = true }
        for p in document.paragraphs { isSentenceStart[p.start] = true }
        for (w, t) in words.enumerated() {
            let span = document.tokens[t].span
            let token = scalars[span.start..<span.end]
            let first = token.first!
            capitalised[w] = MatchNames.isCapitalised(first)
            isUpper[w] = token.allSatisfy { !MatchNames.isLowercase($0) }
            if MatchNames.isLowercase(first) { lowerSeen[Int(document.tokens[t].key)] = true }
            // Sentence-initial: the sentence starts here, or only an opening quote precedes.
            var s = span.start
            while s > 0, MatchNames.isOpeningQuote(scalars[s - 1]) { s -= 1 }
            // "• The Torkham and Chaman crossings…": a list item's bullet opens it like a sentence.
            var t = s
            while t > 0, scalars[t - 1] == " " || MatchNames.bullets.contains(scalars[t - 1]) { t -= 1 }
            let afterBullet = t < s && (isSentenceStart[t] || t == 0) && (t..<s).contains { MatchNames.bullets.contains(scalars[$0]) }
            sentenceInitial[w] = isSentenceStart[s] || s == 0 || afterBullet
            if w + 1 < words.count {
                let nextStart = document.tokens[words[w + 1]].span.start
                let gap = scalars[span.end..<nextStart]
                // A full stop joins initials ("U.S. Central Command"), not the end of a sentence to
                // the next one's first word ("in Wana. Officials said").
                joined[w] = !isSentenceStart[nextStart] && gap.count <= 3 && gap.allSatisfy { $0 == " " || $0 == "." || $0 == "'" || $0 == "’" || MatchNames.isHyphen($0) || MatchNames.isNarrowSpace($0) }
            }
        }

        /// Whether word `w` ends a name joined by a Persian or Arabic connector ("Dand-e-Patan",
        /// "Dasht-e-Barchi", "Koh-i-Noor"), which makes it no place of its own.
        func afterConnector(_ w: Int) -> Bool {
            guard w >= 2 else { return false }
            let connector = document.tokens[words[w - 1]].span
            let hyphen: (Int) -> Bool = { $0 >= 0 && $0 < scalars.count && MatchNames.isHyphen(scalars[$0]) }
            return hyphen(connector.end) && hyphen(connector.start - 1) && MatchNames.connectors.contains(key(w - 1))
        }

        /// Whether the capitalised words from `w` on name an institution ("High Court",
        /// "University"), so that a place before them is part of its name ("the Peshawar High
        /// Court").
        func opensInstitution(_ w: Int) -> Bool {
            guard w < words.count, capitalised[w], joined[w - 1] else { return false }
            // "the Pakistan Meteorological Department", "the Khyber Pakhtunkhwa Provincial Disaster
            // Management Authority": a body's head word ends a short capitalised run.
            var i = w
            while i < words.count, i < w + 4, capitalised[i], i == w || joined[i - 1] {
                // "Kurram Agency" is the old name of the district, not a body.
                if cues.bodyHead.contains(key(i)), !(i == w && cues.unit.contains(key(i))) { return true }
                i += 1
            }
            // The head may follow up to two capitalised modifiers ("the Pakistan-Afghanistan Joint
            // Chamber of Commerce").
            var s = w
            while s < words.count, s < w + 3, capitalised[s], s == w || joined[s - 1] {
                if cues.institutionFirst.contains(key(s)) {
                    if cues.institution.contains(key(s)) { return true }
                    if s + 1 < words.count, joined[s], capitalised[s + 1], cues.institution.contains(key(s) + " " + key(s + 1)) { return true }
                }
                s += 1
            }
            return false
        }

        /// The indices of `matches` that complete an institution's name after "of" or "for"
        /// ("the American University of Afghanistan", "the Centre for Afghanistan, Middle East
        /// and Africa"): the first, and the rest of a list that "and" closes.
        func institutionComplements(_ matches: [NameMatcher.Match]) -> Set<Int> {
            var out = Set<Int>()
            for (i, m) in matches.enumerated() where m.start >= 2 && !out.contains(i) {
                let head = m.start - 2
                guard ["of", "for"].contains(key(m.start - 1)), joined[head], joined[m.start - 1], capitalised[head], !capitalised[m.start - 1],
                      MatchNames.complementHeads.contains(key(head)) else { continue }
                out.insert(i)
                // The list goes on with ", " between names and is one only if "and" closes it, three
                // names at least ("the State Bank of Pakistan and Iran" may be two parties).
                var chain: [Int] = []
                var j = i + 1
                while j < matches.count {
                    let end = matches[j - 1].start + matches[j - 1].length
                    let comma = matches[j].start == end && scalars[document.tokens[words[end - 1]].span.end] == ","
                    let and = matches[j].start == end + 1 && key(end) == "and"
                    guard comma || and else { break }
                    chain.append(j)
                    if and {
                        if chain.count >= 2 { out.formUnion(chain) }
                        break
                    }
                    j += 1
                }
            }
            return out
        }

        /// Whether the capitalised words from `w` on (up to three) are closed by a locality word in
        /// lower case ("Maidan area"), so that a one-word district or village before them is part of
        /// a locality's own name ("the Bagh Maidan area", not the district of Bagh).
        func opensLocality(_ w: Int) -> Bool {
            var i = w
            while i < words.count, i < w + 3, capitalised[i], joined[i - 1] { i += 1 }
            return i > w && i < words.count && joined[i - 1] && !capitalised[i] && cues.locality.contains(key(i))
        }

        // Matches that pass the guards, with their candidate entries.
        var found: [(start: Int, length: Int, entity: Int?, places: [Int], unit: UnitAfter)] = []
        // Villages and names that are also words, held back for want of a locative cue: a list
        // of places may still take them ("in Bajaur, Mohmand and Khyber").
        var heldBack: [(start: Int, length: Int, places: [Int])] = []
        // Keys of one-word city names met inside a person's name ("Ali Hassan").
        var peopleNamed = Set<String>()
        /// Whether word `w` may close a place's name: place names may not end in a common noun
        /// ("the Bara bazaar" is the place Bara and a bazaar), but a unit word may close one
        /// ("Kurram agency").
        func closesPlaceName(_ w: Int) -> Bool { capitalised[w] || cues.unit.contains(key(w)) }
        let matches = matcher.matches(ids: ids, joined: joined, isUpper: isUpper, capitalised: capitalised, closesPlace: closesPlaceName)
        // "the Kabul-Torkham road", "the Chaman-Spin Boldak crossing": two places joined by a
        // hyphen or dash are two places, not one longer name.
        /// Whether words `w` and `w + 1` are joined by a hyphen or dash alone.
        func dashBetween(_ w: Int) -> Bool {
            guard w >= 0, w + 1 < words.count else { return false }
            let gap = scalars[document.tokens[words[w]].span.end..<document.tokens[words[w + 1]].span.start]
            return gap.count == 1 && (MatchNames.isHyphen(gap.first!) || gap.first! == "–" || gap.first! == "—")
        }
        /// Whether the match at index `i` of `matches` names a place.
        func namesPlace(_ i: Int) -> Bool { matches[i].targets.contains { if case .place = $0 { true } else { false } } }
        let complements = institutionComplements(matches)
        for (i, m) in matches.enumerated() {
            if complements.contains(i) { continue }
            let lastWord = m.start + m.length - 1
            let namesEntity = m.targets.contains { if case .entity = $0 { true } else { false } }
            // Entity aliases may end in a common noun ("Pakistani army"); place names may not.
            guard capitalised[m.start], namesEntity || closesPlaceName(lastWord) else { continue }
            let next = m.start + m.length < words.count ? key(m.start + m.length) : ""
            let previous = m.start > 0 ? key(m.start - 1) : ""
            if let e = m.targets.lazy.compactMap({ t -> Int? in if case let .entity(i) = t { i } else { nil } }).first {
                found.append((m.start, m.length, e, [], .none))
                continue
            }
            let places = m.targets.compactMap { t -> Int? in if case let .place(i) = t { i } else { nil } }
            if afterConnector(m.start) { continue }
            let single = m.length == 1
            // "in March" is a month, not the Afghan village of that name.
            if single, cues.calendar.contains(key(m.start)) { continue }
            if opensInstitution(m.start + m.length) { continue }
            if single, sentenceInitial[m.start], Stopwords.english.contains(key(m.start)) || lowerSeen[Int(document.tokens[words[m.start]].key)] {
                continue
            }
            // "the provincial capital, Peshawar, district police chief…": a unit word after a comma
            // is not the name's.
            let attachedNext = joined[lastWord] ? next : ""
            let unitFollows = cues.adminUnit.contains(attachedNext)
            // "Spin Boldak and Maruf districts of Kandahar": the whole a district belongs to is
            // a province ("the district of Orakzai" names the district itself).
            let ofDistricts = previous == "of" && m.start >= 3 && (key(m.start - 2) == "district" || key(m.start - 2) == "districts")
                && !["the", "a", "tribal", "border", "restive", "remote", "mountainous", "northwestern", "southwestern"].contains(key(m.start - 3))
            let unit: UnitAfter = unitFollows ? .admin : cues.settlement.contains(attachedNext) ? .settlement : ofDistricts ? .parentOfDistrict : .none
            // Part of a longer proper name nobody listed ("Chamber of Commerce", "Abbas Araghchi"):
            // only large places are kept there.
            // Matches are in text order and do not overlap: the neighbours are the next and previous.
            let pairedAfter = dashBetween(lastWord) && i + 1 < matches.count && matches[i + 1].start == m.start + m.length && namesPlace(i + 1)
            let pairedBefore = dashBetween(m.start - 1) && i > 0 && matches[i - 1].start + matches[i - 1].length == m.start && namesPlace(i - 1)
            // A capitalised unit word after the name ("Kurram Agency", "Khost Province") is no
            // longer name.
            let nextCapitalised = m.start + m.length < words.count && joined[lastWord] && capitalised[m.start + m.length] && !pairedAfter
                && !cues.unit.contains(next)
            // A sentence's first word is capitalised whatever it is: "The" or "In" before a name
            // does not make the name part of a longer one.
            // Pakistan's official English puts the unit first ("resident of District Karak",
            // "Tehsil Mamund"): that word does not make the name part of a longer one.
            let previousCapitalised = m.start > 0 && joined[m.start - 1] && capitalised[m.start - 1] && !sentenceInitial[m.start] && !pairedBefore
                && !(sentenceInitial[m.start - 1] && Stopwords.english.contains(key(m.start - 1)))
                && !MatchNames.unitsBeforeName.contains(key(m.start - 1))
            let localityAfter = single && nextCapitalised && opensLocality(m.start + m.length)
            // "the Nasir Bagh camp" (not Bagh in Kashmir): a one-word place closing a capitalised
            // name that a locality or facility word follows is that name's last word.
            let closesLocality = single && previousCapitalised && (cues.locality.contains(attachedNext) || cues.facility.contains(attachedNext))
            // "the Hassan Khel area": a name before a Pashto word for a village is that village's
            // own name, not the place (an Indian city) it happens to spell.
            if nextCapitalised, cues.settlementSuffix.contains(next) { continue }
            // "the Taliban-run Bakhtar news agency": a name before "news agency" is the agency's.
            if next == "news", m.start + m.length + 1 < words.count, key(m.start + m.length + 1) == "agency" { continue }
            // "Combined Military Hospital Peshawar", "Cadet College Wana": a place after an
            // institution's capitalised head noun closes that institution's name.
            if previousCapitalised, MatchNames.namedInstitutions.contains(previous),
               !places.contains(where: { matcher.gazetteer.places[$0].kind == .country }) { continue }
            let insideName = nextCapitalised || previousCapitalised
                || (next == "of" && !cues.unit.contains(key(lastWord)) && m.start + m.length + 1 < words.count && capitalised[m.start + m.length + 1])
            // "Kurram’s Parachinar": a place's possessive before the name is a locative cue too.
            let afterPlacePossessive = previous == "s" && m.start >= 2 && found.last.map { $0.entity == nil && $0.start + $0.length == m.start - 1 } == true
                && MatchNames.isApostrophe(scalars[document.tokens[words[m.start - 1]].span.start - 1])
            // "Wana, the main town of South Waziristan", "Khuzdar, a town about 300km south":
            // an apposition that calls the name a town (or district, village…) is a cue.
            let apposition = m.start + m.length + 1 < words.count && ["a", "an", "the"].contains(next)
                && scalars[document.tokens[words[lastWord]].span.end] == ","
                && (m.start + m.length + 1..<min(words.count, m.start + m.length + 5)).contains { cues.unit.contains(key($0)) }
            // "the Bannu–Miranshah road": a place dashed to another is a place too.
            // "Landi Kotal, Pakistan – For nearly a month…": a dateline names where the report
            // was filed.
            let dateline = sentenceInitial[m.start] && isDatelinePlace(document.tokens[words[m.start]].span.start, in: document)
            // "Orakzai’s Kalaya town", "Chaman’s Killi Luqman area": a name in the possessive
            // before a capitalised name and a unit word holds that place, so it is one too.
            let end = m.start + m.length
            let holdsPlace = next == "s" && end + 2 < words.count && MatchNames.isApostrophe(scalars[document.tokens[words[end]].span.start - 1])
                && capitalised[end + 1] && (end + 2..<min(words.count, end + 5)).contains { cues.unit.contains(key($0)) }
            // "flown into its main town, Parachinar": a name set off after a unit word is that place.
            let nameStart = document.tokens[words[m.start]].span.start
            let namedUnit = cues.unit.contains(previous) && nameStart >= 2 && scalars[nameStart - 2] == "," && scalars[nameStart - 1] == " "
            let locative = cues.locative.contains(previous) || cues.unit.contains(next) || cues.facility.contains(next)
                || afterPlacePossessive || pairedBefore || pairedAfter || apposition || holdsPlace || namedUnit
                || cues.placeVerb.contains(previous) || dateline
                || previous == "on" && m.start >= 2 && cues.attackNouns.contains(key(m.start - 2))
            // For names that are also words ("Pashto", "Kakar"), "and" or "of" before them is no cue.
            // "the tribal district of Orakzai": "of" after a unit word is a cue for them too.
            // "the Orakzai and Mohmand districts": a plural unit word after a pair names both.
            let pairedUnit = next == "and" && end + 1 < words.count && capitalised[end + 1]
                && (end + 2..<min(words.count, end + 5)).first { !capitalised[$0] }.map { cues.pluralUnit.contains(key($0)) } == true
            let strictLocative = cues.unit.contains(next) || (cues.locative.contains(previous) && previous != "and" && previous != "of")
                || previous == "of" && m.start >= 2 && cues.unit.contains(key(m.start - 2)) || apposition || holdsPlace
                || pairedUnit || previous == "and" && cues.pluralUnit.contains(next)
            let matched = (m.start..<(m.start + m.length)).map(key)
            // "a police SWAT team": a word in capitals after a lowercase word inside a sentence is
            // an acronym, not a place written in capitals (as a dateline's "RAWALPINDI:" or "in
            // KURRAM" is).
            // (A sentence's capitalised first word, "A SWAT team", is a lowercase word too.)
            let shouted = single && !m.acronym && isUpper[m.start] && m.start > 0
                && (!capitalised[m.start - 1] || sentenceInitial[m.start - 1] && Stopwords.english.contains(key(m.start - 1))) && !sentenceInitial[m.start]
                && document.tokens[words[m.start]].span.length >= 3 && !cues.locative.contains(previous)
            /// Whether a capitalised neighbour is a person's name or title.
            func personal(_ w: Int) -> Bool { matcher.personNameKeys.contains(key(w)) || MatchNames.personalTitles.contains(key(w)) }
            let personNameBeside = (previousCapitalised && personal(m.start - 1)) || (nextCapitalised && personal(m.start + m.length))
            let listedAmbiguous = matcher.ambiguousKeys.contains(matched.joined(separator: " "))
            let ambiguous = !strictLocative && places.contains(where: { matcher.gazetteer.places[$0].kind != .country }) && listedAmbiguous
            var withoutCue: [Int] = []
            let candidates = places.filter { i in
                let p = matcher.gazetteer.places[i]
                let large = p.kind == .country || p.kind == .province || p.population >= 100_000
                if shouted, p.kind != .country { return false }
                // A city keeps its name before a neighbourhood's ("the Peshawar Saddar area").
                if localityAfter, p.kind != .country, p.kind != .province, p.kind != .city { return false }
                if closesLocality, p.kind != .country, p.kind != .province { return false }
                // A one-word alias that is not the place's own name ("Hamid", an old name of
                // Isparta) is no place inside a longer name or when people bear it, whatever its size.
                if single, p.kind != .country, insideName || matcher.personNameKeys.contains(key(m.start)), matcher.nameKeys[i] != matched {
                    return false
                }
                if single, !large, matcher.personNameKeys.contains(key(m.start)), !unitFollows { return false }
                // "Ali Hassan", "General Hameed": a city's name inside a person's name.
                if single, insideName, p.kind != .country, p.kind != .province, personNameBeside {
                    peopleNamed.insert(matched[0])
                    return false
                }
                // "Hassan said" after "Ali Hassan": the same person, unless a cue says place.
                if single, p.kind != .country, p.kind != .province, peopleNamed.contains(matched[0]), !locative { return false }
                if !large, insideName { return false }
                // "Mary Robinson", "the Washington Post", "the London School of Economics": a
                // city abroad inside a longer capitalised name is part of that name.
                // A weekday or month after it is no part of a name ("in Beijing Friday").
                if insideName, !(nextCapitalised && cues.calendar.contains(next) && !previousCapitalised),
                   p.kind != .country, p.kind != .province, p.country != "PK", p.country != "AF" {
                    return false
                }
                // "Michael Jordan", "Georgia Brown": a name listed as ambiguous, countries
                // included, is no place inside a longer capitalised name.
                if insideName, listedAmbiguous { return false }
                if p.kind == .village || (p.kind == .town && p.population < 10_000), !locative { withoutCue.append(i); return false }
                if p.kind != .country, ambiguous { withoutCue.append(i); return false }
                return true
            }
            if candidates.isEmpty, !withoutCue.isEmpty { heldBack.append((m.start, m.length, withoutCue)) }
            // Entries whose own name was matched go before those matched by an alias ("New Delhi"
            // is an alias of Delhi in GeoNames, and the name of New Delhi).
            let byName = candidates.filter { matcher.nameKeys[$0] == matched || matched.starts(with: matcher.nameKeys[$0]) }
            if !candidates.isEmpty { found.append((m.start, m.length, nil, byName.isEmpty ? candidates : byName, unit)) }
        }

        // A held-back name inside a list of places is one of them: a list of three or more, or
        // two joined by "and"/"or", with at least one place found on its own ("Peshawar, Afridi
        // said" is no list).
        if !heldBack.isEmpty {
            var items = found.filter { $0.entity == nil }.map { ListItem(start: $0.start, length: $0.length, held: false) }
            items += heldBack.map { ListItem(start: $0.start, length: $0.length, held: true) }
            items.sort { $0.start < $1.start }
            let accepted = MatchNames.listed(items) { a, b in
                MatchNames.listLink(scalars[document.tokens[words[a.start + a.length - 1]].span.end..<document.tokens[words[b.start]].span.start])
            }
            // So is one the article names with a cue elsewhere ("the Orakzai district …
            // Orakzai borders Khyber"): one name, one place, in one article.
            let cued = Set(found.lazy.filter { $0.entity == nil }.flatMap(\.places))
            var added = false
            for h in heldBack where accepted.contains(h.start) || h.places.contains(where: cued.contains) {
                found.append((h.start, h.length, nil, h.places.filter { cued.contains($0) || accepted.contains(h.start) }, .none))
                added = true
            }
            if added { found.sort { $0.start < $1.start } }
        }

        // "North and South Waziristan": a compass word before "and" names the place whose name it
        // shares with the match after it.
        var coordinated = false
        for f in found where f.entity == nil && f.length >= 2 && f.start >= 2 && key(f.start - 1) == "and" && cues.compass.contains(key(f.start)) {
            let first = f.start - 2
            guard capitalised[first], cues.compass.contains(key(first)),
                  !found.contains(where: { $0.start <= first && first < $0.start + $0.length }) else { continue }
            let name = [key(first)] + (f.start + 1..<f.start + f.length).map(key)
            // Places of that very name, not of an alias.
            let places = matcher.entries(named: name).compactMap { t -> Int? in if case let .place(i) = t { i } else { nil } }
                .filter { matcher.nameKeys[$0] == name }.sorted()
            if !places.isEmpty { found.append((first, 1, nil, places, .none)); coordinated = true }
        }
        if coordinated { found.sort { $0.start < $1.start } }

        /// The one country of a match's entries, if they share one.
        func soleCountry(_ places: [Int]) -> String? {
            guard let country = places.first.map({ matcher.gazetteer.places[$0].country }), !country.isEmpty, places.dropFirst().allSatisfy({ matcher.gazetteer.places[$0].country == country }) else { return nil }
            return country
        }
        // Country context: countries named outright, and the countries of unambiguous places.
        var context: [String: Int] = [:]
        for f in found where f.entity == nil {
            if let c = soleCountry(f.places) { context[c, default: 0] += 1 }
        }

        // Same-named places in two countries ("Poonch" in Pakistan and in India): the countries
        // the sentence itself names, or that it places something in ("on the Indian side of the
        // Line of Control", "the Indian-administered town"), whose officials report ("Indian
        // officials said") or whose fire falls on the other ("Pakistani shelling"), decide
        // before the article's.
        func sentenceContext(_ sentence: Span) -> [String: Int] {
            var counts = context
            func inSentence(_ w: Int) -> Bool { sentence.start <= document.tokens[words[w]].span.start && document.tokens[words[w]].span.start < sentence.end }
            for f in found where f.entity == nil && inSentence(f.start) {
                if let c = soleCountry(f.places) { counts[c, default: 0] += 1000 }
            }
            for w in words.indices.dropLast() where inSentence(w) {
                guard let c = cues.demonyms[key(w)] else { continue }
                let next = key(w + 1)
                if cues.sideWords.contains(next) { counts[c, default: 0] += 1000 }
                // "Indian officials said Pakistani shelling killed 12 in Poonch": the shelling's
                // country is the other, the officials' their own.
                if cues.fireWords.contains(next) { counts[c, default: 0] -= 1000 }
                if cues.reporterWords.contains(next) { counts[c, default: 0] += 500 }
            }
            return counts
        }

        var places: [PlaceMention] = []
        var entities: [EntityMention] = []
        for f in found {
            let first = document.tokens[words[f.start]].span.start
            let last = document.tokens[words[f.start + f.length - 1]].span.end
            let span = Span(first, last)
            let text = document.slice(span)
            if let e = f.entity {
                entities.append(EntityMention(span: span, text: text, entity: matcher.gazetteer.entities[e]))
                continue
            }
            let firstCountry = matcher.gazetteer.places[f.places[0]].country
            let twoCountries = f.places.dropFirst().contains { matcher.gazetteer.places[$0].country != firstCountry }
            let sentence = twoCountries ? document.sentence(containing: first) : nil
            let deciding = sentence.map(sentenceContext) ?? context
            let best = f.places.min { a, b in
                MatchNames.rank(matcher.gazetteer.places[a], context: deciding, unit: f.unit)
                    < MatchNames.rank(matcher.gazetteer.places[b], context: deciding, unit: f.unit)
            }!
            places.append(PlaceMention(span: span, text: text, place: matcher.gazetteer.places[best]))
        }
        // "the Pak-Afghan border", "Indo-Pak talks": a compound with the clipped "Pak" names
        // both countries, as "the Pakistan-Afghanistan border" does ("Afghan" names the country
        // only there; a full name in it, "Pak-Iran", was matched above).
        if let pak = document.keyTable.indices.first(where: { clippedPakistan.contains(document.keyTable[$0]) }) {
            var added = false
            for w in 0..<(words.count - 1) where tokens[words[w]].key == pak || tokens[words[w + 1]].key == pak {
                guard dashBetween(w), capitalised[w], capitalised[w + 1] else { continue }
                for v in [w, w + 1] {
                    let span = tokens[words[v]].span
                    guard let country = clippedCountries[key(v)], !places.contains(where: { $0.span == span }) else { continue }
                    places.append(PlaceMention(span: span, text: document.slice(span), place: country))
                    added = true
                }
            }
            if added { places.sort { $0.span.start < $1.span.start } }
        }
        document.places = places
        document.entities = entities
    }

    /// Upper case, a letter of a script without case, or a digit: a word that may open a name.
    /// ASCII is answered without the Unicode property tables.
    static func isCapitalised(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return (65...90).contains(c.value) || (48...57).contains(c.value) }
        let p = c.properties
        return p.isUppercase || !p.isLowercase && p.isAlphabetic && c.value > 0x24F || p.numericType != nil
    }

    /// An opening quotation mark or parenthesis, which may stand before a sentence's first word.
    static func isOpeningQuote(_ c: Unicode.Scalar) -> Bool {
        c == "“" || c == "\"" || c == "‘" || c == "'" || c == "("
    }

    /// A match in a list of names: its first word, its length in words, and whether it was held
    /// back for want of a locative cue.
    struct ListItem {
        var start: Int
        var length: Int
        var held: Bool
    }

    /// What joins two neighbours of a list: a comma, or "and"/"or" (with or without a comma).
    enum ListLink { case comma, conjunction }

    /// The link that the text between two names makes, or nil when it makes none: ",", "and",
    /// ", and", "or", ", or", with spaces around.
    static func listLink(_ gap: ArraySlice<Unicode.Scalar>) -> ListLink? {
        var rest = gap.drop { $0 == " " }
        var comma = false
        if rest.first == "," { comma = true; rest = rest.dropFirst().drop { $0 == " " } }
        while let last = rest.last, last == " " { rest = rest.dropLast() }
        if rest.isEmpty { return comma ? .comma : nil }
        return rest.elementsEqual("and".unicodeScalars) || rest.elementsEqual("or".unicodeScalars) ? .conjunction : nil
    }

    /// The starts of held-back items that stand in a list with an item found on its own. Items
    /// (in text order) chain while `linking` joins neighbours; a chain of three or more, or of two
    /// joined by "and"/"or", is a list.
    static func listed(_ items: [ListItem], linking: (ListItem, ListItem) -> ListLink?) -> Set<Int> {
        func link(_ i: Int) -> ListLink? { linking(items[i], items[i + 1]) }
        var accepted = Set<Int>()
        var chainStart = 0
        for i in items.indices {
            if i + 1 < items.count, link(i) != nil { continue }
            let chain = items[chainStart...i]
            let joinedByAnd = chain.count == 2 && link(chainStart) == .conjunction
            if chain.count >= 3 || joinedByAnd, chain.contains(where: { !$0.held }) {
                for item in chain where item.held { accepted.insert(item.start) }
            }
            chainStart = i + 1
        }
        return accepted
    }

    static func isHyphen(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "\u{2010}" || c == "\u{2011}" }
    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "’" }
    /// No-break and thin spaces, which scraped text puts inside names ("North\u{A0}Waziristan").
    static func isNarrowSpace(_ c: Unicode.Scalar) -> Bool { c == "\u{A0}" || c == "\u{2009}" || c == "\u{202F}" }

    static func isLowercase(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? (97...122).contains(c.value) : c.properties.isLowercase
    }

    /// Smaller is better: kind first for countries, then the article's countries, then kind,
    /// then population.
    /// The unit word around a name, which selects among same-named entries: an admin unit
    /// ("Khost province"), a settlement ("Khost city"), or the province a district belongs to
    /// ("districts of Kandahar").
    enum UnitAfter { case none, admin, settlement, parentOfDistrict }

    static func rank(_ p: PlaceEntry, context: [String: Int], unit: UnitAfter) -> (Int, Int, Int, Int) {
        let kindOrder: Int
        switch p.kind {
        case .country: kindOrder = 0
        case .city where unit == .settlement, .town where unit == .settlement: kindOrder = 0
        case .city where unit == .none: kindOrder = 1
        case .province: kindOrder = unit == .admin ? 1 : unit == .parentOfDistrict ? 0 : 2
        case .district: kindOrder = unit == .admin ? 1 : 3
        case .region, .valley, .crossing, .river, .other: kindOrder = 4
        case .city, .town: kindOrder = 5
        case .village: kindOrder = 6
        }
        let countryOrder = p.kind == .country ? 0 : -(context[p.country] ?? 0)
        return (p.kind == .country ? 0 : 1, countryOrder, kindOrder, -p.population)
    }
}
