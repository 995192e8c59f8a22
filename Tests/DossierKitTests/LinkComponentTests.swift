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
}
