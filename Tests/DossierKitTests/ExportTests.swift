// The export follows the dossier-export contract and is byte-identical across runs.

import DossierKit
import Foundation
import TestSupport
import Testing

@Suite struct ExportTests {
    @Test func exportIsDeterministicAndHasTheContractKeys() throws {
        let first = try CorpusExporter.json(Analyzer().analyze(path: Fixtures.path("basic")))
        let second = try CorpusExporter.json(Analyzer().analyze(path: Fixtures.path("basic")))
        #expect(first == second)
        let object = try #require(try JSONSerialization.jsonObject(with: first) as? [String: Any])
        #expect(object["format"] as? String == "dossier-export")
        #expect(object["version"] as? Int == 2)
        let articles = try #require(object["articles"] as? [[String: Any]])
        #expect(articles.count == 3)
        for a in articles {
            for key in ["id", "source", "title", "byline", "publisher", "url", "date", "text"] {
                #expect(a.keys.contains(key), "article lacks \(key)")
            }
        }
        #expect(object["entities"] is [Any])
        #expect(object["events"] is [Any])
    }

    @Test func sourcesNumberTheStoriesOfOneFile() throws {
        let corpus = try Analyzer().analyze(path: Fixtures.path("basic"))
        #expect(corpus.articles.map(\.source) == ["harbor.txt", "wire.jsonl", "wire.jsonl#2"])
        #expect(corpus.articles.map(\.id.description) == ["a1", "a2", "a3"])
    }
}
