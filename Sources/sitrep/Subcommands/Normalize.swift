import ArgumentParser
import Foundation
import SitrepCore

struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the match key of every word of a text.",
        discussion: "Keys are what the gazetteer matcher compares: ICU Any-Latin; Latin-ASCII, NFKC casefold, then Gazetteer/folding.txt."
    )

    @Argument(help: "The text to normalise.")
    var text: [String]

    @OptionGroup var options: GazetteerOptions

    func run() throws {
        let keys = try options.matchKeys()
        for (word, key) in keys.keyedWords(of: text.joined(separator: " ")) { print("\(word)\t\(key)") }
    }
}
