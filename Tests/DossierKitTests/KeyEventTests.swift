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
        // a decision on rates is a happening ("interest" here is half of a compound, no mood)
        #expect(happenings("The central bank raised interest rates by half a point on Monday.").contains("raised"))
    }

    @Test func aMarketsMoveOverADayIsAFigureNotAHappening() {
        #expect(!happenings("Share prices fell 2 percent on Monday.").contains("fell"))
        #expect(!happenings("Varlen shares closed higher on Thursday with the benchmark index up 10 points.").contains("closed"))
        #expect(!happenings("The euro fell to 1.33 dollars in late trading on Friday.").contains("fell"))
        #expect(!happenings("Regional exchanges closed mixed on Thursday, with the main board down a point.").contains("closed"))
        #expect(!happenings("The stock market of the island ended lower on Wednesday.").contains("ended"))
        #expect(!happenings("Shares in Orlen and Bravo Labs plunged on Monday as the firms halted sales of a drug.").contains("plunged"))
        #expect(!happenings("Shares of Bravo Labs, the island's largest drug maker, have jumped as much as 15% on talk of a bid.").contains("jumped"))
        // a show that closes, a bridge that opens and a company's listing are happenings
        #expect(happenings("The auto show closed on Monday with a record turnout.").contains("closed"))
        #expect(happenings("The new bridge over the river opened to traffic on Monday.").contains("opened"))
    }

    @Test func aParticipleAfterABareNounDescribesIt() {
        #expect(!happenings("Two ducks were among 710 birds tested in the valley on Monday.").contains("tested"))
        #expect(!happenings("The minister inspected roads built with foreign aid on Tuesday.").contains("built"))
        #expect(!happenings("The company cut the price of the gas supplied to the island on Monday.").contains("supplied"))
        #expect(happenings("The minister inspected roads built with foreign aid on Tuesday.").contains("inspected"))
        // an agent's act keeps its object, also after a day
        #expect(happenings("Police arrested five men in the port on Monday.").contains("arrested"))
        #expect(happenings("The ministry banned on Tuesday a fishing method used in the bay.").contains("banned"))
        // a verb that needs no object is its subject's act
        #expect(happenings("Villagers fled to the hills on Monday.").contains("fled"))
    }

    @Test func whatALeadSumsUpOrRecallsIsNotToldOnTheStorysDay() throws {
        let text = "Rovers beat Albion 2-0 in the second match of the series on Tuesday. Albion won the first match by two goals. The club has sacked its coach."
        let won = try #require(draft(text, "won"))
        #expect(won.date?.value != "2022-03-08")
        let second = try #require(draft("Rovers beat Albion 2-0 on Tuesday. Albion won the second by two goals.", "won"))
        #expect(second.date?.value != "2022-03-08")
        let sacked = try #require(draft(text, "sacked"))
        #expect(sacked.date?.value != "2022-03-08")
        // a happening told after the lead without a date of its own goes on telling the story's day
        let goal = try #require(draft("Rovers beat Albion 2-0 on Tuesday. Their captain scored twice.", "scored"))
        #expect(goal.date?.value == "2022-03-08")
    }

    @Test func whatIsRuledOutAndADisputeAreNoHappeningsOfTheDay() {
        #expect(!happenings("The government ruled out on Tuesday the withdrawal of its troops from the island.").contains("withdrawal"))
        #expect(!happenings("The envoy offered an olive branch in a timber dispute with Varlen on Thursday.").contains("dispute"))
    }

    @Test func aDateInAClauseOfTimeWithItsOwnSubjectIsThatClauses() throws {
        let e = try #require(draft("Police arrested 19 people during a night of unrest as they prepared for a crackdown at the weekend, officers said on Friday.", "arrested"))
        #expect(e.date?.expression != "the weekend")
        // "as" before a role is no clause
        let elected = try #require(draft("The former striker was elected as the first vice president of the union on Tuesday.", "elected"))
        #expect(elected.date?.value == "2022-03-08")
    }

    @Test func aDateAfterButAndANewSubjectIsThatClauses() throws {
        let e = try #require(draft("Velin has won the legal right to fish in the northern waters but a senior minister on Tuesday said the fleet was too small.", "won"))
        #expect(e.date?.value != "2022-03-08")
    }

    @Test func attackingTheWaySomethingWasDoneIsCriticism() {
        #expect(!happenings("He also attacked the way the harbour lease was sold to the public on Monday.").contains("attacked"))
    }

    @Test func aDateAfterAWordOfPlansDatesThePlan() throws {
        let e = try #require(draft("The ministry has supplied the medicine to the athletes at the Games slated for late March.", "supplied"))
        #expect(e.date?.value != "2022-03")
        #expect(drafts("Velin built an overall 363-run lead on Saturday.").allSatisfy { $0.triggerText != "built" })
    }

    @Test func aPlanThatDidNotComeAboutIsNoHappening() {
        #expect(drafts("The premier was to have traveled to Varlen on Saturday for a meeting with the governor.").allSatisfy { $0.triggerText != "traveled" })
    }

    @Test func aDateInARelativeClauseAfterTheTriggerIsThatClauses() throws {
        let e = try #require(draft("Three engineers were injured when their stove caught fire in the town, which was flattened by the quake on March 1.", "injured"))
        #expect(e.date?.value != "2022-03-01")
    }

    @Test func aDateBeforeButOrAVerbOfFindingOutIsAnotherClauses() throws {
        let delivered = try #require(draft("Rovers need a point against Albion on Tuesday but three were required against Varlen and the leaders won.", "won"))
        #expect(delivered.date?.value != "2022-03-08")
        let killed = try #require(draft("The government on Saturday broke its silence on the protest, acknowledging demonstrators were killed.", "killed"))
        #expect(killed.date?.value != "2022-03-05")
    }

    @Test func whatWasFoundOutIsNotDatedByTheStorysDay() throws {
        let e = try #require(draft("The ministry seized a crate on Tuesday. Officials discovered that the machines were moved to another plant.", "moved"))
        #expect(e.date?.value != "2022-03-08")
    }

    @Test func aVerbJoinedByAndSharesTheDateAfterIt() throws {
        let e = try #require(draft("Four people were killed and several others injured on Tuesday morning in two blasts in the port.", "killed"))
        #expect(e.date?.value == "2022-03-08")
        // a verb in a clause of its own keeps the date to itself
        let met = try #require(draft("The envoys met in the port, and the talks that began on Tuesday went on.", "met"))
        #expect(met.date?.value != "2022-03-08")
    }

    @Test func aHappeningDatedOnlyByItsReportIsNoKeyEvent() throws {
        let reported = try #require(draft("Rebels killed more than 40 people in a raid on a seminary, an army spokesman said on Wednesday.", "killed"))
        #expect(EventMerger.isDatedByReport(reported))
        let plain = try #require(draft("Rebels killed more than 40 people in a raid on a seminary.", "killed"))
        #expect(EventMerger.isDatedByReport(plain))
        let own = try #require(draft("Rebels killed more than 40 people on Tuesday in a raid on a seminary, an army spokesman said on Wednesday.", "killed"))
        #expect(!EventMerger.isDatedByReport(own))
        #expect(own.date?.value == "2022-03-08")
        // a report dated only by its year (a page's copyright year) gives an honest year, not a wrong day
        var yearly = plain
        yearly.date = DateInfo(value: "2023", granularity: .year, expression: nil, basis: "no date in the sentence: reported in the article of 2023")
        #expect(!EventMerger.isDatedByReport(yearly))
        // the same report, prominent and told by three outlets, is key with its own day and not with the report's
        let rebels = [EventParticipant(entity: EntityID(ordinal: 1))]
        let prominence = [EntityID(ordinal: 1): 1.0]
        func salience(_ d: EventDraft) -> Double {
            EventMerger.salience([d], lead: d, independentSources: 3, participants: rebels, prominence: prominence)
        }
        #expect(salience(own) >= EventMerger.keyThreshold)
        #expect(salience(reported) < EventMerger.keyThreshold)
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
