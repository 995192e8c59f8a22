// Writes an analysed corpus into the index's tables (inside the caller's transaction).

import Foundation
import GRDB

enum IndexWriter {
    static let modelTables = ["articles", "spans", "mentions", "entities", "aliases", "roles", "links", "events",
                              "event_participants", "event_sources", "timexes", "diagnostics", "entity_fts", "name_trigrams",
                              "name_keys", "article_versions", "credits"]

    static func encodeJSON<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Whitespace-separated words (`split(whereSeparator: isWhitespace)`), without building the pieces.
    static func wordCount(_ text: String) -> Int {
        var n = 0
        var inWord = false
        for c in text {
            if c.isWhitespace { inWord = false } else if !inWord { inWord = true; n += 1 }
        }
        return n
    }

    /// Replaces the whole model. The caller runs this inside one write transaction.
    static func replaceModel(_ corpus: Corpus, in db: Database) throws {
        // The external-content FTS table must be emptied with its own command before the rows go.
        try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES('delete-all')")
        for t in modelTables { try db.execute(sql: "DELETE FROM \(t)") }

        // Per article: distinct linked entities of each kind.
        var kindsByArticle = [[EntityKind: Set<Int>]](repeating: [:], count: corpus.articles.count)
        for e in corpus.entities {
            for m in e.mentions where kindsByArticle.indices.contains(m.article.ordinal - 1) {
                kindsByArticle[m.article.ordinal - 1][m.kind, default: []].insert(e.id.ordinal)
            }
        }
        let insertArticle = try db.makeStatement(sql: """
            INSERT INTO articles (id, source, title, display_title, byline, publisher, url, date_value, date_granularity,
              date_expression, date_basis, date_conflict, date_after, dateline, text, captions, metadata, word_count, people,
              organizations, places) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        let insertSpan = try db.makeStatement(sql: "INSERT INTO spans (article, kind, ord, start, \"end\") VALUES (?,?,?,?,?)")
        let insertFTS = try db.makeStatement(sql: "INSERT INTO article_fts (rowid, title, text) VALUES (?,?,?)")
        let insertTimexes = try db.makeStatement(sql: "INSERT INTO timexes (article, json) VALUES (?,?)")
        for (i, a) in corpus.articles.enumerated() {
            let kinds = kindsByArticle[i]
            let d = a.date
            try insertArticle.execute(arguments: [
                a.id.ordinal, a.source, a.title, a.displayTitle(), a.byline, a.publisher, a.url,
                d?.value, d?.granularity?.rawValue, d?.expression, d?.basis, d?.conflict, d?.after, a.dateline, a.text,
                try encodeJSON(a.captions), try encodeJSON(a.metadata),
                wordCount(a.text),
                kinds[.person]?.count ?? 0, kinds[.organization]?.count ?? 0, kinds[.place]?.count ?? 0,
            ])
            for (k, p) in a.paragraphs.enumerated() { try insertSpan.execute(arguments: [a.id.ordinal, "p", k, p.start, p.end]) }
            for (k, s) in a.sentences.enumerated() { try insertSpan.execute(arguments: [a.id.ordinal, "s", k, s.start, s.end]) }
            try insertFTS.execute(arguments: [a.id.ordinal, a.title ?? "", a.text])
            let tx = corpus.timexes.indices.contains(i) ? corpus.timexes[i] : []
            if !tx.isEmpty { try insertTimexes.execute(arguments: [a.id.ordinal, try encodeJSON(tx)]) }
        }

        let insertMention = try db.makeStatement(sql: """
            INSERT INTO mentions (seq, article, start, "end", text, kind, role, entity, confidence) VALUES (?,?,?,?,?,?,?,?,?)
            """)
        var seq = 0
        func add(_ m: Mention) throws {
            seq += 1
            try insertMention.execute(arguments: [seq, m.article.ordinal, m.span.start, m.span.end, m.text, m.kind.rawValue,
                                                  m.role, m.entity?.ordinal, m.confidence])
        }
        let insertEntity = try db.makeStatement(sql: "INSERT INTO entities (id, kind, name, mention_count, article_count) VALUES (?,?,?,?,?)")
        let insertAlias = try db.makeStatement(sql: "INSERT INTO aliases (entity, ord, name, reason) VALUES (?,?,?,?)")
        let insertRole = try db.makeStatement(sql: "INSERT INTO roles (entity, ord, title, article, date) VALUES (?,?,?,?,?)")
        let insertLink = try db.makeStatement(sql: "INSERT INTO links (entity, ord, target, relation, evidence) VALUES (?,?,?,?,?)")
        let insertCredit = try db.makeStatement(sql: "INSERT INTO credits (entity, ord, article, field, text) VALUES (?,?,?,?,?)")
        let insertNames = try db.makeStatement(sql: "INSERT INTO entity_fts (rowid, names, keys) VALUES (?,?,?)")
        let insertTrigrams = try db.makeStatement(sql: "INSERT INTO name_trigrams (rowid, plain) VALUES (?,?)")
        let insertTypoKey = try db.makeStatement(sql: "INSERT INTO name_keys (entity, key, length) VALUES (?,?,?)")
        for e in corpus.entities {
            try insertEntity.execute(arguments: [e.id.ordinal, e.kind.rawValue, e.name, e.mentions.count, e.articleIDs.count])
            for (k, a) in e.aliases.enumerated() { try insertAlias.execute(arguments: [e.id.ordinal, k, a.name, a.reason]) }
            for (k, r) in e.roles.enumerated() { try insertRole.execute(arguments: [e.id.ordinal, k, r.title, r.article.ordinal, r.date]) }
            for (k, l) in e.links.enumerated() {
                try insertLink.execute(arguments: [e.id.ordinal, k, l.entity.ordinal, l.relation, l.evidence.ordinal])
            }
            for (k, c) in e.credits.enumerated() {
                try insertCredit.execute(arguments: [e.id.ordinal, k, c.article.ordinal, c.field, c.text])
            }
            let names = [e.name] + e.aliases.map(\.name)
            var keys: [String] = []
            var seen = Set<String>()
            for n in names { for k in NameKey.indexKeys(n) + [NameKey.compact(n)] where seen.insert(k).inserted { keys.append(k) } }
            try insertNames.execute(arguments: [e.id.ordinal, names.joined(separator: " | "), keys.joined(separator: " ")])
            try insertTrigrams.execute(arguments: [e.id.ordinal, names.map(NameKey.plain).joined(separator: " | ")])
            var typoKeys = Set<String>()
            for n in names {
                typoKeys.insert(NameKey.compact(n))
                for w in NameKey.variant(n).split(separator: " ") { typoKeys.insert(String(w)) }
            }
            for k in typoKeys.sorted() where !k.isEmpty {
                try insertTypoKey.execute(arguments: [e.id.ordinal, k, k.count])
            }
            for m in e.mentions { try add(m) }
        }
        for m in corpus.unlinkedMentions { try add(m) }

        let insertEvent = try db.makeStatement(sql: """
            INSERT INTO events (id, article, sentence, start, "end", date_value, date_granularity, date_expression,
              date_basis, date_conflict, kind, trigger_start, trigger_end, trigger_text, summary, speaker, salience)
              VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        let insertParticipant = try db.makeStatement(sql: "INSERT INTO event_participants (event, ord, entity, role) VALUES (?,?,?,?)")
        let insertSource = try db.makeStatement(sql: """
            INSERT INTO event_sources (event, ord, article, start, "end", source_event, why) VALUES (?,?,?,?,?,?,?)
            """)
        for v in corpus.events {
            let d = v.date
            try insertEvent.execute(arguments: [v.id.ordinal, v.article.ordinal, v.sentence, v.span.start, v.span.end,
                                                d?.value, d?.granularity?.rawValue, d?.expression, d?.basis, d?.conflict,
                                                v.kind.rawValue, v.trigger?.start, v.trigger?.end, v.triggerText, v.summary,
                                                v.speaker?.ordinal, v.salience])
            for (k, p) in v.participants.enumerated() {
                try insertParticipant.execute(arguments: [v.id.ordinal, k, p.entity.ordinal, p.role?.rawValue])
            }
            for (k, s) in v.alsoReportedIn.enumerated() {
                try insertSource.execute(arguments: [v.id.ordinal, k, s.article.ordinal, s.span.start, s.span.end, s.event.ordinal, s.why])
            }
        }
        let insertVersion = try db.makeStatement(sql: "INSERT INTO article_versions (article, story, ord) VALUES (?,?,?)")
        for group in corpus.versions {
            for (k, id) in group.enumerated() { try insertVersion.execute(arguments: [id.ordinal, group[0].ordinal, k]) }
        }
        let insertDiagnostic = try db.makeStatement(sql: "INSERT INTO diagnostics (ord, severity, file, line, message) VALUES (?,?,?,?,?)")
        for (k, d) in corpus.diagnostics.enumerated() {
            try insertDiagnostic.execute(arguments: [k, d.severity.rawValue, d.file, d.line, d.message])
        }
    }
}
