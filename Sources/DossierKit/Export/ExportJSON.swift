// Writes the corpus in the versioned `dossier-export` JSON format (docs: README "Export format").

import Foundation

public enum CorpusExporter {
    public static let formatName = "dossier-export"
    public static let version = 2

    /// Deterministic JSON: sorted keys, no machine clock, no absolute paths.
    public static func json(_ corpus: Corpus) throws -> Data {
        var data = try JSONOutput.encode(ExportDocument(corpus), pretty: true)
        data.append(0x0A)
        return data
    }
}

/// The export's shape, field for field. Optional values are written as `null`, never omitted
/// (`NullWhenMissing`), except the two additive fields that say so.
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
    @NullWhenMissing var value: String?
    @NullWhenMissing var granularity: String?
    @NullWhenMissing var expression: String?
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
}

/// A piece of an article's text where it stands: an entity's mention, an event's trigger.
struct ExportQuote: Encodable {
    let article: ArticleID
    let start: Int
    let end: Int
    let text: String

    init(article: ArticleID, span: TextSpan, text: String) {
        self.article = article
        start = span.start
        end = span.end
        self.text = text
    }
}

struct ExportArticle: Encodable {
    let id: ArticleID
    let source: String
    @NullWhenMissing var title: String?
    @NullWhenMissing var byline: String?
    @NullWhenMissing var publisher: String?
    @NullWhenMissing var url: String?
    @NullWhenMissing var date: ExportDate?
    let text: String
    let sentences: [TextSpan]
    // Optional fields of version 2, written only for versions of a story (left out when nil): an older
    // version names the newest (`versionOf`), the newest lists them all, newest first (`versions`).
    let versionOf: ArticleID?
    let versions: [ArticleID]?

    /// `versions`: the versions of its story, newest first (itself included); empty when it has none.
    init(_ a: Article, versions: [ArticleID] = []) {
        id = a.id
        source = a.source
        title = a.title
        byline = a.byline
        publisher = a.publisher
        url = a.url
        date = a.date.map(ExportDate.init)
        text = a.text
        sentences = a.sentences
        let newest = versions.first
        versionOf = newest == a.id ? nil : newest
        self.versions = newest == a.id ? versions : nil
    }
}

struct ExportEntity: Encodable {
    let id: EntityID
    let kind: String
    let name: String
    let aliases: [String]
    /// Roles, links and credits are written in the model's own Codable form (a role's date is left
    /// out when unknown), so these model types are part of the export contract.
    let roles: [Role]
    let mentions: [ExportQuote]
    let links: [EntityLink]
    /// Articles credited to it in a header field ("byline" or "publisher"), which have no mention in
    /// the text: an additive field, left out when empty (readers ignore unknown fields).
    let credits: [Credit]?

    init(_ e: Entity) {
        id = e.id
        kind = e.kind.rawValue
        name = e.name
        aliases = e.aliases.map(\.name)
        roles = e.roles
        mentions = e.mentions.map { ExportQuote(article: $0.article, span: $0.span, text: $0.text) }
        links = e.links
        credits = e.credits.isEmpty ? nil : e.credits
    }
}

struct ExportEvent: Encodable {
    let id: EventID
    let kind: String
    @NullWhenMissing var trigger: ExportQuote?
    let summary: String
    let article: ArticleID
    let sentence: String
    let start: Int
    let end: Int
    @NullWhenMissing var date: ExportDate?
    let participants: [Participant]
    @NullWhenMissing var speaker: EntityID?
    let sources: [Source]
    let salience: Double

    struct Participant: Encodable {
        let entity: EntityID
        @NullWhenMissing var role: String?
    }

    struct Source: Encodable {
        let article: ArticleID
        let start: Int
        let end: Int
        @NullWhenMissing var why: String?
    }

    init(_ e: Event) {
        id = e.id
        kind = e.kind.rawValue
        trigger = e.trigger.map { ExportQuote(article: e.article, span: $0, text: e.triggerText) }
        summary = e.summary
        article = e.article
        sentence = e.sentence
        start = e.span.start
        end = e.span.end
        date = e.date.map(ExportDate.init)
        participants = e.participants.map { Participant(entity: $0.entity, role: $0.role?.rawValue) }
        speaker = e.speaker
        sources = e.sources.map { Source(article: $0.article, start: $0.span.start, end: $0.span.end, why: $0.why) }
        salience = e.salience
    }
}
