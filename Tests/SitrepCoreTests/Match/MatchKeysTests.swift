import SitrepCore
import SitrepTestSupport
import Testing

/// Spellings that must meet on one match key (or one gazetteer entry), and names that must not.
@Suite struct MatchKeysTests {
    let keys = Repository.resources.keys
    let matcher = Repository.resources.matcher

    @Test(arguments: [
        ["Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "Tehrik-e-Taliban Pakistan", "Tehreek e Taliban Pakistan", "Tehrik-e Taliban Pakistan"],
        ["Khawaja Muhammad Asif", "Khwaja Muhammad Asif", "Khwaaja Mohammad Asif"],
        ["Khawaja Asif", "Khwaja Asif"],
        ["Khawarij", "Khwarij", "Khwaarij"],
        ["Fitna al-Khawarij", "Fitna al Khwarij", "Fitna-al-Khwaarij"],
        ["Mehsud", "Mahsud"],
        ["Muhammad", "Mohammad", "Mohammed", "Muhammed"],
        ["Zabihullah", "Zabiullah"],
        ["Turkiye", "Türkiye", "TÜRKIYE"],
        ["Pakhtunkhwa", "Pakhtoonkhwa", "Pukhtunkhwa", "Pukhtoonkhwa"],
        ["Pashtun", "Pushtun"],
        ["Orakzai", "Orakzay"],
        ["Shehbaz", "Shahbaz"],
        ["Kābul", "Kabul", "KABUL"],
        ["Sarai Naurang", "Serai Naurang"],
    ])
    func variantsShareAKey(_ variants: [String]) {
        let first = keys.keys(of: variants[0])
        for v in variants.dropFirst() { #expect(keys.keys(of: v) == first, "\(v) vs \(variants[0])") }
    }

    @Test(arguments: [("Kurram", "Karam"), ("Khost", "Kohat"), ("Bannu", "Banu"), ("Dir", "Dera"), ("Swat", "Sawat"), ("Tank", "Tonk"), ("Kabul", "Kabal"), ("Sarai", "Saray")])
    func differentNamesStayApart(_ a: String, _ b: String) {
        #expect(keys.keys(of: a) != keys.keys(of: b))
    }

    /// Names that meet through the gazetteer rather than the folding rules.
    @Test(arguments: [
        ("TTP", "Tehreek-e-Taliban Pakistan"), ("Turkey", "Türkiye"), ("کابل", "Kabul"), ("KP", "Khyber Pakhtunkhwa"),
        ("Khyber Pakhtoonkhwa", "Khyber Pakhtunkhwa"), ("Khyber Pukhtunkhwa", "Khyber Pakhtunkhwa"), ("Zabiullah Mujahid", "Zabihullah Mujahid"), ("ISKP", "ISIS-K"),
        ("پشاور", "Peshawar"), ("U.S.", "United States"), ("Baluchistan", "Balochistan"),
    ])
    func gazetteerJoinsVariants(_ a: String, _ b: String) {
        let ea = entries(a), eb = entries(b)
        #expect(!ea.isEmpty && !ea.isDisjoint(with: eb), "\(a): \(ea); \(b): \(eb)")
    }

    /// Ids of the entries a name hits.
    func entries(_ name: String) -> Set<String> {
        Set(matcher.entries(named: keys.keys(of: name)).map { target in
            switch target {
            case let .place(i): matcher.gazetteer.places[i].id
            case let .entity(i): matcher.gazetteer.entities[i].id
            }
        })
    }

    @Test func keysAreCachedPerDistinctToken() throws {
        let fresh = try MatchKeys(foldingRules: "ee > i ;")
        for _ in 0..<100 { _ = fresh.keys(of: "Tehreek Tehreek Kabul") }
        #expect(fresh.cachedCount == 2)
    }

    @Test func badFoldingRulesAreReported() {
        #expect(throws: TransliteratorError.self) { try MatchKeys(foldingRules: "a > ;; [") }
    }
}
