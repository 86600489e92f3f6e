/// A sparse vector of weighted terms (ids ascending) with its norm, for the cohesion measures of
/// ``ArticleSplitter``: cosines are merges of two sorted arrays, with no hashing.
struct TermVector {
    var ids: [Int32] = []
    var weights: [Double] = []
    var norm: Double = 0

    init(_ entries: [(Int32, Double)]) {
        let sorted = entries.sorted { $0.0 < $1.0 }
        ids = sorted.map(\.0)
        weights = sorted.map(\.1)
        norm = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    static func cosine(_ a: TermVector, _ b: TermVector) -> Double {
        guard a.norm > 0, b.norm > 0 else { return 0 }
        var i = 0, j = 0, dot = 0.0
        while i < a.ids.count, j < b.ids.count {
            if a.ids[i] == b.ids[j] { dot += a.weights[i] * b.weights[j]; i += 1; j += 1 } else if a.ids[i] < b.ids[j] { i += 1 } else { j += 1 }
        }
        return dot / (a.norm * b.norm)
    }

    /// The sum of `vectors`, merged pairwise in order (the same additions, in the same order, as
    /// accumulating them one by one, without hashing).
    static func sum(_ vectors: ArraySlice<TermVector>) -> TermVector {
        guard var total = vectors.first else { return TermVector([]) }
        for v in vectors.dropFirst() { total = merge(total, v) }
        return total
    }

    private static func merge(_ a: TermVector, _ b: TermVector) -> TermVector {
        var out = TermVector([])
        out.ids.reserveCapacity(a.ids.count + b.ids.count)
        out.weights.reserveCapacity(a.ids.count + b.ids.count)
        var i = 0, j = 0
        while i < a.ids.count || j < b.ids.count {
            if j == b.ids.count || i < a.ids.count && a.ids[i] < b.ids[j] {
                out.ids.append(a.ids[i]); out.weights.append(a.weights[i]); i += 1
            } else if i == a.ids.count || b.ids[j] < a.ids[i] {
                out.ids.append(b.ids[j]); out.weights.append(b.weights[j]); j += 1
            } else {
                out.ids.append(a.ids[i]); out.weights.append(a.weights[i] + b.weights[j]); i += 1; j += 1
            }
        }
        out.norm = out.weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return out
    }
}
