/// Finds the villages and localities the gazetteer does not list, where the text itself says
/// that a name is one: "the village of Hassu Khel", "the Domel area of Bannu district",
/// "Chaman’s Killi Luqman area", "in Ochat village", "near Sultan Kot in Shikarpur district",
/// "attacked a convoy near Kunj Alizai, killing 15".
///
/// Requires: `tokens`, `sentences`, `places`, `entities`. Produces: `places`.
///
/// News of the border names villages by the hundred, most of them absent from GeoNames'
/// populated places; these phrases name them unmistakably. Such a place is located at the
/// listed place that holds it: the one its phrase names ("of Bannu district", "Chaman’s"), else
/// the nearest one named before it (below a country, at most ``reach`` characters back), else
/// the first named after it in its sentence; with none, the name is left out. Its entry takes
/// that place's country, admin units and coordinates, and an id `unlisted:<name>.<holder>`
/// ("unlisted:domel.bannu"), so that a consumer can tell an approximate location from a listed one.
public struct FindUnlistedPlaces: Stage {
    public static let requires: Set<Layer> = [.tokens, .sentences, .places, .entities]
    public static let produces: Set<Layer> = [.places]

    /// How far back (in characters) the nearest listed place may stand to hold a new one.
    static let reach = 1500
    /// How far back (in characters) a town or district wins over a province named after it.
    static let near = 300
    /// Unit words before "of" and the name ("the village of Ochat", "the Peshawar suburb of
    /// Board Bazaar").
    static let unitsBefore: WordMap<PlaceEntry.Kind> = [
        "village": .village, "villages": .village, "town": .town, "towns": .town, "hamlet": .village, "suburb": .other,
        "suburbs": .other,
    ]
    /// Unit words after the name ("the Domel area", "Ochat village", "the Kumrat valley").
    /// Plural ones name each place of a list before them ("the Bhara Kahu and Tarnol areas").
    static let unitsAfter: WordMap<PlaceEntry.Kind> = [
        "area": .other, "areas": .other, "village": .village, "villages": .village, "locality": .other, "crossing": .other,
        "valley": .other, "neighbourhood": .other, "neighborhood": .other, "neighbourhoods": .other, "neighborhoods": .other,
        // Districts and tehsils new since GeoNames' extracts ("the Sherani district", "the Safi
        // tehsil of Mohmand").
        "district": .district, "tehsil": .district,
    ]
    /// First letters of the unit words above, which rule most tokens out before a string is made.
    static let unitInitials: ScalarSet = ["v", "t", "h", "a", "l", "c", "d", "s"]
    /// Words that may follow the unit word of an appositive ("Hurmaz, a village near Mir Ali").
    static let afterAppositiveUnit: WordSet = [
        "near", "in", "on", "of", "outside", "along", "close", "about", "some", "just", "north", "south", "east", "west",
        "northeast", "northwest", "southeast", "southwest", "bordering", "where", "which", "that",
    ]
    /// Words before a name that ends in a unit word ("the Domel area", "in Ochat village").
    static let openers: WordSet = ["the", "in", "near", "at", "from", "outside", "inside", "around"]
    /// Words before a capitalised adjective, not a name ("a Shinwari village", "their Mohmand village").
    static let determiners: WordSet = [
        "a", "an", "one", "another", "each", "every", "any", "his", "her", "their", "its", "our", "my", "your", "this", "that",
        "these", "those",
    ]
    /// People named by where they live, before "of" and a place's name ("residents of Matre Dara").
    static let dwellers: WordSet = ["residents", "inhabitants", "villagers"]
    /// First letters of the words above.
    static let dwellerInitials: ScalarSet = ["r", "i", "v", "R", "I", "V"]
    /// Possessives of people before "village" or "town" ("her village, Ghakhi,").
    static let personalPossessives: WordSet = ["his", "her", "their", "our", "my"]
    /// Capitalised words that open no place's name here: sides, directions and kinds of area
    /// ("the Afghan border area", "the Red Zone area", "the Tribal Areas").
    static let notNames: WordSet = [
        "the", "a", "an", "this", "that", "afghan", "pakistani", "indian", "iranian", "chinese", "baloch", "pashtun", "taliban",
        "tribal", "border", "red", "green", "federal", "capital", "northern", "southern", "eastern", "western", "central", "upper",
        "lower", "north", "south", "east", "west", "old", "new", "city", "district", "province", "provincial", "local", "rural",
        "residential", "military", "army", "police", "security", "shia", "sunni", "muslim", "christian", "hindu", "sikh",
    ]

    /// Common nouns for a place whose possessive opens a locality's name ("the city’s Saddar
    /// area").
    static let placeNouns: WordSet = ["city", "town", "district", "province", "capital", "region", "tehsil", "village", "valley"]

    /// Last words of a building's or a facility's name, which names no locality ("at Shahwani
    /// Stadium in Quetta district").
    static let buildingWords: WordSet = [
        "stadium", "station", "school", "college", "university", "hospital", "camp", "market", "bazaar", "mosque", "prison", "jail",
        "airport", "airbase", "base", "checkpoint", "court", "complex", "hotel", "centre", "center", "square", "road", "highway",
        "bridge", "cantonment", "club", "park", "street", "house", "office", "headquarters", "academy", "institute", "dam", "plaza",
        "chowk",
    ]

    /// Titles of people, which open no place's name ("near Commissioner Hamza Shafqaat").
    static let titles = WordSet(MatchNames.personalTitles.words + [
        "commissioner", "governor", "deputy", "inspector", "superintendent", "chief", "mawlawi", "maulvi", "molvi", "prince", "king",
        "sepoy", "naik", "havildar", "subedar", "constable", "lance", "officer", "prime", "premier", "ambassador", "envoy",
    ])

    /// Last words of a public body's name after a town's possessive ("in Karachi’s Municipal
    /// Corporation").
    static let bodyWords: WordSet = [
        "police", "ministry", "assembly", "council", "board", "department", "authority", "corporation", "government", "press", "bar",
        "chamber", "party", "administration", "committee", "commission", "office", "force", "forces", "army", "court", "courts",
    ]

    public init() {}

    public func process(_ document: inout Document) throws(StageError) {
        let words = document.tokens.filter { $0.kind == .word }
        guard words.count >= 3 else { return }
        let scalars = document.scalars
        // Words are compared as strings only around a unit word, which few tokens are: a token
        // is first ruled out by its length and first letter, with no string made.
        func lower(_ i: Int) -> String { document.slice(words[i].span).lowercased() }
        func mayBeUnit(_ i: Int) -> Bool {
            let span = words[i].span, length = span.end - span.start
            // ("neighbourhood" and its kin, the only long ones, open with "n".)
            return length >= 4 && length <= 8 && Self.unitInitials.contains(scalars[span.start])
                || length >= 12 && length <= 14 && scalars[span.start] == "n"
        }
        // Spans already named (places and entities): a name overlapping one is not new.
        func overlapsNamed(_ span: Span) -> Bool {
            document.places.contains { $0.span.start < span.end && span.start < $0.span.end }
                || document.entities.contains { $0.span.start < span.end && span.start < $0.span.end }
        }
        /// Whether the word at `i` is written in lower case somewhere in the article: a common
        /// word, not a name.
        func lowercaseElsewhere(_ i: Int) -> Bool {
            let w = scalars[words[i].span.start..<words[i].span.end]
            return words.contains { t in
                t.span.end - t.span.start == w.count && scalars[t.span.start].properties.isLowercase
                    && zip(scalars[t.span.start..<t.span.end], w).allSatisfy { ($0.value | 0x20) == ($1.value | 0x20) }
            }
        }

        /// The index of the first word starting at or after `offset` (`words.count` when none).
        func firstWord(from offset: Int) -> Int {
            var lo = 0, hi = words.count
            while lo < hi { let mid = (lo + hi) / 2; if words[mid].span.start < offset { lo = mid + 1 } else { hi = mid } }
            return lo
        }
        /// Whether only one space separates words `a` and `b` (no punctuation between them).
        func adjacent(_ a: Int, _ b: Int) -> Bool {
            words[b].span.start == words[a].span.end + 1 && scalars[words[a].span.end] == " "
        }
        /// Whether only ", " separates words `a` and `b`.
        func commaBetween(_ a: Int, _ b: Int) -> Bool {
            words[b].span.start == words[a].span.end + 2 && scalars[words[a].span.end] == "," && scalars[words[a].span.end + 1] == " "
        }
        /// Whether word `i` may be part of a new place's name: capitalised ASCII letters.
        func nameWord(_ i: Int) -> Bool {
            let letters = scalars[words[i].span.start..<words[i].span.end]
            guard let first = letters.first, first.value >= 0x41, first.value <= 0x5A, letters.count >= 3,
                  letters.allSatisfy({ ($0.value | 0x20) >= 0x61 && ($0.value | 0x20) <= 0x7A }) else { return false }
            let w = lower(i)
            return !Self.notNames.contains(w) && CalendarNames.months[w] == nil && CalendarNames.weekdays[w] == nil && !lowercaseElsewhere(i)
        }

        /// The end (exclusive) of the run of up to three name words, one space apart, that
        /// starts at word `start` (`start` itself when it is no name word).
        func nameRun(from start: Int) -> Int {
            var end = start
            while end < words.count, end < start + 3, nameWord(end), end == start || adjacent(end - 1, end) { end += 1 }
            return end
        }
        /// The start of the run of up to three name words, one space apart, that ends right
        /// before word `end` (`end` itself when the word before it is no name word).
        func nameRun(endingBefore end: Int) -> Int {
            var start = end
            while start > 0, start > end - 3, nameWord(start - 1), start == end || adjacent(start - 1, start) { start -= 1 }
            return start
        }

        /// The start of the run of name words ending right before word `end`, after an opener
        /// other than "the" ("near Sultan Kot", "in Fateh Khel"), with no building's word in it;
        /// nil otherwise.
        func openedName(endingBefore end: Int) -> Int? {
            let start = nameRun(endingBefore: end)
            guard start < end, start > 0, adjacent(start - 1, start) else { return nil }
            let opener = lower(start - 1)
            guard opener != "the", Self.openers.contains(opener),
                  !(start..<end).contains(where: { Self.buildingWords.contains(lower($0)) }) else { return nil }
            return start
        }
        /// Whether a phrase ends at `offset`: the text's end or a comma, full stop, semicolon or
        /// closing bracket.
        func endsPhrase(at offset: Int) -> Bool { offset >= scalars.count || [",", ".", ";", ")"].contains(scalars[offset]) }

        /// The word that opens a sector's code ("I-12", "G-9/4": capitals, a hyphen, digits)
        /// standing one space before word `w`, or nil.
        func sectorCode(endingBefore w: Int) -> Int? {
            let end = words[w].span.start - 1
            guard end > 0, scalars[end] == " ", w >= 1 else { return nil }
            let code = w - 1
            let start = words[code].span.start
            guard start > 0, scalars[start - 1] == " ", words[code].span.end - start <= 2,
                  scalars[start..<words[code].span.end].allSatisfy({ $0.value >= 0x41 && $0.value <= 0x5A }) else { return nil }
            let rest = scalars[words[code].span.end..<end]
            guard rest.count >= 2, rest.first == "-",
                  rest.dropFirst().allSatisfy({ ("0"..."9").contains($0) || $0 == "/" }) else { return nil }
            return code
        }

        /// The index of the "a" or "an" before unit word `i`, right before it or before one
        /// lowercase adjective ("a remote village"), or nil.
        func appositiveArticle(before i: Int) -> Int? {
            guard i >= 2 else { return nil }
            if ["a", "an"].contains(lower(i - 1)), adjacent(i - 1, i) { return i - 1 }
            if i >= 3, ["a", "an"].contains(lower(i - 2)), adjacent(i - 2, i - 1), adjacent(i - 1, i),
               scalars[words[i - 1].span.start].properties.isLowercase {
                return i - 2
            }
            return nil
        }
        /// Whether unit word `i` ends its noun phrase: punctuation or a preposition follows it.
        func unitEndsPhrase(_ i: Int) -> Bool {
            if endsPhrase(at: words[i].span.end) { return true }
            return i + 1 < words.count && adjacent(i, i + 1) && Self.afterAppositiveUnit.contains(lower(i + 1))
        }

        var found: [(name: [Int], kind: PlaceEntry.Kind, parent: PlaceEntry?, country: String?)] = []
        for i in words.indices where mayBeUnit(i) {
            let unit = lower(i)
            // "the village of Hassu Khel": up to three name words after "of". ISPR's "general area
            // of Datta Khel" names a locality the same way.
            let generalArea = (unit == "area" || unit == "areas") && i > 0 && lower(i - 1) == "general" && adjacent(i - 1, i)
            if let kind = Self.unitsBefore[unit] ?? (generalArea ? .other : nil), i + 2 < words.count, lower(i + 1) == "of",
               adjacent(i, i + 1), adjacent(i + 1, i + 2) {
                let end = nameRun(from: i + 2)
                // "the Afghan village of Lezhi": a demonym before the unit word names the country
                // the holder must be in.
                let country = i > 0 ? MatchNames.demonyms[lower(i - 1)] : nil
                guard end > i + 2 else { continue }
                var names = [Array(i + 2..<end)]
                // "the villages of Pir Baba and Bishnoi", "the towns of A, B and C": each name of
                // the list, up to five.
                if unit.hasSuffix("s") {
                    var next = end
                    while next < words.count, names.count < 5 {
                        let afterAnd = lower(next) == "and" && adjacent(next - 1, next)
                        guard afterAnd || commaBetween(next - 1, next) else { break }
                        let first = afterAnd ? next + 1 : next
                        guard first < words.count, !afterAnd || adjacent(next, first) else { break }
                        let last = nameRun(from: first)
                        guard last > first else { break }
                        names.append(Array(first..<last))
                        if afterAnd { break }
                        next = last
                    }
                }
                for name in names {
                    found.append((name, kind, placeAfter(words[name.last!].span.end, in: document, within: 40, country: country), country))
                }
            }
            // "in Hurmaz, a village near the town of Mir Ali": up to three name words before ", a
            // village" (one adjective may stand between: "a remote village"), after an opener; the
            // unit word ends its phrase (no "a village elder").
            if let kind = Self.unitsBefore[unit], !unit.hasSuffix("s"), let article = appositiveArticle(before: i),
               article >= 2, commaBetween(article - 1, article), unitEndsPhrase(i) {
                let start = nameRun(endingBefore: article)
                if start < article, start > 0, Self.openers.contains(lower(start - 1)), adjacent(start - 1, start) {
                    found.append((Array(start..<article), kind, placeAfter(words[i].span.end, in: document, within: 40), nil))
                }
            }
            // "Her village, Ghakhi, lies less than a kilometre from the border in Bajaur district":
            // a name set off by commas right after a person's village or town.
            if let kind = Self.unitsBefore[unit], !unit.hasSuffix("s"), i > 0, Self.personalPossessives.contains(lower(i - 1)),
               adjacent(i - 1, i), i + 1 < words.count, commaBetween(i, i + 1) {
                let end = nameRun(from: i + 1)
                if end > i + 1, end < words.count, commaBetween(end - 1, end) {
                    found.append((Array(i + 1..<end), kind, placeAfter(words[end - 1].span.end, in: document, within: 80), nil))
                }
            }
            // "the Domel area of Bannu district", "Chaman’s Killi Luqman area": up to three name
            // words before the unit, after an opener or a place's possessive.
            if let kind = Self.unitsAfter[unit], i >= 2 {
                // The last name word stands right before the unit word.
                let start = adjacent(i - 1, i) ? nameRun(endingBefore: i) : i
                guard start < i, start > 0 else { continue }
                // "the Bhara Kahu and Tarnol areas": with a plural unit, the name before "and" is
                // one more, and the opener stands before it.
                var names = [Array(start..<i)]
                if unit.hasSuffix("s"), start >= 3, lower(start - 1) == "and", adjacent(start - 2, start - 1), adjacent(start - 1, start) {
                    let first = nameRun(endingBefore: start - 1)
                    if first < start - 1 { names.insert(Array(first..<(start - 1)), at: 0) }
                }
                var opening = names[0][0]
                // "the city’s I-12 and Tarnol areas": a sector's code before "and" is no
                // locality's name, but the opener or possessive before it holds the pair.
                if names.count == 1, unit.hasSuffix("s"), start >= 3, lower(start - 1) == "and", adjacent(start - 1, start),
                   let code = sectorCode(endingBefore: start - 1) {
                    opening = code
                }
                guard opening > 0 else { continue }
                // "the Abdul Haq Square area": the area around a landmark, no locality's name.
                if names.contains(where: { Self.buildingWords.contains(lower($0.last!)) }) { continue }
                var parent: PlaceEntry?
                if let holder = possessor(endingBefore: words[opening].span.start, in: document) {
                    parent = holder
                } else if !(Self.openers.contains(lower(opening - 1)) && adjacent(opening - 1, opening)),
                          // "the city’s Saddar area": held by the place the text last named.
                          !placeNounPossessive(endingBefore: words[opening].span.start, in: document),
                          // "struck Dewa Gul village in the Chawkay district": a village named so
                          // after any other lowercase word (a verb, a preposition) when the unit
                          // word ends its phrase; after a determiner the name is an adjective ("a
                          // Shinwari village").
                          !(kind == .village && adjacent(opening - 1, opening) && unitEndsPhrase(i)
                            && scalars[words[opening - 1].span.start].properties.isLowercase
                            && !Self.determiners.contains(lower(opening - 1))) {
                    continue
                }
                // "… area of Bannu district", "Dewa Gul village in the Chawkay district": the place
                // right after "of" or "in" holds it.
                if parent == nil, i + 1 < words.count, ["of", "in"].contains(lower(i + 1)) {
                    parent = placeAfter(words[i].span.end, in: document, within: 12)
                }
                for name in names { found.append((name, kind, parent, nil)) }
            }
        }
        // "Residents of Matre Dara, in the Tirah valley, blamed …": up to three name words after
        // the people who live there and "of", ending their phrase or followed by a lowercase word.
        for i in words.indices where i + 2 < words.count && Self.dwellerInitials.contains(scalars[words[i].span.start]) {
            let length = words[i].span.end - words[i].span.start
            guard length >= 9, length <= 11, Self.dwellers.contains(lower(i)), lower(i + 1) == "of", adjacent(i, i + 1), adjacent(i + 1, i + 2)
            else { continue }
            let end = nameRun(from: i + 2)
            guard end > i + 2, !(i + 2..<end).contains(where: { Self.buildingWords.contains(lower($0)) || Self.bodyWords.contains(lower($0)) }),
                  endsPhrase(at: words[end - 1].span.end)
                    || end < words.count && adjacent(end - 1, end) && scalars[words[end].span.start].properties.isLowercase,
                  // (A listed village here is that village, never a stray across the border.)
                  !overlapsNamed(Span(words[i + 2].span.start, words[end - 1].span.end))
            else { continue }
            found.append((Array(i + 2..<end), .other, placeAfter(words[end - 1].span.end, in: document, within: 40), nil))
        }
        // "gunmen attacked a convoy near Kunj Alizai, killing 15", "fighting raged near Kunj
        // Alizai.": up to three name words after "near" that close the sentence or come before a
        // comma and a participle, none a building's, a body's or a title ("near Lady Reading
        // Hospital", "near Commissioner Hamza Shafqaat, officials said"), held by the place named
        // last before them. (A person's name is seldom followed so: "near Bilal Ahmed, a
        // shopkeeper" is not.)
        for i in words.indices where i + 1 < words.count && words[i].span.end - words[i].span.start == 4 && scalars[words[i].span.start] == "n" {
            guard lower(i) == "near", adjacent(i, i + 1) else { continue }
            let end = nameRun(from: i + 1)
            guard end > i + 1 else { continue }
            let after = words[end - 1].span.end
            let closesSentence = after >= scalars.count || scalars[after] == "."
            let beforeParticiple = end < words.count && commaBetween(end - 1, end) && lower(end).count > 4 && lower(end).hasSuffix("ing")
            guard closesSentence || beforeParticiple,
                  !(i + 1..<end).contains(where: {
                      Self.buildingWords.contains(lower($0)) || Self.bodyWords.contains(lower($0)) || Self.titles.contains(lower($0))
                  }),
                  !overlapsNamed(Span(words[i + 1].span.start, words[end - 1].span.end))
            else { continue }
            found.append((Array(i + 1..<end), .other, nil, nil))
        }
        // "a police raid in Karachi’s Sohrab Goth on Tuesday": up to three name words after a
        // town's or district's possessive after "in", ending the phrase; no building's or body's name.
        // (The possessive is tested first, on scalars: most mentions have none, and no string is made.)
        for p in document.places where p.place.kind == .city || p.place.kind == .town || p.place.kind == .district {
            guard p.span.end + 3 < scalars.count, possessiveEnding(before: p.span.end + 3, in: scalars) == p.span.end else { continue }
            let place = firstWord(from: p.span.start), first = firstWord(from: p.span.end + 3)
            guard place >= 1, place < words.count, words[place].span.start == p.span.start, adjacent(place - 1, place), lower(place - 1) == "in",
                  first < words.count, words[first].span.start == p.span.end + 3 else { continue }
            let end = nameRun(from: first)
            guard end > first, !(first..<end).contains(where: { Self.buildingWords.contains(lower($0)) || Self.bodyWords.contains(lower($0)) }) else { continue }
            let after = words[end - 1].span.end
            // ("Kabul’s Abdul Haq square": a landmark's common noun after the name.)
            guard endsPhrase(at: after) || end < words.count && adjacent(end - 1, end) && scalars[words[end].span.start].properties.isLowercase
                    && !Self.buildingWords.contains(lower(end)) else { continue }
            found.append((Array(first..<end), .other, p.place, nil))
        }
        // "near Sultan Kot in Shikarpur district", "a market in Marghi, in the Barmal district": up
        // to three name words after an opener, then "in" and a listed place with an admin unit
        // word after it, which holds the new place.
        for p in document.places where p.place.kind != .country {
            let end = p.span.end
            guard p.span.start >= 4 else { continue }
            // The word index of the place's first word, and of the unit word in the mention
            // ("Shikarpur district") or right after it.
            let first = firstWord(from: p.span.start)
            guard first >= 3, first < words.count, words[first].span.start == p.span.start else { continue }
            // "a police checkpost in Fateh Khel, Bannu, late Tuesday": a name after an opener, set
            // off by a comma before a listed place that ends the phrase, is a locality of it.
            // (A listed name before the comma, "Kabul, Afghanistan", is ruled out before the name
            // words are looked at: each looks through the article for a lowercase use.)
            if commaBetween(first - 1, first), endsPhrase(at: end),
               !document.places.contains(where: { $0.span.end == words[first - 1].span.end }), let start = openedName(endingBefore: first) {
                found.append((Array(start..<first), .other, p.place, nil))
                continue
            }
            var after = first
            while after < words.count, words[after].span.end <= end { after += 1 }
            let unitInside = after - 1 > first && MatchNames.adminUnitWords.contains(lower(after - 1))
            guard unitInside || after < words.count && words[after].span.start == end + 1 && MatchNames.adminUnitWords.contains(lower(after))
            else { continue }
            // ("in Marghi, in the Barmal district": "the" and a comma may stand between.)
            let article = adjacent(first - 1, first) && lower(first - 1) == "the"
            let preposition = article ? first - 2 : first - 1
            guard lower(preposition) == "in", adjacent(preposition, preposition + 1) else { continue }
            guard adjacent(preposition - 1, preposition) || commaBetween(preposition - 1, preposition),
                  let start = openedName(endingBefore: preposition) else { continue }
            found.append((Array(start..<preposition), .other, p.place, nil))
        }
        guard !found.isEmpty else { return }

        /// A listed village at `span` that stands alone for its country ("the village of Shewa"
        /// read as Shewah in Nangarhar, in a report that names only Pakistani places): the
        /// border's two sides share many village names, and GeoNames lists one side's.
        func strayVillage(at span: Span) -> PlaceEntry? {
            guard let m = document.places.first(where: { $0.span == span }), m.place.kind == .village, m.place.population == 0,
                  !document.entities.contains(where: { $0.span.start < span.end && span.start < $0.span.end }),
                  !document.places.contains(where: { $0.place.id != m.place.id && $0.place.country == m.place.country }) else { return nil }
            return m.place
        }
        var entries: [String: PlaceEntry] = [:]  // by name
        var mentions: [PlaceMention] = []
        var strays: Set<String> = []  // ids of listed villages read as unlisted ones instead
        for (name, kind, stated, country) in found {
            let span = Span(words[name.first!].span.start, words[name.last!].span.end)
            let overlaps = overlapsNamed(span)
            let stray = overlaps ? strayVillage(at: span) : nil
            guard !overlaps || stray != nil, !mentions.contains(where: { $0.span == span }) else { continue }
            let text = document.slice(span)
            let entry: PlaceEntry
            if let known = entries[text] {
                entry = known
            } else {
                guard let parent = stated ?? holder(before: span.start, in: document, country: country)
                        ?? placeAfter(span.end, in: document, within: 200, country: country),
                      stray.map({ $0.country != parent.country }) != false,
                      let made = Self.entry(named: text, kind: kind, in: parent) else { continue }
                entry = made
                entries[text] = entry
            }
            if let stray { strays.insert(stray.id) }
            mentions.append(PlaceMention(span: span, text: text, place: entry))
        }
        guard !entries.isEmpty else { return }
        document.places.removeAll { strays.contains($0.place.id) }
        // The article's other mentions of the same names.
        for (text, entry) in entries {
            let parts = text.split(separator: " ").map { $0.lowercased() }
            let first = Array(text.split(separator: " ")[0].unicodeScalars)
            for i in words.indices where i + parts.count <= words.count && scalars[words[i].span.start..<words[i].span.end].elementsEqual(first) {
                guard (0..<parts.count).allSatisfy({ k in lower(i + k) == parts[k] && (k == 0 || adjacent(i + k - 1, i + k)) }) else { continue }
                let span = Span(words[i].span.start, words[i + parts.count - 1].span.end)
                guard document.slice(span) == text, !overlapsNamed(span), !mentions.contains(where: { $0.span == span }) else { continue }
                mentions.append(PlaceMention(span: span, text: text, place: entry))
            }
        }
        document.places = (document.places + mentions).sorted { $0.span.start < $1.span.start }
    }

    /// The entry of a place the gazetteer lacks, located at `parent`.
    static func entry(named name: String, kind: PlaceEntry.Kind, in parent: PlaceEntry) -> PlaceEntry? {
        guard !parent.country.isEmpty, parent.kind != .country else { return nil }
        // The holder's name is part of the id: two villages of one name in two districts are two
        // places ("unlisted:shal.dangam").
        func slug(_ s: String) -> String {
            s.lowercased().unicodeScalars.map { $0.isASCII && $0.properties.isAlphabetic ? String($0) : "-" }.joined()
        }
        let admin1 = parent.kind == .province ? parent.name : parent.admin1
        let admin2 = parent.kind == .district ? parent.name : parent.kind == .province ? "" : parent.admin2
        return PlaceEntry(id: "unlisted:" + slug(name) + "." + slug(parent.name), name: name, kind: kind, country: parent.country, admin1: admin1, admin2: admin2,
                          lat: parent.lat, lon: parent.lon, population: 0, aliases: [],
                          source: "unlisted: named as a \(kind == .other ? "locality" : kind.rawValue) in the text; located at \(parent.id) \(parent.name)")
    }

    /// Whether a common noun for a place and its "’s" end right before `offset` ("the city’s",
    /// "the district’s").
    func placeNounPossessive(endingBefore offset: Int, in document: Document) -> Bool {
        let s = document.scalars
        guard let apostrophe = possessiveEnding(before: offset, in: s) else { return false }
        var start = apostrophe
        while start > 0, s[start - 1].properties.isLowercase { start -= 1 }
        guard start == 0 || s[start - 1] == " " else { return false }
        return Self.placeNouns.contains(String(String.UnicodeScalarView(s[start..<apostrophe])))
    }

    /// The listed place named right before "’s" or "'s" ending at `offset` ("Chaman’s").
    func possessor(endingBefore offset: Int, in document: Document) -> PlaceEntry? {
        guard let apostrophe = possessiveEnding(before: offset, in: document.scalars) else { return nil }
        return document.places.last { $0.span.end == apostrophe }.map(\.place)
    }

    /// Where the apostrophe of a possessive "’s " ending at `offset` stands, or nil.
    func possessiveEnding(before offset: Int, in s: [Unicode.Scalar]) -> Int? {
        guard offset >= 3, s[offset - 1] == " ", s[offset - 2] == "s", MatchNames.isApostrophe(s[offset - 3]) else { return nil }
        return offset - 3
    }

    /// The first listed place starting within `within` characters after `offset`, in the same sentence.
    /// With `country`, only a place of that country.
    func placeAfter(_ offset: Int, in document: Document, within: Int, country: String? = nil) -> PlaceEntry? {
        let sentenceEnd = document.sentence(containing: offset)?.end ?? offset + within
        return document.places.first {
            $0.span.start >= offset && $0.span.start <= min(offset + within, sentenceEnd) && $0.place.kind != .country
                && (country == nil || $0.place.country == country)
        }?.place
    }

    /// The nearest listed place below a country named before `offset`, within ``reach``; a town
    /// or district named in the last ``near`` characters before a province ("in Chaman, in
    /// Pakistan's Balochistan province, … in the Killi Luqman area": Chaman).
    func holder(before offset: Int, in document: Document, country: String? = nil) -> PlaceEntry? {
        let before = document.places.filter {
            $0.span.end <= offset && offset - $0.span.end <= Self.reach && ![.country, .region].contains($0.place.kind)
                && (country == nil || $0.place.country == country)
        }
        return (before.last { offset - $0.span.end <= Self.near && $0.place.kind != .province } ?? before.last)?.place
    }
}
