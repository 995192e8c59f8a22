// Replays every input a fuzz target saved (Tests/Fixtures/fuzz-crashes/<target>/) through the same
// entry point as that target (Fuzz/Sources/<target>/), so a crash the fuzzer found stays fixed.

import DossierKit
import Foundation
import GRDB
import TestSupport
import Testing

@Suite struct FuzzRegressionTests {
    /// The entry points of the fuzz targets, same inputs, same interpretation of the bytes.
    static func run(target: String, bytes: [UInt8]) {
        switch target {
        case "fuzz-text":
            let names = ["a.txt", "a.md", "a"]
            let r = CorpusReader().read(bytes: bytes, name: names[Int(bytes.first ?? 0) % names.count])
            for d in r.documents { _ = d.text.terminalSafe(keepNewlines: true) }
        case "fuzz-html":
            _ = CorpusReader().read(bytes: bytes, name: "page.html")
        case "fuzz-json":
            _ = CorpusReader().read(bytes: bytes, name: "feed.jsonl")
            _ = CorpusReader().read(bytes: bytes, name: "feed.json")
        case "fuzz-clean":
            guard let first = bytes.first else { return }
            let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
            let formats: [SourceFormat] = [.text, .markdown, .html, .json]
            let format = formats[Int(first) % formats.count]
            var fields = DocumentFields()
            if format == .html || format == .json, let line = text.split(separator: "\n").first {
                fields.title = String(line)
                fields.date = String(line.suffix(25))
            }
            _ = ArticleCleaner().clean(RawDocument(source: "x", format: format, text: text, fields: fields))
        case "fuzz-sentences":
            let text = String(decoding: bytes, as: UTF8.self)
            let count = text.unicodeScalars.count
            var last = 0
            for s in SentenceSplitter.split(text) {
                #expect(s.start >= last && s.end >= s.start && s.end <= count)
                last = s.end
            }
        case "fuzz-timex":
            guard bytes.count >= 2 else { return }
            let n = Int(bytes[0]) << 8 | Int(bytes[1])
            let date: CalendarDate? = n == 0 ? nil : CalendarDate(year: 1950 + n % 100, month: 1 + (n / 100) % 12, day: 1 + (n / 1200) % 28)
            let text = String(decoding: bytes.dropFirst(2), as: UTF8.self)
            let count = text.unicodeScalars.count
            for t in TemporalTagger().tag(text, articleDate: date) {
                #expect(t.span.start >= 0 && t.span.end <= count && t.span.end >= t.span.start)
            }
        case "fuzz-overrides":
            let text = String(decoding: bytes, as: UTF8.self)
            if let o = try? LinkOverrides.parse(text, file: ".dossier-overrides") {
                _ = o.fingerprint
                for d in o.directives { _ = d.text }
            }
        case "fuzz-query":
            let text = String(decoding: bytes, as: UTF8.self)
            guard let q = try? SearchQuery.parse(text) else { return }
            if let expr = q.ftsExpression {
                // The expression must be valid FTS5 syntax: run it against a real FTS5 table.
                let db = try? DatabaseQueue()
                try? db?.write { db in
                    try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2')")
                }
                #expect(throws: Never.self) { _ = try db?.read { db in try Row.fetchAll(db, sql: "SELECT rowid FROM t WHERE t MATCH ?", arguments: [expr]) } }
            }
            let sample = "The harbor board met on Tuesday in Tallinn; " + text
            let tokens = SearchText.tokens(sample)
            var spans: [TextSpan] = []
            for t in q.terms { spans += SearchQuery.occurrences(t, in: tokens) }
            let (snippet, highlights) = SearchQuery.snippet(sample, matches: spans)
            let n = snippet.unicodeScalars.count
            #expect(highlights.allSatisfy { $0.start >= 0 && $0.end <= n && $0.end >= $0.start })
        default:
            Issue.record("Tests/Fixtures/fuzz-crashes/\(target): no fuzz target of that name")
        }
    }

    static var savedInputs: [(target: String, file: URL)] {
        let root = Fixtures.url("fuzz-crashes")
        let fm = FileManager.default
        guard let targets = try? fm.contentsOfDirectory(atPath: root.path) else { return [] }
        var out: [(String, URL)] = []
        for t in targets.sorted() {
            let dir = root.appendingPathComponent(t)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue,
                  let files = try? fm.contentsOfDirectory(atPath: dir.path) else { continue }
            for f in files.sorted() where !f.hasPrefix(".") { out.append((t, dir.appendingPathComponent(f))) }
        }
        return out
    }

    @Test func everySavedFuzzInputRunsCleanly() throws {
        for (target, file) in Self.savedInputs {
            let bytes = try [UInt8](Data(contentsOf: file))
            Self.run(target: target, bytes: bytes)
        }
    }
}
