import Foundation
import ArgumentParser
import SitrepCore

struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Publication date for inputs that carry none.", valueName: "YYYY-MM-DD"),
            transform: InputOptions.parseDay)
    var published: Day?

    @Flag(name: .long, help: "Replace invalid UTF-8 with U+FFFD (and warn) instead of failing the file.")
    var lossy = false

    static func parseDay(_ s: String) throws -> Day {
        guard let day = Day(iso: s) else { throw ValidationError("'\(s)' is not a date; write it as YYYY-MM-DD, e.g. 2025-10-12") }
        return day
    }
}

struct GazetteerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder of gazetteer, lexicon and rule files.", valueName: "dir"))
    var gazetteer = "Gazetteer"

    /// The match keys of `folding.txt`, without loading the rest.
    func matchKeys() throws -> MatchKeys {
        let path = (gazetteer as NSString).appendingPathComponent("folding.txt")
        guard let rules = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ValidationError("\(path): cannot read; pass --gazetteer with the folder that holds folding.txt")
        }
        do { return try MatchKeys(foldingRules: rules) } catch { throw ValidationError("\(path): \(error.description)") }
    }

    func load() throws -> Resources {
        do { return try Resources(directory: gazetteer) } catch {
            throw ValidationError(error.description)
        }
    }
}
