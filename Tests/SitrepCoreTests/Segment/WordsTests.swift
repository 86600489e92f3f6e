import SitrepCore
import Testing

@Suite struct WordsTests {
    @Test(arguments: [
        ("  Share \t\r", "Share"),
        ("\u{A0}“Quoted,” he said.\u{A0}", "“Quoted,” he said."),
        ("\u{2009}\u{200B} Kabul – …", "Kabul – …"),
        ("“Open quote”", "“Open quote”"),
        (" \u{A0}\u{2009} ", ""),
        ("", ""),
    ])
    func trimmedDropsASCIIAndUnicodeBlanksAtTheEnds(_ input: String, _ expected: String) {
        #expect(Words.trimmed(input) == expected)
        #expect(Words.trimmed(input[...]) == expected)
    }

    @Test func lowercasedRunsOfLetters() {
        #expect(Words.lowercased("The ARMY said: 12 killed") == ["the", "army", "said", "killed"])
        // A non-ASCII letter takes the general path; other non-ASCII scalars separate words.
        #expect(Words.lowercased("Peşawar’s police") == ["peşawar", "s", "police"])
        #expect(Words.lowercased("Kabul—Khost") == ["kabul", "khost"])
    }

    @Test func lastCharactersMatchTheWholePrefix() {
        // Combining marks, emoji sequences, surrogate pairs and CR LF around every cut; flags
        // (regional indicators) only early in the text, so that later cuts take the short path.
        let pieces = ["Islamabad said on Friday ", "e\u{301}", "👨‍👩‍👧", "𝐀", "“", " – ", "\r\n", "x"]
        var text = String(repeating: "🇵🇰🇦🇫 flags ", count: 20)
        for k in 0..<400 { text += pieces[(k * 7) % pieces.count] }
        let units = Array(text.utf16)
        for end in stride(from: 0, through: units.count, by: 13) {
            let whole = String(String(decoding: units[..<end], as: UTF16.self).suffix(70))
            #expect(Words.lastCharacters(70, before: end, in: units) == whole, "end \(end)")
        }
    }

    @Test func literalSearch() {
        #expect(Words.contains("Published On 8 Oct", literal: "Published"))
        #expect(Words.contains("a/b", literal: "/") && Words.contains("x", literal: ""))
        #expect(Words.contains("ends with via", literal: "via") && Words.contains("via", literal: "via"))
        #expect(!Words.contains("vi", literal: "via") && !Words.contains("", literal: "a"))
        // A first byte that recurs before the real match; a match in non-ASCII text.
        #expect(Words.contains("ssssign up", literal: "sign up") && Words.contains("Peşawar (@x)", literal: "(@"))
        #expect(!Words.contains("Sign Up", literal: "sign up"))
    }

    @Test func quotationMarks() {
        #expect(Words.hasQuotation("He said \"no\"."))
        #expect(Words.hasQuotation("“Open") && Words.hasQuotation("close”") && Words.hasQuotation("a “b” c"[...]))
        // Single quotes, apostrophes and other E2 80 xx punctuation are not quotation marks.
        #expect(!Words.hasQuotation("the army’s ‘martyrs’ – and … more"))
        #expect(!Words.hasQuotation(""))
    }

    @Test func spaceSeparatedCountStopsAtItsLimit() {
        let line = "one two  three four five"
        #expect(Words.spaceSeparatedCount(line) == 5)
        #expect(Words.spaceSeparatedCount(line, limit: 3) == 3)
        #expect(Words.spaceSeparatedCount("", limit: 3) == 0)
    }

    @Test func containsWordMatchesWholeWords() {
        let words: WordSet = ["said", "told"]
        #expect(Words.containsWord("The army SAID on Sunday", in: words))
        #expect(!Words.containsWord("The army's saidness", in: words))
        #expect(Words.containsWord("Çavuşoğlu told reporters", in: words))
        #expect(!Words.containsWord("Çavuşoğlu spoke", in: words))
    }
}

@Suite struct UTF16PrefixTests {
    /// The fast path must give what `Array(prefix(n).utf16)` gives, whatever the text holds.
    @Test(arguments: [
        "ISLAMABAD (Reuters) - Pakistan's army said on Sunday",
        "Peshawar – “We will respond,” the minister said",
        "Line\r\nbreak and more ASCII after it",
        "e\u{301}e\u{301} combining accents, then ASCII",
        "🇵🇰 flag first, then words",
        "",
        "short",
    ])
    func sameUnitsAsCharacterPrefix(_ text: String) {
        for n in [0, 1, 3, 5, 10, 80, 400] {
            #expect(text.utf16Units(ofFirst: n) == Array(text.prefix(n).utf16))
            #expect(text[...].utf16Units(ofFirst: n) == Array(text.prefix(n).utf16))
        }
    }
}

@Suite struct UTF16TranscodingTests {
    /// Transcoding from UTF-8 must give `Array(utf16)` for every width of scalar.
    @Test(arguments: [
        "", "ASCII only, with digits 2025 and symbols #$%",
        "Pakistan’s army – “heavy losses” on Sunday…",
        "Peşawar, Khyber Pakhtunkhwa: e\u{301} and ü",
        "کابل and 喀布尔 (three-byte scalars)",
        "🇵🇰🇦🇫 flags, 😀, and 𝔘 (four-byte scalars)",
        "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
    ])
    func sameUnitsAsUTF16View(_ text: String) {
        #expect(text.utf16Units == Array(text.utf16))
        let inner = text.dropFirst().dropLast()
        #expect(inner.utf16Units == Array(inner.utf16))
    }
}
