/// Trigger words for each event type, tried in order (the more specific first: a "suicide
/// attack" is not just an attack, a "drone strike" is an air strike).
public enum EventTypes {
    static let phrases: [(type: String, words: [[String]])] = [
        ("suicide-attack", [["suicide", "attack"], ["suicide", "bomber"], ["suicide", "bombing"], ["suicide", "attacks"]]),
        ("air-strike", [["air", "strike"], ["air", "strikes"], ["airstrike"], ["airstrikes"], ["drone", "strike"], ["drone", "attack"], ["aerial", "bombardment"], ["drone", "strikes"], ["bombardment"], ["jets"], ["warplanes"], ["airstrikes"], ["aerial"]]),
        ("ceasefire", [["ceasefire"], ["truce"], ["cease", "fire"]]),
        ("infiltration", [["infiltration"], ["infiltrate"], ["infiltrated"], ["attempted", "infiltrations"], ["infiltrations"], ["tried", "to", "cross"], ["attempted", "to", "cross"]]),
        ("deportation", [["deportation"], ["deported"], ["deport"], ["deportations"], ["expelled"], ["expulsion"], ["repatriation"]]),
        ("appointment", [["appoint"], ["appointed"], ["appointment"], ["designate", "an", "ambassador"], ["upgrade"]]),
        ("explosion", [["explosion"], ["explosions"], ["blast"], ["blasts"], ["bomb"], ["bombing"], ["ied"]]),
        ("raid", [["raid"], ["raids"], ["raided"], ["operation"], ["operations"], ["offensive"], ["crackdown"]]),
        ("clash", [["clash"], ["clashes"], ["clashed"], ["fighting"], ["gunfight"], ["firefight"], ["skirmish"], ["skirmishes"], ["exchange", "of", "fire"], ["exchanged", "fire"], ["hostilities"]]),
        ("attack", [["attack"], ["attacks"], ["attacked"], ["ambush"], ["ambushed"], ["assault"], ["assaults"], ["gunmen"]]),
        ("threat", [["warned"], ["warns"], ["threatened"], ["threatens"], ["open", "war"], ["warning"]]),
        ("talks", [["talks"], ["negotiations"], ["negotiation"], ["met"], ["meeting"], ["dialogue"], ["delegation"], ["delegations"], ["summit"]]),
    ]

    /// Types of violent incidents, the ones casualty figures belong to.
    public static let violent: Set<String> = ["suicide-attack", "air-strike", "explosion", "raid", "clash", "attack", "infiltration"]

    /// The event type a sentence's lowercased words trigger, if any. With `casualties`, a violent
    /// type wins over a ceasefire or talks the same sentence mentions ("after clashes that killed
    /// 23 soldiers, a ceasefire…" reports the clashes' dead).
    public static func type(of words: [String], casualties: Bool = false) -> String? {
        var first: String?
        // Most phrases' first word is absent: rule them out with one set lookup.
        let present = Set(words)
        for (type, options) in phrases where options.contains(where: { present.contains($0[0]) && contains(words, $0) }) {
            if !casualties || violent.contains(type) { return type }
            if first == nil { first = type }
        }
        return first
    }

    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard phrase.count <= words.count else { return false }
        for i in 0...(words.count - phrase.count) where words[i] == phrase[0] {
            if phrase.count == 1 || Array(words[i..<(i + phrase.count)]) == phrase { return true }
        }
        return false
    }
}
