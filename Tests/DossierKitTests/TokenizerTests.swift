// Tokens follow news conventions and their spans index the text in Unicode scalars.

import DossierKit
import Testing

@Suite struct TokenizerTests {
    func words(_ s: String) -> [String] { Tokenizer.tokenize(s).map(\.text) }

    @Test func splitsPossessivesKeepsAbbreviationsAndNumbers() {
        #expect(words("Norway's U.S. envoy, Col. Smith, paid $3,500.50.") ==
                ["Norway", "'s", "U.S.", "envoy", ",", "Col.", "Smith", ",", "paid", "$", "3,500.50", "."])
        #expect(words("the Franco-German brigade’s chief") == ["the", "Franco-German", "brigade", "’s", "chief"])
        #expect(words("O'Neill said J. R. left") == ["O'Neill", "said", "J.", "R.", "left"])
    }

    @Test func spansAreScalarOffsets() {
        let text = "Ереван — “Tbilisi” 東京."
        for t in Tokenizer.tokenize(text) {
            #expect(text.scalarSlice(t.span) == t.text)
        }
        #expect(words(text) == ["Ереван", "—", "“", "Tbilisi", "”", "東京", "."])
    }
}
