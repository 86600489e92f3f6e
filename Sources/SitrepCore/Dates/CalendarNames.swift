/// English month and weekday names with their common abbreviations.
public enum CalendarNames {
    /// Lowercased name or abbreviation → month 1…12.
    public static let months: WordMap<Int> = {
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"]
        // (In a fixed order, so that `keys` is the same on every run.)
        let names = full.enumerated().flatMap { i, name in [(name, i + 1), (String(name.prefix(3)), i + 1)] }
        return WordMap(names + [("sept", 9)])
    }()

    /// Lowercased name or abbreviation → weekday 0 (Sunday) … 6 (Saturday).
    public static let weekdays: WordMap<Int> = {
        let full = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
        let names = full.enumerated().flatMap { i, name in [(name, i), (String(name.prefix(3)), i)] }
        return WordMap(names + [("tues", 2), ("thur", 4), ("thurs", 4)])
    }()

    public static func month(_ word: some StringProtocol) -> Int? {
        var w = word.lowercased()
        if w.hasSuffix(".") { w.removeLast() }
        return months[w]
    }
}
