// One JSON object per article with its text, entity mentions and temporal expressions, for pipelines.

import Foundation

public enum AnnotationJSONL {
    struct Record: Encodable {
        let id: ArticleID
        let source: String
        @NullWhenMissing var title: String?
        @NullWhenMissing var date: String?
        let text: String
        let mentions: [Spanned<MentionDetail>]
        let timexes: [Spanned<TimexDetail>]
    }

    /// A piece of the article's text where it stands (`start`, `end`, `text`), and what the line says
    /// about it: `Detail`'s fields, written beside those three in the same object.
    struct Spanned<Detail: Encodable>: Encodable {
        let span: TextSpan
        let text: String
        let detail: Detail

        private enum CodingKeys: String, CodingKey { case start, end, text }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(span.start, forKey: .start)
            try c.encode(span.end, forKey: .end)
            try c.encode(text, forKey: .text)
            try detail.encode(to: encoder)
        }
    }

    struct MentionDetail: Encodable {
        let kind: String
        /// Null for a mention that linking left alone.
        @NullWhenMissing var entity: EntityID?
        @NullWhenMissing var role: String?
    }

    struct TimexDetail: Encodable {
        let type: String
        @NullWhenMissing var value: String?
    }

    /// One line (no trailing newline). Offsets are Unicode scalars of `text`, as in the export.
    public static func line(article: Article, mentions: [Mention], timexes: [TimeExpression]) throws -> String {
        let record = Record(
            id: article.id, source: article.source, title: article.title, date: article.date?.value, text: article.text,
            mentions: mentions.sorted { $0.span < $1.span }.map {
                Spanned(span: $0.span, text: $0.text,
                        detail: MentionDetail(kind: $0.kind.rawValue, entity: $0.entity, role: $0.role))
            },
            timexes: timexes.map {
                Spanned(span: $0.span, text: $0.text, detail: TimexDetail(type: $0.type.rawValue, value: $0.value))
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
