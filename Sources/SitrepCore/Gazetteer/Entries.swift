/// One row of `Gazetteer/places.tsv`.
public struct PlaceEntry: Sendable, Equatable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case country, province, district, city, town, village, crossing, valley, region, river, other
    }
    public var id: String
    public var name: String
    public var kind: Kind
    /// ISO 3166-1 alpha-2 code, or empty for regions spanning countries.
    public var country: String
    public var admin1: String
    public var admin2: String
    public var lat: Double
    public var lon: Double
    public var population: Int
    public var aliases: [String]
    public var source: String
}

/// One row of `Gazetteer/entities.tsv`.
public struct EntityEntry: Sendable, Equatable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case armedGroup = "armed-group", government, military, person, media, other
    }
    public var id: String
    public var name: String
    public var kind: Kind
    public var country: String
    public var aliases: [String]
    public var notes: String
}
