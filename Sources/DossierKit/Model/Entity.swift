// People, organizations and places, their mentions, and why names were merged.

public enum EntityKind: String, Codable, Sendable, CaseIterable, Comparable {
    case person, organization, place

    public static func < (a: EntityKind, b: EntityKind) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}

/// One occurrence of a name in an article.
public struct Mention: Hashable, Codable, Sendable {
    public var article: ArticleID
    public var span: TextSpan
    /// Exactly `article.text[span]`.
    public var text: String
    public var kind: EntityKind
    /// A title or role given with this mention ("Defense Minister"), not part of the name.
    public var role: String?
    /// The entity it was linked to; nil when linking left it alone (e.g. an ambiguous surname).
    public var entity: EntityID?
    /// 0...1; below 1 when the recognizer or linker was unsure.
    public var confidence: Double

    public init(article: ArticleID, span: TextSpan, text: String, kind: EntityKind, role: String? = nil,
                entity: EntityID? = nil, confidence: Double = 1) {
        self.article = article
        self.span = span
        self.text = text
        self.kind = kind
        self.role = role
        self.entity = entity
        self.confidence = confidence
    }
}

/// A name an entity is known by and why it was joined to it.
public struct Alias: Hashable, Codable, Sendable {
    public var name: String
    /// Rule and evidence, e.g. "surname variant -ian/-yan with same first name (a2)".
    public var reason: String

    public init(name: String, reason: String) {
        self.name = name
        self.reason = reason
    }
}

/// A story credited to an entity in a header field rather than named in its text: "By AFP" (the
/// byline), "YEREVAN (RFE/RL) —" or the source's own field (the publisher). Exported as it encodes.
public struct Credit: Hashable, Codable, Sendable {
    public var article: ArticleID
    /// "byline" or "publisher".
    public var field: String
    /// The field's value as the article gives it.
    public var text: String
}

/// A title the text gives a person or body, with the article that says so. Exported as it encodes.
public struct Role: Hashable, Codable, Sendable {
    public var title: String
    public var article: ArticleID
    /// The article's date when known, so roles read as dated.
    public var date: String?

    public init(title: String, article: ArticleID, date: String? = nil) {
        self.title = title
        self.article = article
        self.date = date
    }
}

/// A relation the text states plainly ("X, the deputy chief of Y" → member-of Y). Exported as it encodes.
public struct EntityLink: Hashable, Codable, Sendable {
    public var entity: EntityID
    public var relation: String
    public var evidence: ArticleID

    public init(entity: EntityID, relation: String, evidence: ArticleID) {
        self.entity = entity
        self.relation = relation
        self.evidence = evidence
    }
}

public struct Entity: Identifiable, Hashable, Codable, Sendable {
    public var id: EntityID
    public var kind: EntityKind
    /// The canonical name shown to users.
    public var name: String
    /// Other names, each with why it joined.
    public var aliases: [Alias]
    public var roles: [Role]
    /// Every mention, in article then offset order.
    public var mentions: [Mention]
    public var links: [EntityLink]
    /// Stories credited to it in a byline or publisher field (an agency), in article order.
    public var credits: [Credit]
    /// Why it has its kind: how its mentions were tagged and what the kind vote changed (`dossier why`).
    public var kindReason: String

    public init(id: EntityID, kind: EntityKind, name: String, aliases: [Alias] = [], roles: [Role] = [],
                mentions: [Mention] = [], links: [EntityLink] = [], credits: [Credit] = [], kindReason: String = "") {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.mentions = mentions
        self.links = links
        self.credits = credits
        self.kindReason = kindReason
    }

    /// The articles that mention it or are credited to it, in article order.
    public var articleIDs: [ArticleID] {
        var seen = Set<ArticleID>()
        let ids = mentions.compactMap { seen.insert($0.article).inserted ? $0.article : nil }
        let credited = credits.compactMap { seen.insert($0.article).inserted ? $0.article : nil }
        return credited.isEmpty ? ids : (ids + credited).sorted { $0.ordinal < $1.ordinal }
    }
}
