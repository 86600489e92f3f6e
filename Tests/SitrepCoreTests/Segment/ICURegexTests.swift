import Foundation
import SitrepCore
import Testing

/// The ICU regular expressions the dates and numbers stages match with: groups, flags, windows.
@Suite struct ICURegexTests {
    static func units(_ s: String) -> [UInt16] { Array(s.utf16) }

    @Test func namedGroupsAndCaseInsensitivity() throws {
        let re = try ICURegex(#"(?<n>\d+) (?<who>people|soldiers)"#, options: [.caseInsensitive], groupNames: ["n", "who"])
        let text = ICURegexTests.units("About 12 PEOPLE and 3 soldiers")
        let found = re.matches(in: text, windows: [NSRange(location: 0, length: text.count)])
        #expect(found.map(\.range) == [NSRange(location: 6, length: 9), NSRange(location: 20, length: 10)])
        #expect(found[0].range(at: re.group(named: "n")) == NSRange(location: 6, length: 2))
        #expect(found[1].range(at: re.group(named: "who")) == NSRange(location: 22, length: 8))
    }

    @Test func groupThatTookNoPartIsNotFound() throws {
        let re = try ICURegex(#"(at least )?(\d+)"#)
        let text = ICURegexTests.units("7")
        let m = try #require(re.firstMatch(in: text, range: NSRange(location: 0, length: 1)))
        #expect(m.range(at: 1).location == NSNotFound)
        #expect(m.range(at: 2) == NSRange(location: 0, length: 1))
    }

    /// Matches stay inside their window, and `\b` treats its edges as the text's; ICU lets a
    /// lookbehind see the text before the window (so windows start after whitespace).
    @Test func windowBounds() throws {
        let digits = try ICURegex(#"\d+"#)
        let number = ICURegexTests.units("12345")
        #expect(digits.matches(in: number, windows: [NSRange(location: 0, length: 3)]).map(\.range) == [NSRange(location: 0, length: 3)])
        let text = ICURegexTests.units("concat cat")
        let boundary = try ICURegex(#"\bcat"#)
        #expect(boundary.matches(in: text, windows: [NSRange(location: 3, length: 7)]).map(\.range.location) == [3, 7])
        let lookbehind = try ICURegex(#"(?<![a-z])cat"#)
        #expect(lookbehind.matches(in: text, windows: [NSRange(location: 3, length: 7)]).map(\.range.location) == [7])
    }

    /// Matching only at chosen positions finds what a search finds when every match starts at
    /// one of them; a lookbehind there still sees the text before the position.
    @Test func matchesAtChosenPositions() throws {
        let re = try ICURegex(#"(?<![a-z])(?:at least )?\d+"#)
        let text = ICURegexTests.units("x at least 5, 12 and cat9 or 40")
        let all = NSRange(location: 0, length: text.count)
        let searched = re.matches(in: text, windows: [all]).map(\.range)
        let isWordStart: (Int) -> Bool = { p in
            let letterOrDigit: (UInt16) -> Bool = { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) }
            return letterOrDigit(text[p]) && (p == 0 || !letterOrDigit(text[p - 1]))
        }
        let chosen = re.matches(in: text, windows: [all], startingWhere: isWordStart).map(\.range)
        #expect(chosen == searched)
        #expect(searched.count == 3)  // "at least 5", "12", "40"; not the 9 of "cat9"
        // Every position allowed: the lookbehind still rules out the 9 after "cat".
        #expect(re.matches(in: text, windows: [all], startingWhere: { _ in true }).map(\.range) == searched)
    }

    @Test func badPatternThrowsWithTheReason() {
        #expect(throws: ICURegexError.self) { try ICURegex("(unclosed") }
    }

    @Test func matchersAreSharedAcrossThreads() async throws {
        let re = try ICURegex(#"\d+"#)
        let text = ICURegexTests.units(String(repeating: "a 1 bb 22 ", count: 200))
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask { re.matches(in: text, windows: [NSRange(location: 0, length: text.count)]).count }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 400, count: 8))
    }
}
