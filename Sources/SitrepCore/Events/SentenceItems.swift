/// A sentence as a sequence of items: words, punctuation, and whole number mentions (so
/// "at least five" is one item). The casualty and claim readers scan these left and right.
struct SentenceItems {
    enum Kind: Equatable {
        case word
        case punctuation
        case number(Int)  // index into document.numbers
    }

    struct Item {
        var kind: Kind
        var text: String  // as written
        var lower: String
        var span: Span
        var isNumber: Bool { if case .number = kind { true } else { false } }
    }

    var items: [Item] = []
    let sentence: Span

    /// Whether `items[h]` is a hyphen written solid between the words on either side of it
    /// ("passer-by"), not a dash between spaces.
    static func hyphenJoins(_ items: [Item], at h: Int) -> Bool {
        h >= 1 && h + 1 < items.count && items[h].text == "-"
            && items[h - 1].span.end == items[h].span.start && items[h].span.end == items[h + 1].span.start
    }

    /// A part of another sentence's items (one clause).
    init(items: ArraySlice<Item>, sentence: Span) {
        self.items = Array(items)
        self.sentence = sentence
    }

    init(_ document: Document, sentence: Span, tokens: ArraySlice<Token>, numbers: [Int]) {
        self.sentence = sentence
        items.reserveCapacity(tokens.count)
        var n = 0
        var i = tokens.startIndex
        while i < tokens.endIndex {
            let t = tokens[i]
            if n < numbers.count, document.numbers[numbers[n]].span.start <= t.span.start {
                let mention = document.numbers[numbers[n]]
                items.append(Item(kind: .number(numbers[n]), text: mention.text, lower: Words.lowercasedText(mention.text), span: mention.span))
                while i < tokens.endIndex, tokens[i].span.start < mention.span.end { i += 1 }
                n += 1
                continue
            }
            let text = document.slice(t.span)
            items.append(Item(kind: t.kind == .punctuation ? .punctuation : .word, text: text, lower: Words.lowercasedText(text), span: t.span))
            i += 1
        }
    }
}
