// The search syntax shared by the CLI and the browser, and the same answers from memory and the index.

import DossierKit
import Foundation
import TestSupport
import Testing

@Suite struct SearchQueryTests {
    @Test func wordsPhrasesPrefixesAndFields() throws {
        let q = try SearchQuery.parse(#"Harbor "north pier" expan* title:Port entity:"Nikol Pashinian" from:2021-04 to:2021-05-01 -rumour"#)
        #expect(q.terms == [.word("harbor"), .phrase(["north", "pier"]), .prefix("expan")])
        #expect(q.titleTerms == [.word("port")])
        #expect(q.entities == ["Nikol Pashinian"])
        #expect(q.from == "2021-04")
        #expect(q.to == "2021-05-01")
        #expect(q.excluded == [.word("rumour")])
        #expect(q.ftsExpression == #"("harbor" AND "north pier" AND "expan"* AND title : "port") NOT ("rumour")"#)
    }

    @Test func accentsAndPunctuationAreFoldedLikeTheIndex() throws {
        #expect(try SearchQuery.parse("Café").terms == [.word("cafe")])
        #expect(try SearchQuery.parse("U.S.").terms == [.phrase(["u", "s"])])
        #expect(try SearchQuery.parse("   ").isEmpty)
        // An unknown field is just text.
        #expect(try SearchQuery.parse("note:this").terms == [.phrase(["note", "this"])])
    }

    @Test(arguments: [
        (#""unclosed phrase"#, "not closed"),
        ("from:2021-13", "not a date"),
        ("to:yesterday", "not a date"),
        ("entity:", "needs a value"),
        ("-only", "besides"),
    ]) func malformedQueriesSayWhatToFix(query: String, message: String) {
        #expect {
            _ = try SearchQuery.parse(query)
        } throws: { error in
            (error as? SearchQueryError)?.description.contains(message) == true
        }
    }

    @Test func dateFilterOverlapsLikeTheTimeline() throws {
        let q = try SearchQuery.parse("from:2021-04 to:2021-04-30")
        #expect(q.dateMatches("2021-04-14"))
        #expect(q.dateMatches("2021-04"))
        #expect(q.dateMatches("2021"))
        #expect(!q.dateMatches("2021-05-02"))
        #expect(!q.dateMatches(nil))
        #expect(try SearchQuery.parse("x").dateMatches(nil))
    }

    @Test func memoryAndIndexFindTheSameArticles() throws {
        let t = try TempCorpus()
        defer { t.cleanup() }
        let (index, _) = try t.open()
        let memory = MemoryStore(try t.fresh())
        for query in ["port", "harbor board", "\"harbor board\"", "harb*", "title:talks", "entity:pashinian",
                      "entity:shoigu talks", "from:2021-04-15", "port -gyumri", "board to:2021-04-14", "qqqq"] {
            let a = Set(try index.search(query, limit: 50).compactMap(\.article))
            let b = Set(try memory.search(query, limit: 50).compactMap(\.article))
            #expect(a == b, "\(query)")
        }
        let hit = try #require(try index.search("yerevan", limit: 5).first { $0.kind == .article })
        #expect(!hit.highlights.isEmpty)
        for span in hit.highlights {
            let scalars = Array(hit.snippet.unicodeScalars)[span.start..<span.end]
            #expect(String(String.UnicodeScalarView(scalars)).lowercased() == "yerevan")
        }
        #expect(throws: SearchQueryError.self) { try index.search("\"open", limit: 5) }
        #expect(throws: SearchQueryError.self) { try memory.search("\"open", limit: 5) }
    }
}
