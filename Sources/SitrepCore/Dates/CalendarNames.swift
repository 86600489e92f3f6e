/// English month and weekday names with their common abbreviations.
public enum CalendarNames {
    /// Lowercased name or abbreviation → month 1…12.
    public static let months: WordMap<Int> = {
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"]
        var m: [String: Int] = [:]
        for (i, name) in full.enumerated() {
            m[name] = i + 1
            m[String(name.prefix(3))] = i + 1
        }
        m["sept"] = 9
        return WordMap(m.map { ($0.key, $0.value) })
    }()

    /// Lowercased name or abbreviation → weekday 0 (Sunday) … 6 (Saturday).
    public static let weekdays: WordMap<Int> = {
        let full = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
        var m: [String: Int] = [:]
        for (i, name) in full.enumerated() {
            m[name] = i
            m[String(name.prefix(3))] = i
        }
        m["tues"] = 2
        m["thur"] = 4
        m["thurs"] = 4
        return WordMap(m.map { ($0.key, $0.value) })
    }()

    public static func month(_ word: some StringProtocol) -> Int? {
        var w = word.lowercased()
        if w.hasSuffix(".") { w.removeLast() }
        return months[w]
    }
}
