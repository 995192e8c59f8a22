// One JSON object per article with its text, entity mentions and temporal expressions, for pipelines.

import Foundation

public enum AnnotationJSONL {
    struct Record: Encodable {
        let id: ArticleID
        let source: String
        let title: String?
        let date: String?
        let text: String
        let mentions: [MentionRecord]
        let timexes: [TimexRecord]

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(source, forKey: .source)
            try c.encode(title, forKey: .title)
            try c.encode(date, forKey: .date)
            try c.encode(text, forKey: .text)
            try c.encode(mentions, forKey: .mentions)
            try c.encode(timexes, forKey: .timexes)
        }

        enum CodingKeys: String, CodingKey { case id, source, title, date, text, mentions, timexes }
    }

    struct MentionRecord: Encodable {
        let start: Int
        let end: Int
        let text: String
        let kind: String
        let entity: EntityID?
        let role: String?

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(text, forKey: .text)
            try c.encode(kind, forKey: .kind)
            try c.encode(entity, forKey: .entity)
            try c.encode(role, forKey: .role)
        }

        enum CodingKeys: String, CodingKey { case start, end, text, kind, entity, role }
    }

    struct TimexRecord: Encodable {
        let start: Int
        let end: Int
        let text: String
        let type: String
        let value: String?

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(text, forKey: .text)
            try c.encode(type, forKey: .type)
            try c.encode(value, forKey: .value)
        }

        enum CodingKeys: String, CodingKey { case start, end, text, type, value }
    }

    /// One line (no trailing newline). Offsets are Unicode scalars of `text`, as in the export.
    /// `entity` is null for a mention that linking left alone.
    public static func line(article: Article, mentions: [Mention], timexes: [TimeExpression]) throws -> String {
        let record = Record(
            id: article.id, source: article.source, title: article.title, date: article.date?.value, text: article.text,
            mentions: mentions.sorted { $0.span < $1.span }.map {
                MentionRecord(start: $0.span.start, end: $0.span.end, text: $0.text, kind: $0.kind.rawValue,
                              entity: $0.entity, role: $0.role)
            },
            timexes: timexes.map {
                TimexRecord(start: $0.span.start, end: $0.span.end, text: $0.text, type: $0.type.rawValue, value: $0.value)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return TerminalSafety.escapeJSON(String(decoding: try encoder.encode(record), as: UTF8.self))
    }

    /// Every article of a store, one line each, in id order.
    public static func write(_ store: any CorpusStore, to sink: (String) throws -> Void) throws {
        for summary in try store.articleSummaries().sorted(by: { $0.id < $1.id }) {
            guard let article = try store.article(summary.id) else { continue }
            try sink(try line(article: article, mentions: store.mentions(in: summary.id),
                              timexes: store.timexes(in: summary.id)) + "\n")
        }
    }
}
