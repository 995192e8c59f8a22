// The search syntax shared by `dossier search` and the browser's `/`: words (all must match),
// "a phrase", prefix*, title:word, entity:name (variant-aware), from:2021-04 / to:2021-05-01, -word.

import Foundation

public struct SearchQuery: Hashable, Sendable {
    /// A word (lower-cased, diacritics removed), a prefix, or a phrase of such words.
    public enum Term: Hashable, Sendable {
        case word(String)
        case prefix(String)
        case phrase([String])
    }

    /// Must match the title or the text.
    public var terms: [Term] = []
    /// Must match the title.
    public var titleTerms: [Term] = []
    /// Must not match the title or the text.
    public var excluded: [Term] = []
    /// Names given with `entity:`; the article must mention an entity matching each.
    public var entities: [String] = []
    /// Inclusive date bounds as typed ("2021", "2021-04", "2021-04-14").
    public var from: String?
    public var to: String?
    /// The words outside fields, as typed, for entity lookup.
    public var freeText: String = ""

    public init() {}

    public var hasTextTerms: Bool { !terms.isEmpty || !titleTerms.isEmpty }
    public var isEmpty: Bool { !hasTextTerms && entities.isEmpty && from == nil && to == nil }

    /// Parses a query; throws `SearchQueryError` with a message saying what to fix.
    public static func parse(_ text: String) throws -> SearchQuery {
        var q = SearchQuery()
        var free: [String] = []
        for token in try split(text) {
            var body = token.text
            var negated = false
            if !token.quoted, body.hasPrefix("-"), body.count > 1 {
                negated = true
                body.removeFirst()
            }
            var field: String?
            var value = body
            var valueQuoted = token.quoted
            if !token.quoted, let colon = body.firstIndex(of: ":") {
                let name = body[..<colon].lowercased()
                if ["title", "entity", "from", "to"].contains(name) {
                    field = name
                    value = String(body[body.index(after: colon)...])
                    valueQuoted = token.valueQuoted
                    if value.isEmpty { throw SearchQueryError("`\(name):` needs a value, e.g. \(example(name))") }
                }
            }
            switch field {
            case "from", "to":
                guard Timeline.bound(value) != nil else {
                    throw SearchQueryError("`\(field ?? ""):\(value)` is not a date; write 2021, 2021-04 or 2021-04-14")
                }
                if field == "from" { q.from = value } else { q.to = value }
            case "entity":
                q.entities.append(value)
            case "title":
                if let t = term(value, quoted: valueQuoted) { q.titleTerms.append(t) }
            default:
                guard let t = term(value, quoted: valueQuoted) else { continue }
                if negated { q.excluded.append(t) } else {
                    q.terms.append(t)
                    free.append(value)
                }
            }
        }
        if q.isEmpty && !q.excluded.isEmpty {
            throw SearchQueryError("a query needs something to look for besides `-word` exclusions")
        }
        q.freeText = free.joined(separator: " ")
        return q
    }

    static func example(_ field: String) -> String {
        switch field {
        case "from": return "from:2021-04"
        case "to": return "to:2021-05-01"
        case "entity": return "entity:pashinyan"
        default: return "title:election"
        }
    }

    /// A term from typed text: several words make a phrase, a trailing `*` a prefix.
    static func term(_ text: String, quoted: Bool) -> Term? {
        let star = !quoted && text.hasSuffix("*")
        let words = SearchText.words(star ? String(text.dropLast()) : text)
        guard !words.isEmpty else { return nil }
        if words.count == 1 { return star ? .prefix(words[0]) : .word(words[0]) }
        if star {
            // "U.S*": all but the last word as a phrase is not expressible; keep the words as a phrase.
            return .phrase(words)
        }
        return .phrase(words)
    }

    struct Token {
        var text: String
        /// The whole token was in quotes.
        var quoted: Bool
        /// The part after `field:` was in quotes.
        var valueQuoted: Bool
    }

    /// Splits on spaces outside double quotes; `field:"a b"` stays one token.
    static func split(_ text: String) throws -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var inQuote = false
        var started = false
        var wholeQuoted = false
        var valueQuoted = false
        var column = 0, quoteColumn = 0
        for ch in text {
            column += 1
            if ch == "\"" {
                if inQuote { inQuote = false; continue }
                inQuote = true
                quoteColumn = column
                if !started { wholeQuoted = true } else if current.hasSuffix(":") { valueQuoted = true }
                started = true
                continue
            }
            if !inQuote && ch.isWhitespace {
                if started { tokens.append(Token(text: current, quoted: wholeQuoted, valueQuoted: valueQuoted)) }
                current = ""; started = false; wholeQuoted = false; valueQuoted = false
                continue
            }
            current.append(ch)
            started = true
        }
        if inQuote { throw SearchQueryError("the quote opened at column \(quoteColumn) is not closed; add a closing \"") }
        if started { tokens.append(Token(text: current, quoted: wholeQuoted, valueQuoted: valueQuoted)) }
        return tokens
    }
}

public struct SearchQueryError: Error, CustomStringConvertible, Sendable, Hashable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { "bad query: \(message)" }
}

/// Words for search as SQLite's unicode61 tokenizer (remove_diacritics) sees them: runs of letters
/// and digits, lower-cased, accents removed; with their Unicode-scalar spans.
public enum SearchText {
    public static func words(_ text: String) -> [String] { tokens(text).map(\.word) }

    public static func tokens(_ text: String) -> [(word: String, span: TextSpan)] {
        var out: [(String, TextSpan)] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var i = 0
        func flush() {
            if !current.isEmpty {
                out.append((fold(String(current)), TextSpan(start, i)))
                current = String.UnicodeScalarView()
            }
        }
        for s in text.unicodeScalars {
            let p = s.properties
            if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark {
                if current.isEmpty { start = i }
                current.append(s)
            } else {
                flush()
            }
            i += 1
        }
        flush()
        return out
    }

    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        return word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

// MARK: - evaluation: dates, FTS5 expressions, and what a search marks in a text

extension SearchQuery {
    /// Whether an article date (a TIMEX value) falls in `from`...`to` (overlap, as the timeline does).
    /// Without bounds every article passes; with bounds an undated article does not.
    public func dateMatches(_ value: String?) -> Bool {
        guard from != nil || to != nil else { return true }
        guard let p = value.flatMap(TimeValue.init(timex:)) else { return false }
        if let f = from.flatMap(Timeline.bound), p.lastDay < f.firstDay { return false }
        if let t = to.flatMap(Timeline.bound), p.firstDay > t.lastDay { return false }
        return true
    }

    public static func occurrences(_ term: Term, in tokens: [(word: String, span: TextSpan)]) -> [TextSpan] {
        switch term {
        case .word(let w): return tokens.filter { $0.word == w }.map(\.span)
        case .prefix(let p): return tokens.filter { $0.word.hasPrefix(p) }.map(\.span)
        case .phrase(let ws):
            guard !ws.isEmpty, tokens.count >= ws.count else { return [] }
            var out: [TextSpan] = []
            for i in 0...(tokens.count - ws.count) where tokens[i].word == ws[0] {
                if (1..<ws.count).allSatisfy({ tokens[i + $0].word == ws[$0] }) {
                    out.append(TextSpan(tokens[i].span.start, tokens[i + ws.count - 1].span.end))
                }
            }
            return out
        }
    }

    /// FTS5 text for a term ("word", "prefix"*, "a phrase").
    static func fts(_ term: Term) -> String {
        func q(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        switch term {
        case .word(let w): return q(w)
        case .prefix(let p): return q(p) + "*"
        case .phrase(let ws): return q(ws.joined(separator: " "))
        }
    }

    /// The FTS5 MATCH expression for the text part; nil when the query has no words.
    public var ftsExpression: String? {
        var parts = terms.map(Self.fts)
        parts += titleTerms.map { "title : " + Self.fts($0) }
        guard !parts.isEmpty else { return nil }
        var expr = parts.joined(separator: " AND ")
        if let not = ftsExclusion { expr = "(\(expr)) NOT (\(not))" }
        return expr
    }

    /// The FTS5 MATCH expression of the excluded terms (an article with any of them is left out);
    /// nil when nothing is excluded.
    public var ftsExclusion: String? {
        excluded.isEmpty ? nil : excluded.map(Self.fts).joined(separator: " OR ")
    }

    /// What this query marks in an article's text, in offset order without overlaps: every
    /// occurrence of its words, phrases and prefixes (`title:` words too: they choose the articles by
    /// their titles, and are marked where the text has them), and the `mentions` of `entities` (those
    /// that `entity:` fields name, or that plain words name when the text spells them another way).
    /// Excluded words are never marked. Search snippets and the reader's `n`/`N` both use this, so a
    /// query marks the same words wherever it is shown.
    public func marks(in text: String, mentions: [Mention] = [], entities: Set<EntityID> = []) -> [TextSpan] {
        var spans = Self.spans(of: terms + titleTerms, in: text)
        if !entities.isEmpty {
            spans += mentions.filter { $0.entity.map(entities.contains) ?? false }.map(\.span)
        }
        spans.sort()
        var merged: [TextSpan] = []
        for s in spans {
            if let last = merged.last, s.start < last.end {
                if s.end > last.end { merged[merged.count - 1] = TextSpan(last.start, s.end) }
            } else {
                merged.append(s)
            }
        }
        return merged
    }

    /// Where `terms` occur in `text`: what `occurrences` finds in `SearchText.tokens(text)`, without
    /// a String per word (search marks the text of every hit). Each word is matched against the
    /// query's words and prefixes ("atoms") as it is read, and keeps a bit per atom it matches;
    /// phrases are runs of words whose bits follow the phrase.
    static func spans(of terms: [Term], in text: String) -> [TextSpan] {
        guard !terms.isEmpty else { return [] }
        var atoms: [(word: [UInt8], prefix: Bool)] = []
        func atom(_ w: String, prefix: Bool) -> Int {
            let bytes = Array(w.utf8)
            if let i = atoms.firstIndex(where: { $0.word == bytes && $0.prefix == prefix }) { return i }
            atoms.append((bytes, prefix))
            return atoms.count - 1
        }
        let termAtoms: [[Int]] = terms.map { t in
            switch t {
            case .word(let w): return [atom(w, prefix: false)]
            case .prefix(let p): return [atom(p, prefix: true)]
            case .phrase(let ws): return ws.map { atom($0, prefix: false) }
            }
        }
        guard atoms.count <= 64 else {
            let tokens = SearchText.tokens(text)
            return terms.flatMap { occurrences($0, in: tokens) }
        }
        var masks: [UInt64] = [], wordSpans: [TextSpan] = []
        var buffer: [UInt8] = []
        var ascii = true, inWord = false
        var start = 0, offset = 0
        let scalars = text.unicodeScalars
        var wordStart = scalars.startIndex
        func finish(at end: String.UnicodeScalarView.Index) {
            // A word with letters beyond ASCII is folded as `SearchText` folds it (rare in English news).
            let word = ascii ? buffer : Array(SearchText.fold(String(scalars[wordStart..<end])).utf8)
            var mask: UInt64 = 0
            for (k, a) in atoms.enumerated() where a.prefix ? word.starts(with: a.word) : word == a.word { mask |= 1 << UInt64(k) }
            masks.append(mask)
            wordSpans.append(TextSpan(start, offset))
            buffer.removeAll(keepingCapacity: true)
            ascii = true
            inWord = false
        }
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i], v = s.value
            let isWord: Bool
            if v < 0x80 {
                isWord = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            } else {
                let p = s.properties
                isWord = p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            }
            if isWord {
                if !inWord { inWord = true; start = offset; wordStart = i }
                if v < 0x80 { buffer.append(UInt8(v >= 0x41 && v <= 0x5A ? v + 32 : v)) } else { ascii = false }
            } else if inWord {
                finish(at: i)
            }
            offset += 1
            i = scalars.index(after: i)
        }
        if inWord { finish(at: scalars.endIndex) }
        var out: [TextSpan] = []
        for ids in termAtoms {
            let bits = ids.map { UInt64(1) << UInt64($0) }
            guard masks.count >= bits.count else { continue }
            for k in 0...(masks.count - bits.count) where masks[k] & bits[0] != 0 {
                if (1..<bits.count).allSatisfy({ masks[k + $0] & bits[$0] != 0 }) {
                    out.append(TextSpan(wordSpans[k].start, wordSpans[k + bits.count - 1].end))
                }
            }
        }
        return out
    }

    /// The snippet of a search result: about `width` scalars of `text` around its first mark, with
    /// the marks inside it (`marks(in:)`); the one snippet builder for every caller.
    public func snippet(of text: String, mentions: [Mention] = [], entities: Set<EntityID> = [], width: Int = 120) -> (String, [TextSpan]) {
        Self.snippet(text, matches: marks(in: text, mentions: mentions, entities: entities), width: width)
    }

    /// A snippet of about `width` scalars around the first match, with the matches inside it.
    public static func snippet(_ text: String, matches: [TextSpan], width: Int = 120) -> (String, [TextSpan]) {
        let scalars = Array(text.unicodeScalars)
        let first = matches.min()?.start ?? 0
        var from = max(0, first - width / 3)
        // Start at a word.
        while from > 0, from < scalars.count, !scalars[from - 1].properties.isWhitespace, first - from < width / 2 { from -= 1 }
        let to = min(scalars.count, from + width)
        var view = String.UnicodeScalarView()
        for s in scalars[from..<to] { view.append(s == "\n" || s == "\t" ? " " : s) }
        let spans = matches.filter { $0.start >= from && $0.end <= to }.sorted().map { $0.shifted(by: -from) }
        var out = String(view)
        var shift = 0
        if from > 0 { out = "…" + out; shift = 1 }
        if to < scalars.count { out += "…" }
        return (out, spans.map { $0.shifted(by: shift) })
    }
}
