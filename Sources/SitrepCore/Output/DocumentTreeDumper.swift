/// Renders a document's layers as an indented tree, one annotation a line: `@start-end "text"`.
public enum DocumentTreeDumper {
    public static func dump(_ d: Document) -> String {
        var out = ["Document \(d.id) published=\(d.published?.description ?? "nil") (\(d.publishedSource?.rawValue ?? "-")) lines=\(d.lines.first?.number ?? 0)-\(d.lines.last?.number ?? 0)"]
        if let s = d.standfirst { out.append("  standfirst \"\(s)\"") }
        out.append("  removed (\(d.removed.count))")
        for r in d.removed { out.append("    \(r.kind) line \(r.line) \"\(r.text.prefix(70))\"") }
        func line(_ s: Span, _ extra: String = "") -> String {
            let text = d.slice(s)
            return "    @\(s.start)-\(s.end) \"\(text.count > 80 ? text.prefix(80) + "…" : Substring(text))\"\(extra)"
        }
        out.append("  sentences (\(d.sentences.count))")
        out += d.sentences.map { line($0) }
        out.append("  places (\(d.places.count))")
        out += d.places.map { line($0.span, " → \($0.place.id) \($0.place.name)") }
        out.append("  entities (\(d.entities.count))")
        out += d.entities.map { line($0.span, " → \($0.entity.id)") }
        out.append("  dates (\(d.dates.count))")
        out += d.dates.map { line($0.span, " → \($0.value ?? "nil") \($0.anchor?.rawValue ?? "")") }
        out.append("  numbers (\(d.numbers.count))")
        out += d.numbers.map { line($0.span, " → \($0.value.map { String($0) } ?? "nil") [\($0.low.map { String($0) } ?? "")…\($0.high.map { String($0) } ?? "")] \($0.qualifier?.rawValue ?? "") \($0.unit ?? "")\($0.vague ? " vague" : "")") }
        out.append("  events (\(d.events.count))")
        for e in d.events {
            out.append(line(e.span, " → \(e.type) \(e.date ?? "nil") places=\(e.places) casualties=\(e.casualties.map { "\($0.kind.rawValue) \($0.count.map(String.init) ?? "vague")\($0.min ? "+" : "") \($0.who) by \($0.claimedBy ?? "-")\($0.aggregate ? " aggregate" : "")" })"))
        }
        return out.joined(separator: "\n")
    }
}
