// The whole document model of a corpus: articles, entities, events, found by id.

/// Everything the analysis knows about a corpus. Ids are ordinals, so lookups are array indexing.
public struct Corpus: Sendable, Hashable {
    public var articles: [Article]
    public var entities: [Entity]
    public var events: [Event]
    /// Temporal expressions per article, in offset order (index = article ordinal - 1).
    public var timexes: [[TimeExpression]]
    /// Recognized mentions that linking left without an entity (ambiguous, low confidence).
    public var unlinkedMentions: [Mention]
    public var diagnostics: [Diagnostic]
    /// Articles that are versions of one story (refiles, copies): groups of two or more, each newest
    /// first, in the order of their newest article's id.
    public var versions: [[ArticleID]]

    public init(articles: [Article] = [], entities: [Entity] = [], events: [Event] = [],
                timexes: [[TimeExpression]] = [], unlinkedMentions: [Mention] = [],
                diagnostics: [Diagnostic] = [], versions: [[ArticleID]] = []) {
        self.articles = articles
        self.entities = entities
        self.events = events
        self.timexes = timexes
        self.unlinkedMentions = unlinkedMentions
        self.diagnostics = diagnostics
        self.versions = versions
    }

    public func article(_ id: ArticleID) -> Article? {
        let i = id.ordinal - 1
        if articles.indices.contains(i), articles[i].id == id { return articles[i] }
        return articles.first { $0.id == id }
    }

    public func entity(_ id: EntityID) -> Entity? {
        let i = id.ordinal - 1
        if entities.indices.contains(i), entities[i].id == id { return entities[i] }
        return entities.first { $0.id == id }
    }

    public func event(_ id: EventID) -> Event? {
        let i = id.ordinal - 1
        if events.indices.contains(i), events[i].id == id { return events[i] }
        return events.first { $0.id == id }
    }

    public func timexes(in id: ArticleID) -> [TimeExpression] {
        let i = id.ordinal - 1
        return timexes.indices.contains(i) ? timexes[i] : []
    }

    /// Linked mentions of one article, in offset order.
    public func mentions(in id: ArticleID) -> [Mention] {
        var out: [Mention] = []
        for entity in entities {
            for m in entity.mentions where m.article == id { out.append(m) }
        }
        return out.sorted { $0.span < $1.span }
    }
}
