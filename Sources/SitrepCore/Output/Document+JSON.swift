extension Document {
    /// The output contract's `schema_version`.
    public static let schemaVersion = "1"

    /// The document as the output contract's JSON text (DESIGN.md, "Output contract"), pretty
    /// (`indent` spaces per level) or on one line when `indent` is nil. Keys are written in
    /// ascending order, as ``JSONWriter`` requires.
    public func jsonBytes(indent: Int? = 2) -> [UInt8] {
        var w = JSONWriter(indent: indent, capacity: text.utf8.count * 6)
        func span(_ w: inout JSONWriter, _ s: Span) {
            w.object { w in
                w.key("end"); w.int(s.end)
                w.key("start"); w.int(s.start)
            }
        }
        func mention(_ w: inout JSONWriter, _ s: Span, _ text: String) {
            w.object { w in
                w.key("end"); w.int(s.end)
                w.key("start"); w.int(s.start)
                w.key("text"); w.string(text)
            }
        }
        // Places and entities: one object per entry, in order of first mention.
        func byEntry<M>(_ mentions: [M], _ id: (M) -> String) -> [[M]] {
            // One hash per mention: the id finds its group's slot.
            var slot: [String: Int] = [:], groups: [[M]] = []
            for m in mentions {
                let key = id(m)
                if let s = slot[key] {
                    groups[s].append(m)
                } else {
                    slot[key] = groups.count
                    groups.append([m])
                }
            }
            return groups
        }

        w.object { w in
            w.key("dates")
            w.array(dates) { w, d in
                w.object { w in
                    w.key("anchor"); w.string(d.anchor?.rawValue)
                    w.key("end"); w.int(d.span.end)
                    w.key("granularity"); w.string(d.granularity?.rawValue)
                    w.key("start"); w.int(d.span.start)
                    w.key("text"); w.string(d.text)
                    w.key("value"); w.string(d.value)
                }
            }
            w.key("document")
            w.object { w in
                w.key("format"); w.string(format.rawValue)
                w.key("headline"); w.string(headline)
                w.key("id"); w.string(id)
                w.key("published"); w.string(published?.description)
                w.key("published_source"); w.string(publishedSource?.rawValue)
                w.key("sha256"); w.string(sha256)
                w.key("source"); w.string(source)
                w.key("standfirst"); w.string(standfirst)
                // Only documents whose input needed repair carry warnings, so clean output stays as it was.
                if !warnings.isEmpty {
                    w.key("warnings"); w.array(warnings) { $0.string($1) }
                }
            }
            w.key("entities")
            w.array(byEntry(entities, \.entity.id)) { w, ms in
                let e = ms[0].entity
                w.object { w in
                    w.key("id"); w.string(e.id)
                    w.key("kind"); w.string(e.kind.rawValue)
                    w.key("mentions"); w.array(ms) { mention(&$0, $1.span, $1.text) }
                    w.key("name"); w.string(e.name)
                }
            }
            w.key("events")
            w.array(events) { w, e in
                w.object { w in
                    w.key("actors"); w.array(e.actors) { $0.string($1) }
                    w.key("casualties")
                    w.array(e.casualties) { w, c in
                        w.object { w in
                            w.key("aggregate"); w.bool(c.aggregate)
                            w.key("claimed_by"); w.string(c.claimedBy)
                            w.key("claimed_by_entity"); w.string(c.claimedByEntity)
                            w.key("count"); w.int(c.count)
                            w.key("kind"); w.string(c.kind.rawValue)
                            w.key("min"); w.bool(c.min)
                            w.key("party"); w.string(c.party.rawValue)
                            w.key("vague"); w.bool(c.vague)
                            w.key("who"); w.string(c.who)
                        }
                    }
                    w.key("cluster"); w.string(e.cluster)
                    w.key("confidence"); w.number((e.confidence * 100).rounded() / 100)
                    w.key("date"); w.string(e.date)
                    w.key("date_anchor"); w.string(e.dateAnchor?.rawValue)
                    w.key("date_text"); w.string(e.dateText)
                    w.key("id"); w.string(e.id)
                    w.key("mentions"); w.array(e.mentions) { span(&$0, $1) }
                    w.key("places"); w.array(e.places) { $0.string($1) }
                    w.key("sentence"); span(&w, e.span)
                    w.key("type"); w.string(e.type)
                }
            }
            w.key("numbers")
            w.array(numbers) { w, n in
                w.object { w in
                    w.key("end"); w.int(n.span.end)
                    w.key("high"); w.number(n.high)
                    w.key("low"); w.number(n.low)
                    w.key("qualifier"); w.string(n.qualifier?.rawValue)
                    w.key("start"); w.int(n.span.start)
                    w.key("text"); w.string(n.text)
                    w.key("unit"); w.string(n.unit)
                    w.key("vague"); w.bool(n.vague)
                    w.key("value"); w.number(n.value)
                }
            }
            w.key("places")
            w.array(byEntry(places, \.place.id)) { w, ms in
                let p = ms[0].place
                w.object { w in
                    w.key("admin1"); w.string(p.admin1)
                    w.key("country"); w.string(p.country)
                    w.key("id"); w.string(p.id)
                    w.key("kind"); w.string(p.kind.rawValue)
                    w.key("lat"); w.number(p.lat)
                    w.key("lon"); w.number(p.lon)
                    w.key("mentions"); w.array(ms) { mention(&$0, $1.span, $1.text) }
                    w.key("name"); w.string(p.name)
                }
            }
            w.key("removed")
            w.array(removed) { w, r in
                w.object { w in
                    w.key("kind"); w.string(r.kind)
                    w.key("line"); w.int(r.line)
                    w.key("text"); w.string(r.text)
                }
            }
            w.key("schema_version"); w.string(Document.schemaVersion)
            w.key("sentences"); w.array(sentences) { span(&$0, $1) }
            w.key("text"); w.string(text)
        }
        return w.bytes
    }

    /// The document as a ``JSONValue`` (read back from ``jsonBytes(indent:)``), for callers that
    /// inspect or edit it.
    public var json: JSONValue {
        // The writer's output is valid JSON by construction.
        try! JSONReader.parse(String(decoding: jsonBytes(), as: UTF8.self))
    }
}
