// A CorpusStore over an analysed Corpus held in memory (small corpora, tests, fallback when no index).

public final class MemoryStore: CorpusStore, @unchecked Sendable {
    // Immutable after init, hence safe to share.
    private let model: Corpus
    private let mentionsByArticle: [[Mention]]
    private let eventsByArticle: [[Event]]
    /// Links other entities hold to each entity, for `related`.
    private let incomingLinks: [EntityID: [(EntityID, EntityLink)]]

    public init(_ corpus: Corpus) {
        model = corpus
        var byArticle = [[Mention]](repeating: [], count: corpus.articles.count)
        for m in corpus.entities.flatMap(\.mentions) + corpus.unlinkedMentions {
            let i = m.article.ordinal - 1
            if byArticle.indices.contains(i) { byArticle[i].append(m) }
        }
        mentionsByArticle = byArticle.map { $0.sorted { $0.span < $1.span } }
        var events = [[Event]](repeating: [], count: corpus.articles.count)
        for e in corpus.events where events.indices.contains(e.article.ordinal - 1) {
            events[e.article.ordinal - 1].append(e)
        }
        eventsByArticle = events
        var incoming: [EntityID: [(EntityID, EntityLink)]] = [:]
        for e in corpus.entities { for l in e.links { incoming[l.entity, default: []].append((e.id, l)) } }
        incomingLinks = incoming
    }

    public func corpus() -> Corpus { model }

    public func articleSummaries() -> [ArticleSummary] {
        var versions: [ArticleID: [ArticleID]] = [:]
        for group in model.versions { for id in group { versions[id] = group } }
        return model.articles.map { a in
            let ms = mentionsByArticle[a.id.ordinal - 1].filter { $0.entity != nil }
            func count(_ k: EntityKind) -> Int { Set(ms.filter { $0.kind == k }.compactMap(\.entity)).count }
            return ArticleSummary(
                id: a.id, source: a.source, title: a.title, displayTitle: a.displayTitle(), byline: a.byline,
                publisher: a.publisher, url: a.url, date: a.date,
                wordCount: a.text.split(whereSeparator: { $0.isWhitespace }).count,
                people: count(.person), organizations: count(.organization), places: count(.place),
                versions: versions[a.id] ?? [])
        }
    }

    public func article(_ id: ArticleID) -> Article? { model.article(id) }

    public func mentions(in id: ArticleID) -> [Mention] {
        mentionsByArticle.indices.contains(id.ordinal - 1) ? mentionsByArticle[id.ordinal - 1] : []
    }

    public func timexes(in id: ArticleID) -> [TimeExpression] { model.timexes(in: id) }

    public func events(in id: ArticleID) -> [Event] {
        eventsByArticle.indices.contains(id.ordinal - 1) ? eventsByArticle[id.ordinal - 1] : []
    }

    public func entitySummaries(kind: EntityKind?) -> [EntitySummary] {
        model.entities.filter { kind == nil || $0.kind == kind }.map(Self.summary)
    }

    static func summary(_ e: Entity) -> EntitySummary {
        EntitySummary(id: e.id, kind: e.kind, name: e.name, aliases: e.aliases.map(\.name),
                      mentionCount: e.mentions.count, articleCount: e.articleIDs.count)
    }

    public func entity(_ id: EntityID) -> Entity? { model.entity(id) }

    public func related(to id: EntityID, limit: Int) -> [RelatedEntity] {
        guard let entity = model.entity(id) else { return [] }
        return EntityQueries.related(
            to: entity, mentionsIn: { mentions(in: $0) }, sentencesIn: { model.article($0)?.sentences ?? [] },
            incoming: incomingLinks[id] ?? [], summary: { model.entity($0).map(Self.summary) }, limit: limit)
    }

    /// Variant-aware ("pashinian" finds Pashinyan); the matching rules live in `NameMatcher`.
    public func lookup(_ name: String, limit: Int) -> [EntitySummary] {
        EntityQueries.lookup(name, in: model.entities, limit: limit).map(Self.summary)
    }

    public func timeline(_ query: TimelineQuery) -> [TimelineItem] {
        Timeline.items(model.events, query: query)
    }

    /// The shared query syntax (`SearchQuery`): words, "phrases", prefix*, title:, entity:, from:/to:, -word.
    public func search(_ query: String, limit: Int) throws -> [SearchHit] {
        try MemorySearch.search(query, limit: limit, articles: model.articles, store: self, mentionsIn: { mentions(in: $0) })
    }
}
