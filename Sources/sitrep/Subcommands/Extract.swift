import ArgumentParser
import Foundation
import SitrepCore

struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract structured event records from article files (the default command).",
        discussion: """
            With no inputs, reads Corpus/ and writes Output/<document id>.json, one file per article.
            With --jsonl -, reads JSON Lines on standard input ({"id", "text" or "html", "published"?})
            and writes one JSON line per input line to standard output, in input order.
            """
    )

    @Argument(help: ArgumentHelp("Files or folders to read (.txt, .html, .htm).", valueName: "path"))
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Folder for the JSON output.", valueName: "dir"))
    var output = "Output"

    @Option(name: .long, help: ArgumentHelp("Read JSON Lines from this file ('-' for standard input) and write JSON Lines to standard output.", valueName: "file"))
    var jsonl: String?

    @Option(name: .long, help: "Concurrent workers (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Print seconds per stage, summed over the batch, to standard error.")
    var timings = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Flag(name: .long, help: "Skip inputs whose content and gazetteer are unchanged since the last run (see Output/.sitrep-manifest.tsv).")
    var incremental = false

    @OptionGroup var input: InputOptions
    @OptionGroup var gazetteer: GazetteerOptions

    func validate() throws {
        if jsonl != nil, !inputs.isEmpty { throw ValidationError("give either --jsonl or input paths, not both") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let resources = try gazetteer.load()
        let pipeline = try resources.pipeline()
        let reader = resources.reader(lossy: input.lossy, published: input.published)
        if let jsonl {
            try runJSONLines(jsonl, reader: reader, pipeline: pipeline)
            return
        }
        let files: [String]
        do { files = try BatchRunner.inputFiles(inputs.isEmpty ? ["Corpus"] : inputs) } catch {
            throw ValidationError(error.description)
        }
        let writer = OutputWriter(directory: output)
        try writer.prepareDirectory()
        let stageTimings = timings ? StageTimings() : nil
        var runner = BatchRunner(resources: resources, pipeline: pipeline, reader: reader, writer: writer,
                                 workers: jobs, timings: stageTimings)
        runner.incremental = incremental
        // The program's own bytes join the version in the manifest's fingerprint: a rebuild
        // with new rules but the same version string must not reuse old outputs.
        let version = SitrepCommand.configuration.version
        runner.version = incremental ? Manifest.executableIdentity().map { "\(version)+\($0)" } ?? version : version
        let signals = SignalTrap([SIGINT, SIGTERM]) { [cancellation = runner.cancellation] in cancellation.cancel() }
        let progress = quiet || isatty(STDERR_FILENO) == 0 ? nil : ProgressLine(total: files.count)
        let summary = await runner.run(files: files) { _, done in progress?.update(done: done) }
        progress?.finish()
        signals.release()
        for w in summary.warnings { FileHandle.standardError.write(Data("warning: \(w)\n".utf8)) }
        for e in summary.errors { FileHandle.standardError.write(Data("error: \(e)\n".utf8)) }
        if let stageTimings {
            for (stage, seconds) in stageTimings.seconds {
                FileHandle.standardError.write(Data("\(stage): \(String(format: "%.3f", seconds)) s\n".utf8))
            }
        }
        if !quiet {
            var line = "sitrep: \(summary.files) documents, \(summary.articles) articles, \(summary.events) events, \(summary.errors.count) errors, \(String(format: "%.2f", summary.seconds)) s"
            if summary.skipped > 0 { line += " (\(summary.skipped) unchanged, skipped)" }
            if summary.removed > 0 { line += " (\(summary.removed) stale outputs removed)" }
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        if summary.cancelled {
            FileHandle.standardError.write(Data("sitrep: interrupted; files written so far are complete, the rest were not started\n".utf8))
            throw ExitCode(130)
        }
        if !summary.errors.isEmpty { throw ExitCode.failure }
    }

    func runJSONLines(_ path: String, reader: InputReader, pipeline: Pipeline) throws {
        let handle: FileHandle
        if path == "-" { handle = .standardInput } else {
            guard let h = FileHandle(forReadingAtPath: path) else {
                throw ValidationError(IngestError.unreadable(path: path, reason: "cannot open the file").description)
            }
            handle = h
        }
        var lines = JSONLinesReader(handle: handle)
        let runner = JSONLinesRunner(reader: reader, pipeline: pipeline, workers: jobs)
        let failures = runner.run(&lines, source: path == "-" ? "stdin" : path,
                                  write: { FileHandle.standardOutput.write(Data($0)) },
                                  failed: { FileHandle.standardError.write(Data("error: \($0)\n".utf8)) })
        if failures > 0 { throw ExitCode.failure }
    }
}
