/// Finds who a sentence credits for what it reports: "the army said", "Mujahid said", "according
/// to an AFP tally", "said the military", "security officials said".
struct ClaimReader {
    static let verbs: WordSet = ["said", "says", "say", "added", "adds", "claimed", "claims", "stated", "told", "announced", "confirmed", "admitted", "reported", "alleged", "insisted", "tweeted", "posted", "wrote", "put", "puts", "recorded", "documented"]
    static let pronouns: WordSet = ["it", "he", "she", "they", "we", "i"]
    /// Words that end a claimant read backwards from its verb: relatives, conjunctions and
    /// subordinators ("The truce came hours after Afghan officials said": "Afghan officials").
    static let boundary: WordSet = ["that", "which", "who", "and", "but", "while", "as", "after", "before", "when", "because", "although", "though", "until", "once", "whereas", "where", "if", "unless"]
    /// Words that open a description after a claimant's name ("officials who spoke on condition
    /// of anonymity", "a source speaking to AFP").
    static let relativeOpeners: WordSet = ["who", "whose", "which", "that", "speaking", "citing"]
    /// Sources a report names in pairs ("police and hospital officials", "rescue and health
    /// officials").
    static let sourceNouns: WordSet = ["police", "officials", "army", "military", "rescue", "rescuers", "health", "hospital", "witnesses", "residents", "doctors", "sources", "medics", "authorities"]
    /// Words after which a reporting verb's participle is an adjective ("for alleged strikes",
    /// "the reported toll").
    static let modifierOpeners: WordSet = ["a", "an", "the", "for", "of", "over", "with", "its", "their", "his", "her", "by", "after", "despite"]
    /// What a body issues ("a statement from the ISPR", "figures released by the ministry").
    static let documentNouns: WordSet = ["statement", "statements", "report", "figures", "data", "tally", "count", "post", "release", "estimate", "estimates"]
    static let passiveAuxiliaries: WordSet = ["was", "were", "is", "are", "be", "been", "being"]
    static let articles: WordSet = ["a", "an", "the"]
    /// Punctuation inside a name or noun phrase ("military’s", "Inter-Services").
    static let wordJoiners: WordSet = ["’", "'", "-"]

    /// The span of the claimant as written; nil when the sentence credits nobody. A pronoun
    /// claimant ("it added") is returned too, for the caller to resolve from context.
    func claimant(_ s: SentenceItems) -> Span? {
        let items = s.items
        // "according to X"
        // Indices, not `enumerated()`: each item copied out would retain and release its strings.
        for k in items.indices where items[k].lower == "according" && k + 1 < items.count && items[k + 1].lower == "to" {
            var j = k + 2
            var words: [Int] = []
            while j < items.count, words.count < 14 {  // items: a hyphen or apostrophe counts as one
                if items[j].kind == .punctuation && [",", ".", ";", "(", ")"].contains(items[j].text) { break }
                // "according to two security officials who spoke on condition of anonymity": the
                // relative clause describes the claimant; it is not its name.
                if !words.isEmpty, Self.relativeOpeners.contains(items[j].lower) { break }
                words.append(j)
                j += 1
            }
            // "according to a statement from the ISPR": the body that issued it.
            if words.count >= 4, let from = words.prefix(5).firstIndex(where: { ["from", "by", "issued"].contains(items[$0].lower) }),
               words[..<from].contains(where: { Self.documentNouns.contains(items[$0].lower) }), from + 1 < words.endIndex {
                words = Array(words[(from + 1)...])
                if let first = words.first, items[first].lower == "by" { words.removeFirst() }
            }
            if let a = words.first, let b = words.last { return span(items, a, b) }
        }
        // "TOLOnews quoted Mujahid as saying": the one quoted, not the outlet.
        for k in items.indices where items[k].lower == "quoted" {
            guard k + 2 < items.count, let as_ = (k + 2..<min(items.count, k + 8)).first(where: { items[$0].lower == "as" }), as_ + 1 < items.count,
                  ["saying", "telling"].contains(items[as_ + 1].lower),
                  (k + 1..<as_).allSatisfy({ items[$0].kind == .word || Self.wordJoiners.contains(items[$0].text) })
            else { continue }
            return span(items, k + 1, as_ - 1)
        }
        for k in items.indices where Self.verbs.contains(items[k].lower) || items[k].lower == "saying" {
            // "The military rejected the figures, saying 23 soldiers were killed": the participle
            // credits the subject of the clause it hangs from.
            if items[k].lower == "saying" {
                if k > 0, items[k - 1].text == ",", let subject = clauseSubject(items, before: k - 1) { return subject }
                continue
            }
            // "in retaliation for alleged Pakistani air strikes", "the reported death toll": a
            // participle before a noun credits nobody.
            if k > 0, Self.modifierOpeners.contains(items[k - 1].lower) { continue }
            // "blasts were reported", "as was confirmed": a passive credits nobody.
            if k > 0, Self.passiveAuxiliaries.contains(items[k - 1].lower) { continue }
            // "Pakistan put the death toll at 23": "put" credits its subject only with a figure "at".
            if items[k].lower.hasPrefix("put"), !items[(k + 1)..<min(items.count, k + 9)].contains(where: { $0.lower == "at" }) { continue }
            // "the blast claimed the lives of 12 people" reports a toll, not a claim.
            // "the attack claimed 14 lives", "claimed at least 12 more lives": the same.
            if items[k].lower.hasPrefix("claim"), items[(k + 1)..<min(items.count, k + 6)].contains(where: { $0.lower == "lives" || $0.lower == "life" }) { continue }
            // "an attack claimed by the TTP": a passive with its agent credits nobody.
            if k + 1 < items.count, items[k + 1].lower == "by" { continue }
            // "No group claimed responsibility" takes the blame; it reports nothing.
            if items[k].lower.hasPrefix("claim"), k + 1 < items.count, items[k + 1].lower == "responsibility" || items[k + 1].lower == "credit" { continue }
            // "The Taliban, who said 9 of their fighters were killed, …": the relative's antecedent.
            // (`relativeAntecedent` checks the pronoun, the comma before it and the verb after.)
            if let antecedent = relativeAntecedent(items, opener: k - 1) ?? relativeAntecedent(items, opener: k - 2) { return antecedent }
            // "…, says the military.": the claimant follows the verb and ends the clause.
            if k > 0, items[k - 1].text == ",", let inverted = closingClaimant(items, after: k) ?? invertedName(items, after: k) { return inverted }
            // "X said": the words before the verb, back to a clause boundary.
            var words: [Int] = []
            // "UNAMA has said", "The UN mission (UNAMA) separately said": the subject ends before
            // the auxiliary and the adverb.
            var verbStart = k
            while verbStart > 1, Self.perfectAuxiliaries.contains(items[verbStart - 1].lower) || Self.reportingAdverbs.contains(items[verbStart - 1].lower) {
                verbStart -= 1
            }
            var j = subjectEnd(items, verb: verbStart)
            // "The United Nations Assistance Mission in Afghanistan (UNAMA) said": the name before
            // the acronym, whole (its "in" is no adverbial).
            var nameEnd: Int?
            if j > 0, items[j].text == ")", let open = (max(0, j - 4)..<j).last(where: { items[$0].text == "(" }), open > 0, items[open - 1].kind == .word {
                j = open - 1
                nameEnd = j
            }
            while j >= 0, words.count < 9 {
                let w = items[j]
                if w.kind == .punctuation, !Self.wordJoiners.contains(w.text) { break }
                // A number ends the subject, unless it is part of a name ("Rescue 1122 said").
                if case .number = w.kind, !(j > 0 && items[j - 1].text.first?.isUppercase == true) { break }
                // "and" inside a name ("Centre for Research and Security Studies") is no boundary.
                let inName = w.lower == "and" && j > 0 && items[j - 1].text.first?.isUppercase == true
                    && j + 1 < items.count && items[j + 1].text.first?.isUppercase == true
                // "police and hospital officials said": two sources of one report.
                let inList = w.lower == "and" && j > 0 && Self.sourceNouns.contains(items[j - 1].lower) && j + 1 < k && items[j + 1].kind == .word
                if Self.boundary.contains(w.lower), !inName, !inList {
                    // "A police officer who declined to be named said": the words after "who" tell
                    // of the claimant, who is named before it.
                    if w.lower == "who", !words.isEmpty, j > 0, items[j - 1].kind == .word, !Self.boundary.contains(items[j - 1].lower) {
                        words.removeAll()
                        j -= 1
                        continue
                    }
                    break
                }
                words.insert(j, at: 0)
                j -= 1
            }
            // "The Islamabad-based Pakistan Institute for Conflict and Security Studies": a subject
            // cut at a hyphen by the word limit takes the word before it, and its article.
            if let a = words.first, a > 0, Self.wordJoiners.contains(items[a].text), items[a - 1].kind == .word {
                words.insert(a - 1, at: 0)
                if a > 1, Self.articles.contains(items[a - 2].lower) { words.insert(a - 2, at: 0) }
            }
            if let a = words.first, let end = nameEnd { return span(items, a, end) }
            // "The Taliban put its losses at nine dead, and said 58 soldiers were killed": a
            // verb coordinated with the sentence's first shares its subject.
            if words.isEmpty, k > 0, items[k - 1].lower == "and", let subject = openingSubject(items, before: k) { return subject }
            // Drop time and place adverbials inside the subject ("the military on Saturday").
            if let cut = words.firstIndex(where: { ["on", "in", "late", "early", "earlier", "later", "also", "has", "had", "have", "was"].contains(items[$0].lower) }), cut > 0 {
                words = Array(words[..<cut])
            }
            // Punctuation left at the edges ("- Pakistan said" after a dateline) is not the claimant.
            while let a = words.first, items[a].kind == .punctuation { words.removeFirst() }
            while let b = words.last, items[b].kind == .punctuation { words.removeLast() }
            if let a = words.first, let b = words.last { return span(items, a, b) }
            // ", said X" after a quotation or a comma.
            guard k > 0, items[k - 1].kind == .punctuation else { continue }
            var after: [Int] = []
            j = k + 1
            while j < items.count, after.count < 8, items[j].kind == .word, !Self.boundary.contains(items[j].lower), items[j].lower != "on", items[j].lower != "in" {
                after.append(j)
                j += 1
            }
            if let a = after.first, let b = after.last { return span(items, a, b) }
        }
        return nil
    }

    /// "a claim dismissed by Islamabad, which said 23 of its soldiers had died": the name a
    /// relative clause that reports hangs from, up to four words back to a preposition, verb or
    /// punctuation, or nil.
    func relativeAntecedent(_ all: [SentenceItems.Item], opener k: Int) -> Span? {
        guard k >= 2, ["which", "who"].contains(all[k].lower), all[k - 1].text == ",", k + 1 < all.count else { return nil }
        var verb = k + 1
        if Self.perfectAuxiliaries.contains(all[verb].lower) || Self.reportingAdverbs.contains(all[verb].lower), verb + 1 < all.count { verb += 1 }
        guard Self.verbs.contains(all[verb].lower) else { return nil }
        var j = k - 2, first: Int?
        while j >= 0, k - 2 - j < 4 {
            let it = all[j]
            if it.kind == .punctuation, !Self.wordJoiners.contains(it.text) { break }
            guard it.kind != .punctuation else { j -= 1; continue }
            if it.kind != .word || CasualtyReader.prepositions.contains(it.lower) || Self.boundary.contains(it.lower) || ["to", "of", "with"].contains(it.lower)
                || it.lower.hasSuffix("ed") && it.text.first?.isLowercase == true { break }
            first = j
            j -= 1
        }
        guard let first, all[first].kind == .word else { return nil }
        return Span(all[first].span.start, all[k - 2].span.end)
    }

    /// The last item of the subject before the verb at `k`: the item before it, or across an
    /// apposition. "The Taliban's spokesman, Zabihullah Mujahid, said": the name between the
    /// commas; "Abdullah Baheer, a political analyst in Kabul, said": the name before the
    /// described role; "a security official, speaking on condition of anonymity, said": the
    /// subject before the participle's aside; "The Inter-Services Public Relations (ISPR), the
    /// military's media wing, said": the name before its parenthesised acronym; "Mujahid, in a
    /// post on X, said" and "an official, who requested anonymity, told Reuters": the subject
    /// before a prepositional or relative aside.
    private func subjectEnd(_ items: [SentenceItems.Item], verb k: Int) -> Int {
        let before = k - 1
        guard before > 0, items[before].text == ",", items[before - 1].kind == .word else { return before }
        var start = before - 1
        while start > 0, items[start - 1].kind == .word || Self.wordJoiners.contains(items[start - 1].text) { start -= 1 }
        // The aside opens with an article ("a political analyst") or a participle ("speaking on
        // condition of anonymity").
        let w = items[start].lower
        let aside = Self.articles.contains(w) || w.utf8.count > 5 && w.hasSuffix("ing") || Self.asideOpeners.contains(w)
        guard aside, start > 1, items[start - 1].text == "," else { return before - 1 }
        var end = start - 2
        if items[end].text == ")", let open = (max(0, end - 4)..<end).last(where: { items[$0].text == "(" }), open > 0 { end = open - 1 }
        return items[end].kind == .word ? end : before - 1
    }

    static let perfectAuxiliaries: WordSet = ["has", "have", "had"]
    /// Adverbs between a claimant and its verb ("Mujahid later said", "the ministry separately
    /// said"); a list, since "family" or "Kelly" end in -ly too.
    static let reportingAdverbs: WordSet = [
        "also", "later", "earlier", "separately", "initially", "previously", "repeatedly", "subsequently", "publicly",
        "officially", "privately", "reportedly", "independently", "originally", "again", "further",
    ]
    static let presentStanceVerbs: WordSet = [
        "denies", "deny", "rejects", "reject", "dismisses", "dismiss", "disputes", "dispute", "blames", "blame", "accuses",
        "accuse", "insists", "insist", "maintains", "maintain", "warns", "warn", "responds", "respond", "says", "say", "claims",
    ]

    /// The subject of the sentence's first clause, which ends at `end` (a comma): up to eight
    /// words from the sentence's start to its verb — an auxiliary, a lowercase word in -ed after
    /// the first, a present-tense stance verb ("The Pakistani military has rejected…", "The army
    /// dismissed…", "Kabul denies…") — or nil when no verb is found before `end`. A pronoun
    /// subject is returned too, for the caller to resolve.
    private func clauseSubject(_ items: [SentenceItems.Item], before end: Int) -> Span? {
        var j = 0
        while j < min(end, 8), items[j].kind == .word || Self.wordJoiners.contains(items[j].text) {
            let it = items[j]
            let w = it.lower
            if j > 0, Self.passiveAuxiliaries.contains(w) || Self.perfectAuxiliaries.contains(w) || Self.boundary.contains(w) { break }
            if j > 0, it.text.first?.isLowercase == true, w.utf8.count > 3 && w.hasSuffix("ed") || Self.presentStanceVerbs.contains(w) { break }
            j += 1
        }
        guard j > 0, j < end, items[j].kind == .word, !Self.boundary.contains(items[j].lower) else { return nil }
        return span(items, 0, j - 1)
    }

    /// Words that open an aside between a claimant and its verb besides articles and participles:
    /// "Mujahid, in a post on X, said", "an official, who requested anonymity, told Reuters",
    /// "Pakistan’s military, meanwhile, said", "the Taliban, for their part, said".
    static let asideOpeners: WordSet = [
        "who", "whose", "which", "in", "on", "at", "during", "after", "while", "when", "however", "also", "meanwhile", "too", "though",
        "separately", "instead", "likewise", "similarly", "for", "nevertheless", "nonetheless", "meantime", "then", "later", "earlier",
    ]

    /// The name the sentence opens with ("The Taliban", "Pakistan’s military"), up to six items
    /// before `k`, or nil.
    private func openingSubject(_ items: [SentenceItems.Item], before k: Int) -> Span? {
        var m = 0
        while m < min(k, 6) {
            let it = items[m]
            if it.kind == .punctuation, Self.wordJoiners.contains(it.text) { m += 1; continue }
            guard it.kind == .word else { break }
            let possessed = m >= 2 && items[m - 1].lower == "s" && Self.wordJoiners.contains(items[m - 2].text)
            guard it.text.first?.isUppercase == true || Self.articles.contains(it.lower) || it.lower == "s" || possessed else { break }
            m += 1
        }
        guard m > 0, (0..<m).contains(where: { items[$0].text.first?.isUppercase == true && !Self.articles.contains(items[$0].lower) }) else { return nil }
        return span(items, 0, m - 1)
    }

    /// Up to six words after the verb that run to the end of the clause ("…, said the
    /// military."), or nil.
    private func closingClaimant(_ items: [SentenceItems.Item], after k: Int) -> Span? {
        var j = k + 1
        while j < items.count, items[j].kind == .word, j - k <= 6 { j += 1 }
        guard j > k + 1 else { return nil }
        if j < items.count, !(items[j].kind == .punctuation && [".", ";", "!", "?"].contains(items[j].text)) { return nil }
        // "…, said his son was killed.": a clause reported, not who reports it.
        if items[(k + 1)..<j].contains(where: { Self.clauseWords.contains($0.lower) }) { return nil }
        return span(items, k + 1, j - 1)
    }

    /// A name, or a short noun phrase with an article, right after the verb and closed by a
    /// comma or the sentence's end ("…, said Ali Mohammad Haqmal, head of the information
    /// department", "…, said the army, adding that…"), or nil.
    private func invertedName(_ items: [SentenceItems.Item], after k: Int) -> Span? {
        guard k + 1 < items.count else { return nil }
        let withArticle = Self.articles.contains(items[k + 1].lower)
        var j = withArticle ? k + 2 : k + 1
        while j < items.count, j - k <= 6, items[j].kind == .word || Self.wordJoiners.contains(items[j].text),
              withArticle || items[j].text.first?.isUppercase == true || Self.wordJoiners.contains(items[j].text) || items[j].lower == "s",
              !Self.pronouns.contains(items[j].lower), !Self.clauseWords.contains(items[j].lower) { j += 1 }
        guard j > (withArticle ? k + 2 : k + 1), j == items.count || [",", ".", ";"].contains(items[j].text) else { return nil }
        return span(items, k + 1, j - 1)
    }

    /// Words that make the run after the verb a clause ("said the group had retreated"), not a name.
    static let clauseWords: WordSet = ["had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "did", "killed", "died", "that"]

    /// Verbs of a body's stance on what another side says ("Afghanistan’s defence ministry rejected
    /// the account").
    static let stanceVerbs: WordSet = ["rejected", "denied", "dismissed", "disputed", "refuted", "rebuffed", "condemned", "accused", "blamed"]
    /// Heads of a body or its voice that a later "it said" or "he said" stands for.
    static let bodyHeads: WordSet = [
        "ministry", "military", "army", "government", "spokesman", "spokesperson", "spokeswoman", "officials", "official", "police",
        "office", "department", "administration", "authorities", "taliban", "command", "forces", "wing", "mission", "embassy",
    ]

    /// The subject of a sentence that opens with a body taking a stance ("Afghanistan’s defence
    /// ministry rejected the account"): the body a pronoun claimant of the next sentences stands
    /// for ("It said Pakistani forces had shelled …"). Nil when the sentence credits anyone itself
    /// or opens otherwise.
    func stanceSubject(_ s: SentenceItems) -> Span? {
        let items = s.items
        guard let verb = items.prefix(8).firstIndex(where: { Self.stanceVerbs.contains($0.lower) }), verb >= 1,
              items[..<verb].allSatisfy({ $0.kind == .word || Self.wordJoiners.contains($0.text) }),
              items[verb - 1].kind == .word, Self.bodyHeads.contains(items[verb - 1].lower) else { return nil }
        return span(items, 0, verb - 1)
    }

    private func span(_ items: [SentenceItems.Item], _ a: Int, _ b: Int) -> Span {
        Span(items[a].span.start, items[b].span.end)
    }
}
