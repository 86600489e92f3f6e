import ArgumentParser
import Foundation
import SitrepCore

struct Dump: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print each article of a file and its annotation layers as an indented tree."
    )

    @Argument(help: ArgumentHelp("The file to read.", valueName: "file"))
    var file: String

    @Flag(name: .long, help: "Show the splitter's score for each paragraph gap.")
    var debugSplit = false

    @Flag(name: .long, help: "Print the pipeline's stages with what each requires and produces.")
    var pipeline = false

    @OptionGroup var input: InputOptions
    @OptionGroup var gazetteer: GazetteerOptions

    func run() async throws {
        let resources = try gazetteer.load()
        let stages = try resources.pipeline()
        if pipeline { print(stages.table) }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError(IngestError.unreadable(path: file, reason: "cannot open the file").description)
        }
        let reader = resources.reader(lossy: input.lossy, published: input.published)
        if debugSplit {
            let text = String(decoding: data, as: UTF8.self)
            let lines = InputReader.lines(of: text).map(\.text)
            let kinds = resources.classifier.classify(lines)
            _ = reader.splitter.split(lines, kinds: kinds) { gap in
                let cues = gap.cues.joined(separator: ",")
                print(String(format: "line %4d  score %5.2f  depth %5.2f  echo %5.2f  %@  %@", gap.line + 1, gap.score, gap.depth, gap.echo, cues, String(lines[gap.line].prefix(60))))
            }
            return
        }
        var warnings: [String] = []
        let documents = try reader.documents(bytes: [UInt8](data), path: file, warnings: &warnings)
        for var document in documents {
            try stages.run(&document)
            print(DocumentTreeDumper.dump(document))
        }
    }
}
