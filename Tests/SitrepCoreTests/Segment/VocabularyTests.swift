import SitrepCore
import Testing

@Suite struct VocabularyTests {
    @Test func idsAreGivenInFirstSeenOrderAndReused() {
        var v = Vocabulary()
        #expect(["kabul", "khost", "kabul", "tank", "khost"].map { v.id($0) } == [0, 1, 0, 2, 1])
        #expect(v.words == ["kabul", "khost", "tank"])
        #expect(v.count == 3)
        #expect(v.table["tank"] == 2 && v.table["quetta"] == nil)
    }
}
