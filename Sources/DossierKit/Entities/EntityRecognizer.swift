// Finds person, organization and place mentions in an article's text: statistical tagger, then rules.

import Foundation

public struct EntityRecognizer: Sendable {
    /// nil: the bundled model, loaded once on first use.
    let model: NERModel?
    public var applyRules = true
    /// Conventions for token-level output (`tagTokens`); articles always use Dossier's.
    public var conventions: NERConventions = .conll

    public init() { model = nil }

    public init(model: NERModel) { self.model = model }

    func resolvedModel() throws -> NERModel {
        if let model { return model }
        return try NERModel.loadBundled()
    }

    /// Mentions in offset order, not yet linked to entities. Empty when the bundled model is missing.
    public func recognize(_ article: Article) -> [Mention] {
        guard let model = try? resolvedModel() else { return [] }
        return ArticleRecognizer(model: model, applyRules: applyRules).mentions(in: article)
    }

    /// Tags for already tokenised sentences of one document (CoNLL input): tagger plus token-level rules.
    public func tagTokens(_ sentences: [[Substring]]) throws -> [[NERTag]] {
        let model = try resolvedModel()
        var tags = model.tag(TaggerDocument(tokenSentences: sentences))
        if applyRules {
            for i in tags.indices {
                tags[i] = MentionRules.apply(to: tags[i], tokens: sentences[i], conventions: conventions)
            }
        }
        return tags
    }
}
