import Foundation
import Synchronization

/// The ordered stages that turn a split article into a finished ``Document``.
public struct Pipeline: Sendable {
    public let stages: [any Stage]

    /// Checks, before any document runs, that each stage's required layers are produced earlier.
    public init(_ stages: [any Stage], initialLayers: Set<Layer> = [.lines]) throws(PipelineError) {
        var have = initialLayers
        for stage in stages {
            let type = Swift.type(of: stage)
            for layer in type.requires.sorted(by: { $0.rawValue < $1.rawValue }) where !have.contains(layer) {
                let producer = Pipeline.knownProducers[layer] ?? "a stage that produces it"
                throw PipelineError.missingLayer(stage: type.name, layer: layer, suggestion: producer)
            }
            have.formUnion(type.produces)
        }
        self.stages = stages
    }

    /// The stage types of the standard pipeline (``Resources/pipeline()``), in order.
    static let standardStages: [any Stage.Type] = [
        Clean.self, Segment.self, Normalise.self, MatchNames.self, FindUnlistedPlaces.self, ResolveDates.self, ExtractNumbers.self, ExtractEvents.self,
    ]

    /// Which stage of the standard pipeline produces each layer, for error messages.
    static let knownProducers: [Layer: String] = {
        var producers: [Layer: String] = [:]
        for stage in standardStages { for layer in stage.produces where producers[layer] == nil { producers[layer] = stage.name } }
        return producers
    }()

    /// Runs every stage on `document`, adding each stage's seconds to `timings` when given.
    public func run(_ document: inout Document, timings: StageTimings? = nil) throws(StageError) {
        for stage in stages {
            let start = timings == nil ? 0 : DispatchTime.now().uptimeNanoseconds
            try stage.process(&document)
            document.layers.formUnion(type(of: stage).produces)
            if let timings {
                timings.add(type(of: stage).name, nanoseconds: DispatchTime.now().uptimeNanoseconds - start)
            }
        }
    }

    /// A table of the stages with what each requires and produces.
    public var table: String {
        let rows = [("stage", "requires", "produces")] + stages.map { stage in
            let t = type(of: stage)
            return (t.name, t.requires.map(\.rawValue).sorted().joined(separator: ", "),
                    t.produces.map(\.rawValue).sorted().joined(separator: ", "))
        }
        let first = rows.map(\.0.count).max()! + 2, second = rows.map(\.1.count).max()! + 2
        let lines = rows.map { $0.0.padding(toLength: first, withPad: " ", startingAt: 0) + $0.1.padding(toLength: second, withPad: " ", startingAt: 0) + $0.2 }
        return lines.joined(separator: "\n")
    }
}

public enum PipelineError: Error, Sendable, CustomStringConvertible {
    case missingLayer(stage: String, layer: Layer, suggestion: String)

    public var description: String {
        switch self {
        case let .missingLayer(stage, layer, suggestion):
            return "stage \"\(stage)\" requires layer \"\(layer.rawValue)\"; add \"\(suggestion)\" before it"
        }
    }
}

/// Seconds spent per stage, summed over a batch. Safe to share between tasks.
public final class StageTimings: Sendable {
    private struct Totals {
        var nanos: [String: UInt64] = [:]
        var order: [String] = []
    }

    private let totals = Mutex(Totals())

    public init() {}

    public func add(_ stage: String, nanoseconds: UInt64) {
        totals.withLock { t in
            if t.nanos[stage] == nil { t.order.append(stage) }
            t.nanos[stage, default: 0] += nanoseconds
        }
    }

    /// (stage, seconds) in first-seen order.
    public var seconds: [(String, Double)] {
        totals.withLock { t in t.order.map { ($0, Double(t.nanos[$0] ?? 0) / 1e9) } }
    }
}
