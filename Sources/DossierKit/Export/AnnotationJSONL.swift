// One JSON object per article with its text, entity mentions and temporal expressions, for pipelines.

import Foundation

public enum AnnotationJSONL {
    struct Record: Encodable {
        let id: ArticleID
        let source: String
        @NullWhenMissing var title: String?
        @NullWhenMissing var date: String?
        let text: String
        let mentions: [MentionRecord]
        let timexes: [TimexRecord]
    }

    struct MentionRecord: Encodable {
        let start: Int
        let end: Int
        let text: String
        let kind: String
        /// Null for a mention that linking left alone.
        @NullWhenMissing var entity: EntityID?
        @NullWhenMissing var role: String?
    }

    struct TimexRecord: Encodable {
        let start: Int
        let end: Int
        let text: String
        let type: String
        @NullWhenMissing var value: String?
    }

    /// One line (no trailing newline). Offsets are Unicode scalars of `text`, as in the export.
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
        return String(decoding: try JSONOutput.encode(record, pretty: false), as: UTF8.self)
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
