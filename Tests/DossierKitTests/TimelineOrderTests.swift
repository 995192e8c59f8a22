// Timeline order: periods sort by their start (BCE first), and "first event on or after a date" is one
// definition for --from and the browser's jump, at every granularity.

@testable import DossierKit
import Testing

private func event(_ n: Int, _ value: String?) -> Event {
    Event(id: EventID(ordinal: n), article: ArticleID(ordinal: n), sentence: "Event \(n).", span: TextSpan(0, 9),
          date: value.map { DateInfo(value: $0, granularity: TimeValue(timex: $0)?.granularity, expression: $0, basis: "test") },
          participants: [], salience: 1)
}

@Suite struct TimelineOrderTests {
    let events = [
        event(1, "2005-03-02"), event(2, "2005-W04-WE"), event(3, "2005-03"), event(4, "2005-Q1"),
        event(5, "2005"), event(6, "0005"), event(7, "-0494"), event(8, "2005-01-29"), event(9, "2005-W10"),
        event(10, "2005-Q2"), event(11, "2005-04-02"), event(12, nil), event(13, "2004-12-31"), event(14, "2005-03-01"),
    ]

    func order(_ q: TimelineQuery = TimelineQuery(includeUndated: true)) -> [String] {
        Timeline.items(events, query: q).map { $0.event.date?.value ?? "undated" }
    }

    @Test func periodsSortByTheirStartAndBCEFirst() {
        // 2005-W04-WE is 29-30 January; 2005-W10 is 7-13 March; coarser periods open the days they contain
        #expect(order() == ["-0494", "0005", "2004-12-31", "2005", "2005-Q1", "2005-W04-WE", "2005-01-29",
                            "2005-03", "2005-03-01", "2005-03-02", "2005-W10", "2005-Q2", "2005-04-02", "undated"])
    }

    @Test func aPeriodShowsItsSpan() {
        #expect(TimeValue(timex: "2005-W04-WE")?.spanText == "2005-01-29 to 2005-01-30")
        #expect(TimeValue(timex: "2005-Q1")?.spanText == "2005-01-01 to 2005-03-31")
        #expect(TimeValue(timex: "2005-03-02")?.spanText == nil)
    }

    @Test func fromStartsAtTheFirstEventOnOrAfterTheDate() {
        #expect(order(TimelineQuery(from: "2005-03", to: "2005-03")) == ["2005-03", "2005-03-01", "2005-03-02", "2005-W10"])
        #expect(order(TimelineQuery(from: "2005-W10")).first == "2005-W10")
        #expect(order(TimelineQuery(from: "2005-Q2")) == ["2005-Q2", "2005-04-02"])
        #expect(order(TimelineQuery(from: "2005")).first == "2005")
        // the year 2005 starts on 1 January too, but is not "from 2005-Q1 on"
        #expect(order(TimelineQuery(from: "2005-Q1")).first == "2005-Q1")
        #expect(order(TimelineQuery(to: "0005")) == ["-0494", "0005"])
    }

    @Test func firstIndexOnOrAfterForEveryGranularity() {
        let periods: [TimeValue?] = Timeline.items(events, query: TimelineQuery(includeUndated: true))
            .map { $0.event.date?.value.flatMap(TimeValue.init(timex:)) }
        func at(_ s: String) -> String? {
            guard let d = TimeValue(timex: s), let i = Timeline.firstIndex(onOrAfter: d, in: periods) else { return nil }
            return periods[i]?.timex
        }
        #expect(at("2005-03") == "2005-03")
        #expect(at("2005-02") == "2005-03")
        #expect(at("2005-W04") == "2005-W04-WE")
        #expect(at("2005-W05") == "2005-03")
        #expect(at("2005-Q1") == "2005-Q1")
        #expect(at("2005-Q2") == "2005-Q2")
        #expect(at("2005") == "2005")
        #expect(at("2004") == "2004-12-31")
        #expect(at("2006") == nil)
        #expect(at("-1000") == "-0494")
    }
}
