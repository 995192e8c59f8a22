// Publication dates: from evidence about the publication only; what a story mentions is at most a lower bound.

@testable import DossierKit
import Testing

private func article(_ text: String, id: Int = 1, source: String = "story.txt", date: DateInfo? = nil,
                     captions: [String] = [], metadata: [String: String] = [:], url: String? = nil) -> Article {
    Article(id: ArticleID(ordinal: id), source: source, header: StoryHeader(url: url, date: date), text: text,
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

    @Test func aPublicationLineDatesTheStory() {
        let a = article("Port workers walked out on Monday.\n\nPublished on 14 March 2005 by the desk.")
        let d = dater.date(for: a)
        #expect(d?.value == "2005-03-14")
        #expect(d?.basis == "publication line in the text")
        #expect(d?.after == nil)
    }

    @Test func aReportPublishedOnADayIsNotThePublicationOfTheStory() {
        // the sentence is about another document: a lower bound, not the date
        let a = article("A report published on 3 January 2005 found that waiting lists had grown for a third year running.")
        let d = dater.date(for: a)
        #expect(d?.value == nil)
        #expect(d?.after == "2005-01-03")
    }

    @Test func anUndatedProfileIsNotDatedByABirthday() {
        let a = article("The chancellor was born on 20 February 1951 in Glasgow. He has held the post since 1997 "
                        + "and is expected to remain in it after the election.")
        let d = dater.date(for: a)
        #expect(d?.value == nil, "a birthday is not a publication date")
        #expect(d?.granularity == nil)
        #expect(d?.after == "1951-02-20")
        #expect(d?.shown == "after 1951-02-20")
        #expect(d?.basis.contains("lower bound") == true)
    }

    @Test func aDayWithoutAYearGivesNoDateAndNoBound() {
        // "Saturday 12 March" fits 2005 and 2011 and others: never fitted to a year
        let a = article("France play Ireland in Dublin on Saturday 12 March. Wales beat Italy on Saturday.")
        #expect(dater.date(for: a) == nil)
    }

    @Test func relativeExpressionsInAnUndatedStoryStayUnresolved() throws {
        let a = article("The chancellor was born on 20 February 1951. He spoke on Saturday about last week's vote.")
        let d = dater.date(for: a)
        #expect(d?.value == nil)
        // the pipeline anchors relative expressions to the article date's value only
        let anchor = d?.value.flatMap(CalendarDate.init(iso:))
        #expect(anchor == nil)
        let tagged = TemporalTagger().tag(a.text, articleDate: anchor)
        let saturday = try #require(tagged.first { $0.text == "Saturday" })
        #expect(saturday.value == nil)
        #expect(saturday.basis.contains("needs an article date"))
        let lastWeek = try #require(tagged.first { $0.text.contains("last week") })
        #expect(lastWeek.value == nil)
        #expect(tagged.first { $0.text.contains("1951") }?.value == "1951-02-20")
    }

    @Test func futureDatesAreNotEvenABound() {
        let a = article("The plant was sold on August 19, 2017. It will close on March 1, 2019.")
        #expect(dater.date(for: a)?.after == "2017-08-19")
        // a scheduled day in the present tense or after "will" may lie after the story
        #expect(dater.date(for: article("The ceremony, hosted by a newcomer, takes place on 27 February 2005.")) == nil)
        #expect(dater.date(for: article("The winners are crowned on 2 March 2005 in London.")) == nil)
        #expect(dater.date(for: article("The team will close its campaign by playing the Swiss in Dublin on 12 October 2005.")) == nil)
    }

    @Test func nothingSupportsADate() {
        #expect(dater.date(for: article("The committee discussed the budget at length.")) == nil)
        #expect(dater.date(for: article("Since the 2014 floods the village has been rebuilt.")) == nil)
    }

    @Test func aCopyrightYearIsPageMetadata() {
        let d = dater.date(for: article("Since the 2014 floods the village has been rebuilt.",
                                        metadata: ["copyright": "(c) 2016 Valley Post"]))
        #expect(d?.value == "2016")
        #expect(d?.granularity == .year)
        #expect(d?.basis == "copyright year of the page")
    }

    @Test func aHeaderWeekdayIsNotAnchoredToAMentionedDate() {
        // "Wednesday," heads the page and the text reports March 5, 2023: the story may be from any
        // Wednesday after it, so the day is not guessed
        let a = article("Police reported a clash on Sunday, March 5, 2023.", metadata: ["header-weekday": "Wednesday,"])
        let d = dater.date(for: a)
        #expect(d?.value == nil)
        #expect(d?.after == "2023-03-05")
    }

    @Test func storiesOfOnePageShareItsRealPublicationEvidence() {
        let stated = DateInfo(value: "2023-03-07", granularity: .day, expression: "March 7, 2023", basis: "header")
        let first = article("Shops reopened on March 1.", id: 1, source: "page.txt", date: stated)
        let second = article("The council debated the budget again on Tuesday.", id: 2, source: "page.txt#2")
        let other = article("The council debated the budget again.", id: 3, source: "other.txt")
        let dates = dater.dates(for: [first, second, other])
        #expect(dates[0] == stated)
        #expect(dates[1]?.value == "2023-03-07")
        #expect(dates[1]?.basis == "same source page as a1, whose header gives 2023-03-07")
        #expect(dates[2] == nil)
    }

    @Test func siblingsDoNotShareABound() {
        let first = article("The chancellor was born on 20 February 1951.", id: 1, source: "page.txt")
        let second = article("The council debated the budget again.", id: 2, source: "page.txt#2")
        let dates = dater.dates(for: [first, second])
        #expect(dates[0]?.after == "1951-02-20")
        #expect(dates[1] == nil)
    }

    @Test func recordsOfACollectionAreIndependent() {
        let stated = DateInfo(value: "1997-04-01", granularity: .day, expression: "1997-04-01", basis: "field date")
        let first = article("Shares fell.", id: 1, source: "wire.jsonl#1", date: stated)
        let second = article("Shares rose.", id: 2, source: "wire.jsonl#2")
        let dates = dater.dates(for: [first, second])
        #expect(dates[0] == stated)
        #expect(dates[1] == nil)
    }

    @Test func neverTheMachineClock() {
        // the same article gives the same date whatever day the test runs: nothing in the result
        // depends on anything but the text
        #expect(dater.date(for: article("Prices rose last week.")) == nil)
    }
}
