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

    static func sum(_ vectors: ArraySlice<TermVector>) -> TermVector {
        var total: [Int32: Double] = [:]
        for v in vectors { for (k, x) in zip(v.ids, v.weights) { total[k, default: 0] += x } }
        return TermVector(total.map { ($0.key, $0.value) })
    }
}
