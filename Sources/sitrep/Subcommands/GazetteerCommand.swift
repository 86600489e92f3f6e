import ArgumentParser
import Foundation
import SitrepCore

struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Check the gazetteer files, or look a name up.",
        subcommands: [Check.self, Lookup.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report every malformed row of places.tsv and entities.tsv as file:line: reason.",
            discussion: "Exits non-zero when there is any problem: wrong column count, duplicate id, bad coordinates, unknown kind, or an alias that collides with another entry after normalisation."
        )

        @OptionGroup var options: GazetteerOptions

        func run() throws {
            let keys = try options.matchKeys()
            let start = Date()
            let issues = Gazetteer.check(directory: options.gazetteer, keys: keys)
            for issue in issues { print(issue.description) }
            if !issues.isEmpty {
                FileHandle.standardError.write(Data("gazetteer check: \(issues.count) problem(s)\n".utf8))
                throw ExitCode.failure
            }
            let g = try Gazetteer.load(directory: options.gazetteer)
            let seconds = Date().timeIntervalSince(start)
            print("gazetteer check: ok (\(g.places.count) places, \(g.entities.count) entities, \(String(format: "%.2f", seconds)) s)")
        }
    }

    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a name's match key and the gazetteer entries it names.")

        @Argument(help: "The name to look up.")
        var name: [String]

        @OptionGroup var options: GazetteerOptions

        func run() throws {
            let resources = try options.load()
            let text = name.joined(separator: " ")
            let keys = resources.keys.keys(of: text)
            print("key: \(keys.joined(separator: " "))")
            let hits = resources.matcher.entries(named: keys)
            for hit in hits {
                switch hit {
                case let .place(i):
                    let p = resources.gazetteer.places[i]
                    print("place\t\(p.id)\t\(p.name)\t\(p.kind.rawValue)\t\(p.country)\t\(p.admin1)\t\(p.admin2)\t\(p.lat),\(p.lon)\tpop \(p.population)")
                case let .entity(i):
                    let e = resources.gazetteer.entities[i]
                    print("entity\t\(e.id)\t\(e.name)\t\(e.kind.rawValue)\t\(e.country)")
                }
            }
            if hits.isEmpty {
                print("no entry")
                throw ExitCode.failure
            }
        }
    }
}
