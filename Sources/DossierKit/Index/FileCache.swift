// The per-file stage's output as the index caches it (`files.analysis`): a compact binary record
// that leaves out what the model tables already hold. An article's text, title, byline, spans,
// captions and metadata are in `articles` and `spans` (the corpus-wide stage changes only its date),
// so the cache keeps per article its source (the key to that row), the date the file itself gave
// (before corpus-wide dating) and the recognizer's mentions before linking. JSON of the whole
// `FileAnalysis` stored every text a second time and made the cache the largest part of the index.

import Foundation

enum FileCache {
    /// Bumped with the layout; a blob of another format is an error (the schema version, bumped
    /// together with it, rebuilds old indexes before one is read).
    static let format: UInt8 = 1

    struct Cached {
        /// Per article, in file order: the key to its row, the file's own date, recognizer mentions.
        var articles: [(source: String, date: DateInfo?, mentions: [Mention])]
        var diagnostics: [Diagnostic]
    }

    typealias Writer = BinaryRecord.Writer
    typealias Reader = BinaryRecord.Reader

    static func encode(_ analysis: FileAnalysis) -> Data {
        var w = Writer()
        w.byte(format)
        w.varint(analysis.diagnostics.count)
        for d in analysis.diagnostics {
            w.byte(severityCode(d.severity))
            w.string(d.file)
            w.varint(d.line.map { $0 + 1 } ?? 0)
            w.string(d.message)
        }
        w.varint(analysis.articles.count)
        for (i, a) in analysis.articles.enumerated() {
            w.string(a.source)
            w.date(a.date)
            let ms = i < analysis.mentions.count ? analysis.mentions[i] : []
            w.varint(ms.count)
            var previous = 0
            for m in ms {
                w.varint(m.article.ordinal)
                w.signed(m.span.start - previous)
                previous = m.span.start
                w.mentionAfterStart(m)
            }
        }
        return w.data
    }

    static func decode(_ data: Data) throws -> Cached {
        var r = Reader(data)
        guard try r.byte() == format else { throw DossierError.index(path: "", message: "cached analysis in an unknown format") }
        var diagnostics: [Diagnostic] = []
        for _ in 0..<(try r.count()) {
            let severity = try severity(r.byte())
            let file = try r.string()
            let line = try r.varint()
            diagnostics.append(Diagnostic(severity, file: file, line: line == 0 ? nil : line - 1, message: try r.string()))
        }
        var articles: [(source: String, date: DateInfo?, mentions: [Mention])] = []
        for _ in 0..<(try r.count()) {
            let source = try r.string()
            let date = try r.date()
            var mentions: [Mention] = []
            var previous = 0
            for _ in 0..<(try r.count()) {
                let article = try r.varint()
                let start = previous + (try r.signed())
                previous = start
                mentions.append(try r.mention(article: ArticleID(ordinal: article), start: start))
            }
            articles.append((source, date, mentions))
        }
        return Cached(articles: articles, diagnostics: diagnostics)
    }

    static func severityCode(_ s: Diagnostic.Severity) -> UInt8 {
        switch s {
        case .note: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    static func severity(_ code: UInt8) throws -> Diagnostic.Severity {
        switch code {
        case 0: return .note
        case 1: return .warning
        case 2: return .error
        default: throw Reader.damaged
        }
    }
}
