// Cross-article linking runs component by component (`CorpusLinker.components`: local entities that
// share no key any rule looks up are never compared). Every linking test checks that this gives what
// one run over every local entity gives (`link` in LinkingTestSupport); these do the same on whole
// analysed folders and generated stories, where names, acronyms and spellings meet at random.

@testable import DossierKit
import Foundation
import Testing
import TestSupport

@Suite struct LinkComponentTests {
    static func expectSameLinking(_ articles: [Article], _ mentions: [[Mention]], _ what: String) {
        let parts = EntityLinker().link(articles: articles, mentions: mentions)
        var whole = EntityLinker()
        whole.linkAsOneComponent = true
        let one = whole.link(articles: articles, mentions: mentions)
        #expect(!parts.entities.isEmpty, "\(what): nothing linked")
        #expect(parts.entities == one.entities, "\(what): entities differ")
        #expect(parts.unlinked == one.unlinked, "\(what): unlinked mentions differ")
        #expect(parts.diagnostics == one.diagnostics, "\(what): diagnostics differ")
    }

    @Test(arguments: ["basic", "grow", "extract"])
    func componentsLinkAnAnalysedFolderAsOneRunDoes(_ folder: String) throws {
        let analyzer = Analyzer()
        let read = try CorpusReader().read(path: Fixtures.path(folder))
        let articles = analyzer.buildArticles(read.documents)
        Self.expectSameLinking(articles, analyzer.recognize(articles), folder)
    }

    @Test(arguments: [UInt64(11), 12, 13])
    func componentsLinkGeneratedStoriesAsOneRunDoes(seed: UInt64) {
        var gen = StoryGenerator(rng: SeededGenerator(seed: seed))
        let docs = (0..<60).map { i in RawDocument(source: "g\(i).txt", format: .text, text: gen.file()) }
        let analyzer = Analyzer()
        let articles = analyzer.buildArticles(docs)
        Self.expectSameLinking(articles, analyzer.recognize(articles), "seed \(seed)")
    }

    /// A component's stored joins come back exactly, with every kind of corpus-wide answer.
    @Test func storedJoinsComeBackExactly() throws {
        let joins = [LinkedComponent.Join(a: 0, b: 3, reason: "same name: Aram Vardanyan (\(LinkedComponent.label(0))) ~ Aram Vardanian (\(LinkedComponent.label(12)))", confidence: 0.85)]
        let stored = LinkedComponent(joins: joins, refusals: ["not joined"], ambiguous: [[2, 0, 3]],
                                     reads: [.frequency("velin port", 3), .commonWord("sport", true), .countable("mou", false),
                                             .placeName("gyumri", true), .widelyNamed("p:holm#l", false), .lastWord("authority", [["northern", "harbor", "authority"]])])
        let codec = MemoCodec<LinkedComponent>.linkedComponent
        let data = try #require(codec.encode(stored))
        #expect(codec.decode(data) == stored)
        #expect(codec.decode(data.dropLast()) == nil, "a cut record is computed again, not misread")
        #expect(LinkedComponent.restore(joins[0].reason, labels: (0...12).map { "a\($0 + 100)" })
                == "same name: Aram Vardanyan (a100) ~ Aram Vardanian (a112)")
    }
}
