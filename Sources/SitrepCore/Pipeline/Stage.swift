/// One step of the pipeline: reads earlier layers of a ``Document`` and adds its own.
public protocol Stage: Sendable {
    /// The stage's name in messages and timings; defaults to the type name.
    static var name: String { get }
    static var requires: Set<Layer> { get }
    static var produces: Set<Layer> { get }
    func process(_ document: inout Document) throws(StageError)
}

extension Stage {
    public static var name: String { String(describing: Self.self) }
}

/// A stage could not process a document.
public struct StageError: Error, Sendable, CustomStringConvertible {
    public var stage: String
    public var document: String
    public var reason: String

    public init(stage: String, document: String, reason: String) {
        self.stage = stage
        self.document = document
        self.reason = reason
    }

    public var description: String { "\(document): \(stage): \(reason)" }
}
