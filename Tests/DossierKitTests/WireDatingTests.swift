// Dates of happenings as wire stories tell them: a speech verb that is the happening, verbs that share a date,
// levels compared with another day, the day a speech was made, and present perfects that sum up the past.

@testable import DossierKit
import Testing

// 2022-03-10 is a Thursday.
private let thursday = DateInfo(value: "2022-03-10", granularity: .day, expression: "March 10, 2022", basis: "dateline")

private func drafts(_ text: String) -> [EventDraft] {
    let a = Article(id: ArticleID(ordinal: 1), source: "w1.txt", header: StoryHeader(date: thursday), text: text,
                    sentences: SentenceSplitter.split(text))
    let anchor = a.date?.value.flatMap(CalendarDate.init(iso:))
    return EventExtractor().events(in: a, mentions: [], timexes: TemporalTagger().tag(a.text, articleDate: anchor))
}

/// The date value of the happening (not the statement) whose trigger is `trigger`; "none" when it has none.
private func dated(_ text: String, _ trigger: String) -> String? {
    guard let d = drafts(text).first(where: { $0.triggerText == trigger && $0.kind != .statement }) else { return nil }
    return d.date?.value ?? "none"
}

@Suite struct WireDatingTests {
    @Test func aSpeechVerbThatIsTheHappeningTakesItsOwnDate() {
        let text = "Meanwhile, they announced for the first time on Wednesday a plan to let residents file complaints."
        #expect(dated(text, "announced") == "2022-03-09")
        #expect(drafts(text).first { $0.kind == .statement }?.date?.value == "2022-03-09")
        // a date of what was announced is not the announcement's
        #expect(dated("Meanwhile, they announced the fare rises from March 15.", "announced") == "2022-03-10")
        #expect(dated("Meanwhile, they announced rallies for Sunday.", "announced") == "2022-03-10")
        #expect(dated("The runner has announced her retirement and will not now race at next year's games in Osterby.",
                      "announced") == "2022-03-10")
    }

    @Test func verbsJoinedByAndShareTheDateBeforeTheFirst() {
        #expect(dated("In a raid on March 3, customs officers arrested four smugglers and seized two rifles.", "seized") == "2022-03-03")
        // a verb of its own clause keeps its own date
        #expect(dated("Officers arrested four smugglers on March 3, and the court freed them today.", "freed") == "2022-03-10")
    }

    @Test func aParticipleOfResultSharesItsClausesDate() {
        #expect(dated("Another storm, Veldra, struck the northern coast one month ago, killing a dozen fishermen.", "killing") == "2022-02")
    }

    @Test func aLevelComparedWithAnotherDayIsNotDatedOnIt() {
        // the day of the level a figure moved from dates neither the move nor the story
        #expect(dated("Turnover fell sharply in February. Turnover rose to 246 million shares from 193 million shares a day earlier.",
                      "rose") == "2022-03-10")
        let story = "The krona rose against the euro in Thursday trading.\n\n"
            + "In early trading, the krona rose to 10.43 from 10.21 on Tuesday.\n\nThe pound fell to 1.31 dollars from 1.32 dollars."
        #expect(dated(story, "fell") == "2022-03-10")
    }

    @Test func moreThanANumberIsNoComparisonOfDays() {
        let story = "The Veldmark index plunged by more than 400 points by the closing bell on Tuesday.\n\nBank shares fell sharply."
        #expect(dated(story, "fell") == "2022-03-08")
    }

    @Test func theStoryIsAtTheHappeningsDayNotTheSpeechs() {
        let story = "Artillery units shelled farmland near Osterby late Tuesday, local officials said Wednesday.\n\n"
            + "The officials said that the units fired at least 15 rounds into an open field."
        #expect(dated(story, "fired") == "2022-03-08")
        // what the officials say goes on at the day they said it
        #expect(drafts(story).last { $0.kind == .statement }?.date?.value == "2022-03-09")
        // with only the speech's day named, the story stays at that day
        let spoken = "Officials said Wednesday that units shelled farmland near Osterby.\n\nThe units fired at least 15 rounds into an open field."
        #expect(dated(spoken, "fired") == "2022-03-09")
    }

    @Test func aPresentPerfectPastTheLeadSumsUpThePast() {
        let story = "Police arrested a harbour official in Osterby on Wednesday.\n\n"
            + "The ministry has proposed several measures to end the smuggling, but none has been applied.\n\n"
            + "\"I've only won one final here,\" the mayor said.\n\nThe board has just agreed to a review."
        #expect(dated(story, "proposed") == "none")
        #expect(dated(story, "won") == "none")
        // "just": it happened as the story was told
        #expect(dated(story, "agreed") == "2022-03-10")
        // the lead's present perfect is the news
        #expect(dated("Police have arrested a harbour official in Osterby, officials said on Thursday.", "arrested") == "2022-03-10")
    }
}

@Suite struct ShiftFromACoarseReferenceTests {
    @Test func aDayEarlierAfterAMonthCountsFromTheArticle() {
        let tags = TemporalTagger().tag("Sales fell in February. Turnover rose from 193 million units a day earlier.",
                                        articleDate: CalendarDate(iso: "2022-03-10"))
        #expect(tags.first { $0.text.contains("day earlier") }?.value == "2022-03-09")
    }
}

@Suite struct StoryHistoryDatingTests {
    @Test func aWhenClauseHappenedAtTheTimeOfTheClauseItPlaces() {
        let story = "The first sign of trouble came in February when the agency announced it was postponing the launch."
        #expect(dated(story, "postponing") == "2022-02")
        // a day the saying takes is the saying's, not the time of the "when" clause
        #expect(dated("Officials said on Monday that they were asleep when the storm struck the coast.", "struck") != "2022-03-07")
        // nor is the day of a finding ("acknowledging")
        #expect(dated("The ministry on Monday broke its silence, acknowledging protesters were killed when police opened fire.",
                      "opened") != "2022-03-07")
    }

    @Test func aSentenceAfterAPassageOfHistoryTellsThatPast() {
        let story = "Police arrested six men in Osterby on Tuesday.\n\n"
            + "The Veldra movement won the regional elections in January 2021.\n\n"
            + "It rejected the border accord and dissolved the council.\n\n"
            + "The six men were charged with fraud, police said."
        // no date of its own after a sentence dated long before the article: not the story's day
        #expect(dated(story, "rejected") == "none")
        // a statement takes the story back to its day
        #expect(dated(story, "charged") == "2022-03-08")
    }

    @Test func yearsLaterCountFromTheYearTheHistoryNamed() {
        let text = "She opened the shop in 1976, and in 1984 she sold it. One year later she opened another one."
        let tags = TemporalTagger().tag(text, articleDate: CalendarDate(iso: "2022-03-10"))
        #expect(tags.first { $0.text == "One year later" }?.value == "1985")
        // a verb after "and" and a pronoun shares the date before the first
        let story = "He joined the studio in 1976, and in 1984 he ran it. One year later he was fired from the studio and he founded a rival firm."
        #expect(dated(story, "fired") == "1985")
        #expect(dated(story, "founded") == "1985")
    }

    @Test func theStartOfAComparisonNamesNoDateOfTheSentence() {
        let story = "Shares in Osterby tumbled on Tuesday.\n\n"
            + "The Veldmark index dropped 3 percent, or 250 points, to end the day at its lowest level since October 1997."
        #expect(dated(story, "dropped") == "2022-03-08")
    }

    @Test func theEventsOfTodayAndThatDayDoNotMoveTheStorysDay() {
        let story = "At a press conference in Osterby on March 7, the chief executive of Veldra Motors outlined a plan.\n\n"
            + "He described the events of today as a turning point.\n\n"
            + "He also said that day one filings had been made in the court.\n\n"
            + "He stated that the plan had the support of the unions."
        #expect(drafts(story).last { $0.kind == .statement }?.date?.value == "2022-03-07")
    }

    @Test func theLeadTellsTheDayTheStoryNamesAFewSentencesOn() {
        let story = "Veldra posts first loss\n\nMarch 10, 2022\n\n"
            + "Veldra Motors has posted its first annual loss since 1992.\n\n"
            + "The carmaker lost 4 billion krona in the final quarter of last year.\n\n"
            + "Veldra admitted on Wednesday night that the loss could grow further."
        #expect(dated(story, "posted") == "2022-03-09")
    }

    @Test func aChronologysDateLineDatesTheEntryUnderIt() {
        let story = "A Veldran frigate arrived in Osterby on Wednesday for a joint exercise.\n\n"
            + "The following were major visits between the two navies.\n\n-- November 1986\n\n"
            + "Three Veldran warships visited Osterby, a port city in the north.\n\n-- March 1997\n\n"
            + "An Osterby destroyer visited the Veldran capital."
        #expect(dated(story, "visited") == "1986-11")
        #expect(drafts(story).last { $0.triggerText == "visited" }?.date?.value == "1997-03")
    }

    @Test func aDecadeDatesNoDay() {
        // the decade is the trigger's own: it dates the happening to the decade, never to the article's day
        #expect(dated("In the early 1980s Veldra launched an assault on the treaty system.", "launched") == "198X")
        // a decade that another happening's words govern leaves the trigger its own date
        #expect(dated("The general was hanged on Wednesday for crimes committed following a revolt in the early 1980s.",
                      "hanged") == "2022-03-09")
    }

    @Test func aDateBeforeThenIsTheEarlierHappenings() {
        let text = "Delegates attended the forum, which started in Osterby on Monday and then moved to the port city of Veld."
        #expect(dated(text, "started") == "2022-03-07")
        #expect(dated(text, "moved") != "2022-03-07")
        // "the then minister" is no sequence
        #expect(dated("On Monday the then minister resigned.", "resigned") == "2022-03-07")
        #expect(dated("On a visit in February, Veldra's then minister proposed a corridor.", "proposed") == "2022-02")
    }

    @Test func anAspectualVerbSharesTheDateOfWhatItGoverns() {
        #expect(dated("Government troops began attacking the rebels on March 3.", "began") == "2022-03-03")
    }

    @Test func aDateRightBeforeWhenDatesTheClause() {
        let text = "Lind, who has not appeared in Osterby since 1992 when his party lost elections and civil war resumed, stayed away."
        #expect(dated(text, "resumed") == "1992")
        // with no date before it, a "when" clause stops at "and" as before
        let rescue = "Rescuers reached the miners on Tuesday.\n\nThe miners looked well when they stepped out of the pit and were sent to hospital."
        #expect(dated(rescue, "sent") == "2022-03-08")
    }

    @Test func aParticipleWithAlreadyWasDoneBefore() {
        let story = "Veldgas raised its prices on Thursday.\n\nVeldgas insists that its price increases -- already imposed on Osterby, "
            + "Veld, and Lindmark -- are part of a legitimate move to end old subsidies and charge market rates."
        #expect(dated(story, "imposed") == "none")
    }

    @Test func aRelativeClauseWithThatRecallsThePast() {
        let text = "Police named Ada Lind as a key conspirator behind the blasts that killed over 60 people and injured more than 200."
        #expect(dated(text, "injured") == "none")
    }

    @Test func hoursAfterADayIsThatDay() {
        #expect(dated("Three leaders were freed hours after the court order on Tuesday, their lawyer said.", "freed") == "2022-03-08")
    }
}
