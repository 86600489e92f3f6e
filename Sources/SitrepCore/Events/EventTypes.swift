/// Trigger words for each event type, tried in order (the more specific first: a "suicide
/// attack" is not just an attack, a "drone strike" is an air strike).
public enum EventTypes {
    static let phrases: [(type: String, words: [[String]])] = [
        ("suicide-attack", [["suicide", "attack"], ["suicide", "bomber"], ["suicide", "bombers"], ["suicide", "bombing"], ["suicide", "attacks"]]),
        ("air-strike", [["air", "strike"], ["air", "strikes"], ["airstrike"], ["airstrikes"], ["drone", "strike"], ["drone", "attack"], ["aerial", "bombardment"], ["drone", "strikes"], ["bombardment"], ["jets"], ["warplanes"], ["airstrikes"], ["aerial"], ["air", "raid"], ["air", "raids"], ["drones"], ["drone", "struck"], ["drone", "hit"], ["missile", "strike"], ["missile", "strikes"], ["missile", "attack"], ["missile", "attacks"]]),
        ("ceasefire", [["ceasefire"], ["truce"], ["cease", "fire"], ["pause", "in", "the", "fighting"], ["pause", "in", "fighting"], ["halt", "to", "the", "fighting"], ["halt", "the", "fighting"]]),
        ("infiltration", [["infiltration"], ["infiltrate"], ["infiltrated"], ["attempted", "infiltrations"], ["infiltrations"], ["tried", "to", "cross"], ["attempted", "to", "cross"]]),
        ("deportation", [["deportation"], ["deported"], ["deport"], ["deportations"], ["expelled"], ["expulsion"], ["repatriation"]]),
        ("appointment", [["appoint"], ["appointed"], ["appointment"], ["appoints"], ["appointing"], ["designate", "an", "ambassador"], ["upgrade"], ["as", "its", "ambassador"], ["as", "ambassador"], ["new", "ambassador"], ["named", "an", "ambassador"]]),
        ("explosion", [["explosion"], ["explosions"], ["blast"], ["blasts"], ["bomb"], ["bombing"], ["bombings"], ["ied"], ["exploded"], ["explosive", "device"], ["explosive", "devices"], ["explosives", "laden"], ["explosive", "laden"], ["landmine"], ["grenade"], ["detonated"], ["blew", "up"]]),
        ("raid", [["raid"], ["raids"], ["raided"], ["operation"], ["operations"], ["offensive"], ["crackdown"]]),
        ("clash", [["clash"], ["clashes"], ["clashed"], ["fighting"], ["gunfight"], ["firefight"], ["skirmish"], ["skirmishes"], ["exchange", "of", "fire"], ["exchanged", "fire"], ["exchanged", "heavy", "fire"], ["exchange", "fire"], ["exchanging", "fire"], ["traded", "fire"], ["trade", "fire"], ["trading", "fire"], ["exchanged", "gunfire"], ["exchange", "of", "gunfire"], ["hostilities"], ["shelling"], ["shelled"], ["artillery"], ["mortar"], ["mortars"], ["cross", "border", "firing"]]),
        ("attack", [["attack"], ["attacks"], ["attacked"], ["ambush"], ["ambushed"], ["assault"], ["assaults"], ["gunmen"], ["stormed"], ["storming"], ["opened", "fire"], ["gunned", "down"], ["shot", "dead"], ["shooting"]]),
        // Natural hazards and accidents: their dead are no attack's.
        ("disaster", [["earthquake"], ["earthquakes"], ["quake"], ["quakes"], ["aftershock"], ["aftershocks"], ["flood"], ["floods"], ["flooding"], ["landslide"], ["landslides"], ["cloudburst"], ["cloudbursts"], ["avalanche"], ["avalanches"], ["monsoon", "rains"], ["heatwave"],
                      ["capsized"], ["drowned"], ["stampede"], ["roof", "collapsed"], ["roof", "caved", "in"], ["train", "derailed"], ["fire", "broke", "out"], ["road", "accident"],
                      ["traffic", "accident"]]),
        ("threat", [["warned"], ["warns"], ["threatened"], ["threatens"], ["open", "war"], ["warning"]]),
        ("talks", [["talks"], ["negotiations"], ["negotiation"], ["met"], ["meeting"], ["dialogue"], ["delegation"], ["delegations"], ["summit"]]),
    ]

    /// Triggers too vague to stand against another type, used only where no phrase of ``phrases``
    /// names one: bare "strikes" (not "a strike", often a shutdown).
    static let weakPhrases: [(type: String, words: [[String]])] = [("air-strike", [["strikes"]])]
    /// ``phrases`` then ``weakPhrases``: an entry's index here is its index in ``found(in:)``.
    static let allPhrases = phrases + weakPhrases

    /// Types of violent incidents, the ones casualty figures belong to.
    public static let violent: WordSet = ["suicide-attack", "air-strike", "explosion", "raid", "clash", "attack", "infiltration"]

    /// The phrases' first words, and for each (by its index there) the phrases that start with it:
    /// (index into ``allPhrases``, the whole phrase).
    static let phrasesByFirstWord: (words: WordSet, values: [[(type: Int, words: [String])]]) =
        WordSet.grouping(allPhrases.enumerated().flatMap { t, entry in entry.words.map { (word: $0[0], value: (type: t, words: $0)) } })

    /// The event type a sentence's lowercased words trigger, if any. With `casualties`, a violent
    /// type wins over a ceasefire or talks the same sentence mentions ("after clashes that killed
    /// 23 soldiers, a ceasefire…" reports the clashes' dead).
    public static func type(of words: [String], casualties: Bool = false) -> String? {
        // "Air strikes killed 10 civilians, days after a suicide bombing in the capital": the
        // figures belong to the main clause; what follows a span of time and "after" or
        // "before" is another happening, its type used only when the rest names none.
        var words = words
        let other = casualties ? otherHappening(words) : words.count
        var main = found(in: words[..<other]), rest = found(in: words[other...])
        // "Balochistan has been hit by a wave of attacks this year": a trend, no happening (looked
        // for only where a type was found).
        if !casualties, main.contains(true), let plain = withoutTrends(words) {
            words = plain
            main = found(in: words[...])
        }
        // "exchanged fire … in the first serious breach of a ceasefire": a truce broken is the
        // setting of the fighting the sentence reports, not its happening.
        // "300 people have been killed since January, when the truce collapsed": the same with
        // casualties and no violent word.
        if main[truceEntry] || rest[truceEntry], brokenTruce(words), casualties || violentEntries.contains(where: { main[$0] || rest[$0] }) {
            main[truceEntry] = false
            rest[truceEntry] = false
        }
        return pick(main, casualties: casualties, weak: false) ?? pick(rest, casualties: casualties, weak: false)
            ?? pick(main, casualties: casualties, weak: true) ?? pick(rest, casualties: casualties, weak: true)
    }

    /// Which entries of ``allPhrases`` the words hold: one lookup per word finds the phrases that
    /// start there.
    static func found(in words: ArraySlice<String>) -> [Bool] {
        var found = [Bool](repeating: false, count: allPhrases.count)
        for i in words.indices {
            guard let id = phrasesByFirstWord.words.index(of: words[i]) else { continue }
            for (t, phrase) in phrasesByFirstWord.values[id] where !found[t] && startsWith(words, at: i, phrase) { found[t] = true }
        }
        return found
    }

    /// The first type found in table order (``phrases``, or with `weak` ``weakPhrases``); with
    /// `casualties`, the first violent one if any.
    static func pick(_ found: [Bool], casualties: Bool, weak: Bool) -> String? {
        var first: String?
        for t in weak ? phrases.count..<allPhrases.count : 0..<phrases.count where found[t] {
            let type = allPhrases[t].type
            if !casualties || violent.contains(type) { return type }
            if first == nil { first = type }
        }
        return first
    }

    /// The index of the ceasefire entry in ``phrases``, and those of the violent types in
    /// ``allPhrases`` (bare "strikes" is violent too).
    static let truceEntry = phrases.firstIndex { $0.type == "ceasefire" }!
    static let violentEntries = allPhrases.indices.filter { violent.contains(allPhrases[$0].type) }

    /// Words before a truce's name that say it was broken ("breach of a ceasefire", "violated
    /// the truce").
    static let breakingWords: WordSet = ["breach", "breaches", "breached", "breaching", "violation", "violations", "violated", "violating",
                                         "violate", "broke", "broken", "break", "despite", "scrapped", "abandoned"]
    /// Words after a ceasefire that say it is over ("the truce collapsed", "broke down"; not
    /// "ended", which may take an object: "the truce ended a week of clashes").
    static let endingWords: WordSet = ["collapsed", "collapses", "expired", "lapsed", "broke", "crumbled", "failed", "unravelled", "unraveled"]

    /// Whether a ceasefire or truce the words name is one broken: a breaking word up to four
    /// words before it, or an ending word up to three after it.
    static func brokenTruce(_ words: [String]) -> Bool {
        words.indices.contains { i in
            (words[i] == "ceasefire" || words[i] == "truce") && (words[max(0, i - 4)..<i].contains { breakingWords.contains($0) }
                || words[(i + 1)..<min(words.count, i + 4)].contains { endingWords.contains($0) })
        }
    }

    /// Words of a trend before "of" or "in" ("a wave of attacks", "a rise in bombings"; not "a
    /// series of explosions", which may be one night's).
    static let trendWords: WordSet = [
        "wave", "waves", "spate", "surge", "rise", "increase", "upsurge", "uptick", "resurgence", "escalation",
        "spike", "decline", "drop", "fall", "number", "frequency",
    ]
    /// Plural happenings a trend counts.
    static let trendNouns: WordSet = [
        "attacks", "bombings", "blasts", "explosions", "strikes", "airstrikes", "raids", "clashes", "ambushes", "shootings", "killings",
        "operations", "incidents", "assaults",
    ]

    /// Verbs a trend's happenings take ("attacks have surged", "bombings rose sharply"); not
    /// "intensified" or "escalated", said of fighting under way.
    static let trendVerbs: WordSet = [
        "surged", "soared", "rose", "risen", "increased", "spiked", "declined", "fell", "fallen", "dropped", "doubled", "tripled",
        "grown", "grew", "mounted", "jumped",
    ]

    /// `words` with each plural happening of a trend blanked ("a wave of attacks", "a rise in
    /// militant attacks", "stepped up attacks", "attacks by armed groups have surged"), so that it
    /// triggers no type; nil when there is none.
    static func withoutTrends(_ words: [String]) -> [String]? {
        var out = words
        var blanked = false
        for i in words.indices where trendNouns.contains(words[i]) {
            let verbAfter = words[(i + 1)..<min(words.count, i + 9)].contains { trendVerbs.contains($0) }
            // Up to one modifier between ("a wave of militant attacks").
            let trendBefore = [i - 1, i - 2].contains { j in
                j >= 1 && ((words[j] == "of" || words[j] == "in") && trendWords.contains(words[j - 1])
                    || words[j] == "up" && ["stepped", "step", "stepping", "ramped", "stepped-up"].contains(words[j - 1]))
            }
            if verbAfter || trendBefore {
                out[i] = ""
                blanked = true
            }
        }
        return blanked ? out : nil
    }

    static let timeSpans: WordSet = ["hours", "days", "weeks", "months", "years", "day", "week", "month", "year"]

    /// Where "days after", "a week before"… opens a reference to another happening (the words'
    /// end when none does). At the sentence's start ("Days after the talks failed, …") it sets
    /// the scene for what follows, so it is not counted.
    static func otherHappening(_ words: [String]) -> Int {
        var i = 2
        while i < words.count {
            if words[i] == "after" || words[i] == "before", timeSpans.contains(words[i - 1]) { return i }
            i += 1
        }
        return words.count
    }

    static func startsWith(_ words: ArraySlice<String>, at i: Int, _ phrase: [String]) -> Bool {
        guard i + phrase.count <= words.endIndex else { return false }
        for k in 1..<phrase.count where words[i + k] != phrase[k] { return false }
        return true
    }
}
