import Foundation

/// Interned strings: each distinct string gets the next integer id, so that later stages compare
/// and index ids instead of hashing strings again.
///
/// The table is keyed by UTF-8 bytes (an open-addressing table over one byte arena, hashed a
/// machine word at a time), so that callers scanning raw bytes look a word up without making a
/// `String` for it; a `String` is made once per new word. Standard `Dictionary<String, _>`
/// hashing (SipHash, with a seed and a finalisation per call) cost more than the rest of the
/// lookups it served.
public struct Vocabulary: Sendable {
    /// The strings, by id.
    public private(set) var words: [String] = []
    /// Per slot, the word's hash in the high 32 bits and `id + 1` in the low 32, 0 for an empty
    /// slot (one memory read tells a probe whether to compare bytes); the count is a power of two.
    private var slots = [UInt64](repeating: 0, count: 64)
    /// Every word's UTF-8 bytes, concatenated; word `id` spans `starts[id]..<starts[id + 1]`.
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]

    public init() {}

    /// A table sized for about `count` words, so that filling it does not rehash.
    public init(expectedCount count: Int) {
        var slotCount = 64
        while slotCount < count * 2 { slotCount *= 2 }
        slots = [UInt64](repeating: 0, count: slotCount)
        words.reserveCapacity(count)
        starts.reserveCapacity(count + 1)
        arena.reserveCapacity(count * 8)
    }

    public var count: Int { words.count }

    /// The id of `word`, given it if new.
    public mutating func id(_ word: String) -> Int32 {
        var utf8 = word
        return utf8.withUTF8 { id(utf8: $0, word: word) }
    }

    /// The id of the word whose UTF-8 bytes are `bytes`, given it if new.
    public mutating func id(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        id(utf8: bytes, word: nil)
    }

    /// The id of `word`, or nil when it has none.
    public func lookup(_ word: String) -> Int32? {
        var word = word
        return word.withUTF8 { lookup(utf8: $0) }
    }

    /// The id of the word whose UTF-8 bytes are `bytes`, or nil when it has none.
    public func lookup(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let h = Vocabulary.hash(bytes)
        let found = slot(of: bytes, hash: h)
        return found.id
    }

    private mutating func id(utf8 bytes: UnsafeBufferPointer<UInt8>, word: String?) -> Int32 {
        let h = Vocabulary.hash(bytes)
        let found = slot(of: bytes, hash: h)
        if let id = found.id { return id }
        let id = Int32(words.count)
        words.append(word ?? String(decoding: bytes, as: UTF8.self))
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        slots[found.slot] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(id + 1)
        // Kept at most half full, so probe runs stay short.
        if words.count * 2 > slots.count { grow() }
        return id
    }

    /// The slot holding `bytes` (and its id), or the empty slot where it would go.
    private func slot(of bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (slot: Int, id: Int32?) {
        let mask = slots.count - 1
        let high = h & 0xFFFF_FFFF_0000_0000
        var s = Int(truncatingIfNeeded: h) & mask
        return slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                arena.withUnsafeBufferPointer { arena in
                    while true {
                        let entry = slots[s]
                        if entry == 0 { return (s, nil) }
                        if entry & 0xFFFF_FFFF_0000_0000 == high {
                            let id = Int(entry & 0xFFFF_FFFF) - 1
                            let start = starts[id]
                            if starts[id + 1] - start == bytes.count,
                               bytes.isEmpty || memcmp(arena.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0 {
                                return (s, Int32(id))
                            }
                        }
                        s = (s + 1) & mask
                    }
                }
            }
        }
    }

    private mutating func grow() {
        var bigger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for entry in slots where entry != 0 {
            // The slot's low bits come from the hash's low bits, which the entry does not keep:
            // the word is hashed again.
            let id = Int(entry & 0xFFFF_FFFF) - 1
            let h = arena.withUnsafeBufferPointer { Vocabulary.hash(UnsafeBufferPointer(rebasing: $0[starts[id]..<starts[id + 1]])) }
            var s = Int(truncatingIfNeeded: h) & mask
            while bigger[s] != 0 { s = (s + 1) & mask }
            bigger[s] = entry
        }
        slots = bigger
    }

    /// A 64-bit hash read eight bytes at a time (a multiply and a shift per word of input, then
    /// a final mix), so that the low bits used as the slot depend on every byte.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var i = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= bytes.count {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xbf58_476d_1ce4_e5b9
                h ^= h >> 31
                i += 8
            }
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0x94d0_49bb_1331_11eb
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        return h ^ (h >> 32)
    }
}
