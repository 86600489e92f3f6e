/// Trigger words for each event type, tried in order (the more specific first: a "suicide
/// attack" is not just an attack, a "drone strike" is an air strike).
public enum EventTypes {
    static let phrases: [(type: String, words: [[String]])] = [
        ("suicide-attack", [["suicide", "attack"], ["suicide", "bomber"], ["suicide", "bombers"], ["suicide", "bombing"], ["suicide", "attacks"]]),
        ("air-strike", [["air", "strike"], ["air", "strikes"], ["airstrike"], ["airstrikes"], ["drone", "strike"], ["drone", "attack"], ["aerial", "bombardment"], ["drone", "strikes"], ["bombardment"], ["jets"], ["warplanes"], ["airstrikes"], ["aerial"], ["air", "raid"], ["air", "raids"], ["drones"], ["drone", "struck"], ["drone", "hit"], ["missile", "strike"], ["missile", "strikes"], ["missile", "attack"], ["missile", "attacks"]]),
        ("ceasefire", [["ceasefire"], ["truce"], ["cease", "fire"]]),
        ("infiltration", [["infiltration"], ["infiltrate"], ["infiltrated"], ["attempted", "infiltrations"], ["infiltrations"], ["tried", "to", "cross"], ["attempted", "to", "cross"]]),
        ("deportation", [["deportation"], ["deported"], ["deport"], ["deportations"], ["expelled"], ["expulsion"], ["repatriation"]]),
        ("appointment", [["appoint"], ["appointed"], ["appointment"], ["designate", "an", "ambassador"], ["upgrade"]]),
        ("explosion", [["explosion"], ["explosions"], ["blast"], ["blasts"], ["bomb"], ["bombing"], ["bombings"], ["ied"], ["exploded"], ["explosive", "device"], ["explosive", "devices"], ["explosives", "laden"], ["explosive", "laden"], ["landmine"], ["grenade"], ["detonated"], ["blew", "up"]]),
        ("raid", [["raid"], ["raids"], ["raided"], ["operation"], ["operations"], ["offensive"], ["crackdown"]]),
        ("clash", [["clash"], ["clashes"], ["clashed"], ["fighting"], ["gunfight"], ["firefight"], ["skirmish"], ["skirmishes"], ["exchange", "of", "fire"], ["exchanged", "fire"], ["hostilities"], ["shelling"], ["shelled"], ["artillery"], ["mortar"], ["mortars"], ["cross", "border", "firing"]]),
        ("attack", [["attack"], ["attacks"], ["attacked"], ["ambush"], ["ambushed"], ["assault"], ["assaults"], ["gunmen"], ["stormed"], ["storming"], ["opened", "fire"], ["gunned", "down"], ["shot", "dead"], ["shooting"]]),
        ("threat", [["warned"], ["warns"], ["threatened"], ["threatens"], ["open", "war"], ["warning"]]),
        // Bare "strikes" (not "a strike", often a shutdown): weak, it types a sentence that names
        // nothing else (``weakEntries``).
        ("air-strike", [["strikes"]]),
        ("talks", [["talks"], ["negotiations"], ["negotiation"], ["met"], ["meeting"], ["dialogue"], ["delegation"], ["delegations"], ["summit"]]),
    ]

    /// Types of violent incidents, the ones casualty figures belong to.
    public static let violent: Set<String> = ["suicide-attack", "air-strike", "explosion", "raid", "clash", "attack", "infiltration"]

    /// The phrases' first words, and for each (by its index there) the phrases that start with it:
    /// (index into ``phrases``, the whole phrase).
    static let phrasesByFirstWord: (words: WordSet, values: [[(type: Int, words: [String])]]) =
        WordSet.grouping(phrases.enumerated().flatMap { t, entry in entry.words.map { (word: $0[0], value: (type: t, words: $0)) } })

    /// The event type a sentence's lowercased words trigger, if any. With `casualties`, a violent
    /// type wins over a ceasefire or talks the same sentence mentions ("after clashes that killed
    /// 23 soldiers, a ceasefire…" reports the clashes' dead).
    public static func type(of words: [String], casualties: Bool = false) -> String? {
        // "Air strikes killed 10 civilians, days after a suicide bombing in the capital": the
        // figures belong to the main clause; what follows a span of time and "after" or
        // "before" is another happening, its type used only when the rest names none.
        let other = casualties ? otherHappening(words) : words.count
        // A weak trigger (bare "strikes") counts only where neither part names a type otherwise.
        return type(of: words[..<other], casualties: casualties, weak: false) ?? type(of: words[other...], casualties: casualties, weak: false)
            ?? type(of: words[..<other], casualties: casualties, weak: true) ?? type(of: words[other...], casualties: casualties, weak: true)
    }

    /// Entries of ``phrases`` too vague to stand against another type.
    static let weakEntries: Set<Int> = Set(phrases.indices.filter { phrases[$0].words == [["strikes"]] })

    static func type(of words: ArraySlice<String>, casualties: Bool, weak: Bool) -> String? {
        // One lookup per word finds the phrases that start there; the types found are then taken
        // in the table's order.
        var found = [Bool](repeating: false, count: phrases.count)
        for i in words.indices {
            guard let id = phrasesByFirstWord.words.index(of: words[i]) else { continue }
            let candidates = phrasesByFirstWord.values[id]
            for (t, phrase) in candidates where !found[t] && startsWith(words, at: i, phrase) { found[t] = true }
        }
        var first: String?
        for (t, entry) in phrases.enumerated() where found[t] && (weak || !weakEntries.contains(t)) {
            if !casualties || violent.contains(entry.type) { return entry.type }
            if first == nil { first = entry.type }
        }
        return first
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
