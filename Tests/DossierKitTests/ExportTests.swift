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

    /// `articles --json` names every field of a row: a missing title and the version a row is not of are
    /// `null`, not left out; `versionOf` follows `versions` when the store fills them in after the row.
    @Test func aSummaryWritesMissingFieldsAsNull() throws {
        func object(_ s: ArticleSummary) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: JSONOutput.encode(s, pretty: false)) as? [String: Any])
        }
        var summary = ArticleSummary(id: ArticleID(ordinal: 2), source: "wire.jsonl", title: nil,
                                     displayTitle: "Talks resumed", byline: nil, publisher: "Wire", url: nil, date: nil,
                                     wordCount: 2, people: 0, organizations: 1, places: 0)
        var o = try object(summary)
        #expect(o.keys.sorted() == ["byline", "date", "displayTitle", "id", "organizations", "people", "places",
                                    "publisher", "source", "title", "url", "versionOf", "versions", "wordCount"])
        #expect(o["title"] is NSNull && o["date"] is NSNull && o["versionOf"] is NSNull)
        #expect(o["publisher"] as? String == "Wire")
        summary.versions = [ArticleID(ordinal: 5), ArticleID(ordinal: 2)]
        #expect(summary.versionOf == ArticleID(ordinal: 5))
        o = try object(summary)
        #expect(o["versionOf"] as? String == "a5")
        summary.versions = [ArticleID(ordinal: 2), ArticleID(ordinal: 1)]
        #expect(summary.versionOf == nil)
    }

    /// An annotation line writes a mention's and a time expression's span and text beside their own
    /// fields, in one object each, with an unlinked entity and an unanchored value as `null`.
    @Test func anAnnotationLineWritesSpansFlat() throws {
        let text = "Wire met on Monday."
        let article = Article(id: ArticleID(ordinal: 1), source: "wire.txt", text: text)
        let mention = Mention(article: article.id, span: TextSpan(0, 4), text: "Wire", kind: .organization)
        let timex = TimeExpression(span: TextSpan(12, 18), text: "Monday", type: .date, value: nil, granularity: nil,
                                   basis: "unanchored")
        let line = try AnnotationJSONL.line(article: article, mentions: [mention], timexes: [timex])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let m = try #require((object["mentions"] as? [[String: Any]])?.first)
        #expect(m.keys.sorted() == ["end", "entity", "kind", "role", "start", "text"])
        #expect(m["start"] as? Int == 0 && m["end"] as? Int == 4 && m["text"] as? String == "Wire")
        #expect(m["kind"] as? String == "organization" && m["entity"] is NSNull && m["role"] is NSNull)
        let t = try #require((object["timexes"] as? [[String: Any]])?.first)
        #expect(t.keys.sorted() == ["end", "start", "text", "type", "value"])
        #expect(t["start"] as? Int == 12 && t["end"] as? Int == 18 && t["text"] as? String == "Monday")
        #expect(t["type"] as? String == "DATE" && t["value"] is NSNull)
    }

    @Test func sourcesNumberTheStoriesOfOneFile() throws {
        let corpus = try Analyzer().analyze(path: Fixtures.path("basic"))
        #expect(corpus.articles.map(\.source) == ["harbor.txt", "wire.jsonl", "wire.jsonl#2"])
        #expect(corpus.articles.map(\.id.description) == ["a1", "a2", "a3"])
    }
}
