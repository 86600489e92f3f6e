import Foundation

/// The places and entities of `Gazetteer/places.tsv` and `Gazetteer/entities.tsv`.
///
/// Loading stops at the first malformed row; ``check(directory:keys:)`` reports every problem,
/// including aliases that collide with another entry once normalised.
public struct Gazetteer: Sendable {
    public static let placeColumns = ["id", "name", "kind", "country", "admin1", "admin2", "lat", "lon", "population", "aliases", "source"]
    public static let entityColumns = ["id", "name", "kind", "country", "aliases", "notes"]

    public var places: [PlaceEntry]
    public var entities: [EntityEntry]

    public init(places: [PlaceEntry], entities: [EntityEntry]) {
        self.places = places
        self.entities = entities
    }

    /// Reads both files; throws the first problem found.
    public static func load(directory: String) throws(GazetteerError) -> Gazetteer {
        var issues: [GazetteerError] = []
        let gazetteer = read(directory: directory, issues: &issues)
        if let first = issues.first { throw first }
        return gazetteer
    }

    /// Every problem of the files, as `file:line: reason`, in file order.
    public static func check(directory: String, keys: MatchKeys) -> [GazetteerError] {
        var issues: [GazetteerError] = []
        let g = read(directory: directory, issues: &issues)
        let placesPath = path(directory, "places.tsv"), entitiesPath = path(directory, "entities.tsv")

        // Places: two entries that normalise to the same name, kind and admin area cannot be told
        // apart by any context; one of them is a duplicate.
        var seen: [String: (String, Int)] = [:]
        for (n, p) in g.places.enumerated() {
            // Outside the admin areas the gazetteer knows, same-named places cannot be compared.
            guard p.kind == .country || !p.admin1.isEmpty || p.kind == .province else { continue }
            for alias in [p.name] + p.aliases {
                let key = keys.keys(of: alias).joined(separator: " ")
                guard !key.isEmpty else {
                    issues.append(.row(path: placesPath, line: n + 2, reason: "alias '\(alias)' has no letters or digits"))
                    continue
                }
                let slot = [key, p.kind.rawValue, p.country, p.admin1, p.admin2].joined(separator: "\u{1F}")
                if let (other, line) = seen[slot], other != p.id {
                    issues.append(.row(path: placesPath, line: n + 2,
                                       reason: "'\(alias)' normalises to '\(key)', as does \(other) (line \(line)), a \(p.kind.rawValue) in the same area; merge the rows or tell them apart"))
                } else {
                    seen[slot] = (p.id, n + 2)
                }
            }
        }
        // Entities: an alias names one entity only.
        var owner: [String: (String, Int)] = [:]
        for (n, e) in g.entities.enumerated() {
            for alias in [e.name] + e.aliases {
                let key = keys.keys(of: alias).joined(separator: " ")
                if key.isEmpty { continue }
                if let (other, line) = owner[key], other != e.id {
                    issues.append(.row(path: entitiesPath, line: n + 2,
                                       reason: "alias '\(alias)' normalises to '\(key)', which already names \(other) (line \(line)); remove one of them"))
                } else {
                    owner[key] = (e.id, n + 2)
                }
            }
        }
        return issues.sorted { $0.description.localizedStandardCompare($1.description) == .orderedAscending }
    }

    static func path(_ directory: String, _ name: String) -> String { (directory as NSString).appendingPathComponent(name) }

    static func read(directory: String, issues: inout [GazetteerError]) -> Gazetteer {
        let placesPath = path(directory, "places.tsv"), entitiesPath = path(directory, "entities.tsv")
        let places = rows(placesPath, columns: placeColumns, issues: &issues)
        let entities = rows(entitiesPath, columns: entityColumns, issues: &issues)
        var g = Gazetteer(places: [], entities: [])
        var ids: [String: Int] = [:]
        for (line, c) in places {
            func fail(_ reason: String) { issues.append(.row(path: placesPath, line: line, reason: reason)) }
            if let first = ids[c[0]] { fail("duplicate id \(c[0]) (first on line \(first))"); continue }
            ids[c[0]] = line
            guard c[0].hasPrefix("geonames:") || c[0].hasPrefix("local:"), c[0].count > c[0].firstIndex(of: ":")!.utf16Offset(in: c[0]) + 1 else {
                fail("id '\(c[0])' must look like geonames:<number> or local:<name>"); continue
            }
            guard !c[1].isEmpty else { fail("empty name"); continue }
            guard let kind = PlaceEntry.Kind(rawValue: c[2]) else {
                fail("unknown kind '\(c[2])'; use one of \(PlaceEntry.Kind.allCases.map(\.rawValue).joined(separator: ", "))"); continue
            }
            guard let lat = Double(c[6]), let lon = Double(c[7]), (-90...90).contains(lat), (-180...180).contains(lon) else {
                fail("bad coordinates '\(c[6])', '\(c[7])': lat must be in -90…90 and lon in -180…180"); continue
            }
            guard let population = Int(c[8].isEmpty ? "0" : c[8]), population >= 0 else {
                fail("population '\(c[8])' must be a whole number"); continue
            }
            g.places.append(PlaceEntry(id: c[0], name: c[1], kind: kind, country: c[3], admin1: c[4], admin2: c[5],
                                       lat: lat, lon: lon, population: population,
                                       aliases: aliases(c[9]),
                                       source: c[10]))
        }
        for (line, c) in entities {
            func fail(_ reason: String) { issues.append(.row(path: entitiesPath, line: line, reason: reason)) }
            if let first = ids[c[0]] { fail("duplicate id \(c[0]) (first on line \(first))"); continue }
            ids[c[0]] = line
            guard !c[1].isEmpty else { fail("empty name"); continue }
            guard let kind = EntityEntry.Kind(rawValue: c[2]) else {
                fail("unknown kind '\(c[2])'; use one of \(EntityEntry.Kind.allCases.map(\.rawValue).joined(separator: ", "))"); continue
            }
            g.entities.append(EntityEntry(id: c[0], name: c[1], kind: kind, country: c[3],
                                          aliases: aliases(c[4]),
                                          notes: c[5]))
        }
        return g
    }

    /// The `|`-separated names of an aliases cell, trimmed, empty ones dropped.
    static func aliases(_ cell: String) -> [String] {
        cell.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Rows of a TSV file with a fixed header, as (1-based line, cells); malformed rows go to `issues`.
    static func rows(_ path: String, columns: [String], issues: inout [GazetteerError]) -> [(Int, [String])] {
        guard let data = FileManager.default.contents(atPath: path) else {
            issues.append(.unreadable(path: path, reason: "no such file; pass --gazetteer with the folder that holds it"))
            return []
        }
        guard let text = String(data: data, encoding: .utf8) else {
            issues.append(.unreadable(path: path, reason: "not UTF-8"))
            return []
        }
        var out: [(Int, [String])] = []
        for (i, line) in InputReader.lines(of: text).map(\.text).enumerated() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if i == 0 {
                if cells != columns { issues.append(.badHeader(path: path, expected: columns.joined(separator: "\\t"))); return [] }
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard cells.count == columns.count else {
                issues.append(.row(path: path, line: i + 1, reason: "expected \(columns.count) tab-separated columns, found \(cells.count)"))
                continue
            }
            out.append((i + 1, cells))
        }
        return out
    }
}
