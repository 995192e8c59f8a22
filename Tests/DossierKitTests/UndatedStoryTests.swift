// An undated story end to end: no date is invented, its lower bound survives the index and the export
// (as "after", never as the value), and its relative expressions and events stay unanchored.

import DossierKit
import Foundation
import Testing

@Suite struct UndatedStoryTests {
    /// A profile without any publication evidence: a birthday, a year of office, relative days.
    static let profile = """
        Harbour Master Profile

        Mira Castell was born on 20 February 1951 in Port Velin. She became harbour master in 1997.

        On Saturday she told the port council that dredging would begin last week, and that the new pier was ready.
        """
    static let fixture = """
        Velin Rovers v Ostrava (Sat)

        Velin Stadium

        Saturday, 26 February

        1600 GMT

        The Rovers won 1600-1400 in the shoot-out last season, and kick-off is at 1500 on Saturday.
        """

    @Test func anUndatedStoryKeepsOnlyALowerBoundThroughIndexAndExport() throws {
        let t = try TempCorpus(files: ["profile.txt": Self.profile, "fixture.txt": Self.fixture])
        defer { t.cleanup() }
        let fresh = try t.fresh()
        let profile = try #require(fresh.articles.first { $0.source == "profile.txt" })
        #expect(profile.date?.value == nil)
        #expect(profile.date?.after == "1951-02-20")
        let fixture = try #require(fresh.articles.first { $0.source == "fixture.txt" })
        #expect(fixture.date == nil, "a fixture page with a day and a kick-off time has no publication date")
        // relative expressions keep their words and say why they have no value
        let saturday = try #require(fresh.timexes[profile.id.ordinal - 1].first { $0.text == "Saturday" })
        #expect(saturday.value == nil)
        #expect(saturday.basis.contains("needs an article date"))
        // no event of either story is dated by a guess: only the birthday and the year of office
        for e in fresh.events where e.article == profile.id || e.article == fixture.id {
            if let v = e.date?.value { #expect(["1951-02-20", "1997"].contains(v), "\(v): \(e.sentence)") }
        }
        for e in fresh.events { #expect(e.date?.value?.hasPrefix("1600") != true && e.date?.value?.hasPrefix("1500") != true) }

        let (store, _) = try t.open()
        let indexed = try store.corpus()
        #expect(indexed.articles == fresh.articles)
        #expect(try store.articleSummaries().first { $0.source == "profile.txt" }?.date?.after == "1951-02-20")

        let object = try #require(try JSONSerialization.jsonObject(with: CorpusExporter.json(indexed)) as? [String: Any])
        let articles = try #require(object["articles"] as? [[String: Any]])
        let exported = try #require(articles.first { $0["source"] as? String == "profile.txt" }?["date"] as? [String: Any])
        #expect(exported["value"] is NSNull)
        #expect(exported["after"] as? String == "1951-02-20")
        #expect((exported["basis"] as? String)?.contains("lower bound") == true)
        // a date without a bound has no "after" key at all
        for a in articles {
            if let d = a["date"] as? [String: Any], d["value"] as? String != nil { #expect(d["after"] == nil) }
        }
    }
}
