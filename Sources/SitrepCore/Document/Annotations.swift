/// A word, number or punctuation token.
public struct Token: Annotation, Equatable {
    public enum Kind: UInt8, Sendable { case word, number, punctuation }
    public var span: Span
    public var kind: Kind
    /// Index of the token's match key in the document's key table (see ``MatchKeys``), or -1.
    public var key: Int32 = -1

    public init(span: Span, kind: Kind) {
        self.span = span
        self.kind = kind
    }
}

/// A place named in the text, resolved to a gazetteer entry.
public struct PlaceMention: Annotation, Equatable {
    public var span: Span
    public var text: String
    public var place: PlaceEntry
}

/// An organisation, group or person named in the text, resolved to a gazetteer entry.
public struct EntityMention: Annotation, Equatable {
    public var span: Span
    public var text: String
    public var entity: EntityEntry
}

/// A time expression and its resolved value.
public struct DateMention: Annotation, Equatable {
    public enum Granularity: String, Sendable { case day, month, year }
    public enum Anchor: String, Sendable { case absolute, published, context }
    public var span: Span
    public var text: String
    /// ISO value by granularity (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`), nil when not resolvable.
    public var value: String?
    public var granularity: Granularity?
    public var anchor: Anchor?
    /// The first and last day the expression covers, when resolved.
    public var first: Day?
    public var last: Day?
}

/// A quantity and its bounds.
public struct NumberMention: Annotation, Equatable {
    public enum Qualifier: String, Sendable {
        case atLeast = "at-least", moreThan = "more-than", nearly, about, upTo = "up-to"
    }
    public var span: Span
    public var text: String
    public var value: Double?
    public var low: Double?
    public var high: Double?
    public var qualifier: Qualifier?
    public var unit: String?
    public var vague: Bool
}

/// A killed or injured figure attached to an event.
public struct Casualty: Sendable, Equatable {
    public enum Kind: String, Sendable { case killed, injured }
    public enum Party: String, Sendable {
        case securityForces = "security-forces", militants, civilians, unknown
    }
    public var kind: Kind
    public var count: Int?
    public var min: Bool
    public var vague: Bool
    public var who: String
    public var party: Party
    public var claimedBy: String?
    public var claimedByEntity: String?
    public var aggregate: Bool
}

/// An incident or political happening reported by the article.
public struct Event: Annotation, Equatable {
    public var id: String
    public var type: String
    public var span: Span
    public var date: String?
    public var dateText: String?
    public var dateAnchor: DateMention.Anchor?
    public var places: [String]
    public var actors: [String]
    public var casualties: [Casualty]
    public var mentions: [Span]
    public var confidence: Double
    public var cluster: String?
}
