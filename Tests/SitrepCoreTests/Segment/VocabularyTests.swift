import SitrepCore
import Testing

@Suite struct VocabularyTests {
    @Test func idsAreGivenInFirstSeenOrderAndReused() {
        var v = Vocabulary()
        #expect(["kabul", "khost", "kabul", "tank", "khost"].map { v.id($0) } == [0, 1, 0, 2, 1])
        #expect(v.words == ["kabul", "khost", "tank"])
        #expect(v.count == 3)
        #expect(v.lookup("tank") == 2 && v.lookup("quetta") == nil)
    }

    @Test func bytesAndStringsMeetOnOneId() {
        var v = Vocabulary()
        let a = v.id("Pešāwar")
        let b = Array("Pešāwar".utf8).withUnsafeBufferPointer { v.id(utf8: $0) }
        #expect(a == b)
        #expect(v.lookup("Pesawar") == nil)
        #expect(v.words == ["Pešāwar"])
        // The empty string is a word like any other.
        #expect(v.id("") == 1 && v.lookup("") == 1)
    }

    @Test func growingKeepsEveryId() {
        var v = Vocabulary()
        let words = (0..<5000).map { "w\($0)" }
        let ids = words.map { v.id($0) }
        #expect(ids == (0..<5000).map(Int32.init))
        #expect(words.allSatisfy { v.lookup($0) == v.id($0) })
        #expect(v.count == 5000)
    }
}

@Suite struct WordSetTests {
    @Test func membersAreWholeWords() {
        let set: WordSet = ["said", "told", "according"]
        #expect(set.contains("said") && set.contains("according"))
        #expect(!set.contains("sai") && !set.contains("saids") && !set.contains("Said") && !set.contains(""))
        #expect(set.words == ["said", "told", "according"])
    }

    @Test func shortLongAndNonASCIIWords() {
        let set = WordSet(["a", "", "approximately", "peşawar", "x-1"])
        #expect(set.contains("a") && set.contains("") && set.contains("approximately") && set.contains("peşawar") && set.contains("x-1"))
        // Same first two bytes (and same filter bit) as a member, yet not members.
        #expect(!set.contains("ap") && !set.contains("approximate") && !set.contains("pe") && !set.contains("A") && !set.contains("x-2"))
        #expect(Array("peşawar".utf8).withUnsafeBufferPointer { set.contains(utf8: $0) })
    }
}

@Suite struct VocabularySizingTests {
    @Test func aPresizedTableHoldsMoreThanItsEstimate() {
        var v = Vocabulary(expectedCount: 10)
        let ids = (0..<100).map { v.id("w\($0)") }
        #expect(ids == (0..<100).map(Int32.init))
        #expect((0..<100).allSatisfy { v.lookup("w\($0)") == Int32($0) })
    }
}

@Suite struct WordCacheTests {
    @Test func eachWordIsWorkedOutOnce() {
        var cache = WordCache<Int>()
        var made: [String] = []
        func value(_ w: String) -> Int { cache.value(for: w) { made.append($0); return $0.utf8.count } }
        #expect(cache.cached("kabul") == nil)
        #expect([value("kabul"), value("khost"), value("kabul")] == [5, 5, 5])
        let viaBytes = Array("khost".utf8).withUnsafeBufferPointer { cache.value(utf8: $0) { made.append($0); return -1 } }
        #expect(viaBytes == 5)
        #expect(made == ["kabul", "khost"] && cache.count == 2 && cache.cached("kabul") == 5)
    }

    @Test func groupingKeepsEachWordsValuesInOrder() {
        let (words, values) = WordSet.grouping([(word: "may", value: 1), (word: "this", value: 2), (word: "may", value: 3)])
        #expect(words.words == ["may", "this"])
        #expect(words.index(of: "may").map { values[$0] } == [1, 3] && words.index(of: "june") == nil)
    }
}

@Suite struct WordMapTests {
    @Test func valuesByWholeWord() {
        let map: WordMap<Int> = ["jan": 1, "january": 1, "sept": 9]
        #expect(map["jan"] == 1 && map["january"] == 1 && map["sept"] == 9)
        #expect(map["ja"] == nil && map["Jan"] == nil && map["septembe"] == nil && map[""] == nil)
        #expect(map.keys == ["jan", "january", "sept"])
    }

    @Test func aLaterPairReplacesTheValue() {
        let map = WordMap([("area", "other"), ("village", "village"), ("area", "locality")])
        #expect(map["area"] == "locality" && map["village"] == "village")
        #expect(map.keys == ["area", "village"])
    }
}

@Suite struct ScalarSetTests {
    @Test func asciiAndOtherScalars() {
        let set: ScalarSet = ["•", "*", "'", "’", "v", "\u{0}"]
        #expect(set.contains("•") && set.contains("*") && set.contains("'") && set.contains("’") && set.contains("v") && set.contains("\u{0}"))
        // Neighbours of each member in its word of bits, and scalars past 127.
        #expect(!set.contains("+") && !set.contains(")") && !set.contains("w") && !set.contains("V") && !set.contains("‘") && !set.contains("·"))
    }

    @Test func unionHoldsBoth() {
        let both = ScalarSet(["•", "-"]).union(["–", "-", "a"])
        #expect(["•", "-", "–", "a"].allSatisfy(both.contains))
        #expect(!both.contains("—") && !both.contains("b"))
    }
}
