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

/// What kind of report an event is (export format version 2).
public enum EventKind: String, Codable, Sendable, CaseIterable {
    /// A happening: an action, decision, meeting, attack, election, agreement, death, announcement.
    case event
    /// Attributed speech with no reported happening of its own ("X said it was important").
    case statement
    /// A happening dated long before the article that reports it (history).
    case background
}

/// How an entity takes part in an event, where the sentence says so.
public enum ParticipantRole: String, Codable, Sendable, CaseIterable {
    /// Who acted (the subject of an active verb, the "by" phrase of a passive one).
    case agent
    /// Who or what was acted on.
    case patient
    /// Where it happened.
    case place
}

public struct EventParticipant: Hashable, Codable, Sendable {
    public var entity: EntityID
    public var role: ParticipantRole?

    public init(entity: EntityID, role: ParticipantRole? = nil) {
        self.entity = entity
        self.role = role
    }
}

/// Something reported as happening, with its date, participants and every report of it.
public struct Event: Identifiable, Hashable, Codable, Sendable {
    public var id: EventID
    public var kind: EventKind
    /// The first source: its article, whole sentence (as in the article text) and span.
    public var article: ArticleID
    public var sentence: String
    public var span: TextSpan
    /// The verb or event noun in the first source's text (nil for a statement without one).
    public var trigger: TextSpan?
    public var triggerText: String
    /// A short readable line: the clause around the trigger, cut at a word.
    public var summary: String
    public var date: DateInfo?
    public var participants: [EventParticipant]
    /// For a statement: who said it.
    public var speaker: EntityID?
    /// Other reports of the same happening (article, sentence span and why they were joined).
    public var alsoReportedIn: [EventSource]
    /// 0...1, higher = more important; the default timeline shows the key events.
    public var salience: Double

    public init(id: EventID, kind: EventKind = .event, article: ArticleID, sentence: String, span: TextSpan,
                trigger: TextSpan? = nil, triggerText: String = "", summary: String? = nil, date: DateInfo?,
                participants: [EventParticipant], speaker: EntityID? = nil, alsoReportedIn: [EventSource] = [],
                salience: Double = 0) {
        self.id = id
        self.kind = kind
        self.article = article
        self.sentence = sentence
        self.span = span
        self.trigger = trigger
        self.triggerText = triggerText
        self.summary = summary ?? sentence
        self.date = date
        self.participants = participants
        self.speaker = speaker
        self.alsoReportedIn = alsoReportedIn
        self.salience = salience
    }

    /// The entity ids taking part, in order.
    public var participantIDs: [EntityID] { participants.map(\.entity) }

    /// Whether the entity takes part or (for a statement) is the speaker.
    public func involves(_ entity: EntityID) -> Bool {
        speaker == entity || participants.contains { $0.entity == entity }
    }

    /// Every report: the first source, then the others.
    public var sources: [EventSource] {
        [EventSource(article: article, span: span, event: id)] + alsoReportedIn
    }
}

public struct EventSource: Hashable, Codable, Sendable {
    public var article: ArticleID
    public var span: TextSpan
    public var event: EventID
    /// Why this report was joined to the first one (nil for the first source).
    public var why: String?

    public init(article: ArticleID, span: TextSpan, event: EventID, why: String? = nil) {
        self.article = article
        self.span = span
        self.event = event
        self.why = why
    }
}
