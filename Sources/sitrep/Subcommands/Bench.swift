import ArgumentParser
import Foundation
import SitrepCore

struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the full pipeline on a corpus replicated N times (use a release build).",
        discussion: """
            Copies the input file N times into a temporary folder (or, with --one-file, into one \
            long dump), extracts it with all workers into another, and reports MB/s, articles/s, \
            seconds per stage and peak memory. A second run at N/10 copies checks that time scales \
            linearly. Each run is repeated (--repeat) and the fastest is reported, so that a \
            moment's load on the machine does not show as a slow pipeline. Run it as \
            `swift run -c release sitrep bench`.
            """
    )

    @Argument(help: ArgumentHelp("The file to replicate.", valueName: "file"))
    var file = "Corpus/aljazeera-pakistan-afghanistan-2025.txt"

    @Option(name: .long, help: "Copies of the file in the large run.")
    var copies = 100

    @Flag(name: .long, help: "Concatenate the copies into one file: a single long dump (read in pieces above 16 MB).")
    var oneFile = false

    @Option(name: .long, help: "Concurrent workers (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("repeat"), help: "Runs of each size; the fastest is reported.")
    var repetitions = 3

    @OptionGroup var gazetteer: GazetteerOptions

    func validate() throws {
        if copies < 10 { throw ValidationError("--copies must be at least 10 (the scaling run uses copies/10)") }
        if repetitions < 1 { throw ValidationError("--repeat must be at least 1") }
    }

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError(IngestError.unreadable(path: file, reason: "cannot open the file").description)
        }
        let loadStart = Date()
        let resources = try gazetteer.load()
        let loadSeconds = Date().timeIntervalSince(loadStart)
        print(String(format: "gazetteer load and matcher compile: %.3f s (%d places, %d entities)",
                     loadSeconds, resources.gazetteer.places.count, resources.gazetteer.entities.count))

        // Sizes alternate (small, large, small, large…), so that a slow spell of the machine
        // falls on both; stage seconds are those of the fastest large run.
        var smallRuns: [BatchRunner.Summary] = []
        var largeRuns: [(summary: BatchRunner.Summary, timings: StageTimings)] = []
        for _ in 0..<repetitions {
            smallRuns.append(try await measure(data: data, copies: copies / 10, resources: resources, timings: nil))
            let timings = StageTimings()
            largeRuns.append((try await measure(data: data, copies: copies, resources: resources, timings: timings), timings))
        }
        guard let small = smallRuns.min(by: { $0.seconds < $1.seconds }),
              let fastest = largeRuns.min(by: { $0.summary.seconds < $1.summary.seconds }) else { return }
        let large = fastest.summary, stageTimings = fastest.timings
        let largeTimes = largeRuns.map(\.summary.seconds)
        let mb = Double(large.bytes) / 1_000_000
        print(String(format: "%d copies: %.1f MB, %d articles, %d events in %.2f s with %d workers (fastest of %d; all: %@ s)",
                     copies, mb, large.articles, large.events, large.seconds, jobs, repetitions,
                     largeTimes.map { String(format: "%.2f", $0) }.joined(separator: ", ") as NSString))
        print(String(format: "throughput: %.1f MB/s, %.0f articles/s", mb / large.seconds, Double(large.articles) / large.seconds))
        print(String(format: "scaling: %d copies %.2f s, %d copies %.2f s, ratio %.2f (linear: %.0f)",
                     copies / 10, small.seconds, copies, large.seconds, large.seconds / small.seconds, 10.0))
        print("stage seconds (summed over workers):")
        for (stage, seconds) in stageTimings.seconds { print(String(format: "  %-16@ %.3f", stage as NSString, seconds)) }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print(String(format: "peak RSS: %.0f MB", Double(usage.ru_maxrss) / 1024))
    }

    func measure(data: Data, copies: Int, resources: Resources, timings: StageTimings?) async throws -> BatchRunner.Summary {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-bench-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let input = root + "/in", output = root + "/out"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        if oneFile {
            let path = input + "/dump.txt"
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            for _ in 0..<copies { handle.write(data) }
            try handle.close()
        } else {
            for i in 0..<copies { _ = FileManager.default.createFile(atPath: String(format: "%@/copy-%04d.txt", input, i), contents: data) }
        }
        let writer = OutputWriter(directory: output)
        try writer.prepareDirectory()
        let runner = BatchRunner(resources: resources, pipeline: try resources.pipeline(), reader: resources.reader(),
                                 writer: writer, workers: jobs, timings: timings)
        let summary = await runner.run(files: try BatchRunner.inputFiles([input]))
        if !summary.errors.isEmpty { throw ValidationError("benchmark run failed: \(summary.errors[0])") }
        return summary
    }
}
