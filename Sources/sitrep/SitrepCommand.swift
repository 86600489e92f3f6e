import ArgumentParser

@main
struct SitrepCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitrep",
        abstract: "Turn raw news articles into structured, dated, geolocated event records.",
        version: "0.1.0",
        subcommands: [Extract.self, Dump.self, GazetteerCommand.self, Normalize.self, Bench.self],
        defaultSubcommand: Extract.self
    )
}
