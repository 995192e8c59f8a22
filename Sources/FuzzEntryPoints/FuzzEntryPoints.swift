// The entry points of the fuzz targets (Fuzz/) in one place, shared with FuzzRegressionTests, so that
// a saved crash input is replayed through exactly the code the fuzzer ran. Each returns nil when the
// input was handled, or what went wrong (a fuzz target crashes with it so libFuzzer keeps the input).

import DossierKit
import GRDB

public enum FuzzEntryPoints {
    public static let targets = ["fuzz-text", "fuzz-html", "fuzz-json", "fuzz-clean", "fuzz-sentences",
                                 "fuzz-timex", "fuzz-overrides", "fuzz-query"]

    public static func run(_ target: String, _ bytes: [UInt8]) -> String? {
        switch target {
        case "fuzz-text": return text(bytes)
        case "fuzz-html": _ = CorpusReader().read(bytes: bytes, name: "page.html"); return nil
        case "fuzz-json":
            // Both readers see every input: the same bytes test a JSON Lines file and a JSON file.
            _ = CorpusReader().read(bytes: bytes, name: "feed.jsonl")
            _ = CorpusReader().read(bytes: bytes, name: "feed.json")
            return nil
        case "fuzz-clean": return clean(bytes)
        case "fuzz-sentences": return sentences(bytes)
        case "fuzz-timex": return timex(bytes)
        case "fuzz-overrides": return overrides(bytes)
        case "fuzz-query": return query(bytes)
        default: return "no fuzz target named \(target)"
        }
    }

    /// Plain text and Markdown reader; the first byte picks the file name (and so the format).
    static func text(_ bytes: [UInt8]) -> String? {
        let names = ["a.txt", "a.md", "a"]
        let result = CorpusReader().read(bytes: bytes, name: names[Int(bytes.first ?? 0) % names.count])
        for d in result.documents { _ = d.text.terminalSafe(keepNewlines: true) }
        return nil
    }

    /// Cleaner and story segmenter; the first byte picks the source format.
    static func clean(_ bytes: [UInt8]) -> String? {
        guard let first = bytes.first else { return nil }
        let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
        let formats: [SourceFormat] = [.text, .markdown, .html, .json]
        let format = formats[Int(first) % formats.count]
        // Structured sources also state fields; feed the first line as a title and date so those paths run.
        var fields = DocumentFields()
        if format == .html || format == .json, let line = text.split(separator: "\n").first {
            fields.title = String(line)
            fields.date = String(line.suffix(25))
        }
        _ = ArticleCleaner().clean(RawDocument(source: "x", format: format, text: text, fields: fields))
        return nil
    }

    /// Sentence splitter: spans inside the text and in order.
    static func sentences(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        let count = text.unicodeScalars.count
        var last = 0
        for s in SentenceSplitter.split(text) {
            if s.start < last || s.end < s.start || s.end > count { return "sentence span \(s) outside the text or out of order" }
            last = s.end
        }
        return nil
    }

    /// Temporal tagger; the first two bytes choose the article date (or none), the rest is the text.
    static func timex(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2 else { return nil }
        let n = Int(bytes[0]) << 8 | Int(bytes[1])
        let date: CalendarDate? = n == 0 ? nil : CalendarDate(year: 1950 + n % 100, month: 1 + (n / 100) % 12, day: 1 + (n / 1200) % 28)
        let text = String(decoding: bytes.dropFirst(2), as: UTF8.self)
        let count = text.unicodeScalars.count
        for t in TemporalTagger().tag(text, articleDate: date) where t.span.start < 0 || t.span.end > count || t.span.end < t.span.start {
            return "time expression span \(t.span) outside the text"
        }
        return nil
    }

    /// Override-file parser (`merge A = B`, `split A / B`, `kind A = place`, `ignore A`).
    static func overrides(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        if let o = try? LinkOverrides.parse(text, file: ".dossier-overrides") {
            _ = o.fingerprint
            for d in o.directives { _ = d.text }
        }
        return nil
    }

    static let ftsTable: DatabaseQueue? = {
        guard let q = try? DatabaseQueue() else { return nil }
        try? q.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2')")
            try db.execute(sql: "INSERT INTO t (title, text) VALUES ('Harbor talks', 'The harbor board met on Tuesday in Tallinn.')")
        }
        return q
    }()

    /// Search-query parser: a query parses or gives a message; a parsed query's FTS5 expression is
    /// valid FTS5 syntax (run against a real FTS5 table); snippet highlights stay inside the snippet.
    static func query(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let q = try? SearchQuery.parse(text) else { return nil }
        if let expr = q.ftsExpression, let table = ftsTable {
            do {
                _ = try table.read { db in try Row.fetchAll(db, sql: "SELECT rowid FROM t WHERE t MATCH ?", arguments: [expr]) }
            } catch {
                return "query \(text.debugDescription) made an FTS5 expression SQLite rejects: \(expr.debugDescription): \(error)"
            }
        }
        let sample = "The harbor board met on Tuesday in Tallinn; " + text
        let (snippet, highlights) = q.snippet(of: sample)
        let n = snippet.unicodeScalars.count
        for h in highlights where h.start < 0 || h.end > n || h.end < h.start { return "highlight \(h) outside the snippet" }
        return nil
    }
}
