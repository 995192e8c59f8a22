// The read side of the model as the browser and CLI see it. One implementation, `SQLiteStore`, over
// an index file or an in-memory database written by the same `IndexWriter` (`--no-index`, tests).

/// One row of the article list: enough to show and sort without loading the text.
/// Encodes with every field named: a missing value is written as null, not left out (an untitled
/// article says `"title": null` beside its `displayTitle`, as the export format does, so scripts can
/// tell the two apart). Not decoded: the index stores articles in its own tables.
public struct ArticleSummary: Hashable, Encodable, Sendable {
    /// Fixed: `versionOf` is worked out from it.
    public let id: ArticleID
    public var source: String
    @NullWhenMissing public var title: String?
    /// Title, or the first words of the text when there is none.
    public var displayTitle: String
    @NullWhenMissing public var byline: String?
    @NullWhenMissing public var publisher: String?
    @NullWhenMissing public var url: String?
    @NullWhenMissing public var date: DateInfo?
    public var wordCount: Int
    public var people: Int
    public var organizations: Int
    public var places: Int
    /// The versions of this article's story (refiles, copies), newest first and this one included;
    /// empty when it has none. The article list shows a story once, as its newest version.
    public var versions: [ArticleID] {
        didSet { versionOf = Self.newest(of: versions, besides: id) }
    }
    /// The newest version of this article's story when this is an older one; nil otherwise. Kept with
    /// `versions` (stored, not computed, so that it is encoded with the other fields).
    @NullWhenMissing public private(set) var versionOf: ArticleID?

    public init(id: ArticleID, source: String, title: String?, displayTitle: String, byline: String?,
                publisher: String?, url: String?, date: DateInfo?, wordCount: Int, people: Int,
                organizations: Int, places: Int, versions: [ArticleID] = []) {
        self.id = id
        self.source = source
        self.title = title
        self.displayTitle = displayTitle
        self.byline = byline
        self.publisher = publisher
        self.url = url
        self.date = date
        self.wordCount = wordCount
        self.people = people
        self.organizations = organizations
        self.places = places
        self.versions = versions
        versionOf = Self.newest(of: versions, besides: id)
    }

    private static func newest(of versions: [ArticleID], besides id: ArticleID) -> ArticleID? {
        versions.first.flatMap { $0 == id ? nil : $0 }
    }
}

public struct EntitySummary: Hashable, Codable, Sendable {
    public var id: EntityID
    public var kind: EntityKind
    public var name: String
    public var aliases: [String]
    public var mentionCount: Int
    public var articleCount: Int

    public init(id: EntityID, kind: EntityKind, name: String, aliases: [String], mentionCount: Int, articleCount: Int) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.mentionCount = mentionCount
        self.articleCount = articleCount
    }

    public init(_ e: Entity) {
        self.init(id: e.id, kind: e.kind, name: e.name, aliases: e.aliases.map(\.name), mentionCount: e.mentions.count,
                  articleCount: e.articleIDs.count)
    }
}

/// An entity related to another, by co-mention in sentences and/or a stated relation.
public struct RelatedEntity: Hashable, Codable, Sendable {
    public var entity: EntitySummary
    /// Sentences in which both are mentioned.
    public var coMentions: Int
    /// Stated relations ("member-of"), with the article that states them.
    public var relations: [EntityLink]

    public init(entity: EntitySummary, coMentions: Int, relations: [EntityLink] = []) {
        self.entity = entity
        self.coMentions = coMentions
        self.relations = relations
    }
}

public struct TimelineQuery: Hashable, Sendable {
    public var entity: EntityID?
    /// Inclusive bounds as ISO prefixes ("2021", "2021-04", "2021-04-14").
    public var from: String?
    public var to: String?
    /// Include events whose date could not be resolved (they sort last).
    public var includeUndated: Bool
    /// Which kinds to list (every event of them); nil lists the key events (kind `event`, salience at
    /// the key threshold) unless `all` is set.
    public var kinds: Set<EventKind>?
    /// Every event, key or not, statements and background included.
    public var all: Bool
    /// Only events reported by at least this many sources.
    public var minSources: Int

    public init(entity: EntityID? = nil, from: String? = nil, to: String? = nil, includeUndated: Bool = false,
                kinds: Set<EventKind>? = nil, all: Bool = false, minSources: Int = 1) {
        self.entity = entity
        self.from = from
        self.to = to
        self.includeUndated = includeUndated
        self.kinds = kinds
        self.all = all
        self.minSources = minSources
    }

    /// Whether an event passes the kind, key and source filters (not the entity or date ones).
    public func admits(_ e: Event) -> Bool {
        if e.sources.count < minSources { return false }
        if let kinds { return kinds.contains(e.kind) }
        return all || (e.kind == .event && e.salience >= EventMerger.keyThreshold)
    }
}

/// One line of the timeline: an event and every article that reported it.
public struct TimelineItem: Hashable, Codable, Sendable {
    public var event: Event
    /// The reporting articles, the event's own first.
    public var sources: [EventSource]

    public init(event: Event, sources: [EventSource]) {
        self.event = event
        self.sources = sources
    }
}

public struct SearchHit: Hashable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable { case article, entity }
    public var kind: Kind
    public var article: ArticleID?
    public var entity: EntityID?
    public var title: String
    /// A short excerpt; `highlights` are spans in it (Unicode scalars) that matched.
    public var snippet: String
    public var highlights: [TextSpan]
    /// Larger is better.
    public var score: Double

    public init(kind: Kind, article: ArticleID? = nil, entity: EntityID? = nil, title: String, snippet: String,
                highlights: [TextSpan] = [], score: Double) {
        self.kind = kind
        self.article = article
        self.entity = entity
        self.title = title
        self.snippet = snippet
        self.highlights = highlights
        self.score = score
    }
}

/// Read access to an analysed corpus. The browser and CLI use only this: SQLite implements it (on
/// disk, or in memory for `--no-index`), and a server database could (README, "Architecture").
public protocol CorpusStore: Sendable {
    func articleSummaries() throws -> [ArticleSummary]
    func article(_ id: ArticleID) throws -> Article?
    /// Linked and unlinked mentions of an article, in offset order.
    func mentions(in id: ArticleID) throws -> [Mention]
    func timexes(in id: ArticleID) throws -> [TimeExpression]
    func events(in id: ArticleID) throws -> [Event]
    func entitySummaries(kind: EntityKind?) throws -> [EntitySummary]
    func entity(_ id: EntityID) throws -> Entity?
    func related(to id: EntityID, limit: Int) throws -> [RelatedEntity]
    /// Entities whose name or alias matches, variant-aware ("pashinian" finds "Pashinyan"); best first.
    func lookup(_ name: String, limit: Int) throws -> [EntitySummary]
    func timeline(_ query: TimelineQuery) throws -> [TimelineItem]
    func search(_ query: String, limit: Int) throws -> [SearchHit]
    /// The entities a search's `entity:NAME` field stands for (spelling variants included).
    func entities(named name: String) throws -> [EntityID]
    /// The whole model, for export.
    func corpus() throws -> Corpus
    /// The recognizer's mentions before linking, per article in corpus order (the per-file stage's
    /// output; empty for a store written from a finished model, which has no per-file stage).
    func recognizedMentions() throws -> [[Mention]]
}
