// Full-text search over the index (FTS5, bm25: title weighs 5× the text) with the shared query syntax.

import Foundation
import GRDB

enum IndexSearch {
    static func search(_ text: String, limit: Int, store: SQLiteStore) throws -> [SearchHit] {
        let q = try SearchQuery.parse(text)
        guard !q.isEmpty, limit > 0 else { return [] }
        var hits: [SearchHit] = []
        if !q.freeText.isEmpty && q.entities.isEmpty && q.titleTerms.isEmpty && q.from == nil && q.to == nil {
            hits = try store.lookup(q.freeText, limit: min(5, limit), substringsAndTypos: false).map {
                SearchHit(kind: .entity, entity: $0.id, title: $0.name, snippet: $0.aliases.joined(separator: ", "),
                          score: Double($0.mentionCount))
            }
        }
        var entitySets: [[EntityID]] = []
        for name in q.entities { entitySets.append(try entities(named: name, store: store)) }
        let articles: [SearchHit] = try store.read { db in
            var filters: [String] = []
            for ids in entitySets {
                let list = ids.isEmpty ? "NULL" : ids.map { String($0.ordinal) }.joined(separator: ",")
                filters.append("a.id IN (SELECT article FROM mentions WHERE entity IN (\(list)))")
            }
            if q.from != nil || q.to != nil {
                var ok: [Int] = []
                for r in try Row.fetchAll(db, sql: "SELECT id, date_value FROM articles WHERE date_value IS NOT NULL")
                where q.dateMatches(r["date_value"]) { ok.append(r["id"]) }
                filters.append("a.id IN (\(ok.isEmpty ? "NULL" : ok.map(String.init).joined(separator: ",")))")
            }
            let extra = filters.map { " AND " + $0 }.joined()
            guard let match = q.ftsExpression else {
                // Filters only: matching articles in corpus order.
                let rows = try Row.fetchAll(db, sql: "SELECT a.id, a.display_title, substr(a.text, 1, 160) AS head FROM articles a WHERE 1\(extra) ORDER BY a.id LIMIT ?",
                                            arguments: [limit])
                return rows.map { r in
                    let (snippet, _) = SearchQuery.snippet(r["head"], matches: [])
                    return SearchHit(kind: .article, article: ArticleID(ordinal: r["id"]), title: r["display_title"],
                                     snippet: snippet, score: 0)
                }
            }
            let sql = """
                SELECT a.id, a.display_title, bm25(article_fts, 5.0, 1.0) AS rank,
                       snippet(article_fts, 1, char(1), char(2), '…', 20) AS snip
                FROM article_fts JOIN articles a ON a.id = article_fts.rowid
                WHERE article_fts MATCH ?\(extra) ORDER BY rank, a.id LIMIT ?
                """
            let rows: [Row]
            do { rows = try Row.fetchAll(db, sql: sql, arguments: [match, limit]) } catch let error as DatabaseError {
                throw SearchQueryError("the search index cannot read this query (\(error.message ?? "syntax"))")
            }
            return rows.map { r in
                let (snippet, highlights) = marked(r["snip"] ?? "")
                let rank: Double = r["rank"]
                return SearchHit(kind: .article, article: ArticleID(ordinal: r["id"]), title: r["display_title"],
                                 snippet: snippet, highlights: highlights, score: -rank)
            }
        }
        return hits + articles
    }

    /// `SearchQuery.entities(named:)` answered from the name index first; the scan for substrings and
    /// typos runs only when the name index finds nothing.
    static func entities(named name: String, store: SQLiteStore) throws -> [EntityID] {
        var found = try store.lookup(name, limit: 20, substringsAndTypos: false)
        if found.isEmpty { found = try store.lookup(name, limit: 20) }
        let strong = found.filter { e in
            ([e.name] + e.aliases).contains { NameMatcher.score(query: name, name: $0) >= 50 }
        }
        return (strong.isEmpty ? Array(found.prefix(1)) : strong).map(\.id)
    }

    /// Strips the \u{1}...\u{2} markers `snippet()` put around matches, returning their spans.
    static func marked(_ text: String) -> (String, [TextSpan]) {
        var out = String.UnicodeScalarView()
        var spans: [TextSpan] = []
        var start = 0, n = 0
        for s in text.unicodeScalars {
            switch s {
            case "\u{1}": start = n
            case "\u{2}": spans.append(TextSpan(start, n))
            case "\n", "\t", "\r": out.append(" "); n += 1
            default: out.append(s); n += 1
            }
        }
        return (String(out), spans)
    }
}
