// The search syntax shared by the CLI and the browser: what the index finds for each query, and what
// it marks in snippets and in the reader.

@testable import DossierKit
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

    /// The articles a query names, decided by reading each article's tokens (not through FTS5).
    static func expected(_ text: String, in corpus: Corpus, store: SQLiteStore) throws -> Set<ArticleID> {
        let q = try SearchQuery.parse(text)
        var named: [Set<EntityID>] = []
        for name in q.entities { named.append(Set(try store.entities(named: name))) }
        var out = Set<ArticleID>()
        for a in corpus.articles {
            let title = SearchText.tokens(a.title ?? ""), body = SearchText.tokens(a.text)
            func has(_ t: SearchQuery.Term, _ tokens: [(word: String, span: TextSpan)]) -> Bool {
                !SearchQuery.occurrences(t, in: tokens).isEmpty
            }
            guard q.terms.allSatisfy({ has($0, title) || has($0, body) }),
                  q.titleTerms.allSatisfy({ has($0, title) }),
                  !q.excluded.contains(where: { has($0, title) || has($0, body) }),
                  q.dateMatches(a.date?.value),
                  named.allSatisfy({ ids in corpus.entities.contains { ids.contains($0.id) && $0.articleIDs.contains(a.id) } })
            else { continue }
            out.insert(a.id)
        }
        return out
    }

    @Test func theIndexFindsWhatTheQuerySays() throws {
        let t = try TempCorpus()
        defer { t.cleanup() }
        let (index, _) = try t.open()
        let fresh = try t.fresh()
        for query in ["port", "harbor board", "\"harbor board\"", "harb*", "title:talks", "entity:pashinian",
                      "entity:shoigu talks", "from:2021-04-15", "port -gyumri", "board to:2021-04-14", "qqqq",
                      // exclusions with no word to look for: the filters' articles less those with the word
                      "entity:pashinian -russia", "from:2021-04-14 -harbor"] {
            let found = Set(try index.search(query, limit: 50).compactMap(\.article))
            #expect(found == (try Self.expected(query, in: fresh, store: index)), "\(query)")
        }
        #expect(try Self.expected("entity:pashinian", in: fresh, store: index).count == 2)
        #expect(try Self.expected("entity:pashinian -russia", in: fresh, store: index).count == 1)
        // A name's variants (b.txt writes Pashinian) keep the query's exclusions.
        let named = try NameAwareSearch.run("pashinyan -russia", limit: 50, store: index)
        #expect(!named.hits.contains { $0.kind == .article && $0.title.hasPrefix("Talks") })
        #expect(named.hits.contains { $0.kind == .article && $0.title.hasPrefix("Harbor") })
        let hit = try #require(try index.search("yerevan", limit: 5).first { $0.kind == .article })
        #expect(!hit.highlights.isEmpty)
        for span in hit.highlights {
            let scalars = Array(hit.snippet.unicodeScalars)[span.start..<span.end]
            #expect(String(String.UnicodeScalarView(scalars)).lowercased() == "yerevan")
        }
        #expect(throws: SearchQueryError.self) { try index.search("\"open", limit: 5) }
    }

    /// One marker for snippets and the reader: the parsed words, phrases, prefixes and title: words,
    /// never the excluded ones, and entity mentions for `entity:`.
    @Test func marksComeFromTheParsedQuery() throws {
        let text = "Talks on Karabakh resumed. The ceasefire held; Karabakh-based envoys praised the cease-fire and the Harbor Board."
        func marked(_ query: String, mentions: [Mention] = [], entities: Set<EntityID> = []) throws -> [String] {
            let scalars = Array(text.unicodeScalars)
            return try SearchQuery.parse(query).marks(in: text, mentions: mentions, entities: entities).map {
                String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))
            }
        }
        // Two words mark each wherever it is, not the two as one literal string.
        #expect(try marked("karabakh ceasefire") == ["Karabakh", "ceasefire", "Karabakh"])
        #expect(try marked("\"harbor board\"") == ["Harbor Board"])
        #expect(try marked("cease*") == ["ceasefire", "cease"])
        #expect(try marked("title:talks") == ["Talks"])
        #expect(try marked("envoys -karabakh") == ["envoys"])
        let m = Mention(article: ArticleID(ordinal: 1), span: TextSpan(9, 17), text: "Karabakh", kind: .place,
                        entity: EntityID(ordinal: 4))
        #expect(try marked("entity:e4", mentions: [m], entities: [EntityID(ordinal: 4)]) == ["Karabakh"])
        // Overlapping marks merge: the phrase and its word are one span.
        #expect(try marked("\"the ceasefire\" ceasefire") == ["The ceasefire"])
        // A snippet starts before the first mark and keeps the marks inside it, shifted.
        let (snippet, spans) = try SearchQuery.parse("envoys").snippet(of: text, width: 40)
        let s = Array(snippet.unicodeScalars)
        #expect(spans.map { String(String.UnicodeScalarView(s[$0.start..<$0.end])) } == ["envoys"])
        #expect(snippet.hasPrefix("…"))
    }

    /// The marker reads words without a String each; it must find what the tokenizer finds.
    @Test func fastMarksEqualTheTokenizersOccurrences() throws {
        let texts = [
            "Café owners in São Paulo met Nikol Pashinyan; CAFE-goers and cafés (Ереван, Ёлка) — 2021's U.S. deal.",
            "harbor board harbor  board\nHarbor-Board harborboard 12 345 x1 Ａｂｃ",
            "",
        ]
        let queries = ["cafe", "cafe*", "\"harbor board\"", "pashinyan ереван", "us deal", "\"u s\"", "2021", "12*",
                       "ёлка", "abc", "sao paulo", "\"paulo met nikol\" harb*", "x1"]
        for text in texts {
            let tokens = SearchText.tokens(text)
            for query in queries {
                let q = try SearchQuery.parse(query)
                let slow = q.terms.flatMap { SearchQuery.occurrences($0, in: tokens) }
                #expect(SearchQuery.spans(of: q.terms, in: text) == slow, "\(query) in \(text)")
            }
        }
    }

    @Test func searchSnippetsAndTheReaderMarkTheSameWords() throws {
        let t = try TempCorpus()
        defer { t.cleanup() }
        let (index, _) = try t.open()
        for query in ["harbor board", "\"harbor board\"", "harb*", "title:talks", "port -gyumri", "entity:shoigu talks"] {
            let q = try SearchQuery.parse(query)
            var named = Set<EntityID>()
            for name in q.entities { named.formUnion(try index.entities(named: name)) }
            for hit in try index.search(query, limit: 10) where hit.kind == .article {
                let id = try #require(hit.article)
                let article = try #require(try index.article(id))
                let expected = q.snippet(of: article.text, mentions: try index.mentions(in: id), entities: named)
                #expect(hit.snippet == expected.0, "\(query)")
                #expect(hit.highlights == expected.1, "\(query)")
                #expect(!hit.highlights.isEmpty || !q.hasTextTerms, "\(query) marks nothing in \(id)")
            }
        }
    }
}
