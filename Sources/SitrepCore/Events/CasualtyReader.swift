/// Reads killed and injured figures from one sentence.
///
/// A number is a casualty figure when a casualty word governs it:
/// - to its right, after the victims: the passive ("24 people were killed", "23 of its soldiers
///   were ‘martyred’", "Two soldiers embraced martyrdom"), a reduced clause ("2,500 people killed
///   in attacks", "550 injured") or a noun ("2,414 deaths", "50-odd dead");
/// - to its left, in the same clause: the active ("killed at least five soldiers and 25
///   fighters", "wounded 13", "the death toll rose to 40").
/// Scanning stops at clause boundaries: other verbs ("captured 25 posts"), prepositions,
/// reporting verbs and sentence punctuation. Vague amounts ("killed dozens") are kept as vague
/// figures with no count.
struct CasualtyReader {
    /// "neutralised" and "eliminated" are the Pakistani military's words for killing fighters.
    static let killedWords: WordSet = [
        "killed", "dead", "martyred", "slain", "died", "die", "dies", "deaths", "death", "fatalities", "martyrdom", "lives", "perished",
        "bodies", "neutralised", "neutralized", "eliminated", "shahadat", "succumbed", "murdered", "assassinated", "massacred",
        "beheaded", "lynched", "executed", "drowned",
    ]
    static let injuredWords: WordSet = ["injured", "wounded", "hurt", "injuries", "wounds", "hospitalised", "hospitalized"]
    static let activeKill: WordSet = [
        "killed", "killing", "kill", "kills", "martyred", "toll", "claimed", "neutralised", "neutralized", "eliminated", "murdered",
        "massacred", "murdering", "beheaded", "beheading", "assassinated", "lynched", "martyring",
    ]
    /// Nouns of killing, which govern a number right after "of" ("the 2014 massacre of 132
    /// schoolchildren").
    static let killingNouns: WordSet = ["massacre", "killings", "murder", "murders", "slaughter"]
    static let activeInjure: WordSet = ["wounded", "wounding", "injured", "injuring", "wound", "injure", "injures", "wounds"]
    static let auxiliaries: WordSet = ["were", "was", "have", "has", "had", "been", "being", "are", "is", "also", "reportedly", "all", "later", "allegedly", "embraced", "lost", "their", "more", "other", "odd", "of", "its", "his", "her", "them", "whom", "including", "the", "a", "an", "among", "those", "who", "which", "sustained", "suffered", "received"]
    static let prepositions: WordSet = ["in", "on", "at", "after", "before", "during", "since", "by", "for", "from", "into", "near", "across", "when", "while", "that", "as", "but", "than", "because", "if", "over", "amid", "following"]
    static let reporting: WordSet = ["said", "says", "say", "told", "tells", "added", "adds", "stated", "announced", "reported", "according", "confirmed", "admitted", "claiming", "warned", "noted", "quoted", "saying"]
    static let ageWords: WordSet = ["aged", "age", "ages"]
    /// Those a death leaves behind ("the families of those killed").
    static let bereaved: WordSet = ["families", "relatives", "heirs", "widows", "orphans", "dependants", "dependents", "kin"]
    /// Prepositions that place a figure ("22 in Bajaur").
    static let placePrepositions: WordSet = ["in", "at", "near", "on", "across"]
    /// Modal verbs end the victims ("50 militants may have been killed").
    static let modals: WordSet = ["may", "might", "could", "would", "will", "should", "must", "can"]
    /// Adverbs that end the victims ("killed 15 Taliban fighters there").
    static let victimAdverbs: WordSet = ["there", "here", "overnight", "yesterday", "today", "tonight", "nearby", "too", "altogether", "so", "still", "remain", "remains", "remained", "now"]
    static let measureUnits: WordSet = [
        "kg", "kgs", "kilograms", "kilogrammes", "kilos", "grams", "tonnes", "tons", "pounds", "lbs", "km", "kms", "kilometres", "kilometers",
        "miles", "metres", "meters", "feet", "ft", "inches", "cm", "mm", "acres", "hectares", "litres", "liters", "gallons", "percent",
        "rupees", "rs", "dollars", "afghanis", "euros", "crore", "lakh", "billion", "million", "bn", "mn",
    ]
    /// Machines a casualty verb may take ("shot down five jets", "destroyed 12 drones").
    static let machineWords: WordSet = [
        "jet", "jets", "aircraft", "plane", "planes", "warplane", "warplanes", "helicopter", "helicopters", "drone", "drones",
        "quadcopter", "quadcopters", "uav", "uavs", "missile", "missiles", "rocket", "rockets", "tank", "tanks", "vehicle",
        "vehicles", "posts", "post", "bunkers", "checkpoints",
    ]
    /// Property and animals a number may count beside the dead and hurt ("9 dead, 21 injured and 40
    /// homes destroyed", "dozens of shops damaged"): no people.
    static let propertyWords: WordSet = [
        "home", "homes", "house", "houses", "shop", "shops", "building", "buildings", "structures", "schools", "mosques",
        "markets", "stalls", "huts", "tents", "lorries", "trucks", "cars", "buses", "containers", "cattle", "livestock",
        "animals", "sheep", "goats", "acres", "hectares",
    ]
    /// Nouns of places and sides a number may count ("attacks in the three districts killed 14").
    static let placeUnits: WordSet = [
        "districts", "provinces", "villages", "towns", "cities", "countries", "areas", "regions", "tehsils", "sectors",
        "locations", "sites", "places", "sides", "crossings", "valleys", "agencies", "states",
    ]
    static let timeUnits: WordSet = ["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "hour", "day", "week", "month", "year", "quarters", "quarter"]
    static let lossWords: WordSet = ["lost", "losing", "lose", "loses"]
    /// First words of an aside naming a figure's source ("by Pakistan's count", "according to
    /// officials", "as per police").
    static let sourceAsideOpeners: WordSet = ["by", "according", "as", "per"]
    /// The items of a source's aside, both commas included (", he said,", ", officials told Al
    /// Jazeera,"), whose closing comma is item `close`: up to five words with a reporting verb
    /// among them; else 0.
    static func reportingAside(_ items: [SentenceItems.Item], endingAt close: Int) -> Int {
        guard close >= 2, items[close].text == "," else { return 0 }
        var open = close - 1
        while open > 0, close - open <= 6, items[open].kind == .word { open -= 1 }
        guard items[open].text == ",", open < close - 1, (open + 1..<close).contains(where: { reporting.contains(items[$0].lower) }) else { return 0 }
        return close - open + 1
    }
    /// Nouns whose number is a label ("resolution 1267", "Section 144", "Article 245").
    static let labelNouns: WordSet = [
        "resolution", "section", "article", "clause", "route", "highway", "flight", "grade", "sector", "block", "road", "no", "number",
        "chapter", "paragraph", "rule", "act", "ordinance", "amendment", "gate", "platform", "ward", "precinct", "battalion", "wing",
    ]
    /// Verbs of "paid the ultimate sacrifice".
    static let sacrificeVerbs: WordSet = ["paid", "made", "offered", "rendered", "pay", "make"]
    /// Verbs besides ``sacrificeVerbs`` that end the victims though not in -ed ("Four soldiers
    /// laid down their lives", "Two policemen got injured").
    static let irregularPastVerbs: WordSet = ["laid", "gave", "got", "breathed", "blew"]
    /// Verbs of a toll that moves ("the death toll rose to 40", "has risen from 12 to 17").
    static let riseVerbs = WordSet(
        ["rose", "reached", "climbed", "stood", "risen", "jumped", "increased", "numbered", "totalled", "totaled"] + beyondVerbs.words)
    /// Rise verbs that put the toll above the number ("the toll had passed 2,400").
    static let beyondVerbs: WordSet = ["passed", "exceeded", "topped", "surpassed", "crossed"]
    /// Plain words for people, lost as a force loses its own ("the army lost 11 men").
    static let people: WordSet = ["men", "people", "members", "personnel", "lives", "troops"]
    /// Relatives, lost as a family loses its own ("a villager who lost two cousins").
    static let kin: WordSet = [
        "relatives", "cousins", "brothers", "sisters", "sons", "daughters", "nephews", "nieces", "grandchildren", "grandsons", "uncles",
    ]
    /// What befalls people other than death or injury, said right after their number ("12
    /// captured", "30 missing").
    static let otherFates: WordSet = [
        "captured", "arrested", "detained", "abducted", "kidnapped", "displaced", "rescued", "evacuated", "missing", "held", "freed",
        "released", "taken", "escaped", "fled", "survived", "surrendered",
    ]
    /// Words ending in -ed that describe victims rather than act ("armed men", "Indian-sponsored").
    static let adjectives: WordSet = ["armed", "affiliated", "suspected", "alleged", "unidentified", "trained", "sponsored", "backed", "based", "injured", "wounded", "killed", "detained", "displaced", "uniformed", "unarmed", "martyred", "retired", "registered", "undocumented", "red", "allied", "linked", "aligned", "associated", "masked", "disguised", "wanted", "related"]

    /// Words that hedge a higher estimate after a figure ("and possibly as many as six").
    static let raisedEstimate: WordSet = ["possibly", "perhaps", "maybe", "probably", "even"]
    /// Punctuation that ends the clause a casualty word governs.
    static let clauseStops: WordSet = [".", ";", ":", "?", "!", "(", ")"]
    /// Quotation marks that open or close a quoted name or figure ('killed 45 “khwarij”').
    static let openingQuotes: WordSet = ["“", "\"", "‘"]
    static let closingQuotes: WordSet = ["”", "\"", "’"]

    struct Figure {
        var item: Int
        var casualty: Casualty
        /// A part of the figure before it ("including four children", "five of them women"):
        /// no report of its own, so a later figure of the same count is not its repetition.
        var part = false
    }

    /// Whether "toll" (or "the number of") stands within eight items before `j`, in the same
    /// clause.
    static func tollBefore(_ items: [SentenceItems.Item], _ j: Int) -> Bool {
        var i = j - 1
        while i >= 0, i >= j - 8 {
            if items[i].kind == .punctuation, clauseStops.contains(items[i].text) || items[i].text == "," { return false }
            if items[i].lower == "toll" { return true }
            // "bringing the number of terrorists killed in the two engagements to 35".
            if i + 1 < j, items[i + 1].lower == "of", ["number", "tally", "count"].contains(items[i].lower) { return true }
            i -= 1
        }
        return false
    }

    /// Whether the number at item `k` is a comparison opening its sentence with the figure before
    /// it as subject: "That compares with 685", "This is up from 510", "It was down from 90".
    static func comparesFigureBefore(_ items: [SentenceItems.Item], _ k: Int) -> Bool {
        guard (3...4).contains(k), ["that", "this", "it"].contains(items[0].lower), ["with", "to", "from"].contains(items[k - 1].lower),
              comparisonWords.contains(items[k - 2].lower) || items[k - 2].lower == "compares" else { return false }
        // "That compares with 685", "That is up from 685": a verb of being or comparing between.
        return k == 3 ? ["compares", "compared"].contains(items[1].lower) : ["is", "was", "marks", "marked"].contains(items[1].lower)
    }

    /// Words before "with", "to" or "from" that compare a figure with another ("compared with
    /// 120", "up from 1,600").
    static let comparisonWords: WordSet = ["compared", "comparison", "up", "down", "rising", "falling", "risen", "fallen", "against"]
    /// Verbs of "the lives of" ("cost the lives of four soldiers").
    static let lifeVerbs: WordSet = ["cost", "costing", "took", "taking", "claimed", "claiming", "claim", "claims", "take", "takes"]
    /// Whether "lives" at `j` is a verb right after its subject's number ("The town of 150,000
    /// lives off the crossing"; not "lost their lives in the attack") or lives kept ("saved 40
    /// lives"), not lives lost.
    static func livesIsNoDeath(_ items: [SentenceItems.Item], at j: Int) -> Bool {
        // ("lost 80,000 lives in the war", "cost 12 lives in Kurram": lives lost, a noun.)
        if j >= 1, case .number = items[j - 1].kind, j + 1 < items.count, items[j + 1].kind == .word,
           livesVerbFollowers.contains(items[j + 1].lower),
           !items[max(0, j - 4)..<(j - 1)].contains(where: { lossWords.contains($0.lower) || lifeVerbs.contains($0.lower) }) {
            return true
        }
        return items[max(0, j - 4)..<j].contains { lifeSavers.contains($0.lower) }
    }
    /// Words after "lives" that make it a verb ("lives off", "lives in").
    static let livesVerbFollowers: WordSet = ["off", "in", "on", "at", "with", "near", "by", "there", "here", "under", "alone", "together", "from", "among", "beside"]
    /// Verbs that keep lives rather than take them ("saved 40 lives").
    static let lifeSavers: WordSet = ["saved", "save", "saving", "saves", "protect", "protected", "protecting", "risked", "risking", "transformed", "changed"]
    /// Verbs after "The victims" that list them ("The victims included four women").
    static let victimsListVerbs: WordSet = ["included", "include", "includes", "were", "are"]
    /// "included" and its present forms: a list of the victims follows.
    static let includeVerbs: WordSet = ["included", "include", "includes"]
    /// Verbs that give a count ("put the toll at 40").
    static let estimateVerbs: WordSet = ["put", "puts", "putting", "placed", "places", "estimated", "estimates", "fixed"]

    /// The number at `k` is an age: an age word before it, or before the list it ends ("aged 21,
    /// 24 and 30").
    static func isAge(_ items: [SentenceItems.Item], _ k: Int) -> Bool {
        // "A soldier, 24, was killed", "Sepoy Muhammad Ali, 24,": a number set off by commas
        // right after one person's noun or a capitalised name.
        if k >= 2, k + 1 < items.count, items[k - 1].text == ",", items[k + 1].text == ",", items[k - 2].kind == .word,
           SingularVictims.people.contains(items[k - 2].lower) || items[k - 2].text.first?.isUppercase == true {
            return true
        }
        // "a boy of 10", "a father of three": a number after "of" and one person's noun is an
        // age or a family's size, never a count of victims.
        if k >= 2, items[k - 1].lower == "of", items[k - 2].kind == .word, SingularVictims.people.contains(items[k - 2].lower) {
            return true
        }
        var j = k - 1
        while j >= 0 {
            if case .number = items[j].kind { j -= 1; continue }
            if items[j].text == "," || items[j].lower == "and" { j -= 1; continue }
            break
        }
        return j >= 0 && ageWords.contains(items[j].lower)
    }

    /// Whether the number at `k` is the whole of a partitive ("Two of the three attackers"), which
    /// counts nobody itself, unless a casualty word follows it ("Five of the 12 injured").
    static func isPartitiveWhole(_ items: [SentenceItems.Item], _ k: Int) -> Bool {
        guard k >= 3, items[k - 1].lower == "the", items[k - 2].lower == "of", case .number = items[k - 3].kind else { return false }
        return !(k + 1 < items.count && kind(of: items[k + 1].lower) != nil)
    }

    /// Whether the number at `k` is the wounded whole of a partitive whose part died ("Two of the
    /// four wounded passengers succumbed", "Five of the 12 injured died"): the whole stays the
    /// wounded, and the part is the dead.
    static func isWoundedWholeOfDeaths(_ items: [SentenceItems.Item], _ k: Int) -> Bool {
        guard k >= 3, k + 1 < items.count, items[k - 1].lower == "the", items[k - 2].lower == "of", case .number = items[k - 3].kind,
              kind(of: items[k + 1].lower) == .injured else { return false }
        return injuredLaterDied(items, after: k + 1)
    }

    /// Whether the number at `k` is a later item of a list of parts opened by "including"
    /// ("including 19 soldiers, 15 policemen and 10 civilians"): back over each item's words and
    /// the comma or "and" before it, to a number right after "including".
    static func continuesIncludingList(_ items: [SentenceItems.Item], at k: Int) -> Bool {
        var j = k - 1
        for _ in 0..<6 {
            guard j >= 1, items[j].lower == "and" || items[j].text == "," else { return false }
            j -= 1
            if items[j].text == "," { j -= 1 }  // "15 militants, and 10 civilians"
            var words = 0
            while j >= 0, items[j].kind == .word, items[j].lower != "and", items[j].lower != "including", words < 4 { j -= 1; words += 1 }
            guard words > 0, j >= 0, case .number = items[j].kind else { return false }
            if j > 0, items[j - 1].lower == "including" { return true }
            j -= 1
        }
        return false
    }

    /// Whether the number at `k`, after "and" and followed by a place or "later"/"more" of its
    /// own, continues the casualty figure at `last` ("killed in Mansehra and 22 in Bajaur"): the
    /// figure before it is placed too, no number or clause stop lies between, a casualty word
    /// governs the first, and nothing after the second is a verb of its own ("and 20 in the city
    /// were arrested").
    static func continuesFigure(_ items: [SentenceItems.Item], at k: Int, after last: Int) -> Bool {
        // "and another 18 in Bajaur", "and a further six in Khyber": the same.
        let linked = items[k - 1].lower == "and" || k >= 3 && ["another", "further"].contains(items[k - 1].lower)
            && (items[k - 2].lower == "and" || items[k - 2].lower == "a" && k >= 4 && items[k - 3].lower == "and")
        // "and three others inside the administrative block": "others" before the place.
        let others = k + 2 < items.count && items[k + 1].lower == "others"
        // "killed 12 soldiers in Poonch and five civilians in Rajouri": victims of their own
        // before the place.
        let named = !others && k + 2 < items.count && placePrepositions.contains(items[k + 2].lower) && isVictimNoun(items[k + 1].lower)
        let next = others || named ? items[k + 2].lower : k + 1 < items.count ? items[k + 1].lower : ""
        guard k >= 2, last < k - 2, linked, k + 1 < items.count,
              placePrepositions.contains(next) || others && (next == "inside" || next == "outside") || !others && (next == "later" || next == "more"),
              !others || !inHospital(items, after: k) else { return false }
        let between = last + 1..<k
        if between.contains(where: { if case .number = items[$0].kind { true } else { clauseStops.contains(items[$0].text) } }) { return false }
        guard between.contains(where: { placePrepositions.contains(items[$0].lower) }),
              (max(0, last - 2)..<k).contains(where: { kind(of: items[$0].lower) != nil || activeKill.contains(items[$0].lower) || activeInjure.contains(items[$0].lower) })
        else { return false }
        return !items[(k + 1)...].prefix(while: { $0.kind == .word && $0.lower != "and" && $0.lower != "or" })
            .contains(where: { passive.contains($0.lower) || isOtherVerb($0.lower) })
    }

    /// The casualty of the main clause after victims described by a relative clause ("two other
    /// attackers who tried to storm the building were shot dead"; "two men who were hiding there
    /// were killed"): the casualty word within three words of the first "were" or "was" that is
    /// not the relative clause's own, or nil.
    static func kindAfterRelative(_ items: [SentenceItems.Item], from k: Int) -> Casualty.Kind? {
        // (Up to five words, and a comma before "who": "six members of one family, who the
        // Taliban say were killed".)
        var j = k + 1
        while j < items.count, j <= k + 5, items[j].lower != "who", items[j].lower != "that",
              items[j].kind == .word || items[j].text == "," && j + 1 < items.count && items[j + 1].lower == "who" {
            j += 1
        }
        guard j > k + 1, j + 1 < items.count, items[j].lower == "who" || items[j].lower == "that" else { return nil }
        let needed = items[j + 1].lower == "were" || items[j + 1].lower == "was" ? 2 : 1
        var seen = 0
        for m in (j + 1)..<min(items.count, j + 20) {
            if items[m].kind == .punctuation, clauseStops.contains(items[m].text) { return nil }
            guard items[m].lower == "were" || items[m].lower == "was" else { continue }
            seen += 1
            guard seen == needed else { continue }
            return items[(m + 1)...].prefix(3).lazy.compactMap { kind(of: $0.lower) }.first
        }
        return nil
    }

    /// The casualty a word names ("killed", "dead" → killed; "wounded" → injured), or nil.
    static func kind(of w: String) -> Casualty.Kind? {
        killedWords.contains(w) ? .killed : injuredWords.contains(w) ? .injured : nil
    }

    /// Whether the word at `j` is another verb in its place: a past participle right after an
    /// article or a possessive describes the noun after it ("members of an extended family", "in
    /// the crowded market"), as it does after "single" or an adverb in -ly there ("a single
    /// extended family", "the densely populated district").
    static func isOtherVerb(_ items: [SentenceItems.Item], at j: Int) -> Bool {
        guard isOtherVerb(items[j].lower) else { return false }
        guard j > 0 else { return true }
        if nounDeterminers.contains(items[j - 1].lower) { return false }
        let before = items[j - 1].lower
        return !(j > 1 && nounDeterminers.contains(items[j - 2].lower) && items[j - 1].kind == .word
                 && (before.utf8.count > 4 && before.hasSuffix("ly") || participleModifiers.contains(before)))
    }

    static let nounDeterminers: WordSet = ["a", "an", "the", "his", "her", "its", "their", "our", "my", "your"]
    static let participleModifiers: WordSet = ["single", "same", "whole", "entire", "newly", "well"]

    static func isOtherVerb(_ w: String) -> Bool {
        if reporting.contains(w) { return true }
        return w.count > 4 && w.hasSuffix("ed") && !adjectives.contains(w) && !activeKill.contains(w) && !activeInjure.contains(w)
    }

    /// The figures of sentence `s`; `previous` is the kind of the last figure of the sentence
    /// before it in its paragraph, which a part opening this one ("Nine of them were children")
    /// shares, and `lastTold` the kind the text's victims have so far (killed once any death is
    /// told), which "The victims included four women and three children" takes up.
    func read(_ s: SentenceItems, _ document: Document, previous: Casualty.Kind? = nil, lastTold: Casualty.Kind? = nil) -> [Figure] {
        var out: [Figure] = []
        var machinesAt: Int?  // the last number that counted machines
        let items = s.items
        // "The victims included four women and three children": the item after the verb.
        let victimsListStart: Int? = lastTold == nil ? nil : (0..<min(2, items.count)).first { v in
            items[v].lower == "victims" && v + 1 < items.count && Self.victimsListVerbs.contains(items[v + 1].lower)
        }.map { $0 + 2 }
        // "Among the dead were…", "Among those killed in the strikes were three cricketers",
        // "Among the wounded…": the victims follow the verb. "Of the dead, three were women": a
        // fronted partitive names the fate of the parts after its comma.
        let fronted = items.count > 3 && (items[0].lower == "among" || items[0].lower == "of" && items[3].text == ",")
        let amongKind = fronted ? Self.fateOfGroup(items, at: 0) : nil
        var openingPart: Int?  // the last part of an opening "Of the 32 killed, …" read
        for k in items.indices {
            guard case let .number(n) = items[k].kind else { continue }
            let number = document.numbers[n]
            if number.unit != nil { continue }
            if Self.isPartitiveWhole(items, k) { continue }
            // An age ("aged between 20 and 30") or a modifier ("the 3,000-strong force", "a
            // 12-member team") counts no victims.
            if Self.isAge(items, k) { continue }
            // "Lieutenant Colonel Junaid Arif, 39, and Major Tayyab Rahat, 33": a name's age.
            if k >= 2, items[k - 1].text == ",", items[k - 2].kind == .word, items[k - 2].text.first?.isUppercase == true,
               number.qualifier == nil, let v = number.value, v < 110, v == v.rounded(),
               k + 1 == items.count || items[k + 1].kind == .punctuation || items[k + 1].lower == "and" { continue }
            if k + 2 < items.count, items[k + 1].text == "-", items[k + 1].span.start == items[k].span.end,
               items[k + 2].kind == .word, items[k + 2].lower != "odd" { continue }
            // "…, killing 13 soldiers, two local government officials said": a count of the sources,
            // its reporting verb a few words on.
            if k >= 1, items[k - 1].text == ",", Self.countsSources(items, k) { continue }
            // "Two security officials who spoke to Reuters said six militants were killed": the
            // sources again, a relative clause between them and their verb.
            if k == 0 || items[k - 1].kind == .punctuation, Self.countsSourcesBeforeRelative(items, k) { continue }
            // "Of the 30 wounded, 12 were in critical condition": the state of some of a figure
            // already counted, not a figure of its own.
            if Self.reportsCondition(items, after: k) { continue }
            // "None of the 500 cadets on the campus was hurt": a group that came to no harm.
            if Self.isUnharmedGroup(items, k) { continue }
            // The word right before the number, past an opening quotation mark ("killing “15 to
            // 20” fighters").
            let wordBefore = k > 1 && Self.openingQuotes.contains(items[k - 1].text) ? k - 2 : k - 1
            let before = wordBefore >= 0 && items[wordBefore].kind == .word ? items[wordBefore].lower : ""
            // "UN resolution 1267", "Section 144", "Flight PK-300", "NA-40": a label's number, no count.
            if Self.labelNouns.contains(before), number.qualifier == nil { continue }
            // "At least three – and possibly as many as six – civilians were killed": an aside
            // that raises the figure before it is that figure's upper bound, no figure of its own.
            if Self.raisedEstimate.contains(before), wordBefore >= 3, ["and", "or"].contains(items[wordBefore - 1].lower),
               ["–", "—", "-", ",", "("].contains(items[wordBefore - 2].text),
               items[max(0, wordBefore - 4)..<(wordBefore - 2)].contains(where: \.isNumber) { continue }
            // "the assailants, numbering around 10, killed two guards": the size of a group, a
            // figure only of the dead or hurt ("the dead, numbering 40").
            if Self.groupSizeWords.contains(before) {
                var j = k - 2
                while j >= 0, items[j].kind == .punctuation { j -= 1 }
                if j < 0 || Self.kind(of: items[j].lower) == nil { continue }
            }
            // "The blast killed 12 people, three of them critically injured": a casualty verb right
            // before the number governs it, whatever an aside after it says.
            let verbBefore = Self.activeKill.contains(before) && before != "claimed" || Self.activeInjure.contains(before)
            // "Gunmen abducted six labourers and later killed two of them": another verb right
            // before the number governs it; not a reporting verb, a hedge or "included" ("confirmed
            // 5 dead"), nor before a casualty word ("shifted 14 injured people").
            // "documented 37 civilian deaths": the count of a casualty noun, one word on at most.
            // "recorded 2,546 conflict-related deaths": a hyphenated modifier counts as one word.
            let casualtyNounAfter = Self.casualtyNoun(items, after: k)
            // "the hospital treated 23 people for shrapnel wounds": "treated" is no other verb here.
            let treated = Self.treatedForInjuries(items, k)
            // "Khyber Pakhtunkhwa recorded 638 deaths, while Balochistan recorded 230": the same
            // verb right before a bare number at a clause's end repeats the figure before it, its
            // casualty word left out ("with 91 deaths, followed by Shangla with 18 and Mansehra with
            // 15": before "and" too).
            let elidedRepeat = !before.isEmpty && out.last.map { $0.item >= 1 && items[$0.item - 1].lower == before } == true
                && (k + 1 == items.count || items[k + 1].kind == .punctuation && items[k + 1].text != "-" || items[k + 1].lower == "and")
            let otherVerbBefore = Self.isOtherVerb(before) && !Self.reporting.contains(before) && !Self.hedges.contains(before) && before != "included"
                && !Self.riseVerbs.contains(before)
                && !casualtyNounAfter && !elidedRepeat && !treated
            // "pulled seven passengers off a bus and shot them dead": another verb's object, whose
            // fate a later verb gives "them".
            let laterFate = otherVerbBefore ? Self.fateOfThem(items, after: k) : nil
            if otherVerbBefore, laterFate == nil { continue }
            // "The dead numbered 40, and the injured more than 100": a verb of a toll right before
            // the number reads its subject first.
            // "Eight people were killed, five of them children, and 12 injured": a part after a
            // comma (or a dash, "Nine people — seven of them refugees returning home — were
            // killed") is of the figure just read, whatever verb comes later.
            // ("…, three of them in Khyber Pakhtunkhwa": a part placed by "in" and a named place.)
            let partOfLast = k > 0 && (items[k - 1].text == "," || SingularVictims.isDash(items, k - 1))
                && Self.isPartOfThem(items, k) && (Self.namesPartAfter(items, k) || Self.placedPart(items, k, document))
                && out.last.map { k - $0.item - Self.placeWords(items, $0.item, k, document) <= 12 && !Self.numberBetween(items, $0.item, k - 1) } == true
            // "18 people dead, including five soldiers, and 30 injured", "among them five
            // soldiers": an aside after a comma names part of the figure just read.
            let namesPart = before == "including" || k >= 2 && ["them", "whom", "those"].contains(before) && items[k - 2].lower == "among"
            let opening = before == "including" ? k - 1 : k - 2  // "including", or "among" of "among them"
            // "all three attackers were killed and some 650 people, including 525 cadets, were
            // evacuated": a part of the nearer count, which is no casualty.
            // ("At least 12 people have been wounded so far, he said, among them three soldiers": a
            // source's aside right before the part does not count towards the distance.)
            // ("killed at least 10 people in Paktika province's Urgun and Barmal districts,
            // including three cricketers": the places between do not count either.)
            let asidePart = namesPart && opening >= 1 && items[opening - 1].text == ","
                && out.last.map { k - $0.item - Self.reportingAside(items, endingAt: opening - 1) - Self.placeWords(items, $0.item, opening, document) <= 12
                    && !Self.numberBetween(items, $0.item, opening) } == true
            // "Those killed included two women and a child, and 12 others were wounded": the victims
            // a subject names before "included" have its fate, whatever a later clause tells.
            let listedVictims = Self.includeVerbs.contains(before)
            var kind = laterFate ?? (partOfLast || asidePart ? out.last?.casualty.kind : verbBefore ? leftKind(items, from: k)
                : Self.riseVerbs.contains(before) || listedVictims ? leftKind(items, from: k) ?? rightKind(items, from: k) : rightKind(items, from: k))
            // "30 fighters were killed and 12 captured": a verb right after the number is its own,
            // unless it describes the noun after it ("the bodies of three abducted FC personnel").
            let ownVerb = k + 1 < items.count && items[k + 1].kind == .word
                && (Self.isOtherVerb(items[k + 1].lower) || Self.otherFates.contains(items[k + 1].lower))
                && !(k + 2 < items.count && items[k + 2].kind == .word && !Self.prepositions.contains(items[k + 2].lower)
                     && items[k + 2].lower != "and" && items[k + 2].lower != "or" && items[k + 2].lower != "by")
            // "Two other attackers who tried to storm the building were shot dead": the fate after
            // a relative clause.
            if kind == nil { kind = Self.kindAfterRelative(items, from: k) }
            // "one attacker was killed and two others escaped": the victims' own fate after them.
            // "The bodies of 12 passengers were recovered": the bodies say the fate.
            let bodiesOf = k >= 2 && items[k - 1].lower == "of" && items[k - 2].lower == "bodies"
            if kind == nil, !ownVerb, bodiesOf || !Self.hasOwnFate(items, after: k) { kind = leftKind(items, from: k) }
            if kind == nil, let amongKind { kind = amongKind }
            // "left 14 people dead, including three children": a part of the figure just read.
            if kind == nil, k > 0, items[k - 1].lower == "including",
               let last = out.last, k - last.item <= 16, !Self.numberBetween(items, last.item, k - 1),
               !(last.item + 1..<k - 1).contains(where: { items[$0].kind == .punctuation && Self.clauseStops.contains(items[$0].text) }) {
                kind = last.casualty.kind
            }
            // "36 people were killed in Mansehra and 22 in Bajaur", "killed 12 in Poonch and five
            // in Rajouri", "six died on the spot and two later in hospital": a figure with a place
            // (or a later time) of its own after "and" shares the casualty of the figure before it
            // (a breakdown after a passive, "killed, two in Kurram and one in Bajaur", has a
            // number between them and stays a part).
            // (The figure shares its victims too when it names none: "18 fighters were killed in
            // Mohmand and five in Kurram" are five fighters.)
            var shares: Casualty?
            if kind == nil, let last = out.last, Self.continuesFigure(items, at: k, after: last.item) { kind = last.casualty.kind; shares = last.casualty }
            // "including 19 soldiers, 15 policemen and 10 civilians": the list of parts goes on.
            if kind == nil, let last = out.last, k - last.item <= 6, Self.continuesIncludingList(items, at: k) { kind = last.casualty.kind }
            if kind == nil, elidedRepeat, let last = out.last { kind = last.casualty.kind }
            // "More than 90 policemen have been killed this year, compared with 120 in all of
            // 2024", "up from 1,600": the same count for another time.
            if kind == nil, k >= 2, let last = out.last, k - last.item <= 30, !ownVerb, !Self.hasOwnFate(items, after: k),
               ["with", "to", "from"].contains(before), Self.comparisonWords.contains(items[k - 2].lower) {
                kind = last.casualty.kind
                shares = last.casualty
            }
            // "17 more fighters had been killed, bringing the total to 71": the running total of
            // the figure before it; a few words of time or place may stand before "to" ("bringing
            // the total this week to 11").
            if kind == nil, k >= 4, before == "to", let last = out.last, k - last.item <= 30,
               let total = (max(2, k - 6)...(k - 2)).last(where: { items[$0].lower == "total" }),
               items[total - 1].lower == "the", ["bringing", "taking", "raising", "pushing"].contains(items[total - 2].lower),
               items[(total + 1)..<(k - 1)].allSatisfy({ $0.kind == .word }) {
                kind = last.casualty.kind
            }
            // "40 others still in hospital", "six people remain in hospital": the wounded.
            if kind == nil, treated || Self.inHospital(items, after: k) { kind = .injured }
            if kind == nil, let fate = Self.fateNamedAfter(items, k) { kind = fate }
            // "…were killed in a strike on a gathering in Urgun on Friday evening, along with five
            // other people": an addition shares the passive before it, however far back in the
            // sentence.
            if kind == nil, k >= 2, before == "with", items[k - 2].lower == "along" || items[k - 2].lower == "together" {
                kind = Self.passiveBefore(items, k - 2)
            }
            // "while the Taliban put the figure at 58", "officials put the death toll at 40":
            // another count of the figure before it, or of a toll.
            // ("put its own losses at 23 soldiers": one more word between; "put Pakistan’s losses
            // at 58": a possessive's three items.)
            if kind == nil, k >= 4, before == "at", (max(0, k - 7)...(k - 3)).contains(where: { Self.estimateVerbs.contains(items[$0].lower) }) {
                let noun = items[k - 2].lower
                if noun == "toll" { kind = .killed } else if ["figure", "number", "tally"].contains(noun) { kind = out.last?.casualty.kind }
                // "Pakistan put its losses at 23": a side's losses are its dead, or the kind of
                // the figure they answer.
                else if noun == "losses", !Self.hasOwnFate(items, after: k) { kind = out.last?.casualty.kind ?? .killed }
                // "the military put its own dead at two dozen".
                else if ["dead", "wounded", "injured"].contains(noun) { kind = Self.kind(of: noun) }
            }
            // "Afghan officials put the number of their dead at two": the count of a casualty noun,
            // after "the number of".
            if kind == nil, k >= 6, before == "at", items[k - 2].kind == .word, let noun = Self.kind(of: items[k - 2].lower),
               let of = (max(0, k - 5)..<(k - 2)).last(where: { items[$0].lower == "of" }), of >= 2,
               ["number", "figure", "tally", "count"].contains(items[of - 1].lower),
               (max(0, of - 4)..<of).contains(where: { Self.estimateVerbs.contains(items[$0].lower) }) {
                kind = noun
            }
            // "while losing 23 of its own soldiers", "who lost two cousins", "lost nine of its
            // own": lost people, not posts or tanks. Right after the loss word, the people lost are
            // dead whatever follows ("had lost nine fighters and that 16 others were wounded").
            var lost: String?
            if let loss = (max(0, k - 3)..<k).last(where: { Self.lossWords.contains(items[$0].lower) }) ?? Self.lossBeforePerson(items, k),
               kind == nil || loss == k - 1 {
                let who = victims(items, after: k, document)
                let head = Words.lowercasedText(who)
                if CasualtyReader.party(who) != .unknown || Self.people.contains(head) || Self.kin.contains(head) || Self.ownPeople(items, k) { kind = .killed; lost = who }
            }
            // "At least 17 people were killed. Nine of them were children.": a part of the figure
            // the sentence before ended with.
            let partOfPrevious = kind == nil && k == 0 && previous != nil && Self.isPartOfThem(items, 0) && Self.saysWhoTheyWere(items, at: 3)
            if partOfPrevious { kind = previous }
            // "At least 1,180 soldiers were killed this year. That compares with 685 in the whole of
            // 2024": the same count for another time, in a sentence of its own.
            if kind == nil, out.isEmpty, previous != nil, Self.comparesFigureBefore(items, k), !Self.hasOwnFate(items, after: k) { kind = previous }
            // "Of the 16 people wounded in the strike, nine were children": a part of the whole the
            // sentence opens with, said after its comma.
            let partOfOpening = kind == nil && k > 3 && Self.opensWithPartitive(items) && items[k - 1].text == ","
                && Self.saysWhoPartWere(items, k) && !Self.numberBetween(items, 2, k - 1)
            if partOfOpening, let whole = out.first(where: { $0.item == 2 }) { kind = whole.casualty.kind; openingPart = k }
            // "…, 18 were soldiers, nine were policemen and five were civilians": the list of
            // parts goes on.
            if kind == nil, let part = openingPart, let last = out.last, last.item == part, k >= 1,
               items[k - 1].text == "," || items[k - 1].lower == "and", Self.saysWhoPartWere(items, k) {
                kind = last.casualty.kind
                openingPart = k
            }
            let victimsPart = kind == nil && victimsListStart.map { k >= $0 && !items[$0..<k].contains { Self.clauseStops.contains($0.text) } } == true
                && !Self.hasOwnFate(items, after: k)
            if victimsPart { kind = lastTold }
            // "Twenty-five of the victims of Tuesday's attack were Indian tourists": a part of the
            // victims the article last told of, of their kind.
            // "Six children aged between 5 and 12 were among the victims": a part of them too.
            if kind == nil, let lastTold, Self.classOfVictims(items, k) || Self.amongVictims(items, k) { kind = lastTold }
            guard let kind else { continue }
            let odd = k + 2 < items.count && items[k + 1].text == "-" && items[k + 2].lower == "odd"
            var count = number.value.map { Int($0) }
            var min = number.qualifier == .atLeast || number.qualifier == .moreThan || odd
                || k > 0 && Self.beyondVerbs.contains(items[k - 1].lower)
            // "the toll rose from 12 to 17" reads as a range; the figure is where it rose to.
            if count == nil, k > 0, items[k - 1].lower == "from", let high = number.high, number.low != nil { count = Int(high) }
            if count == nil, !number.vague, let low = number.low { count = Int(low); min = true }
            var who = lost ?? victims(items, after: k, document)
            // "Two of the attackers were killed at the gate, and three more were cornered … and
            // killed": "more" alone counts more of the victims the figure before it named.
            let more = k + 1 < items.count && items[k + 1].lower == "more" ? out.last?.casualty : nil
            let shared = who.isEmpty ? shares ?? more : nil
            if let shared { who = shared.who }
            // "in the past 24 hours, 19 militants have been killed", "the bomb, which weighed 50
            // kg, killed 7": a span of time or a measure is no victim.
            let whoWords = Words.lowercased(who)
            if let head = whoWords.first, Self.timeUnits.contains(head) || Self.measureUnits.contains(head) || Self.placeUnits.contains(head) { continue }
            // "for each of the 12 families of those killed": the bereaved, not the dead.
            if k + 3 < items.count, Self.bereaved.contains(items[k + 1].lower), items[k + 2].lower == "of",
               items[(k + 3)...].prefix(3).contains(where: { Self.kind(of: $0.lower) != nil || ["victims", "martyrs", "deceased"].contains($0.lower) }) {
                continue
            }
            // "carried out several suicide bombings", "dozens of attacks": happenings counted, not people.
            if Self.countsHappenings(items, k) { continue }
            // "killed 9 soldiers for every 10 civilians", "For every soldier killed, three civilians
            // died": a ratio, not a count.
            if Self.isRatio(items, k) { continue }
            // "shot down five Indian fighter jets", "destroyed 12 drones": machines, not people,
            // and so is a part of them ("including three French-made Rafales").
            if whoWords.contains(where: { Self.machineWords.contains($0) }) { machinesAt = k; continue }
            // "40 homes destroyed", "dozens of homes destroyed": property, not people.
            if whoWords.contains(where: { Self.propertyWords.contains($0) })
                || k + 2 < items.count && items[k + 1].lower == "of" && Self.propertyWords.contains(items[k + 2].lower) {
                continue
            }
            if before == "including", let m = machinesAt, k - m <= 12 { continue }
            out.append(Figure(item: k, casualty: Casualty(kind: kind, count: number.vague ? nil : count, min: min, vague: number.vague,
                                                          who: who, party: shared?.party ?? Self.party(who, items, after: k), claimedBy: nil,
                                                          claimedByEntity: nil, aggregate: false),
                              part: partOfLast || namesPart || partOfPrevious || partOfOpening || victimsPart))
        }
        // "The death toll rose to 15 after two of the injured died in hospital": the injured who
        // died are inside the toll the sentence gives, not more dead (so are "two of the four
        // wounded passengers").
        let read = out
        out.removeAll { f in
            let k = f.item
            guard f.casualty.kind == .killed, k + 3 < items.count, items[k + 1].lower == "of", items[k + 2].lower == "the",
                  Self.injuredWords.contains(items[k + 3].lower) || Self.isWoundedWholeOfDeaths(items, k + 3),
                  let count = f.casualty.count else { return false }
            return read.contains { $0.item != k && $0.casualty.kind == .killed && ($0.casualty.count ?? 0) > count }
        }
        // "a policeman was martyred", "shot dead a polio worker": one person, named without a number.
        let singles = SingularVictims.read(items, document, after: out, afterFigure: previous != nil)
        if !singles.isEmpty { out = (out + singles).sorted { $0.item < $1.item } }
        return out
    }

    /// Whether a sentence opens with a partitive's "Of the" ("Of the 23 soldiers killed, 17 …"),
    /// its whole at item 2.
    static func opensWithPartitive(_ items: [SentenceItems.Item]) -> Bool {
        items.count > 3 && items[0].lower == "of" && items[1].lower == "the"
    }

    /// Whether the number at `k` is a term of a ratio: "for every" or "for each" follows its
    /// victims within five words, or opens the sentence.
    static func isRatio(_ items: [SentenceItems.Item], _ k: Int) -> Bool {
        func opensRatio(_ j: Int) -> Bool { j + 1 < items.count && items[j].lower == "for" && (items[j + 1].lower == "every" || items[j + 1].lower == "each") }
        if opensRatio(0) { return true }
        for j in (k + 1)..<min(items.count, k + 6) {
            if items[j].kind == .punctuation { return false }
            if opensRatio(j) { return true }
        }
        return false
    }

    /// Whether the number at `k` counts happenings ("several suicide bombings", "dozens of
    /// attacks"): a plural happening noun within three words after it, an "of" or modifiers before.
    static func countsHappenings(_ items: [SentenceItems.Item], _ k: Int) -> Bool {
        for item in items[(k + 1)...].prefix(3) {
            guard item.kind == .word else { return false }
            if ExtractEvents.tallyNouns.contains(item.lower) { return true }
            if people.contains(item.lower) || kind(of: item.lower) != nil || item.lower != "of" && prepositions.contains(item.lower) { return false }
        }
        return false
    }

    /// A casualty word after the victims: passive, reduced clause or noun.
    /// The index of the ")" closing the "(" at `j` when one to three words, and nothing else, stand
    /// between them ("(FC)", "(Khyber Pakhtunkhwa)"), or nil.
    static func shortParenthesis(_ items: [SentenceItems.Item], at j: Int) -> Int? {
        var m = j + 1
        while m < items.count, m <= j + 4, items[m].kind == .word { m += 1 }
        return m > j + 1 && m < items.count && items[m].text == ")" ? m : nil
    }

    func rightKind(_ items: [SentenceItems.Item], from k: Int) -> Casualty.Kind? {
        var including = false
        var j = k + 1
        var limit = k + 16
        while j < items.count, j <= limit {
            let it = items[j]
            defer { j += 1 }
            switch it.kind {
            case .number:
                // "Nine people, including four children, died": a figure inside the "including"
                // aside does not end the victims; "21 hostages and four soldiers died": a
                // coordinated figure shares the verb.
                if including { continue }
                // "Two brothers, aged 12 and 15, were wounded", "One resident, a 55-year-old
                // teacher, was wounded": ages inside the victims' aside.
                if Self.isAge(items, j) || items[j].lower.hasSuffix("-year-old") { continue }
                if j > k + 1, items[j - 1].lower == "and" || items[j - 1].text == "," { continue }
                // "Two of the three attackers were killed": the whole, then the verb.
                if j == k + 3, Self.isPartitiveWhole(items, j) || Self.isWoundedWholeOfDeaths(items, j) { continue }
                return nil
            case .punctuation:
                // "Three personnel of the Federal Constabulary (FC) were martyred": a short
                // parenthesis of words (an acronym) is part of the victims' name.
                if it.text == "(", let close = Self.shortParenthesis(items, at: j) { j = close; continue }
                if Self.clauseStops.contains(it.text) { return nil }
                // "38 fighters, most of them from the Pakistan Taliban, had been killed": an aside
                // on who most of the victims were is stepped over.
                // "At least 10 people, and possibly as many as 15, were killed": an aside raising
                // the estimate is stepped over too.
                if it.text == ",", let close = Self.quantifiedAside(items, at: j) ?? Self.raisedEstimateAside(items, at: j)
                    ?? (j <= k + 3 ? Self.namesAside(items, at: j) : nil) {
                    limit += close - j
                    j = close
                    continue
                }
                if it.text == "," { including = false }
                // "Ten people — six women and four children — were killed": a dash aside names
                // part of the victims.
                let dash = Self.dashLength(items, at: j)
                if dash > 0 {
                    // (An aside naming the victims one by one, with ages and homes, may run past
                    // the usual reach: the verb after its closing dash still counts.)
                    if !including, let close = (j + dash..<min(items.count, j + 32)).first(where: { Self.dashLength(items, at: $0) == dash && items[$0].text == it.text }),
                       !items[(j + 1)..<close].contains(where: { $0.kind == .punctuation && Self.clauseStops.contains($0.text) }) {
                        limit = max(limit, close + dash + 3)
                    }
                    including.toggle()
                    j += dash - 1
                }
                continue
            case .word: break
            }
            let w = it.lower
            // "a passer-by", "a by-stander": the second part of a hyphenated noun is no preposition.
            if j > k + 2, SentenceItems.hyphenJoins(items, at: j - 1) { continue }
            // "The town of 150,000 lives off the crossing", "saved 40 lives": "lives" as a verb,
            // or lives saved, are no deaths.
            if w == "lives", Self.livesIsNoDeath(items, at: j) { return nil }
            // "27 others were under treatment at the hospital", "remain under treatment": the wounded.
            if w == "under", j + 1 < items.count, items[j + 1].lower == "treatment", j >= 1,
               Self.fateOpeners.contains(items[j - 1].lower) || Self.stillUnder.contains(items[j - 1].lower) {
                return .injured
            }
            // "Two attackers blew themselves up": the bombers' own deaths.
            if w == "blew", j + 2 < items.count, items[j + 1].lower == "themselves", items[j + 2].lower == "up" { return .killed }
            if let kind = Self.kind(of: w) {
                // "84 casualties, including 21 deaths": the part's own kind, right after its
                // number inside the aside, is not the whole's.
                if including, case .number = items[j - 1].kind { continue }
                // "12 people were killed or injured": both kinds in one count, neither figure.
                if Self.eitherKind(items, at: j) { return nil }
                // "fighting between the two communities killed about 1,500 people": a verb with a
                // count for its object makes the number before it the killers, not the killed.
                // ("were killed over three days": a span of time is no object.)
                if j + 1 < items.count, case .number = items[j + 1].kind, Self.activeKill.contains(w) || Self.activeInjure.contains(w),
                   j + 2 == items.count || !Self.timeUnits.contains(items[j + 2].lower) && !Self.measureUnits.contains(items[j + 2].lower) {
                    return nil
                }
                // "Two of the injured later succumbed", "two more injured died": the wounded's deaths.
                if kind == .injured, Self.injuredLaterDied(items, after: j), !(j == k + 1 && Self.isWoundedWholeOfDeaths(items, k)) { return .killed }
                // "Seven of the injured were discharged": part of a figure, with a fate of its own
                // ("four of the dead were identified as soldiers" says who they were).
                if j >= k + 3, items[j - 1].lower == "the", items[j - 2].lower == "of", Self.hasOwnFate(items, after: j),
                   !items[(j + 1)...].prefix(5).contains(where: { $0.lower == "as" }) {
                    return nil
                }
                return kind
            }
            // "including four children", "among them three children": an aside naming part of
            // the victims.
            if w == "including" || w == "among" && j + 1 < items.count && ["them", "whom", "those"].contains(items[j + 1].lower) {
                including = true
                continue
            }
            // "Twenty-three soldiers were among 40 people killed", "two children were among the
            // dead": part of a figure, of its kind.
            if w == "among", Self.passive.contains(items[j - 1].lower) {
                for u in (j + 1)..<min(items.count, j + 5) {
                    if items[u].kind == .punctuation { return nil }
                    if let kind = Self.kind(of: items[u].lower) { return kind }
                }
                return nil
            }
            // "12 soldiers paid the ultimate sacrifice", "made the supreme sacrifice": the military's
            // phrase for its dead.
            if Self.sacrificeVerbs.contains(w), j + 3 < items.count, items[j + 1].lower == "the",
               ["ultimate", "supreme"].contains(items[j + 2].lower), ["sacrifice", "price"].contains(items[j + 3].lower) {
                return .killed
            }
            // "three terrorists were sent to hell": the military's phrase for killing fighters.
            if w == "sent", j + 2 < items.count, items[j + 1].lower == "to", items[j + 2].lower == "hell" { return .killed }
            // "Two children lost their legs": maimed, so wounded.
            if Self.lostLimbs(items, at: j) { return .injured }
            // "Two policemen were shot in the legs".
            if Self.passive.contains(items[j - 1].lower), let wound = Self.woundedAt(items, j) { return wound }
            // "80 people were being treated for wounds", "11 others are being treated at the
            // provincial hospital": the wounded.
            if w == "treated", j + 2 < items.count {
                // ("treated for minor injuries", "for gunshot wounds": one word may qualify them.)
                if items[j + 1].lower == "for", Self.injuredWords.contains(items[j + 2].lower)
                    || j + 3 < items.count && items[j + 2].kind == .word && Self.injuredWords.contains(items[j + 3].lower) {
                    return .injured
                }
                if Self.passive.contains(items[j - 1].lower), ["at", "in"].contains(items[j + 1].lower),
                   items[(j + 2)...].prefix(5).prefix(while: { $0.kind == .word }).contains(where: { Self.hospitalWords.contains($0.lower) }) {
                    return .injured
                }
            }
            // "Seven people were rushed to hospital": the wounded.
            if Self.hospitalVerbs.contains(w), j + 2 < items.count, items[j + 1].lower == "to", Self.hospitalWords.contains(items[j + 2].lower),
               Self.passive.contains(items[j - 1].lower) {
                return .injured
            }
            if including { continue }
            if w == "and" || w == "or" {
                // "200 Taliban and affiliated militants were killed" continues the victims;
                // "dozens and wounded hundreds" starts a new clause.
                // (An opening quotation mark after "and" quotes the next victims' name: "200
                // Taliban and “affiliated terrorists” had also died".)
                let n = j + 2 < items.count && Self.openingQuotes.contains(items[j + 1].text) ? j + 2 : j + 1
                // "23 Pakistani soldiers and, by Pakistan’s count, more than 200 fighters were
                // killed": an aside between commas after "and" is stepped over.
                if n < items.count, items[n].text == ",", let close = Self.commaAside(items, at: n) {
                    limit += close - j
                    j = close
                    continue
                }
                guard n < items.count, items[n].kind != .punctuation else { return nil }
                let next = items[n].lower
                // "were shot and killed", "attacked and wounded": the attack, then its outcome.
                if Self.attackVerbs.contains(items[j - 1].lower), let kind = Self.kind(of: next) { return kind }
                if Self.killedWords.contains(next) || Self.injuredWords.contains(next) || Self.activeKill.contains(next) || Self.isOtherVerb(next) { return nil }
                continue
            }
            // "5 were confirmed dead", "were feared killed", "were reported wounded": a hedge
            // right before the casualty word.
            // (Or past the hedge's infinitive: "were believed to have been wounded".)
            if Self.hedges.contains(w) {
                let infinitive = j + 4 < items.count && items[j + 1].lower == "to" && items[j + 2].lower == "have" && items[j + 3].lower == "been"
                let participle = infinitive ? j + 4 : j + 1
                if participle < items.count, Self.kind(of: items[participle].lower) != nil {
                    j = participle - 1
                    continue
                }
            }
            // "2,000 people were displaced and 40 killed": after "were", an adjective-like
            // participle is the figure's own fate.
            if j > k + 1, Self.passive.contains(items[j - 1].lower), Self.adjectives.contains(w) { return nil }
            if Self.auxiliaries.contains(w) { continue }
            // "Eleven passengers on the Jaffar Express were killed": a short place or group
            // phrase between the victims and a passive casualty verb.
            if Self.victimModifiers.contains(w) { return Self.passiveAfterPhrase(items, from: j + 1) }
            // "five militants were gunned down", "two men were stabbed to death".
            if Self.isDeathPhrase(items, at: j) { return .killed }
            // "two soldiers were abducted and later killed", "eleven miners were trapped and later
            // found dead", "nine passengers were offloaded and shot dead": an attack or another
            // fate, then death or wounds.
            if Self.attackVerbs.contains(w) || Self.isOtherVerb(w), j + 2 < items.count, items[j + 1].lower == "and" {
                let u = Self.skippingFillers(items, from: j + 2, alsoThen: true)
                if u < items.count, let kind = Self.fateKind(items, at: u) { return kind }
            }
            // "the three players had travelled to Sharana … and were killed on their way home":
            // the victims' own verb, then their fate joined to it by "and". So too a past verb
            // right after the victims: "Five militants attacked the post and were killed", "Three
            // suicide bombers stormed the compound before they were shot dead".
            if Self.isOtherVerb(w), !Self.reporting.contains(w), j <= k + 5, !items[(k + 1)..<j].contains(where: { $0.kind != .word }) {
                if Self.passiveOpeners.contains(items[j - 1].lower) { return Self.joinedFate(items, after: j, passive: true) }
                if let kind = Self.joinedFate(items, after: j, alsoBefore: true) { return kind }
            }
            if Self.prepositions.contains(w) || Self.isOtherVerb(items, at: j) { return nil }
        }
        return nil
    }

    /// The kind of a passive casualty verb joined by "and" to the verb at `j`, in the same clause
    /// and with no figure between ("had travelled to Sharana, the provincial capital, for a match
    /// and were killed"), or nil.
    /// With `alsoBefore`, "but were killed", "before they were shot dead" and "before being
    /// killed" join the fate too; ", where they were killed" always does.
    /// With `passive` (the verb at `j` is a passive participle), a bare participle after "and"
    /// shares its auxiliary ("Nine passengers were pulled from a bus and killed").
    static func joinedFate(_ items: [SentenceItems.Item], after j: Int, alsoBefore: Bool = false, passive: Bool = false) -> Casualty.Kind? {
        var u = j + 1
        var sawNumber = false
        while u < min(items.count, j + 24) {
            defer { u += 1 }
            if items[u].kind == .punctuation {
                if clauseStops.contains(items[u].text) { return nil }
                continue
            }
            // "…, killing three personnel and wounding 11 others before they were shot dead": the
            // victims of the victims' own deeds lie between; only "before they" reaches past them.
            if case .number = items[u].kind {
                if !alsoBefore { return nil }
                sawNumber = true
                continue
            }
            var fate: Int?  // where the words after the auxiliary start
            let w = items[u].lower
            if w == "and" || alsoBefore && w == "but", !sawNumber, u + 2 < items.count, passiveOpeners.contains(items[u + 1].lower) {
                fate = u + 2
            } else if alsoBefore, w == "before" || w == "until", u + 2 < items.count {
                if items[u + 1].lower == "being" { fate = u + 2 }
                else if items[u + 1].lower == "they", ["were", "had"].contains(items[u + 2].lower) { fate = u + 3 }
            } else if passive, w == "and", !sawNumber, u + 1 < items.count, items[u + 1].kind == .word {
                fate = u + 1
            } else if w == "where", !sawNumber, u + 2 < items.count, items[u + 1].lower == "they", ["were", "had"].contains(items[u + 2].lower) {
                // "three others were cornered inside a block, where they were killed".
                fate = u + 3
            }
            guard let start = fate else { continue }
            var v = skippingFillers(items, from: start)
            if v < items.count, items[v].lower == "been" { v = skippingFillers(items, from: v + 1) }
            guard v < items.count else { return nil }
            return fateKind(items, at: v)
        }
        return nil
    }

    /// The casualty the words at `v` tell: a death phrase ("gunned down", "found dead"), a verb
    /// the word "dead" completes ("shot dead"), or a casualty word; nil for anything else.
    static func fateKind(_ items: [SentenceItems.Item], at v: Int) -> Casualty.Kind? {
        if isDeathPhrase(items, at: v) || v + 1 < items.count && items[v + 1].lower == "dead" && items[v].kind == .word { return .killed }
        return kind(of: items[v].lower)
    }

    /// Whether the casualty word at `j` is joined by "or" to one of the other kind ("killed or
    /// injured", "dead or wounded", "killed or wounded dozens"): a count of both.
    static func eitherKind(_ items: [SentenceItems.Item], at j: Int) -> Bool {
        let own = kind(of: items[j].lower) ?? (activeInjure.contains(items[j].lower) ? .injured : .killed)
        func other(_ i: Int) -> Bool {
            guard i >= 0, i < items.count else { return false }
            let w = items[i].lower
            let k = kind(of: w) ?? (activeKill.contains(w) ? .killed : activeInjure.contains(w) ? .injured : nil)
            return k != nil && k != own
        }
        return j + 2 < items.count && items[j + 1].lower == "or" && other(j + 2) || j >= 2 && items[j - 1].lower == "or" && other(j - 2)
    }

    /// Words before a group's size ("the assailants, numbering around 10").
    static let groupSizeWords: WordSet = ["numbering", "totalling", "totaling"]

    /// Verbs that kill with "dead" or "down" after them ("shot dead", "gunned down").
    static let deadOrDownVerbs: WordSet = ["shot", "gunned", "stabbed", "beaten", "hacked", "mowed", "cut", "shooting", "gunning"]

    /// Whether the word at `j` is the "dead" or "down" that ends such a killing.
    static func endsKilling(_ items: [SentenceItems.Item], at j: Int) -> Bool {
        (items[j].lower == "dead" || items[j].lower == "down") && j > 0 && deadOrDownVerbs.contains(items[j - 1].lower)
    }

    /// Verbs of being brought to hospital ("were rushed to hospital").
    static let hospitalVerbs: WordSet = ["rushed", "taken", "shifted", "admitted", "moved", "brought", "airlifted", "evacuated"]
    /// Where the wounded are taken and treated.
    static let hospitalWords: WordSet = ["hospital", "hospitals"]
    /// Verbs of an attack that a casualty word may follow after "and" ("were shot and killed").
    static let attackVerbs: WordSet = ["shot", "stabbed", "attacked", "beaten", "ambushed", "targeted", "assaulted", "abducted", "kidnapped", "tortured"]
    /// Verbs that kill with "down" ("gunned down"; "shot down" is said of aircraft).
    static let downVerbs: WordSet = ["gunned", "mowed", "cut"]
    static let toDeathVerbs: WordSet = [
        "stabbed", "beaten", "hacked", "burnt", "burned", "crushed", "stoned", "tortured", "shot", "bludgeoned", "trampled", "starved", "frozen",
    ]

    /// Whether the words from `j` say a killing in a phrase of verb and particle ("gunned down",
    /// "beaten to death").
    static func isDeathPhrase(_ items: [SentenceItems.Item], at j: Int) -> Bool {
        let w = items[j].lower
        if downVerbs.contains(w), j + 1 < items.count, items[j + 1].lower == "down" { return true }
        // "were burnt alive", "were later found dead", "breathed their last".
        if w == "burnt" || w == "burned", j + 1 < items.count, items[j + 1].lower == "alive" { return true }
        if w == "found", j + 1 < items.count, items[j + 1].lower == "dead" { return true }
        if w == "breathed", j + 2 < items.count, ["their", "his", "her"].contains(items[j + 1].lower), items[j + 2].lower == "last" { return true }
        return toDeathVerbs.contains(w) && j + 2 < items.count && items[j + 1].lower == "to" && items[j + 2].lower == "death"
    }

    /// Whether the victims after the number at `k` have a fate of their own other than death or
    /// injury ("two others escaped", "12 were arrested"): the first word after them is such a fate,
    /// or a passive of another verb.
    static func hasOwnFate(_ items: [SentenceItems.Item], after k: Int) -> Bool {
        var j = k + 1
        while j < items.count, j <= k + 6, items[j].kind == .word {
            let w = items[j].lower
            if otherFates.contains(w) {
                // "two captured soldiers": a participle before a noun describes the victims.
                guard j + 1 < items.count, items[j + 1].kind == .word else { return true }
                let next = items[j + 1].lower
                if prepositions.contains(next) || victimEnders.contains(next) || next == "and" || next == "or" || next == "by" { return true }
                j += 1
                continue
            }
            if passive.contains(w) {
                let u = skippingFillers(items, from: j + 1)
                return u < items.count && items[u].kind == .word && kind(of: items[u].lower) == nil && !isDeathPhrase(items, at: u)
                    && (isOtherVerb(items[u].lower) || otherFates.contains(items[u].lower))
            }
            // "the two policemen who were deployed there": a relative clause describes them.
            if w == "who" || w == "which" || w == "whom" { return false }
            if kind(of: w) != nil || prepositions.contains(w) || w == "and" || w == "or" || activeKill.contains(w) || activeInjure.contains(w) { return false }
            j += 1
        }
        return false
    }

    /// Verbs of medical care before a number ("the hospital treated 23 people for wounds").
    static let treatVerbs: WordSet = ["treated", "treating", "treats"]

    /// Whether the number at `k` counts people treated for injuries: "the hospital treated 23
    /// people for shrapnel wounds", "were treating 12 for burns" (the injured).
    /// Doctors and hospitals in a sentence whose "treated 84 people" counts the wounded.
    static let carers: WordSet = ["doctors", "doctor", "medics", "hospital", "hospitals", "clinic", "physicians", "nurses", "paramedics"]
    /// Nouns of the treated ("treated 84 people").
    static let treatedPeople: WordSet = ["people", "patients", "persons", "others", "civilians"]

    static func treatedForInjuries(_ items: [SentenceItems.Item], _ k: Int) -> Bool {
        guard k > 0, treatVerbs.contains(items[k - 1].lower) else { return false }
        var j = k + 1
        while j + 1 < items.count, j <= k + 4, items[j].kind == .word {
            if items[j].lower == "for" {
                return items[(j + 1)...].prefix(3).contains { injuredWords.contains($0.lower) || $0.lower == "burns" }
            }
            j += 1
        }
        // "doctors had treated 84 people since early on Wednesday": with no ailment named, the
        // people a hospital's staff treated are the wounded (not "treats 100 patients a day").
        return items[k - 1].lower == "treated" && k + 1 < items.count && treatedPeople.contains(items[k + 1].lower)
            && items[..<(k - 1)].contains { carers.contains($0.lower) }
    }

    /// The fate of the group that "among" or "of" at `j` names: "the dead", "those killed", "the
    /// wounded"; or nil.
    static func fateOfGroup(_ items: [SentenceItems.Item], at j: Int) -> Casualty.Kind? {
        guard j + 2 < items.count, items[j + 1].lower == "the" || items[j + 1].lower == "those" else { return nil }
        return kind(of: items[j + 2].lower)
    }

    /// Whether the number at `k` counts a group no one of which is a victim: "none of the 500
    /// cadets", "not one of the 40 passengers", "no one among the 12 guards".
    static func isUnharmedGroup(_ items: [SentenceItems.Item], _ k: Int) -> Bool {
        // "Not one passenger was hurt": the "one" itself.
        if k >= 1, items[k].lower == "one", items[k - 1].lower == "not" || items[k - 1].lower == "no" { return true }
        var j = k - 1
        if j >= 0, groupDeterminers.contains(items[j].lower) { j -= 1 }
        guard j >= 1, items[j].lower == "of" || items[j].lower == "among" else { return false }
        let w = items[j - 1].lower
        return w == "none" || w == "one" && j >= 2 && (items[j - 2].lower == "no" || items[j - 2].lower == "not")
    }

    /// Determiners between "none of" and a group's number ("none of the 500 cadets").
    static let groupDeterminers: WordSet = ["the", "its", "their", "his", "her", "our", "these", "those"]

    /// The fate a clause after the number names without a casualty verb: "Two people on the
    /// motorcycle were among the dead", "two passengers survived with injuries".
    static func fateNamedAfter(_ items: [SentenceItems.Item], _ k: Int) -> Casualty.Kind? {
        var j = k + 1
        // ("Four people travelling in the truck and on the motorcycle were among the dead": a
        // long description before the fate.)
        while j + 2 < items.count, j <= k + 12, items[j].kind == .word {
            let w = items[j].lower
            if w == "among", let fate = fateOfGroup(items, at: j) { return fate }
            if w == "survived", items[j + 1].lower == "with", items[(j + 2)...].prefix(2).contains(where: { injuredWords.contains($0.lower) }) {
                return .injured
            }
            j += 1
        }
        return nil
    }

    /// Whether "in hospital" or "in the hospital" follows the number at `k` within four words with
    /// no verb but "remain" or "be" between them ("40 others still in hospital", "six remain in
    /// hospital", "27 people remained in the hospital").
    static func inHospital(_ items: [SentenceItems.Item], after k: Int) -> Bool {
        // "Six people died, four of them in hospital": where some of a figure died.
        if isPartOfThem(items, k) { return false }
        var j = k + 1
        while j + 1 < items.count, j <= k + 5, items[j].kind == .word {
            let w = items[j].lower
            if w == "in", hospitalWords.contains(items[j + 1].lower) || items[j + 1].lower == "the" && j + 2 < items.count && hospitalWords.contains(items[j + 2].lower) {
                return true
            }
            // ("remained" ends as a past verb does, but keeps them where they are.)
            if stillUnder.contains(w) { j += 1; continue }
            if prepositions.contains(w) || kind(of: w) != nil || isOtherVerb(w) || w == "and" || w == "or" { return false }
            j += 1
        }
        return false
    }

    /// Verbs of dying: of the wounded, later ("two of the injured later succumbed"), or of one
    /// person (``SingularVictims``: "a child died").
    static let laterDeaths: WordSet = ["died", "dies", "succumbed", "perished"]

    /// Whether the injury word at `j` is what people died of ("died of their wounds",
    /// "succumbed to his injuries").
    static func diedOfWounds(_ items: [SentenceItems.Item], _ j: Int) -> Bool {
        var i = j - 1
        if i >= 0, ["their", "his", "her", "the"].contains(items[i].lower) { i -= 1 }
        guard i >= 1, items[i].lower == "of" || items[i].lower == "to" || items[i].lower == "from" else { return false }
        return laterDeaths.contains(items[i - 1].lower)
    }

    /// Whether a verb of dying follows the injured word at `j` within three words ("the injured
    /// later succumbed to their wounds").
    static func injuredLaterDied(_ items: [SentenceItems.Item], after j: Int) -> Bool {
        var t = j + 1
        while t < items.count, t <= j + 3, items[t].kind == .word {
            if laterDeaths.contains(items[t].lower) { return true }
            t += 1
        }
        return false
    }

    static let passive: WordSet = ["was", "were", "been", "being", "is", "are"]
    /// Finite auxiliaries that open a passive ("were killed", "have been wounded").
    static let passiveOpeners: WordSet = ["were", "was", "have", "has", "had", "are", "is"]
    /// Words between a passive's auxiliary and its participle ("have also been reportedly killed").
    static let passiveFillers: WordSet = ["been", "also", "reportedly", "all", "allegedly", "later", "subsequently"]
    /// The index of the first word from `u` on that is no ``passiveFillers`` word (nor "then",
    /// with `alsoThen`): the participle of "have also been reportedly killed".
    static func skippingFillers(_ items: [SentenceItems.Item], from u: Int, alsoThen: Bool = false) -> Int {
        var u = u
        while u < items.count, passiveFillers.contains(items[u].lower) || alsoThen && items[u].lower == "then" { u += 1 }
        return u
    }
    /// Words that add victims to a passive's subject ("along with", "as well as", "besides").
    static let additions: WordSet = ["with", "alongside", "besides", "plus", "well"]
    /// Whether a casualty word follows the number at `k` after at most one modifier, which may be
    /// hyphenated ("37 civilian deaths", "2,546 conflict-related deaths").
    static func casualtyNoun(_ items: [SentenceItems.Item], after k: Int) -> Bool {
        // "received more than 80 of the wounded": a part of the casualties.
        if k + 3 < items.count, items[k + 1].lower == "of", items[k + 2].lower == "the" || items[k + 2].lower == "those",
           kind(of: items[k + 3].lower) != nil {
            return true
        }
        var j = k + 1
        var modifiers = 0
        while j < items.count, modifiers <= 1, items[j].kind == .word {
            if kind(of: items[j].lower) != nil { return true }
            modifiers += 1
            j += 1
            if j + 1 < items.count, items[j].text == "-", items[j + 1].kind == .word { j += 2 }
        }
        return false
    }

    /// Whether the participle at `j` is passive: a form of "be" before it, over fillers ("were
    /// also killed", "have reportedly been shot").
    static func isPassive(_ items: [SentenceItems.Item], participle j: Int) -> Bool {
        var i = j - 1
        while i >= 0, passiveFillers.contains(items[i].lower), !passive.contains(items[i].lower) { i -= 1 }
        return i >= 0 && passive.contains(items[i].lower)
    }
    static let hedges: WordSet = ["confirmed", "feared", "believed", "presumed", "reported", "declared", "pronounced"]
    /// Prepositions that may open a phrase describing the victims.
    static let victimModifiers: WordSet = ["in", "on", "at", "near", "from", "aboard", "inside", "outside", "along", "around", "within", "behind"]
    /// Prepositions that end the victims read after a number ("wounded 27 outside a court",
    /// "killed 12 with a bomb"), besides ``prepositions``.
    static let victimEnders: WordSet = [
        "outside", "inside", "along", "around", "within", "behind", "aboard", "with", "without", "among", "between", "under",
        "through", "against", "toward", "towards", "beyond", "despite", "via", "upon", "off", "aged",
    ]
    /// Words of a condition report ("were in critical condition", "three of them critical").
    static let conditionWords: WordSet = ["condition", "critical", "serious", "stable"]
    /// How badly the hurt are hurt ("two of them seriously").
    static let severity: WordSet = ["seriously", "critically", "severely", "badly", "gravely", "grievously"]
    /// Degrees of injury before the injuries ("with serious injuries").
    static let seriousInjuries: WordSet = ["serious", "critical", "severe", "grave", "grievous", "life-threatening", "minor", "light"]

    /// Whether "were" or "are" at `j` is followed by who a part of the victims were ("Nine of them
    /// were children"), not by a casualty word, a place or time, or their condition ("were in
    /// critical condition", "were seriously hurt").
    static func saysWhoTheyWere(_ items: [SentenceItems.Item], at j: Int) -> Bool {
        guard j + 1 < items.count, items[j].lower == "were" || items[j].lower == "are", items[j + 1].kind == .word else { return false }
        let w = items[j + 1].lower
        return kind(of: w) == nil && !prepositions.contains(w) && !severity.contains(w) && !conditionWords.contains(w)
    }

    /// How many items between `a` and `b` (both excluded) lie inside the document's place
    /// mentions ("Paktika", "Urgun", "Barmal" of "in Paktika province's Urgun and Barmal districts").
    /// Whether "in" and a named place end the part after "N of them" at `k` ("three of them in
    /// Khyber Pakhtunkhwa", not "four of them in hospital").
    static func placedPart(_ items: [SentenceItems.Item], _ k: Int, _ document: Document) -> Bool {
        guard k + 4 < items.count, items[k + 3].lower == "in" else { return false }
        let start = items[k + 4].span.start
        guard let place = document.places.first(where: { $0.span.start == start }) else { return false }
        let after = items[(k + 4)...].first { $0.span.start >= place.span.end }
        return after == nil || after!.kind == .punctuation
    }

    static func placeWords(_ items: [SentenceItems.Item], _ a: Int, _ b: Int, _ document: Document) -> Int {
        guard a + 1 < b else { return 0 }
        let start = items[a + 1].span.start, end = items[b - 1].span.end
        let places = document.places.filter { $0.span.start >= start && $0.span.end <= end }
        guard !places.isEmpty else { return 0 }
        return items[(a + 1)..<b].count { item in places.contains { $0.span.start <= item.span.start && item.span.end <= $0.span.end } }
    }

    /// The fate a later verb of the clause gives the people of the number at `k` as "them"
    /// ("abducted 10 men and killed them", "… and shot them dead", "before executing them"), or
    /// nil; another number or the clause's end comes first.
    static func fateOfThem(_ items: [SentenceItems.Item], after k: Int) -> Casualty.Kind? {
        var j = k + 2
        while j < items.count, j <= k + 20 {
            let it = items[j]
            if it.isNumber || it.kind == .punctuation && clauseStops.contains(it.text) { return nil }
            if it.lower == "them", ["and", "then", "before", "after"].contains(items[j - 2].lower) {
                let verb = items[j - 1].lower
                if activeKill.contains(verb) || ["executed", "executing"].contains(verb)
                    || verb == "shot" && j + 1 < items.count && items[j + 1].lower == "dead" {
                    return .killed
                }
                if activeInjure.contains(verb) { return .injured }
            }
            j += 1
        }
        return nil
    }

    /// Whether a number stands strictly between items `a` and `b`.
    static func numberBetween(_ items: [SentenceItems.Item], _ a: Int, _ b: Int) -> Bool {
        guard a + 1 < b else { return false }
        return items[(a + 1)..<b].contains(where: \.isNumber)
    }

    /// Whether the number at `k` is a part of a figure just told: "two of them", "three of whom".
    static func isPartOfThem(_ items: [SentenceItems.Item], _ k: Int) -> Bool {
        k + 2 < items.count && items[k + 1].lower == "of" && (items[k + 2].lower == "them" || items[k + 2].lower == "whom")
    }

    /// Whether "were" after the number at `k` says who that part of a figure were ("18 were
    /// soldiers"), not what became of them ("nine were discharged", "two were seriously hurt").
    static func saysWhoPartWere(_ items: [SentenceItems.Item], _ k: Int) -> Bool {
        saysWhoTheyWere(items, at: k + 1) && !items[k + 2].lower.hasSuffix("ed") && !items[k + 2].lower.hasSuffix("ly")
    }

    /// Whether a noun names the part after "N of them" ("four of them women"; not "four of them
    /// in hospital").
    static func namesPartAfter(_ items: [SentenceItems.Item], _ k: Int) -> Bool {
        guard k + 3 < items.count, items[k + 3].kind == .word else { return false }
        let w = items[k + 3].lower
        return !prepositions.contains(w) && !victimEnders.contains(w) && !auxiliaries.contains(w) && !isOtherVerb(w) && kind(of: w) == nil
            && !severity.contains(w) && !conditionWords.contains(w)
    }

    /// Whether the clause after the number at `k` states a condition rather than a fate ("12 were
    /// in critical condition", "three of them are said to be critical"): up to eight words, with
    /// no casualty verb before the condition word.
    static func reportsCondition(_ items: [SentenceItems.Item], after k: Int) -> Bool {
        // "Five officers were wounded, two of them seriously": how badly some of them were hurt.
        if isPartOfThem(items, k), k + 3 < items.count, severity.contains(items[k + 3].lower),
           k + 4 == items.count || items[k + 4].kind == .punctuation {
            return true
        }
        // "… some 40 wounded, roughly a dozen of them with serious injuries": so is a part "with"
        // injuries of a degree.
        if isPartOfThem(items, k), k + 5 < items.count, items[k + 3].lower == "with", seriousInjuries.contains(items[k + 4].lower),
           injuredWords.contains(items[k + 5].lower) {
            return true
        }
        // "Ten people were wounded, three of whom were airlifted to Peshawar": what became of
        // some of them, no casualty of its own.
        // ("Two of them were believed to have been wounded": a hedge, its casualty word after it.)
        if isPartOfThem(items, k), k + 4 < items.count, ["were", "was"].contains(items[k + 3].lower), items[k + 4].kind == .word,
           case let w = items[k + 4].lower, w.hasSuffix("ed"), !hedges.contains(w), !reporting.contains(w),
           !activeKill.contains(w), !activeInjure.contains(w),
           !items[(k + 4)...].prefix(7).contains(where: { $0.kind == .word && kind(of: $0.lower) != nil }) {
            return true
        }
        var j = k + 1
        while j < items.count, j <= k + 8, items[j].kind == .word {
            let w = items[j].lower
            // "sustained serious injuries" is the injury itself, not a report of its state.
            if conditionWords.contains(w) { return !(j + 1 < items.count && kind(of: items[j + 1].lower) != nil) }
            // "Three of the wounded were in critical condition": the figure the part is taken from.
            let partOf = j >= k + 3 && items[j - 1].lower == "the" && items[j - 2].lower == "of"
            if !partOf, kind(of: w) != nil || activeKill.contains(w) || activeInjure.contains(w) { return false }
            j += 1
        }
        return false
    }

    /// The kind of a passive casualty verb ("were killed", "have been wounded") that follows up to
    /// five words from `j` (no punctuation, number or other verb before it), or nil.
    static func passiveAfterPhrase(_ items: [SentenceItems.Item], from j: Int) -> Casualty.Kind? {
        var t = j
        var limit = j + 5
        while t < items.count, t <= limit {
            // "three cricketers from Sharana, the provincial capital, were killed": an apposition
            // on the place is stepped over.
            if items[t].text == ",", t > j, t + 1 < items.count, ["the", "a", "an"].contains(items[t + 1].lower),
               let close = commaAside(items, at: t) {
                limit += close + 1 - t
                t = close + 1
                continue
            }
            guard items[t].kind == .word else { break }
            let w = items[t].lower
            if passiveOpeners.contains(w) {
                // ("a policeman escorting them was critically wounded": past the degree too.)
                var u = skippingFillers(items, from: t + 1)
                if u + 1 < items.count, severity.contains(items[u].lower) { u += 1 }
                guard u < items.count else { return nil }
                // "seven barbers from Punjab were shot dead", "… were gunned down".
                if isDeathPhrase(items, at: u) || u + 1 < items.count && items[u + 1].lower == "dead" && toDeathVerbs.contains(items[u].lower) {
                    return .killed
                }
                if let wound = woundedAt(items, u) { return wound }
                return kind(of: items[u].lower)
            }
            if kind(of: w) != nil || isOtherVerb(items, at: t) || activeKill.contains(w) { return nil }
            t += 1
        }
        return nil
    }

    /// Parts of the body a shot or a blow that wounds is said to hit ("shot in the leg").
    static let woundedParts: WordSet = [
        "leg", "legs", "arm", "arms", "hand", "hands", "foot", "feet", "thigh", "thighs", "knee", "knees", "shoulder", "shoulders",
        "back", "stomach", "abdomen", "hip",
    ]

    /// The item of the loss word in "lost his wife and two children", the number at `k`: past the
    /// one person named before the numbered ones; nil for any other words.
    static func lossBeforePerson(_ items: [SentenceItems.Item], _ k: Int) -> Int? {
        k >= 4 && items[k - 1].lower == "and" && SingularVictims.openers.contains(items[k - 3].lower)
            && SingularVictims.people.contains(items[k - 2].lower) && lossWords.contains(items[k - 4].lower) ? k - 4 : nil
    }

    /// Limbs and senses whose loss maims ("lost both hands", "lost an eye").
    static let lostParts: WordSet = [
        "leg", "legs", "arm", "arms", "hand", "hands", "foot", "feet", "eye", "eyes", "limb", "limbs", "sight", "eyesight",
    ]

    /// Whether `items[j]` opens "lost both hands", "lost his leg", "lost an eye": a loss word, a
    /// determiner, and a limb or a sense.
    static func lostLimbs(_ items: [SentenceItems.Item], at j: Int) -> Bool {
        j + 2 < items.count && lossWords.contains(items[j].lower) && limbDeterminers.contains(items[j + 1].lower)
            && lostParts.contains(items[j + 2].lower)
    }
    static let limbDeterminers: WordSet = ["both", "his", "her", "their", "a", "an", "one", "two", "its"]

    /// `.injured` for "shot in the leg", "hit in the arm", "struck in the shoulder" at `u`, or
    /// `.killed` when the clause goes on to a death ("shot in the back and died"); nil for any
    /// other words.
    static func woundedAt(_ items: [SentenceItems.Item], _ u: Int) -> Casualty.Kind? {
        guard u + 3 < items.count, ["shot", "hit", "struck"].contains(items[u].lower), items[u + 1].lower == "in",
              ["the", "his", "her", "their", "both"].contains(items[u + 2].lower), woundedParts.contains(items[u + 3].lower) else { return nil }
        let rest = items[(u + 4)...].prefix(6).prefix(while: { $0.kind == .word })
        return rest.contains(where: { kind(of: $0.lower) == .killed }) ? .killed : .injured
    }

    /// Words that open an aside on how many of the victims were who ("most of them from …").
    static let quantifiers: WordSet = ["most", "many", "all", "some"]

    /// The closing comma of an aside opened by "most of them", "many of them", "all of them",
    /// "some of them" or "one of whom" at the comma `open` (up to 24 items, no number or clause
    /// stop), or nil: "All six attackers, one of whom blew up a truck at the main gate, were killed".
    static func quantifiedAside(_ items: [SentenceItems.Item], at open: Int) -> Int? {
        guard open + 3 < items.count, quantifiers.contains(items[open + 1].lower) || items[open + 1].lower == "one" || items[open + 1].lower == "each",
              items[open + 2].lower == "of", items[open + 3].lower == "them" || items[open + 3].lower == "whom" else { return nil }
        var u = open + 4
        while u < items.count, u <= open + 24 {
            if items[u].text == "," { return u }
            if case .number = items[u].kind { return nil }
            if items[u].kind == .punctuation, clauseStops.contains(items[u].text) { return nil }
            u += 1
        }
        return nil
    }

    /// The closing comma of an aside that raises the estimate before it, opened by the comma at
    /// `open` with "and" or "or", a hedge and a figure ("…, and possibly as many as 15, …"),
    /// or nil. The closing comma comes within five items after the hedge.
    static func raisedEstimateAside(_ items: [SentenceItems.Item], at open: Int) -> Int? {
        guard open + 3 < items.count, ["and", "or"].contains(items[open + 1].lower), raisedEstimate.contains(items[open + 2].lower)
        else { return nil }
        var sawNumber = false
        for u in (open + 3)..<min(items.count, open + 8) {
            if case .number = items[u].kind { sawNumber = true; continue }
            if items[u].text == "," { return sawNumber ? u : nil }
            if items[u].kind == .punctuation { return nil }
        }
        return nil
    }

    /// Whether the number at `k` opens "N of the victims …, were <class of people>" ("Twenty-five
    /// of the victims of Tuesday's attack were Indian tourists"), not their kinship ("Two of the
    /// victims were brothers").
    static func classOfVictims(_ items: [SentenceItems.Item], _ k: Int) -> Bool {
        guard k + 3 < items.count, items[k + 1].lower == "of", items[k + 2].lower == "the", items[k + 3].lower == "victims",
              let verb = pluralBe(items, from: k + 4, before: k + 11)
        else { return false }
        return saysWhoTheyWere(items, at: verb) && !items[(verb + 1)...].prefix(3).contains { kin.contains($0.lower) }
    }

    /// The first "were" or "are" from item `start` up to (not including) `limit`, in the clause
    /// of `start` (no clause stop or comma before it), or nil.
    static func pluralBe(_ items: [SentenceItems.Item], from start: Int, before limit: Int) -> Int? {
        guard start < items.count, let verb = (start..<min(items.count, limit)).first(where: { items[$0].lower == "were" || items[$0].lower == "are" }),
              !items[start..<verb].contains(where: { $0.kind == .punctuation && clauseStops.contains($0.text) || $0.text == "," })
        else { return nil }
        return verb
    }

    /// Whether the number at `k` opens "N … were (also) among the victims", within ten items and
    /// one clause (an age's numbers may stand between: "Six children aged between 5 and 12").
    static func amongVictims(_ items: [SentenceItems.Item], _ k: Int) -> Bool {
        guard let verb = pluralBe(items, from: k + 1, before: k + 11),
              !(k + 1..<verb).contains(where: { j in items[j].isNumber && !isAge(items, j) })
        else { return false }
        var j = verb + 1
        if j < items.count, items[j].lower == "also" { j += 1 }
        return j + 2 < items.count && items[j].lower == "among" && ["the", "those"].contains(items[j + 1].lower)
            && items[j + 2].lower == "victims"
    }

    /// The items a dash at `j` takes: 1 for "—" or "–", 2 for the "--" of ASCII text (two
    /// hyphens written solid), 1 for a hyphen with a space on both sides (ASCII text's stand-in
    /// for a dash: "Two soldiers - Lance Naik Imran, 26, … - were martyred"), 0 for anything else.
    static func dashLength(_ items: [SentenceItems.Item], at j: Int) -> Int {
        let t = items[j].text
        if t == "—" || t == "–" { return 1 }
        guard t == "-" else { return 0 }
        if j + 1 < items.count, items[j + 1].text == "-", items[j].span.end == items[j + 1].span.start { return 2 }
        let spaced = j >= 1 && j + 1 < items.count && items[j - 1].span.end < items[j].span.start && items[j].span.end < items[j + 1].span.start
        return spaced ? 1 : 0
    }

    /// Whether the number at `k` opens a source described by a relative clause: at most four
    /// words, "who" (after a comma or not), then a reporting verb within sixteen items, right
    /// after the clause's words or after the comma closing it ("Two officials who spoke to AFP
    /// said", "Three residents, who witnessed the attack, told Reuters"). A clause that tells a
    /// fate ("Two soldiers who were wounded said") or holds a number describes no sources.
    static func countsSourcesBeforeRelative(_ items: [SentenceItems.Item], _ k: Int) -> Bool {
        var u = k + 1
        while u < items.count, u <= k + 5, items[u].kind == .word, items[u].lower != "who" { u += 1 }
        if u > k + 1, u + 1 < items.count, items[u].text == ",", items[u + 1].lower == "who" { u += 1 }
        guard u > k + 1, u < items.count, items[u].lower == "who" else { return false }
        var v = u + 1
        while v < items.count, v <= u + 16 {
            let item = items[v]
            if item.kind != .word {
                // Only a comma closing the clause right before the verb, or a joining hyphen.
                guard item.text == "," || SentenceItems.hyphenJoins(items, at: v) else { return false }
                if item.text == "," { return v + 1 < items.count && reporting.contains(items[v + 1].lower) }
            } else {
                if kind(of: item.lower) != nil { return false }
                if reporting.contains(item.lower) { return true }
            }
            v += 1
        }
        return false
    }

    /// Whether the number at `k` opens a source: at most four words, then a reporting verb
    /// ("two local government officials said", "three security sources told Reuters").
    static func countsSources(_ items: [SentenceItems.Item], _ k: Int) -> Bool {
        var u = k + 1
        while u < items.count, u <= k + 5, items[u].kind == .word {
            if reporting.contains(items[u].lower) { return u > k + 1 }
            u += 1
        }
        return false
    }

    /// The closing comma of an aside naming the victims, opened by the comma at `open` with a
    /// capitalised word and closed by the comma before their fate ("Two soldiers, Naik Rehmat
    /// Ullah, 31, a resident of Karak, and Sepoy Abdul Wahab, 24, of Kohat, embraced shahadat"),
    /// or nil. Within 40 items, no clause stop but a bracketed age and home, and no number but
    /// an age.
    static func namesAside(_ items: [SentenceItems.Item], at open: Int) -> Int? {
        guard open + 1 < items.count, items[open + 1].kind == .word, items[open + 1].text.first?.isUppercase == true else { return nil }
        var u = open + 2
        while u + 1 < items.count, u <= open + 40 {
            let it = items[u]
            switch it.kind {
            case .number: if !isAge(items, u) { return nil }
            case .punctuation:
                // "Naik Abdul Rehman (age 31 years, resident of District Karak)": each name's
                // age and home in brackets, as ISPR writes them.
                if it.text == "(", let close = (u + 1..<min(items.count, u + 14)).first(where: { items[$0].text == ")" }),
                   !items[(u + 1)..<close].contains(where: { $0.kind == .punctuation && clauseStops.contains($0.text) }) {
                    u = close + 1
                    continue
                }
                if clauseStops.contains(it.text) { return nil }
                let next = items[u + 1]
                if it.text == ",", next.kind == .word, next.text.first?.isLowercase == true,
                   kind(of: next.lower) != nil || fateOpeners.contains(next.lower) {
                    return u
                }
            case .word: break
            }
            u += 1
        }
        return nil
    }

    /// Words that open the victims' fate after an aside naming them ("…, embraced shahadat",
    /// "…, were killed").
    static let fateOpeners: WordSet = ["were", "was", "embraced", "had", "have", "lost", "later", "also"]
    /// Whether "of its own" (their, our) with no noun after it follows the number at `k` ("lost
    /// nine of its own", "nine of their own were killed"): the claimant's own people.
    static func ownPeople(_ items: [SentenceItems.Item], _ k: Int) -> Bool {
        guard k + 3 < items.count, items[k + 1].lower == "of", ["its", "their", "our"].contains(items[k + 2].lower),
              items[k + 3].lower == "own" else { return false }
        return k + 4 == items.count || items[k + 4].kind != .word || prepositions.contains(items[k + 4].lower)
            || auxiliaries.contains(items[k + 4].lower) || items[k + 4].lower == "and"
    }

    /// Verbs of a state before "under treatment" besides ``fateOpeners``.
    static let stillUnder: WordSet = ["remain", "remained", "remains", "are", "is", "still"]

    /// The closing comma of a short aside of words (at most six) opened by the comma at `open`
    /// ("and, by Pakistan’s count, more than 200"), or nil.
    static func commaAside(_ items: [SentenceItems.Item], at open: Int) -> Int? {
        var u = open + 1
        while u < items.count, u <= open + 8 {
            if items[u].text == "," { return u > open + 1 ? u : nil }
            if case .number = items[u].kind { return nil }
            if items[u].kind == .punctuation, !["’", "'"].contains(items[u].text) { return nil }
            u += 1
        }
        return nil
    }

    /// The kind of the nearest casualty participle in the passive before item `k`, within 30
    /// items and no sentence stop ("were killed … , along with"), or of a place among the
    /// casualties ("A boy was among the dead, along with two policemen"), or nil.
    static func passiveBefore(_ items: [SentenceItems.Item], _ k: Int) -> Casualty.Kind? {
        var j = k - 1
        while j >= max(0, k - 30) {
            let it = items[j]
            if it.kind == .punctuation, [".", ";", "?", "!"].contains(it.text) { return nil }
            // ("was shot and wounded near Bagan …, along with two security personnel": the
            // second of two joined participles.)
            if it.kind == .word, activeKill.contains(it.lower) || activeInjure.contains(it.lower),
               isPassive(items, participle: j) || j >= 3 && items[j - 1].lower == "and" && items[j - 2].kind == .word && isPassive(items, participle: j - 2) {
                return activeKill.contains(it.lower) ? .killed : .injured
            }
            if it.lower == "among", j >= 1, j + 2 < k, ["was", "were"].contains(items[j - 1].lower), let fate = fateOfGroup(items, at: j) {
                return fate
            }
            j -= 1
        }
        return nil
    }

    /// A casualty verb before the number, in the same clause.
    func leftKind(_ items: [SentenceItems.Item], from k: Int) -> Casualty.Kind? {
        // A partitive ("eight of them children", "two of whom were commanders") counts even after
        // a passive (below).
        let partitive = Self.isPartOfThem(items, k)
        // A toll's value ("… to 650", "… at 40"), which a phrase after "toll" may stand before.
        let tollValue = k > 0 && (items[k - 1].lower == "to" || items[k - 1].lower == "at")
        // A partitive names part of the nearest count before it: past a passive, that count is
        // a subject of its own ("two were killed and 40 people, five of them children, rescued").
        var pastCount = false
        var j = k - 1
        var reach = k - 12
        while j >= 0, j >= reach {
            let it = items[j]
            defer { j -= 1 }
            switch it.kind {
            case .number:
                pastCount = true
                continue
            case .punctuation:
                if Self.clauseStops.contains(it.text) { return nil }
                // "killed more than 50 people, including 14 members of the security forces, and 21
                // fighters": a closed "including" aside is stepped over whole, its length not
                // counted against the reach.
                if it.text == ",", j >= 2, items[j - 1].kind == .word, j + 1 < items.count, items[j + 1].lower == "and",
                   let open = (max(0, j - 12)..<j).last(where: { items[$0].text == "," }), items[open + 1].lower == "including",
                   open + 2 < j, case .number = items[open + 2].kind {
                    reach -= j - open
                    pastCount = true
                    j = open
                    continue
                }
                // "killed 23 soldiers and, by Pakistan's count, more than 200 fighters", "…, officials
                // said, …": a source's aside between commas is stepped over (not "killing a man,
                // his wife…", where the words between commas are the clause's own).
                if it.text == ",", let open = (max(0, j - 9)..<j).last(where: { items[$0].text == "," && Self.commaAside(items, at: $0) == j }),
                   Self.sourceAsideOpeners.contains(items[open + 1].lower) || Self.reporting.contains(items[j - 1].lower) {
                    j = open
                }
                continue
            case .word: break
            }
            let w = it.lower
            // "All three attackers were shot dead, one at the gate and two inside", "Three were
            // killed, two in Kurram": a passive's figure is its subject; one after it is a part,
            // unless added to it ("were killed, along with at least 14 fighters"), or a partitive.
            if Self.activeKill.contains(w) || Self.activeInjure.contains(w) || w == "dead", Self.isPassive(items, participle: w == "dead" ? j - 1 : j),
               !partitive || pastCount, !(j + 1..<k).contains(where: { Self.additions.contains(items[$0].lower) }) {
                return nil
            }
            if (Self.activeKill.contains(w) || Self.activeInjure.contains(w)) && Self.eitherKind(items, at: j) { return nil }
            if Self.activeKill.contains(w) {
                // "claimed" only as in "claimed the lives of"; "toll" as in "death toll rose to".
                if w == "claimed" { return j + 3 < items.count && items[j + 2].lower == "lives" ? .killed : nil }
                return .killed
            }
            // "11 of them died of their wounds, among them three women and five children".
            if Self.activeInjure.contains(w) { return Self.diedOfWounds(items, j) ? .killed : .injured }
            // "documented the deaths of 10 civilians and injuries to 30 others", "resulted in the
            // death of four people", "the martyrdom of three soldiers".
            if w == "deaths" || w == "death" || w == "martyrdom", j + 2 == k, items[j + 1].lower == "of" { return .killed }
            if w == "injuries", j + 2 == k, items[j + 1].lower == "to" { return .injured }
            if Self.killingNouns.contains(w) {
                return j + 2 == k && items[j + 1].lower == "of" || j + 3 == k && items[j + 1].lower == "of" && items[j + 2].lower == "the" ? .killed : nil
            }
            // "which also cost the lives of four soldiers", "took the lives of 12 people".
            if w == "lives", j + 2 == k, items[j + 1].lower == "of" {
                return (max(0, j - 2)..<j).contains { Self.lifeVerbs.contains(items[$0].lower) } ? .killed : nil
            }
            // "The death toll has risen to 17, with 40 others still in hospital": a figure after
            // "with" is not the toll's (but "along with 14 fighters" adds to the killed).
            if w == "with", j == k - 1, j == 0 || !["along", "together"].contains(items[j - 1].lower) { return nil }
            // "sent eight khwarij to hell": the military's phrase, in the active.
            if w == "sent" || w == "dispatched" {
                let rest = items[(k + 1)...].prefix(6)
                return zip(rest, rest.dropFirst()).contains { $0.lower == "to" && $1.lower == "hell" } ? .killed : nil
            }
            // "the bodies of six labourers were found".
            if w == "bodies", j + 1 < items.count, items[j + 1].lower == "of" { return .killed }
            // "The dead were five boys, four girls and a woman": the people who make up the dead.
            if w == "were" || w == "are", j >= 2, ["the", "those"].contains(items[j - 2].lower), let kind = Self.kind(of: items[j - 1].lower) {
                return kind
            }
            // "the dead included four soldiers", "those injured include two children".
            if Self.includeVerbs.contains(w) {
                var i = j - 1
                while i >= 0, i >= j - 6, items[i].kind == .word {
                    if let kind = Self.kind(of: items[i].lower) { return kind }
                    i -= 1
                }
                return nil
            }
            // "shot dead two policemen", "gunned down three soldiers".
            if Self.endsKilling(items, at: j) {
                return .killed
            }
            if Self.riseVerbs.contains(w) || w == "from" && j > 0 && Self.riseVerbs.contains(items[j - 1].lower) {
                // "the death toll from the blast rose to 40", "the death toll from Friday's
                // bombing at a mosque in Peshawar has risen to 31", "the number of dead rose to
                // 52", "the number of injured reached 100": the subject, back to the clause's start.
                var i = j - 1
                // (A toll's subject may name its happening and place at length: "the death toll
                // from Pakistani air strikes on the Urgun and Barmal districts of Afghanistan's
                // Paktika province has risen to 17".)
                while i >= 0, i >= j - 24, !(items[i].kind == .punctuation && Self.clauseStops.contains(items[i].text)) {
                    let w = items[i].lower
                    // ("the number of people killed or injured rose to 84": both kinds, no figure.)
                    if Self.kind(of: w) != nil, Self.eitherKind(items, at: i) { return nil }
                    if w == "toll" || Self.killedWords.contains(w) { return .killed }
                    if Self.injuredWords.contains(w) { return .injured }
                    i -= 1
                }
                return nil
            }
            // "put the number of dead soldiers at 14": the count of the casualty noun phrase.
            if let kind = Self.kind(of: w), j >= 2, items[j - 1].lower == "of", ["number", "count", "tally"].contains(items[j - 2].lower) {
                // A noun after the casualty word must name people ("dead soldiers", not "dead cattle").
                // ("the number of dead was 14": no noun, the verb.)
                let noun = j + 1 < k && items[j + 1].kind == .word && items[j + 1].lower != "at" && items[j + 1].lower != "to"
                    && !Self.passiveOpeners.contains(items[j + 1].lower) ? items[j + 1].lower : nil
                if noun.map({ CasualtyReader.party($0) != .unknown || Self.people.contains($0) }) ?? true { return kind }
            }
            if w == "to" || w == "at" { continue }
            // "killed 23 soldiers, according to Pakistan, and nine Afghan soldiers": an aside
            // naming a source, which governs no figure.
            if w == "according", j + 1 < k, items[j + 1].lower == "to" { continue }
            // "wounding 10 others as well as 19 civilians": "as well as" joins figures as "and" does.
            if w == "as", j >= 2, items[j - 1].lower == "well", items[j - 2].lower == "as" {
                j -= 2
                continue
            }
            // "bringing the national toll since June 26 to 650", "the toll since the monsoon began
            // on June 26 to 650": a phrase after "toll" tells which toll.
            // (Only for the toll's value after "to" or "at": "the two engagements" in "the number of
            // terrorists killed in the two engagements to 35" counts no dead.)
            if Self.prepositions.contains(w) || Self.isOtherVerb(w), tollValue, Self.tollBefore(items, j) { continue }
            if Self.prepositions.contains(w) || Self.isOtherVerb(w) { return nil }
            // "killing a large number of soldiers and capturing several posts": a coordinated
            // participle governs the figure after it.
            if w.hasSuffix("ing"), w.utf8.count > 5, w != "including", j > 0, items[j - 1].lower == "and" || items[j - 1].text == "," {
                return nil
            }
        }
        return nil
    }

    /// The victims as written: the words after the number, up to the verb or clause boundary.
    func victims(_ items: [SentenceItems.Item], after k: Int, _ document: Document) -> String {
        if Self.ownPeople(items, k) { return "" }
        var words: [Int] = []
        var j = k + 1
        if j + 1 < items.count, items[j].text == "-", items[j + 1].lower == "odd" { j += 2 }
        if j + 1 < items.count, items[j].lower == "of", ["its", "their", "his", "her", "the", "our", "your"].contains(items[j + 1].lower) {
            j += 2
            // "Two of the three attackers": the victims follow the whole.
            if j < items.count, case .number = items[j].kind { j += 1 }
        }
        // "ten people, nine of them children": the part's victims follow "of them".
        if Self.isPartOfThem(items, k), Self.namesPartAfter(items, k) { j = k + 3 }
        // 'killed 45 “khwarij”': the victims in quotation marks.
        if j + 1 < items.count, Self.openingQuotes.contains(items[j].text), items[j + 1].kind == .word { j += 1 }
        // 'killing “15 to 20” fighters': the figure in quotation marks, the victims after them.
        else if k > 0, j + 1 < items.count, Self.openingQuotes.contains(items[k - 1].text), Self.closingQuotes.contains(items[j].text),
                items[j + 1].kind == .word { j += 1 }
        while j < items.count, words.count < 6 {
            let it = items[j]
            // A hyphenated word ("passers-by"): the hyphen and the word after it join the victims.
            if it.text == "-", let last = words.last, items[last].span.end == it.span.start, j + 1 < items.count,
               items[j + 1].kind == .word, items[j + 1].span.start == it.span.end {
                words += [j, j + 1]
                j += 2
                continue
            }
            if it.kind != .word { break }
            let w = it.lower
            // "three abducted FC personnel": a participle before a noun describes the victims.
            let describes = words.isEmpty && Self.isOtherVerb(w) && !Self.reporting.contains(w) && j + 1 < items.count && items[j + 1].kind == .word
                && !Self.prepositions.contains(items[j + 1].lower) && Self.kind(of: items[j + 1].lower) == nil && !Self.auxiliaries.contains(items[j + 1].lower)
            if describes { words.append(j); j += 1; continue }
            // "30 terrorists belonging to Fitna al Khawarij": a participle after the noun opens a
            // description of the victims.
            if !words.isEmpty, w.utf8.count > 5, w.utf8.suffix(3).elementsEqual("ing".utf8) { break }
            // "37 injured passengers", "15 dead bodies": the casualty word describes the noun
            // after it, which names the victims (the kind already says injured or killed).
            if words.isEmpty, Self.killedWords.contains(w) || Self.injuredWords.contains(w), j + 1 < items.count, items[j + 1].kind == .word,
               let c = items[j + 1].text.unicodeScalars.first, c.properties.isLowercase,
               Self.kind(of: items[j + 1].lower) == nil, !Self.auxiliaries.contains(items[j + 1].lower), !Self.prepositions.contains(items[j + 1].lower),
               !Self.isOtherVerb(items[j + 1].lower), !Self.victimEnders.contains(items[j + 1].lower), !Self.victimAdverbs.contains(items[j + 1].lower),
               items[j + 1].lower != "and", items[j + 1].lower != "or", items[j + 1].lower != "to" {
                j += 1
                continue
            }
            if Self.killedWords.contains(w) || Self.injuredWords.contains(w) || Self.auxiliaries.contains(w) && w != "more" && w != "other"
                || Self.prepositions.contains(w) || Self.victimEnders.contains(w) || Self.isOtherVerb(w) || w == "and" || w == "or" || w == "to"
                || Self.victimAdverbs.contains(w) || Self.modals.contains(w)
                || Self.sacrificeVerbs.contains(w) || Self.irregularPastVerbs.contains(w) {
                break
            }
            words.append(j)
            j += 1
        }
        // "1,000 security personnel this year": the victims end where a date begins.
        if let first = words.first, let date = document.dates.first(where: { $0.span.start >= items[first].span.start && $0.span.start < items[words[words.count - 1]].span.end }) {
            words.removeAll { items[$0].span.start >= date.span.start }
        }
        // "wounded 20 more": "more" alone names nobody.
        if words.count == 1, items[words[0]].lower == "more" { return "" }
        guard let first = words.first, let last = words.last else { return "" }
        return document.slice(Span(items[first].span.start, items[last].span.end))
    }

    /// Whether `w` names victims of a side, or people ("soldiers", "civilians", "people").
    static func isVictimNoun(_ w: String) -> Bool {
        securityWords.contains(w) || militantWords.contains(w) || civilianWords.contains(w) || people.contains(w)
    }

    static let securityWords: WordSet = [
        "soldier", "soldiers", "troops", "personnel", "police", "policemen", "policeman", "officers", "officer", "guards", "army",
        "military", "security", "forces", "servicemen", "paramilitary", "frontier", "corps", "levies", "commandos", "major", "colonel",
        "captain", "lieutenant", "brigadier", "sepoy", "sepoys", "havildar", "naik", "subedar", "constable", "constables", "cops",
        "rangers", "jawans", "sergeant", "guard", "trooper", "troopers", "commando", "cop", "jawan", "policewoman", "inspector",
        // "members of the Federal Constabulary", "the Khyber Rifles", "the Tochi Scouts".
        "constabulary", "rifles", "scouts",
    ]
    static let militantWords: WordSet = [
        "fighters", "fighter", "militants", "militant", "taliban", "terrorists", "terrorist", "khwarij", "khawarij", "insurgents",
        "rebels", "commanders", "attackers", "separatists", "gunmen", "assailants", "bombers", "operatives", "jihadists", "khariji",
        "infiltrators", "miscreants", "insurgent", "rebel", "commander", "attacker", "gunman", "bomber", "separatist",
    ]
    static let civilianWords: WordSet = [
        "civilians", "civilian", "children", "women", "students", "residents", "villagers", "worshippers", "worshipers", "passengers",
        "pupils", "tourists", "labourers", "laborers", "workers", "refugees", "family", "families", "passers", "passersby",
        "bystanders", "pedestrians", "shoppers", "farmers", "shopkeepers", "traders", "drivers", "journalists", "doctors", "teachers",
        "girls", "boys", "infants", "cricketers", "players", "mourners", "patients", "miners", "fishermen", "nomads",
        // One person named with "a" or "one" ("a child was among the dead").
        "child", "woman", "boy", "girl", "infant", "baby", "teenager", "schoolboy", "schoolgirl", "student", "pupil", "resident",
        "villager", "passenger", "worker", "labourer", "laborer", "farmer", "shepherd", "shopkeeper", "trader", "driver",
        "journalist", "reporter", "doctor", "teacher", "pedestrian", "worshipper", "mourner", "refugee", "tourist", "pilgrim",
    ]

    /// The party of the victims `who` of the number at `k`, or, when their noun names none
    /// ("three members of the Federal Constabulary", "two of the attackers"), of the body after
    /// "of".
    static func party(_ who: String, _ items: [SentenceItems.Item], after k: Int) -> Casualty.Party {
        let named = party(who)
        guard named == .unknown, let of = items[(k + 1)..<min(items.count, k + 4)].firstIndex(where: { $0.lower == "of" }) else { return named }
        // Up to the clause's end: "killing 12 of them, the military said" names no body.
        let words = items[(of + 1)..<min(items.count, of + 8)].prefix { $0.kind == .word || ["’", "'", "-"].contains($0.text) }
            .filter { $0.kind == .word }.map(\.lower)
        if words.first.map({ ["them", "whom", "those", "these", "which"].contains($0) }) ?? true { return .unknown }
        if words.contains(where: securityWords.contains) { return .securityForces }
        if words.contains(where: militantWords.contains) { return .militants }
        return .unknown
    }

    static func party(_ who: String) -> Casualty.Party {
        let words = Words.lowercased(who)
        if words.contains(where: securityWords.contains) { return .securityForces }
        if words.contains(where: militantWords.contains) { return .militants }
        if words.contains(where: civilianWords.contains) { return .civilians }
        return .unknown
    }
}
