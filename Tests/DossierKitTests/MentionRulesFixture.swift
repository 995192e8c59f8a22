// Runs the recogniser's mention rules on words tagged by hand, under a lexicon each suite makes up,
// and reads the spans back as (words, type): shared by the suites that test names that are names.

@testable import DossierKit

protocol MentionRulesFixture {
    var lex: RuleLexicon { get }
}

extension MentionRulesFixture {
    func spans(_ words: [String], _ tags: [NERTag]) -> [(String, NERType)] {
        let tokens = words.map { Substring($0) }
        return MentionRules.refine(tokens: tokens, tags: tags, conventions: .dossier, lexicon: lex)
            .map { (words[$0.start..<$0.end].joined(separator: " "), $0.type) }
    }

    var o: NERTag { .o }
    func b(_ t: NERType) -> NERTag { .begin(t) }
    func i(_ t: NERType) -> NERTag { .inside(t) }
}
