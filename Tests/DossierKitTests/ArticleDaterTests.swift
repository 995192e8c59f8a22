// Publication dates: stated dates kept, inferred ones explained, nothing guessed without evidence.

@testable import DossierKit
import Testing

private func article(_ text: String, id: Int = 1, source: String = "story.txt", date: DateInfo? = nil,
                     captions: [String] = [], metadata: [String: String] = [:], url: String? = nil) -> Article {
    Article(id: ArticleID(ordinal: id), source: source, url: url, date: date, text: text,
            sentences: SentenceSplitter.split(text), captions: captions, metadata: metadata)
}

@Suite struct ArticleDaterTests {
    let dater = ArticleDater()

    @Test func aStatedDateIsKept() {
        let stated = DateInfo(value: "2020-02-03", granularity: .day, expression: "Feb. 3, 2020", basis: "dateline")
        let a = article("The ferry sank on Monday, March 9, 2020.", date: stated)
        #expect(dater.date(for: a) == stated)
    }

    @Test func aDateInTheURLPath() {
        let a = article("Port workers walked out.", url: "https://news.example/2019/08/30/strike")
        let d = dater.date(for: a)
        #expect(d?.value == "2019-08-30")
        #expect(d?.basis == "url")
    }

    @Test func captionDateThenPublicationWeekday() {
        // May 7, 2021 was a Friday; "published on Monday" moves the article to the Monday after
        let a = article("The governor praised the new hospital in an interview published on Monday.",
                        captions: ["The governor at the hospital opening in Lisbon, May 7, 2021"])
        let d = dater.date(for: a)
        #expect(d?.value == "2021-05-10")
        #expect(d?.granularity == .day)
        #expect(d?.basis == "inferred: weekday 'published on Monday' after caption date 2021-05-07")
        #expect(d?.expression == nil)
    }

    @Test func headerWeekdayAfterTheLatestDay() {
        // March 5, 2023 was a Sunday: the header "Wednesday," means the Wednesday after
        let a = article("Shops reopened on March 1. Police reported a clash on March 5.",
                        metadata: ["header-weekday": "Wednesday,", "copyright": "Copyright (c) 2023 Example News"])
        let d = dater.date(for: a)
        #expect(d?.value == "2023-03-08")
        #expect(d?.basis.hasPrefix("inferred: header weekday 'Wednesday' after latest explicit date 2023-03-05") == true)
    }

    @Test func weekdaysNameTheYearAndAConflictingOneIsNotUsed() {
        // Thursday, February 11 and Monday, February 15 both fit 2016 and 2021: the corpus year picks 2021; the
        // Saturday, February 2 does not fit it and is noted, not used
        let a = article("The envoy arrived on Thursday, February 11. Talks had opened on Saturday, February 2. "
                        + "They ended on Monday, February 15. A statement released on Tuesday said the talks went well.")
        let d = dater.date(for: a, hints: DatingHints(corpusYear: 2020))
        #expect(d?.value == "2021-02-16")
        #expect(d?.conflict?.contains("Saturday, February 2") == true)
        #expect(d?.basis.contains("year from the weekday of") == true)
    }

    @Test func withoutAnyYearEvidenceTheWeekdayYearIsNotGuessed() {
        let a = article("The envoy arrived on Thursday, February 11 and met the minister on Friday.")
        // many years fit; with no hint none is chosen, and no day is invented
        #expect(dater.date(for: a)?.granularity != .day)
    }

    @Test func latestExplicitDateWhenNoWeekdayFollows() {
        let a = article("The plant opened on June 2, 2015 and was sold on August 19, 2017.")
        let d = dater.date(for: a)
        #expect(d?.value == "2017-08-19")
        #expect(d?.expression == "August 19, 2017")
        #expect(d?.basis == "inferred: latest explicit date in the text (the article is from that day or later)")
    }

    @Test func futureDatesDoNotDateTheArticle() {
        let a = article("The plant was sold on August 19, 2017. It will close on March 1, 2019.")
        #expect(dater.date(for: a)?.value == "2017-08-19")
    }

    @Test func nothingSupportsADate() {
        #expect(dater.date(for: article("The committee discussed the budget at length.")) == nil)
    }

    @Test func yearsMentionedAreNotAPublicationDateButACopyrightIs() {
        // a story's years name past events as often as its own time
        #expect(dater.date(for: article("Since the 2014 floods the village has been rebuilt.")) == nil)
        let d = dater.date(for: article("Since the 2014 floods the village has been rebuilt.",
                                        metadata: ["copyright": "(c) 2016 Valley Post"]))
        #expect(d?.value == "2016")
        #expect(d?.granularity == .year)
        #expect(d?.basis == "inferred: copyright year of the page")
    }

    @Test func storiesOfOnePageShareItsDate() {
        let first = article("Shops reopened on March 1. Police reported a clash on Sunday, March 5, 2023.",
                            id: 1, source: "page.txt", metadata: ["header-weekday": "Tuesday"])
        let second = article("The council debated the budget again.", id: 2, source: "page.txt#2")
        let other = article("The council debated the budget again.", id: 3, source: "other.txt")
        let dates = dater.dates(for: [first, second, other])
        #expect(dates[0]?.value == "2023-03-07")
        #expect(dates[1]?.value == "2023-03-07")
        #expect(dates[1]?.basis == "inferred: same source page as a1, dated 2023-03-07 from its text")
        #expect(dates[2] == nil)
    }

    @Test func neverTheMachineClock() {
        // the same article gives the same date whatever day the test runs: nothing in the result
        // depends on anything but the text
        let a = article("Prices rose last week.")
        #expect(dater.date(for: a) == nil)
    }
}
