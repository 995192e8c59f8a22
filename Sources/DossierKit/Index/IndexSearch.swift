// Full-text search over the index (FTS5, bm25: title weighs 5× the text) with the shared query syntax;
// snippets marked by the query's parsed terms (`SearchQuery.marks`), as the reader marks them.

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
        let named = Set(entitySets.flatMap { $0 })
        let articles: [SearchHit] = try store.read { db, o in
            var filters: [String] = []
            for ids in entitySets {
                let list = ids.isEmpty ? "NULL" : try ids.map { String(try o.row($0)) }.joined(separator: ",")
                filters.append("a.id IN (SELECT article FROM mentions WHERE entity IN (\(list)))")
            }
            if q.from != nil || q.to != nil {
                var ok: [Int] = []
                for r in try Row.fetchAll(db, sql: "SELECT id, date_value FROM articles WHERE date_value IS NOT NULL")
                where q.dateMatches(r["date_value"]) { ok.append(r["id"]) }
                filters.append("a.id IN (\(ok.isEmpty ? "NULL" : ok.map(String.init).joined(separator: ",")))")
            }
            // Exclusions with no words to look for (`entity:X -word`, `from:... -word`) filter the
            // articles themselves; with words they are part of the MATCH expression.
            let exclusion = q.ftsExpression == nil ? q.ftsExclusion : nil
            if exclusion != nil { filters.append("a.id NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)") }
            let extra = filters.map { " AND " + $0 }.joined()
            let rows: [Row]
            if let match = q.ftsExpression {
                let sql = """
                    SELECT a.id, a.display_title, a.text, bm25(article_fts, 5.0, 1.0) AS rank
                    FROM article_fts JOIN articles a ON a.id = article_fts.rowid
                    WHERE article_fts MATCH ?\(extra) ORDER BY rank, a.id LIMIT ?
                    """
                do { rows = try Row.fetchAll(db, sql: sql, arguments: [match, limit]) } catch let error as DatabaseError {
                    throw SearchQueryError("the search index cannot read this query (\(error.message ?? "syntax"))")
                }
            } else {
                // Filters only: matching articles in corpus order.
                let arguments: StatementArguments = exclusion.map { [$0, limit] } ?? [limit]
                do {
                    rows = try Row.fetchAll(db, sql: "SELECT a.id, a.display_title, a.text, 0.0 AS rank FROM articles a WHERE 1\(extra) ORDER BY a.id LIMIT ?",
                                            arguments: arguments)
                } catch let error as DatabaseError {
                    throw SearchQueryError("the search index cannot read this query (\(error.message ?? "syntax"))")
                }
            }
            // Snippets are built here, not by FTS5's snippet(): the same marks as the reader's (see
            // `SearchQuery.marks`), the mentions of `entity:` names included.
            let list = try named.map { String(try o.row($0)) }.joined(separator: ",")
            return try rows.map { r in
                let id: Int = r["id"]
                let mentions = named.isEmpty ? [] : try Row.fetchAll(
                    db.cachedStatement(sql: "SELECT \(SQLiteStore.mentionColumns) FROM mentions WHERE article = ? AND entity IN (\(list)) ORDER BY start"),
                    arguments: [id]).map { try SQLiteStore.mention($0, o) }
                let (snippet, highlights) = q.snippet(of: r["text"], mentions: mentions, entities: named)
                let rank: Double = r["rank"]
                return SearchHit(kind: .article, article: try o.article(id), title: r["display_title"],
                                 snippet: snippet, highlights: highlights, score: -rank)
            }
        }
        return hits + articles
    }

    /// Entities an `entity:` name stands for: those whose name or an alias matches it as words or
    /// spelling variants (NameMatcher score ≥ 50), else the single best match. Answered from the name
    /// index first; the scan for substrings and typos runs only when the name index finds nothing.
    static func entities(named name: String, store: SQLiteStore) throws -> [EntityID] {
        var found = try store.lookup(name, limit: 20, substringsAndTypos: false)
        if found.isEmpty { found = try store.lookup(name, limit: 20) }
        let strong = found.filter { e in
            ([e.name] + e.aliases).contains { NameMatcher.score(query: name, name: $0) >= 50 }
        }
        return (strong.isEmpty ? Array(found.prefix(1)) : strong).map(\.id)
    }
}
