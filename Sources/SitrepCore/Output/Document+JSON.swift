extension Document {
    /// The output contract's `schema_version`.
    public static let schemaVersion = "1"

    /// The document as the output contract's JSON object (DESIGN.md, "Output contract").
    public var json: JSONValue {
        func spanObject(_ s: Span) -> JSONValue { .object(["start": .int(s.start), "end": .int(s.end)]) }
        func mention(_ s: Span, _ text: String) -> JSONValue {
            .object(["start": .int(s.start), "end": .int(s.end), "text": .string(text)])
        }

        // Places and entities: one object per entry, in order of first mention.
        var placeOrder: [String] = [], placeMentions: [String: [PlaceMention]] = [:]
        for m in places {
            if placeMentions[m.place.id] == nil { placeOrder.append(m.place.id) }
            placeMentions[m.place.id, default: []].append(m)
        }
        let placesJSON: [JSONValue] = placeOrder.map { id in
            let ms = placeMentions[id]!
            let p = ms[0].place
            return .object([
                "id": .string(p.id), "name": .string(p.name), "kind": .string(p.kind.rawValue),
                "country": .string(p.country), "admin1": .string(p.admin1), "lat": .number(p.lat), "lon": .number(p.lon),
                "mentions": .array(ms.map { mention($0.span, $0.text) }),
            ])
        }
        var entityOrder: [String] = [], entityMentions: [String: [EntityMention]] = [:]
        for m in entities {
            if entityMentions[m.entity.id] == nil { entityOrder.append(m.entity.id) }
            entityMentions[m.entity.id, default: []].append(m)
        }
        let entitiesJSON: [JSONValue] = entityOrder.map { id in
            let ms = entityMentions[id]!
            let e = ms[0].entity
            return .object([
                "id": .string(e.id), "name": .string(e.name), "kind": .string(e.kind.rawValue),
                "mentions": .array(ms.map { mention($0.span, $0.text) }),
            ])
        }
        let datesJSON: [JSONValue] = dates.map { d in
            .object([
                "start": .int(d.span.start), "end": .int(d.span.end), "text": .string(d.text),
                "value": .optional(d.value), "granularity": .optional(d.granularity?.rawValue),
                "anchor": .optional(d.anchor?.rawValue),
            ])
        }
        let numbersJSON: [JSONValue] = numbers.map { n in
            .object([
                "start": .int(n.span.start), "end": .int(n.span.end), "text": .string(n.text),
                "value": .optional(n.value), "low": .optional(n.low), "high": .optional(n.high),
                "qualifier": .optional(n.qualifier?.rawValue), "unit": .optional(n.unit), "vague": .bool(n.vague),
            ])
        }
        let eventsJSON: [JSONValue] = events.map { e in
            .object([
                "id": .string(e.id), "type": .string(e.type), "date": .optional(e.date), "date_text": .optional(e.dateText),
                "date_anchor": .optional(e.dateAnchor?.rawValue),
                "places": .array(e.places.map { .string($0) }), "actors": .array(e.actors.map { .string($0) }),
                "casualties": .array(e.casualties.map { c in
                    .object([
                        "kind": .string(c.kind.rawValue), "count": c.count.map { .int($0) } ?? .null, "min": .bool(c.min),
                        "vague": .bool(c.vague), "who": .string(c.who), "party": .string(c.party.rawValue),
                        "claimed_by": .optional(c.claimedBy), "claimed_by_entity": .optional(c.claimedByEntity),
                        "aggregate": .bool(c.aggregate),
                    ])
                }),
                "sentence": spanObject(e.span), "mentions": .array(e.mentions.map(spanObject)),
                "confidence": .number((e.confidence * 100).rounded() / 100), "cluster": .optional(e.cluster),
            ])
        }
        var documentFields: [String: JSONValue] = [
            "id": .string(id), "source": .string(source), "sha256": .string(sha256), "format": .string(format.rawValue),
            "headline": .optional(headline), "standfirst": .optional(standfirst),
            "published": .optional(published?.description), "published_source": .optional(publishedSource?.rawValue),
        ]
        // Only documents whose input needed repair carry warnings, so clean output stays as it was.
        if !warnings.isEmpty { documentFields["warnings"] = .array(warnings.map { .string($0) }) }
        return .object([
            "schema_version": .string(Document.schemaVersion),
            "document": .object(documentFields),
            "text": .string(text),
            "removed": .array(removed.map { .object(["kind": .string($0.kind), "text": .string($0.text), "line": .int($0.line)]) }),
            "sentences": .array(sentences.map(spanObject)),
            "places": .array(placesJSON),
            "entities": .array(entitiesJSON),
            "dates": .array(datesJSON),
            "numbers": .array(numbersJSON),
            "events": .array(eventsJSON),
        ])
    }
}
