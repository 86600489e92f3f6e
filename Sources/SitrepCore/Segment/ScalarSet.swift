/// A small fixed set of Unicode scalars (bullets, apostrophes, initials) asked once per word:
/// ASCII members are bits of two words and the few others a short array, so a lookup is a bit
/// test or a short scan where a `Set<Unicode.Scalar>` lookup hashes the scalar with SipHash.
public struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    private var low: UInt64 = 0  // scalars 0–63
    private var high: UInt64 = 0  // scalars 64–127
    private var others: [UInt32] = []

    public init(_ scalars: some Sequence<Unicode.Scalar>) {
        for s in scalars where !contains(s) {
            switch s.value {
            case ..<64: low |= 1 << UInt64(s.value)
            case ..<128: high |= 1 << UInt64(s.value - 64)
            default: others.append(s.value)
            }
        }
    }

    public init(arrayLiteral scalars: Unicode.Scalar...) { self.init(scalars) }

    @inline(__always)
    public func contains(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case ..<64: return low & (1 << UInt64(s.value)) != 0
        case ..<128: return high & (1 << UInt64(s.value - 64)) != 0
        default: return others.contains(s.value)
        }
    }

    /// The members of both sets.
    public func union(_ other: ScalarSet) -> ScalarSet {
        var out = self
        out.low |= other.low
        out.high |= other.high
        out.others += other.others.filter { !others.contains($0) }
        return out
    }
}
