// Finds person, organization and place mentions in an article's text.

public struct EntityRecognizer: Sendable {
    public init() {}

    /// Mentions in offset order, not yet linked to entities.
    public func recognize(_ article: Article) -> [Mention] {
        []
    }
}
