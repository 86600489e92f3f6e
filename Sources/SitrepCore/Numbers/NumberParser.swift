/// Values of English number words: "thirty five" → 35, "twenty-one" → 21, "a hundred" → 100,
/// "two million" → 2,000,000, "a dozen" → 12, "half a dozen" → 6.
public enum NumberWords {
    public static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    public static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    public static let scales: [String: Int] = ["hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000]

    /// The words a number phrase may contain.
    public static func isNumberWord(_ w: String) -> Bool {
        // Every such word has 3 to 9 letters: most words are ruled out without hashing.
        (3...9).contains(w.utf8.count) && numberWords.contains(w)
    }

    static let numberWords = WordSet(Array(units.keys) + Array(tens.keys) + Array(scales.keys) + ["dozen", "and"])

    /// The value of a sequence of lowercased number words, or nil when they do not form a number.
    public static func value(_ words: [String]) -> Double? {
        // "half a dozen" → 6.
        if words.first == "half", words.count > 1 { return value(Array(words.dropFirst())).map { $0 / 2 } }
        var total = 0, current = 0
        var sawNumber = false
        for (i, w) in words.enumerated() {
            if w == "a" || w == "an" {
                guard i == 0 else { return nil }
                current = 1
                continue
            }
            if w == "and" { continue }
            if let u = units[w] { current += u; sawNumber = true } else if let t = tens[w] { current += t; sawNumber = true } else if w == "dozen" {
                current = max(current, 1) * 12; sawNumber = true
            } else if let s = scales[w] {
                current = max(current, 1) * s
                sawNumber = true
                if s >= 1_000 { total += current; current = 0 }
            } else {
                return nil
            }
        }
        return sawNumber ? Double(total + current) : nil
    }
}
