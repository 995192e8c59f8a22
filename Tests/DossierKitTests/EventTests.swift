// Events: which sentences report happenings, how they are dated, merged across articles and ordered.

@testable import DossierKit
import Testing

private let harbor = DateInfo(value: "2022-03-10", granularity: .day, expression: "March 10, 2022", basis: "dateline")

private func article(_ text: String, id: Int = 1, date: DateInfo? = harbor) -> Article {
    Article(id: ArticleID(ordinal: id), source: "a\(id).txt", date: date, text: text, sentences: SentenceSplitter.split(text))
}

/// A linked mention of `name` in `text` (first occurrence).
private func mention(_ name: String, in a: Article, entity: Int) -> Mention {
    let scalars = Array(a.text.unicodeScalars), needle = Array(name.unicodeScalars)
    var start = 0
    for i in 0...(scalars.count - needle.count) where Array(scalars[i..<(i + needle.count)]) == needle { start = i; break }
    return Mention(article: a.id, span: TextSpan(start, start + needle.count), text: name, kind: .organization,
                   entity: EntityID(ordinal: entity))
}

private func events(_ a: Article, _ mentions: [Mention] = []) -> [EventDraft] {
    let anchor = a.date?.value.flatMap(CalendarDate.init(iso:))
    return EventExtractor().events(in: a, mentions: mentions, timexes: TemporalTagger().tag(a.text, articleDate: anchor))
}

@Suite struct EventExtractorTests {
    @Test func anExplicitDateInTheSentenceWins() throws {
        // 2022-03-10 is a Thursday
        let a = article("The port authority said the two delegations met on Tuesday to sign the lease.")
        let e = try #require(events(a).first)
        #expect(e.date?.value == "2022-03-08")
        #expect(e.date?.expression == "Tuesday")
        #expect(e.date?.basis == "weekday on or before article date 2022-03-10 (past tense)")
    }

    @Test func aReportingSentenceWithoutADateTakesTheArticleDate() throws {
        let e = try #require(events(article("The harbour master said the channel was safe.")).first)
        #expect(e.date?.value == "2022-03-10")
        #expect(e.date?.expression == "said")
        #expect(e.date?.basis == "reporting verb 'said': article date 2022-03-10")
    }

    @Test func otherwiseTheDateIsLeftEmpty() throws {
        let e = try #require(events(article("The ship was escorted by two tugboats.")).first)
        #expect(e.date == nil)
    }

    @Test func descriptionsAreNotEvents() {
        #expect(events(article("The port is one of the busiest in the region.")).isEmpty)
        #expect(events(article("Read more news")).isEmpty)
    }

    @Test func aDateNamingSomethingElseInTheSentenceDoesNotDateIt() throws {
        let e = try #require(events(article("Rescuers found the wreck of the vessel lost in the 2015 storm.")).first)
        #expect(e.date == nil)
    }

    @Test func aReportingSentenceInAnUndatedArticleSaysWhy() throws {
        let e = try #require(events(article("Officials said the road was closed.", date: nil)).first)
        #expect(e.date?.value == nil)
        #expect(e.date?.basis == "reporting verb 'said', but the article has no date")
    }

    @Test func participantsAreTheLinkedEntitiesInTheSentence() throws {
        let a = article("Harbor Authority officials met Coast Guard inspectors on Monday. The Mayor said nothing.")
        let ms = [mention("Harbor Authority", in: a, entity: 4), mention("Coast Guard", in: a, entity: 2)]
        let found = events(a, ms)
        #expect(found.first?.participants == [EntityID(ordinal: 4), EntityID(ordinal: 2)])
        #expect(found.last?.participants == [])
    }

    @Test func aTimeOfDayDatesTheDay() throws {
        let e = try #require(events(article("The blast came at 10:35 a.m. on Tuesday.")).first)
        #expect(e.date?.value == "2022-03-08")
        #expect(e.date?.granularity == .day)
    }
}

@Suite struct EventMergerTests {
    func draft(_ article: Int, _ sentence: String, _ value: String?, _ participants: [Int], granularity: Granularity = .day,
               basis: String = "explicit date") -> EventDraft {
        EventDraft(article: ArticleID(ordinal: article), span: TextSpan(0, sentence.unicodeScalars.count), sentence: sentence,
                   date: value.map { DateInfo(value: $0, granularity: granularity, expression: nil, basis: basis) },
                   participants: participants.map { EntityID(ordinal: $0) })
    }

    @Test func theSameHappeningInTwoArticlesIsOneEvent() throws {
        let merged = EventMerger().merge([
            draft(1, "Port officials signed the lease for the northern pier on Tuesday.", "2022-03-08", [1, 2]),
            draft(2, "The lease for the northern pier was signed by port officials on Monday night.", "2022-03-07", [2, 1]),
            draft(2, "Fishermen protested the lease outside the town hall.", "2022-03-08", [3]),
        ])
        #expect(merged.count == 2)
        let lease = try #require(merged.first)
        #expect(lease.alsoReportedIn.map(\.article) == [ArticleID(ordinal: 2)])
        #expect(lease.alsoReportedIn.first?.event == lease.id)
        #expect(merged.map(\.id.description) == ["v1", "v2"])
    }

    @Test func differentDatesOrParticipantsOrWordsStayApart() {
        let merged = EventMerger().merge([
            draft(1, "Port officials signed the lease for the northern pier.", "2022-03-08", [1, 2]),
            draft(2, "Port officials signed the lease for the northern pier.", "2022-03-15", [1, 2]),
            draft(3, "Port officials signed the lease for the northern pier.", "2022-03-08", [5]),
            draft(4, "Storms closed the airport for a day.", "2022-03-08", [1, 2]),
            draft(5, "Port officials signed the lease for the northern pier.", nil, [1, 2]),
        ])
        #expect(merged.count == 5)
    }

    @Test func theReportWithTheSentencesOwnDateLeads() throws {
        let merged = EventMerger().merge([
            draft(1, "Port officials said they signed the pier lease.", "2022-03-08", [1, 2], basis: "reporting verb 'said': article date 2022-03-08"),
            draft(2, "Port officials signed the pier lease on Tuesday, they said.", "2022-03-08", [1, 2], basis: "weekday on or before article date 2022-03-09 (past tense)"),
        ])
        #expect(merged.count == 1)
        #expect(merged.first?.article == ArticleID(ordinal: 2))
    }
}

@Suite struct TimelineTests {
    func event(_ n: Int, _ value: String?, article: Int = 1, offset: Int = 0, participants: [Int] = [1]) -> Event {
        let date = value.map { v in DateInfo(value: v, granularity: TimeValue(timex: v)?.granularity, expression: nil, basis: "test") }
        return Event(id: EventID(ordinal: n), article: ArticleID(ordinal: article), sentence: "event \(n)",
                     span: TextSpan(offset, offset + 5), date: date, participants: participants.map { EntityID(ordinal: $0) })
    }

    @Test func aPeriodSortsAtItsStartBeforeTheDaysInIt() {
        let events = [event(1, "2021"), event(2, "2021-04"), event(3, "2021-04-30"), event(4, "2021-04-02"),
                      event(5, "2021-05-01"), event(6, nil), event(7, "2020-12-31"), event(8, "2021-W17")]
        let order = Timeline.items(events, query: TimelineQuery(includeUndated: true)).map(\.event.id.ordinal)
        // the year opens 2021, April opens its days, week 17 of 2021 starts on Monday 2021-04-26
        #expect(order == [7, 1, 2, 4, 8, 3, 5, 6])
    }

    @Test func sameDateKeepsArticleAndOffsetOrder() {
        let events = [event(1, "2021-04-02", article: 2), event(2, "2021-04-02", article: 1, offset: 50),
                      event(3, "2021-04-02", article: 1, offset: 10)]
        #expect(Timeline.items(events, query: TimelineQuery()).map(\.event.id.ordinal) == [3, 2, 1])
    }

    @Test func queriesByEntityAndDateRange() {
        let events = [event(1, "2021-03-31", participants: [1]), event(2, "2021-04-15", participants: [2]),
                      event(3, "2021-04", participants: [1]), event(4, "2021", participants: [1]), event(5, nil, participants: [1])]
        #expect(Timeline.items(events, query: TimelineQuery(entity: EntityID(ordinal: 1))).map(\.event.id.ordinal) == [4, 1, 3])
        #expect(Timeline.items(events, query: TimelineQuery(entity: EntityID(ordinal: 1), includeUndated: true)).count == 4)
        // a range keeps events that start in it (the year 2021 starts before April), never undated ones
        let april = TimelineQuery(from: "2021-04", to: "2021-04-30", includeUndated: true)
        #expect(Timeline.items(events, query: april).map(\.event.id.ordinal) == [3, 2])
        // from a day on: the month of April starts that day but is coarser, and sorts before it
        #expect(Timeline.items(events, query: TimelineQuery(from: "2021-04-01")).map(\.event.id.ordinal) == [2])
        #expect(Timeline.items(events, query: TimelineQuery(to: "2021-03")).map(\.event.id.ordinal) == [4, 1])
    }

    @Test func itemsListTheEventsOwnSourceFirst() {
        var e = event(1, "2021-04-02")
        e.alsoReportedIn = [EventSource(article: ArticleID(ordinal: 3), span: TextSpan(4, 9), event: e.id)]
        let item = Timeline.items([e], query: TimelineQuery()).first
        #expect(item?.sources.map(\.article.ordinal) == [1, 3])
    }
}
