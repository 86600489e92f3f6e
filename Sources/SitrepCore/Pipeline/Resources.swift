import Foundation

/// Everything the pipeline loads from the `Gazetteer/` folder, loaded once per run and shared
/// (read-only) by all workers.
public struct Resources: Sendable {
    public var directory: String
    public var debris: DebrisRules
    public var holidays: Holidays
    public var gazetteer: Gazetteer
    public var keys: MatchKeys
    public var matcher: NameMatcher

    public init(directory: String) throws(GazetteerError) {
        self.directory = directory
        func read(_ name: String) throws(GazetteerError) -> (String, String) {
            let path = (directory as NSString).appendingPathComponent(name)
            do { return (try String(contentsOfFile: path, encoding: .utf8), path) } catch {
                throw .unreadable(path: path, reason: "\(error.localizedDescription); pass --gazetteer with the folder that holds \(name)")
            }
        }
        let (debrisText, debrisPath) = try read("debris.tsv")
        debris = try DebrisRules(tsv: debrisText, path: debrisPath)
        let (holidayText, holidayPath) = try read("holidays.tsv")
        holidays = try Holidays(tsv: holidayText, path: holidayPath)
        let (foldingText, foldingPath) = try read("folding.txt")
        do { keys = try MatchKeys(foldingRules: foldingText) } catch {
            throw .row(path: foldingPath, line: 1, reason: "\(error.description); fix the rule ICU names")
        }
        gazetteer = try Gazetteer.load(directory: directory)
        // One name per line; "#" starts a comment.
        let (ambiguousText, _) = try read("ambiguous.txt")
        let ambiguous = InputReader.lines(of: ambiguousText).map(\.text).compactMap { line -> String? in
            let name = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0].trimmingCharacters(in: .whitespaces)
            return name.isEmpty ? nil : name
        }
        matcher = NameMatcher(gazetteer: gazetteer, keys: keys, ambiguous: ambiguous)
        // The gazetteer's names filled the key cache with tens of thousands of words articles
        // rarely use; started afresh, it holds the articles' own vocabulary, small enough to
        // stay in the processor's cache.
        keys.clearCache()
    }

    public var classifier: DebrisClassifier { DebrisClassifier(rules: debris) }

    public func reader(lossy: Bool = false, published: Day? = nil) -> InputReader {
        InputReader(decoder: InputDecoder(lossy: lossy), classifier: classifier,
                    inferrer: PublicationDateInferrer(holidays: holidays), givenPublished: published)
    }

    /// The standard pipeline, stage by stage.
    public func pipeline() throws(PipelineError) -> Pipeline {
        try Pipeline([
            Clean(classifier: classifier),
            Segment(),
            Normalise(keys: keys),
            MatchNames(matcher: matcher, keys: keys),
            FindUnlistedPlaces(),
            ResolveDates(holidays: holidays),
            ExtractNumbers(),
            ExtractEvents(matcher: matcher),
        ])
    }
}
