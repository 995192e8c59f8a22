// Story headers: bylines, headline shape, stated dates, datelines, URLs and the publisher priority.

import DossierKit
import Testing

@Suite struct HeaderTests {
    @Test func bylines() {
        #expect(BylineRule.parse("By Reuters") == "Reuters")
        #expect(BylineRule.parse("By Maria Lindqvist and Jonas Berg") == "Maria Lindqvist and Jonas Berg")
        #expect(BylineRule.parse("• Ilze Berzina") == "Ilze Berzina")
        #expect(BylineRule.parse("By Ana Ruiz, Reuters") == "Ana Ruiz, Reuters")
        #expect(BylineRule.parse("By Ana Ruiz, staff writer") == "Ana Ruiz")
        #expect(BylineRule.parse("By Monday, the port had reopened.") == nil)
        #expect(BylineRule.parse("by the river, boats waited") == nil)
        #expect(BylineRule.parse("• Wheat") == nil)
    }

    @Test func headlineShapes() {
        #expect(HeadlineRule.isStrong("Riga Council Approves New Tram Line"))
        #expect(HeadlineRule.isStrong("U.S. Weighs Tariffs on Steel From Three Countries"))
        #expect(!HeadlineRule.isStrong("The council approved the plan on Wednesday."))
        #expect(!HeadlineRule.isStrong("Prime Minister Ana Ruiz said"))  // a lower-case word
        #expect(HeadlineRule.isWeak("Ad sales lift regional newspaper profits"))
        #expect(!HeadlineRule.isWeak("Ad sales lifted regional newspaper profits."))
    }

    @Test func aTitleFieldIsAHeadlineUnlessItIsPlainlySomethingElse() {
        #expect(HeadlineRule.fromField("Harbour strike ends after pay deal") == "Harbour strike ends after pay deal")
        #expect(HeadlineRule.fromField(" Tram fares frozen ") == "Tram fares frozen")
        #expect(HeadlineRule.fromField("iPad sales slow in Veldmar") == "iPad sales slow in Veldmar")
        #expect(HeadlineRule.fromField("\"Open skies\" pact signed") == "\"Open skies\" pact signed")
        // a byline, desk notes, a picture marker
        #expect(HeadlineRule.fromField("by Ilse Varga") == nil)
        #expect(HeadlineRule.fromField("ATTENTION - ADDS quotes from the minister ///") == nil)
        #expect(HeadlineRule.fromField("RECASTS with new figures ///") == nil)
        #expect(HeadlineRule.fromField("=(PICTURE)=") == nil)
        #expect(HeadlineRule.fromField("=(GRAPHIC+PICTURE)=") == nil)
        // the tail of a headline cut over lines: one word, or a lower-case start
        #expect(HeadlineRule.fromField("Veldmar") == nil)
        #expect(HeadlineRule.fromField("2006") == nil)
        #expect(HeadlineRule.fromField("from post") == nil)
        #expect(HeadlineRule.fromField("'grain export scam'") == nil)
    }

    @Test func aRecordsTitleFieldThatIsNoHeadlineIsKeptAsTheSourceGaveIt() {
        func clean(title: String) -> CleanStory? {
            var fields = DocumentFields()
            fields.title = title
            let doc = RawDocument(source: "wire.jsonl#1", format: .json, text: "The harbour reopened on Tuesday.\n\nShips queued.",
                                  fields: fields)
            return ArticleCleaner().clean(doc).first
        }
        let byline = clean(title: "by Ilse Varga")
        #expect(byline?.header.title == nil)
        #expect(byline?.header.byline == "Ilse Varga")
        #expect(byline?.metadata["source-title"] == "by Ilse Varga")
        let note = clean(title: "ATTENTION - ADDS quotes ///")
        #expect(note?.header.title == nil)
        #expect(note?.header.byline == nil)
        #expect(note?.metadata["source-title"] == "ATTENTION - ADDS quotes ///")
        let headline = clean(title: "Harbour reopens")
        #expect(headline?.header.title == "Harbour reopens")
        #expect(headline?.metadata["source-title"] == nil)
    }

    @Test func statedDateHeaders() {
        #expect(StatedDate.header("April 14, 2021")?.value == "2021-04-14")
        #expect(StatedDate.header("3 March 2022")?.value == "2022-03-03")
        #expect(StatedDate.header("Published: Wednesday, Sept. 7, 2022 10:32 AM ET")?.value == "2022-09-07")
        #expect(StatedDate.header("Updated 2019-11-05 14:00 UTC")?.value == "2019-11-05")
        #expect(StatedDate.header("March 2022")?.granularity == .month)
        #expect(StatedDate.header("March 1. According to officials") == nil)
        #expect(StatedDate.header("April 31, 2021") == nil)
        #expect(StatedDate.header("Tuesday,") == nil)
        #expect(StatedDate.weekdayOnly("Tuesday,") == "Tuesday")
        #expect(StatedDate.weekdayOnly("Thu.") == "Thursday")
        #expect(StatedDate.weekdayOnly("Tuesday talks") == nil)
    }

    @Test func fieldDates() {
        #expect(StatedDate.field("2022-09-30T08:15:00+02:00", basis: "meta")?.value == "2022-09-30")
        #expect(StatedDate.field("Tue, 07 Jan 2020 10:00:00 GMT", basis: "json")?.value == "2020-01-07")
        #expect(StatedDate.field("2020", basis: "json")?.granularity == .year)
        #expect(StatedDate.field("soon", basis: "json") == nil)
    }

    @Test func datelines() throws {
        let a = try #require(DatelineRule.parse(paragraph: "TBILISI (Caucasus Wire) — Georgia's parliament met."))
        #expect(a.place == "TBILISI")
        #expect(a.agency == "Caucasus Wire")
        #expect(a.rest == "Georgia's parliament met.")
        let b = try #require(DatelineRule.parse(paragraph: "Geneva, Nov. 5 (Reuters) - Negotiators met on Monday."))
        #expect(b.place == "Geneva")
        #expect(b.partialDate == "Nov. 5")
        #expect(b.date == nil)
        let c = try #require(DatelineRule.parse(field: "KUALA LUMPUR, April 1 , 1997 (AFP)"))
        #expect(c.date?.value == "1997-04-01")
        #expect(c.date?.basis == "dateline")
        #expect(DatelineRule.parse(paragraph: "SANTIAGO — Chile's government said so.")?.place == "SANTIAGO")
        #expect(DatelineRule.parse(paragraph: "The talks - held in Geneva - ended.") == nil)
        #expect(DatelineRule.parse(paragraph: "Officials (and their aides) — all of them — left.") == nil)
    }

    @Test func urlDatesAndHosts() {
        #expect(URLRules.date("https://news.example/world/2021/04/14/story-a1")?.value == "2021-04-14")
        #expect(URLRules.date("https://news.example/2021/04/story")?.granularity == .month)
        #expect(URLRules.date("https://news.example/a/20230602-rail")?.value == nil)
        #expect(URLRules.date("https://news.example/archive/20230602/rail")?.value == "2023-06-02")
        #expect(URLRules.date("https://news.example/item/123456") == nil)
        #expect(URLRules.host("https://www.coastal-herald.example/x") == "coastal-herald.example")
    }

    @Test func aStoryDateLineOutranksAFieldThatNamesAnotherDay() {
        // the record says 11 March, the story's own date line 18 March: readers were told the 18th
        let line = StatedDate.header("March 18, 2011")
        let chosen = PublisherRule.date(field: "2011-03-11", fieldBasis: "json", header: line, dateline: nil, url: nil)
        #expect(chosen?.value == "2011-03-18")
        #expect(chosen?.basis == "header")
        #expect(chosen?.conflict == "the json says 2011-03-11")
        // the same day: the field stands
        let same = PublisherRule.date(field: "2011-03-18T22:10:00Z", fieldBasis: "json", header: line, dateline: nil, url: nil)
        #expect(same?.basis == "json")
        #expect(same?.conflict == nil)
        // a line that says when the page was updated does not outrank the record's publication date
        let updated = StatedDate.header("Updated: March 20, 2011")
        #expect(updated?.basis == "header (updated)")
        #expect(PublisherRule.date(field: "2011-03-11", fieldBasis: "json", header: updated, dateline: nil, url: nil)?.value == "2011-03-11")
        // without a field the line is the date
        #expect(PublisherRule.date(field: nil, fieldBasis: nil, header: line, dateline: nil, url: nil)?.value == "2011-03-18")
        // a month-only line does not outrank a day
        #expect(PublisherRule.date(field: "2011-03-11", fieldBasis: "json", header: StatedDate.header("March 2011"),
                                   dateline: nil, url: nil)?.value == "2011-03-11")
    }

    @Test func publisherPriority() {
        let dl = DatelineRule.parse(paragraph: "RIGA (Baltic Wire) — Text.")
        var footer = FileFooter()
        footer.repostedFrom = "Wire Source"
        footer.copyrightHolder = "Holder Ltd"
        #expect(PublisherRule.publisher(field: "Field Times", dateline: dl, footer: footer, url: nil) == "Field Times")
        #expect(PublisherRule.publisher(field: nil, dateline: dl, footer: footer, url: nil) == "Baltic Wire")
        #expect(PublisherRule.publisher(field: nil, dateline: nil, footer: footer, url: nil) == "Wire Source")
        footer.repostedFrom = nil
        #expect(PublisherRule.publisher(field: nil, dateline: nil, footer: footer, url: nil) == "Holder Ltd")
        #expect(PublisherRule.publisher(field: nil, dateline: nil, footer: FileFooter(), url: "https://www.paper.example/a") == "paper.example")
        #expect(PublisherRule.byline(header: nil, field: nil, dateline: dl) == "Baltic Wire")
    }
}
