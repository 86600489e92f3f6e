import Foundation

/// Fixed-date holidays (`Gazetteer/holidays.tsv`: `name  month  day  country  note`). A reference
/// such as "Thursday's Independence Day holiday" pins the year's calendar: of the holidays with
/// that name, the one falling on that weekday tells the date.
public struct Holidays: Sendable {
    public struct Holiday: Sendable, Equatable {
        public var name: String
        public var month: Int
        public var day: Int
        public var country: String
        /// The country's English name ("Pakistan" for PK, from ICU's region names), to tell
        /// whose holiday a text means.
        public var countryName: String

        public init(name: String, month: Int, day: Int, country: String) {
            self.name = name
            self.month = month
            self.day = day
            self.country = country
            countryName = Locale(identifier: "en_US").localizedString(forRegionCode: country) ?? country
        }
    }

    public let holidays: [Holiday]

    public init(holidays: [Holiday]) { self.holidays = holidays }

    public init(tsv: String, path: String) throws(GazetteerError) {
        let header = ["name", "month", "day", "country", "note"]
        var out: [Holiday] = []
        let lines = InputReader.lines(of: tsv).map(\.text)
        guard let first = lines.first, first.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) == header else {
            throw .badHeader(path: path, expected: header.joined(separator: "\\t"))
        }
        for (i, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count == header.count else {
                throw .row(path: path, line: i + 1, reason: "expected \(header.count) tab-separated columns, found \(cols.count)")
            }
            guard let m = Int(cols[1]), let d = Int(cols[2]), Day(2000, m, d) != nil else {
                throw .row(path: path, line: i + 1, reason: "month '\(cols[1])' and day '\(cols[2])' are not a calendar day")
            }
            out.append(Holiday(name: cols[0], month: m, day: d, country: cols[3]))
        }
        holidays = out
    }

    /// Names, longest first, so "New Year's Eve" wins over "New Year".
    public var names: [String] { Array(Set(holidays.map(\.name))).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 } }

    public func named(_ name: String) -> [Holiday] { holidays.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame } }
}
