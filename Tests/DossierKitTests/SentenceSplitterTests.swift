// Sentence spans survive abbreviations, initials, quotes, ellipses and numbers, and stop at paragraph breaks.

import DossierKit
import Testing

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] { SentenceSplitter.split(text).map { text.scalarSlice($0) } }

    @Test func abbreviationsAndTitlesDoNotEndSentences() {
        #expect(sentences("Col.-Gen. Ivan Petrov arrived in Riga on Jan. 5 with Sen. Ana Ruiz. Talks began.") ==
                ["Col.-Gen. Ivan Petrov arrived in Riga on Jan. 5 with Sen. Ana Ruiz.", "Talks began."])
        #expect(sentences("Dr. Lee and Mr. Hale met at No. 10 Harbour Rd. yesterday.").count == 1)
    }

    @Test func initialismsEndOnlyBeforeASentenceStarter() {
        #expect(sentences("He met U.S. officials in Oslo. They agreed.") == ["He met U.S. officials in Oslo.", "They agreed."])
        #expect(sentences("Exports to the U.S. The figures surprised analysts.") ==
                ["Exports to the U.S.", "The figures surprised analysts."])
        #expect(sentences("U.S. President Ana Ruiz spoke.").count == 1)
        #expect(sentences("The strike began at 6 a.m. Police closed the port.").count == 2)
        #expect(sentences("The strike began at 6 a.m. Tuesday in the port.").count == 1)
    }

    @Test func initialsStayTogether() {
        #expect(sentences("J. R. R. Tolkien wrote it. John F. Kennedy read it.") ==
                ["J. R. R. Tolkien wrote it.", "John F. Kennedy read it."])
        #expect(sentences("She took vitamin C. The doctor agreed.").count == 2)
    }

    @Test func quotesStayWithTheirSentence() {
        #expect(sentences("“We will build it,” he said. “It will take years.” The vote is due.") ==
                ["“We will build it,” he said.", "“It will take years.”", "The vote is due."])
        #expect(sentences("\"Will it work?\" she asked. Nobody knew.") == ["\"Will it work?\" she asked.", "Nobody knew."])
        #expect(sentences("He called the claim “absurd.” The ministry disagreed.").count == 2)
    }

    @Test func ellipsesDecimalsAndCompanies() {
        #expect(sentences("He paused... Then he left. Prices rose 3.5 percent to 1,204.75 points.") ==
                ["He paused...", "Then he left.", "Prices rose 3.5 percent to 1,204.75 points."])
        #expect(sentences("She waited… Nothing came.").count == 2)
        #expect(sentences("He works for Acme Inc. The firm grew.").count == 2)
        #expect(sentences("The index hit 2,000. 2021 was worse.").count == 2)
    }

    @Test func neverCrossesParagraphsAndSpansAreScalarOffsets() {
        let text = "Ереван said no\n\nThe second paragraph — “quoted” — ends here. Another 東京 one."
        let spans = SentenceSplitter.split(text)
        #expect(spans.count == 3)
        #expect(text.scalarSlice(spans[0]) == "Ереван said no")
        #expect(text.scalarSlice(spans[2]) == "Another 東京 one.")
        for (a, b) in zip(spans, spans.dropFirst()) { #expect(a.end <= b.start) }
    }
}
