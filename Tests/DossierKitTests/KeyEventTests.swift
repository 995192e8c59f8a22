// Key events: what the default timeline shows must be one real happening with its own date. Counts, polls,
// moods, figures of speech and pleas are kept as events but are never key; dates come from the happening.

@testable import DossierKit
import Testing

// 2022-03-10 is a Thursday.
private let thursday = DateInfo(value: "2022-03-10", granularity: .day, expression: "March 10, 2022", basis: "dateline")

private func story(_ text: String) -> Article {
    Article(id: ArticleID(ordinal: 1), source: "k1.txt", header: StoryHeader(date: thursday), text: text,
            sentences: SentenceSplitter.split(text))
}

private func drafts(_ text: String) -> [EventDraft] {
    let a = story(text)
    let anchor = a.date?.value.flatMap(CalendarDate.init(iso:))
    return EventExtractor().events(in: a, mentions: [], timexes: TemporalTagger().tag(a.text, articleDate: anchor))
}

/// Triggers of the happenings a sentence can show by default (events that are not minor).
private func happenings(_ text: String) -> [String] {
    drafts(text).filter { $0.kind == .event && !$0.minor }.map(\.triggerText)
}

private func draft(_ text: String, _ trigger: String) -> EventDraft? {
    drafts(text).first { $0.triggerText == trigger && $0.kind != .statement }
}

@Suite struct KeyEventTests {
    @Test func anUpdateOfARunningCountIsNoHappening() {
        #expect(!happenings("The death toll from the mine blast in Dornvale rose to 41 on Monday.").contains("rose"))
        #expect(!happenings("The death toll from the mine blast in Dornvale rose to 41 on Monday.").contains("death"))
        #expect(!happenings("The latest ambush brought the number of guards killed this week to nine.").contains("killed"))
        #expect(!happenings("Rescuers found six more bodies in the flooded pit on Tuesday.").contains("found"))
        // the happening itself stays
        #expect(happenings("Rescuers found two miners alive in the flooded pit on Tuesday.").contains("found"))
        #expect(happenings("A gas blast killed six miners in the Dornvale pit on Tuesday.").contains("killed"))
    }

    @Test func aMoodOrAPollFigureThatMovesIsNoHappening() {
        #expect(!happenings("Hopes of talks between the governor and the rebel leader rose on Sunday.").contains("rose"))
        #expect(!happenings("Support for the ruling party fell in fresh opinion polls published on Sunday.").contains("fell"))
        #expect(!happenings("Turnout rose sharply in the latest survey of the region.").contains("rose"))
        // a market figure of the day is news, and "interest" here is half of a compound
        #expect(happenings("Interest rates rose by half a point on Monday.").contains("rose"))
        #expect(happenings("Share prices fell 2 percent on Monday.").contains("fell"))
    }

    @Test func commentatorsAgreeingIsAnOpinionNotAnAccord() {
        #expect(!happenings("The local newspapers all agreed on Saturday that the draw was kind to the hosts.").contains("agreed"))
        #expect(happenings("The two ministers agreed a new fishing quota on Friday.").contains("agreed"))
    }

    @Test func aClashOverAnIssueIsARowInWords() {
        #expect(!happenings("Labour and the Tories have clashed over tax and spending plans.").contains("clashed"))
        #expect(happenings("Protesters clashed with police in the capital on Monday.").contains("clashed"))
        #expect(happenings("Rebels and soldiers clashed over the weekend near the border.").contains("clashed"))
    }

    @Test func aContestForAStandingOrInCourtIsAFigureOfSpeech() {
        let words = { (s: String) in Tokenizer.tokenize(s).map { EventExtractor.norm($0.text) } }
        let places = words("the battle for the two remaining league places hots up")
        #expect(EventExtractor.isFigurativeContest(at: 1, length: 1, words: places))
        let legal = words("after a long legal battle with the club")
        #expect(EventExtractor.isFigurativeContest(at: 4, length: 1, words: legal))
        let town = words("the battle for the town of Ostrava began")
        #expect(!EventExtractor.isFigurativeContest(at: 1, length: 1, words: town))
        #expect(!happenings("Norvik joined Arden in second place on Sunday as the battle for the two remaining places hots up.").contains("battle"))
    }

    @Test func anOliveBranchIsNoOffer() {
        #expect(drafts("The envoy offered an olive branch in the timber dispute on Thursday.").allSatisfy { $0.triggerText != "offered" })
        #expect(happenings("The club offered the striker a new contract on Thursday.").contains("offered"))
    }

    @Test func losingCredibilityHoldingOutAndFightingToSaveAJobAreFigures() {
        #expect(drafts("The editorial said the minister has lost credibility with the troops.").allSatisfy { $0.triggerText != "lost" })
        #expect(!happenings("The new premier fought to save his job on Friday, rebuffed by rebels in the east.").contains("fought"))
        #expect(happenings("Rebels fought government troops near the border on Friday.").contains("fought"))
        #expect(happenings("Rovers lost the final to Albion on Saturday.").contains("lost"))
    }

    @Test func wordsSentAttacksInWordsAndMessagesReceivedAreNoHappenings() {
        #expect(drafts("The press club on Monday sent the island's ambassador in the capital an open letter about the articles.").allSatisfy { $0.triggerText != "sent" })
        #expect(!happenings("The actress on Monday attacked city officials over what she called the cruel culling of stray dogs.").contains("attacked"))
        #expect(!happenings("The union attacked the harbour board for failing to pay its pilots.").contains("attacked"))
        #expect(happenings("Gunmen attacked a police post in the north on Monday.").contains("attacked"))
        #expect(drafts("The plan is worth one billion dollars, according to a statement from the company received here on Wednesday.").allSatisfy { $0.triggerText != "received" })
        #expect(!happenings("The island appealed again to the security council on Wednesday to lift the sanctions.").contains("appealed"))
    }

    @Test func anAgreementToTalksIsNotDatedByTheTalksDay() throws {
        let e = try #require(draft("The rebel leader has agreed to face-to-face talks with the president aboard a naval vessel Friday, officials said.", "agreed"))
        #expect(e.date?.expression != "Friday")
    }

    @Test func theNearestContestInThePluralDatesItsOutcome() throws {
        let e = try #require(draft("Orr won three of Tuesday's six stages to head into the final leg with a big lead.", "won"))
        #expect(e.date?.value == "2022-03-08")
    }

    @Test func rulingOutAndReceivingAGrillingAreWordsNotHappenings() {
        #expect(drafts("The chancellor on Monday ruled out sending troops to the south.").allSatisfy { $0.triggerText != "ruled" })
        #expect(drafts("The island's record received a grilling on Tuesday by a visiting official.").allSatisfy { $0.triggerText != "received" })
        #expect(happenings("The high court ruled on Monday that the lease was void.").contains("ruled"))
        #expect(happenings("The mayor received the envoy in the town hall on Tuesday.").contains("received"))
    }

    @Test func beingHeldForYearsIsAState() {
        #expect(!happenings("Four islanders have been held by the navy for almost three years.").contains("held"))
        #expect(happenings("Four islanders were held by the navy on Tuesday.").contains("held"))
    }

    @Test func anAppealToSomeoneToActIsAPlea() {
        #expect(!happenings("The charity appealed to the delegates at the climate conference to save the herders.").contains("appealed"))
        #expect(!happenings("The council appealed to the sense of duty of the voters, so that the count could go on calmly.").contains("appealed"))
        #expect(happenings("The lawyers appealed to the supreme court to overturn the verdict on Monday.").contains("appealed"))
        #expect(happenings("The mayor appealed against the verdict on Monday.").contains("appealed"))
    }

    @Test func aDateAfterAParticipleWithItsAgentIsThatParticiples() throws {
        let e = try #require(draft("The league has suspended a list of referees submitted by the federation last month.", "suspended"))
        #expect(e.date?.value != "2022-02")
    }

    @Test func aParticipleBeforeItsSpeakersVerbDescribesTheSpeaker() {
        let all = drafts("A flight attendant suspended over photographs on her blog says she has been fired.")
        #expect(all.allSatisfy { $0.triggerText != "suspended" })
    }

    @Test func whatIsAlreadyDoneIsNotDatedByTheDayItWasSaid() throws {
        let e = try #require(draft("The prosecutor said on Friday she has already decided whether to press charges.", "decided"))
        #expect(e.date?.value == nil)
    }

    @Test func whatIsAlreadyDoneSaysSoInItsBasis() throws {
        let e = try #require(draft("The port authority has already signed the lease for the pier.", "signed"))
        #expect(e.date?.value == nil)
        #expect(e.date?.basis.contains("already") == true)
    }

    @Test func aPastHappeningIsNotDatedAfterItsArticle() throws {
        let e = try #require(draft("The commission said it has received improved offers which make it possible to settle the dispute by spring next year.", "received"))
        // Not by next spring: undated, or the article's day when the later date goes to the dispute's clause.
        #expect(e.date?.value == nil || e.date?.value == "2022-03-10")
        // what is to come keeps its later date
        let plan = try #require(draft("The two ministers will meet in Varlen next month.", "meet"))
        #expect(plan.date?.value == "2022-04")
    }

    @Test func aTollOfHappeningsInThePluralUpToNowIsACount() {
        #expect(!happenings("Attacks on the border posts, mainly by the rebels, have also killed 13 guards.").contains("killed"))
        #expect(happenings("A car bomb has killed 12 people in the capital.").contains("killed"))
    }

    @Test func aHappeningJudgedOrTakenAsKnownIsRecalledNotReported() {
        #expect(!happenings("\"I think it is a great pity that the country decided not to ratify the treaty,\" the envoy said.").contains("decided"))
        #expect(!happenings("The union welcomed the fact that the company withdrew its offer.").contains("withdrew"))
        #expect(happenings("The company withdrew its offer on Tuesday.").contains("withdrew"))
    }

    @Test func theOutcomeOfAContestTakesTheContestsDay() throws {
        let e = try #require(draft("Dalen Orr has won Sunday's presidential run-off with 57 percent of the votes, the electoral board said on Tuesday.", "won"))
        #expect(e.date?.value == "2022-03-06")
        // a possessive after another kind of verb names another happening's day
        let met = try #require(draft("The two leaders met to prepare Sunday's run-off, the electoral board said on Tuesday.", "met"))
        #expect(met.date?.value != "2022-03-06")
    }

    @Test func anExplicitYearBeatsAMonthPlacedByTheArticlesDate() throws {
        let e = try #require(draft("In 1976, the currency began a slide which led ministers to ask for a loan in September.", "began"))
        #expect(e.date?.value == "1976")
        #expect(e.kind == .background)
    }

    @Test func aChangeIsMeasuredFromADayNotOnIt() throws {
        let e = try #require(draft("The index gained 300 points from Monday in the first hour of trading.", "gained"))
        #expect(e.date?.value != "2022-03-07")
    }

    @Test func aRelativeClauseEndsAtTheMainClausesVerb() throws {
        let e = try #require(draft("The coaches of the nations that have qualified for the cup will all be at Friday's draw.", "qualified"))
        #expect(e.date?.expression != "Friday")
        #expect(e.date?.value != "2022-03-11")
        #expect(e.date?.value != "2022-03-04")
    }
}
