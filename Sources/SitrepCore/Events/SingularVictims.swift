/// Reads casualty figures of one person named with an indefinite article, which the number
/// layer does not hold: "a policeman was martyred", "gunmen shot dead a polio worker and his
/// police escort" (two), "killed a mother and her three children" (the mother; the children are
/// the number's own figure).
///
/// Only a person noun counts (``people``), so "an attack", "a total of 45" or "a number of
/// fighters" name no victim, and the casualty word must govern the noun as a passive after it
/// ("a soldier was killed", "a child died") or as the active verb right before its article
/// ("killed a policeman", "shot dead a journalist"). A bare participle after the noun is the
/// noun's own act ("a suicide bomber killed 13"), not its fate.
struct SingularVictims {
    /// Singular nouns of people a report names as victims.
    static let people: WordSet = [
        "soldier", "policeman", "policewoman", "officer", "constable", "guard", "trooper", "sepoy", "jawan", "commando", "cop",
        "sergeant", "captain", "major", "colonel", "lieutenant", "brigadier", "subedar", "havildar", "naik", "inspector",
        "militant", "fighter", "insurgent", "terrorist", "gunman", "attacker", "bomber", "commander", "rebel", "khariji",
        "civilian", "child", "boy", "girl", "woman", "man", "teenager", "infant", "baby", "toddler", "schoolboy", "schoolgirl",
        "student", "pupil", "teacher", "journalist", "reporter", "photographer", "cameraman", "doctor", "nurse", "paramedic",
        "worker", "labourer", "laborer", "farmer", "shepherd", "shopkeeper", "trader", "driver", "passenger", "passerby", "passer", "bystander",
        "pedestrian", "resident", "villager", "elder", "leader", "cleric", "imam", "politician", "lawmaker", "judge", "lawyer",
        "official", "employee", "engineer", "tourist", "refugee", "pilgrim", "worshipper", "mourner", "activist", "volunteer",
        "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "nephew", "niece", "cousin", "grandson",
        "granddaughter", "grandchild", "grandfather", "grandmother", "uncle", "aunt",
        "escort", "bodyguard", "watchman", "member", "person", "youth", "citizen", "national", "shopowner", "vaccinator",
        "neighbour", "neighbor", "relative", "colleague",
        // Officials by title ("killed an assistant commissioner and four other people").
        "commissioner", "magistrate", "tehsildar", "administrator", "mayor", "governor", "senator", "minister", "councillor",
        "councilor", "legislator", "candidate", "chieftain", "principal", "professor", "scholar", "prosecutor", "spokesman",
        "diplomat", "ambassador", "envoy", "priest", "tribesman", "vendor",
        // Trades and posts a report names a victim by ("shot dead a traffic warden").
        "warden", "cadet", "recruit", "miner", "fisherman", "herder", "barber", "tailor", "mechanic", "conductor", "contractor",
        "clerk", "porter", "courier", "informer", "informant", "preacher", "headman", "chairman", "sentry", "pilot", "caretaker",
        "interpreter", "translator", "surveyor",
    ]
    /// Ordinals that count one more person after a figure ("wounding a third").
    static let ordinals: WordSet = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
    /// Words that open one person's noun phrase: an article or a possessive ("killing its driver",
    /// "a farmer whose brother was killed", "“My son was killed”").
    static let openers: WordSet = ["a", "an", "its", "his", "her", "their", "whose", "my", "our"]
    /// Dashes around an aside ("nine children – five boys and four girls – and a woman"), and
    /// their ASCII stand-ins between spaces.
    static let dashes: WordSet = ["–", "—", "-", "--"]
    /// Possessives and articles that open a second person after "and" ("and his son").
    static let secondOpeners: WordSet = ["his", "her", "their", "a", "an", "another", "its"]

    /// The figures of singular victims in `items`, by the item of their article.
    /// `afterFigure`: the sentence before ended with a figure, which "A third was wounded"
    /// opening this one adds to.
    static func read(_ items: [SentenceItems.Item], _ document: Document, after figures: [CasualtyReader.Figure],
                     afterFigure: Bool = false) -> [CasualtyReader.Figure] {
        var out: [CasualtyReader.Figure] = []
        var pairEnd = -1  // the second person of "a soldier and a police officer" is not read again
        var partEnd = -1  // the last word of a person listed as a part ("including a major")
        for k in items.indices where items[k].kind == .word && k > pairEnd {
            let w = items[k].lower
            let before = k > 0 ? items[k - 1].lower : ""
            // "Both attackers were shot dead", "killed both guards": two people, the number
            // layer holding no figure for "both".
            if w == "both" {
                if let h = pluralHead(items, after: k),
                   let kind = activeVerb(items, before: k) ?? (h + 1 < items.count && items[h + 1].kind == .word ? fateAfter(items, from: h + 1) : nil) {
                    out.append(figure(items, k, through: h, kind: kind, count: 2, document))
                }
                continue
            }
            // "Sepoy Abdul Wahab (age 24, resident of Lakki Marwat) embraced shahadat", "Lt Col
            // Junaid Arif and Major Tayyab Rahat were martyred": people named by rank, in a
            // sentence with no figure of its own (a figure's apposition names its people).
            if figures.isEmpty, out.isEmpty, ranks.contains(w), capitalised(items[k].text),
               k == 0 || !ranks.contains(before) && !openers.contains(before) && before != "the",
               let people = namedByRank(items, from: k) {
                out.append(figure(items, k, from: k, through: people.end, kind: people.kind, count: people.count, document))
                pairEnd = people.end
                continue
            }
            // "killing two policemen and wounding a third", "a fourth died in hospital": one more
            // person, counted by an ordinal after a figure (of this sentence, or of the one before
            // when the ordinal opens this one: "Two policemen were martyred. A third was wounded").
            if w == "a", k + 1 < items.count, Self.ordinals.contains(items[k + 1].lower), !(figures + out).isEmpty || k == 0 && afterFigure {
                let noun = k + 2 < items.count && people.contains(items[k + 2].lower)
                let end = noun ? k + 2 : k + 1
                let after = end + 1
                let closes = after == items.count || items[after].kind == .punctuation || items[after].lower == "and"
                let kind = closes ? activeVerb(items, before: k)
                    : after < items.count && items[after].kind == .word ? fateAfter(items, from: after) : nil
                if let kind {
                    out.append(figure(items, k, through: end, kind: kind, count: 1, document))
                    continue
                }
            }
            // "and the driver": a definite person is one more victim only in a list after a figure,
            // or at the head of a list before a numbered group, the verb right before it
            // ("killing the station house officer and three constables").
            let verbBeforeDefinite = w == "the" && before != "and" ? activeVerb(items, before: k) : nil
            let definiteFirst = verbBeforeDefinite != nil
            // "The driver and 10 other people were killed": a definite subject before a numbered
            // group (the head may follow a possessive: "The train’s driver").
            let subjectDefinite = w == "the" && k == 0
            let definite = w == "the" && before == "and" || definiteFirst || subjectDefinite
            guard openers.contains(w) || definite || w == "another" else { continue }
            let possessor = subjectDefinite && k + 3 < items.count && ["'", "’"].contains(items[k + 2].text) && items[k + 3].lower == "s"
            // Most articles open no person: a set lookup over the next words rules them out first.
            guard items[(k + 1)..<min(items.count, k + 9)].contains(where: { people.contains($0.lower) }),
                  let head = head(items, after: possessor ? k + 3 : k) else {
                if w == "another", let figure = another(items, k, after: figures + out) { out.append(figure) }
                continue
            }
            // "…, residents and a local official said": a source, not a victim.
            if head + 1 < items.count, CasualtyReader.reporting.contains(items[head + 1].lower) { continue }
            // "killed five people, including a child": a part of a figure, which a report does not
            // give as a figure of its own; so is the next person of its list ("11 soldiers
            // including a lieutenant colonel and a major were killed").
            if before == "including" || k >= 2 && before == "them" && items[k - 2].lower == "among"
                || (before == "and" || before == ",") && k >= 2 && k - 2 == partEnd
                || inBreakdown(items, k, of: figures) {
                partEnd = head
                continue
            }
            // "a polio worker and his police escort", "a mother and her three children".
            var end = head
            var count = 1
            var next = head + 1
            // "a boy of 10 was wounded", "a father of three": past the age or the family's size.
            if next + 1 < items.count, items[next].lower == "of", case .number = items[next + 1].kind { next += 2 }
            var sharedKind: Casualty.Kind?
            /// The kind of the figure the number layer read at `number`, the group's own.
            func groupKind(at number: Int) -> Casualty.Kind? { figures.first { $0.item == number && !$0.part }?.casualty.kind }
            if let list = singularList(items, after: head) {
                // "a woman, a child(,) and an elderly man were martyred": three people.
                count = list.count
                end = list.end
                pairEnd = list.end
                next = list.end + 1
            } else if next + 1 < items.count, items[next].lower == "and",
                      secondOpeners.contains(items[next + 1].lower) || items[next + 1].lower == "the" && activeVerb(items, before: k) != nil {
                // ("killing a health worker and the police officer assigned to protect her": a
                // definite second person, unless a verb of its own follows: "killed a policeman
                // and the attacker fled".)
                if let second = Self.head(items, after: next + 1), items[next + 1].lower != "the" || !hasOwnVerb(items, after: second) {
                    count = 2
                    end = second
                    pairEnd = second
                    next = second + 1
                } else if let number = numberedHead(items, after: next + 1) {
                    // The number is a figure of its own, whose kind is the person's too ("Among
                    // the dead were a father and his two sons").
                    sharedKind = groupKind(at: next + 2)
                    next = number + 1
                }
            } else if next + 1 < items.count, items[next].lower == "and", CasualtyReader.lossWords.contains(before),
                      family.contains(items[head].lower), family.contains(items[next + 1].lower) {
                // "who lost his wife and daughter": two relatives under one possessive.
                count = 2
                end = next + 1
                pairEnd = next + 1
                next += 2
            } else if next < items.count, items[next].lower == "and", let number = numberedHead(items, after: next),
                      number + 1 < items.count, items[number + 1].kind == .word {
                // "A woman and three children were killed": the fate after the numbered people is
                // the woman's too; the number is a figure of its own. So is the figure the number
                // layer read there ("A lawyer and two police officers were among those killed").
                if fateAfter(items, from: number + 1) != nil {
                    next = number + 1
                } else {
                    sharedKind = groupKind(at: next + 1)
                }
            }
            // "Its leader, Mullah Fazlullah, was killed": a person named by name is news of that
            // person, not a count (see the definite person below).
            if possessives.contains(w), namedAfter(items, head) { continue }
            var kind: Casualty.Kind?
            if definiteFirst {
                let and = head + 2 < items.count && items[head + 1].lower == "and"
                if and, numberedHead(items, after: head + 1) != nil {
                    // "killing the station house officer and three constables".
                } else if and && (people.contains(items[head + 2].lower) || secondOpeners.contains(items[head + 2].lower) || items[head + 2].lower == "the") {
                    // "the father and son": a pair this reading does not count.
                    continue
                } else if perpetrators.contains(items[head].lower) || !firstNamed(items[head], document) || namedAfter(items, head) {
                    // "the gunman who killed the policeman": a person named before is a victim
                    // already told, or no victim at all; so is the one an attack implies ("Troops
                    // later killed the attacker"). A person named by name ("killed the minister,
                    // Khalil Haqqani") is news of that person, not a count, as the dev set's gold
                    // reads "al-Qaeda leader Ayman al-Zawahiri was killed".
                    continue
                }
                // "killing the driver and wounding three constables": a person first named by
                // their part in the scene is one victim.
                kind = verbBeforeDefinite
            } else if subjectDefinite {
                // The fate after the numbered people is the definite person's too, as an
                // indefinite one's ("A woman and three children were killed"), past an aside.
                guard head + 1 < items.count, items[head + 1].lower == "and", let number = numberedHead(items, after: head + 1) else { continue }
                var after = number + 1
                if after < items.count, items[after].text == ",", let past = pastAsides(items, from: after) { after = past }
                guard after < items.count, items[after].kind == .word, let v = fateAfter(items, from: after) else { continue }
                kind = v
            } else if definite {
                // "killed two militants and the commander fled": the person's own act.
                if next < items.count, items[next].kind == .word, CasualtyReader.isOtherVerb(items[next].lower) || ownActs.contains(items[next].lower)
                    || CasualtyReader.passiveOpeners.contains(items[next].lower) && fateAfter(items, from: next) == nil {
                    continue
                }
            } else if let v = activeVerb(items, before: k) {
                kind = v
            } else if CasualtyReader.lossWords.contains(before), family.contains(items[head].lower) {
                // "he had lost his wife", "lost their son in the attack": a relative lost is dead.
                kind = .killed
            } else if let sharedKind {
                kind = sharedKind
            } else if next < items.count, items[next].kind == .word, let v = fateAfter(items, from: next) {
                kind = v
            } else if next < items.count, leavingVerbs.contains(before), leftStates.contains(items[next].lower),
                      let v = CasualtyReader.kind(of: items[next].lower) {
                // "a roadside bomb hit a police van, leaving a constable dead".
                kind = v
            } else if before == "and", let v = gappedFate(items, at: next, before: k) {
                // "a police constable was shot dead and his colleague injured": the auxiliary of
                // the clause before is left out.
                kind = v
            } else if next < items.count, items[next].lower == "who", let v = fateInRelativeClause(items, from: next + 1) {
                // "A constable who was driving the vehicle sustained bullet wounds": the fate past
                // (or in) a relative clause.
                kind = v
            } else if let verb = pastParticipialPhrase(items, from: next), let v = fateAfter(items, from: verb) {
                // "A 12-year-old boy travelling with them was wounded": the fate past a reduced
                // relative clause.
                kind = v
            } else if next < items.count, items[next].text == ",", let after = pastAsides(items, from: next),
                      after < items.count, items[after].kind == .word, let v = fateAfter(items, from: after) {
                // "A fifth person, a neighbour, was wounded", "A soldier, Sepoy Muhammad Ali, 24,
                // embraced shahadat": the fate past an apposition and an age.
                kind = v
            }
            // "killing nine children – five boys and four girls – and a woman": past a breakdown
            // between dashes, "and" joins the figure before the first dash.
            let opening = before == "and" && k >= 2 && isDash(items, k - 2) ? (0..<(k - 2)).last(where: { isDash(items, $0) }) : nil
            let told = figures + out
            let joined = opening.flatMap { o in told.last(where: { $0.item < o }).map { (figure: $0, end: o + 1) } }
                ?? told.last(where: { $0.item < k }).map { (figure: $0, end: k) }
            if kind == nil, before == "and" || before == ",", let (last, end) = joined, !last.part,
                      coordinated(items, end, after: last.item, comma: before == ","),
                      // After a comma the list goes on ("…, a police officer and a civilian"): not
                      // "killed three soldiers, a convoy commander said".
                      before == "and" || count >= 2 || next < items.count && (items[next].text == "," || items[next].lower == "and") {
                // "killed nine children and a woman", "killed two soldiers, a police officer and a
                // civilian": one more victim of the figure before.
                kind = last.casualty.kind
            }
            guard let kind else { continue }
            out.append(figure(items, k, through: end, kind: kind, count: count, document))
        }
        return out
    }

    /// Relatives, whom "lost his …" names as dead (not "lost his job", "lost her leg").
    static let family: WordSet = [
        "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "nephew", "niece", "cousin", "grandson",
        "granddaughter", "grandchild", "grandfather", "grandmother", "uncle", "aunt", "child", "baby", "infant",
    ]

    /// Possessives that open a person's post ("its leader, Mullah Fazlullah").
    static let possessives: WordSet = ["its", "his", "their", "her"]

    /// People an attack implies, whom "the" names though no sentence before did.
    static let perpetrators: WordSet = ["attacker", "bomber", "gunman"]

    /// Whether a name in apposition follows the person noun at `head` (", Khalil Haqqani").
    static func namedAfter(_ items: [SentenceItems.Item], _ head: Int) -> Bool {
        head + 2 < items.count && items[head + 1].text == "," && items[head + 2].kind == .word && capitalised(items[head + 2].text)
    }

    /// Whether the document's text before `noun` never names it, singular or plural.
    static func firstNamed(_ noun: SentenceItems.Item, _ document: Document) -> Bool {
        let singular = noun.lower.unicodeScalars.count
        let plural = noun.lower + "s"
        for token in document.tokens where token.kind == .word {
            guard token.span.start < noun.span.start else { return true }
            // Only words of the noun's length or one more are read out of the text.
            let length = token.span.length
            guard length == singular || length == singular + 1 else { continue }
            let word = document.slice(token.span).lowercased()
            if word == noun.lower || word == plural { return false }
        }
        return true
    }

    /// Ranks that head a soldier's or a policeman's name ("Sepoy Abdul Wahab", "Lt Col Junaid
    /// Arif"), written out or cut short.
    static let ranks: WordSet = [
        "sepoy", "naik", "lance", "havildar", "subedar", "sowar", "constable", "sergeant", "corporal", "inspector", "captain",
        "major", "lieutenant", "colonel", "brigadier", "lt", "col", "capt", "maj", "brig",
    ]

    static func capitalised(_ text: String) -> Bool { text.unicodeScalars.first?.properties.isUppercase == true }

    /// The people named by rank from `k` ("Naik Imran and Sepoy Ali"), up to four, each a rank
    /// (one or two words) and a capitalised name (up to four words) with an optional bracketed
    /// aside, followed by their fate: how many, their fate and the last name's item.
    static func namedByRank(_ items: [SentenceItems.Item], from k: Int) -> (count: Int, kind: Casualty.Kind, end: Int)? {
        var j = k, count = 0, end = k
        while count < 4 {
            var name = j
            // ("Lt. Col.": a cut-short rank's full stop is part of it.)
            while name < items.count, name < j + 4, items[name].kind == .word && ranks.contains(items[name].lower) || name > j && items[name].text == "." {
                name += 1
            }
            guard name > j else { return nil }
            var last = name
            while last < items.count, last < name + 4, items[last].kind == .word, capitalised(items[last].text),
                  !ranks.contains(items[last].lower) {
                last += 1
            }
            guard last > name else { return nil }
            count += 1
            end = last - 1
            j = last
            if j < items.count, items[j].text == "(", let close = items[j...].prefix(24).firstIndex(where: { $0.text == ")" }) { j = close + 1 }
            guard j + 1 < items.count, items[j].lower == "and" || items[j].text == ",", ranks.contains(items[j + 1].lower) else { break }
            j += 1
        }
        guard j < items.count, items[j].kind == .word, let kind = fateAfter(items, from: j) else { return nil }
        return (count, kind, end)
    }

    /// A list of three or more single people after the person whose noun ends at `head`, each
    /// opened by an article or a possessive, commas between them and "and" (with or without a
    /// serial comma) before the last: how many they are and the last one's head. An apposition
    /// ("a soldier, a resident of Swat, was killed") has no "and" and is no list.
    static func singularList(_ items: [SentenceItems.Item], after head: Int) -> (count: Int, end: Int)? {
        var count = 1
        var j = head + 1
        var last = head
        while j + 1 < items.count, items[j].text == "," {
            var opener = j + 1
            let closing = items[opener].lower == "and"
            if closing { opener += 1 }
            guard opener < items.count, secondOpeners.contains(items[opener].lower), let h = Self.head(items, after: opener) else { return nil }
            count += 1
            last = h
            if closing { return count >= 3 ? (count, last) : nil }
            j = h + 1
            if j + 1 < items.count, items[j].lower == "and", secondOpeners.contains(items[j + 1].lower), let h = Self.head(items, after: j + 1) {
                return (count + 1, h)
            }
        }
        return nil
    }

    /// Whether the article at `k` stands in a breakdown between dashes right after a figure
    /// ("killed 10 civilians – nine children and a woman –"): a part of that figure, which a
    /// report does not give as a figure of its own. The opening dash has an even number of
    /// dashes before it, and the figure's number is at most three items before it.
    static func inBreakdown(_ items: [SentenceItems.Item], _ k: Int, of figures: [CasualtyReader.Figure]) -> Bool {
        // (ASCII text's "--" is two items: one dash, its first.)
        func dash(_ j: Int) -> Bool { isDash(items, j) && !(j > 0 && items[j - 1].text == "-") }
        guard let open = (0..<k).last(where: dash), (0..<open).filter(dash).count.isMultiple(of: 2) else { return false }
        return figures.contains { !$0.part && $0.item < open && open - $0.item <= 3 }
    }

    /// Whether item `j` is a dash (or its ASCII stand-in), not a hyphen inside a word.
    static func isDash(_ items: [SentenceItems.Item], _ j: Int) -> Bool {
        dashes.contains(items[j].text) && !SentenceItems.hyphenJoins(items, at: j)
    }

    /// The figure of `count` people whose words run from after the opener at `k` (or from
    /// `first`, a rank that opens them itself) to `end`.
    static func figure(_ items: [SentenceItems.Item], _ k: Int, from first: Int? = nil, through end: Int, kind: Casualty.Kind, count: Int,
                       _ document: Document) -> CasualtyReader.Figure {
        let who = document.slice(Span(items[first ?? k + 1].span.start, items[end].span.end))
        return CasualtyReader.Figure(item: k, casualty: Casualty(kind: kind, count: count, min: false, vague: false, who: who,
                                                                party: CasualtyReader.party(who), claimedBy: nil,
                                                                claimedByEntity: nil, aggregate: false),
                                     part: false)
    }

    /// The plural person noun right after "both" ("both attackers", "both Pakistani soldiers"),
    /// at most two words on, or nil.
    static func pluralHead(_ items: [SentenceItems.Item], after k: Int) -> Int? {
        for j in (k + 1)..<min(items.count, k + 4) {
            guard items[j].kind == .word else { return nil }
            let w = items[j].lower
            if isPlural(w) { return j }
            if w == "of" || w == "sides" || CasualtyReader.prepositions.contains(w) || CasualtyReader.isOtherVerb(w) { return nil }
        }
        return nil
    }

    static let irregularPlurals: WordSet = ["men", "women", "children", "policemen", "policewomen", "gunmen", "people", "brothers", "sons", "daughters"]

    /// Acts of a person after "and the <person>" that say the person was no victim.
    static let ownActs: WordSet = ["fled", "escaped", "survived", "ran", "got", "managed", "said", "says", "told"]
    /// "leaving a constable dead", "left a child injured": the verb and the state it leaves.
    static let leavingVerbs: WordSet = ["left", "leaving", "leaves", "leave"]
    static let leftStates: WordSet = ["dead", "wounded", "injured"]

    /// Whether a verb of the person's own follows the person ending at `j` ("the attacker fled",
    /// "the driver was arrested"); a participle before "to" or "by" ("the officer assigned to
    /// protect her") is no such verb.
    static func hasOwnVerb(_ items: [SentenceItems.Item], after j: Int) -> Bool {
        guard j + 1 < items.count, items[j + 1].kind == .word else { return false }
        let w = items[j + 1].lower
        if ownActs.contains(w) || CasualtyReader.passiveOpeners.contains(w) || CasualtyReader.auxiliaries.contains(w) { return true }
        return CasualtyReader.isOtherVerb(w) && !(j + 2 < items.count && ["to", "by"].contains(items[j + 2].lower))
    }

    /// "another" standing for one more person after a figure of its sentence: "a policeman was
    /// killed and another wounded", "one soldier died while another was injured", "killing one
    /// and injuring another".
    static func another(_ items: [SentenceItems.Item], _ k: Int, after figures: [CasualtyReader.Figure]) -> CasualtyReader.Figure? {
        guard k > 0, let last = figures.last(where: { $0.item < k }), !last.part else { return nil }
        let before = items[k - 1]
        var kind: Casualty.Kind?
        if ["and", "while", "whereas"].contains(before.lower) || before.text == "," {
            guard k + 1 < items.count, items[k + 1].kind == .word else { return nil }
            kind = CasualtyReader.kind(of: items[k + 1].lower) ?? fateAfter(items, from: k + 1)
        } else if let v = activeVerb(items, before: k) {
            // The object ends there: "injuring another", not "injuring another 12".
            let ends = k + 1 == items.count || items[k + 1].kind == .punctuation
                || items[k + 1].kind == .word && (CasualtyReader.prepositions.contains(items[k + 1].lower) || items[k + 1].lower == "and")
            kind = ends ? v : nil
        }
        guard let kind else { return nil }
        var casualty = last.casualty
        casualty.kind = kind
        casualty.count = 1
        casualty.min = false
        casualty.vague = false
        casualty.aggregate = false
        return CasualtyReader.Figure(item: k, casualty: casualty, part: false)
    }

    /// The index of the person noun an article at `k` opens ("a [senior police] officer"), within
    /// eight items (modifiers, hyphenated or not, and an age such as "10-year-old").
    static func head(_ items: [SentenceItems.Item], after k: Int) -> Int? {
        var j = k + 1
        var found: Int?
        while j < items.count, j <= k + 8 {
            let it = items[j]
            if it.text == "-", j > k + 1, items[j - 1].span.end == it.span.start { j += 1; continue }
            // "a 10-year-old boy" (one number item), "a 45-year-old"-style ages written in pieces.
            if case .number = it.kind, it.lower.hasSuffix("-old") || j + 1 < items.count && items[j + 1].text == "-" { j += 1; continue }
            guard it.kind == .word else { break }
            let w = it.lower
            // "a 12-member team": a noun joined by a hyphen modifies a word after it; "an assistant
            // sub-inspector was shot dead" and "killing a sub-inspector and two constables" end with it.
            let joined = items[j - 1].text == "-" && items[j - 1].span.end == it.span.start
            let modifies = joined && j + 1 < items.count && items[j + 1].kind == .word && items[j + 1].lower != "and" && items[j + 1].lower != "or"
                && !CasualtyReader.passiveOpeners.contains(items[j + 1].lower) && !CasualtyReader.laterDeaths.contains(items[j + 1].lower)
            if people.contains(w), !modifies {
                found = nounEnd(items, at: j)
                if found != j { break }
                // "a child soldier", "a police officer": the last noun of the compound is the head.
                if j + 1 < items.count, items[j + 1].kind == .word, people.contains(items[j + 1].lower) { j += 1; continue }
                break
            }
            if CasualtyReader.prepositions.contains(w) || CasualtyReader.isOtherVerb(w) || w == "and" || w == "or" || w == "of"
                || CasualtyReader.kind(of: w) != nil || CasualtyReader.auxiliaries.contains(w) {
                break
            }
            j += 1
        }
        // An apposition's noun ("a man, 35,") or a possessive ("a soldier's family") names another.
        guard let found, !(found + 1 < items.count && (items[found + 1].text == "’" || items[found + 1].text == "'")) else { return nil }
        return found
    }

    /// The last item of "her three children" after `k` (a possessive or article), when a number
    /// and a person noun follow.
    static func numberedHead(_ items: [SentenceItems.Item], after k: Int) -> Int? {
        guard k + 2 < items.count, case .number = items[k + 1].kind else { return nil }
        func names(_ w: String) -> Bool { CasualtyReader.party(w) != .unknown || CasualtyReader.people.contains(w) || isPlural(w) }
        var j = k + 2
        while j < items.count, j <= k + 6 {
            // "two 12-year-old girls", "three passers-by": an age and a hyphenated noun.
            if SentenceItems.hyphenJoins(items, at: j) { j += 1; continue }
            if case .number = items[j].kind, items[j].lower.hasSuffix("-old") { j += 1; continue }
            guard items[j].kind == .word else { break }
            if names(items[j].lower) {
                // "two police officers": the compound's last noun ends it.
                while j + 1 < items.count, items[j + 1].kind == .word, names(items[j + 1].lower) { j += 1 }
                return nounEnd(items, at: j)
            }
            j += 1
        }
        return nil
    }

    /// The last item of the person noun at `j`: the particle a hyphen joins to it ("a passer-by",
    /// "two passers-by"), else `j`.
    static func nounEnd(_ items: [SentenceItems.Item], at j: Int) -> Int {
        j + 2 < items.count && SentenceItems.hyphenJoins(items, at: j + 1) && items[j + 2].lower == "by" ? j + 2 : j
    }

    /// Whether `w` is the plural of a person noun ("officers", "children").
    static func isPlural(_ w: String) -> Bool {
        irregularPlurals.contains(w) || w.hasSuffix("s") && people.contains(String(w.dropLast()))
    }

    /// Whether the article at `k`, after "and" or a comma, continues the list of victims of the
    /// figure at `last`: at most twelve items between them, all words (or commas of an active
    /// verb's list), none a verb, casualty word or aside ("killing 11 soldiers, including a
    /// lieutenant colonel and a major" names a part).
    static func coordinated(_ items: [SentenceItems.Item], _ k: Int, after last: Int, comma: Bool) -> Bool {
        guard k - last <= 12 else { return false }
        // The objects of an active verb may be listed with commas ("killed two soldiers, a police
        // officer and a civilian"); a subject's figure followed by a comma is broken down by an
        // apposition ("Two returnees, an elderly man and a child, died").
        let list = last > 0 && activeVerb(items, before: last) != nil
        if comma, !list { return false }
        return !items[(last + 1)..<(k - 1)].contains { it in
            switch it.kind {
            case .number: return false
            case .punctuation: return !(list && it.text == ",")
            case .word: return CasualtyReader.isOtherVerb(it.lower) || CasualtyReader.kind(of: it.lower) != nil || it.lower == "and"
                || CasualtyReader.prepositions.contains(it.lower) || it.lower == "including" || it.lower == "among"
            }
        }
    }

    /// The casualty of an active verb right before the article at `k` ("killed a", "injuring
    /// an", "shot dead a", "gunned down a").
    static func activeVerb(_ items: [SentenceItems.Item], before k: Int) -> Casualty.Kind? {
        guard k > 0, items[k - 1].kind == .word else { return nil }
        let w = items[k - 1].lower
        if w != "toll", w != "claimed", CasualtyReader.activeKill.contains(w) { return .killed }
        if CasualtyReader.activeInjure.contains(w) { return .injured }
        return CasualtyReader.endsKilling(items, at: k - 1) ? .killed : nil
    }

    /// The item after the asides that open at the comma `comma`: an apposition (", a
    /// neighbour,"), an age (", 24,"), or an apposition then an age; nil when none closes.
    static func pastAsides(_ items: [SentenceItems.Item], from comma: Int) -> Int? {
        /// Past ", 24," at `c`, a comma: the item after the age's closing comma.
        func pastAge(_ c: Int) -> Int? {
            guard c + 2 < items.count, case .number = items[c + 1].kind, CasualtyReader.isAge(items, c + 1) else { return nil }
            return c + 3
        }
        if let close = CasualtyReader.commaAside(items, at: comma) { return pastAge(close) ?? close + 1 }
        return pastAge(comma)
    }

    /// The item of "was" or "were" after a participle in "-ing" and at most four more words, no
    /// punctuation between ("travelling with them was", "walking past was"), or nil. A casualty
    /// participle ("killing", "wounding") is the person's own act, not a relative clause.
    static func pastParticipialPhrase(_ items: [SentenceItems.Item], from j: Int) -> Int? {
        guard j < items.count, items[j].kind == .word, items[j].lower.hasSuffix("ing"), items[j].lower.utf8.count > 5,
              CasualtyReader.kind(of: items[j].lower) == nil, !CasualtyReader.activeKill.contains(items[j].lower),
              !CasualtyReader.activeInjure.contains(items[j].lower) else { return nil }
        for k in (j + 1)..<min(items.count, j + 6) {
            guard items[k].kind == .word else { return nil }
            if items[k].lower == "was" || items[k].lower == "were" { return k }
        }
        return nil
    }

    /// The first fate said within eight words of `j` (the words after "who"), no punctuation
    /// between: in the relative clause ("who was wounded") or right past it ("who was driving the
    /// vehicle sustained bullet wounds").
    static func fateInRelativeClause(_ items: [SentenceItems.Item], from j: Int) -> Casualty.Kind? {
        var p = j
        while p < items.count, p <= j + 7, items[p].kind == .word {
            if let v = fateAfter(items, from: p) { return v }
            p += 1
        }
        return nil
    }

    /// The fate of a bare participle at `j` whose auxiliary the clause before "and" gives
    /// ("… was shot dead and his colleague injured"): the participle closes the clause (a stop,
    /// a comma or a preposition after it, no object), and "was" or "were" stands before `k`.
    static func gappedFate(_ items: [SentenceItems.Item], at j: Int, before k: Int) -> Casualty.Kind? {
        guard j < items.count, items[j].kind == .word, ["injured", "wounded", "hurt", "killed"].contains(items[j].lower),
              j + 1 == items.count || items[j + 1].kind == .punctuation || CasualtyReader.prepositions.contains(items[j + 1].lower),
              items[..<k].contains(where: { $0.lower == "was" || $0.lower == "were" }) else { return nil }
        return CasualtyReader.kind(of: items[j].lower)
    }

    /// The fate said right after the victim at `j`: a passive ("was killed", "was shot dead"),
    /// "died", "embraced shahadat" or "lost his life".
    static func fateAfter(_ items: [SentenceItems.Item], from j: Int) -> Casualty.Kind? {
        let w = items[j].lower
        if CasualtyReader.laterDeaths.contains(w) { return .killed }  // "a child died"
        // "a soldier embraced shahadat", "a policeman lost his life".
        if j + 1 < items.count, w == "embraced", ["shahadat", "martyrdom"].contains(items[j + 1].lower) { return .killed }
        if j + 2 < items.count, w == "lost", ["his", "her"].contains(items[j + 1].lower), items[j + 2].lower == "life" { return .killed }
        if CasualtyReader.lostLimbs(items, at: j) { return .injured }  // "a teenager lost both hands"
        // "a head constable sustained bullet wounds", "a soldier suffered serious injuries".
        if ["sustained", "suffered", "received"].contains(w),
           items[(j + 1)...].prefix(3).contains(where: { ["injuries", "injury", "wounds", "wound"].contains($0.lower) }) {
            return .injured
        }
        guard CasualtyReader.passiveOpeners.contains(w) else { return nil }
        // "a suicide bomber has killed 12": a perfect is passive only with "been".
        if ["has", "have", "had"].contains(w), !items[(j + 1)...].prefix(3).contains(where: { $0.lower == "been" }) { return nil }
        // "a child was among the dead" is a part of a figure (above).
        if j + 1 < items.count, items[j + 1].lower == "among" { return nil }
        return CasualtyReader.passiveAfterPhrase(items, from: j)
    }
}
