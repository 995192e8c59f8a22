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

    /// `show --json` prints an article as it encodes: the header's fields stand beside the others, not
    /// under a `header` key, and an absent one is left out.
    @Test func anArticleEncodesItsHeaderFlat() throws {
        let date = DateInfo(value: "2021-04-14", granularity: .day, expression: "14 April 2021", basis: "dateline")
        var article = Article(id: ArticleID(ordinal: 3), source: "wire.jsonl#2",
                              header: StoryHeader(title: "Talks resume", publisher: "Wire", date: date, dateline: "RIGA"),
                              text: "Talks resumed.", paragraphs: [TextSpan(0, 14)], sentences: [TextSpan(0, 14)],
                              captions: ["A caption"], metadata: ["copyright": "Wire"])
        article.byline = "By A Reporter"
        #expect(article.header.byline == "By A Reporter")
        let data = try JSONOutput.encode(article, pretty: false)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object.keys.sorted() == ["byline", "captions", "date", "dateline", "id", "metadata", "paragraphs",
                                         "publisher", "sentences", "source", "text", "title"])
        #expect(object["title"] as? String == "Talks resume")
        #expect(object["dateline"] as? String == "RIGA")
        #expect(object["byline"] as? String == "By A Reporter")
        #expect((object["date"] as? [String: Any])?["value"] as? String == "2021-04-14")
    }

    @Test func sourcesNumberTheStoriesOfOneFile() throws {
        let corpus = try Analyzer().analyze(path: Fixtures.path("basic"))
        #expect(corpus.articles.map(\.source) == ["harbor.txt", "wire.jsonl", "wire.jsonl#2"])
        #expect(corpus.articles.map(\.id.description) == ["a1", "a2", "a3"])
    }
}
