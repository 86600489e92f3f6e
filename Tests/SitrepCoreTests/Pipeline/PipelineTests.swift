import SitrepCore
import Testing

@Suite struct PipelineTests {
    /// A stage whose input layer nothing produces is refused before any document runs, and the
    /// message names the standard stage that produces the layer.
    @Test func missingLayerNamesTheStageThatProducesIt() {
        #expect(throws: PipelineError.self) { try Pipeline([ResolveDates()]) }
        do {
            _ = try Pipeline([ExtractNumbers()], initialLayers: [.lines, .text])
            Issue.record("a pipeline without dates was accepted")
        } catch {
            #expect(error.description == #"stage "ExtractNumbers" requires layer "dates"; add "ResolveDates" before it"#)
        }
    }

    @Test func stagesAfterTheirInputsAreAccepted() throws {
        let stages = try Pipeline([Clean(classifier: DebrisClassifier(rules: DebrisRules(rules: []))), Segment(), ResolveDates(), ExtractNumbers()])
        #expect(stages.stages.count == 4)
    }
}
