// One test per tagging rule: extents, TIMEX3 values relative to the article date, tense, conflicts.

@testable import DossierKit
import Testing

/// Tags `text` with `dct` (YYYY-MM-DD) and returns (text, type, value) of every expression.
private func tags(_ text: String, _ dct: String?) -> [(text: String, type: TimexType, value: String?)] {
    TemporalTagger().tag(text, articleDate: dct.flatMap(CalendarDate.init(iso:))).map { ($0.text, $0.type, $0.value) }
}

/// The value of the expression whose words are `phrase`.
private func value(_ phrase: String, in text: String, _ dct: String) -> String? {
    tags(text, dct).first { $0.text == phrase }?.value ?? "(not tagged)"
}

private func expression(_ phrase: String, in text: String, _ dct: String) -> TimeExpression? {
    TemporalTagger().tag(text, articleDate: CalendarDate(iso: dct)).first { $0.text == phrase }
}

@Suite struct TemporalTaggerTests {
    // 2019-03-14 is a Thursday.
    let dct = "2019-03-14"

    @Test func explicitDatesInTheirUsualForms() {
        #expect(value("April 14, 2021", in: "The port opened on April 14, 2021.", dct) == "2021-04-14")
        #expect(value("Jan. 5", in: "Talks resume Jan. 5 in Oslo.", dct) == "2019-01-05")
        #expect(value("5 February 2018", in: "It was signed on 5 February 2018.", dct) == "2018-02-05")
        #expect(value("2017-06-30", in: "The file is dated 2017-06-30.", dct) == "2017-06-30")
        #expect(value("6/30/2017", in: "The memo of 6/30/2017 says so.", dct) == "2017-06-30")
        #expect(value("August 1988", in: "The mill closed in August 1988.", dct) == "1988-08")
    }

    @Test func yearsDecadesAndCenturies() {
        #expect(value("1995", in: "The treaty was signed in 1995.", dct) == "1995")
        #expect(value("the 1990s", in: "Growth was fast in the 1990s.", dct) == "199X")
        #expect(value("the '80s", in: "Rents doubled in the '80s.", dct) == "198X")
        #expect(value("the 19th century", in: "The bridge dates from the 19th century.", dct) == "18XX")
        #expect(value("mid-2020", in: "Work stopped in mid-2020.", dct) == "2020")
    }

    @Test func yearsAreNotCountsOrModelNumbers() {
        #expect(tags("The ferry carried 1200 passengers.", dct).isEmpty)
        #expect(tags("It cost $2000 to repair.", dct).isEmpty)
        #expect(tags("See https://example.org/2018/05/02/story for details.", dct).isEmpty)
    }

    @Test func monthAndDayTakeTheNearestYear() {
        // a month and day without a year: the nearest one to the article date
        #expect(value("December 20", in: "The ferry sank on December 20.", "2019-01-05") == "2018-12-20")
        #expect(value("Jan. 10", in: "The vote is set for Jan. 10.", "2018-12-28") == "2019-01-10")
        // a past-tense report of a day far ahead means last year's
        #expect(value("October 3", in: "The bridge collapsed on October 3.", "2019-03-14") == "2018-10-03")
    }

    @Test func aFutureVerbGovernsADayAfterALongObject() {
        // 2019-03-14 is a Thursday: the Sunday to come is the 17th, the one gone the 10th
        let text = "The envoy said he will meet with the visiting deputy foreign minister of the republic in the capital on Sunday."
        #expect(value("Sunday", in: text, dct) == "2019-03-17")
        // a past verb in between still decides
        #expect(value("Sunday", in: "He will say that the envoy met with the visiting deputy minister of the republic on Sunday.", dct) == "2019-03-10")
    }

    @Test func weekdaysFollowTheTense() {
        // past tense: the latest such weekday on or before the article date
        #expect(value("Tuesday", in: "The council voted on Tuesday.", dct) == "2019-03-12")
        #expect(value("Thursday", in: "The council voted on Thursday.", dct) == "2019-03-14")
        // future tense: the next one
        #expect(value("Tuesday", in: "The council will vote on Tuesday.", dct) == "2019-03-19")
        #expect(value("Friday", in: "Ministers are expected to meet Friday.", dct) == "2019-03-15")
        #expect(value("Monday", in: "The strike could last until Monday.", dct) == "2019-03-18")
        // an infinitive passive names what is still to come, after a noun or an auxiliary
        #expect(value("Friday", in: "The survey, to be published in the gazette on Friday, puts the port ahead.", dct) == "2019-03-15")
        #expect(value("Tuesday", in: "The lease is to be signed on Tuesday.", dct) == "2019-03-19")
        // ... but not after a verb of report or seeming
        #expect(value("Tuesday", in: "The hull was said to be damaged on Tuesday.", dct) == "2019-03-12")
        // a weekday owning a noun names a known (past) happening, unless its clause is in the future
        #expect(value("Tuesday", in: "Police are still searching for the driver after Tuesday's crash.", dct) == "2019-03-12")
        #expect(value("Tuesday", in: "The two captains will play in Tuesday's final at the harbour.", dct) == "2019-03-19")
    }

    @Test func weekdaysWithLastNextAndReference() {
        #expect(value("last Friday", in: "The plant closed last Friday.", dct) == "2019-03-08")
        #expect(value("next Wednesday", in: "It reopens next Wednesday.", dct) == "2019-03-20")
        #expect(value("the following Monday", in: "Talks began on March 1 and ended the following Monday.", dct) == "2019-03-04")
    }

    @Test func inconsistentWeekdayAndDayPicksTheBestSupportedReading() throws {
        // 2021-01-20 was a Wednesday; the Friday before the article date is the 29th, one digit away
        let e = try #require(expression("Friday, January 20", in: "The envoy met the minister on Friday, January 20.", "2021-01-30"))
        #expect(e.value == "2021-01-29")
        #expect(e.conflict?.contains("was a Wednesday") == true)
        // nothing supports another day: the date as written stays, with the conflict noted
        let kept = try #require(expression("Monday, May 2, 2018", in: "Flights resumed on Monday, May 2, 2018.", dct))
        #expect(kept.value == "2018-05-02")
        #expect(kept.conflict != nil)
    }

    @Test func weekdayPicksTheYearWhereItFits() {
        // Dec 31 was a Tuesday in 2019, not in 2018 or 2020
        #expect(value("Tuesday, December 31", in: "The office closed on Tuesday, December 31.", "2020-01-08") == "2019-12-31")
    }

    @Test func relativeDaysWeeksMonthsYears() {
        let s = "Yesterday the port reopened. Two days ago a storm hit. Last year was dry. Next week brings rain. "
            + "Earlier this month the river rose. This week it fell. Tomorrow is a holiday."
        let v = Dictionary(tags(s, dct).map { ($0.text, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(v["Yesterday"] == "2019-03-13")
        #expect(v["Two days ago"] == "2019-03-12")
        #expect(v["Last year"] == "2018")
        #expect(v["Next week"] == "2019-W12")
        #expect(v["this month"] == "2019-03")
        #expect(v["This week"] == "2019-W11")
        #expect(v["Tomorrow"] == "2019-03-15")
    }

    @Test func anaphoraCountsFromTheDateMentionedBefore() {
        let s = "The ship docked on March 2. The crew left the next day. The previous day had been calm."
        #expect(value("the next day", in: s, dct) == "2019-03-03")
        #expect(value("The previous day", in: s, dct) == "2019-03-02")
    }

    @Test func monthsFollowTheTenseAndLastMeansBeforeLastMonth() {
        #expect(value("last September", in: "Prices peaked last September.", dct) == "2018-09")
        #expect(value("last February", in: "Prices peaked last February.", dct) == "2018-02")
        #expect(value("next May", in: "Elections are due next May.", dct) == "2019-05")
        #expect(value("November", in: "Fighting ended in November.", dct) == "2018-11")
        #expect(value("June", in: "The museum will reopen in June.", dct) == "2019-06")
    }

    @Test func seasonsQuartersAndHalves() {
        #expect(value("last summer", in: "The drought began last summer.", dct) == "2018-SU")
        #expect(value("the spring of 2016", in: "It was built in the spring of 2016.", dct) == "2016-SP")
        #expect(value("the third quarter", in: "Sales fell in the third quarter.", dct) == "2018-Q3")
        #expect(value("first-quarter", in: "It will report first-quarter profits.", dct) == "2019-Q1")
        #expect(value("the second half of 2017", in: "Costs rose in the second half of 2017.", dct) == "2017-H2")
    }

    @Test func aGamesQuarterIsNoCalendarQuarter() {
        #expect(value("the second quarter", in: "Veld led 17-14 and Lind scored eight points in the second quarter.", dct) == "(not tagged)")
        #expect(value("the first half", in: "Osterby scored two goals in the first half.", dct) == "(not tagged)")
        // a year or "fiscal" makes it the calendar's, and so do figures without a game
        #expect(value("the third quarter of 2017", in: "The team's sponsor scored record sales in the third quarter of 2017.", dct) == "2017-Q3")
        #expect(value("the third quarter", in: "Growth of 1-2 percent is forecast for the third quarter.", dct) != "(not tagged)")
    }

    @Test func durationsAreNotDates() {
        let s = "In the past five days, 300 flights were cancelled after a strike of two weeks."
        let found = tags(s, dct)
        #expect(found.contains { $0.text == "the past five days" && $0.type == .duration && $0.value == "P5D" })
        #expect(found.contains { $0.text == "two weeks" && $0.type == .duration && $0.value == "P2W" })
        #expect(value("2 1/2 years", in: "The works took 2 1/2 years.", dct) == "P2Y6M")
        #expect(value("several months", in: "They waited for several months.", dct) == "PXM")
        #expect(value("a 10-year", in: "They signed a 10-year lease.", dct) == "(not tagged)")
        #expect(value("10-year", in: "They signed a 10-year lease.", dct) == "P10Y")
    }

    @Test func agesAndRatesAreNotTimes() {
        #expect(tags("The 52-year-old captain retired.", dct).isEmpty)
        #expect(tags("The captain, 52 years old, retired.", dct).isEmpty)
        #expect(tags("The line carries 700 seats a week.", dct).isEmpty)
    }

    @Test func setsRecur() {
        #expect(value("daily", in: "Ferries run daily.", dct) == "P1D")
        #expect(value("every other week", in: "The board meets every other week.", dct) == "P2W")
        #expect(value("each Thursday", in: "The market opens each Thursday.", dct) == "XXXX-WXX-4")
        #expect(value("twice a year", in: "Inspectors come twice a year.", dct) == "P1Y")
    }

    @Test func vagueReferencesUseTimeMLTokens() {
        #expect(value("now", in: "The bridge is now closed.", dct) == "PRESENT_REF")
        #expect(value("recently", in: "The bridge was recently repaired.", dct) == "PAST_REF")
        #expect(value("the near future", in: "It will reopen in the near future.", dct) == "FUTURE_REF")
        #expect(value("currently", in: "Two lanes are currently open.", dct) == "PRESENT_REF")
    }

    @Test func timesOfDay() {
        #expect(value("10:35 a.m.", in: "The blast came at 10:35 a.m. near the station.", dct) == "2019-03-14T10:35")
        #expect(value("noon Saturday", in: "The deadline will pass at noon Saturday.", dct) == "2019-03-16T12:00")
        #expect(value("this morning", in: "The ferry left this morning.", dct) == "2019-03-14TMO")
        #expect(value("last night", in: "Sirens sounded last night.", dct) == "2019-03-13TNI")
        #expect(value("18:00 UTC", in: "The launch is at 18:00 UTC.", dct) == "2019-03-14T18:00Z")
    }

    @Test func aTimeConvertedInBracketsKeepsTheDayThatFollowsIt() {
        // the day named after a bracketed conversion is the time's own, not the day mentioned before
        let text = "The ferry docked on Monday. Two crew were hurt at about 9:15 p.m. (1315 GMT) on Tuesday when a crane fell."
        #expect(value("about 9:15 p.m. (1315 GMT) on Tuesday", in: text, dct) == "2019-03-12T21:15")
        // without a day after the brackets the time stays on the day mentioned before
        #expect(value("11:40 a.m.", in: "The ferry docked on Monday. It left at 11:40 a.m. (0340 GMT), the port said.", dct)
                    == "2019-03-11T11:40")
    }

    @Test func holidays() {
        #expect(value("New Year's Eve", in: "He spoke on New Year's Eve.", "2021-01-10") == "2020-12-31")
        #expect(value("Thanksgiving", in: "Stores close on Thanksgiving.", "2019-11-20") == "2019-11-28")
        #expect(value("Easter", in: "Pilgrims came for Easter.", "2019-04-25") == "2019-04-21")
    }

    @Test func spokenYearsAndNumbersInWords() {
        #expect(value("nineteen ninety-six", in: "It happened in nineteen ninety-six.", dct) == "1996")
        #expect(value("twenty-four hours", in: "Rescuers worked twenty-four hours.", dct) == "PT24H")
    }

    @Test func ambiguousMonthWordsNeedADateContext() {
        #expect(tags("Officials may decide later.", dct).isEmpty)
        #expect(tags("Thousands joined the march on the capital.", dct).isEmpty)
        #expect(value("May", in: "Elections were held in May.", dct) == "2018-05")
        #expect(tags("Delegates met Jan Kowalski.", dct).isEmpty)
    }

    @Test func withoutAnArticleDateRelativeExpressionsStayUnanchored() throws {
        let found = TemporalTagger().tag("The plant closed yesterday, on March 3, 2017.", articleDate: nil)
        let yesterday = try #require(found.first { $0.text == "yesterday" })
        #expect(yesterday.value == nil)
        #expect(yesterday.basis.contains("needs an article date"))
        #expect(found.first { $0.text == "March 3, 2017" }?.value == "2017-03-03")
    }

    @Test func basisIsReadable() throws {
        let e = try #require(expression("Tuesday", in: "The council voted on Tuesday.", dct))
        #expect(e.basis == "weekday on or before article date 2019-03-14 (past tense)")
        let y = try #require(expression("yesterday", in: "It rained yesterday.", dct))
        #expect(y.basis == "relative to article date 2019-03-14")
        let x = try #require(expression("April 14, 2021", in: "It opened April 14, 2021.", dct))
        #expect(x.basis == "explicit date")
    }

    @Test func offsetsAreUnicodeScalarsOfTheText() throws {
        let text = "Ünïcödé — the talks ended on Friday."
        let e = try #require(TemporalTagger().tag(text, articleDate: CalendarDate(iso: dct)).first)
        #expect(text.scalarSlice(e.span) == "Friday")
    }
}
