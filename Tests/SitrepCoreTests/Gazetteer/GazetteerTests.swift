import Foundation
import SitrepCore
import SitrepTestSupport
import Testing

@Suite struct GazetteerTests {
    static let shipped = Repository.resources.gazetteer

    @Test func shippedFilesPassTheCheck() {
        let issues = Gazetteer.check(directory: Repository.path("Gazetteer"), keys: Repository.resources.keys)
        #expect(issues.isEmpty, "\(issues.prefix(5))")
    }

    @Test func badRowsAreReportedWithFileAndLine() throws {
        let dir = try #require(Bundle.module.path(forResource: "Fixtures/gazetteer-bad", ofType: nil))
        let issues = Gazetteer.check(directory: dir, keys: Repository.resources.keys).map(\.description)
        func has(_ line: String, _ file: String, _ words: String) -> Bool {
            issues.contains { $0.contains("\(file):\(line): ") && $0.contains(words) }
        }
        #expect(has("3", "places.tsv", "duplicate id geonames:1"), "\(issues)")
        #expect(has("4", "places.tsv", "unknown kind 'hamlet'"), "\(issues)")
        #expect(has("5", "places.tsv", "bad coordinates"), "\(issues)")
        #expect(has("6", "places.tsv", "expected 11 tab-separated columns, found 4"), "\(issues)")
        #expect(has("3", "entities.tsv", "normalises to 'tahrik group'"), "\(issues)")
        #expect(has("4", "entities.tsv", "unknown kind 'wizard'"), "\(issues)")
        #expect(issues.count == 6, "\(issues)")
        #expect(throws: GazetteerError.self) { try Gazetteer.load(directory: dir) }
    }

    @Test func coversPakistanAndAfghanistan() {
        let focus = Self.shipped.places.filter { $0.country == "PK" || $0.country == "AF" }
        #expect(focus.filter { $0.kind == .province }.count >= 40)
        #expect(focus.filter { $0.kind == .district }.count >= 500)
        #expect(focus.count >= 1_450)
        #expect(Self.shipped.places.filter { $0.kind == .country }.count >= 230)
        for name in ["Kabul", "Islamabad", "Doha", "Istanbul", "Beijing", "New Delhi", "Kuala Lumpur", "Torkham", "Line of Control"] {
            #expect(Self.shipped.places.contains { $0.name == name }, "\(name)")
        }
        #expect(Self.shipped.places.first { $0.name == "Peshawar" && $0.kind == .city }?.aliases.contains("پشاور") == true)
    }

    /// The importer reads GeoNames' 19-column country dump format.
    @Test func importerReadsGeoNamesDumps() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/python3") else {
            Issue.record("python3 is needed to test Gazetteer/tools/import_geonames.py")
            return
        }
        let dump = try #require(Bundle.module.path(forResource: "Fixtures/geonames/PK-sample", ofType: "txt"))
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("places-\(UUID().uuidString).tsv").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Repository.path("Gazetteer/tools/import_geonames.py"), "--dump", dump, "--out", out]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let rows = Repository.tsv(out)
        #expect(rows.map { $0["name"]! }.sorted() == ["Khyber Pakhtunkhwa", "Kurram", "Parachinar", "Tirah Valley"])
        let kurram = try #require(rows.first { $0["name"] == "Kurram" })
        #expect(kurram["kind"] == "district" && kurram["admin1"] == "Khyber Pakhtunkhwa" && kurram["id"] == "geonames:1172574")
        let parachinar = try #require(rows.first { $0["name"] == "Parachinar" })
        #expect(parachinar["admin2"] == "Kurram" && parachinar["kind"] == "town" && parachinar["aliases"]!.contains("پاراچنار"))
        #expect(rows.first { $0["name"] == "Tirah Valley" }?["kind"] == "valley")
    }
}
