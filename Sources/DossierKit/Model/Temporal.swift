// Temporal expressions found in text and the events they date.

public enum TimexType: String, Codable, Sendable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// A temporal expression in an article, normalised relative to the article date.
public struct TimeExpression: Hashable, Codable, Sendable {
    public var span: TextSpan
    public var text: String
    public var type: TimexType
    /// TIMEX3 value ("2021-04-14", "P5D", "PRESENT_REF", "199X"); nil when it cannot be anchored.
    public var value: String?
    public var granularity: Granularity?
    /// How the value was obtained: "explicit", "relative to article date 2021-04-14", ...
    public var basis: String
    /// Set when the text contradicts itself and one reading was chosen.
    public var conflict: String?

    public init(span: TextSpan, text: String, type: TimexType, value: String?, granularity: Granularity?,
                basis: String, conflict: String? = nil) {
        self.span = span
        self.text = text
        self.type = type
        self.value = value
        self.granularity = granularity
        self.basis = basis
        self.conflict = conflict
    }
}

/// Something reported as happening, with its date and participants.
public struct Event: Identifiable, Hashable, Codable, Sendable {
    public var id: EventID
    public var article: ArticleID
    /// The whole sentence as in the article text.
    public var sentence: String
    public var span: TextSpan
    public var date: DateInfo?
    public var participants: [EntityID]
    /// Other reports of the same happening (article and sentence span), when deduplicated.
    public var alsoReportedIn: [EventSource]

    public init(id: EventID, article: ArticleID, sentence: String, span: TextSpan, date: DateInfo?,
                participants: [EntityID], alsoReportedIn: [EventSource] = []) {
        self.id = id
        self.article = article
        self.sentence = sentence
        self.span = span
        self.date = date
        self.participants = participants
        self.alsoReportedIn = alsoReportedIn
    }
}

public struct EventSource: Hashable, Codable, Sendable {
    public var article: ArticleID
    public var span: TextSpan
    public var event: EventID

    public init(article: ArticleID, span: TextSpan, event: EventID) {
        self.article = article
        self.span = span
        self.event = event
    }
}
