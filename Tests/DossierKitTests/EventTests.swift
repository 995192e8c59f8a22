// Events: which sentences report happenings, how they are dated, merged across articles and ordered.

@testable import DossierKit
import Testing

private let harbor = DateInfo(value: "2022-03-10", granularity: .day, expression: "March 10, 2022", basis: "dateline")

private func article(_ text: String, id: Int = 1, date: DateInfo? = harbor) -> Article {
    Article(id: ArticleID(ordinal: id), source: "a\(id).txt", header: StoryHeader(date: date), text: text, sentences: SentenceSplitter.split(text))
}

/// A linked mention of `name` in `text` (first occurrence).
private func mention(_ name: String, in a: Article, entity: Int) -> Mention {
    let scalars = Array(a.text.unicodeScalars), needle = Array(name.unicodeScalars)
    var start = 0
    for i in 0...(scalars.count - needle.count) where Array(scalars[i..<(i + needle.count)]) == needle { start = i; break }
    return Mention(article: a.id, span: TextSpan(start, start + needle.count), text: name, kind: .organization,
                   entity: EntityID(ordinal: entity))
}

private func events(_ a: Article, _ mentions: [Mention] = [], resolvingReferences: Bool = false) -> [EventDraft] {
    let anchor = a.date?.value.flatMap(CalendarDate.init(iso:))
    var extractor = EventExtractor()
    extractor.resolvesReferences = resolvingReferences
    return extractor.events(in: a, mentions: mentions, timexes: TemporalTagger().tag(a.text, articleDate: anchor))
}

/// Triggers of the happenings a sentence shows by default: events that are not minor (statistics, opinions, figures).
private func shown(_ a: Article) -> [String] {
    events(a).filter { $0.kind == .event && !$0.minor }.map(\.triggerText)
}

/// A linked person mention of `name` (first occurrence).
private func person(_ name: String, in a: Article, entity: Int) -> Mention {
    var m = mention(name, in: a, entity: entity)
    m.kind = .person
    return m
}

private func place(_ name: String, in a: Article, entity: Int) -> Mention {
    var m = mention(name, in: a, entity: entity)
    m.kind = .place
    return m
}

@Suite struct EventExtractorTests {
    @Test func aSentenceWithoutADateTellsTheDayItsStoryIsAt() throws {
        // 2022-03-10 is a Thursday: the story is at Tuesday, named in the lead
        let a = article("""
            Varlen union rejects pay offer

            March 10, 2022

            Dock workers in Varlen rejected a pay offer from the port authority on Tuesday.

            The union picketed the gates and blocked the road.

            The authority will meet the union.

            The stoppage delayed ships today, the harbour master said.
            """)
        let all = events(a)
        func date(_ trigger: String) -> DateInfo? { all.first { $0.triggerText == trigger && $0.kind != .statement }?.date }
        #expect(date("rejected")?.value == "2022-03-08")
        // no date of its own: the day the story tells, not the article's
        #expect(date("picketed")?.value == "2022-03-08")
        #expect(date("picketed")?.basis.hasPrefix("no date in the sentence: the day the story tells") == true)
        // the headline tells what the lead does; a line that is only a date is not the story's day
        #expect(date("rejects")?.value == "2022-03-08")
        // what is to come stays undated; a sentence naming its own day keeps it
        #expect(date("meet")?.value == nil)
        #expect(date("delayed")?.value == "2022-03-10")
    }

    @Test func aParticipleSetOffByACommaReportsNoSpeech() throws {
        let a = article("Thirteen dock workers, also accused of theft, have been arrested in Varlen, newspapers reported Saturday.")
        let all = events(a)
        let statement = try #require(all.first { $0.kind == .statement })
        #expect(statement.triggerText == "reported")
        #expect(statement.date?.value == "2022-03-05")
        #expect(all.contains { $0.triggerText == "arrested" && $0.kind != .statement })
        // a verb of speech after a comma is still one ("..., said as quoted by the Herald")
        let b = article("The port will close soon, Ilan Toma, chief of the harbour council, said as quoted by the Varlen Herald.")
        #expect(events(b).first { $0.kind == .statement }?.triggerText == "said")
    }

    @Test func theStoryDayIsADayOfTheWeekBeforeTheArticleNotABoundOrAnotherHappening() throws {
        let a = article("""
            Repairs to the ferry were finished by Tuesday, its owner announced. After Monday's storm, the crew inspected the hull.

            The owner cut the timetable.
            """)
        let cut = try #require(events(a).first { $0.triggerText == "cut" })
        // "by Tuesday" is a bound, "after Monday's storm" another happening: the article's date stands
        #expect(cut.date?.value == "2022-03-10")
        // the day of a comparison is not the story's; a sentence naming any date of its own keeps its dating
        let market = article("""
            Harbour workers struck on Wednesday.

            Turnover fell to 16 billion dollars, down from 17 billion dollars Monday.

            Harbour shares dropped 2 percent.

            The council approved the Tuesday timetable of the ferry.
            """)
        #expect(events(market).first { $0.triggerText == "dropped" }?.date?.value == "2022-03-09")
        #expect(events(market).first { $0.triggerText == "approved" }?.date?.basis.hasPrefix("no date in the sentence: the day") == false)
        let old = article("The plant closed on March 1. Its owner sold the site.")
        let sold = try #require(events(old).first { $0.triggerText == "sold" })
        // March 1 is more than a week before the article: not the day the article reports
        #expect(sold.date?.value == "2022-03-10")
    }

    @Test func aDayInARelativeClauseDoesNotMoveTheStorysDay() throws {
        // 2022-03-10 is a Thursday: the press conference was on Monday; "earlier today" dates the relative
        // clause's filing, and the later sentences go on telling Monday's conference
        let a = article("""
            At a press conference on Monday, Anna Berg, head of the Varlen port authority, which cancelled the lease of the pier earlier today, outlined a plan.

            The authority closed the north gate.
            """)
        let closed = try #require(events(a).first { $0.triggerText == "closed" })
        #expect(closed.date?.value == "2022-03-07")
        #expect(EventExtractor.inRelativeClause(5, words: ["x", ",", "which", "cancelled", "the", "lease"]))
        #expect(!EventExtractor.inRelativeClause(5, words: ["which", "x", ",", "the", "board", "met"]))
    }

    @Test func anExplicitDateInTheSentenceWins() throws {
        // 2022-03-10 is a Thursday
        let a = article("The port authority said the two delegations met on Tuesday to sign the lease.")
        let e = try #require(events(a).first)
        #expect(e.kind == .event)
        #expect(e.triggerText == "met")
        #expect(e.lemma == "meet")
        #expect(e.date?.value == "2022-03-08")
        #expect(e.date?.expression == "Tuesday")
        #expect(e.date?.basis == "weekday on or before article date 2022-03-10 (past tense)")
    }

    @Test func speechAloneIsAStatementOfItsSpeakerDatedByTheArticle() throws {
        let a = article("Harbour master Ilse Varga said the channel was safe.")
        let e = try #require(events(a, [person("Ilse Varga", in: a, entity: 3)]).first)
        #expect(e.kind == .statement)
        #expect(e.speaker == EntityID(ordinal: 3))
        #expect(e.date?.value == "2022-03-10")
        #expect(e.date?.expression == "said")
        #expect(e.date?.basis == "statement ('said'): article date 2022-03-10")
    }

    @Test func aStatementThatReportsAHappeningYieldsTheHappening() throws {
        let a = article("Ilse Varga said troops crossed the border on Monday.")
        let e = try #require(events(a, [person("Ilse Varga", in: a, entity: 3)]).first)
        #expect(e.kind == .event)
        #expect(e.triggerText == "crossed")
        #expect(e.date?.value == "2022-03-07")
        #expect(e.summary == "troops crossed the border on Monday")
    }

    @Test func aPastHappeningWithoutADateIsReportedOnTheArticlesDate() throws {
        let e = try #require(events(article("Two tugboats rescued the crew of the damaged ship.")).first)
        #expect(e.kind == .event)
        #expect(e.date?.value == "2022-03-10")
        #expect(e.date?.expression == nil)
        #expect(e.date?.basis == "no date in the sentence: reported in the article of 2022-03-10")
    }

    @Test func aFutureOrPastPerfectHappeningWithoutADateStaysUndated() throws {
        let future = try #require(events(article("The two ministers will meet to discuss the lease.")).first)
        #expect(future.date?.value == nil)
        #expect(future.date?.basis == "to come; the sentence gives no date")
        let before = try #require(events(article("The council had approved the lease for the pier.")).first)
        #expect(before.date?.value == nil)
        #expect(before.date?.basis.hasPrefix("before the article (past perfect)") == true)
    }

    @Test func theTriggersTenseDecidesWhichWayABareWeekdayPoints() throws {
        // 2022-03-10 is a Thursday. "Tuesday's" reads as a past event to the tagger; the vote is still to come
        let ahead = try #require(events(article("Dock workers will reject the new lease in Tuesday's ballot at the pier.")).first)
        #expect(ahead.triggerText == "reject")
        #expect(ahead.date?.value == "2022-03-15")
        #expect(ahead.date?.basis == "weekday on or after article date 2022-03-10 (future tense)")
        // a past happening keeps the Tuesday before
        let past = try #require(events(article("Dock workers rejected the new lease in Tuesday's ballot at the pier.")).first)
        #expect(past.date?.value == "2022-03-08")
        #expect(past.date?.expression == "Tuesday")
    }

    @Test func whereTheTaggerGuessedTheOtherTenseTheTriggerDecides() {
        let a = article("The dockers vote on the lease.")
        func tuesday(_ value: String, _ basis: String) -> TimeExpression {
            TimeExpression(span: TextSpan(30, 37), text: "Tuesday", type: .date, value: value, granularity: .day, basis: basis)
        }
        let vote = EventTrigger(span: TextSpan(12, 16), text: "vote", lemma: "vote", triggerClass: .politics, isNoun: false,
                                pastPerfect: false, future: true, passive: false, token: 2)
        let ahead = EventExtractor.directed(tuesday("2022-03-08", "weekday on or before article date 2022-03-10 (no future tense)"),
                                            by: vote, article: a, tokens: [])
        #expect(ahead.value == "2022-03-15")
        #expect(ahead.basis == "weekday on or after article date 2022-03-10 (“vote” is still to come)")
        var voted = vote
        voted.future = false
        voted.pastForm = true
        voted.text = "voted"
        let back = EventExtractor.directed(tuesday("2022-03-15", "weekday on or after article date 2022-03-10 (future tense)"),
                                           by: voted, article: a, tokens: [])
        #expect(back.value == "2022-03-08")
        // an explicit "last"/"next" or a date is left as written
        let next = TimeExpression(span: TextSpan(30, 42), text: "next Tuesday", type: .date, value: "2022-03-15", granularity: .day,
                                  basis: "'next Tuesday': the Tuesday after article date 2022-03-10")
        #expect(EventExtractor.directed(next, by: voted, article: a, tokens: []).value == "2022-03-15")
    }

    @Test func aHappeningStillToComeTakesNoDateFromAnEarlierClause() throws {
        let a = article("Guards kept watch at the pier on Wednesday, when crowds will gather for the regatta.")
        let gather = try #require(events(a).first { $0.triggerText == "gather" })
        #expect(gather.date?.value == nil)
        #expect(gather.date?.basis == "to come; the sentence gives no date")
    }

    @Test func aWhenClauseWithoutADateIsNotDatedByTheArticle() throws {
        let e = try #require(events(article("Her father ran a bakery in the old town when the army moved into the valley.")).first)
        #expect(e.triggerText == "moved")
        #expect(e.date?.value == nil)
        #expect(e.date?.basis == "in a “when” clause with no date of its own")
        // with a date the clause is placed as the sentence places it
        let dated = try #require(events(article("The bakery closed on Monday when the army moved into the valley.")).first)
        #expect(dated.triggerText == "closed" && dated.date?.value == "2022-03-07")
    }

    @Test func aRelativeClauseWithoutThatIsBackgroundToo() throws {
        let e = try #require(events(article("The skipper will get back the silver cup she won at the regatta in a ceremony.")).first)
        #expect(e.triggerText == "won")
        #expect(e.date?.value == nil)
        #expect(e.date?.basis == "in a relative clause with no date of its own")
        // "said he won" is reported speech, not a relative clause
        let said = try #require(events(article("The skipper said she won the cup at the regatta.")).first { $0.kind == .event })
        #expect(said.date?.value == "2022-03-10")
    }

    @Test func aThatClauseWithoutASubjectIsARelativeClause() throws {
        let e = try #require(events(article("A crew that has reached the final must be ready for anything.")).first)
        #expect(e.triggerText == "reached")
        #expect(e.date?.basis == "in a relative clause with no date of its own")
        #expect(e.secondary)
    }

    @Test func aDateAfterADistantEventNounDatesThatNoun() throws {
        let e = try #require(events(article("The skipper was appointed captain for the new sailing tournament off the coast in June.")).first)
        #expect(e.triggerText == "appointed")
        #expect(e.date?.value == "2022-03-10")
        // a noun right after the trigger is its object, and the date is the trigger's
        let talks = try #require(events(article("The two unions resumed talks on Monday at the pier.")).first)
        #expect(talks.date?.value == "2022-03-07")
    }

    @Test func aComparisonsDateIsNotTheHappenings() throws {
        let e = try #require(events(article("The port earned $63m in the period, down from $80m in the fourth quarter of 2020.")).first)
        #expect(e.triggerText == "earned")
        #expect(e.date?.value == "2022-03-10")
        #expect(e.kind == .event)
    }

    @Test func whatWentOnForYearsIsNotAHappening() {
        func triggers(_ s: String) -> [String] { events(article(s)).map(\.triggerText) }
        #expect(!triggers("The presenter, who hosted the quiz for 30 years, died on Friday.").contains("hosted"))
        // a term is a happening; so is something that went on for hours
        #expect(triggers("The skipper was jailed for five years.") == ["jailed"])
        #expect(triggers("The mayor held talks with the dockers for two hours.") == ["held"])
    }

    @Test func aWhenClausesDayDatesTheHappeningItExplains() throws {
        let a = article("Six people were killed and 36 others were injured when two ferries collided on Tuesday, police said on Wednesday.")
        let killed = try #require(events(a).first { $0.triggerText == "killed" })
        #expect(killed.date?.value == "2022-03-08")
        #expect(killed.date?.expression == "Tuesday")
    }

    @Test func countsOverTimeAreNotOneHappening() {
        func happenings(_ s: String) -> [String] { events(article(s)).filter { $0.kind != .statement }.map(\.triggerText) }
        #expect(happenings("More than 4,700 dock workers were injured in 2019, the safety office said.") == [])
        #expect(happenings("So far 97 sailors have died of the fever on the island.") == [])
        #expect(happenings("Across the region 312 fishermen have been arrested for poaching.") == [])
        #expect(happenings("At least eight sailors have been arrested along the coast over the past 24 hours.") == [])
        // one cause, or one day, is one happening
        #expect(happenings("12 people have been killed in an explosion at the pier.") == ["killed"])
        #expect(happenings("More than 100 sailors have died in the fire at the pier.") == ["died"])
        #expect(happenings("At least 14 people were killed on Monday when a crane collapsed.").first == "killed")
        #expect(happenings("Police arrested 40 protesters at the harbour gate.") == ["arrested"])
    }

    @Test func participlesThatDescribeAreNotHappenings() {
        func triggers(_ s: String) -> [String] { events(article(s)).map(\.triggerText) }
        // adjectives after a verb or quantifier
        #expect(!triggers("The families want to recover lost savings from the harbour bank.").contains("lost"))
        #expect(!triggers("The harbour fund will include lost wages for the dockers.").contains("lost"))
        #expect(!triggers("All other injured were treated at the port clinic.").contains("injured"))
        #expect(!triggers("All banned fish found at the quay will be destroyed.").contains("banned"))
        #expect(!triggers("No figures are kept on the share of pupils expelled from the harbour school.").contains("expelled"))
        // a deal's purpose is not a happening
        #expect(events(article("Light crude for delivery in June was steady at the close.")).isEmpty)
        // the thing decided, then its participle
        #expect(!triggers("Both unions honoured the consensus reached in the last round of talks.").contains("reached"))
        // a change up to now is a state; a move by an amount is news
        #expect(triggers("The blight has spread to three northern provinces.").isEmpty)
        #expect(triggers("Shares in the harbour company have soared 16% on the news.") == ["soared"])
        // a contract that surged is a price, not a thing decided
        #expect(triggers("The December futures contract surged 190 points on the harbour exchange.") == ["surged"])
        // a comparison with the past in an apposition
        #expect(!triggers("The probe reached orbit on Monday, the first time the agency launched a craft that far.").contains("launched"))
        // but a participle after its subject, and "for the first time", still report
        #expect(triggers("The mayor lost the vote in the council.") == ["lost"])
        #expect(triggers("For the first time the agency launched a crewed craft.") == ["launched"])
    }

    @Test func descriptionsNegationsAndConditionsAreNotEvents() {
        #expect(events(article("The port is one of the busiest in the region.")).isEmpty)
        #expect(events(article("Read more news")).isEmpty)
        #expect(events(article("The council did not approve the lease for the pier.")).isEmpty)
        #expect(events(article("The ministers could meet again if the weather allows it.")).isEmpty)
        #expect(events(article("The crew can take the lead provided that they beat the harbour team on Sunday.")).isEmpty)
        #expect(events(article("No agreement has been reached yet on the lease for the pier.")).isEmpty)
        #expect(events(article("The harbour crew is favoured to beat the visitors at the regatta.")).isEmpty)
        #expect(events(article("Will the council approve the lease for the pier?")).isEmpty)
    }

    @Test func aWordInsideANameIsNotATrigger() {
        // "States" is part of a name: the sentence is the country's statement, with no trigger "States"
        let a = article("The United States has expressed concern about the port.")
        let found = events(a, [place("United States", in: a, entity: 9)])
        #expect(found.map(\.triggerText) == ["expressed"])
        #expect(found.first?.kind == .statement)
        #expect(found.first?.speaker == EntityID(ordinal: 9))
        // capitalised inside a sentence even when the recognizer missed the name
        #expect(events(article("Officials of the Attack Helicopter Regiment toured the pier.")).first?.triggerText == "toured" ? false : true)
        #expect(events(article("The Peace Talks Institute is based in the old customs house.")).isEmpty)
    }

    @Test func aHappeningLongBeforeTheArticleIsBackground() throws {
        let e = try #require(events(article("The old lighthouse was destroyed in 1987 during a storm.")).first)
        #expect(e.kind == .background)
        #expect(e.date?.value == "1987")
        let recent = try #require(events(article("The old lighthouse was destroyed in February.")).first)
        #expect(recent.kind == .event)
    }

    @Test func rolesComeFromTheSentence() throws {
        let a = article("Harbor Authority officials met Coast Guard inspectors in Velin on Monday. The Mayor said nothing.")
        let ms = [mention("Harbor Authority", in: a, entity: 4), mention("Coast Guard", in: a, entity: 2), place("Velin", in: a, entity: 7)]
        let found = events(a, ms)
        #expect(found.first?.participants == [EventParticipant(entity: EntityID(ordinal: 4), role: .agent),
                                               EventParticipant(entity: EntityID(ordinal: 2), role: .patient),
                                               EventParticipant(entity: EntityID(ordinal: 7), role: .place)])
        #expect(found.last?.kind == .statement)
        #expect(found.last?.participants == [])
    }

    @Test func thePassiveNamesWhoActedAfterBy() throws {
        let a = article("Coast Guard inspectors were detained by Harbor Authority police on Monday.")
        let ms = [mention("Coast Guard", in: a, entity: 2), mention("Harbor Authority", in: a, entity: 4)]
        let e = try #require(events(a, ms).first)
        #expect(e.participants.first { $0.entity == EntityID(ordinal: 2) }?.role == .patient)
        #expect(e.participants.first { $0.entity == EntityID(ordinal: 4) }?.role == .agent)
    }

    @Test func anOwnerOrAComplementIsNotTheSubjectAndANameAfterAPrepositionIsNotTheObject() throws {
        // the bodyguard was killed, not the harbour master whose bodyguard he was
        let a = article("One of Dorin Valesco's bodyguards was killed in the crossfire on Thursday.")
        let e = try #require(events(a, [mention("Dorin Valesco", in: a, entity: 3)]).first)
        #expect(e.participants == [EventParticipant(entity: EntityID(ordinal: 3), role: nil)])
        let b = article("A spokesman for the Harbor Authority announced the closure on Monday.")
        let f = try #require(events(b, [mention("Harbor Authority", in: b, entity: 4)]).first)
        #expect(f.participants.first?.role == nil)
        let m = article("A ceremony attended by the Harbor Authority was held in the port on Monday.")
        let n = try #require(events(m, [mention("Harbor Authority", in: m, entity: 4)]).first)
        #expect(n.participants.first?.role == nil)
        // what was received came from the other side: the company is no patient
        let c = article("Velin Shipping received a detailed proposal from Harbor Holdings on Sunday.")
        let g = try #require(events(c, [mention("Velin Shipping", in: c, entity: 5), mention("Harbor Holdings", in: c, entity: 6)]).first)
        #expect(g.participants == [EventParticipant(entity: EntityID(ordinal: 5), role: .agent),
                                   EventParticipant(entity: EntityID(ordinal: 6), role: nil)])
        // after "by" in the passive, past a title, is who acted; an owner there is not
        let p = article("The motion was moved by board chairman Ilan Toma on Friday.")
        let q = try #require(events(p, [mention("Ilan Toma", in: p, entity: 8)]).first)
        #expect(q.participants == [EventParticipant(entity: EntityID(ordinal: 8), role: .agent)])
        let r = article("The list will be drawn up by Velin Shipping's board on Friday.")
        let t = try #require(events(r, [mention("Velin Shipping", in: r, entity: 5)]).first)
        #expect(t.participants == [EventParticipant(entity: EntityID(ordinal: 5), role: nil)])
        // the direct object still is one
        let d = article("Velin Shipping bought Harbor Holdings on Sunday.")
        let h = try #require(events(d, [mention("Velin Shipping", in: d, entity: 5), mention("Harbor Holdings", in: d, entity: 6)]).first)
        #expect(h.participants.last?.role == .patient)
    }

    @Test func anEventNounNeedsADateOfItsOwn() throws {
        #expect(events(article("The summit is a chance for both sides.")).isEmpty)
        let e = try #require(events(article("The summit on Tuesday ended without a statement.")).first)
        #expect(e.kind == .event)
    }

    @Test func aConditionAnywhereInTheClauseIsNoHappening() throws {
        let e = try #require(events(article("Velin warned Osta of heavy consequences if its harbour installations were attacked.")).first)
        #expect(e.kind == .statement)
    }

    @Test func aHappeningInAClauseOfTimeIsNotTheSentencesOwnAndNeitherIsItsDate() throws {
        // 2022-03-10 is a Thursday; Tuesday is the 8th
        let e = try #require(events(article("The council approved the budget on Tuesday, a week after the mayor resigned.")).first)
        #expect(e.triggerText == "approved")
        #expect(e.date?.value == "2022-03-08")
        let blaze = try #require(events(article("The port reopened following a blaze on March 2 that left the pier in ruins.")).first)
        #expect(blaze.triggerText == "reopened")
        #expect(blaze.date?.expression == nil)
    }

    @Test func theDateOfTheSpeechIsNotTheDateOfWhatItAnnounces() throws {
        let future = try #require(events(article("Officials said on Tuesday that the town will build a new pier.")).first)
        #expect(future.triggerText == "build")
        #expect(future.date?.value == nil)
        let past = try #require(events(article("Officials said on Tuesday that troops crossed the border.")).first)
        #expect(past.triggerText == "crossed")
        #expect(past.date?.value == "2022-03-08")
        #expect(past.date?.expression == nil)
        #expect(past.date?.basis.hasPrefix("no date of its own: reported on 2022-03-08") == true)
        // a date in the reported clause is the happening's own
        let own = try #require(events(article("Officials said on Thursday that troops crossed the border on Tuesday.")).first)
        #expect(own.date?.value == "2022-03-08")
        #expect(own.date?.expression == "Tuesday")
    }

    @Test func aTrailingSpeechVerbsDateIsTheSpeechs() throws {
        let future = try #require(events(article("The two ports will share a coast guard, the ministry said on Tuesday.")).first)
        #expect(future.triggerText == "share" ? false : true)
        let plan = try #require(events(article("The company will invest two million dollars in the pier, the local paper reported on Tuesday.")).first)
        #expect(plan.triggerText == "invest")
        #expect(plan.date?.value == nil)
        let past = try #require(events(article("Floods killed four people in the valley, the governor told reporters on Tuesday.")).first)
        #expect(past.date?.value == "2022-03-08")
        #expect(past.date?.basis.hasPrefix("no date of its own: reported on 2022-03-08") == true)
    }

    @Test func aDateBeyondAnotherHappeningIsThatOnes() throws {
        let e = try #require(events(article("Velin has joined Osta in the regatta to be held on March 20 in the bay.")).first)
        #expect(e.triggerText == "joined")
        #expect(e.date?.value == "2022-03-10")
        #expect(e.date?.expression == nil)
    }

    @Test func theNearestDateWinsEvenIfCoarser() throws {
        // (a change of an amount over a month would be a statistic, so the happening here is a closing)
        let e = try #require(events(article("The port closed its north gate in February, the harbour board reported on Tuesday.")).first)
        #expect(e.date?.value == "2022-02")
    }

    @Test func aParticipleAfterTheObjectOfAVerbModifiesIt() throws {
        let e = events(article("The mayor on Tuesday welcomed the latest agreement reached between the two ports."))
        #expect(!e.contains { $0.triggerText == "reached" })
        // but after a speech verb the noun phrase is a subject
        let said = try #require(events(article("Officials said the council approved the budget on Tuesday.")).first)
        #expect(said.triggerText == "approved")
    }

    @Test func anEventNounDoesNotTakeTheVerbsDate() throws {
        let e = try #require(events(article("The town will complete its withdrawal from the pier by March 20.")).first)
        #expect(e.triggerText == "complete")
        #expect(e.date?.value == "2022-03-20")
    }

    @Test func aPassiveInfinitiveIsToCome() throws {
        let e = try #require(events(article("Eight sailors are to be prosecuted for the collision in the harbour.")).first)
        #expect(e.date?.value == nil)
        #expect(e.date?.basis == "to come; the sentence gives no date")
        let shut = try #require(events(article("The old pier will be shut down, the harbour board said on Tuesday.")).first)
        #expect(shut.date?.value == nil)
    }

    @Test func aParticipleAfterAPrepositionIsAnAdjective() {
        #expect(!events(article("Officials said they would not allow fishing in occupied waters of the bay.")).contains { $0.triggerText == "occupied" })
    }

    @Test func aYearAloneDoesNotDateAnEventNoun() {
        #expect(events(article("The party is entering the expected 2023 election campaign with new leaders.")).isEmpty)
    }

    @Test func aHeadlinesPresentTenseReportsTheNews() throws {
        let a = article("Velin Ferries buys two ships\n\nVelin Ferries bought two ships on Tuesday. The company runs a ferry.")
        let found = events(a)
        #expect(found.first?.triggerText == "buys")
        #expect(found.first?.sentenceIndex == 0)
        // in the body the present tense is a state
        #expect(!found.contains { $0.triggerText == "runs" })
    }

    @Test func aHabitIsNotAHappening() {
        #expect(events(article("The board granted the fishermen a tax reduction every year.")).isEmpty)
    }

    @Test func aSumSinceADateHasNoOneDate() throws {
        let e = try #require(events(article("Since March 1, around 3,000 refugees have arrived in the port.")).first)
        #expect(e.date?.value == nil)
        #expect(e.date?.basis.hasPrefix("ongoing since") == true)
    }

    @Test func aComparisonSinceADateDoesNotMakeAHappeningOngoing() throws {
        // "its lowest level since 1997": the point of comparison, not the start of the fall; reported today
        let fell = try #require(events(article("Harbour shares fell 3 percent on the exchange, to their lowest level since October 1997.")).first)
        #expect(fell.triggerText == "fell")
        #expect(fell.date?.value == "2022-03-10")
        let first = try #require(events(article("The port authority posted its first annual loss since 1992.")).first { $0.triggerText == "posted" })
        #expect(first.date?.value == "2022-03-10")
        // still a sum over the period after a plain "since"
        let arrived = try #require(events(article("Since March 1, around 3,000 refugees have arrived in the port.")).first)
        #expect(arrived.date?.basis.hasPrefix("ongoing since") == true)
    }

    @Test func anOngoingStateIsNotAHappening() {
        #expect(events(article("The two governments are negotiating a new fishing accord.")).isEmpty)
    }

    @Test func aDateNamingSomethingElseInTheSentenceDoesNotDateIt() throws {
        let e = try #require(events(article("Rescuers found the wreck of the vessel lost in the 2015 storm and towed it.")).first)
        #expect(e.date?.expression == nil)
    }

    @Test func aStatementInAnUndatedArticleSaysWhy() throws {
        let e = try #require(events(article("Officials said the road was safe.", date: nil)).first)
        #expect(e.date?.value == nil)
        #expect(e.date?.basis == "statement ('said'), but the article has no date")
    }

    // Rules found by reading samples of the 4,677-story corpus's key events (sentences invented here).

    @Test func aDateOwningANounAfterTheTriggerDatesThatNoun() throws {
        let e = try #require(events(article("Forty captains have signed up to contest next month's harbour regatta.")).first)
        #expect(e.triggerText == "signed up" || e.triggerText == "signed")
        #expect(e.date?.value == "2022-03-10")
        #expect(e.date?.expression == nil)
    }

    @Test func aDateBeforeAnotherVerbsThatClauseIsThatVerbs() throws {
        let e = try #require(events(article("The harbour master revealed Monday that the council had decided to dredge the channel.")).first)
        #expect(e.triggerText == "decided")
        #expect(e.date?.value == nil)
        #expect(e.date?.basis.hasPrefix("before the article (past perfect)") == true)
    }

    @Test func claimsDenialsAndFearsDoNotAssertTheirClause() {
        #expect(events(article("The opposition responded to claims that the lease was drawn up in the mayor's office.")).allSatisfy { $0.kind != .event })
        #expect(events(article("The ferry company denied that its crews attacked the dock workers.")).allSatisfy { $0.kind != .event })
        #expect(events(article("Residents voiced fears that the storm destroyed the old pier.")).allSatisfy { $0.kind != .event })
        // a plain report still is one
        #expect(events(article("The harbour master said the storm destroyed the old pier.")).first?.kind == .event)
    }

    @Test func aVerbCoordinatedUnderWillIsAPlan() throws {
        let e = try #require(events(article("The port will train 300 pilots, hire 40 inspectors and set up five new berths in the next three years.")).first)
        #expect(e.date?.value == nil)
        #expect(e.date?.basis == "to come; the sentence gives no date")
        #expect(e.future)
    }

    @Test func gesturesFindingsAndAttributedAgreementAreNotHappenings() {
        #expect(events(article("During his tour, the mayor reached out to the fishermen of the northern quarter.")).isEmpty)
        #expect(events(article("Marine biologists found that seals largely inhabit the outer sandbanks of the bay.")).isEmpty)
        #expect(events(article("The new ferry line turned the quiet harbour into a busy port, most residents agreed, but some were doubtful.")).isEmpty)
    }

    @Test func anImpersonalAnnouncementIsSpeech() {
        #expect(events(article("The two ports are near a decision on sharing the channel, it was announced here Wednesday.")).allSatisfy { $0.kind == .statement })
        #expect(events(article("The harbour board announced on Wednesday.")).allSatisfy { $0.kind == .statement })
        // with an object it names a happening
        #expect(events(article("The harbour board announced overnight the closure of the northern pier.")).first?.kind == .event)
    }

    @Test func aParticipleModifyingTheSubjectIsNotTheHappening() {
        let found = events(article("The captain insisted Monday that fines imposed after the collision must be lifted before the talks."))
        #expect(!found.contains { $0.triggerText == "imposed" })
        // an ordinary past with an object still is one
        #expect(events(article("The council approved the lease for the pier on Tuesday.")).first?.triggerText == "approved")
    }

    @Test func aDateInAnAsideDescribesTheAsidesNoun() throws {
        let e = try #require(events(article("The main fuel contract, diesel for delivery in December, fell 3 cents in closing deals.")).first)
        #expect(e.triggerText == "fell")
        #expect(e.date?.value == "2022-03-10")
        #expect(e.date?.expression == nil)
        let after = try #require(events(article("The city paid the organisers of the Regatta, the sailing race hosted by Velin in 2027, two million euros.")).first)
        #expect(after.date?.value == "2022-03-10")
        // an aside that opens with a preposition dates the clause
        let kept = try #require(events(article("In Velin, on Tuesday, the two delegations met to sign the lease.")).first)
        #expect(kept.date?.value == "2022-03-08")
    }

    @Test func aLongPhraseOfSinceIsASum() throws {
        // a count since then is no one happening (and April 2021 dates the reopening, not the injuries)
        let found = events(article("At least 26 sailors have been injured at the pier since the company's reopening of the dry dock in the north harbour in April 2021."))
        #expect(!found.contains { $0.kind != .statement && $0.date?.value == "2021-04" })
        #expect(!found.contains { $0.triggerText == "injured" })
    }

    @Test func aYearInsideANameDoesNotDateTheHappening() throws {
        let e = try #require(events(article("The 32 crews that have qualified for the 2027 Harbour Cup met in Velin.")).first { $0.triggerText == "qualified" || $0.triggerText == "met" })
        #expect(e.date?.value != "2027")
    }

    @Test func aScheduleIsAPlanOfItsVerb() throws {
        let e = try #require(events(article("The mayor is scheduled to meet the ferry owners during his visit.")).first)
        #expect(e.triggerText == "meet")
        #expect(e.future)
        #expect(e.date?.value == nil)
    }

    @Test func aParticipleBeforeTheSubjectsPastVerbModifiesTheSubject() {
        let found = events(article("A ferry owner charged with illegally exporting fuel to Osta pleaded not guilty at a hearing on Tuesday."))
        #expect(!found.contains { $0.triggerText == "charged" })
    }

    @Test func recentlyIsBeforeTheArticleButNotOnItsDay() throws {
        let e = try #require(events(article("The tide tables, according to a map released recently by the port, are wrong.")).first { $0.triggerText == "released" })
        #expect(e.date?.value == nil)
        #expect(e.date?.basis == "before the article (“recently”); no one date")
    }

    @Test func aSentenceYieldsEachHappeningAndItsSpeech() throws {
        let a = article("Ilse Varga said the delegations met in Velin on Tuesday and signed a lease for the pier.")
        let found = events(a, [person("Ilse Varga", in: a, entity: 3)])
        #expect(found.map(\.triggerText) == ["met", "signed", "said"])
        #expect(found[0].date?.value == "2022-03-08")
        #expect(found[1].date?.value == "2022-03-08")
        #expect(found[1].secondary)
        #expect(found[2].kind == .statement)
        #expect(found[2].speaker == EntityID(ordinal: 3))
        #expect(found[2].date?.value == "2022-03-10")
    }

    @Test func theMainClauseLeadsAndARelativeClauseKeepsItsOwnDates() throws {
        let a = article("Former captain Ilse Varga, who spent six years at sea, was appointed harbour master on Tuesday.")
        let found = events(a)
        #expect(found.first?.triggerText == "appointed")
        #expect(found.first?.date?.value == "2022-03-08")
        let died = try #require(events(article("Velin was due on Sunday to bury its old harbour master, who died suddenly after a long illness.")).first { $0.triggerText == "died" })
        #expect(died.date?.value == nil)
        #expect(died.date?.basis == "in a relative clause with no date of its own")
    }

    @Test func denialsByObjectCompoundsStatesAndAsidesAreNotHappenings() {
        #expect(events(article("The harbour master gave no details about the damaged ship.")).isEmpty)
        #expect(!events(article("The mayor praised a hard-fought and even bitter regatta in the bay.")).contains { $0.triggerText == "fought" })
        #expect(events(article("Critics say the channel is currently blocked by the wreck of the old ferry.")).allSatisfy { $0.triggerText != "blocked" })
        #expect(!events(article("At the heart of the plan, drawn up by the harbour board, is a new pier.")).contains { $0.triggerText == "drawn" })
        #expect(!events(article("The ferry company was left reeling on Tuesday by the new fuel tax.")).contains { $0.triggerText == "left" })
        // a headline's present passive is news
        #expect(events(article("Ferry captain is arrested in Velin\nThe captain of the ferry was arrested on Tuesday.")).first?.triggerText == "arrested")
    }

    @Test func anEventNounInAFutureClauseIsAPlanAndAPossessiveAcrossAClauseIsAnothers() throws {
        let vote = try #require(events(article("Sunday's election will be the first without the old harbour party.")).first)
        #expect(vote.future)
        let fired = try #require(events(article("Mourners buried victims of Tuesday's blasts and some sailors fired flares over the bay.")).first { $0.triggerText == "fired" })
        #expect(fired.date?.value == "2022-03-10")
        #expect(fired.date?.expression == nil)
    }

    @Test func aDateInAnotherClauseOrASumOverThePastIsNotTheTriggers() throws {
        let hit = try #require(events(article("The port's tonnage has hit a new record low and analysts predict that more declines are likely in 2023.")).first)
        #expect(hit.date?.value == "2022-03-10")
        let launched = try #require(events(article("The port had launched the dredging in March and the work would be completed by the end of this year.")).first { $0.triggerText == "launched" })
        #expect(launched.date?.value == "2022-03")
        let sum = try #require(events(article("During the past 20 years, the port has completed ten new berths on the river.")).first)
        #expect(sum.date?.value == nil)
        #expect(sum.date?.basis.hasPrefix("over “") == true)
        #expect(events(article("The harbour master told reporters the strategy being adopted will cut delays.")).allSatisfy { $0.triggerText != "adopted" })
    }

    @Test func aRelativeClauseEndsAtItsCommaANeedIsNoHappeningAndAnOpeningParticipleIsAnAdjective() throws {
        let posted = try #require(events(article("The ferry line, which posted a loss last year, in July extended its credit line.")).first { $0.triggerText == "posted" })
        #expect(posted.date?.value == "2021")
        #expect(events(article("All of these claims need to be investigated by the harbour board.")).allSatisfy { $0.triggerText != "investigated" })
        #expect(events(article("Jailed captain Ilse Varga left prison on Monday after a judge granted her request.")).first?.triggerText != "Jailed")
    }

    @Test func whatRemainsAndAMeetingDueAreNoHappeningsYet() throws {
        #expect(events(article("The port currently has only 60 pilots left in Velin and they will be back home by March 20.")).allSatisfy { $0.triggerText != "left" })
        let due = try #require(events(article("The mayor referred to the harbour board's meeting due on Thursday, when the board will discuss the lease.")).first { $0.triggerText == "meeting" })
        #expect(due.future)
        let scheduled = try #require(events(article("The harbour board's vote on the lease was scheduled for next month.")).first { $0.triggerText == "scheduled" })
        #expect(scheduled.future)
    }

    @Test func aFirstLineEndingInAColonIsNoHeadline() {
        // a headline's present tense reports news; a line introducing a list does not
        #expect(events(article("The harbour board approves these berths for the ferries:\n\nNorth pier, two berths for the island boats.")).allSatisfy { $0.triggerText != "approves" })
        #expect(events(article("Harbour board approves new berths for the ferries\n\nThe board voted on Tuesday.")).contains { $0.triggerText == "approves" })
    }

    @Test func totalsSpelledOutOrOverCountedHappeningsAreNoHappening() {
        #expect(events(article("Two hundred people have died in the region since the rains began, officials said.")).allSatisfy { $0.triggerText != "died" })
        #expect(events(article("Some 9,120 people were killed in 41,300 road accidents across the islands, the ministry said.")).allSatisfy { $0.kind != .event })
        // a few happenings reported together are still the day's news
        #expect(events(article("Five sailors were killed in two separate explosions on the pier on Tuesday.")).contains { $0.triggerText == "killed" })
    }

    @Test func aModalAnywhereInTheVerbGroupIsAPossibilityOrAPlan() throws {
        let unveiled = try #require(events(article("Details of the new ferry will most likely be unveiled in May.")).first { $0.triggerText == "unveiled" })
        #expect(unveiled.future)
        let completed = try #require(events(article("By 2025, the port will have completed a new dock for the ferries.")).first { $0.triggerText == "completed" })
        #expect(completed.future)
        #expect(events(article("The source of the leaked harbour plans would not always be identified.")).allSatisfy { $0.triggerText != "identified" })
        #expect(events(article("All of these claims about the pier need to be investigated and investigated thoroughly.")).allSatisfy { $0.triggerText != "investigated" })
        let visit = try #require(events(article("The trade minister of Osta is due in Velin for a visit on Friday.")).first { $0.triggerText == "visit" })
        #expect(visit.future)
    }

    @Test func whatAPollSaysPeopleBelieveIsAnOpinionNotAHappening() {
        #expect(shown(article("Most islanders (61%) believe the harbour board has been damaged by the dispute.")).isEmpty)
        #expect(!shown(article("Relatives fear the trawler sank in the storm off the northern cape.")).contains("sank"))
        // "believed to be" describes a noun; the clause's own happening stays
        #expect(shown(article("The skipper, believed to be 40, was rescued by a tug on Tuesday.")).contains("rescued"))
    }

    @Test func whatFiguresOrAPollShowIsAStatisticKeptButNotShown() throws {
        let figures = try #require(events(article("The island's jobless total rose sharply, official figures show.")).first)
        #expect(figures.kind == .event && figures.minor)
        #expect(shown(article("The mayor's approval rating hit a new low of 31 percent, according to a harbour radio poll released Tuesday.")).isEmpty)
        // an undated story's "last year" is still a year: an amount sent over it is a sum
        #expect(!shown(article("Fishermen working abroad sent a record $2.1bn home last year.", date: nil)).contains("sent"))
        #expect(!shown(article("The ferry economy has grown more than expected, expanding at a rate of 4.1% in the first quarter of 2022.")).contains("grown"))
        #expect(!shown(article("Traders have signed 212 supply contracts worth 3 billion dollars by press time at the ongoing harbour fair.")).contains("signed"))
        // a deal's price is no sum; a market's move on a day is a price of that day, not a happening (KeyEventTests)
        #expect(shown(article("The ferry line bought two tugboats for $12m on Tuesday.")).contains("bought"))
        #expect(!shown(article("Harbour shares rose 3% on Tuesday after the lease was signed.")).contains("rose"))
        #expect(!shown(article("With half of the districts counted, the mayor had 52 percent of Sunday's votes.")).contains("votes"))
    }

    @Test func participlesOfStateOrDegreeDescribe() {
        #expect(events(article("Five million passengers made the ferry the island's most visited attraction in 2021.")).allSatisfy { $0.triggerText != "visited" })
        #expect(events(article("Boatmen made the pier - which holds the old lighthouse - the island's most visited spot in 2021.")).allSatisfy { $0.triggerText != "visited" })
        #expect(!shown(article("Under the rules issued on Wednesday, foreign trawlers remain banned from the inner harbour.")).contains("banned"))
    }

    @Test func aFixtureInThePresentIsStillToCome() throws {
        let match = try #require(events(article("Velin host minnows Osta in the opening Harbour Cup match on June 9 in Ardo.")).first { $0.triggerText == "match" })
        #expect(match.future)
        #expect(!shown(article("A dawn-to-dusk strike for Monday was called on the island to protest against the harbour levy.")).contains("protest"))
    }

    @Test func aHappeningJudgedOrAwaitedIsNotShownOnTheSentencesDay() {
        #expect(!shown(article("The harbour board on Tuesday defended its decision to close the north pier.")).contains("decision"))
        #expect(!shown(article("The harbour chief on Tuesday rejected some of the conclusions drawn by the inquiry into the wreck.")).contains("rejected"))
        #expect(!shown(article("He blamed the attack, which took place on Tuesday, on smugglers.")).contains("attack"))
        #expect(!shown(article("The Velin club have joined the race to sign the Osta striker, according to reports.")).contains("joined"))
        #expect(!shown(article("The pilot, freed on the eve of his trial for smuggling on Tuesday, arrived home late Wednesday.")).contains("trial"))
    }

    @Test func concessionsCircumstancesAndMoodsAreNotShown() {
        #expect(!shown(article("Although one smuggling route to the island has been cut, the coast guard will keep watch on the others.")).contains("cut"))
        #expect(!shown(article("The harbour chief was commenting on a warning that the board had received threats against the pier.")).contains("received"))
        #expect(!shown(article("The state of the reef was grave as the algae was killing off the coral, a diver said on Tuesday.")).contains("killing"))
        #expect(shown(article("The fishermen were fighting a blaze on the pier on Tuesday.")).contains("fighting"))
        #expect(!shown(article("International pressure grew on Tuesday on the harbour chief to resign.")).contains("grew"))
        #expect(!shown(article("Trade between the two islands has entered a new stage of cooperation, the mayor said on Tuesday.")).contains("entered"))
        #expect(shown(article("The ferry entered the harbour on Tuesday.")).contains("entered"))
    }

    @Test func contentsOfMessagesCountsAndPleasAreNotShown() {
        #expect(!shown(article("Prices fell after a newspaper report that the ferry owner had died of a rare fever.")).contains("died"))
        #expect(!shown(article("Officials answered reports saying the mayor agreed to hold a vote on the pier.")).contains("agreed"))
        #expect(!shown(article("The death of the old harbour chief left wild speculations over his successor, papers wrote on Friday.")).contains("left"))
        #expect(!shown(article("Six more deaths at sea on Monday raised the toll for the month to 41, the coast guard said.")).contains("raised"))
        #expect(!shown(article("Twenty-seven smugglers have been arrested this year on the northern islands.")).contains("arrested"))
        #expect(!shown(article("The harbour figures were released by the port board on Thursday.")).contains("released"))
        #expect(!shown(article("The results of the harbour trials were presented at a conference on Tuesday.")).contains("presented"))
        #expect(!shown(article("Shares opened mixed on Tuesday as weekly jobless claims rose 12,000 to 321,000.")).contains("rose"))
        #expect(!shown(article("The bishop appealed for calm on the island on Tuesday.")).contains("appealed"))
        #expect(!shown(article("The singer has attacked \"false\" island tabloids, questioning their honesty.")).contains("attacked"))
        #expect(!shown(article("Years of research and a recent survey found the island's seals have a new habitat.")).contains("found"))
        // without an article date a named year is history as much as news
        #expect(!shown(article("The ban on trawling was imposed in the aftermath of a storm in 1989.", date: nil)).contains("imposed"))
        #expect(!shown(article("The island created fewer jobs than expected in January.", date: nil)).contains("created"))
        #expect(!shown(article("Prices fell after a report that the owner, a farmer from the north, had died of a fever.")).contains("died"))
        #expect(shown(article("Gunmen attacked a ferry on Tuesday, killing two crew.")).contains("attacked"))
    }

    @Test func figuresOfSpeechAreNotTheHappeningsTheirVerbsName() {
        #expect(events(article("The pier project hit a snag on Tuesday when the builders ran short of steel.")).allSatisfy { $0.triggerText != "hit" })
        #expect(events(article("The new survey offered a glimpse of life on the northern islands.")).allSatisfy { $0.triggerText != "offered" })
        #expect(events(article("The defeat left the ferry club in 11th place in the island league.")).allSatisfy { $0.triggerText != "left" })
        #expect(events(article("The mayor left the island on Tuesday for talks on the mainland.")).contains { $0.triggerText == "left" })
        #expect(events(article("The harbour board paid tribute on Tuesday to the retiring pilot.")).allSatisfy { $0.triggerText != "paid" })
        #expect(events(article("The ferry union has struck out at the harbour board with another lawsuit.")).allSatisfy { $0.triggerText != "struck" })
        #expect(events(article("The trial of two pilots held responsible for the wreck opened in Velin on Tuesday.")).allSatisfy { $0.triggerText != "held" })
    }

    @Test func questionsStatementsNounsAndRelativeClausesAreNotReportedHappenings() throws {
        #expect(events(article("Inspectors want to know how the captain built himself a villa on the island.")).allSatisfy { $0.triggerText != "built" })
        #expect(events(article("In a statement issued in Velin, the harbour board said the pier was safe.")).allSatisfy { $0.triggerText != "issued" })
        #expect(events(article("The harbour surgeon had only made a small cut in the sail of the old boat.")).allSatisfy { $0.triggerText != "cut" })
        let established = try #require(events(article("A shipping line that has already established an office in Velin shall not open another one.")).first { $0.triggerText == "established" })
        #expect(established.date?.basis == "in a relative clause with no date of its own")
        let died = try #require(events(article("The captain is the third sailor to have died in the harbour.")).first { $0.triggerText == "died" })
        #expect(died.date?.value == nil)
        let opened = try #require(events(article("Having opened an office in Velin, the shipping line hired forty pilots.")).first { $0.triggerText == "opened" })
        #expect(opened.date?.value == nil)
        #expect(events(article("The harbour minister rejected the charge that pilots were paid to stay away.")).allSatisfy { $0.triggerText != "rejected" })
    }

    @Test func sumsOverAPeriodStatesBeforeAWhenClauseAndDescribedNounsAreNoHappenings() {
        #expect(events(article("The island's pop singer earned more than any other star in 2021, a magazine said.")).allSatisfy { $0.triggerText != "earned" })
        #expect(events(article("Cargo volume at the port has grown to 6.1 million tonnes in 2021 from 4.2 million in 2019.")).allSatisfy { $0.triggerText != "grown" })
        #expect(events(article("Port shares rose 3 percent on Wednesday after the lease was signed.")).contains { $0.triggerText == "rose" })
        #expect(events(article("About 40 passengers were sailing to the island when the storm broke over the bay.")).allSatisfy { $0.triggerText != "sailing" })
        #expect(events(article("The judge suspended the trial of Ilse Varga, the pilot charged with sinking the ferry.")).allSatisfy { $0.triggerText != "charged" })
        #expect(events(article("Port traffic grew faster than the 3.1 percent rate announced last month, the board said.")).allSatisfy { $0.kind != .event || $0.triggerText != "announced" })
    }

    @Test func aCurrencyASpeechDeliveredAndANounDatedAfterTheArticleAreNoHappeningsYet() throws {
        #expect(events(article("Turnover at the Velin exchange was 2.85 trillion won on the day.")).allSatisfy { $0.triggerText != "won" })
        #expect(events(article("The board leapt on the mayor's speech, delivered in Velin to the harbour pilots, in which he praised them.")).allSatisfy { $0.triggerText != "delivered" })
        let summit = try #require(events(article("Pilots were not hopeful about the harbour conference in Osta next month.")).first { $0.triggerText == "conference" })
        #expect(summit.future)
    }

    @Test func runningSumsLevelsDeadlinesAndDatelinesDoNotDateAHappening() throws {
        #expect(events(article("The ferry party won a total of 112 seats out of 164 in the island polls.")).allSatisfy { $0.triggerText != "won" })
        #expect(events(article("Some 26 million tickets were sold in total in 2021 at the harbour.")).allSatisfy { $0.triggerText != "sold" })
        #expect(events(article("Turnover at the Velin exchange reached 1.4 billion shares on the day.")).allSatisfy { $0.triggerText != "reached" })
        #expect(events(article("Ferry crews spent their fourth night at sea without power.")).allSatisfy { $0.triggerText != "spent" })
        #expect(events(article("The harbour commission concluded that the new pier would not harm the bay.")).allSatisfy { $0.triggerText != "concluded" })
        #expect(events(article("Official statistics released on Wednesday showed more ferries in the bay.")).allSatisfy { $0.triggerText != "released" })
        let launched = try #require(events(article("The mayor launched a plan to double the ferry fleet by 2030.")).first { $0.triggerText == "launched" })
        #expect(launched.date?.value == "2022-03-10")
        let sank = try #require(events(article("VELIN, March 8 (Harbour News) -- Two old ferries sank in the bay.")).first { $0.triggerText == "sank" })
        #expect(sank.date?.value == "2022-03-10")
        #expect(sank.date?.expression == nil)
    }

    @Test func aParticipleOpeningAReportedClauseIsAnAdjectiveAndARelativeClauseRunsOnOverAnd() throws {
        #expect(events(article("The harbour minister said proposed ferry routes will be different from the old ones.")).allSatisfy { $0.triggerText != "proposed" })
        let wounded = try #require(events(article("The mayor on Thursday condemned the blasts at the pier in which five were killed and 30 wounded.")).first { $0.triggerText == "wounded" })
        #expect(wounded.date?.value == nil)
    }

    @Test func lettersClaimsOpinionsAndPlansAreNotKeyHappenings() throws {
        #expect(events(article("The mayor on Wednesday sent a letter to the harbour board pleading for a new pier.")).allSatisfy { $0.triggerText != "sent" })
        #expect(events(article("Rebel pilots claimed to have captured the north pier on Saturday.")).allSatisfy { $0.triggerText != "captured" })
        #expect(events(article("Island leaders agreed on Thursday on the urgent need for a new ferry.")).allSatisfy { $0.triggerText != "agreed" })
        #expect(events(article("The mayor raised the ferry option during a meeting with the board last week.")).allSatisfy { $0.triggerText != "raised" })
        #expect(events(article("The island's recovery was gathering pace, the harbour master said.")).allSatisfy { $0.triggerText != "gathering" })
    }

    @Test func listHeadersSidesStandingsAndAccusationsAreNoHappenings() {
        #expect(events(article("Results from the island regatta on Thursday:")).isEmpty)
        #expect(events(article("The ferry captain is resting his sore left ankle at home in Velin.")).allSatisfy { $0.triggerText != "left" })
        #expect(events(article("The Velin pound held steady against the euro on Thursday.")).allSatisfy { $0.triggerText != "held" })
        #expect(events(article("Osta and Velin joined the island club in second place on Sunday.")).allSatisfy { $0.triggerText != "joined" })
        #expect(events(article("A pilots' leader charged that the harbour board had failed in its duty.")).allSatisfy { $0.triggerText != "charged" })
        #expect(events(article("Early results on Thursday gave the mayor a commanding lead in the island vote.")).allSatisfy { $0.triggerText != "gave" })
    }

    @Test func aSuccessCalledAHitAndAFigureNamedForItsMonthAreNoHappenings() {
        #expect(events(article("The island television hit Harbour Lights has lifted the channel's ratings.")).allSatisfy { $0.triggerText != "hit" })
        #expect(events(article("A storm hit Velin on Tuesday and closed the ferry port.")).contains { $0.triggerText == "hit" })
        #expect(events(article("Velin's cargo index for February rose by 3.6 percent, the harbour board said on Monday.")).allSatisfy { $0.triggerText != "rose" })
        #expect(events(article("According to the list released on Wednesday by the harbour board, ten pilots were hired.")).allSatisfy { $0.triggerText != "released" })
    }

    @Test func aWeekdayTheDayAfterAWireStorysDateIsThatDay() throws {
        // 2022-03-10 is a Thursday: a wire story filed that day can report Friday's news where it is already Friday
        let friday = try #require(events(article("Port workers in Velin ended their strike Friday, the union said.")).first { $0.triggerText == "ended" })
        #expect(friday.date?.value == "2022-03-11")
        let wednesday = try #require(events(article("Port workers in Velin ended their strike Wednesday, the union said.")).first { $0.triggerText == "ended" })
        #expect(wednesday.date?.value == "2022-03-09")
    }

    @Test func aTimeOfDayDatesTheDay() throws {
        let e = try #require(events(article("The blast hit the pier at 10:35 a.m. on Tuesday.")).first)
        #expect(e.date?.value == "2022-03-08")
        #expect(e.date?.granularity == .day)
    }
}

@Suite struct EventMergerTests {
    func draft(_ article: Int, _ sentence: String, _ value: String?, _ participants: [Int], granularity: Granularity = .day,
               expression: String? = "on Tuesday", kind: EventKind = .event, trigger: String = "signed", lemma: String = "sign",
               triggerClass: TriggerClass = .agreement, speaker: Int? = nil, index: Int = 5) -> EventDraft {
        EventDraft(article: ArticleID(ordinal: article), span: TextSpan(0, sentence.unicodeScalars.count), sentence: sentence,
                   kind: kind, triggerText: trigger, lemma: lemma, triggerClass: kind == .statement ? nil : triggerClass,
                   date: value.map { DateInfo(value: $0, granularity: granularity, expression: expression, basis: "test") },
                   participants: participants.enumerated().map { EventParticipant(entity: EntityID(ordinal: $1), role: $0 == 0 ? .agent : .patient) },
                   speaker: speaker.map { EntityID(ordinal: $0) }, sentenceIndex: index)
    }

    @Test func twoOutletsReportingOneMeetingAreOneEventWithBothSourcesAndWhy() throws {
        let merged = EventMerger().merge([
            draft(1, "The foreign ministers of Velin and Osta met in Geneva on Tuesday to discuss the border.", "2022-03-08", [1, 2],
                  trigger: "met", lemma: "meet", triggerClass: .meeting),
            draft(2, "Velin's foreign minister held talks with his Osta counterpart in Geneva on the border dispute.", "2022-03-08", [2, 1],
                  expression: nil, trigger: "held", lemma: "hold", triggerClass: .meeting),
            draft(2, "Fishermen protested outside the town hall.", "2022-03-08", [3], trigger: "protested", lemma: "protest", triggerClass: .protest),
        ])
        #expect(merged.count == 2)
        let meeting = try #require(merged.first)
        #expect(meeting.sources.map(\.article) == [ArticleID(ordinal: 1), ArticleID(ordinal: 2)])
        #expect(meeting.alsoReportedIn.first?.event == meeting.id)
        let why = try #require(meeting.alsoReportedIn.first?.why)
        #expect(why.contains("same day 2022-03-08"))
        #expect(why.contains("trigger met ~ held (meeting)"))
        #expect(merged.map(\.id.description) == ["v1", "v2"])
    }

    @Test func aMeetingAndThePressConferenceAfterItStayTwoEvents() {
        let merged = EventMerger().merge([
            draft(1, "The foreign ministers of Velin and Osta met in Geneva on Tuesday.", "2022-03-08", [1, 2],
                  trigger: "met", lemma: "meet", triggerClass: .meeting),
            draft(2, "The foreign ministers of Velin and Osta gave a press conference in Geneva on Tuesday.", "2022-03-08", [1, 2],
                  trigger: "press conference", lemma: "press conference", triggerClass: .briefing),
        ])
        #expect(merged.count == 2)
    }

    @Test func differentDatesOrParticipantsOrWordsStayApart() {
        let merged = EventMerger().merge([
            draft(1, "Port officials signed the lease for the northern pier.", "2022-03-08", [1, 2]),
            draft(2, "Port officials signed the lease for the northern pier today.", "2022-03-15", [1, 2]),
            draft(3, "Port officials signed the lease for the northern pier now.", "2022-03-08", [5]),
            draft(4, "Storms closed the airport for a day.", "2022-03-08", [1, 2]),
            draft(5, "Port officials signed the lease for the northern pier at last.", nil, [1, 2]),
        ])
        #expect(merged.count == 5)
    }

    @Test func reportsSharingOnlyAPlaceNeedMostOfTheirWords() {
        // Entity 9 is the country both name; 4 and 5 are two different winners.
        let gold = draft(1, "Kestrel Vane of Osta won the men's pistol gold medal at the regional games on Tuesday.", "2022-03-08", [4, 9],
                         trigger: "won", lemma: "win", triggerClass: .sport)
        let team = draft(2, "Osta won the men's team trap gold medal on Tuesday for their tenth shooting title.", "2022-03-08", [9, 5],
                         trigger: "won", lemma: "win", triggerClass: .sport)
        #expect(EventMerger().merge([gold, team], places: [EntityID(ordinal: 9)]).count == 2)
        // Without knowing that 9 is a place, the shared participant joins them (the older behaviour).
        #expect(EventMerger().merge([gold, team]).count == 1)
        // A place shared by two reports that share most of their words too: one happening.
        let copy = draft(3, "Kestrel Vane of Osta won the men's pistol gold medal at the regional games Tuesday.", "2022-03-08", [9, 6],
                         trigger: "won", lemma: "win", triggerClass: .sport)
        #expect(EventMerger().merge([gold, copy], places: [EntityID(ordinal: 9)]).count == 1)
        // A person shared besides the place: the usual overlap is enough.
        let person = draft(4, "Kestrel Vane took the pistol title for Osta at the games on Tuesday.", "2022-03-08", [4, 9],
                           trigger: "won", lemma: "win", triggerClass: .sport)
        #expect(EventMerger().merge([gold, person], places: [EntityID(ordinal: 9)]).count == 1)
    }

    @Test func figuresADayApartAreTwoDaysFigures() {
        let monday = draft(1, "The Velin composite index rose 4.2 points to 612.9 on turnover of 655 million shares.", "2022-03-07", [7],
                           expression: nil, trigger: "rose", lemma: "rise", triggerClass: .economy)
        let tuesday = draft(2, "The Velin composite index fell 2.8 points to 610.1 on turnover of 671 million shares.", "2022-03-08", [7],
                            expression: nil, trigger: "fell", lemma: "fall", triggerClass: .economy)
        #expect(EventMerger().merge([monday, tuesday]).count == 2)
        let sameDay = draft(2, "The Velin composite index rose 4.2 points to close at 612.9 on Monday.", "2022-03-07", [7],
                            trigger: "rose", lemma: "rise", triggerClass: .economy)
        #expect(EventMerger().merge([monday, sameDay]).count == 1)
    }

    @Test func twoSentencesThatEachNameADifferentDayNeedMostOfTheirWords() {
        let elected = draft(1, "Mara Velde was elected chancellor by the Osta parliament on Tuesday.", "2022-03-08", [4, 5],
                            expression: "on Tuesday", trigger: "elected", lemma: "elect", triggerClass: .politics)
        let resigned = draft(2, "Former chancellor Ivo Brant resigned from the Osta parliament on Wednesday, a day after Mara Velde took over.",
                             "2022-03-09", [6, 5, 4], expression: "on Wednesday", trigger: "resigned", lemma: "resign", triggerClass: .politics)
        #expect(EventMerger().merge([elected, resigned]).count == 2)
        // An outlet that dates the same report from its own article (no day in the sentence) may be a day off.
        let undated = draft(2, "Mara Velde was elected chancellor of Osta by its parliament.", "2022-03-09", [4, 5],
                            expression: nil, trigger: "elected", lemma: "elect", triggerClass: .politics)
        #expect(EventMerger().merge([elected, undated]).count == 1)
    }

    @Test func aCopiedSentenceIsOneEventAndCountsOnceAsASource() throws {
        let sentence = "Port officials signed the lease for the northern pier on Tuesday."
        let merged = EventMerger().merge([draft(1, sentence, "2022-03-08", [1, 2]), draft(7, sentence, "2022-03-08", [1, 2])])
        #expect(merged.count == 1)
        #expect(merged.first?.alsoReportedIn.first?.why == "the same sentence (a copy or refile of a1)")
        let single = EventMerger().merge([draft(1, sentence, "2022-03-08", [1, 2])])
        #expect(merged.first?.salience == single.first?.salience)
    }

    @Test func statementsMergeOnlyWithTheSameSpeaker() {
        let merged = EventMerger().merge([
            draft(1, "Varga said the channel was safe for large ships.", "2022-03-08", [], kind: .statement, speaker: 3),
            draft(2, "The channel is safe for large ships, Varga said.", "2022-03-08", [], kind: .statement, speaker: 3),
            draft(3, "The channel is safe for large ships, Osta said.", "2022-03-08", [], kind: .statement, speaker: 4),
        ])
        #expect(merged.count == 2)
        #expect(merged.first?.kind == .statement)
        #expect(merged.first?.speaker == EntityID(ordinal: 3))
    }

    @Test func theReportWithTheSentencesOwnDateLeads() throws {
        let merged = EventMerger().merge([
            draft(1, "Port officials said they signed the pier lease.", "2022-03-08", [1, 2], expression: nil),
            draft(2, "Port officials signed the pier lease on Tuesday, they said.", "2022-03-08", [1, 2]),
        ])
        #expect(merged.count == 1)
        #expect(merged.first?.article == ArticleID(ordinal: 2))
    }

    @Test func salienceWeighsSourcesLeadAndProminence() throws {
        let lead = draft(1, "Port officials signed the lease for the northern pier on Tuesday.", "2022-03-08", [1, 2], index: 0)
        let buried = draft(2, "Fishermen protested outside the town hall on Tuesday.", "2022-03-08", [3], trigger: "protested",
                           lemma: "protest", triggerClass: .protest, index: 12)
        let again = draft(3, "Officials of the port signed a lease for the northern pier on Tuesday.", "2022-03-08", [1, 2], index: 0)
        let merged = EventMerger().merge([lead, buried, again], prominence: [EntityID(ordinal: 1): 1])
        let signed = try #require(merged.first { $0.triggerText == "signed" })
        let protest = try #require(merged.first { $0.triggerText == "protested" })
        #expect(signed.sources.count == 2)
        #expect(signed.salience >= EventMerger.keyThreshold)
        #expect(protest.salience < EventMerger.keyThreshold)
    }

    @Test func aStorysBestHappeningIsKeyWhenItIsAFairCandidate() throws {
        // one source, lead sentence, a day date, no prominent participant: 0.25 + 0.15 = 0.40 before the story bonus
        let lead = draft(1, "Port officials signed the lease for the northern pier on Tuesday.", "2022-03-08", [1, 2], index: 0)
        let other = draft(1, "Fishermen protested outside the town hall on Tuesday.", "2022-03-08", [3], trigger: "protested",
                          lemma: "protest", triggerClass: .protest, index: 1)
        let merged = EventMerger().merge([lead, other])
        let signed = try #require(merged.first { $0.triggerText == "signed" })
        let protest = try #require(merged.first { $0.triggerText == "protested" })
        #expect(signed.salience >= EventMerger.keyThreshold)
        #expect(protest.salience < EventMerger.keyThreshold)
    }

    @Test func aDayTakenFromTheArticleWeighsLessThanTheSentencesOwnDay() throws {
        var taken = draft(1, "Port officials signed the lease for the northern pier.", "2022-03-10", [1, 2], expression: nil, index: 5)
        taken.date?.basis = "no date in the sentence: reported in the article of 2022-03-10"
        let own = draft(2, "Fishermen protested outside the town hall on Tuesday.", "2022-03-08", [3], trigger: "protested",
                        lemma: "protest", triggerClass: .protest, index: 5)
        let merged = EventMerger().merge([taken, own])
        let signed = try #require(merged.first { $0.triggerText == "signed" })
        let protest = try #require(merged.first { $0.triggerText == "protested" })
        #expect(signed.salience < protest.salience)
    }

    @Test func aPlanIsNotAKeyEvent() throws {
        var plan = draft(1, "Port officials will sign the lease for the northern pier on Tuesday.", "2022-03-15", [1, 2], index: 0)
        plan.future = true
        let done = draft(2, "Port officials signed the lease for the southern pier on Tuesday.", "2022-03-08", [1, 2], index: 0)
        let merged = EventMerger().merge([plan, done], prominence: [EntityID(ordinal: 1): 1])
        let signed = try #require(merged.first { $0.sentence.contains("signed") })
        let will = try #require(merged.first { $0.sentence.contains("will sign") })
        #expect(will.salience < signed.salience / 1.5)
        #expect(will.salience < EventMerger.keyThreshold)
    }

    @Test func aMinorEventIsNeverKeyNorItsStorysLead() throws {
        // the best case otherwise: four outlets, lead, headline, a prominent participant and a day of its own
        let reports = (1...4).map { k -> EventDraft in
            var d = draft(k, "Velin's jobless total rose to a record on Tuesday, official figures show (\(k)).", "2022-03-08", [1, 2],
                          trigger: "rose", lemma: "rise", triggerClass: .economy, index: 0)
            d.inHeadline = true
            d.minor = true
            return d
        }
        let merged = EventMerger().merge(reports, prominence: [EntityID(ordinal: 1): 1])
        let figures = try #require(merged.first)
        #expect(figures.salience < EventMerger.keyThreshold)
    }

    @Test func aPlanGetsNoStoryLeadBonus() throws {
        // two outlets, lead and headline, a prominent participant: 0.8 halved for a plan is 0.4, the bonus's floor
        var one = draft(1, "Port officials will sign the lease for the northern pier on Tuesday.", "2022-03-15", [1, 2], index: 0)
        var two = draft(2, "Port officials will sign a lease for the northern pier on Tuesday.", "2022-03-15", [1, 2], index: 0)
        for k in [0, 1] {
            var d = k == 0 ? one : two
            d.future = true
            d.inHeadline = true
            if k == 0 { one = d } else { two = d }
        }
        let merged = EventMerger().merge([one, two], prominence: [EntityID(ordinal: 1): 1])
        let plan = try #require(merged.first)
        #expect(merged.count == 1)
        #expect(plan.salience < EventMerger.keyThreshold)
    }
}

@Suite struct TimelineTests {
    func event(_ n: Int, _ value: String?, article: Int = 1, offset: Int = 0, participants: [Int] = [1]) -> Event {
        let date = value.map { v in DateInfo(value: v, granularity: TimeValue(timex: v)?.granularity, expression: nil, basis: "test") }
        return Event(id: EventID(ordinal: n), article: ArticleID(ordinal: article), sentence: "event \(n)",
                     span: TextSpan(offset, offset + 5), date: date,
                     participants: participants.map { EventParticipant(entity: EntityID(ordinal: $0)) }, salience: 1)
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

    @Test func versionsOfOneStoryAreOneSource() {
        let id = EventID(ordinal: 1)
        func source(_ article: Int) -> EventSource { EventSource(article: ArticleID(ordinal: article), span: TextSpan(0, 5), event: id) }
        // articles 2 and 4 are versions of one story (4 newest), 3 is another outlet's
        let versions = [ArticleID(ordinal: 2): [ArticleID(ordinal: 4), ArticleID(ordinal: 2)],
                        ArticleID(ordinal: 4): [ArticleID(ordinal: 4), ArticleID(ordinal: 2)]]
        let stories = Timeline.stories([source(2), source(3), source(4)], versions: versions)
        #expect(stories.map(\.source.article.ordinal) == [2, 3])
        #expect(stories.map { $0.versions.map(\.article.ordinal) } == [[4], []])
        // without version groups every article is its own story
        #expect(Timeline.stories([source(2), source(4)], versions: [:]).count == 2)
    }

    @Test func itemsListTheEventsOwnSourceFirst() {
        var e = event(1, "2021-04-02")
        e.alsoReportedIn = [EventSource(article: ArticleID(ordinal: 3), span: TextSpan(4, 9), event: e.id)]
        let item = Timeline.items([e], query: TimelineQuery()).first
        #expect(item?.sources.map(\.article.ordinal) == [1, 3])
    }
}

@Suite struct TimelineFilterTests {
    func event(_ n: Int, kind: EventKind, salience: Double, sources: Int = 1, speaker: Int? = nil) -> Event {
        var e = Event(id: EventID(ordinal: n), kind: kind, article: ArticleID(ordinal: n), sentence: "event \(n)",
                      span: TextSpan(0, 5), date: DateInfo(value: "2021-04-0\(n)", granularity: .day, expression: nil, basis: "test"),
                      participants: [EventParticipant(entity: EntityID(ordinal: 1), role: .agent)],
                      speaker: speaker.map { EntityID(ordinal: $0) }, salience: salience)
        e.alsoReportedIn = (1..<sources).map { EventSource(article: ArticleID(ordinal: 10 + $0), span: TextSpan(0, 5), event: e.id) }
        return e
    }

    var events: [Event] {
        [event(1, kind: .event, salience: 0.9, sources: 3), event(2, kind: .event, salience: 0.1),
         event(3, kind: .statement, salience: 0.9, speaker: 7), event(4, kind: .background, salience: 0.9)]
    }

    @Test func theDefaultViewListsOnlyKeyEvents() {
        #expect(Timeline.items(events, query: TimelineQuery()).map(\.event.id.ordinal) == [1])
    }

    @Test func allListsEveryKindAndKindsPickThem() {
        #expect(Timeline.items(events, query: TimelineQuery(all: true)).map(\.event.id.ordinal) == [1, 2, 3, 4])
        #expect(Timeline.items(events, query: TimelineQuery(kinds: [.statement])).map(\.event.id.ordinal) == [3])
        #expect(Timeline.items(events, query: TimelineQuery(kinds: [.event])).map(\.event.id.ordinal) == [1, 2])
        #expect(Timeline.items(events, query: TimelineQuery(all: true, minSources: 2)).map(\.event.id.ordinal) == [1])
    }

    @Test func aSpeakerFindsTheirStatements() {
        let q = TimelineQuery(entity: EntityID(ordinal: 7), kinds: [.statement])
        #expect(Timeline.items(events, query: q).map(\.event.id.ordinal) == [3])
    }
}

@Suite struct EventCoreferenceTests {
    private func org(_ name: String, in a: Article, entity: Int, occurrence: Int = 1) -> Mention {
        var m = mention(name, in: a, entity: entity)
        if occurrence > 1 {
            // the n-th occurrence: search again after the first
            let scalars = Array(a.text.unicodeScalars), needle = Array(name.unicodeScalars)
            var seen = 0
            for i in 0...(scalars.count - needle.count) where Array(scalars[i..<(i + needle.count)]) == needle {
                seen += 1
                if seen == occurrence { m.span = TextSpan(i, i + needle.count); break }
            }
        }
        return m
    }

    @Test func theCompanyAndItAreTheOrganisationNamedBefore() throws {
        let a = article("""
            Quorvex Motors opened a plant in Delmar on Monday. The company sold its truck unit to Halden Partners on Tuesday.

            It closed two depots on Wednesday.
            """)
        let found = events(a, [org("Quorvex Motors", in: a, entity: 3), org("Halden Partners", in: a, entity: 5)], resolvingReferences: true)
        let sold = try #require(found.first { $0.triggerText == "sold" })
        #expect(sold.participants.first == EventParticipant(entity: EntityID(ordinal: 3), role: .agent))
        #expect(sold.participants.contains { $0.entity == EntityID(ordinal: 5) && $0.role != .agent })
        let closed = try #require(found.first { $0.triggerText == "closed" })
        #expect(closed.participantIDs == [EntityID(ordinal: 3)])
    }

    @Test func aDescriptionWithAdjectivesAndAVerbOfIntentionStillFindTheSubject() throws {
        let a = article("Quorvex Motors posted results on Monday. The German carmaker has agreed to sell its bus unit on Tuesday.")
        let sell = try #require(events(a, [org("Quorvex Motors", in: a, entity: 3)], resolvingReferences: true).first { $0.lemma == "sell" })
        #expect(sell.participantIDs == [EntityID(ordinal: 3)])
    }

    @Test func itReachesOnlyAFewSentencesBackAndNeverPastAnObject() throws {
        let far = article("""
            Quorvex Motors opened a plant in Delmar on Monday. The mayor praised the plan. The river is wide there.

            The bridge is old. It collapsed on Tuesday.
            """)
        let collapsed = try #require(events(far, [org("Quorvex Motors", in: far, entity: 3)], resolvingReferences: true).first { $0.triggerText == "collapsed" })
        #expect(collapsed.participants.isEmpty)
        // "bought it": an object is no subject
        let object = article("Quorvex Motors opened a plant on Monday. Halden Partners bought it on Tuesday.")
        let bought = try #require(events(object, [org("Quorvex Motors", in: object, entity: 3), org("Halden Partners", in: object, entity: 5)], resolvingReferences: true)
            .first { $0.triggerText == "bought" })
        #expect(bought.participantIDs == [EntityID(ordinal: 5)])
    }

    @Test func aStatementOfTheCompanyIsTheCompanys() throws {
        let a = article("Quorvex Motors opened a plant in Delmar on Monday. The company said demand was strong.")
        let statement = try #require(events(a, [org("Quorvex Motors", in: a, entity: 3)], resolvingReferences: true).first { $0.kind == .statement })
        #expect(statement.speaker == EntityID(ordinal: 3))
    }

    @Test func aQuotationAThingActedOnAndAPublicBodyAreNotTheReferent() throws {
        // inside a quotation "he" is whoever the speaker talks about
        let quoted = article("Ilse Varga arrived in Delmar on Monday. \"He resigned on Tuesday,\" the mayor said of his aide.")
        let resigned = try #require(events(quoted, [person("Ilse Varga", in: quoted, entity: 8)], resolvingReferences: true).first { $0.triggerText == "resigned" })
        #expect(resigned.participants.isEmpty)
        // "it was published": a thing is acted on, not the company
        let book = article("Halden Press opened a shop on Monday. It was published on Tuesday.")
        let published = try #require(events(book, [org("Halden Press", in: book, entity: 5)], resolvingReferences: true).first { $0.triggerText == "published" })
        #expect(published.participants.isEmpty)
        // "the company" after a regulator is the business named before it
        let fined = article("Quorvex Motors opened a plant on Monday. The Trade Commission praised the plant. The company sold its bus unit on Tuesday.")
        let sold = try #require(events(fined, [org("Quorvex Motors", in: fined, entity: 3), org("Trade Commission", in: fined, entity: 6)], resolvingReferences: true)
            .first { $0.triggerText == "sold" })
        #expect(sold.participantIDs == [EntityID(ordinal: 3)])
    }

    @Test func itIsOnlyTheCompanyTheLastSentenceWasAbout() throws {
        // the last sentence was about the dollar: "it" is the dollar, not the bank named earlier
        let a = article("""
            Halden Bank cut its rates on Monday. On Tuesday the dollar was quoted at 119 yen in Delmar. It moved between 118 and 119 yen on Tuesday.
            """)
        let moved = try #require(events(a, [org("Halden Bank", in: a, entity: 5)], resolvingReferences: true).first { $0.triggerText == "moved" })
        #expect(moved.participants.isEmpty)
    }

    @Test func anImpersonalItAndAnItAfterAnUnnamedSubjectAreNoOnesOwn() throws {
        let reported = article("Halden Bank cut its rates on Monday. It was reported on Tuesday that rates would rise again.")
        let statement = try #require(events(reported, [org("Halden Bank", in: reported, entity: 5)], resolvingReferences: true).first { $0.kind == .statement })
        #expect(statement.speaker == nil)
        let government = article("Halden Bank cut its rates on Monday. The government said it closed two depots on Tuesday.")
        let closed = try #require(events(government, [org("Halden Bank", in: government, entity: 5)], resolvingReferences: true).first { $0.triggerText == "closed" })
        #expect(closed.participants.isEmpty)
    }

    @Test func onlyASubjectIsWhoALaterHeMeans() throws {
        // Piet Olsen is named only as the one who recorded the song: "he" is still Ilse Varga
        let a = article("Ilse Varga wrote a song in Delmar on Monday. The song was recorded by Piet Olsen. He resigned on Tuesday.")
        let ms = [person("Ilse Varga", in: a, entity: 8), person("Piet Olsen", in: a, entity: 9)]
        let resigned = try #require(events(a, ms, resolvingReferences: true).first { $0.triggerText == "resigned" })
        #expect(resigned.participantIDs == [EntityID(ordinal: 8)])
    }

    @Test func aDescriptionThatNamesAnotherKindOfFirmIsNotTheCompany() throws {
        let a = article("Quorvex Motors opened a plant on Monday. The security firm said the plant was safe.")
        let statement = try #require(events(a, [org("Quorvex Motors", in: a, entity: 3)], resolvingReferences: true).first { $0.kind == .statement })
        #expect(statement.speaker == nil)
    }

    @Test func aNameAfterAnOpeningClauseIsWhoHeIs() throws {
        let text = "When he resigned on Tuesday, Piet Olsen thanked the staff."
        let a = article(text)
        let tokens = Tokenizer.tokenize(text)
        let words = tokens.map { $0.text.lowercased() }
        var story = StoryReferents()
        story.person = EntityID(ordinal: 8)
        let resigned = try #require(words.firstIndex(of: "resigned"))
        #expect(EventCoreference.subject(ofVerbAt: resigned, words: words, tokens: tokens,
                                         mentions: [person("Piet Olsen", in: a, entity: 9)], story: story) == nil)
        // without a name after it, "he" is the person the story named
        #expect(EventCoreference.subject(ofVerbAt: resigned, words: words, tokens: tokens, mentions: [], story: story) == EntityID(ordinal: 8))
    }

    @Test func heIsThePersonNamedBefore() throws {
        let a = article("Ilse Varga arrived in Delmar on Monday. He met the mayor and then she resigned on Tuesday.")
        // "she" after "He ... and": each pronoun finds the last person named (here the only one)
        let ms = [person("Ilse Varga", in: a, entity: 8)]
        let resigned = try #require(events(a, ms, resolvingReferences: true).first { $0.triggerText == "resigned" })
        #expect(resigned.participantIDs == [EntityID(ordinal: 8)])
    }

    @Test func theModelLeavesAPronounSubjectUnresolved() throws {
        // Read at scale, a third of such attributions were wrong: the model states no participant rather
        // than a guessed one; the SemEval eval turns resolution on.
        let a = article("Quorvex Motors opened a plant in Delmar on Monday. It closed two depots on Wednesday.")
        let found = events(a, [org("Quorvex Motors", in: a, entity: 3)])
        let closed = try #require(found.first { $0.triggerText == "closed" })
        #expect(closed.participants.isEmpty)
        #expect(!EventExtractor().resolvesReferences)
    }
}

@Suite struct NominalEventTests {
    @Test func aSaleOrATakeoverOfSomethingIsAHappening() throws {
        let sale = try #require(events(article("The sale of the truck unit on Tuesday surprised analysts.")).first { $0.kind == .event })
        #expect(sale.triggerText == "sale")
        #expect(sale.date?.value == "2022-03-08")
        let takeover = try #require(events(article("The takeover of Halden Bank on Monday was a surprise.")).first { $0.kind == .event })
        #expect(takeover.triggerText == "takeover")
    }

    @Test func aBusinessResultIsAFigureNotAKeyHappening() throws {
        let loss = try #require(events(article("The quarterly loss on Monday was the largest in years.")).first { $0.triggerText == "loss" })
        #expect(loss.minor)
        #expect(shown(article("Sales on Monday were weak across the region.")).isEmpty)
    }

    @Test func aHappeningWishedForOrDeniedIsNone() {
        #expect(events(article("Delmar leaders voiced support on Tuesday for a UN-backed probe into the fire.")).allSatisfy { $0.triggerText != "probe" })
        #expect(events(article("The governor said he will release no prisoners on Tuesday.")).allSatisfy { $0.triggerText != "release" })
    }

    @Test func aWordAfterAFormOfBeIsNoNoun() {
        #expect(events(article("At 15:40 on Monday the rand was bid at 6.51 per dollar.")).allSatisfy { $0.triggerText != "bid" })
    }

    @Test func aFlightIsAMovement() throws {
        let flight = try #require(events(article("The maiden flight on Tuesday lasted four hours over the bay.")).first { $0.kind == .event })
        #expect(flight.triggerText == "flight")
        #expect(flight.triggerClass == .movement)
    }
}
