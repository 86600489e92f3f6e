/// Groups the events of a run that report one happening: events of the same type whose dates
/// (day granularity) are at most a day apart and whose places overlap share a `cluster` id.
///
/// Works on compact ``Key``s, so a batch keeps only these in memory, not its documents. The
/// cluster id is the id of the cluster's first event (by id), so it does not depend on the
/// order in which documents were processed.
public enum EventClusterer {
    public struct Key: Sendable, Hashable {
        public var document: String
        public var event: Int
        public var eventID: String
        public var type: String
        public var day: Int?
        public var places: [String]
    }

    public static func keys(of document: Document) -> [Key] {
        document.events.enumerated().map { i, e in
            Key(document: document.id, event: i, eventID: e.id, type: e.type, day: day(e.date), places: e.places)
        }
    }

    /// The day ordinal of an event date given to the day ("2025-10-12"); nil for a month or year.
    public static func day(_ date: String?) -> Int? {
        date.flatMap { $0.count == 10 ? Day(iso: $0)?.ordinal : nil }
    }

    /// Cluster id for every key that shares a cluster with an event of another document.
    public static func assign(_ keys: [Key]) -> [Key: String] {
        var parent = Array(keys.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var buckets: [String: [Int]] = [:]
        for (i, k) in keys.enumerated() where k.day != nil {
            for p in Set(k.places) { buckets[k.type + "\u{1F}" + p, default: []].append(i) }
        }
        for (_, members) in buckets {
            let sorted = members.sorted { keys[$0].day! < keys[$1].day! }
            for (a, b) in zip(sorted, sorted.dropFirst()) where keys[b].day! - keys[a].day! <= 1 {
                let ra = find(a), rb = find(b)
                if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in keys.indices { groups[find(i), default: []].append(i) }
        var out: [Key: String] = [:]
        for (_, members) in groups where Set(members.map { keys[$0].document }).count > 1 {
            let id = members.map { keys[$0].eventID }.min()!
            for m in members { out[keys[m]] = "cluster:" + id }
        }
        return out
    }

    /// Sets the cluster ids of documents held in memory (tests, JSON Lines batches).
    public static func apply(_ documents: inout [Document]) {
        let clusters = assign(documents.flatMap(keys(of:)))
        for d in documents.indices {
            for k in keys(of: documents[d]) { documents[d].events[k.event].cluster = clusters[k] }
        }
    }
}
