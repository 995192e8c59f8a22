// Finds sentences that report something happening and dates them with their evidence.

/// An event before ids are assigned and duplicates across articles are merged.
public struct EventDraft: Hashable, Sendable {
    public var article: ArticleID
    public var span: TextSpan
    public var sentence: String
    public var date: DateInfo?
    public var participants: [EntityID]

    public init(article: ArticleID, span: TextSpan, sentence: String, date: DateInfo?, participants: [EntityID]) {
        self.article = article
        self.span = span
        self.sentence = sentence
        self.date = date
        self.participants = participants
    }
}

public struct EventExtractor: Sendable {
    public init() {}

    /// `mentions` are the article's linked mentions; `timexes` its temporal expressions.
    public func events(in article: Article, mentions: [Mention], timexes: [TimeExpression]) -> [EventDraft] {
        []
    }
}

public struct EventMerger: Sendable {
    public init() {}

    /// Assigns ids in a deterministic order and folds reports of the same happening into one event.
    public func merge(_ drafts: [EventDraft]) -> [Event] {
        drafts.enumerated().map { i, d in
            Event(id: EventID(ordinal: i + 1), article: d.article, sentence: d.sentence, span: d.span,
                  date: d.date, participants: d.participants)
        }
    }
}
