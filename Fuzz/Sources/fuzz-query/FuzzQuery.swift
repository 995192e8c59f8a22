// Search-query parser (`"phrase"`, `prefix*`, `title:`, `entity:`, `from:`/`to:`, `-word`): a query
// either parses or gives a message, and a parsed query's FTS5 expression is always valid FTS5 syntax
// (run against a real in-memory FTS5 table), and its snippet spans stay inside the text.
import DossierKit
import Foundation
import GRDB

nonisolated(unsafe) let queue: DatabaseQueue? = {
    guard let q = try? DatabaseQueue() else { return nil }
    try? q.write { db in
        try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2')")
        try db.execute(sql: "INSERT INTO t (title, text) VALUES ('Harbor talks', 'The harbor board met on Tuesday in Tallinn.')")
    }
    return q
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let q = try? SearchQuery.parse(text) else { return 0 }
    if let expr = q.ftsExpression, let queue {
        do {
            _ = try queue.read { db in try Row.fetchAll(db, sql: "SELECT rowid FROM t WHERE t MATCH ?", arguments: [expr]) }
        } catch {
            fatalError("query \(text.debugDescription) made an FTS5 expression SQLite rejects: \(expr.debugDescription): \(error)")
        }
    }
    let sample = "The harbor board met on Tuesday in Tallinn; " + text
    let tokens = SearchText.tokens(sample)
    var spans: [TextSpan] = []
    for t in q.terms { spans += SearchQuery.occurrences(t, in: tokens) }
    let (snippet, highlights) = SearchQuery.snippet(sample, matches: spans)
    let n = snippet.unicodeScalars.count
    for h in highlights where h.start < 0 || h.end > n || h.end < h.start { fatalError("highlight outside the snippet") }
    return 0
}
