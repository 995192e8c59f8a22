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

// MARK: - evaluation shared by the stores

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

    /// Entities an `entity:` name stands for: those whose name or an alias matches it as words or
    /// spelling variants (NameMatcher score ≥ 50), else the single best match.
    public static func entities(named name: String, store: any CorpusStore) throws -> [EntityID] {
        let found = try store.lookup(name, limit: 20)
        let strong = found.filter { e in
            ([e.name] + e.aliases).contains { NameMatcher.score(query: name, name: $0) >= 50 }
        }
        return (strong.isEmpty ? Array(found.prefix(1)) : strong).map(\.id)
    }

    /// Spans of `terms` matched in tokenised text (nil when some term does not match).
    static func matches(_ terms: [Term], in tokens: [(word: String, span: TextSpan)]) -> [TextSpan]? {
        var spans: [TextSpan] = []
        for t in terms {
            let found = occurrences(t, in: tokens)
            if found.isEmpty { return nil }
            spans += found
        }
        return spans
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
        if !excluded.isEmpty { expr = "(\(expr)) NOT (" + excluded.map(Self.fts).joined(separator: " OR ") + ")" }
        return expr
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

/// Search over articles in memory with the same syntax (MemoryStore, and tests).
public enum MemorySearch {
    public static func search(_ text: String, limit: Int, articles: [Article], store: any CorpusStore,
                              mentionsIn: (ArticleID) -> [Mention]) throws -> [SearchHit] {
        let q = try SearchQuery.parse(text)
        guard !q.isEmpty, limit > 0 else { return [] }
        var hits: [SearchHit] = []
        if !q.freeText.isEmpty && q.entities.isEmpty && q.titleTerms.isEmpty && q.from == nil && q.to == nil {
            hits = try store.lookup(q.freeText, limit: min(5, limit)).map {
                SearchHit(kind: .entity, entity: $0.id, title: $0.name, snippet: $0.aliases.joined(separator: ", "),
                          score: Double($0.mentionCount))
            }
        }
        var allowed: Set<ArticleID>? = nil
        for name in q.entities {
            let ids = Set(try SearchQuery.entities(named: name, store: store))
            let arts = Set(articles.map(\.id).filter { a in mentionsIn(a).contains { $0.entity.map(ids.contains) ?? false } })
            allowed = allowed.map { $0.intersection(arts) } ?? arts
        }
        var found: [(score: Double, hit: SearchHit)] = []
        for a in articles {
            if let allowed, !allowed.contains(a.id) { continue }
            guard q.dateMatches(a.date?.value) else { continue }
            let titleTokens = SearchText.tokens(a.title ?? "")
            let textTokens = SearchText.tokens(a.text)
            var textMatches: [TextSpan] = []
            var titleHits = 0
            var ok = true
            for t in q.terms {
                let inText = SearchQuery.occurrences(t, in: textTokens)
                let inTitle = SearchQuery.occurrences(t, in: titleTokens)
                if inText.isEmpty && inTitle.isEmpty { ok = false; break }
                textMatches += inText
                titleHits += inTitle.count
            }
            guard ok else { continue }
            for t in q.titleTerms {
                let inTitle = SearchQuery.occurrences(t, in: titleTokens)
                if inTitle.isEmpty { ok = false; break }
                titleHits += inTitle.count
            }
            guard ok else { continue }
            if q.excluded.contains(where: { !SearchQuery.occurrences($0, in: textTokens + titleTokens).isEmpty }) { continue }
            let (snippet, highlights) = SearchQuery.snippet(a.text, matches: textMatches)
            let score = q.hasTextTerms ? Double(textMatches.count + 5 * titleHits) / Double(max(20, textTokens.count)) * 100 : 0
            found.append((score, SearchHit(kind: .article, article: a.id, title: a.displayTitle(), snippet: snippet,
                                           highlights: highlights, score: score)))
        }
        // Best first; ties (and queries without words) in article order.
        found.sort { $0.score != $1.score ? $0.score > $1.score : ($0.hit.article?.ordinal ?? 0) < ($1.hit.article?.ordinal ?? 0) }
        return hits + found.prefix(limit).map(\.hit)
    }
}
