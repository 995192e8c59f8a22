// Dates, honestly: no year from a clock time, score, count, ID or page number; years before 1000 only
// with an era or an "ago" of centuries (and then marked as remote past).

@testable import DossierKit
import Testing

private func tags(_ text: String, _ dct: String?) -> [TimeExpression] {
    TemporalTagger().tag(text, articleDate: dct.flatMap(CalendarDate.init(iso:)))
}

private func values(_ text: String, _ dct: String? = "2005-02-21") -> [String?] { tags(text, dct).map(\.value) }

/// Years of every DATE the text yields, for checking that none comes from a number that is not a year.
private func years(_ text: String, _ dct: String? = "2005-02-21") -> [Int] {
    tags(text, dct).compactMap { $0.value.flatMap(TimeValue.init(timex:))?.firstDay.year }
}

@Suite struct ClockTimesScoresAndNumbersAreNotYearsTests {
    @Test func clockTimesAreNotYears() {
        #expect(!years("The programme will be shown from 1130 to 1215 GMT on Wednesday.").contains(1130))
        #expect(!years("The programme will be shown from 1130 to 1215 GMT on Wednesday.").contains(1215))
        #expect(!years("Kick-off is at 1600 on Saturday.").contains(1600))
        #expect(!years("The polls close at 2200.").contains(2200))
        #expect(!years("Kick-off: 1500. Tickets are on sale.").contains(1500))
        // a fixture: the day and month head a line, the time is on the next; no year 1600 for the day
        let fixture = "Stade de France, Paris\n\nSaturday, 26 February\n\n1600 GMT\n\nThe two sides meet again."
        #expect(!years(fixture).contains(1600))
        let day = tags(fixture, "2005-02-21").first { $0.text.contains("26 February") }
        #expect(day?.value == "2005-02-26")
    }

    @Test func aClockTimeWithAZoneIsATime() {
        let t = tags("The match starts at 1600 GMT.", "2005-02-21")
        #expect(t.allSatisfy { $0.value?.hasPrefix("1600") != true })
        #expect(t.contains { $0.type == .time })
    }

    @Test func scoresCountsIdsAndPagesAreNotYears() {
        #expect(years("They won 1600-1400 in the final.").isEmpty)
        #expect(years("The bill passed by 1620-1410 in the assembly.").isEmpty)
        #expect(years("The quote is on p. 1130 of the report.").isEmpty)
        #expect(years("The quote is on page 1130 of the report.").isEmpty)
        #expect(years("Please quote ID 1337 when calling.").isEmpty)
        #expect(years("Call 1500 hotline, ticket 1990 is void.").allSatisfy { $0 != 1990 })
        #expect(years("Flight 1130 landed safely.").isEmpty)
        #expect(years("The firm employed 1600 workers.").isEmpty)
    }

    @Test func realYearsStillCount() {
        #expect(values("The archives hold every act passed since 1497.").contains("1497"))
        #expect(values("The fire of 1834 destroyed it.").contains("1834"))
        #expect(values("The war lasted from 1995-2000.").contains("1995"))
        #expect(values("He was born on 20 February 1951.").contains("1951-02-20"))
    }
}

@Suite struct RemotePastTests {
    @Test func yearsWithAnEraAreAstronomical() {
        // 1 BC is year 0, so 495 BC is -0494 and sorts before any CE year
        #expect(values("The battle was fought in 495 BC.").contains("-0494"))
        #expect(values("The temple was built around 2,500 BCE.").contains("-2499"))
        #expect(values("The city was buried in AD 79.").contains("0079"))
        #expect(values("The city was buried in 79 A.D. by ash.").contains("0079"))
        #expect(values("It was founded in 300 B.C. by settlers.").contains("-0299"))
        // the first year of a range takes the era written after the second
        #expect(values("The king ruled from 1354 to 1345 B.C. in Thebes.") == ["-1353", "-1344"])
        #expect(values("The king ruled from 1354 to 1345 B.C. in Thebes.").allSatisfy { $0 != "1354" })
    }

    @Test func agoOfCenturiesReachesTheRemotePast() throws {
        let t = try #require(tags("The site was settled 2,500 years ago.", "2005-02-21").first)
        #expect(t.value == "-0495")
        #expect(t.basis.contains(TimexResolver.remotePastNote))
        let some = try #require(tags("Farming began there some two thousand years ago.", "2005-02-21").first)
        #expect(some.value == "0005")
        let d = DateInfo(value: some.value, granularity: .year, expression: some.text, basis: some.basis)
        #expect(d.isRemotePast)
        #expect(!DateInfo(value: "1834", granularity: .year, expression: nil, basis: "explicit").isRemotePast)
    }

    @Test func noYearBeforeOneThousandWithoutAnEra() {
        for text in ["The score was 505 to 404.", "In 606 cases the claim failed.", "He scored 999 runs.",
                     "Route 505 was closed.", "Since 800 staff left, the plant shut."] {
            #expect(years(text).allSatisfy { $0 >= 1000 }, "\(text)")
        }
    }

    @Test func centuriesBeforeTheEraAreNotReadAsCommonEra() {
        #expect(!values("The tomb dates from the 5th century BC.").contains("04XX"))
        #expect(values("The church dates from the 12th century AD.").contains("11XX"))
    }

    @Test func eraValuesReadBack() throws {
        let v = try #require(TimeValue(timex: "-0494"))
        #expect(v == .year(-494))
        #expect(v.timex == "-0494")
        #expect(TimeValue(timex: "-0494-03")?.timex == "-0494-03")
        #expect(TimeValue(timex: "--0494") == nil)
        #expect(TimeValue(timex: "-") == nil)
    }
}
