// Versions of one story: a refile with added quotes and identical copies are grouped (newest first,
// whatever the file order); stories on one topic, one template on other days and other publishers stay
// apart; the stores, the export and the event sources see the groups.

@testable import DossierKit
import Foundation
import TestSupport
import Testing

@Suite struct ArticleVersionsTests {
    func analyzed() throws -> (Corpus, TempCorpus) {
        let dir = try TempCorpus(files: VersionFixtures.files)
        return (try dir.fresh(), dir)
    }

    /// The article whose title field was `title` (a refile note is kept as the source's title, not as a headline).
    func id(_ corpus: Corpus, title: String) throws -> ArticleID {
        try #require(corpus.articles.first { ($0.title ?? $0.metadata["source-title"]) == title }).id
    }

    @Test func aRefileWithAddedQuotesIsGroupedWithItsStoryNewestFirst() throws {
        let (corpus, dir) = try analyzed()
        defer { dir.cleanup() }
        let story = try id(corpus, title: "Port of Veldmar closes after storm damages cranes")
        let refile = try id(corpus, title: "ATTENTION - ADDS quotes from harbour master, minister ///")
        // same day: the longer text is the later refile
        #expect(corpus.versions(of: story) == [refile, story])
    }

    @Test func anUntitledRefileIsListedUnderItsStorysHeadline() throws {
        let (corpus, dir) = try analyzed()
        defer { dir.cleanup() }
        let store = try SQLiteStore.inMemory(corpus)
        // The refile's title field is a desk note: no headline, listed under its first version's.
        let refile = try #require(try store.articleSummary(try id(corpus, title: "ATTENTION - ADDS quotes from harbour master, minister ///")))
        #expect(refile.title == nil)
        #expect(refile.displayTitle == "Port of Veldmar closes after storm damages cranes")
        #expect(corpus.article(refile.id)?.titleNote == "ATTENTION - ADDS quotes from harbour master, minister ///")
    }

    @Test func theRefilesNewSentencesAreItsAddedQuotes() throws {
        let (corpus, dir) = try analyzed()
        defer { dir.cleanup() }
        let story = try #require(corpus.article(try id(corpus, title: "Port of Veldmar closes after storm damages cranes")))
        let refile = try #require(corpus.article(try id(corpus, title: "ATTENTION - ADDS quotes from harbour master, minister ///")))
        let added = ArticleVersions.newSentences(in: refile, since: story).map { refile.text.scalarSlice($0) }
        #expect(added == [VersionFixtures.quote1, VersionFixtures.quote2])
        #expect(ArticleVersions.removedSentenceCount(in: refile, since: story) == 0)
        #expect(ArticleVersions.newSentences(in: story, since: refile).isEmpty)
    }

    @Test func storiesOnOneTopicTemplatesOnOtherDaysAndOtherPublishersStayApart() throws {
        let (corpus, dir) = try analyzed()
        defer { dir.cleanup() }
        #expect(corpus.versions(of: try id(corpus, title: "Grain traders reroute shipments as Veldmar stays shut")).isEmpty)
        #expect(corpus.versions(of: try id(corpus, title: "Veldmar stocks close higher -- Feb. 3")).isEmpty)
        #expect(corpus.versions(of: try id(corpus, title: "Veldmar stocks close higher -- Feb. 20")).isEmpty)
        #expect(corpus.versions(of: try id(corpus, title: "Port of Veldmar closes after storm")).isEmpty)
        #expect(corpus.versions.count == 2)
    }

    @Test func identicalCopiesInTwoFilesAreOneStory() throws {
        let (corpus, dir) = try analyzed()
        defer { dir.cleanup() }
        let a = try #require(corpus.articles.first { $0.source == "rail-014.txt" })
        let b = try #require(corpus.articles.first { $0.source == "rail-210.txt" })
        // identical and undated: the source name orders them, so any reading order gives the same newest
        #expect(corpus.versions(of: a.id) == [b.id, a.id])
    }

    @Test func groupsDoNotDependOnTheOrderOfTheFiles() throws {
        let (corpus, dir) = try analyzed()
        defer { dir.cleanup() }
        func named(_ groups: [[ArticleID]], _ articles: [Article]) -> Set<[String]> {
            let source = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0.source) })
            return Set(groups.map { $0.map { source[$0] ?? "?" } })
        }
        var reversed = Array(corpus.articles.reversed())
        for k in reversed.indices { reversed[k].id = ArticleID(ordinal: k + 1) }
        let finder = ArticleVersions()
        #expect(named(finder.groups(reversed), reversed) == named(finder.groups(corpus.articles), corpus.articles))
        #expect(named(finder.groups(corpus.articles), corpus.articles) == named(corpus.versions, corpus.articles))
    }

    /// One template filled with other people and places, as a generator or a daily brief writes it.
    static func templated(_ i: Int, day: Int) -> Article {
        let people = ["Anna Marek", "Boris Oduya", "Carla Novak", "Dmitri Haddad", "Elena Brenner"]
        let places = ["Rotterdam", "Gdansk", "Valencia", "Tallinn", "Marseille"]
        let text = "\(places[i].uppercased()), March \(day), 2021 — \(people[i]), the head of the port authority, said on Tuesday that the talks would resume next week.\n\nThe two sides met officials of the transport ministry in \(places[(i + 2) % 5]) and expect an agreement soon, the authority said."
        var paragraphs: [TextSpan] = []
        var offset = 0
        for p in text.components(separatedBy: "\n\n") {
            paragraphs.append(TextSpan(offset, offset + p.unicodeScalars.count))
            offset += p.unicodeScalars.count + 2
        }
        return Article(id: ArticleID(ordinal: i + 1), source: "story\(i).txt", header: StoryHeader(
                           title: "Port talks in \(places[i])",
                           date: DateInfo(value: String(format: "2021-03-%02d", day), granularity: .day, expression: nil,
                                          basis: "dateline")),
                       text: text, paragraphs: paragraphs, sentences: SentenceSplitter.split(text))
    }

    @Test func aTemplateWithOtherNamesIsAnotherStoryAndDailyReportsDoNotChain() {
        // five stories on one day from one template, other people and places: no versions
        #expect(ArticleVersions().groups((0..<5).map { Self.templated($0, day: 2) }).isEmpty)
        // the same story on five consecutive days: each pair of neighbours is a day apart, but a group
        // may span one day only, so no chain joins the first day to the last
        var daily = (1...5).map { Self.templated(0, day: $0) }
        for k in daily.indices { daily[k].id = ArticleID(ordinal: k + 1); daily[k].source = "day\(k).txt" }
        let groups = ArticleVersions().groups(daily)
        #expect(groups.allSatisfy { $0.count <= 2 })
    }

    @Test func refileMarkersAreReadFromTitles() {
        #expect(ArticleVersions.hasRefileMarker("ATTENTION - ADDS quotes, background ///"))
        #expect(ArticleVersions.hasRefileMarker("2nd Ld-Writethru: minister resigns"))
        #expect(ArticleVersions.hasRefileMarker("1st Lead: talks open in the capital"))
        #expect(ArticleVersions.hasRefileMarker("UPDATE-2: polls close"))
        #expect(ArticleVersions.hasRefileMarker("win over rival (updated 2)"))
        #expect(!ArticleVersions.hasRefileMarker("Company adds jobs as orders rise"))
        #expect(!ArticleVersions.hasRefileMarker("Lead singer leaves the band"))
        #expect(!ArticleVersions.hasRefileMarker("Storm updates its forecast"))
        #expect(ArticleVersions.plainTitle("2nd Ld: Talks open in capital") == ArticleVersions.plainTitle("Urgent: talks open in capital"))
    }

    @Test func bothStoresAndTheExportCarryTheVersions() throws {
        let dir = try TempCorpus(files: VersionFixtures.files)
        defer { dir.cleanup() }
        let corpus = try dir.fresh()
        let (index, _) = try dir.open()
        let memory = try SQLiteStore.inMemory(corpus).articleSummaries()
        let stored = try index.articleSummaries()
        #expect(memory.map(\.versions) == stored.map(\.versions))
        #expect(try index.corpus().versions == corpus.versions)
        let copy = try #require(memory.first { $0.source == "rail-014.txt" })
        let newest = try #require(memory.first { $0.source == "rail-210.txt" })
        #expect(copy.versionOf == newest.id && newest.versionOf == nil && newest.versions.count == 2)
        #expect(try index.articleSummary(copy.id)?.versions == [newest.id, copy.id])

        let json = try #require(try JSONSerialization.jsonObject(with: CorpusExporter.json(corpus)) as? [String: Any])
        #expect(json["version"] as? Int == 2)
        let articles = try #require(json["articles"] as? [[String: Any]])
        let exportedCopy = try #require(articles.first { $0["source"] as? String == "rail-014.txt" })
        let exportedNewest = try #require(articles.first { $0["source"] as? String == "rail-210.txt" })
        #expect(exportedCopy["versionOf"] as? String == newest.id.description)
        #expect(exportedNewest["versions"] as? [String] == [newest.id.description, copy.id.description])
        // a story without versions has neither field
        let single = try #require(articles.first { ($0["title"] as? String)?.hasPrefix("Grain traders") == true })
        #expect(single["versionOf"] == nil && single["versions"] == nil)
    }

    @Test func aSentenceSharedByVersionsCountsOnceAsASource() {
        let a1 = ArticleID(ordinal: 1), a2 = ArticleID(ordinal: 2), a3 = ArticleID(ordinal: 3)
        // the same sentence in a story and its refile: one source
        #expect(EventMerger.independentSources([("cranes fell", a1), ("cranes fell", a1)]) == 1)
        // a reworded sentence in two versions of one story (both map to the newest, a2): still one
        #expect(EventMerger.independentSources([("two cranes fell", a2), ("the two cranes fell", a2)]) == 1)
        // another story reporting it: a second source
        #expect(EventMerger.independentSources([("two cranes fell", a2), ("the two cranes fell", a2), ("cranes toppled", a3)]) == 2)
    }
}

extension String {
    /// The text of a scalar span.
    func scalarSlice(_ span: TextSpan) -> String {
        let s = Array(unicodeScalars)
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[max(0, span.start)..<min(s.count, span.end)])
        return String(v)
    }
}
