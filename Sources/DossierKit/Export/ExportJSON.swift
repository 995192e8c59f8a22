// Writes the corpus in the versioned `dossier-export` JSON format (docs: README "Export format").

import Foundation

public enum CorpusExporter {
    public static let formatName = "dossier-export"
    public static let version = 2

    /// Deterministic JSON: sorted keys, no machine clock, no absolute paths.
    public static func json(_ corpus: Corpus) throws -> Data {
        let doc = ExportDocument(corpus)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Bidi and C1 controls as \u escapes, so the export is also safe to print on a terminal.
        var data = TerminalSafety.escapeJSON(try encoder.encode(doc))
        data.append(0x0A)
        return data
    }
}

/// The export's shape, field for field. Optional values are written as `null`, never omitted.
struct ExportDocument: Encodable {
    let format = CorpusExporter.formatName
    let version = CorpusExporter.version
    let articles: [ExportArticle]
    let entities: [ExportEntity]
    let events: [ExportEvent]

    init(_ corpus: Corpus) {
        var versions: [ArticleID: [ArticleID]] = [:]
        for group in corpus.versions { for id in group { versions[id] = group } }
        articles = corpus.articles.map { ExportArticle($0, versions: versions[$0.id] ?? []) }
        entities = corpus.entities.map(ExportEntity.init)
        events = corpus.events.map(ExportEvent.init)
    }
}

struct ExportDate: Encodable {
    let value: String?
    let granularity: String?
    let expression: String?
    let basis: String
    /// An article's lower bound when it has no date; written only when there is one.
    let after: String?

    init(_ d: DateInfo) {
        value = d.value
        granularity = d.granularity?.rawValue
        expression = d.expression
        basis = d.basis
        after = d.after
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value)
        try c.encode(granularity, forKey: .granularity)
        try c.encode(expression, forKey: .expression)
        try c.encode(basis, forKey: .basis)
        try c.encodeIfPresent(after, forKey: .after)
    }

    enum CodingKeys: String, CodingKey { case value, granularity, expression, basis, after }
}

struct ExportArticle: Encodable {
    let article: Article
    /// The versions of its story, newest first (itself included); empty when it has none.
    let versions: [ArticleID]

    init(_ a: Article, versions: [ArticleID] = []) {
        article = a
        self.versions = versions
    }

    enum CodingKeys: String, CodingKey { case id, source, title, byline, publisher, url, date, text, sentences, versionOf, versions }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(article.id, forKey: .id)
        try c.encode(article.source, forKey: .source)
        try c.encode(article.title, forKey: .title)
        try c.encode(article.byline, forKey: .byline)
        try c.encode(article.publisher, forKey: .publisher)
        try c.encode(article.url, forKey: .url)
        try c.encode(article.date.map(ExportDate.init), forKey: .date)
        try c.encode(article.text, forKey: .text)
        try c.encode(article.sentences, forKey: .sentences)
        // Optional fields of version 2, written only for versions of a story: an older version names
        // the newest (`versionOf`), the newest lists them all, newest first (`versions`).
        if let newest = versions.first {
            if newest == article.id { try c.encode(versions, forKey: .versions) } else { try c.encode(newest, forKey: .versionOf) }
        }
    }
}

struct ExportEntity: Encodable {
    let entity: Entity

    init(_ e: Entity) { entity = e }

    struct ExportMention: Encodable {
        let article: ArticleID
        let start: Int
        let end: Int
        let text: String
    }

    struct ExportRole: Encodable {
        let title: String
        let article: ArticleID
        /// The article's date when known (an additive field: readers ignore unknown fields).
        let date: String?

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(title, forKey: .title)
            try c.encode(article, forKey: .article)
            if let date { try c.encode(date, forKey: .date) }
        }

        enum CodingKeys: String, CodingKey { case title, article, date }
    }

    enum CodingKeys: String, CodingKey { case id, kind, name, aliases, roles, mentions, links }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(entity.id, forKey: .id)
        try c.encode(entity.kind.rawValue, forKey: .kind)
        try c.encode(entity.name, forKey: .name)
        try c.encode(entity.aliases.map(\.name), forKey: .aliases)
        try c.encode(entity.roles.map { ExportRole(title: $0.title, article: $0.article, date: $0.date) }, forKey: .roles)
        try c.encode(entity.mentions.map {
            ExportMention(article: $0.article, start: $0.span.start, end: $0.span.end, text: $0.text)
        }, forKey: .mentions)
        try c.encode(entity.links, forKey: .links)
    }
}

struct ExportEvent: Encodable {
    let event: Event

    init(_ e: Event) { event = e }

    enum CodingKeys: String, CodingKey {
        case id, kind, trigger, summary, article, sentence, start, end, date, participants, speaker, sources, salience
    }

    struct Trigger: Encodable {
        let text: String
        let article: ArticleID
        let start: Int
        let end: Int
    }

    struct Participant: Encodable {
        let entity: EntityID
        let role: String?

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(entity, forKey: .entity)
            try c.encode(role, forKey: .role)
        }

        enum CodingKeys: String, CodingKey { case entity, role }
    }

    struct Source: Encodable {
        let article: ArticleID
        let start: Int
        let end: Int
        let why: String?

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(article, forKey: .article)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(why, forKey: .why)
        }

        enum CodingKeys: String, CodingKey { case article, start, end, why }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(event.id, forKey: .id)
        try c.encode(event.kind.rawValue, forKey: .kind)
        try c.encode(event.trigger.map { Trigger(text: event.triggerText, article: event.article, start: $0.start, end: $0.end) },
                     forKey: .trigger)
        try c.encode(event.summary, forKey: .summary)
        try c.encode(event.article, forKey: .article)
        try c.encode(event.sentence, forKey: .sentence)
        try c.encode(event.span.start, forKey: .start)
        try c.encode(event.span.end, forKey: .end)
        try c.encode(event.date.map(ExportDate.init), forKey: .date)
        try c.encode(event.participants.map { Participant(entity: $0.entity, role: $0.role?.rawValue) }, forKey: .participants)
        try c.encode(event.speaker, forKey: .speaker)
        try c.encode(event.sources.map { Source(article: $0.article, start: $0.span.start, end: $0.span.end, why: $0.why) },
                     forKey: .sources)
        try c.encode(event.salience, forKey: .salience)
    }
}
