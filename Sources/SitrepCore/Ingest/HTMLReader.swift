import CLibXML2
import Foundation

/// Reads a news page with libxml2's HTML parser (tolerant of unclosed tags and broken entities).
///
/// The body comes from `<article>`, else `<main>`, else the element holding the most paragraph
/// text. Navigation, headers, footers, asides, figures and captions, scripts, styles, forms,
/// lists whose every item is a bare link, and elements whose class or id names a related-stories,
/// share or promo widget are dropped; so is
/// the standfirst ("subhead", "standfirst"), which becomes the description when no `<meta>` gives
/// one. Each block element (paragraph, heading, list item, quote) becomes one line, and so does
/// each run of inline content between blocks.
///
/// Title and date come from `<meta>` (`og:title`, `article:published_time`, `og:description`),
/// JSON-LD `datePublished`, or the first `<time datetime>`; failing those, the title is the body
/// line the `<title>` opens with, and the date the one printed in a byline or date element.
public enum HTMLReader {
    public struct Page: Sendable {
        public var title: String?
        public var description: String?
        public var published: Day?
        public var lines: [SourceLine]
        /// Figure captions, dropped from the text but kept as evidence of when the page was
        /// written ("… in Kabul on October 16, 2025"), for a page whose markup states no date.
        public var captions: [String] = []
    }

    static let skippedElements: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "figure", "figcaption", "form", "noscript",
        "iframe", "svg", "button", "template", "select", "input", "label", "menu", "dialog",
    ]
    static let blockElements: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dd", "dt", "figcaption",
    ]
    /// Elements that flow inside a line; any other element (`div`, `section`…) ends one.
    static let inlineElements: Set<String> = [
        "a", "span", "em", "strong", "b", "i", "u", "s", "small", "sub", "sup", "abbr", "cite", "code", "time", "mark", "q",
        "br", "img", "font", "bdi", "bdo", "wbr", "data", "dfn", "kbd", "samp", "var", "del", "ins",
    ]
    /// Class names of an article's standfirst: it is the page's description, not body text.
    static let standfirstWords = ["subhead", "sub-head", "standfirst", "strapline", "article-dek", "summary__text"]
    static let widgetWords = ["related", "share", "social", "newsletter", "recommend", "promo", "advert", "sponsor",
                              "caption", "breadcrumb", "comment", "subscribe", "more-stories", "read-more", "tags", "byline",
                              // Topic labels above a headline ("Border Disputes").
                              "topics", "kicker", "eyebrow"]

    public static func read(_ html: String) -> Page {
        var page = Page(title: nil, description: nil, published: nil, lines: [])
        let bytes = Array(html.utf8)
        // XML_PARSE_HUGE lifts the nesting limit from 256 to 2048 levels: real pages nest deeper than 256.
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | XML_PARSE_HUGE.rawValue)
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                htmlReadMemory($0, Int32(buf.count), nil, "UTF-8", options)
            }
        }
        guard let doc = parsed else { return page }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return page }

        // Line start offsets, to give each block the byte offset of its source line.
        var lineStarts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { lineStarts.append(i + 1) }

        var metaTitle: String?, titleTag: String?, h1: String?
        var timeTag: String?
        var subhead: String?
        var dateTexts: [String] = []
        var bodyCandidates: (article: xmlNodePtr?, main: xmlNodePtr?) = (nil, nil)
        walk(root) { node in
            let name = elementName(node)
            switch name {
            case "meta":
                let key = (attribute(node, "property") ?? attribute(node, "name") ?? attribute(node, "itemprop") ?? "").lowercased()
                let content = attribute(node, "content")
                switch key {
                case "og:title", "twitter:title": metaTitle = metaTitle ?? content
                case "og:description", "description", "twitter:description": page.description = page.description ?? content
                case "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "og:published_time":
                    if page.published == nil, let c = content { page.published = isoDay(c) }
                default: break
                }
            case "title": titleTag = titleTag ?? text(of: node)
            case "h1": h1 = h1 ?? text(of: node)
            case "time": if timeTag == nil { timeTag = attribute(node, "datetime") }
            case "script":
                if (attribute(node, "type") ?? "").contains("ld+json"), page.published == nil, let json = rawContent(node) {
                    page.published = jsonLDDate(json)
                }
            case "figcaption": if page.captions.count < 20, let t = text(of: node), !t.isEmpty { page.captions.append(t) }
            case "article": if bodyCandidates.article == nil { bodyCandidates.article = node }
            case "main": if bodyCandidates.main == nil { bodyCandidates.main = node }
            default: break
            }
            if subhead == nil, isStandfirst(node) { subhead = text(of: node) }
            if page.published == nil, dateTexts.count < 8, isDateHolder(node), let t = text(of: node), t.utf8.count <= 200 { dateTexts.append(t) }
            return true
        }
        if page.description == nil { page.description = subhead }
        page.title = (h1 ?? metaTitle).map(collapse)
        if page.published == nil, let t = timeTag { page.published = isoDay(t) }
        // A date printed in the byline or a date element ("Published November 3, 2025").
        if page.published == nil { page.published = dateTexts.lazy.compactMap { ArticleHeader.publishedDate($0[...]) }.first }
        let body = bodyCandidates.article ?? bodyCandidates.main ?? densestBlock(root) ?? root

        var lines: [SourceLine] = []
        // Without `<h1>` or `og:title`, the `<title>` carries the site's name after the headline
        // ("Four soldiers martyred … - Newspaper - DAWN.COM"): the body line it opens with is the
        // headline.
        let pageTitle = titleTag.map(collapse)
        collectBlocks(body) { text, lineNumber in
            let number = max(1, lineNumber)
            let offset = lineStarts[min(number, lineStarts.count) - 1]
            let collapsed = collapse(text)
            if page.title == nil, let t = pageTitle, collapsed.utf8.count >= 20, t == collapsed || t.hasPrefix(collapsed + " ") {
                page.title = collapsed
                return
            }
            if !collapsed.isEmpty, collapsed != page.title {
                lines.append(SourceLine(text: Substring(collapsed), number: number, rawOffset: offset))
            }
        }
        if page.title == nil { page.title = pageTitle.map(HTMLReader.withoutSiteName) }
        page.lines = lines
        return page
    }

    /// A `<title>` without the site's name after the headline ("Blasts in Khyber | Regional
    /// Times", "… - Newspaper - DAWN.COM"): after " | " a segment of up to five words, after a
    /// spaced dash one of up to four capitalised words, while at least three words remain.
    public static func withoutSiteName(_ title: String) -> String {
        var title = title
        while true {
            // The last separator of any kind.
            let cut = [" | ", " - ", " – ", " — "].compactMap { title.range(of: $0, options: .backwards) }.max { $0.lowerBound < $1.lowerBound }
            guard let cut else { return title }
            let head = title[..<cut.lowerBound], tail = title[cut.upperBound...]
            let words = tail.split(separator: " ")
            let piped = title[cut] == " | "
            let nameLike = words.allSatisfy { $0.first?.isUppercase == true || $0.first?.isNumber == true }
            guard head.split(separator: " ").count >= 3, !words.isEmpty, words.count <= (piped ? 5 : 4), piped || nameLike else { return title }
            title = String(head)
        }
    }

    /// Class names of elements that print the article's date (or a byline that holds it).
    static let dateHolderWords = ["date", "time", "byline", "publish", "posted"]

    static func isDateHolder(_ node: xmlNodePtr) -> Bool {
        guard node.pointee.type == XML_ELEMENT_NODE, let cls = attribute(node, "class")?.lowercased() else { return false }
        return dateHolderWords.contains { cls.contains($0) }
    }

    // MARK: Tree walking

    static func elementName(_ node: xmlNodePtr) -> String {
        guard node.pointee.type == XML_ELEMENT_NODE, let n = node.pointee.name else { return "" }
        return String(cString: n).lowercased()
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { sitrep_xml_free(value) }
        return String(cString: value)
    }

    static func rawContent(_ node: xmlNodePtr) -> String? {
        guard let value = xmlNodeGetContent(node) else { return nil }
        defer { sitrep_xml_free(value) }
        return String(cString: value)
    }

    static func text(of node: xmlNodePtr) -> String? { rawContent(node).map(collapse) }

    /// Depth-first, iterative (deeply nested pages must not overflow the stack). `visit` returns
    /// false to skip a node's children.
    static func walk(_ root: xmlNodePtr, _ visit: (xmlNodePtr) -> Bool) {
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            guard visit(node) else { continue }
            var children: [xmlNodePtr] = []
            var child = node.pointee.children
            while let c = child { children.append(c); child = c.pointee.next }
            stack.append(contentsOf: children.reversed())
        }
    }

    static func isWidget(_ node: xmlNodePtr) -> Bool {
        let name = elementName(node)
        if skippedElements.contains(name) { return true }
        if (name == "ul" || name == "ol"), isLinkList(node) { return true }
        let marker = ((attribute(node, "class") ?? "") + " " + (attribute(node, "id") ?? "") + " " + (attribute(node, "role") ?? "")).lowercased()
        if marker.trimmingCharacters(in: .whitespaces).isEmpty { return false }
        if marker.contains("navigation") || marker.contains("complementary") { return true }
        return widgetWords.contains { marker.contains($0) } || standfirstWords.contains { marker.contains($0) }
    }

    /// A list whose every item is one link and nothing else: related stories or navigation, not
    /// the article's own list (whose items carry text of their own).
    static func isLinkList(_ node: xmlNodePtr) -> Bool {
        var items = 0
        var child = node.pointee.children
        while let c = child {
            defer { child = c.pointee.next }
            if c.pointee.type == XML_TEXT_NODE, let t = rawContent(c), !collapse(t).isEmpty { return false }
            guard c.pointee.type == XML_ELEMENT_NODE else { continue }
            guard elementName(c) == "li" else { return false }
            items += 1
            // The item's text is all inside links.
            let all = text(of: c) ?? ""
            var linked = ""
            walk(c) { n in
                if elementName(n) == "a" { linked += " " + (rawContent(n) ?? ""); return false }
                return true
            }
            if all.isEmpty || collapse(linked) != all { return false }
        }
        return items > 0
    }

    /// An element the page marks as the article's standfirst ("article__subhead").
    static func isStandfirst(_ node: xmlNodePtr) -> Bool {
        guard node.pointee.type == XML_ELEMENT_NODE, let c = attribute(node, "class")?.lowercased() else { return false }
        return standfirstWords.contains { c.contains($0) }
    }

    /// Emits the text of each block element under `root`, and of each run of inline content
    /// between blocks as one line (an embedded post's "— Name (@handle) <a>date</a>" after its
    /// paragraph is one line, as the debris rules expect).
    static func collectBlocks(_ root: xmlNodePtr, _ emit: (String, Int) -> Void) {
        enum Entry { case node(xmlNodePtr), run(String, Int) }
        var stack: [Entry] = [.node(root)]
        while let entry = stack.popLast() {
            let node: xmlNodePtr
            switch entry {
            case let .run(text, line): emit(text, line); continue
            case let .node(n): node = n
            }
            if node.pointee.type == XML_ELEMENT_NODE {
                if node != root, isWidget(node) { continue }
                if blockElements.contains(elementName(node)), !containsBlock(node) {
                    emit(inlineText(node), Int(xmlGetLineNo(node)))
                    continue
                }
            } else if node.pointee.type == XML_TEXT_NODE {
                if let t = rawContent(node), !collapse(t).isEmpty { emit(t, Int(xmlGetLineNo(node))) }
                continue
            }
            // Children in order: containers and blocks as they are, runs of inline content joined.
            var entries: [Entry] = []
            var run = "", runLine = 0
            func endRun() {
                if !collapse(run).isEmpty { entries.append(.run(run, runLine)) }
                run = ""
            }
            var child = node.pointee.children
            while let c = child {
                defer { child = c.pointee.next }
                let isInline = c.pointee.type == XML_TEXT_NODE
                    || c.pointee.type == XML_ELEMENT_NODE && inlineElements.contains(elementName(c)) && !containsBlock(c) && !isWidget(c)
                if isInline {
                    if run.isEmpty { runLine = Int(xmlGetLineNo(c)) }
                    run += c.pointee.type == XML_TEXT_NODE ? (rawContent(c) ?? "") : inlineText(c)
                } else {
                    endRun()
                    entries.append(.node(c))
                }
            }
            endRun()
            stack.append(contentsOf: entries.reversed())
        }
    }

    static func containsBlock(_ node: xmlNodePtr) -> Bool {
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE, blockElements.contains(elementName(c)) || containsBlock(c) { return true }
            child = c.pointee.next
        }
        return false
    }

    /// Text of a block, leaving out widgets nested inside it.
    static func inlineText(_ node: xmlNodePtr) -> String {
        var out = ""
        walk(node) { n in
            if n != node, n.pointee.type == XML_ELEMENT_NODE, isWidget(n) { return false }
            if n.pointee.type == XML_TEXT_NODE, let t = rawContent(n) { out += t }
            if elementName(n) == "br" { out += " " }
            return true
        }
        return out
    }

    /// The element whose direct `<p>` children hold the most text.
    static func densestBlock(_ root: xmlNodePtr) -> xmlNodePtr? {
        var best: (xmlNodePtr, Int)?
        walk(root) { node in
            if node.pointee.type != XML_ELEMENT_NODE || isWidget(node) { return false }
            var total = 0
            var child = node.pointee.children
            while let c = child {
                if elementName(c) == "p" { total += rawContent(c)?.count ?? 0 }
                child = c.pointee.next
            }
            if total > (best?.1 ?? 0) { best = (node, total) }
            return true
        }
        return best?.0
    }

    // MARK: Values

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The day of an ISO 8601 timestamp ("2025-10-12T09:30:00Z" → 2025-10-12).
    static func isoDay(_ s: String) -> Day? {
        let t = s.trimmingCharacters(in: .whitespaces)
        guard t.count >= 10 else { return nil }
        return Day(iso: t.prefix(10))
    }

    static func jsonLDDate(_ json: String) -> Day? {
        guard let r = json.range(of: #""datePublished"\s*:\s*"([^"]+)""#, options: .regularExpression) else { return nil }
        let match = json[r]
        guard let q = match.dropLast().lastIndex(of: "\"") else { return nil }
        return isoDay(String(match[match.index(after: q)...].dropLast()))
    }
}
