// Finds the happenings and statements sentences report, with trigger, participants, date and kind.

/// An event before ids are assigned and reports of one happening across articles are merged.
public struct EventDraft: Hashable, Codable, Sendable {
    public var article: ArticleID
    public var span: TextSpan
    public var sentence: String
    public var kind: EventKind
    public var trigger: TextSpan?
    public var triggerText: String
    /// The trigger's dictionary form ("meet" for "met") and class, for matching reports.
    public var lemma: String
    public var triggerClass: TriggerClass?
    public var summary: String
    public var date: DateInfo?
    public var participants: [EventParticipant]
    public var speaker: EntityID?
    /// Position of the sentence in its article (0 = lead).
    public var sentenceIndex: Int
    /// The trigger or most participants' names appear in the article's title.
    public var inHeadline: Bool
    /// Said to be still to come ("will meet", "is expected to deliver"): a plan, not yet a happening.
    public var future = false
    /// Not the sentence's first happening ("... and signed an accord"): it counts for less in salience.
    public var secondary = false
    /// An event that is no happening to show by default: a statistic, an opinion, a figure of speech, a
    /// concession ("although ...") or a happening judged by someone's words. Kept, never a key event.
    public var minor = false

    public init(article: ArticleID, span: TextSpan, sentence: String, kind: EventKind = .event, trigger: TextSpan? = nil,
                triggerText: String = "", lemma: String = "", triggerClass: TriggerClass? = nil, summary: String? = nil,
                date: DateInfo?, participants: [EventParticipant], speaker: EntityID? = nil, sentenceIndex: Int = 0,
                inHeadline: Bool = false) {
        self.article = article
        self.span = span
        self.sentence = sentence
        self.kind = kind
        self.trigger = trigger
        self.triggerText = triggerText
        self.lemma = lemma
        self.triggerClass = triggerClass
        self.summary = summary ?? sentence
        self.date = date
        self.participants = participants
        self.speaker = speaker
        self.sentenceIndex = sentenceIndex
        self.inHeadline = inHeadline
    }

    public var participantIDs: [EntityID] { participants.map(\.entity) }
}

/// A word (or words) that names a happening, found in a sentence.
public struct EventTrigger: Hashable, Sendable {
    public var span: TextSpan
    public var text: String
    public var lemma: String
    public var triggerClass: TriggerClass
    public var isNoun: Bool
    /// Tense cues: "had" before it (before the article), "will"/"to" (not yet happened), passive voice.
    public var pastPerfect: Bool
    public var future: Bool
    public var passive: Bool
    /// Index of its first token in the sentence's tokens.
    var token: Int
    /// A past or participle form ("met", "was signed"): the happening lies behind the article.
    var pastForm = false
    /// An event in the TimeML sense that is no happening to show by default (see `EventExtractor.isMinorWord`).
    var minor = false
    /// A present perfect with "already" ("has already decided"): done some time before it was reported.
    var already = false
}

/// An event is a sentence's happening: a verb or event noun from `EventLexicon` that is asserted (not
/// negated, not hypothetical, not a word inside a name). A sentence whose only act is speech is a
/// statement of its speaker; a happening dated long before the article is background. Its date, in
/// order of preference: a date expression in the sentence; the article's date for a reported happening
/// or statement with none; otherwise no date, with the reason in its basis.
public struct EventExtractor: Sendable {
    /// A happening dated this many days before its article is background (history).
    public var backgroundDays = 365
    /// Whether a subject written as "he", "she", "it" or "the company" takes the person or business the
    /// story named before it (`EventCoreference`). Off in the model: read at scale, two in three such
    /// attributions were right (26/39), and a wrong speaker or agent misleads a reader more than none.
    /// The SemEval eval turns it on, since its timelines count a target's events under any mention.
    public var resolvesReferences = false

    public init() {}

    /// `mentions` are the article's linked mentions (sorted); `names` every recognized name span (linked
    /// or not), so that no trigger is taken from inside a name; `timexes` its temporal expressions.
    public func events(in article: Article, mentions: [Mention], names: [TextSpan] = [],
                       timexes: [TimeExpression]) -> [EventDraft] {
        let text = ScalarText(article.text)
        let sentences = article.sentences.isEmpty ? SentenceSplitter.split(article.text) : article.sentences
        let covered = (names + mentions.map(\.span) + timexes.map(\.span)).sorted()
        let titleWords = Set(Tokenizer.tokenize(article.title ?? "").map { Self.norm($0.text) })
        let articleDay = article.date?.value.flatMap(TimeValue.init(timex:))
        var out: [EventDraft] = []
        var lastPerson: EntityID? = nil
        // a passage of history: the date a sentence told long before the article, and how many sentences after it
        // may still be telling that past (see `historySentences`)
        var history: DateInfo? = nil
        var historyLeft = 0
        // the date line heading a chronology's entry ("-- November 1986"): it dates the paragraphs under it
        var heading: TimeExpression? = nil
        // who a later "it", "he" or "the company" stands for (see `EventCoreference`)
        var story = StoryReferents()
        let narrative = Self.narrativeDays(sentences: sentences, timexes: timexes, text: text, article: article)
        // statements go on at the day the speech was made ("..., a spokesman said Saturday. The spokesman said ...")
        let spoken = Self.narrativeDays(sentences: sentences, timexes: timexes, text: text, article: article, speech: true)
        // the story's first sentence: the lines before it without closing punctuation are a headline or a date line
        let leadIndex = sentences.prefix(3).firstIndex { !Self.isUnpunctuated($0, text: text) } ?? 0
        var m = 0, t = 0
        for (index, span) in sentences.enumerated() {
            while m < mentions.count && mentions[m].span.start < span.start { m += 1 }
            while t < timexes.count && timexes[t].span.start < span.start { t += 1 }
            var inSentence: [Mention] = []
            var k = m
            while k < mentions.count && mentions[k].span.start < span.end {
                if mentions[k].entity != nil, span.contains(mentions[k].span) { inSentence.append(mentions[k]) }
                k += 1
            }
            var dates: [TimeExpression] = []
            var j = t
            while j < timexes.count && timexes[j].span.start < span.end {
                if span.contains(timexes[j].span) && !Self.isAttributive(timexes[j], in: text)
                    && !Self.isDateline(timexes[j], in: text) { dates.append(timexes[j]) }
                j += 1
            }
            defer { if let p = inSentence.last(where: { $0.kind == .person })?.entity { lastPerson = p } }
            let sentence = text[span]
            // links and addresses are not reports; questions do not assert a happening
            if sentence.contains("http://") || sentence.contains("https://") || sentence.contains("www.") { continue }
            if sentence.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("?") { continue }
            // "Results from the tournament on Thursday:" introduces a list; it reports nothing itself
            if sentence.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(":") { continue }
            let tokens = Tokenizer.tokenize(scalars: text.scalars, in: span.start..<span.end)
            let words = tokens.map { Self.norm($0.text) }
            // the headline and the first sentence of the story
            let lead = index <= leadIndex
            defer {
                if resolvesReferences {
                    let opening = EventCoreference.opening(words: words, tokens: tokens, mentions: inSentence, story: story)
                    story.read(inSentence, words: words, tokens: tokens, opening: opening)
                }
            }
            // "-- November 1986" over an entry of a chronology: a line that is only a date long before the article dates
            // the entry under it, up to the next such line (a date line of the article's own day heads no entry)
            if dates.count == 1, let only = dates.first,
               tokens.allSatisfy({ only.span.contains($0.span) || !($0.text.first?.isLetter ?? false) }) {
                heading = Self.isHistory(Self.dayInfo(only), articleDay: articleDay) ? only : nil
                continue
            }
            guard words.filter({ $0.unicodeScalars.first?.properties.isAlphabetic ?? false }).count >= 4 else { continue }
            let inName = Self.coverage(tokens, covered)
            let capsLine = Self.isAllCaps(tokens)
            // A first line without closing punctuation is a headline, written in the present ("Boeing unveils 777");
            // one ending in a colon (or comma) introduces what follows ("Results of Sunday's vote were:"), it is no headline.
            let headline = index == 0 && !(words.last.map { [".", "!", "?", "\"", "”", "'", "’", ":", ",", ";"].contains($0) } ?? true)
            let triggers = Self.triggers(tokens: tokens, words: words, inName: inName, capsLine: capsLine, headline: headline)
            let reporting = Self.reportingVerb(words: words, tokens: tokens, inName: inName, capsLine: capsLine)
            // Dates governed by "after", "since", "following" ... name another happening ("a week after
            // the US imposed", "following a blaze on April 15"); they date neither the sentence nor its speech.
            // ("freed hours after the court order on Monday": a date just after or before is the happening's day too)
            let free = dates.filter { !Self.isSubordinate($0.span.start, tokens: tokens, words: words)
                || Self.isShortlyAfterOrBefore($0.span.start, tokens: tokens, words: words) }
            let ownDate = Self.dateExpression(in: free)
            // a sentence naming no date of its own goes on telling the day the story is at (see `narrativeDays`);
            // any date it names counts, also one before a noun ("won the Nov. 7 elections"), but not the point of a
            // comparison ("fell 3% to end the day at its lowest level since October 1997", "down from 17 billion Monday")
            let namesDate = timexes[t..<j].contains { span.contains($0.span) && ($0.type == .date || $0.type == .time)
                && $0.value.flatMap(TimeValue.init(timex:)) != nil
                && !Self.isComparedSince($0, tokens: tokens, words: words) && !Self.isComparedDay($0, tokens: tokens, words: words) }
            let storyDay = namesDate ? nil : narrative[index]
            // A happening in a subordinate clause of time is not the sentence's own.
            // A set ("every year", "weekly") makes a habit of the clause, not a happening.
            let habits = timexes[t..<j].filter { $0.type == .set && span.contains($0.span) }
            // "the jobless total rose in December, official figures show", "a rating of 35%, according to a poll":
            // what figures or a poll show is a statistic, whatever its verb (kept as an event, not a key one)
            let figures = Self.isReportOfFigures(words)
            let asserted = triggers.filter { tr in
                !Self.isSubordinate(tr.span.start, tokens: tokens, words: words)
                    && !habits.contains { $0.span.start >= tr.span.end && $0.span.start - tr.span.end < 80 }
                    // ", the first time the rocket launched": a comparison with the past, not a report
                    && !Self.isTimeComparison(tr.token, words: words)
                    // "97 have died", "4,700 miners were killed in 2006": a count over time, not one happening
                    && !Self.isTotal(tr, tokens: tokens, words: words, dates: free)
                    // "the virus has spread to Russia": a change up to now describes a state
                    && !Self.isStateOfChange(tr, tokens: tokens, words: words, dates: free)
                    // "who hosted the show for 30 years": what went on for years is a state, not one happening
                    && !Self.lastsYears(tr, tokens: tokens, words: words, timexes: free)
                    // "earned more than any other star in 2004", "has grown to $6bn in 2005": a sum over a period
                    && !Self.isPeriodChange(tr, tokens: tokens, dates: free)
            }
            // A verb asserts a happening; an event noun does so only with a date of its own ("talks on Friday"),
            // and in reported speech a noun's date is the speech's ("dismissed on Tuesday an offer of talks").
            // the main clause's happening leads; one in a relative clause ("who spent six years in prison")
            // is background to it
            let main = asserted.first { !$0.isNoun && Self.relativeClauseStart($0.token, words: words) == nil
                                            && Self.whenClauseStart($0.token, words: words) == nil }
                ?? asserted.first { !$0.isNoun && Self.relativeClauseStart($0.token, words: words) == nil }
                ?? asserted.first { !$0.isNoun }
                ?? (reporting == nil ? asserted.first { Self.hasAdjacentDate($0, free, tokens: tokens) } : nil)
            let speaker = reporting.flatMap { Self.speaker(at: $0, tokens: tokens, words: words, mentions: inSentence, lastPerson: lastPerson)
                ?? (resolvesReferences ? EventCoreference.subject(ofVerbAt: $0, words: words, tokens: tokens, mentions: inSentence, story: story) : nil) }
            // "Hamas won the elections in January. It rejected the peace deals ...": a sentence after one dated long
            // before the article goes on telling that past, not the story's day; with no date of its own it gets none
            let passage = historyLeft > 0 && reporting == nil && !namesDate ? history : nil
            let drafted = out.count
            defer {
                // any happening the sentence dates long before the article ("defeated Fatah and won the elections
                // in January") makes it history
                let past = out[drafted...].first { $0.kind != .statement && Self.isHistory($0.date, articleDay: articleDay) }?.date
                if reporting != nil || namesDate && past == nil {
                    historyLeft = 0
                } else if let past {
                    history = past
                    historyLeft = Self.historySentences
                } else if historyLeft > 0 {
                    historyLeft -= 1
                }
            }
            guard main != nil || reporting != nil else { continue }
            func eventDraft(_ tr: EventTrigger, secondary: Bool) -> EventDraft {
                // "announced for the first time on Thursday": a speech verb that is the happening itself has its own dates
                let speechVerb = reporting == tr.token ? nil : reporting
                var draft = EventDraft(article: article.id, span: span, sentence: sentence, kind: .event, date: nil,
                                       participants: [], sentenceIndex: index)
                draft.trigger = tr.span
                draft.triggerText = tr.text
                draft.lemma = tr.lemma
                draft.triggerClass = tr.triggerClass
                let stated = Self.participants(for: tr, tokens: tokens, words: words, mentions: inSentence, reporting: reporting)
                draft.participants = resolvesReferences
                    ? EventCoreference.participants(stated, trigger: tr, words: words, tokens: tokens, mentions: inSentence, story: story)
                    : stated
                draft.summary = Self.summary(tr, tokens: tokens, words: words, mentions: inSentence, text: text, sentence: span,
                                             reporting: reporting)
                draft.inHeadline = titleWords.contains(Self.norm(tr.text)) || titleWords.contains(tr.lemma)
                draft.future = tr.future
                draft.secondary = secondary
                draft.minor = tr.minor || figures || Self.isMinor(tr, tokens: tokens, words: words, dates: free)
                // "launched an initiative ... by 2010": a deadline dates only what is to come
                let own = tr.future ? free : free.filter { !Self.isDeadline($0, tokens: tokens, words: words) }
                draft.date = Self.date(own: (speechVerb == nil && reporting != nil
                                                ? Self.speechVerbDate(own, verb: tr, tokens: tokens, words: words, others: triggers)
                                                : Self.dateExpression(in: own, near: tr, reporting: speechVerb, tokens: tokens, others: triggers))
                                        ?? Self.whenClauseDate(free, trigger: tr, reporting: speechVerb, tokens: tokens, words: words)
                                        ?? Self.timeOfWhenClause(own, all: dates, trigger: tr, tokens: tokens, words: words)
                                        ?? (tr.future ? nil : heading),
                                       speech: speechVerb.flatMap { r in r < tr.token ? Self.speechDate(free, reporting: r, tokens: tokens) : nil }
                                        ?? Self.trailingSpeechDate(free, reporting: speechVerb, trigger: tr, tokens: tokens),
                                       since: dates.first { Self.subordinator($0.span.start, tokens: tokens, words: words) == "since"
                                           && !Self.isComparedSince($0, tokens: tokens, words: words) },
                                       trigger: tr, article: article,
                                       vague: free.first { $0.value == "PAST_REF" && Self.isNear($0, tr, tokens: tokens, within: 3) },
                                       period: dates.first { Self.isRecentPeriod($0) },
                                       // ("the Dow, which fell 678 points": a move by an amount is the day's figure)
                                       relative: Self.relativeClauseStart(tr.token, words: words) != nil
                                        // ("whose markets remain closed" is a state)
                                        && !(!tr.isNoun && Self.isMarketMove(tr.lemma, at: tr.token, length: 1, words: words)
                                             && !(tr.token > 0 && ["remain", "remains", "remained", "stay", "stays", "stayed"].contains(words[tr.token - 1]))),
                                       when: Self.whenClauseStart(tr.token, words: words) != nil, tokens: tokens,
                                       // "has been sentenced", "England won the first match": what is summed up or recalled
                                       // is not told on the story's day
                                       // "the government has proposed various steps": a present perfect past the lead
                                       // sums up what came before; the lead's ("police have arrested ...") is the news
                                       // ("the Nasdaq has fallen by 3.16%": a figure's move is the day's)
                                       passage: passage,
                                       recalled: !lead && Self.isPresentPerfect(tr.token, words: words) && !Self.isJustPerfect(tr.token, words: words)
                                        && !Self.amountLemmas.contains(tr.lemma) && !Self.changeLemmas.contains(tr.lemma),
                                       storyDay: !lead && Self.isPresentPerfect(tr.token, words: words)
                                        || Self.isEarlierOfSeries(after: tr.token + 1, words: words)
                                        || Self.inFindingClause(tr.token, words: words) ? nil : storyDay)
                // "said it has received commitments which make it possible to settle by spring next year": a happening told
                // in a past form did not happen after its article; a later date belongs to another clause (the day after
                // is allowed: a wire story filed on Thursday reports Friday's news where it is already Friday)
                if tr.pastForm, !tr.future, !tr.isNoun, let v = draft.date?.value, let p = TimeValue(timex: v), let a = articleDay,
                   p.firstDay.dayNumber > a.lastDay.dayNumber + 1 {
                    let words = draft.date?.expression ?? v
                    draft.date = DateInfo(value: nil, granularity: nil, expression: nil,
                                          basis: "“\(words)” lies after the article, so it does not date this past happening; no date")
                }
                if Self.isBackground(draft.date, articleDay: articleDay, days: backgroundDays) { draft.kind = .background }
                // without an article date a year, a season or a month named near the trigger cannot be told from history
                // ("imposed in 1989", "created fewer jobs in January"): a story's own news carries no such date there
                if articleDay == nil, (draft.date?.granularity).map({ $0 < .week }) ?? false
                    || free.contains(where: { Self.isCoarse($0) && Self.isNear($0, tr, tokens: tokens, within: 8) }) { draft.minor = true }
                // "the conference in Hong Kong next month": a happening named by a noun and dated after the article is to come
                if tr.isNoun, let v = draft.date?.value, let p = TimeValue(timex: v), let a = articleDay,
                   p.firstDay.dayNumber > a.lastDay.dayNumber { draft.future = true }
                // a relative or "when" clause with no date recalls what is known: background to the sentence's news
                if draft.date?.value == nil, let basis = draft.date?.basis,
                   basis.hasPrefix("in a relative clause") || basis.hasPrefix("in a “when” clause") { draft.secondary = true }
                return draft
            }
            if let tr = main {
                out.append(eventDraft(tr, secondary: false))
                // every other happening the sentence asserts ("met the envoy and signed an accord"), with its own date
                if !tr.isNoun {
                    for other in asserted where !other.isNoun && other.span != tr.span {
                        out.append(eventDraft(other, secondary: true))
                    }
                }
            }
            // Speech is a statement of its speaker, also when it reports a happening ("X said troops crossed"):
            // the happening is an event above, the saying belongs on the speaker's page.
            if let r = reporting {
                var draft = EventDraft(article: article.id, span: span, sentence: sentence, kind: .statement, date: nil,
                                       participants: [], sentenceIndex: index)
                draft.speaker = speaker
                draft.trigger = tokens[r].span
                draft.triggerText = words[r] == "according" ? "according to" : tokens[r].text
                draft.lemma = words[r] == "according" ? "according to" : "say"
                draft.participants = inSentence.reduce(into: []) { acc, mention in
                    if let id = mention.entity, !acc.contains(where: { $0.entity == id }) { acc.append(EventParticipant(entity: id)) }
                }
                draft.summary = Self.cut(sentence, 110)
                // the speech's own date, not the reported happening's ("said on Friday that troops crossed on Monday")
                let said = main.map { tr in
                    r == tr.token ? Self.speechVerbDate(free, verb: tr, tokens: tokens, words: words, others: triggers)
                        : r < tr.token ? Self.speechDate(free, reporting: r, tokens: tokens)
                        : Self.trailingSpeechDate(free, reporting: r, trigger: tr, tokens: tokens)
                } ?? ownDate
                draft.date = Self.statementDate(own: said, verb: draft.triggerText, article: article, storyDay: namesDate ? nil : spoken[index])
                out.append(draft)
            }
        }
        return out
    }

    // MARK: triggers

    /// Every asserted trigger of a sentence, in order (used by evaluation too).
    static func triggers(tokens: [Token], words: [String], inName: [Bool], capsLine: Bool, headline: Bool = false) -> [EventTrigger] {
        var out: [EventTrigger] = []
        var i = 0
        while i < tokens.count {
            var found: (form: TriggerForm, length: Int)? = nil
            for n in stride(from: min(EventLexicon.longestForm, tokens.count - i), through: 1, by: -1) {
                let phrase = words[i..<(i + n)].joined(separator: " ")
                if let forms = EventLexicon.forms[phrase], let f = Self.accept(forms, at: i, length: n, tokens: tokens,
                                                                                words: words, inName: inName, capsLine: capsLine,
                                                                                headline: headline) {
                    found = (f, n)
                    break
                }
            }
            guard let (form, n) = found else { i += 1; continue }
            let prev = Self.previousWords(words, before: i, count: 3)
            let span = TextSpan(tokens[i].span.start, tokens[i + n - 1].span.end)
            // the word that governs the verb group: "will" in "will most likely be unveiled", "will have established"
            let head = form.shape == .noun ? nil : Self.verbGroupHead(i, words: words)
            let passive = (form.shape == .participle || form.shape == .pastOrParticiple)
                && prev.prefix(2).contains { ["was", "were", "been", "being", "is", "are", "be", "got"].contains($0) }
            out.append(EventTrigger(span: span, text: tokens[i..<(i + n)].map(\.text).joined(separator: " "), lemma: form.lemma,
                                    triggerClass: form.triggerClass, isNoun: form.shape == .noun,
                                    // "is the tenth person to have died": a perfect infinitive places it before, with no date
                                    // and "having opened business": a perfect participle is what came before the clause's verb
                                    pastPerfect: (prev.prefix(3).contains("had") || prev.first == "having"
                                                  || (head.map { $0.word == "to" && $0.next == "have" } ?? false)
                                                  // "she has already decided": done before the words that report it
                                                  || Self.isAlreadyPerfect(i, words: words)) && form.shape != .noun,
                                    future: form.shape == .base
                                        || (head.map { ["will", "'ll", "shall"].contains($0.word) } ?? false)
                                        // "is due in Kenya on Friday for a two-day visit": a noun in a clause of plans
                                        || (form.shape == .noun && Self.inPlannedClause(i, words: words))
                                        // "Germany host Costa Rica in the opening match on June 9": a fixture
                                        || (form.shape == .noun && Self.inFixtureClause(i, words: words))
                                        || (passive && prev.count > 1 && prev[0] == "be" && ["to", "will", "'ll"].contains(prev[1]))
                                        // "Sunday's election will be the first": a noun whose clause is in the future
                                        || (form.shape == .noun && words[(i + n)..<min(words.count, i + n + 3)].contains { ["will", "'ll", "shall", "due", "scheduled"].contains($0) })
                                        // "the vote is scheduled for next month": scheduling names what is to come
                                        || ["schedule", "plan"].contains(form.lemma),
                                    passive: passive, token: i,
                                    pastForm: [.past, .participle, .pastOrParticiple].contains(form.shape),
                                    minor: Self.isMinorWord(form, at: i, length: n, words: words),
                                    already: form.shape != .noun && Self.isAlreadyPerfect(i, words: words)))
            i += n
        }
        return out
    }

    /// Whether the verb at `i` is a present perfect ("has been sentenced", "have raided", "has also won").
    static func isPresentPerfect(_ i: Int, words: [String]) -> Bool {
        var k = i - 1
        while k >= 0 && k >= i - 4 {
            let w = words[k]
            if isHave(w) { return true }
            if !(w == "been" || groupAdverbs.contains(w) || (w.hasSuffix("ly") && w.count > 4)) { return false }
            k -= 1
        }
        return false
    }

    /// The auxiliary of a present perfect: "has", "have", also contracted ("I've" is one token).
    static func isHave(_ w: String) -> Bool {
        w == "has" || w == "have" || w.hasSuffix("'ve")
    }

    /// Words that put what follows on a schedule: "the Games slated for late November", "the vote scheduled for May".
    static let planWords: Set<String> = ["slated", "scheduled", "planned", "expected"]

    /// Verbs of finding out: what their "that" clause says happened came before it was found, on no day it gives.
    static let findingVerbs: Set<String> = [
        "discovered", "discovers", "learned", "learnt", "learns", "found", "finds", "realized", "realised", "noticed",
        "established", "revealed", "reveals", "showed", "shows", "shown", "knew", "know", "knows", "acknowledged",
        "acknowledging", "admitted", "admitting", "confirmed", "confirming",
    ]

    /// Whether the trigger at `i` lies in a clause of something found out or admitted ("discovered that the machines
    /// were moved", "acknowledging demonstrators were killed"): back to the clause start, a finding verb governs it.
    static func inFindingClause(_ i: Int, words: [String]) -> Bool {
        var k = i - 1
        while k >= 0 && i - k <= 12 {
            let w = words[k]
            if findingVerbs.contains(w) { return true }
            if [",", ";", ":", ".", "but", "and", "said", "says", "who", "which", "when", "after"].contains(w) { return false }
            k -= 1
        }
        return false
    }

    /// Ordinals that place a contest in a series before the one a story tells: "won the first match", "lost the
    /// opening game", "drew the previous Test".
    static let seriesOrdinals: Set<String> = ["first", "second", "third", "fourth", "opening", "previous", "earlier", "last", "1st", "2nd", "3rd"]
    static let seriesContests: Set<String> = [
        "match", "game", "test", "leg", "round", "race", "stage", "tie", "meeting", "encounter", "fixture", "one", "odi",
        "innings", "set", "bout", "heat",
    ]

    /// Whether the words from `end` name an earlier contest of a series ("the first match", "the opening Test"):
    /// a story on the second match recalls the first, on no day it gives.
    static func isEarlierOfSeries(after end: Int, words: [String]) -> Bool {
        var k = end
        while k < words.count && k < end + 4 {
            let w = words[k]
            if seriesOrdinals.contains(w), k + 1 < words.count, seriesContests.contains(words[k + 1])
                || (k + 2 < words.count && seriesContests.contains(words[k + 2])) { return true }
            // "Pakistan won the second by seven wickets": the contest's noun left out
            if seriesOrdinals.contains(w), k > 0, words[k - 1] == "the",
               k + 1 == words.count || ["by", "in", "at", ",", ".", ";", "with", "and"].contains(words[k + 1]) { return true }
            if [",", ";", ".", "and", "but", "on", "in", "at"].contains(w) { return false }
            k += 1
        }
        return false
    }

    /// Whether the verb at `i` is a present perfect or a participle with "already" ("has already decided", "have already been
    /// paid"): it happened some time before it was reported, on no day the sentence gives.
    static func isAlreadyPerfect(_ i: Int, words: [String]) -> Bool {
        var k = i - 1
        var already = false
        while k >= 0 && k >= i - 4 {
            let w = words[k]
            if w == "already" { already = true } else if isHave(w) || w == "'s" { return already }
            // ("price rises -- already imposed on Ukraine --": a participle with "already" is done before too,
            // unless it is still to come: "will already")
            else if !["been", "also", "just", "not", "n't"].contains(w) { return already && !["will", "would", "'ll"].contains(w) }
            k -= 1
        }
        return already
    }

    /// Whether the present perfect at `i` has "just" ("has just agreed"): it happened as the story was told.
    static func isJustPerfect(_ i: Int, words: [String]) -> Bool {
        words[max(0, i - 3)..<i].contains("just")
    }

    /// The first reading of a word that the context allows: tense and voice that assert a happening,
    /// no negation or modal just before, not part of a name.
    static func accept(_ forms: [TriggerForm], at i: Int, length n: Int, tokens: [Token], words: [String],
                       inName: [Bool], capsLine: Bool, headline: Bool = false) -> TriggerForm? {
        for k in i..<(i + n) {
            if inName[k] { return nil }
            // a capitalised word inside a sentence belongs to a name or title ("The United States has")
            if k > 0 && !capsLine && (tokens[k].text.unicodeScalars.first?.properties.isUppercase ?? false) { return nil }
        }
        let prev = previousWords(words, before: i, count: 3)
        let p1 = prev.first ?? ""
        if prev.prefix(3).contains(where: { EventLexicon.hypothetical.contains($0) }) { return nil }
        if !forms.contains(where: { $0.shape == .noun }), let g = verbGroupHead(i, words: words) {
            // "would not always be identified", "could most likely be launched": a modal anywhere in the verb group
            // makes a possibility, not a report; "need to be investigated ... and investigated" the same
            if EventLexicon.hypothetical.contains(g.word) { return nil }
            if g.word == "to", g.index > 0, ["need", "needs", "ought"].contains(words[g.index - 1]) { return nil }
            // "claimed to have captured", "is believed to have died": said to have happened, not reported as such
            if g.word == "to", g.index > 0, Self.nonFactive.contains(words[g.index - 1]) { return nil }
            // "Hariri was to have traveled to Edmonton Saturday": a plan that did not come about
            if g.word == "to", g.next == "have", g.index > 0, ["was", "were"].contains(words[g.index - 1]) { return nil }
        }
        // "if its plants were attacked", "whether the talks resumed": a condition, back to the clause start;
        // "want to know how he built a villa", "asked why troops fired": a question about it, not a report of it
        var back = i - 1
        while back >= 0 && ![",", ";", ":", "—"].contains(words[back]) {
            if ["if", "unless", "whether", "lest", "provided", "providing", "how", "why"].contains(words[back]) { return nil }
            back -= 1
        }
        if prev.prefix(2).contains(where: { EventLexicon.negations.contains($0) || $0.hasSuffix("n't") }) { return nil }
        // "No conclusion has been reached", "no one was hurt": a subject that is none of anything
        var subject = i - 1
        while subject >= 0 && subject >= i - 6 && ![",", ";", ":", "that", "and", "but", "said", "says"].contains(words[subject]) {
            if words[subject] == "no" && (subject == 0 || [",", ";", ":", "that", "\"", "“", "said", "says"].contains(words[subject - 1])) { return nil }
            subject -= 1
        }
        // "claims that the advice was drawn up", "denied that troops crossed": said to have happened, not reported as such
        if Self.inNonFactiveClause(i, words: words) { return nil }
        let next = i + n < words.count ? words[i + n] : ""
        // speech verbs make statements; "announced" names a happening only with an object ("announced a ban"),
        // not "it was announced here Wednesday" or "announced on Friday that"
        if n == 1 && EventLexicon.reportingVerbs.contains(words[i]) {
            guard words[i].hasPrefix("announc"), !(prev.count > 1 && prev[1] == "it" && ["was", "is", "been"].contains(p1)) else { return nil }
            var k = i + 1
            while k < words.count && (Self.timeAdverbs.contains(words[k]) || isNumber(words[k])) { k += 1 }
            let object = k < words.count ? words[k] : ""
            guard !["", ".", "that", ",", "it", "he", "she", "they", ":", ";", "\"", "“", "”"].contains(object) else { return nil }
        }
        // "gave no details", "reached no agreement": the object denies the happening
        // ("will release no prisoners": a word that is also a noun is the verb after a modal or an auxiliary)
        if next == "no" && (!forms.contains(where: { $0.shape == .noun }) || !EventLexicon.determiners.contains(p1)) { return nil }
        // "a hard-fought contest": the second half of a compound adjective
        if i > 0, tokens[i - 1].text.hasSuffix("-"), tokens[i].span.start - tokens[i - 1].span.end <= 1 { return nil }
        if i > 1, tokens[i - 1].text == "-", tokens[i].span.start - tokens[i - 2].span.end <= 2 { return nil }
        let lemmas = Set(forms.map(\.lemma))
        // "hit a snag", "offered a glimpse", "spread terror", "paid tribute", "left them in 11th place": a figure
        // of speech or a standing, not the happening its verb names elsewhere
        if !forms.contains(where: { $0.shape == .noun }), Self.isFigurative(lemmas, after: i + n, words: words) { return nil }
        // "made a small cut", "with a forehanded shot": after an article and an adjective the form is a noun
        if i >= 2, ["a", "an"].contains(words[i - 2]), Self.isPlainAdjective(words[i - 1]),
           !forms.contains(where: { $0.shape == .noun }) { return nil }
        // "according to a statement from the company received here Wednesday": the receipt of a message is no happening
        if lemmas.contains("receive"), !words[max(0, i - 4)..<i].contains(where: { EventLexicon.auxiliaries.contains($0) }),
           words[max(0, i - 4)..<i].contains(where: { ["statement", "statements", "report", "reports", "letter", "message", "communique", "cable", "fax", "dispatch"].contains($0) }) {
            return nil
        }
        // "turnover reached 1.4 billion", "trade reached $9.7bn": a level reached is a figure, not a happening
        if lemmas.contains("reach"), words[(i + n)..<min(words.count, i + n + 2)].contains(where: { isNumber($0) || ["$", "£", "€", "us"].contains($0) }) { return nil }
        // "the US television hit Desperate Housewives", "the country hit Ring of Fire": a success, not a blow
        if words[i] == "hit", i > 0, Self.hitKinds.contains(p1) { return nil }
        // "his sore left ankle", "the left wing": a side, not a departure
        if words[i] == "left", i + n < words.count, Self.sides.contains(words[i + n]) { return nil }
        // "2.85 trillion won": after an amount, "won" is the Korean currency
        if words[i] == "won", i > 0, isNumber(p1) || ["thousand", "million", "billion", "trillion"].contains(p1) { return nil }
        // "reached out to Muslims" is a gesture; "found that antelopes inhabit" a finding, not a happening
        if (lemmas.contains("reach") && next == "out") || (!lemmas.isDisjoint(with: ["find", "discover", "identify", "conclude", "charge"]) && next == "that") {
            return nil
        }
        // "is scheduled to meet", "planned to build": the plan's verb after "to" is the (future) happening
        if !lemmas.isDisjoint(with: ["schedule", "plan"]) && next == "to" { return nil }
        // ", many analysts agreed, but": agreement as an attribution of opinion, not an accord reached
        if lemmas.contains("agree"), ["", ".", ",", ";", "but"].contains(next), prev.prefix(4).contains(",") { return nil }
        for f in forms {
            switch f.shape {
            case .past:
                // "is favoured to beat": after "to" a form shared with the base is an infinitive
                if !EventLexicon.determiners.contains(p1) && !["against", "of", "for", "with", "from", "by", "about", "as", "to"].contains(p1) { return f }
            case .participle:
                if Self.hasAuxiliary(before: i, words: words) && !EventLexicon.determiners.contains(p1) { return f }
            case .pastOrParticiple:
                let auxiliary = Self.hasAuxiliary(before: i, words: words)
                // "the strategy being adopted": under way, not a happening; "to cut" is an infinitive
                if p1 == "being" || p1 == "to" { continue }
                // "only 60 troops left in the town": what remains, not a departure
                if !auxiliary && forms.contains(where: { $0.lemma == "leave" }) && i >= 2
                    && (isNumber(words[i - 2]) || ["only", "no", "few", "little", "nothing", "none", "still"].contains(words[i - 2])) { continue }
                // "Jailed politician X left prison": a participle opening the sentence before a noun is an adjective
                // and so is one opening a reported clause ("said proposed super-casinos will be different")
                if (i == 0 || (!auxiliary && (EventLexicon.clauseTaking.contains(p1) || p1 == "that")))
                    && !["by", "in", "on", "at", "for", "with", "from", "to", ",", "after", "during"].contains(next) { continue }
                // "the peace process is currently blocked": a present passive describes a state (headlines aside)
                if !headline, let aux = prev.first(where: { EventLexicon.auxiliaries.contains($0) }), ["is", "are", "am"].contains(aux),
                   !(prev.count > 1 && prev[0] == "been") { continue }
                // ", drawn up by Sir Leon,": a participle opening an aside modifies the noun before it
                if !auxiliary && p1 == "," { continue }
                // "was left reeling", "kept rising": the verb before a gerund is not the happening
                if next.hasSuffix("ing") && next.count > 5 && EventLexicon.forms[next] == nil
                    && !["following", "including", "according", "during", "regarding", "concerning", "excluding", "pending",
                         "amounting", "totalling", "totaling", "bringing", "leaving", "killing", "injuring", "wounding",
                         "saying", "claiming", "prompting", "sparking", "causing"].contains(next) { continue }
                // "the signed accord", "internationally recognized borders": adjectives
                if EventLexicon.determiners.contains(p1) || p1.hasSuffix("'s") { continue }
                // "the UK's most visited museum", "the best attended show": a graded participle after a determiner
                // (the "'s" of a possessive before it reads as an auxiliary, so it is not asked for)
                if i >= 2, ["most", "least", "more", "less", "best", "worst", "well", "much", "widely"].contains(p1),
                   EventLexicon.determiners.contains(words[i - 2]) || words[i - 2].hasSuffix("'s") { continue }
                // "recover lost assets", "include lost wages", "all other injured": after a verb or a
                // quantifier, a participle before a bare noun (or alone) describes it
                if Self.isAdjectival(i, length: n, words: words, tokens: tokens) { continue }
                // "the percentage of students expelled", "the number of people killed": a participle after "of" and a
                // bare noun describes that noun
                if !auxiliary, i >= 2, ["of", "among", "including", "about"].contains(words[i - 2]),
                   let c = tokens[i - 1].text.unicodeScalars.first, c.properties.isLowercase,
                   !EventLexicon.determiners.contains(p1), !["which", "whom", "what", "who"].contains(p1) { continue }
                // "among 710 birds tested", "of the 40 people questioned": the same with a count or a determiner
                // between the preposition and the noun
                if !auxiliary, !headline, Self.isCountedNounBefore(i, words: words, tokens: tokens) { continue }
                // "the consensus reached in the last round", "the measures imposed on Iraq": a participle after the
                // thing decided is a reduced relative, not a report that it was decided
                if !auxiliary, !headline, Self.resultNouns.contains(p1), !lemmas.isDisjoint(with: Self.resultVerbs),
                   !["a", "an", "the", "its", "their", "his", "her"].contains(next) { continue }
                // "the Aussie charged with fighting", "the two men sentenced to death": a transitive verb's participle
                // with no object and no auxiliary, straight before a preposition, describes the noun before it
                if !auxiliary, !headline, i > 0, Self.transitiveLemmas.contains(f.lemma),
                   ["with", "of", "for", "to", "over", "in", "during"].contains(next) { continue }
                // "roads built with foreign assistance", "gas supplied to Georgia", "birds tested.": a verb that needs
                // an object in the active, right after a bare noun and followed by no object, is a passive participle
                // describing that noun (a reduced relative), not its subject's act
                if !auxiliary, !headline, Self.isParticipleOfNoun(i, length: n, lemma: f.lemma, words: words, tokens: tokens) { continue }
                // "against ousted president", "of the disputed region": a participle after a preposition modifies a noun
                if ["against", "of", "for", "with", "from", "into", "by", "about", "under", "among", "between", "as", "in", "on",
                    "at", "to", "near", "across", "over"].contains(p1) { continue }
                if p1.hasSuffix("ly") && p1.count > 4
                    && !(prev.count > 1 && ["has", "have", "had", "was", "were", "is", "are", "been", "be"].contains(prev[1])) { continue }
                // "the corridor blocked by Baku", "prisoners held by both sides": a participle modifying a noun
                if next == "by" && !auxiliary && i > 0 && !(tokens[i - 1].text == ",") { continue }
                // "welcomed the latest agreement reached between ...": a noun phrase after a verb, then a participle
                if !auxiliary, Self.followsObjectOfVerb(i, words: words) { continue }
                // "UN sanctions imposed after its test must be lifted": a participle modifying the subject of a later verb
                if !auxiliary, Self.isReducedRelative(i + n, words: words) { continue }
                return f
            case .present3:
                // a present tense describes a state in a news report ("Armenia hosts a base"), and "the
                // talks" is a noun (taken as such below when the lexicon has it); a headline's present
                // tense reports the news ("Boeing unveils long-range 777")
                if headline && !EventLexicon.determiners.contains(p1) && !p1.hasSuffix("'s") { return f }
            case .base:
                // only a plan or a future: "will meet", "is to meet", "plans to meet"
                if p1 == "will" || p1 == "'ll" { return f }
                // "China will train experts ... and set up centres": the coordinated verb shares the future
                if ["and", "or"].contains(p1), Self.coordinatedWithFuture(i, words: words) { return f }
                if p1 == "to", prev.count > 1, ["is", "are", "was", "were", "due", "set", "plans", "planned", "agreed",
                                                "decided", "scheduled", "going", "expected"].contains(prev[1]) { return f }
            case .gerund:
                // "is negotiating" describes what is going on, not a happening; "were fighting" reports one,
                // unless a "when" clause after it holds the happening ("were traveling when the bus overturned")
                if ["was", "were"].contains(p1) && !words[(i + n)...].contains("when") { return f }
            case .noun:
                // "the rand was bid at 6.51": right after a form of "be" the word is a participle, not a noun
                if ["was", "were", "is", "are", "been", "being"].contains(p1), !forms.contains(where: { $0.shape != .noun }) { continue }
                // "the ruling National Congress": a noun before a name modifies it
                if !capsLine, i + n < tokens.count, tokens[i + n].text.unicodeScalars.first?.properties.isUppercase ?? false { continue }
                // "crude for delivery in December", "bids for the takeover": a deal's purpose, not a happening
                if p1 == "for" && forms.contains(where: { $0.triggerClass == .economy && $0.shape == .noun }) { continue }
                // "voiced support on Tuesday for a UN-backed probe", "calls for talks": what is wished for is no
                // happening either ("is due in Velin for a visit" is one to come)
                var purpose = i - 1
                while purpose >= 0 && i - purpose <= 3
                        && (EventLexicon.determiners.contains(words[purpose]) || words[purpose].contains("-") || isPlainAdjective(words[purpose])) {
                    purpose -= 1
                }
                if purpose >= 0 && words[purpose] == "for",
                   words[max(0, purpose - 4)..<purpose].reversed().prefix { $0 != "," }.contains(where: Self.wishWords.contains) { continue }
                // a noun names a happening, not a kind of thing: "the talks", "Friday's attack", "peace talks"
                // and a happening done to something names it after "of" ("the sale of its unit", "the launch of the rocket")
                if next != "of" || ["talks", "meeting", "summit", "visit", "election", "arrest", "death"].contains(words[i])
                    || ofObjectNouns.contains(words[i]) { return f }
            }
        }
        return nil
    }

    /// Words of wishing, asking and backing: a happening named after them and "for" is what is wished for.
    static let wishWords: Set<String> = [
        "support", "backing", "call", "calls", "called", "calling", "demand", "demands", "demanded", "push", "pushed",
        "pressure", "pressed", "appeal", "appealed", "plea", "request", "requests", "requested", "campaign", "campaigned",
        "lobbied", "hope", "hopes", "hoped", "wish", "wishes", "argued", "pushing", "pressing", "urged", "asked",
    ]

    /// Event nouns whose object follows "of": "the sale of its unit", "the takeover of the bank".
    static let ofObjectNouns: Set<String> = [
        "sale", "takeover", "acquisition", "purchase", "launch", "closure", "delivery", "deliveries", "withdrawal", "release",
        "unveiling", "evacuation", "deployment",
    ]

    /// Verbs that judge what they take as object: a happening named after one is what was judged.
    static let judgementVerbs: Set<String> = [
        "defend", "defends", "defended", "defending", "criticised", "criticized", "criticises", "criticizes", "criticising",
        "criticizing", "welcome", "welcomes", "welcomed", "welcoming", "praised", "praises", "praising", "condemned", "condemns",
        "condemning", "questioned", "questions", "questioning", "hailed", "hails", "hailing", "backed", "backs", "supported",
        "supports", "opposed", "opposes", "rejected", "rejects", "deplored", "deplores", "slammed", "slams", "blasted",
        "applauded", "applauds", "dismissed", "dismisses", "challenged", "challenges", "justified", "justifies", "denounced",
        "denounces", "lamented", "laments", "regretted", "regrets", "mourned", "protested", "protesting", "blamed", "blames",
        "blaming",
    ]

    /// Things that are reached, signed or imposed, as subjects they do not act.
    static let resultNouns: Set<String> = [
        "consensus", "agreement", "agreements", "accord", "accords", "deal", "deals", "decision", "decisions", "resolution",
        "resolutions", "plan", "plans", "measures", "sanctions", "law", "laws", "bill", "bills", "treaty", "proposal",
        "proposals", "progress", "understanding", "results", "conclusions", "commitments", "document", "documents",
        "declaration", "pact", "contract", "contracts", "budget", "rules", "regulations", "policy", "policies",
        "reforms", "steps", "restrictions", "ceasefire", "truce", "memorandum", "protocol", "compromise", "settlement",
        // "the 3.8 percent rate announced last month": a figure announced is not the news of the day
        "rate", "rates", "figure", "figures", "forecast", "forecasts", "estimate", "estimates", "target", "targets",
        // "in a statement issued in Nairobi", "a report released on Friday": the medium of a statement
        "statement", "statements", "communique", "communiqué", "report", "reports", "speech", "speeches", "address",
        "remarks", "lecture", "statistics", "data", "survey", "surveys", "poll", "polls", "study", "studies", "review",
        "findings", "interview", "interviews", "article", "editorial", "letter", "letters", "timetable", "schedule",
        "programme", "program", "list", "lists",
    ]

    /// What is done to such things: "reached", "signed", "imposed" after one of them describe it.
    static let resultVerbs: Set<String> = [
        "reach", "sign", "adopt", "approve", "pass", "conclude", "impose", "ratify", "endorse", "accept", "broker",
        "finalize", "finalise", "settle", "announce", "issue", "unveil", "propose", "present", "launch", "introduce",
        "grant", "award", "agree", "lift", "establish", "create", "order", "declare", "publish", "reject", "release",
        "deliver", "give",
    ]

    /// Verbs (and quantifiers) after which a participle is an adjective of the noun that follows: "recover
    /// lost assets", "include lost wages", "other injured".
    static let adjectiveOpeners: Set<String> = [
        "include", "includes", "including", "included", "recover", "recovers", "recovering", "regain", "regains", "regaining",
        "restore", "restores", "restoring", "reclaim", "compensate", "replace", "other", "several", "such", "all",
    ]

    /// Whether the -ed form at `i` describes a noun: after an opener (a verb that takes that noun as object, or a
    /// quantifier), followed by a bare lower-case noun or by nothing that could be its object.
    static func isAdjectival(_ i: Int, length n: Int, words: [String], tokens: [Token]) -> Bool {
        guard i > 0 else { return false }
        let p1 = words[i - 1]
        let verbBefore = adjectiveOpeners.contains(p1)
            || EventLexicon.forms[p1]?.contains { $0.shape == .base || $0.shape == .gerund } == true && i > 1 && words[i - 2] == "to"
        guard verbBefore, i + n < tokens.count else { return false }
        let next = tokens[i + n].text
        guard let c = next.unicodeScalars.first, c.properties.isLowercase else {
            // "other injured were": a quantifier makes the participle a noun of its own
            return ["other", "several", "such"].contains(p1)
        }
        let function: Set<String> = ["the", "a", "an", "in", "on", "at", "by", "to", "from", "for", "with", "and", "or", "his",
                                     "her", "their", "its", "our", "up", "out", "off", "down", "over", "into", "that", "this"]
        return !function.contains(norm(next))
    }

    /// Adverbs that stand inside a verb group without ending it: "will most likely be", "has already", "would not".
    static let groupAdverbs: Set<String> = [
        "already", "also", "still", "just", "now", "soon", "then", "again", "ever", "not", "n't", "never", "most", "more",
        "very", "once", "finally", "yet", "only", "all", "both", "each", "even", "probably", "possibly", "likely", "always",
        "often", "sometimes", "usually", "later", "first",
    ]
    static let groupAuxiliaries: Set<String> = [
        "be", "been", "being", "have", "has", "had", "is", "are", "was", "were", "am", "get", "got", "'s", "'ve", "'re",
    ]

    /// The word that governs the verb group ending before token `i`, found by walking back over auxiliaries
    /// and adverbs ("will" in "will most likely be unveiled", "to" in "to have died"), with the word after
    /// it. A verb joined by "and" shares the group of the verb before it ("need to be investigated and
    /// investigated"). Nil when the sentence starts first.
    static func verbGroupHead(_ i: Int, words: [String]) -> (word: String, index: Int, next: String)? {
        var k = i - 1
        var steps = 0
        while k >= 0 && steps < 8 {
            let w = words[k]
            if groupAuxiliaries.contains(w) || groupAdverbs.contains(w) || (w.hasSuffix("ly") && w.count > 4) {
                k -= 1
                steps += 1
                continue
            }
            if ["and", "or"].contains(w), k == i - 1, k > 0,
               EventLexicon.forms[words[k - 1]]?.contains(where: { $0.shape == .past || $0.shape == .participle || $0.shape == .pastOrParticiple }) == true {
                k -= 2
                steps += 2
                continue
            }
            return (w, k, k + 1 < words.count ? words[k + 1] : "")
        }
        return nil
    }

    /// Whether an auxiliary heads the verb group ending before token `i` ("has been", "was later", "were all"):
    /// only adverbs may stand between. A possessive "'s" further back ("the mayor's speech, delivered") is none.
    static func hasAuxiliary(before i: Int, words: [String]) -> Bool {
        var k = i - 1
        while k >= 0 && k >= i - 4 && (groupAdverbs.contains(words[k]) || (words[k].hasSuffix("ly") && words[k].count > 4)) { k -= 1 }
        return k >= 0 && EventLexicon.auxiliaries.contains(words[k])
    }

    /// Whether a noun at `i` lies in a clause of plans or possibilities: "is due in Kenya on Friday for a
    /// two-day visit", "may be handed two more years during the meeting".
    static func inPlannedClause(_ i: Int, words: [String]) -> Bool {
        var k = i - 1
        while k >= 0 && k >= i - 10 {
            let w = words[k]
            if [",", ";", ":", "said", "says", "told", "that", "when", "after", "but", "."].contains(w) { return false }
            if ["will", "'ll", "shall", "due", "scheduled", "would", "could", "may", "might", "expected"].contains(w) { return true }
            k -= 1
        }
        return false
    }

    /// Verbs of fixtures in the simple present: "Germany host Costa Rica in the opening match", "the side which
    /// faces India in a four-day match starting Thursday".
    static let fixtureVerbs: Set<String> = [
        "play", "plays", "face", "faces", "host", "hosts", "meet", "meets", "visit", "visits", "travel", "travels", "welcome",
        "welcomes", "take", "takes", "begin", "begins", "start", "starts", "open", "opens", "resume", "resumes", "head", "heads",
    ]

    /// Whether a noun at `i` lies in a clause whose verb is a fixture verb in the simple present: the happening is
    /// on a schedule, still to come. A past form, a clause break or a determiner before the verb ("the hosts") ends it.
    static func inFixtureClause(_ i: Int, words: [String]) -> Bool {
        var k = i - 1
        while k >= 0 && k >= i - 12 {
            let w = words[k]
            if [",", ";", ":", "said", "says", "told", "that", ".", "after", "when", "but", "and", "had", "has", "have", "was",
                "were", "did"].contains(w) { return false }
            if EventLexicon.forms[w]?.contains(where: { [.past, .participle, .pastOrParticiple].contains($0.shape) }) == true { return false }
            if fixtureVerbs.contains(w) {
                return !(k > 0 && (EventLexicon.determiners.contains(words[k - 1]) || words[k - 1].hasSuffix("'s")))
            }
            k -= 1
        }
        return false
    }

    /// Objects with which an event verb is a figure of speech or a judgement, not the happening it names:
    /// "hit a snag", "offered a glimpse", "spread terror", "paid tribute", "struck out at", "held responsible".
    static let figurative: [String: Set<String>] = [
        "hit": ["obstacle", "obstacles", "snag", "snags", "hurdle", "hurdles", "roadblock", "roadblocks", "wall", "bottom",
                "headlines", "setback", "setbacks", "trouble", "jackpot", "peak", "back", "out", "home"],
        "strike": ["out", "chord", "balance", "note", "tone", "pose", "fear"],
        "offer": ["glimpse", "insight", "insights", "hope", "clue", "clues", "reassurance", "condolences", "sympathy", "view",
                  "olive", "olive-branch", "apology", "apologies", "prayers", "thanks", "congratulations"],
        "give": ["glimpse", "boost", "hope", "rise", "way", "impetus", "impression", "indication", "signal", "assurance",
                 "assurances", "details", "warning", "thumbs", "advantage", "edge", "lead"],
        "spread": ["terror", "fear", "fears", "panic", "alarm", "gloom", "confusion", "word", "message"],
        "pay": ["tribute", "tributes", "homage", "attention", "price", "heed", "lip"],
        "draw": ["criticism", "fire", "attention", "praise", "comparisons", "ire", "condemnation", "lessons", "conclusions"],
        "raise": ["concern", "concerns", "question", "questions", "eyebrows", "hope", "hopes", "fear", "fears", "doubt",
                  "doubts", "alarm", "stakes", "spectre", "specter", "voice", "voices", "option", "issue", "matter",
                  "possibility", "idea", "prospect", "subject"],
        "win": ["praise", "plaudits", "acclaim", "hearts", "applause", "admiration", "sympathy"],
        "gain": ["momentum", "traction", "currency", "favour", "favor", "ground"],
        "lose": ["patience", "sight", "faith", "heart", "touch", "interest", "momentum", "temper", "nerve", "credibility",
                 "confidence", "trust", "ground", "face", "appetite", "popularity"],
        "open": ["door", "doors", "way", "floodgates"],
        "close": ["gap", "ranks", "chapter"],
        "send": ["message", "signal", "signals", "shockwaves", "shivers", "chill", "letter", "letters", "cable", "condolences",
                 "congratulations", "greetings", "note"],
        "agree": ["need", "importance", "necessity"],
        "protest": ["ruling", "decision", "verdict", "treatment", "innocence"],
        "gather": ["pace", "momentum", "speed", "steam", "dust"],
        "release": ["news", "details", "information", "statement", "figures", "data"],
        "deliver": ["blow", "speech", "address", "message", "lecture", "sermon", "warning", "statement", "verdict"],
        "issue": ["statement", "appeal", "call", "communique", "plea", "reminder"],
        "hold": ["responsible", "accountable", "liable", "hostage", "captive", "view", "views", "belief", "opinion", "steady",
                 "firm", "stable", "unchanged", "out"],
        "join": ["place", "position", "spot"],
        // "moved atop the league", "moved level with the leaders": a standing, not a move
        "move": ["atop", "ahead", "level", "closer", "within"],
        "shoot": ["fame", "prominence", "stardom"],
        "build": ["reputation", "career", "name", "empire", "lead"],
        "fight": ["tears"],
        // "ruled out sending troops": a refusal in words, not a court's ruling
        "rule": ["out"],
        // "received a grilling by a top official": criticism in words
        "receive": ["grilling", "drubbing", "battering", "roasting", "mauling", "boost", "blow", "setback", "lift"],
        "leave": ["limbo", "dark", "doubt", "tatters", "lurch", "place", "position", "spot"],
        // "spent their fourth night without power", "spent six years in jail": a stretch of time is a state
        "spend": ["night", "nights", "day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "time",
                  "decade", "decades", "life", "career"],
        // "rejected the charge", "dismissed the claims": answering words with words is a statement
        "reject": ["charge", "charges", "claim", "claims", "accusation", "accusations", "allegation", "allegations",
                   "criticism", "suggestion", "suggestions", "report", "reports", "remarks"],
    ]

    /// Whether one of `lemmas` has a figurative object in the words after `end`, up to a clause break.
    static func isFigurative(_ lemmas: Set<String>, after end: Int, words: [String]) -> Bool {
        let objects = lemmas.reduce(into: Set<String>()) { $0.formUnion(figurative[$1] ?? []) }
        guard !objects.isEmpty else { return false }
        var k = end
        // "sent the British ambassador in Bucharest an open letter": a message may come after a long indirect object
        let window = lemmas.isDisjoint(with: ["send", "deliver", "issue"]) ? 6 : 12
        while k < words.count && k < end + window {
            let w = words[k]
            if [",", ";", ":", ".", "and", "but", "that", "which", "who", "when", "as", "after", "while"].contains(w) { return false }
            // "left the team in 11th place": a standing only with an ordinal before it, not "left the place"
            if ["place", "position", "spot"].contains(w) {
                if k > end, Self.isOrdinal(words[k - 1]) && objects.contains(w) { return true }
            } else if objects.contains(w) {
                return true
            }
            k += 1
        }
        return false
    }

    static func isOrdinal(_ w: String) -> Bool {
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "top", "bottom"].contains(w)
            || (isNumber(w) && ["st", "nd", "rd", "th"].contains(where: { w.hasSuffix($0) }))
    }

    /// Words before "hit" that make it a noun: a kind of success ("television hit", "smash hit").
    static let hitKinds: Set<String> = [
        "television", "tv", "country", "pop", "smash", "chart", "surprise", "comedy", "music", "movie", "film", "show", "dance",
        "summer", "box-office", "musical", "radio", "sleeper", "cult", "big", "huge", "massive", "biggest", "latest", "first",
    ]

    /// Nouns that "left" (or "right") describes as a side.
    static let sides: Set<String> = [
        "ankle", "knee", "leg", "arm", "hand", "foot", "eye", "ear", "side", "wing", "back", "shoulder", "hip", "thigh", "wrist",
        "flank", "bank", "lane", "hamstring", "elbow", "calf", "field", "winger", "wingers",
    ]

    /// Adjectives that make the verb form after "a"/"an" and them a noun ("a small cut", "a sharp drop").
    static let plainAdjectives: Set<String> = [
        "small", "big", "large", "sharp", "steep", "slight", "huge", "massive", "long", "short", "good", "bad", "great",
        "major", "minor", "modest", "strong", "heavy", "brief", "quick", "fresh", "final", "single", "key", "direct",
        "deep", "hard", "clean", "rare", "fine", "further", "sudden", "dramatic", "significant", "slow", "fast", "low", "high",
    ]

    static func isPlainAdjective(_ w: String) -> Bool {
        plainAdjectives.contains(w) || ((w.hasSuffix("ful") || w.hasSuffix("ous")) && w.count > 5)
            || (w.hasSuffix("ed") && w.count > 5 && EventLexicon.forms[w] == nil && !EventLexicon.reportingVerbs.contains(w))
    }

    /// Whether token `i` comes right after a short noun phrase ("the latest agreement") that itself
    /// follows a verb in the same clause: then an -ed form at `i` modifies that noun.
    static func followsObjectOfVerb(_ i: Int, words: [String]) -> Bool {
        guard let det = (max(0, i - 3)..<i).last(where: { EventLexicon.determiners.contains(words[$0]) }) else { return false }
        var k = det - 1
        while k >= 0 && ![",", ";", ":", "that", "and"].contains(words[k]) {
            let w = words[k]
            // after a speech verb the noun phrase is the subject of a reported clause ("said the council approved")
            if EventLexicon.clauseTaking.contains(w) { return false }
            if (w.hasSuffix("ed") && w.count > 4) || EventLexicon.forms[w] != nil || EventLexicon.reportingVerbs.contains(w) { return true }
            k -= 1
        }
        return false
    }

    /// Index of the token that attributes the sentence to a speaker ("said", "according to").
    /// Words that put a clause after them in doubt: what a claim, denial, fear or hope says happened is
    /// not reported as having happened.
    static let nonFactive: Set<String> = [
        "claim", "claims", "claimed", "allegation", "allegations", "alleged", "alleges", "allege", "rumour", "rumours",
        "rumor", "rumors", "speculation", "speculated", "suspicion", "suspicions", "suspect", "suspects", "suspected",
        "fear", "fears", "feared", "hope", "hopes", "hoped", "belief", "believe", "believes", "believed", "deny", "denies",
        "denied", "denying", "denial", "denials", "doubt", "doubts", "doubted", "suggestion", "suggestions", "possibility",
        "likely", "unlikely", "chance", "chances", "worry", "worries", "worried", "concern", "concerns", "assume", "assumed",
        "assumption", "pretend", "pretended", "imagine", "imagined", "insinuated", "theory", "hypothesis",
    ]

    // MARK: events that are no happening to show

    /// Whether a trigger word, though an event (TimeML counts states, opinions and figures as events, and the
    /// evaluation scores them), is no happening a reader wants in the default timeline: it is kept with its
    /// kind, but its salience stays below the key line.
    static func isMinorWord(_ form: TriggerForm, at i: Int, length n: Int, words: [String]) -> Bool {
        let p1 = i > 0 ? words[i - 1] : ""
        // "68% believe the minister has been damaged by the row", "fear the ship sank": an opinion or a fear
        // governs its clause without "that" (not "is believed to", "the man, believed to be 30,")
        var k = i - 1
        var seen = 0
        while k >= 0 && seen < 8 && ![";", ":", ".", "that"].contains(words[k]) {
            if beliefVerbs.contains(words[k]) && !(k + 1 < words.count && words[k + 1] == "to")
                && !(k > 0 && ["is", "are", "was", "were", "been", "be", ","].contains(words[k - 1])) { return true }
            seen += words[k] == "," ? 3 : 1
            k -= 1
        }
        // "a warning that it had received information", "a newspaper report that he had died", "reports saying he
        // agreed", "an apparent sign that the event had ended": what a message says is its content, not a report of it
        // (an apposition may stand between: "a report that Joseph Gabor, a farmer from the town, had died")
        if let t = (max(0, i - 25)..<i).last(where: { ["that", "saying"].contains(words[$0]) }), t > 0, contentNouns.contains(words[t - 1]),
           !words[(t + 1)..<i].contains(where: { [";", ":", "said", "says", "told"].contains($0) }),
           !zip(words[(t + 1)..<i], words[(t + 2)..<max(t + 2, i)]).contains(where: { $0 == "," && ["and", "but", "while"].contains($1) }) {
            return true
        }
        // "it's a great pity that America decided not to ratify", "the fact that he resigned": a happening that is
        // judged or taken as known is recalled, not reported with its day
        if let t = (max(0, i - 12)..<i).last(where: { words[$0] == "that" }), t > 0,
           !words[(t + 1)..<i].contains(where: { [";", ":", "said", "says", "told", "\"", "“"].contains($0) }),
           words[max(0, t - 2)..<t].contains(where: { evaluatives.contains($0) }) { return true }
        // "Although a channel has been cut, police will ...": a concession recalls what is known; "on the eve of his
        // trial": the trial is still to come
        k = i - 1
        while k >= 0 && k >= i - 16 && ![",", ";", "but"].contains(words[k]) {
            if ["although", "though"].contains(words[k]) || (words[k] == "eve" && k + 1 < i && words[k + 1] == "of") { return true }
            k -= 1
        }
        // "international pressure grew", "tension rose": a mood or a pressure that grows is a state of opinion
        if form.shape != .noun, changeLemmas.contains(form.lemma), i > 0,
           abstractSubjects.contains(p1) || (i > 1 && groupAdverbs.contains(p1) && abstractSubjects.contains(words[i - 2])) { return true }
        // "joined the race to sign", "rejected the conclusions", "has entered a new stage": words, bids and periods
        if form.shape != .noun, isObjectOfFigure(form.lemma, after: i + n, words: words) { return true }
        // "appealed for calm": a plea in words (a court appeal is "against" a verdict, or "the ruling")
        if form.lemma == "appeal", i + n < words.count, words[i + n] == "for" { return true }
        // "appealed to the delegates to save the herders": asking someone to act is a plea in words too, unless
        // it is addressed to a court ("appealed to the high court to overturn the ruling")
        if form.lemma == "appeal", form.shape != .noun, isPlea(after: i + n, words: words) { return true }
        // "fought to save his job", "is fighting to keep her seat": a struggle to do something is a figure, not a fight
        if form.lemma == "fight", form.shape != .noun, i + n + 1 < words.count, words[i + n] == "to",
           let c = words[i + n + 1].unicodeScalars.first, c.properties.isLowercase,
           !EventLexicon.determiners.contains(words[i + n + 1]), !["a", "an", "the", "death", "victory"].contains(words[i + n + 1]) { return true }
        // "the death toll rose to 68", "the number of soldiers killed on Tuesday to seven", "found five more bodies":
        // an update of a running count of victims is a figure, not a happening of its own
        if isCountUpdate(form, at: i, length: n, words: words) { return true }
        // "Hopes of talks rose Sunday", "Support for the party fell in fresh opinion polls": a mood, an opinion or
        // a poll figure that moves is no happening, however long the subject that names it
        if form.shape != .noun, changeLemmas.contains(form.lemma) || amountLemmas.contains(form.lemma),
           let head = subjectHead(before: i, words: words), abstractSubjects.contains(head) || opinionFigures.contains(head) {
            return true
        }
        if form.shape != .noun, changeLemmas.contains(form.lemma) || amountLemmas.contains(form.lemma),
           words[(i + n)..<min(words.count, i + n + 8)].contains(where: { ["poll", "polls", "survey", "surveys"].contains($0) }) {
            return true
        }
        // "Singapore shares closed higher on Thursday", "the euro fell to 1.33 dollars", "German stocks opened higher":
        // a market's move over a trading day is a figure of the day, not a happening
        if form.shape != .noun, isMarketMove(form.lemma, at: i, length: n, words: words) { return true }
        // "The German media all agreed Saturday that ...": commentators agreeing share an opinion, not an accord
        if form.lemma == "agree", form.shape != .noun,
           words[max(0, i - 4)..<i].contains(where: { opinionHolders.contains($0) }) { return true }
        // "Labour and the Tories have clashed over tax plans": a clash over an issue is a row in words (a
        // fight has a "with" and a place: "clashed with police in the capital")
        if form.lemma == "clash", form.shape != .noun, i + n + 1 < words.count, words[i + n] == "over",
           !timeNouns.contains(words[i + n + 1]), !(i + n + 2 < words.count && timeNouns.contains(words[i + n + 2])) { return true }
        // "attacked city fathers over what she called the massacre", "attacked the government for failing": criticism
        if form.shape != .noun, form.lemma == "attack", isVerbalAttack(after: i + n, words: words) { return true }
        // "has attacked \"false\" tabloids, questioning their honesty": an attack in words
        if form.shape != .noun, form.lemma == "attack",
           let comma = words[(i + n)...].firstIndex(of: ","), comma + 1 < words.count, comma - i <= 12,
           ["questioning", "accusing", "saying", "calling", "describing", "branding", "claiming", "arguing", "dismissing"].contains(words[comma + 1]) {
            return true
        }
        switch form.shape {
        case .participle, .pastOrParticiple:
            // "remain banned", "stayed closed": a participle after a verb of state describes how things stand
            if ["remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "staying"].contains(p1) { return true }
        case .gerund:
            // "the situation was serious as the weed was killing off plants": a progressive in a clause of cause or
            // circumstance describes what is going on
            var c = i - 1
            while c >= 0 && ![",", ";", ":"].contains(words[c]) {
                if ["as", "while", "because", "since", "whilst"].contains(words[c]) { return true }
                c -= 1
            }
        case .noun:
            // "the battle for Champions League places", "a legal battle": a contest for a standing or in court is
            // a figure of speech, not a fight
            if isFigurativeContest(at: i, length: n, words: words) { return true }
            // "a loss of $2bn", "sales rose": a business's result or change is a figure (see `EventLexicon.figureNouns`)
            if n == 1, EventLexicon.figureNouns.contains(words[i]) { return true }
            // "had 40 percent of Sunday's votes", "a majority of the ballots": a share of a happening is a figure
            if (max(0, i - 4)..<i).contains(where: { k in
                ["percent", "%", "cent", "majority", "share", "half", "third", "quarter", "fraction", "proportion"].contains(words[k])
                    && k + 1 < i && words[k + 1] == "of" }) { return true }
            // "a lumber dispute with Canada Thursday": a dispute is a state that lasts, not a happening on the day named
            if ["dispute", "disputes"].contains(words[i]) { return true }
            // "ruled out on Tuesday the withdrawal of its troops": what is ruled out does not happen
            if i > 0, let out = (max(1, i - 6)..<i).last(where: { words[$0] == "out" && ["rule", "rules", "ruled", "ruling"].contains(words[$0 - 1]) }),
               !words[(out + 1)..<i].contains(where: { [",", ";", ":", "and", "but", "that", "after", "before"].contains($0) }) { return true }
            // "called a strike to protest against": right after "to", a word that is also a verb is an infinitive of purpose
            if p1 == "to", EventLexicon.forms[words[i]]?.contains(where: { $0.shape == .base }) == true { return true }
            // "defended their decision", "welcomed the agreement": a happening someone judges is the object of
            // their words; the sentence reports the judgement, not the happening on its day
            if (max(0, i - 3)..<i).contains(where: { judgementVerbs.contains(words[$0]) })
                && !words[max(0, i - 3)..<i].contains(where: { [",", ";", "and", "but", "that", "after", "before"].contains($0) }) { return true }
        default:
            break
        }
        return false
    }

    /// What trades on a market: its move in a day is a price, not a happening.
    static let marketWords: Set<String> = [
        "stock", "stocks", "shares", "index", "indices", "indexes", "market", "markets", "bourse", "bourses", "dollar", "euro", "yen", "pound", "sterling", "currency", "currencies", "gold", "silver", "oil",
        "crude", "futures", "bonds", "bond", "treasuries", "prices", "price", "rates", "yields", "yield", "peso", "rupee",
        "rouble", "ruble", "yuan", "franc", "ringgit", "baht", "rupiah", "nikkei", "dow", "nasdaq", "ftse", "dax", "cac",
        "kospi", "sensex", "composite", "benchmark", "equities", "securities", "commodities", "copper", "barrel", "greenback",
        "turnover", "seng", "s&p", "asx", "topix", "volume", "contracts",
    ]

    /// Verbs of a market's move: rising, falling, opening and closing.
    static let marketMoveLemmas: Set<String> = [
        "rise", "fall", "gain", "drop", "climb", "jump", "surge", "plunge", "slump", "soar", "close", "end", "open", "lose",
        "grow", "shrink", "post", "hit", "reach", "move",
    ]

    /// Units of a price's move: "fell 45 cents", "gained 12 points".
    static let priceUnits: Set<String> = ["cents", "cent", "points", "point", "pence", "basis"]

    /// Whether the verb at `i` reports a market's move: a move verb whose subject (back to the clause start) names
    /// what trades ("U.S. stocks ended lower", "the Composite Index closed 9.22 points higher", "the dollar rose to
    /// 115.72 yen"), or an opening or close "higher", "lower", "mixed", "flat" ... whatever the subject.
    static func isMarketMove(_ lemma: String, at i: Int, length n: Int, words: [String]) -> Bool {
        guard marketMoveLemmas.contains(lemma) else { return false }
        let next = i + n < words.count ? words[i + n] : ""
        if ["close", "end", "open"].contains(lemma),
           ["higher", "lower", "mixed", "flat", "firmer", "weaker", "stronger", "steady", "unchanged", "up", "down"].contains(next) {
            return true
        }
        // "crude for delivery in December fell 45 cents", "gained 12 points": a move counted in a price's units
        if ["rise", "fall", "gain", "drop", "climb", "jump", "surge", "plunge", "slump", "soar", "lose", "close", "end", "open"].contains(lemma),
           i + n + 1 < words.count, isNumber(words[i + n]), priceUnits.contains(words[i + n + 1]) {
            return true
        }
        // "have jumped as much as 15%", "rose 3 percent": a move by a share of itself is a figure
        if ["rise", "fall", "gain", "drop", "climb", "jump", "surge", "plunge", "slump", "soar", "lose"].contains(lemma),
           words[(i + n)..<min(words.count, i + n + 5)].contains(where: { $0.hasSuffix("%") || $0 == "percent" || $0 == "per" }) {
            return true
        }
        var k = i - 1
        while k >= 0 && i - k <= 10 {
            let w = words[k]
            // ("Shares in Elan and Biogen plunged": "and" may join the subject's names)
            if [",", ";", ":", "that", "said", "says", "but", "while", "when", "as", "after", "\"", "“"].contains(w) { break }
            if marketWords.contains(w) { return true }
            k -= 1
        }
        return false
    }

    /// Words of judgement before a "that" clause whose happening they take as known: "a pity that", "glad that".
    static let evaluatives: Set<String> = [
        "pity", "shame", "mistake", "regrettable", "unfortunate", "sad", "tragedy", "disgrace", "scandal", "glad", "pleased",
        "happy", "delighted", "sorry", "proud", "surprised", "surprising", "ironic", "disappointed", "disappointing",
        "encouraging", "fact", "outrageous", "shameful",
    ]

    /// Heads of subjects whose rise or fall is a figure of opinion: "support for the party fell", "his ratings rose".
    static let opinionFigures: Set<String> = [
        "popularity", "rating", "ratings", "approval", "trust", "morale", "expectations", "sentiment", "mood", "backing",
    ]

    /// Who agrees in opinion rather than in an accord: "the media all agreed", "analysts agreed".
    static let opinionHolders: Set<String> = [
        "media", "press", "analysts", "experts", "observers", "critics", "commentators", "economists", "newspapers", "pundits",
        "fans", "scientists", "historians", "everyone", "everybody",
    ]

    /// Words after "over" that make it a time ("clashed over the weekend"), not an issue.
    static let timeNouns: Set<String> = [
        "weekend", "night", "nights", "week", "weeks", "days", "past", "last", "holiday", "holidays", "years", "months",
    ]

    /// The first word of the subject of the verb at `i`: back to the clause start, past determiners and adverbs
    /// ("Hopes of face-to-face talks between ... rose" → "hopes"). Nil when the clause starts with the verb.
    static func subjectHead(before i: Int, words: [String]) -> String? {
        var k = i - 1
        // ("and" may join names inside the subject: "hopes of talks between Mobutu and Kabila rose")
        while k >= 0 && i - k <= 24 && ![",", ";", ":", "that", "said", "says", "but", "as", "while", "when", "\"", "“"].contains(words[k]) {
            k -= 1
        }
        var start = k + 1
        while start < i && (EventLexicon.determiners.contains(words[start]) || groupAdverbs.contains(words[start])
                            || words[start].hasSuffix("'s") || ["fresh", "further", "growing", "public", "popular"].contains(words[start])) {
            start += 1
        }
        guard start < i else { return nil }
        // the head is the noun before "of", "for" ... or the verb ("support for the party", "hopes rose"), not the
        // first half of a compound ("interest rates rose")
        let next = start + 1 < words.count ? words[start + 1] : ""
        guard start + 1 == i || ["of", "for", "in", "among", "over", "about", "on", "with", "to"].contains(next)
                || groupAdverbs.contains(next) || EventLexicon.auxiliaries.contains(next) else { return nil }
        return words[start]
    }

    /// Whether what follows an attack makes it one in words: "over what he called", "over his handling of", "for
    /// failing to" (an armed attack is "on", "in", "near" a place or a target).
    static func isVerbalAttack(after end: Int, words: [String]) -> Bool {
        var k = end
        while k < words.count && k < end + 10 {
            let w = words[k]
            if [",", ";", ":", ".", "and", "but", "which", "who", "killing", "wounding", "injuring"].contains(w) { return false }
            let next = k + 1 < words.count ? words[k + 1] : ""
            if w == "over", ["what", "his", "her", "their", "its", "alleged", "comments", "remarks", "plans", "policy"].contains(next) { return true }
            if w == "for", next.hasSuffix("ing"), next.count > 4 { return true }
            // "attacked the way the war was sold", "attacked the government's handling of": criticism of a manner or a decision
            if k < end + 3, ["way", "handling", "decision", "decisions", "policy", "policies", "plans", "proposals", "record",
                             "stance", "approach", "conduct", "remarks", "comments", "claims"].contains(w) { return true }
            k += 1
        }
        return false
    }

    /// Whether an appeal is addressed to someone other than a court ("appealed to the delegates to save", "appealed
    /// to the sense of civic responsibility of the people"): a plea in words. One to a court, tribunal or judge is
    /// a step in a case ("appealed to the high court").
    static func isPlea(after end: Int, words: [String]) -> Bool {
        // ("appealed again to the Security Council": adverbs may stand between)
        var to = end
        while to < words.count && to < end + 3 && (groupAdverbs.contains(words[to]) || ["formally", "publicly", "repeatedly"].contains(words[to])) { to += 1 }
        guard to < words.count, words[to] == "to" else { return false }
        var k = to + 1
        while k < words.count && k <= end + 8 {
            let w = words[k]
            if ["court", "courts", "tribunal", "tribunals", "judge", "judges", "justices", "panel", "ombudsman"].contains(w) { return false }
            if [".", ";", ":", ","].contains(w) { break }
            k += 1
            if k > to + 8 { break }
        }
        return true
    }

    /// Words that name a running count ("death toll", "the number of ... killed", "a tally").
    static let countWords: Set<String> = ["toll", "tally", "tolls"]

    /// Whether a trigger updates a running count of victims: the noun of "death toll", a verb whose subject is a
    /// toll ("the death toll of the blast rose to 134") or lies in "the number of ..." ("bring the number of
    /// soldiers killed to seven"), or a find of "more bodies".
    static func isCountUpdate(_ form: TriggerForm, at i: Int, length n: Int, words: [String]) -> Bool {
        if form.shape == .noun { return i + n < words.count && countWords.contains(words[i + n]) }
        var k = i - 1
        while k >= 0 && i - k <= 12 && ![",", ";", ":", "said", "says", "but", "who", "which", "when", "while"].contains(words[k]) {
            if countWords.contains(words[k]) { return true }
            if words[k] == "number", k + 1 < i, words[k + 1] == "of", k > 0, ["the", "this", "that"].contains(words[k - 1]) { return true }
            k -= 1
        }
        let after = words[(i + n)..<min(words.count, i + n + 4)]
        if let more = after.firstIndex(of: "more"), more + 1 < words.count,
           ["bodies", "corpses", "dead", "victims", "deaths"].contains(words[more + 1]) { return true }
        return false
    }

    /// Nouns of contest that are figures before a stake or after a kind of dispute: "the battle for places",
    /// "a legal battle", "a takeover battle".
    static let contestNouns: Set<String> = ["battle", "battles", "fight", "fighting", "clash", "clashes", "war", "wars", "offensive"]
    static let contestStakes: Set<String> = [
        "places", "place", "spot", "spots", "title", "titles", "points", "lead", "promotion", "survival", "supremacy", "votes",
        "seats", "hearts", "minds", "custody", "ratings", "viewers", "customers", "market", "share", "nomination", "crown",
        "medal", "medals", "trophy", "presidency", "leadership", "top",
    ]
    static let contestKinds: Set<String> = [
        "legal", "court", "courtroom", "custody", "takeover", "bidding", "bid", "ratings", "price", "political", "verbal",
        "uphill", "relegation", "title", "boardroom", "propaganda", "trade", "tariff", "turf", "leadership", "election",
        "electoral", "campaign", "media", "advertising", "marketing", "ideological", "diplomatic", "words",
    ]

    static func isFigurativeContest(at i: Int, length n: Int, words: [String]) -> Bool {
        guard contestNouns.contains(words[i]) else { return false }
        if i > 0, contestKinds.contains(words[i - 1]) { return true }
        guard i + n < words.count, ["for", "over"].contains(words[i + n]) else { return false }
        var k = i + n + 1
        while k < words.count && k <= i + n + 7 {
            if [",", ";", ":", ".", "and", "but", "that", "which", "who"].contains(words[k]) { return false }
            if contestStakes.contains(words[k]) { return true }
            k += 1
        }
        return false
    }

    /// Messages whose content follows them ("a report that", "reports saying").
    static let contentNouns: Set<String> = [
        "warning", "warnings", "report", "reports", "rumour", "rumours", "rumor", "rumors", "sign", "signs", "indication",
        "indications", "message", "messages", "word",
    ]

    /// Objects that make a figure of a verb, beyond `figurative` (those are no events at all): taking part in a
    /// contest of words or bids, answering words with words, going into a period.
    static let figureObjects: [String: Set<String>] = [
        "join": ["race", "chorus", "ranks", "fray", "bandwagon", "calls", "hunt", "queue"],
        "reject": ["findings", "conclusions", "conclusion", "comments", "statement", "statements", "idea", "notion", "view",
                   "views", "argument", "arguments", "version", "assertion", "assertions", "interpretation"],
        "enter": ["stage", "phase", "era", "chapter", "period", "epoch"],
        // "left wild speculations over his successor": a mood left behind
        "leave": ["speculation", "speculations", "questions", "uncertainty", "confusion", "fears", "concern", "concerns",
                  "doubts", "anger", "impression", "mark", "legacy"],
        // "raised the death toll for October to 93": a count, not a happening
        "raise": ["toll", "tally", "total", "number", "count"],
    ]

    static func isObjectOfFigure(_ lemma: String, after end: Int, words: [String]) -> Bool {
        guard let objects = figureObjects[lemma] else { return false }
        var k = end
        while k < words.count && k < end + 6 {
            if [",", ";", ":", ".", "and", "but", "that", "which", "who", "when", "as", "after", "while"].contains(words[k]) { return false }
            if objects.contains(words[k]) { return true }
            k += 1
        }
        return false
    }

    /// Whether a happening of the sentence is a sum rather than one happening: "have signed 132 projects by press
    /// time" (up to the moment of writing), "sent a record $16.6bn home last year", "has grown ..., expanding at
    /// 3.8% in the last quarter of 2004" (an amount with no date finer than a month; a deal's price is not one).
    static func isMinor(_ tr: EventTrigger, tokens: [Token], words: [String], dates: [TimeExpression]) -> Bool {
        guard !tr.isNoun else { return false }
        // "the statistics were released by the committee", "released figures showing": publishing figures or a report
        if ["release", "publish", "issue", "unveil", "present"].contains(tr.lemma) {
            let around = words[max(0, tr.token - 8)..<min(words.count, tr.token + 5)]
            if around.contains(where: { figureSources.contains($0)
                || ["report", "reports", "list", "ranking", "rankings", "results", "findings", "opinion"].contains($0) }) { return true }
        }
        // "weekly jobless claims rose 12,000", "annual inflation fell to 2%": a periodic figure
        if amountLemmas.contains(tr.lemma) || changeLemmas.contains(tr.lemma),
           words[max(0, tr.token - 6)..<tr.token].contains(where: { ["weekly", "monthly", "quarterly", "annual", "yearly"].contains($0) }),
           !words[max(0, tr.token - 6)..<tr.token].contains(where: { [",", ";", "that", "and"].contains($0) }) { return true }
        // "Twenty-seven traffickers have been arrested this year": a count over a month or a year, spelled or not
        if countedLemmas.contains(tr.lemma),
           words[max(0, tr.token - 6)..<tr.token].contains(where: { isNumber($0) || isSpelledNumber($0) || quantityWords.contains($0) }),
           !dates.isEmpty, dates.filter({ $0.type == .date }).allSatisfy(Self.isCoarse), dates.contains(where: { $0.type == .date }) {
            return true
        }
        if let p = words.indices.first(where: { $0 > tr.token && words[$0] == "press" }), p + 1 < words.count, words[p + 1] == "time" {
            return true
        }
        let calendar = dates.filter { $0.type == .date || $0.type == .time }
        return !dealLemmas.contains(tr.lemma) && !calendar.isEmpty && calendar.allSatisfy(Self.isCoarse)
            && tokens.contains(where: { $0.span.start >= tr.span.end && Self.isAmount($0.text) })
    }

    /// "twenty", "twenty-seven", "hundred": a number written in words.
    static func isSpelledNumber(_ w: String) -> Bool {
        let parts = w.split(separator: "-").map(String.init)
        let units: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                                  "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                                  "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
                                  "thousand", "dozen"]
        return !parts.isEmpty && parts.allSatisfy { units.contains($0) }
    }

    /// Sources of figures, and what they do: "official figures show", "a poll released Thursday suggests".
    static let figureSources: Set<String> = [
        "figures", "data", "statistics", "poll", "polls", "survey", "surveys", "study", "census", "index", "research",
        "estimates", "numbers", "tally", "count",
    ]
    static let figureVerbs: Set<String> = [
        "show", "shows", "showed", "shown", "suggest", "suggests", "suggested", "indicate", "indicates", "indicated",
        "reveal", "reveals", "revealed", "found", "finds", "put", "puts",
    ]

    /// Whether a sentence gives figures, a poll or a survey as its source ("..., latest figures show",
    /// "according to a CBS News poll"): it reports a statistic, not a happening.
    static func isReportOfFigures(_ words: [String]) -> Bool {
        for (k, w) in words.enumerated() where figureSources.contains(w) {
            if words[(k + 1)..<min(words.count, k + 9)].contains(where: { figureVerbs.contains($0) }) { return true }
            if let a = words[max(0, k - 6)..<k].lastIndex(of: "according"), a + 1 < k, words[a + 1] == "to" { return true }
        }
        return false
    }

    /// Verbs of opinion, fear and hope whose clause may follow without "that" ("most voters believe the
    /// minister has been damaged"); "suspected" is left out, as it mostly describes a noun ("suspected rebels").
    static let beliefVerbs: Set<String> = [
        "believe", "believes", "believed", "think", "thinks", "fear", "fears", "feared", "doubt", "doubts", "doubted",
        "hope", "hopes", "hoped", "reckon", "reckons", "reckoned", "assume", "assumes", "assumed", "imagine", "imagines",
    ]

    /// Whether token `i` lies in a clause introduced by a non-factive word: "claims that ... was drawn up",
    /// "denied troops had crossed", "fears that the talks collapsed".
    static func inNonFactiveClause(_ i: Int, words: [String]) -> Bool {
        var k = i - 1
        var seen = 0
        while k >= 0 && seen < 14 {
            let w = words[k]
            if [";", ":", "."].contains(w) { return false }
            if w == "that" {
                // the nearest "that": what governs it decides
                return (max(0, k - 3)..<k).contains { nonFactive.contains(words[$0]) }
            }
            // "denied troops had crossed": a denial governs its clause without "that"
            if ["deny", "denies", "denied", "denying"].contains(w) && seen < 8 { return true }

            if w == "," { seen += 2 }
            k -= 1
            seen += 1
        }
        return false
    }

    /// Whether the participle ending before token `end` modifies a noun that is the subject of a later
    /// finite verb in its clause: it is followed by a phrase (a preposition or a date) and then an
    /// auxiliary or modal ("sanctions imposed after its test must be lifted").
    static func isReducedRelative(_ end: Int, words: [String]) -> Bool {
        guard end < words.count, reducedRelativeOpeners.contains(words[end]) else { return false }
        var k = end + 1
        var comma = false
        while k < words.count && k < end + 14 {
            let w = words[k]
            // "A flight attendant suspended over her blog says she has been fired": the participle's noun is the
            // speaker of the sentence (after a comma the speech verb is an attribution: ", police said")
            if !comma, ["says", "said", "tells", "told", "insists", "insisted", "denies", "denied", "admits", "admitted"].contains(w) { return true }
            if clauseOpeners.contains(w) { return false }
            if finiteAuxiliaries.contains(w) { return true }
            if w == "," { comma = true }
            // "a businessman charged with exporting food to Cuba pleaded not guilty": a past verb of the subject
            // (after a comma it is more likely a list of verbs: "fired on the crowd, killed five")
            if !comma, k > end + 1, !EventLexicon.determiners.contains(words[k - 1]),
               EventLexicon.forms[w]?.contains(where: { $0.shape == .past || $0.shape == .pastOrParticiple }) == true {
                return true
            }
            k += 1
        }
        return false
    }

    /// Whether a base form after "and"/"or" continues a verb phrase under "will": "will train experts,
    /// send advisers and set up centres". A clause boundary or another subject ends the search.
    static func coordinatedWithFuture(_ i: Int, words: [String]) -> Bool {
        var k = i - 1
        while k >= 0 && k >= i - 24 {
            let w = words[k]
            if ["will", "'ll", "shall"].contains(w) { return true }
            if clauseOpeners.contains(w) && w != "and" && w != "or" { return false }
            if [";", ":", ".", "said", "says", "had", "has", "have", "was", "were"].contains(w) { return false }
            k -= 1
        }
        return false
    }

    /// Where the relative clause holding token `i` starts ("..., who died suddenly"), if it is in one:
    /// the nearest "who", "which", "whom" or "whose" back to a clause boundary.
    static func relativeClauseStart(_ i: Int, words: [String]) -> Int? {
        // "the bronze medal she won at the Olympics": a pronoun subject right after a noun phrase opens a
        // relative clause without "that"
        func nounLike(_ w: String) -> Bool {
            guard let c = w.unicodeScalars.first, c.properties.isLowercase else { return false }
            return !contactBreakers.contains(w) && !EventLexicon.determiners.contains(w) && !contactOpeners.contains(w)
        }
        if i >= 3, ["he", "she", "they", "we", "i", "you"].contains(words[i - 1]), nounLike(words[i - 2]),
           contactOpeners.contains(words[i - 3]) || (i >= 4 && contactOpeners.contains(words[i - 4]) && nounLike(words[i - 3])) {
            return i - 1
        }
        // "a team that has qualified": "that" right before an auxiliary or the verb has no subject of its own,
        // so it opens a relative clause (a reported clause after "said that" brings its subject)
        // (auxiliaries and adverbs may stand between: "a bank that has already established")
        var before = i - 1
        while before >= 1 && before >= i - 4
                && (EventLexicon.auxiliaries.contains(words[before]) || groupAdverbs.contains(words[before])) { before -= 1 }
        let that: Int? = i >= 1 && words[i - 1] == "that" ? i - 1
            : before >= 0 && before < i - 1 && words[before] == "that" && EventLexicon.auxiliaries.contains(words[before + 1]) ? before : nil
        if let t = that, t >= 1, let c = words[t - 1].unicodeScalars.first, c.properties.isLowercase,
           !EventLexicon.reportingVerbs.contains(words[t - 1]), !contactBreakers.contains(words[t - 1]) {
            return t
        }
        var k = i - 1
        while k >= 0 && k >= i - 10 {
            let w = words[k]
            if ["who", "which", "whom", "whose"].contains(w) { return k }
            // "the blasts that killed 60 people and injured 200": "that" after a noun and before a past verb opens one
            if w == "that", k > 0, k + 1 < words.count, nounLike(words[k - 1]), !EventLexicon.reportingVerbs.contains(words[k - 1]),
               TenseCues.looksPast(words[k + 1]) || TimexLexicon.pastCues.contains(words[k + 1]) {
                return k
            }
            // a comma closes the relative clause ("X, who died suddenly, was buried")
            // "attacks in which 57 were killed and 300 wounded": "and" joins verbs inside the clause
            if [";", ":", ",", "said", "says", "but"].contains(w) { return nil }
            k -= 1
        }
        return nil
    }

    /// Where the clause of time holding token `i` starts ("... when the army moved in"), if it is in one:
    /// the nearest "when" back to a clause boundary.
    /// With `acrossAnd`, "and" without a comma may join clauses inside it ("when his party lost elections and civil
    /// war resumed").
    static func whenClauseStart(_ i: Int, words: [String], acrossAnd: Bool = false) -> Int? {
        var k = i - 1
        while k >= 0 && k >= i - 10 {
            let w = words[k]
            if w == "when" { return k }
            if [";", ":", ",", "said", "says", "but", "that"].contains(w) || (w == "and" && !acrossAnd) { return nil }
            k -= 1
        }
        return nil
    }

    /// The day of a "when" clause after the trigger's clause: "six were killed and 36 injured when two buses
    /// collided on Tuesday" happened when the clause says, not on the day it was reported.
    static func whenClauseDate(_ timexes: [TimeExpression], trigger tr: EventTrigger, reporting: Int?, tokens: [Token],
                               words: [String]) -> TimeExpression? {
        guard !tr.future, !tr.pastPerfect, whenClauseStart(tr.token, words: words) == nil,
              let w = words.indices.first(where: { $0 > tr.token && words[$0] == "when" }) else { return nil }
        // not across a speech verb ("..., police said on Wednesday"), nor into a relative clause or a plan after the
        // "when" clause ("when the stove caught fire in the town, which was flattened by the quake on Oct. 8")
        let speech = reporting.flatMap { $0 > w ? tokens[$0].span.start : nil } ?? Int.max
        let other = words.indices.first { $0 > w && (["which", "who", "whom", "whose"].contains(words[$0]) || planWords.contains(words[$0])) }
        let limit = min(speech, other.map { tokens[$0].span.start } ?? Int.max)
        return timexes.first {
            Self.canDate($0) && ($0.granularity ?? .year) >= .day && $0.span.start > tokens[w].span.end && $0.span.end <= limit
        }
    }

    /// The date of the clause a "when" clause holding the trigger places: "the first sign came in February when
    /// the agency announced a delay", "it came to light last November when the minister resigned": the
    /// announcing and the resigning happened then. The date lies before the "when", in its clause (no speech
    /// verb or clause break between), and can date a day, a month or a year. Past a verb of saying or finding the
    /// date is that verb's ("on Saturday broke its silence, acknowledging demonstrators were killed when police
    /// opened fire": the shooting came days before).
    /// A date right before the "when" is the time the clause tells of, whatever governs it ("has not appeared
    /// since 1992 when his party lost elections": the losing was in 1992), so `all` holds every date of the sentence.
    static func timeOfWhenClause(_ timexes: [TimeExpression], all: [TimeExpression], trigger tr: EventTrigger, tokens: [Token],
                                 words: [String]) -> TimeExpression? {
        guard !tr.future else { return nil }
        // (only there may the clause run on over "and": what it joins happened at that time too)
        if let w = whenClauseStart(tr.token, words: words, acrossAnd: true), w > 0,
           let before = all.last(where: { $0.span.end <= tokens[w].span.start }), canDate(before),
           !isSpeechDay(before, tokens: tokens, words: words),
           tokens.filter({ $0.span.start >= before.span.end && $0.span.end <= tokens[w].span.start }).allSatisfy({ $0.text == "," }) {
            return before
        }
        guard let w = whenClauseStart(tr.token, words: words) else { return nil }
        var k = w - 1
        while k >= 0 && w - k <= 12 && ![";", ":", ".", "that", "but"].contains(words[k])
            && !EventLexicon.reportingVerbs.contains(words[k]) && !findingVerbs.contains(words[k]) { k -= 1 }
        let from = k >= 0 ? tokens[k].span.end : 0
        return timexes.last {
            canDate($0) && ($0.granularity ?? .century) > .decade && $0.span.start >= from && $0.span.end <= tokens[w].span.start
                && !isSpeechDay($0, tokens: tokens, words: words)  // "said Monday he was asleep when ..." dates the saying
        }
    }

    /// Whether token `i` lies in a clause that compares with the past: "..., the first time the rocket launched",
    /// "it was the only time they met" (but not the adverb "for the first time").
    static func isTimeComparison(_ i: Int, words: [String]) -> Bool {
        var k = i - 1
        while k >= 1 && k >= i - 10 {
            let w = words[k]
            if [";", ":", ",", "said", "says", "but"].contains(w) { return false }
            if ["time", "occasion"].contains(w), ["first", "second", "third", "last", "only", "latest", "previous"].contains(words[k - 1]) {
                return !(k >= 3 && words[k - 3] == "for")
            }
            k -= 1
        }
        return false
    }

    /// Lemmas whose subject can be a count of people ("97 have died").
    static let countedLemmas: Set<String> = [
        "kill", "die", "injure", "wound", "murder", "execute", "drown", "arrest", "detain", "flee", "evacuate", "rescue",
        "abduct", "kidnap", "jail", "imprison", "sentence", "convict", "release", "free", "deport",
    ]
    /// Happenings that are one cause of deaths without being event triggers themselves ("died in the fire").
    static let singleCauses: Set<String> = [
        "fire", "blaze", "stampede", "storm", "incident", "tragedy", "inferno", "avalanche", "typhoon", "cyclone", "tornado",
        "sinking", "mudslide", "fighting",
    ]
    static let spelledNumbers: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "forty", "fifty", "hundred",
    ]
    static let quantityWords: Set<String> = ["hundreds", "thousands", "dozens", "scores", "millions", "tens", "many", "total"]
    /// Spelled numbers large enough to count people over time ("two hundred people have died").
    static let largeSpelled: Set<String> = ["hundred", "thousand", "million", "dozen"]
    /// Words before a plural happening that count happenings ("in 53,173 accidents", "in separate attacks").
    static let happeningCounters: Set<String> = ["separate", "several", "various", "multiple", "numerous", "different", "many", "series"]

    /// "two", "3": a few happenings reported together ("killed in two bomb attacks") are still that day's news.
    static func isSmallCount(_ w: String) -> Bool {
        ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twin"].contains(w) || (Int(w).map { $0 < 10 } ?? false)
    }

    /// Whether the word before an event noun counts it: a number other than a year, or a counting word.
    static func countsHappenings(_ w: String) -> Bool {
        if happeningCounters.contains(w) || quantityWords.contains(w) || largeSpelled.contains(w) { return true }
        if ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty"].contains(w) { return true }
        guard isNumber(w) else { return false }
        let digits = w.filter(\.isNumber)
        // "the 2005 elections" names a year, not a count
        if digits.count == 4, let n = Int(digits), (1800...2100).contains(n), !w.contains(",") { return false }
        return Int(digits).map { $0 > 1 } ?? true
    }

    /// Whether a trigger counts people over time rather than reporting one happening: its subject is a number
    /// ("97 have died", "more than 4,700 miners were killed in 2006") and the clause sums (present perfect
    /// without a single cause, a year or month, "so far", "a total of").
    static func isTotal(_ tr: EventTrigger, tokens: [Token], words: [String], dates: [TimeExpression]) -> Bool {
        // "53,173 accidents", "in three separate attacks": a count of happenings is a statistic or a summary
        if tr.isNoun {
            return tr.token > 0 && words[tr.token].hasSuffix("s") && countsHappenings(words[tr.token - 1])
        }
        // "won a total of 112 seats", "26 billion texts were sent in total in 2004", "has won three titles so far":
        // a running sum, whatever the verb
        let rest = Array(words[(tr.token + 1)..<(words[(tr.token + 1)...].firstIndex { [",", ";", "said", "says", "when", "but", "."].contains($0) } ?? words.count)])
        for (j, w) in rest.enumerated() {
            let next = j + 1 < rest.count ? rest[j + 1] : ""
            if (w == "total" && j > 0 && (rest[j - 1] == "in" || (rest[j - 1] == "a" && next == "of"))) || w == "altogether"
                || (w == "so" && next == "far") || (w == "in" && next == "all") || (w == "to" && next == "date") { return true }
        }
        guard countedLemmas.contains(tr.lemma) else { return false }
        // "Attacks on the zone, mainly by the militia, have also killed 13 guards": happenings in the plural, summed
        // up to now by a present perfect
        if let aux = previousWords(words, before: tr.token, count: 1).first, ["has", "have", "'ve"].contains(aux), !tr.passive,
           Self.hasPluralHappeningSubject(before: tr.token, words: words) { return true }
        // "9,007 were killed in 53,173 road accidents": what it happened in is a count of happenings
        let cause = Array(words[(tr.token + 1)..<min(words.count, tr.token + 6)])
        if let at = cause.firstIndex(where: { ["in", "during", "from", "by"].contains($0) }), at + 2 < cause.count,
           countsHappenings(cause[at + 1]), !Self.isSmallCount(cause[at + 1]),
           EventLexicon.forms[cause[at + 2]]?.contains(where: { $0.shape == .noun }) == true
            || (at + 3 < cause.count && EventLexicon.forms[cause[at + 3]]?.contains(where: { $0.shape == .noun }) == true) {
            return true
        }
        var k = tr.token - 1
        var counted = false
        var perfect = false
        while k >= 0 && k >= tr.token - 7 {
            let w = words[k]
            if [";", ":", ",", "said", "says", "that", "when", "after", "and", "but", "who", "which"].contains(w) { break }
            if ["has", "have", "'ve"].contains(w) { perfect = true }
            if isNumber(w) || quantityWords.contains(w) || largeSpelled.contains(w) { counted = true }
            k -= 1
        }
        // "at least eight people have been killed over the past 24 hours": a count over a period, also when spelled
        if !counted && (tr.token - 12...tr.token - 1).contains(where: { $0 >= 0 && spelledNumbers.contains(words[$0]) })
            && dates.contains(where: { Self.isRecentPeriod($0) }) { return true }
        guard counted else { return false }
        if dates.contains(where: { Self.isRecentPeriod($0) }) { return true }
        let clauseEnd = words[(tr.token + 1)...].firstIndex { [",", ";", "said", "says", "when", "after", "but", "."].contains($0) } ?? words.count
        // the clause from its subject to its end: "so far", "in all", "a total of", "the toll", "to date"
        let clause = Array(words[(k + 1)..<clauseEnd])
        for (j, w) in clause.enumerated() {
            let next = j + 1 < clause.count ? clause[j + 1] : ""
            if ["total", "toll", "altogether", "tally"].contains(w) || (w == "so" && next == "far") || (w == "in" && next == "all")
                || (w == "to" && next == "date") { return true }
        }
        // "in 2006", "last year", "this month": a coarse date over which the clause counts
        let own = dates.filter { Self.canDate($0) && $0.span.start >= tr.span.end && tokensBetween(tokens, tr.span.end, $0.span.start) <= 8 }
        if let first = own.first, (first.granularity ?? .year) < .week { return true }
        if own.contains(where: { ($0.granularity ?? .year) >= .day }) { return false }
        // "have been killed in an explosion", "have died after a ferry capsized", "in the attack": one cause is
        // one happening
        let after = Array(words[(tr.token + 1)..<min(words.count, tr.token + 10)])
        let singleCause = after.indices.contains { i in
            guard ["in", "by", "during", "on", "after", "when", "as", "following"].contains(after[i]), i + 1 < after.count else { return false }
            if ["a", "an"].contains(after[i + 1]) { return true }
            return after[i + 1] == "the" && i + 2 < after.count
                && (EventLexicon.forms[after[i + 2]]?.contains { $0.shape == .noun } == true || singleCauses.contains(after[i + 2]))
        }
        return perfect && !singleCause
    }

    /// Happenings named in the plural or as a whole, whose toll up to now a present perfect sums.
    static let pluralHappenings: Set<String> = [
        "attacks", "clashes", "bombings", "raids", "strikes", "airstrikes", "floods", "storms", "violence", "fighting",
        "shelling", "accidents", "crashes", "explosions", "blasts", "landslides", "mudslides", "riots", "protests",
        "earthquakes", "quakes", "epidemic", "outbreak", "war", "conflict", "insurgency", "unrest", "disasters", "ambushes",
    ]

    /// Whether the subject of the verb at `i` (back to the sentence or clause start) names happenings in the plural.
    static func hasPluralHappeningSubject(before i: Int, words: [String]) -> Bool {
        var k = i - 1
        while k >= 0 && i - k <= 20 {
            let w = words[k]
            if [";", ":", "that", "said", "says", "when", "after", "which", "who", "and", "but"].contains(w) { return false }
            if pluralHappenings.contains(w) { return true }
            k -= 1
        }
        return false
    }

    /// Verbs whose participle needs an object when it is the sentence's verb ("police charged him with"): without
    /// one, before a preposition, it describes a noun ("the man charged with murder").
    static let transitiveLemmas: Set<String> = [
        "charge", "convict", "sentence", "jail", "imprison", "indict", "detain", "arrest", "kidnap", "abduct", "injure",
        "wound", "kill", "elect", "appoint", "nominate", "accuse", "hold",
    ]

    /// Verbs whose active past takes an object ("police arrested five men", "Japan built the road"): with no object
    /// after them, their -ed form is a passive participle. Verbs that are also intransitive ("troops attacked at
    /// dawn", "the plane crashed", "shares rose", "the team won by two goals") are left out.
    static let objectVerbs: Set<String> = [
        "arrest", "detain", "charge", "convict", "sentence", "jail", "imprison", "indict", "acquit", "extradite", "deport",
        "expel", "ban", "outlaw", "pardon", "release", "free", "kidnap", "abduct", "hijack", "capture", "seize", "destroy",
        "injure", "wound", "kill", "murder", "assassinate", "execute", "behead", "elect", "re-elect", "appoint", "nominate",
        "oust", "depose", "topple", "impeach", "dismiss", "sack", "build", "test", "supply", "deliver", "donate", "give",
        "find", "identify", "discover", "inspect", "repair", "restore", "complete", "sign", "ratify", "approve", "adopt",
        "endorse", "impose", "lift", "announce", "unveil", "introduce", "publish", "issue", "award", "grant", "establish",
        "create", "summon", "deploy", "evacuate", "send", "rescue", "acquire", "buy", "sell", "fund", "hold", "question",
        "sue", "prosecute", "damage", "devastate", "strand", "accuse", "order", "propose", "present", "cancel", "postpone",
        "suspend", "reinstate", "replace", "dissolve", "block", "raise", "transfer", "file", "bomb", "shell",
    ]

    /// Words after which the next word cannot be a noun that a participle describes: function words, pronouns,
    /// auxiliaries and conjunctions ("he built", "they tested", "and supplied").
    static let notNounHeads: Set<String> = [
        "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "what", "and", "or", "but", "nor", "then",
        "also", "not", "never", "police", "authorities", "officials", "troops", "forces", "rebels", "militants", "gunmen",
        "soldiers", "army", "government", "court", "judge", "jury", "parliament", "voters", "members", "company",
    ]

    /// Whether the -ed form at `i` follows a bare lower-case noun and no object follows it: "roads built with
    /// assistance", "gas supplied to Georgia" ("police seized in the raid" keeps its agent's act only with an
    /// object: the nouns that usually act are left out, see `notNounHeads`).
    static func isParticipleOfNoun(_ i: Int, length n: Int, lemma: String, words: [String], tokens: [Token]) -> Bool {
        guard i >= 2, objectVerbs.contains(lemma) else { return false }
        let p1 = words[i - 1]
        guard let c = tokens[i - 1].text.unicodeScalars.first, c.properties.isLowercase, p1.count > 2,
              p1.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }),
              !notNounHeads.contains(p1), !EventLexicon.determiners.contains(p1), !EventLexicon.auxiliaries.contains(p1),
              !groupAdverbs.contains(p1), !(p1.hasSuffix("ly") && p1.count > 4), !p1.hasSuffix("ing"),
              EventLexicon.forms[p1] == nil, !EventLexicon.reportingVerbs.contains(p1),
              !["in", "on", "at", "of", "for", "with", "from", "to", "by", "as", "than", "into", "after", "before", "when",
                "while", "since", "if", "so", "because", "where"].contains(p1) else { return false }
        // no object: the participle ends the clause or a preposition (or a date) follows it
        let next = i + n < words.count ? words[i + n] : "."
        let noObject: Set<String> = [
            ".", ",", ";", ":", ")", "with", "of", "for", "to", "over", "in", "during", "at", "on", "from", "into", "under",
            "since", "after", "before", "last", "this", "near", "across", "through", "as", "against", "between", "among",
            "so", "were", "was", "are", "is", "have", "has", "had",
            "will", "would", "could", "can", "may", "might", "should", "must",
        ]
        guard noObject.contains(next) else { return false }
        // "the ministry issued on Tuesday a statement": an object after a day is the active verb's
        var k = i + n
        while k < words.count && k < i + n + 4 {
            let w = words[k]
            if TimexLexicon.weekdays[w] != nil || TimexLexicon.months[w] != nil
                || ["today", "yesterday", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night"].contains(w) {
                let after = k + 1 < words.count ? words[k + 1] : ""
                return !(EventLexicon.determiners.contains(after) || isNumber(after) || isSpelledNumber(after))
            }
            k += 1
        }
        return true
    }

    /// "among 710 birds tested", "of the 40 people questioned", "including 12 civilians wounded": a participle after
    /// a bare noun that a count or a determiner opens after "of", "among", "including" describes that noun.
    static func isCountedNounBefore(_ i: Int, words: [String], tokens: [Token]) -> Bool {
        guard i >= 3, let c = tokens[i - 1].text.unicodeScalars.first, c.properties.isLowercase,
              !notNounHeads.contains(words[i - 1]), !EventLexicon.auxiliaries.contains(words[i - 1]) else { return false }
        var k = i - 2
        var between = 0
        while k >= 0 && between < 3 {
            let w = words[k]
            if ["of", "among", "including", "about", "besides", "plus"].contains(w) { return between > 0 }
            guard isNumber(w) || EventLexicon.determiners.contains(w) || isSpelledNumber(w) || quantityWords.contains(w)
                    || ["other", "more", "some", "several", "those", "these", "all", "both"].contains(w) else { return false }
            between += 1
            k -= 1
        }
        return false
    }

    /// Amounts that add up over time: what was earned, spent or grown over a month, quarter or year.
    static let amountLemmas: Set<String> = [
        "earn", "spend", "grow", "shrink", "rise", "fall", "gain", "drop", "climb", "jump", "surge", "plunge", "slump", "soar",
    ]

    /// "Prince earned more than any other star in 2004", "leasing has grown to $6.3bn in 2005": an amount over a
    /// period coarser than a week (its date within a few words after the verb) is a statistic, not a happening.
    static func isPeriodChange(_ tr: EventTrigger, tokens: [Token], dates: [TimeExpression]) -> Bool {
        guard !tr.isNoun, amountLemmas.contains(tr.lemma) else { return false }
        // "Industrial production for September rose 3.6 percent": the period may name the amount before the verb
        if let subject = dates.last(where: { d in (d.type == .date || d.type == .time) && d.span.end <= tr.span.start
                                              && tokensBetween(tokens, d.span.end, tr.span.start) <= 2
                                              // "contract, diesel for delivery in December, fell": an aside's date is its noun's
                                              && !tokens.contains { t in t.span.start >= d.span.end && t.span.end <= tr.span.start && t.text == "," } }),
           let g = subject.granularity, g < .week,
           let before = tokens.last(where: { $0.span.end <= subject.span.start }), ["for", "in", "of"].contains(norm(before.text)) {
            return true
        }
        guard let first = dates.first(where: { ($0.type == .date || $0.type == .time) && $0.granularity != nil && $0.span.start >= tr.span.end
                                                && tokensBetween(tokens, tr.span.end, $0.span.start) <= 12 }) else { return false }
        // "earned $63m in the period, down from $80m in the fourth quarter": a date past a comma is a comparison's
        if tokens.contains(where: { $0.span.start >= tr.span.end && $0.span.end <= first.span.start && [",", ";"].contains($0.text) }) { return false }
        return (first.granularity ?? .year) < .week
    }

    /// Lemmas whose amount is the price or size of one happening, not a sum over a period.
    static let dealLemmas: Set<String> = [
        "buy", "acquire", "merge", "sign", "agree", "fine", "award", "grant", "approve", "pass", "sentence", "order", "offer",
        "raise", "cut", "lend", "borrow", "bail out", "sell", "invest", "fund", "pay", "seize", "win", "lose",
    ]

    /// A money amount or a percentage: "$16.6bn", "£484bn", "3.8%", "percent", "dollars".
    static func isAmount(_ w: String) -> Bool {
        let l = w.lowercased()
        return l.hasPrefix("$") || l.hasPrefix("£") || l.hasPrefix("€") || l.hasSuffix("%")
            || ["percent", "dollars", "euros", "pounds", "yuan", "yen", "rupees", "pesos", "francs"].contains(l)
    }

    /// Whether a date names a period coarser than a week (a month, quarter, season or year). Without an article
    /// date "in December" or "last year" stays unresolved; its words still say how coarse it is.
    static func isCoarse(_ t: TimeExpression) -> Bool {
        guard t.type == .date || t.type == .time else { return false }
        if let g = t.granularity { return g < .week && g > .decade }
        guard t.value == nil else { return false }
        let text = t.text.lowercased()
        let fine = ["day", "week", "night", "morning", "evening", "afternoon", "tonight", "monday", "tuesday", "wednesday",
                    "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow"]
        if fine.contains(where: { text.contains($0) }) { return false }
        // "December 5" names a day; "2004" and "December" do not
        if text.split(whereSeparator: { !$0.isNumber }).contains(where: { $0.count <= 2 }) { return false }
        return true
    }

    /// Subjects of change that are moods, pressures or opinions: "pressure grew", "fears rose".
    static let abstractSubjects: Set<String> = [
        "pressure", "pressures", "tension", "tensions", "concern", "concerns", "fear", "fears", "anger", "criticism", "calls",
        "speculation", "hope", "hopes", "support", "opposition", "confidence", "optimism", "pessimism", "uncertainty",
        "frustration", "resentment", "discontent", "momentum", "interest", "doubts", "worries", "anxiety", "outrage",
    ]

    /// Verbs of change whose present perfect describes where things stand ("has spread", "have risen").
    static let changeLemmas: Set<String> = [
        "spread", "grow", "rise", "fall", "climb", "surge", "soar", "plunge", "slump", "shrink", "drop", "jump", "gain",
    ]

    /// "The virus has spread to Russia": a present perfect of change with no date of its own is a state.
    static func isStateOfChange(_ tr: EventTrigger, tokens: [Token], words: [String], dates: [TimeExpression]) -> Bool {
        guard !tr.isNoun, changeLemmas.contains(tr.lemma), tr.token > 0 else { return false }
        let prev = previousWords(words, before: tr.token, count: 2)
        guard let aux = prev.first, ["has", "have", "'s", "'ve"].contains(aux) else { return false }
        // "shares have soared 16%", "has risen from 31 to 22": a move by an amount is the news itself
        if words[(tr.token + 1)..<min(words.count, tr.token + 5)].contains(where: { isNumber($0) }) { return false }
        // a weekday in a story without a date ("have risen on Monday") still names a day
        return !dates.contains { Self.canDate($0) || (($0.type == .date || $0.type == .time) && ($0.granularity ?? .year) >= .day) }
    }

    /// Lemmas whose duration is a sentence or a term, not how long the happening went on ("jailed for five years").
    static let termLemmas: Set<String> = [
        "sentence", "jail", "imprison", "ban", "suspend", "fine", "sign", "extend", "appoint", "elect", "re-elect",
        "grant", "award", "lend", "borrow", "detain", "extradite", "deport", "expel",
    ]

    /// Whether an active trigger is followed in its clause by "for" and a span of years ("hosted the show for
    /// 30 years", "fought for a decade"): the sentence describes a state or career.
    static func lastsYears(_ tr: EventTrigger, tokens: [Token], words: [String], timexes: [TimeExpression]) -> Bool {
        // a passive counts too when it is perfect: "have been held by the US for almost three years" is a state up to now
        let perfectPassive = tr.passive && previousWords(words, before: tr.token, count: 3).contains("been")
            && previousWords(words, before: tr.token, count: 3).contains { ["has", "have", "had", "'ve"].contains($0) }
        guard !tr.isNoun, !tr.passive || perfectPassive, !termLemmas.contains(tr.lemma) else { return false }
        return timexes.contains { t in
            guard t.type == .duration, t.span.start >= tr.span.end, let v = t.value, v.hasPrefix("P"),
                  v.hasSuffix("Y") || v.hasSuffix("DE") || v.hasSuffix("CE"),
                  let first = tokens.firstIndex(where: { $0.span.start >= t.span.start }), first > tr.token,
                  first - tr.token <= 10 else { return false }
            let between = words[(tr.token + 1)..<first]
            // the duration's own "for" ("for 30 years", "for more than a decade"), in the trigger's clause
            return between.suffix(3).contains("for") && !between.contains { [",", ";", "and", "but", "that", "which", "who"].contains($0) }
        }
    }

    /// Words before a pronoun subject that make it a new clause, not a relative one ("said he won", "after she won").
    static let contactBreakers: Set<String> = [
        "said", "says", "told", "that", "and", "but", "or", "when", "after", "before", "because", "as", "since", "if",
        "while", "so", "then", "yesterday", "today", "now", "later", "earlier", "also", "where", "how", "why", "what",
        "until", "though", "although", "once", "whether", "than", "time", "year", "week", "day", "month", "past", "end",
        "morning", "evening", "night", "weekend", "moment", "way",
    ]
    /// Determiners that open the noun phrase a relative clause without "that" describes.
    static let contactOpeners: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "this", "our", "my"]

    static let reducedRelativeOpeners: Set<String> = [
        "after", "before", "by", "in", "on", "at", "for", "from", "to", "during", "since", "under", "with", "over", "into",
        "against", "last", "earlier", "this",
    ]
    static let clauseOpeners: Set<String> = [
        "and", "or", "but", "as", "when", "while", "after", "because", "which", "who", "whom", "whose", "that", "where",
        "it", "he", "she", "they", "we", "i", "you", ";", ":", "if", "although", "though", "said", "says", "told",
    ]
    static let finiteAuxiliaries: Set<String> = [
        "must", "will", "would", "can", "could", "should", "may", "might", "is", "are", "was", "were", "has", "have", "had",
    ]
    /// Words that can stand between "announced" and its object without being one ("announced here on Wednesday").
    static let timeAdverbs: Set<String> = [
        "here", "there", "today", "yesterday", "tonight", "overnight", "on", "late", "early", "earlier", "later", "this",
        "last", "morning", "afternoon", "evening", "night", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "jan", "feb", "march", "april", "may", "june", "july", "aug", "sept", "oct", "nov", "dec",
        "january", "february", "august", "september", "october", "november", "december", "also", "formally", "officially",
    ]

    static func reportingVerb(words: [String], tokens: [Token], inName: [Bool], capsLine: Bool) -> Int? {
        words.indices.first { i in
            guard !inName[i] else { return false }
            // a participle set off by a comma describes a noun, it reports no speech ("Thirteen traffickers,
            // also accused of murder, were hanged", "the envoy, described as a hardliner, arrived")
            if i + 1 < words.count, words[i].hasSuffix("ed"), ["of", "as"].contains(words[i + 1]) {
                var k = i - 1
                while k >= 0 && (words[k].hasSuffix("ly") || ["also", "both", "once", "long"].contains(words[k])) { k -= 1 }
                if k >= 0 && words[k] == "," { return false }
            }
            if i > 0 && !capsLine && (tokens[i].text.unicodeScalars.first?.properties.isUppercase ?? false) { return false }
            return EventLexicon.reportingVerbs.contains(words[i]) || EventLexicon.isAccordingTo(words, at: i)
        }
    }

    /// Who said it: the name just before the verb ("Pashinyan said"), just after it ("said Pashinyan",
    /// "according to the ministry"), or the last person named when the subject is "he"/"she".
    static func speaker(at r: Int, tokens: [Token], words: [String], mentions: [Mention], lastPerson: EntityID?) -> EntityID? {
        let verb = tokens[r].span
        let speakers = mentions.filter { $0.kind != .place }
        if words[r] != "according" {
            if let before = speakers.last(where: { $0.span.end <= verb.start }),
               tokensBetween(tokens, before.span.end, verb.start) <= 3 { return before.entity }
        }
        // "..., said Pashinyan" (inverted after a quote or comma) and "according to the ministry"
        let inverted = r == 0 || [",", "\"", "”", "'", "’"].contains(words[r - 1])
        if words[r] == "according" || inverted {
            let after = words[r] == "according" ? tokens[min(r + 1, tokens.count - 1)].span.end : verb.end
            if let next = speakers.first(where: { $0.span.start >= after }), tokensBetween(tokens, after, next.span.start) <= 4 {
                return next.entity
            }
        }
        // a country or city speaking for its government: "Armenia said"
        if words[r] != "according", let place = mentions.last(where: { $0.kind == .place && $0.span.end <= verb.start }),
           tokens.filter({ $0.span.start >= place.span.end && $0.span.end <= verb.start })
            .allSatisfy({ ["has", "have", "had", "also", "again", "on"].contains($0.text.lowercased()) || $0.text.first?.isNumber == true }) {
            return place.entity
        }
        if r > 0, ["he", "she"].contains(words[r - 1]) { return lastPerson }
        return nil
    }

    static func tokensBetween(_ tokens: [Token], _ a: Int, _ b: Int) -> Int {
        tokens.filter { $0.span.start >= a && $0.span.end <= b }.count
    }

    // MARK: participants and summary

    static let locative: Set<String> = ["in", "at", "near", "outside", "inside", "across", "into", "to", "from", "around", "off", "over", "on"]
    static let clauseBreak: Set<String> = [",", ";", ":", "that", "which", "who", "whom", "while", "but", "—", "–", "\"", "“", "”"]

    /// Entities of the sentence, each with the role the sentence gives it: the subject before the
    /// trigger acts (or is acted on, in the passive), the name after it is acted on, a place after
    /// "in"/"at" is where it happened.
    static func participants(for tr: EventTrigger, tokens: [Token], words: [String], mentions: [Mention], reporting: Int?) -> [EventParticipant] {
        var roles: [EntityID: ParticipantRole] = [:]
        func tokenIndex(at offset: Int) -> Int { tokens.firstIndex { $0.span.start >= offset } ?? tokens.count }
        // subject: the nearest person or body before the trigger, not across the speech verb's boundary,
        // when it heads the subject: not an owner or a complement inside it ("One of Haniya's bodyguards
        // was killed", "the spokesman for the ministry announced"), which the sentence gives no role
        let floor = reporting.map { $0 < tr.token ? tokens[$0].span.end : 0 } ?? 0
        if let subject = mentions.last(where: { $0.kind != .place && $0.span.end <= tr.span.start && $0.span.start >= floor }),
           let id = subject.entity, !isInsideNounPhrase(subject, tokens: tokens, words: words) {
            roles[id] = tr.passive ? .patient : .agent
        }
        var after = tr.token + 1
        var steps = 0
        // the object follows the verb directly; a name after a preposition ("a proposal from Mr Glazer",
        // "lost to Chelsea", "tested by scientists under the Academy") is not what was acted on
        var preposition: String? = nil
        while after < tokens.count && steps < 10 {
            if clauseBreak.contains(words[after]) { break }
            if let mention = mentions.first(where: { $0.span.start == tokens[after].span.start }), let id = mention.entity {
                let p = after > 0 ? words[after - 1] : ""
                if mention.kind == .place {
                    if roles[id] == nil { roles[id] = .place }
                } else if isOwner(mention, tokens: tokens, words: words) {
                    // the owner of what was acted on or of who acted ("the EU's executive body"): no role
                } else if tr.passive && (p == "by" || preposition == "by" && !roles.values.contains(.agent)) {
                    // "moved by board president Sharad Pawar"
                    roles[id] = .agent
                } else if preposition == nil && roles[id] == nil && !roles.values.contains(.patient) {
                    roles[id] = .patient
                }
                after = tokenIndex(at: mention.span.end)
                steps += 1
                continue
            }
            if EventLexicon.prepositions.contains(words[after]) { preposition = words[after] }
            after += 1
            steps += 1
        }
        for mention in mentions where mention.kind == .place {
            guard let id = mention.entity, roles[id] == nil else { continue }
            let i = tokenIndex(at: mention.span.start)
            if i > 0, ["in", "at", "near", "outside", "inside"].contains(words[i - 1]) { roles[id] = .place }
        }
        var out: [EventParticipant] = []
        for mention in mentions {
            guard let id = mention.entity, !out.contains(where: { $0.entity == id }) else { continue }
            out.append(EventParticipant(entity: id, role: roles[id]))
        }
        return out
    }

    /// Whether a name before a verb modifies the subject's head rather than being it: an owner
    /// ("Haniya's bodyguards"), the complement of "of"/"for" ("one of the ministry's staff", "a
    /// spokesman for the ministry") or who acted in a participle on it ("a ceremony attended by X was held").
    static func isInsideNounPhrase(_ mention: Mention, tokens: [Token], words: [String]) -> Bool {
        if isOwner(mention, tokens: tokens, words: words) { return true }
        var k = (tokens.firstIndex { $0.span.start >= mention.span.start } ?? 0) - 1
        while k >= 0 && EventLexicon.determiners.contains(words[k]) { k -= 1 }
        return k >= 0 && ["of", "for", "by"].contains(words[k])
    }

    /// Whether a name is followed by a possessive "'s" ("Haniya's bodyguards").
    static func isOwner(_ mention: Mention, tokens: [Token], words: [String]) -> Bool {
        guard let next = tokens.firstIndex(where: { $0.span.start >= mention.span.end }) else { return false }
        return words[next] == "'s"
    }

    /// The clause of the trigger: from the sentence start (or after "X said") to the next clause break
    /// after the trigger, without appositions between subject and verb, cut at a word:
    /// "Colonel-General Sergei Istrakov, deputy chief of the General Staff, arrived in Yerevan" →
    /// "Colonel-General Sergei Istrakov arrived in Yerevan".
    static func summary(_ tr: EventTrigger, tokens: [Token], words: [String], mentions: [Mention], text: ScalarText,
                        sentence: TextSpan, reporting: Int?) -> String {
        var start = 0
        if let r = reporting, r < tr.token {
            start = r + 1
            if start < tr.token && words[start] == "that" { start += 1 }
        }
        while start < tr.token && ["\"", "“", "”", "'", "‘", "’", ",", "—", "-"].contains(words[start]) { start += 1 }
        var end = tr.token
        var count = 0
        while end + 1 < tokens.count && !clauseBreak.contains(words[end + 1]) && count < 14 {
            end += 1
            count += 1
        }
        // keep the pieces between start and the trigger that are not set off by commas
        var pieces: [TextSpan] = []
        var pieceStart = tokens[start].span.start
        var k = start
        var inAside = false
        while k < tr.token {
            if words[k] == "," {
                if inAside {
                    inAside = false
                    pieceStart = k + 1 < tokens.count ? tokens[k + 1].span.start : tokens[k].span.end
                } else {
                    pieces.append(TextSpan(pieceStart, tokens[k].span.start))
                    inAside = true
                }
            }
            k += 1
        }
        if inAside {
            // an opening phrase ("Opening the meeting, X stressed") is kept whole
            pieces = []
            pieceStart = tokens[start].span.start
        }
        pieces.append(TextSpan(pieceStart, tokens[end].span.end))
        var s = pieces.map { text[$0].trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        while let last = s.last, [".", "!", ",", ";", ":"].contains(last) { s.removeLast() }
        if let first = s.first, first.isLowercase, start == 0 { s = first.uppercased() + s.dropFirst() }
        return cut(s, 110)
    }

    /// At most `limit` characters, cut at a word with an ellipsis.
    static func cut(_ s: String, _ limit: Int) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        guard flat.count > limit else { return flat }
        let head = flat.prefix(limit)
        if let space = head.lastIndex(of: " ") { return String(head[..<space]) + "…" }
        return String(head) + "…"
    }

    // MARK: dates

    /// The date of a happening: its own expression; else, for something past, the article's date
    /// (what a report without a date describes happened on or just before publication); a past
    /// perfect or a future with no date of its own stays undated, with the reason.
    static func date(own: TimeExpression?, speech: TimeExpression?, since: TimeExpression?, trigger: EventTrigger,
                     article: Article, vague: TimeExpression? = nil, period: TimeExpression? = nil,
                     relative: Bool = false, when: Bool = false, tokens: [Token] = [],
                     passage: DateInfo? = nil, recalled: Bool = false, storyDay: TimeExpression? = nil) -> DateInfo? {
        if let d = own { return dayInfo(Self.directed(d, by: trigger, article: article, tokens: tokens)) }
        // "a report released recently": before the article, but not on its day
        if let v = vague {
            return DateInfo(value: nil, granularity: nil, expression: v.text, basis: "before the article (“\(v.text)”); no one date")
        }
        // "Since March 13, 13,000 have arrived": a sum over a period, not a happening on one day
        if let s = since {
            return DateInfo(value: nil, granularity: nil, expression: s.text, basis: "ongoing since “\(s.text)”; no one date")
        }
        // "During the past 20 years, China has started ten stations": a sum over the period
        if let p = period {
            return DateInfo(value: nil, granularity: nil, expression: p.text, basis: "over “\(p.text)”; no one date")
        }
        // "a peace deal ... which ended the war": a relative clause recalls what is known, not today's news
        if relative {
            return DateInfo(value: nil, granularity: nil, expression: nil, basis: "in a relative clause with no date of its own")
        }
        // "he was a student when the army moved in": a clause of time places another happening; without a
        // date of its own it says nothing about the article's day
        if when && !trigger.future && !trigger.pastPerfect {
            return DateInfo(value: nil, granularity: nil, expression: nil, basis: "in a “when” clause with no date of its own")
        }
        // "X said on Saturday that China will build ...": the speech's date is not the happening's
        if let s = speech, !trigger.future, !trigger.pastPerfect, !recalled {
            var info = dayInfo(s)
            info.expression = nil
            info.basis = "no date of its own: reported on \(info.value ?? s.text) (“\(s.text)”)"
            return info
        }
        if trigger.already {
            return DateInfo(value: nil, granularity: nil, expression: nil,
                            basis: "before it was reported (“already”); the sentence gives no date")
        }
        if trigger.pastPerfect {
            return DateInfo(value: nil, granularity: nil, expression: nil,
                            basis: "before the article (past perfect); the sentence gives no date")
        }
        if trigger.future {
            return DateInfo(value: nil, granularity: nil, expression: nil, basis: "to come; the sentence gives no date")
        }
        if recalled {
            return DateInfo(value: nil, granularity: nil, expression: nil,
                            basis: "before the article (present perfect past the lead); the sentence gives no date")
        }
        if let p = passage {
            return DateInfo(value: nil, granularity: nil, expression: nil,
                            basis: "after a passage about \(p.expression.map { "“\($0)”" } ?? p.value ?? "the past"); the sentence gives no date")
        }
        if let d = storyDay { return Self.storyDayInfo(d) }
        guard let a = article.date, let value = a.value else {
            return DateInfo(value: nil, granularity: nil, expression: nil,
                            basis: "no date in the sentence and the article has no date")
        }
        return DateInfo(value: value, granularity: a.granularity, expression: nil,
                        basis: "no date in the sentence: reported in the article of \(value)")
    }

    static func statementDate(own: TimeExpression?, verb: String, article: Article, storyDay: TimeExpression? = nil) -> DateInfo? {
        if let d = own { return dayInfo(d) }
        if let d = storyDay { return Self.storyDayInfo(d) }
        guard let a = article.date, let value = a.value else {
            return DateInfo(value: nil, granularity: nil, expression: verb, basis: "statement ('\(verb)'), but the article has no date")
        }
        return DateInfo(value: value, granularity: a.granularity, expression: verb, basis: "statement ('\(verb)'): article date \(value)")
    }

    /// How many days before its article a day named in it may still be the day the story tells.
    static let storyDayWindow = 7
    /// How far into a story (in sentences, headline and date line included) the day it names first still dates its lead.
    static let leadReach = 5

    /// Words before a date that make it a bound or a point of comparison ("by Monday", "from March 12"),
    /// not the time of what the sentence reports.
    static let boundWords: Set<String> = ["by", "until", "till", "before", "from", "since", "after"]

    /// Per sentence, the day the story is at: the last day named in an earlier sentence that lies in the
    /// week before the article ("fell 3% on Monday", "June 1"). A report tells the day before's happenings,
    /// and its later sentences without a date of their own ("He said ...", "The index closed ...") go on
    /// telling that day, not the day the article came out; a headline tells what the lead does (the first
    /// such day). Nil where no such day was named, or the article has no day.
    /// With `speech`, the days of statements: a day a speech verb takes counts like any other.
    static func narrativeDays(sentences: [TextSpan], timexes: [TimeExpression], text: ScalarText, article: Article,
                              speech: Bool = false) -> [TimeExpression?] {
        var out = [TimeExpression?](repeating: nil, count: sentences.count)
        guard let anchor = article.date?.value, anchor.count == 10, let dct = CalendarDate(iso: anchor) else { return out }
        var current: TimeExpression? = nil
        var first: TimeExpression? = nil
        var firstIndex = 0
        var t = 0
        for (index, span) in sentences.enumerated() {
            out[index] = current
            while t < timexes.count && timexes[t].span.start < span.start { t += 1 }
            var named: [TimeExpression] = []
            var j = t
            while j < timexes.count && timexes[j].span.start < span.end {
                let x = timexes[j]
                j += 1
                guard span.contains(x.span), x.type == .date || x.type == .time, let v = x.value, v.count >= 10,
                      let day = CalendarDate(iso: String(v.prefix(10))), (0...storyDayWindow).contains(dct.dayNumber - day.dayNumber),
                      !isDateline(x, in: text) else { continue }
                // a day before a noun names the story's day too ("at a Wednesday media event")
                named.append(x)
            }
            guard !named.isEmpty else { continue }
            let tokens = Tokenizer.tokenize(scalars: text.scalars, in: span.start..<span.end)
            let words = tokens.map { norm($0.text) }
            // "fired artillery late Tuesday, sources said Wednesday": the day a speech verb takes is when it was told;
            // the story is at the happening's day, when the sentence names one
            let speechDays = speech ? [] : named.filter { isSpeechDay($0, tokens: tokens, words: words) }
            let told = speechDays.count < named.count ? named.filter { !speechDays.contains($0) } : named
            for x in told {
                // "after Monday's fall", "by Tuesday": another happening's day or a bound
                if isSubordinate(x.span.start, tokens: tokens, words: words) { continue }
                if let k = tokens.lastIndex(where: { $0.span.end <= x.span.start }), boundWords.contains(words[k]) || isNounComplement(k, words: words) { continue }
                if let k = tokens.firstIndex(where: { $0.span.start >= x.span.start }), refersBack(k, words: words) { continue }
                // "turnover fell to 16 billion, down from 17 billion Monday": the day of a comparison
                if isComparedDay(x, tokens: tokens, words: words) { continue }
                // "Henderson, CEO of GM, which filed for bankruptcy earlier today, outlined a plan on June 1":
                // a day in a relative clause dates what that clause recalls, not the day the story tells
                if let k = tokens.firstIndex(where: { $0.span.start >= x.span.start }), inRelativeClause(k, words: words) { continue }
                // a line that is only a date ("March 1, 2011") is the article's date, not its story's
                if tokens.allSatisfy({ x.span.contains($0.span) || !($0.text.first?.isLetter ?? false) }) { continue }
                current = x
                if first == nil, index > 0, tokens.count > 5 { first = x; firstIndex = index }
            }
        }
        // the headline and the lead tell the day the story names first, a few sentences on ("GM has posted its
        // first annual loss. [...] GM admitted Thursday night that the loss could swell")
        if let first, firstIndex <= leadReach {
            for i in 0..<firstIndex where out[i] == nil { out[i] = first }
        }
        return out
    }

    /// Whether a day after the word at `k` completes a noun ("described the events of today as a defining moment",
    /// "the news of Monday"): it names when that noun's matter is, not the day the sentence tells. The parts of a
    /// day are no such noun ("the morning of June 1" is that day).
    static func isNounComplement(_ k: Int, words: [String]) -> Bool {
        k >= 1 && words[k] == "of" && words[k - 1].first?.isLetter == true && !dayParts.contains(words[k - 1])
    }

    /// Whether the day at word `k` refers back ("that day", "the same day"): it names a day already told, so it
    /// cannot move the story to another.
    static func refersBack(_ k: Int, words: [String]) -> Bool {
        words[k] == "that" || words[k] == "same" || (words[k] == "the" && k + 1 < words.count && words[k + 1] == "same")
    }

    /// Words naming a part of a day or a period's edge, which "of" joins to the day itself.
    static let dayParts: Set<String> = ["morning", "afternoon", "evening", "night", "dawn", "end", "start", "beginning", "middle",
                                        "eve", "day", "hours", "weekend", "week", "month", "year", "close", "opening"]

    /// Whether a day dates a speech verb: right after it ("said Wednesday", "told reporters on Wednesday" is not)
    /// or right before it ("officials Wednesday said").
    static func isSpeechDay(_ x: TimeExpression, tokens: [Token], words: [String]) -> Bool {
        guard let first = tokens.firstIndex(where: { $0.span.start >= x.span.start }) else { return false }
        var before = first - 1
        while before >= 0 && ["on", "late", "early"].contains(words[before]) { before -= 1 }
        let after = tokens.firstIndex { $0.span.start >= x.span.end }
        return (before >= 0 && EventLexicon.reportingVerbs.contains(words[before]))
            || (after.map { EventLexicon.reportingVerbs.contains(words[$0]) } ?? false)
    }

    /// Whether token `i` lies in a relative clause opened by "who", "which", "whom" or "whose" (", which filed
    /// for bankruptcy and Chapter 11 protection from its creditors earlier today,"): one of them back to the
    /// clause's boundary, within 20 words. A clause has no comma inside, so the search stops at one.
    static func inRelativeClause(_ i: Int, words: [String]) -> Bool {
        var k = i - 1
        while k >= 0 && k >= i - 20 {
            let w = words[k]
            if ["who", "which", "whom", "whose"].contains(w) { return true }
            if [",", ";", ":", ".", "said", "says"].contains(w) { return false }
            k -= 1
        }
        return false
    }

    /// Whether a "since" date is the point of a comparison, not the start of what goes on: after a
    /// superlative or "first" ("its lowest level since October 1997", "the worst fall since 1987", "its
    /// first annual loss since 1992") or a negation ("a level not seen since 1982") in the few words before
    /// "since". The happening is then dated as if the phrase were not there (the day it was reported),
    /// where "has been fighting cancer since 2004" goes on since then and has no one date.
    static func isComparedSince(_ x: TimeExpression, tokens: [Token], words: [String]) -> Bool {
        guard let end = tokens.lastIndex(where: { $0.span.end <= x.span.start }),
              let since = stride(from: end, through: max(0, end - 5), by: -1).first(where: { words[$0] == "since" }) else { return false }
        var k = since - 1
        while k >= 0 && since - k <= 8 {
            let w = words[k]
            if [",", ";", ":", "and", "but", "said", "says"].contains(w) { return false }
            if comparisonWords.contains(w) { return true }
            k -= 1
        }
        return false
    }

    /// Words before "since" that make its date the point of a comparison (see `isComparedSince`).
    static let comparisonWords: Set<String> = [
        "first", "lowest", "highest", "best", "worst", "biggest", "largest", "smallest", "strongest", "weakest",
        "deepest", "steepest", "sharpest", "greatest", "fastest", "slowest", "longest", "heaviest", "most", "least",
        "not", "never", "n't", "record",
    ]

    /// Whether a day is the point of a comparison: "down from", "up from", "compared", "than", "versus" or
    /// "against" in the few words before it, within its clause ("down from 17.1 billion dollars Monday",
    /// "than on Friday"); "a pay offer from the port authority on Tuesday" is none.
    static func isComparedDay(_ x: TimeExpression, tokens: [Token], words: [String]) -> Bool {
        guard let end = tokens.lastIndex(where: { $0.span.end <= x.span.start }) else { return false }
        return isComparison(upTo: end, words: words)
    }

    /// Whether the words up to `end` (the last word before a date) make that date a comparison's (see `isComparedDay`).
    static func isComparison(upTo end: Int, words: [String]) -> Bool {
        var k = end
        while k >= 0 && end - k < 8 {
            if [",", ";", "and", "but"].contains(words[k]) { return false }
            // ("plunged by more than 416 points ... on Tuesday": "than" before a number is a quantity's)
            if ["compared", "versus", "against"].contains(words[k])
                || (words[k] == "than" && !(k + 1 < words.count && isNumber(words[k + 1]))) { return true }
            if words[k] == "from", k > 0, ["down", "up", "higher", "lower"].contains(words[k - 1]) { return true }
            // "rose to 41.43 baht from 41.23 on Friday": the day of the level it moved from
            if words[k] == "from", k + 1 < words.count, isNumber(words[k + 1]) { return true }
            k -= 1
        }
        return false
    }

    /// Whether a sentence ends without closing punctuation: a headline or a line that is only a date.
    static func isUnpunctuated(_ s: TextSpan, text: ScalarText) -> Bool {
        let last = text[s].trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars.last
        return !(last.map { ".!?\"”'’:,;".unicodeScalars.contains($0) } ?? true)
    }

    /// The date of a happening that only the story's day dates.
    static func storyDayInfo(_ d: TimeExpression) -> DateInfo {
        var info = dayInfo(d)
        info.expression = nil
        info.basis = "no date in the sentence: the day the story tells (“\(d.text)”, named before)"
        return info
    }

    /// The timeline places events by day: a time of day keeps its words but dates the day.
    static func dayInfo(_ d: TimeExpression) -> DateInfo {
        var value = d.value
        var granularity = d.granularity
        if granularity == .time, let v = value, let p = TimeValue(timex: v) {
            value = p.firstDay.description
            granularity = .day
        }
        return DateInfo(value: value, granularity: granularity, expression: d.text, basis: d.basis, conflict: d.conflict)
    }

    /// History: dated more than `days` before the article, or before 1000 whatever the article.
    /// How many sentences after one dated long before its article may go on telling that past (see `isHistory`).
    static let historySentences = 3
    /// How many days before the article a date must end to open a passage of history.
    static let historyDays = 30

    /// Whether a date lies well before its article (over `historyDays`): the sentence tells the past.
    static func isHistory(_ date: DateInfo?, articleDay: TimeValue?) -> Bool {
        guard let a = articleDay, let v = date?.value, let p = TimeValue(timex: v) else { return false }
        return p.lastDay.dayNumber < a.firstDay.dayNumber - historyDays
    }

    static func isBackground(_ date: DateInfo?, articleDay: TimeValue?, days: Int) -> Bool {
        guard let v = date?.value, let p = TimeValue(timex: v) else { return false }
        if p.firstDay.year < 1000 { return true }
        guard let a = articleDay else { return p.firstDay.year < 1900 }
        return p.lastDay.dayNumber < a.firstDay.dayNumber - days
    }

    /// The expression that dates the trigger: of those that can date a happening, the nearest one on the
    /// trigger's side of the speech verb ("said on Friday the meeting will be held next Wednesday").
    static func dateExpression(in timexes: [TimeExpression], near tr: EventTrigger, reporting: Int?, tokens: [Token],
                               others: [EventTrigger]) -> TimeExpression? {
        // decades and centuries stay through the filters below: one that is the trigger's own ("In the early 1980s
        // Malaysia launched") dates it to the decade, and not to the article's day (see the end)
        var usable = timexes.filter { Self.canDate($0) }
        let words = tokens.map { Self.norm($0.text) }
        if let r = reporting {
            if r < tr.token {
                // what sits before the speech verb, or right after it ("said Saturday that"), dates the speech
                let verbEnd = tokens[r].span.end
                let complement = Self.complementStart(r, tokens: tokens)
                usable = usable.filter { $0.span.start >= complement && $0.span.start > verbEnd }
            } else {
                // "..., the minister told reporters on Friday": after a trailing speech verb, the speech's date
                usable = usable.filter { $0.span.start < tokens[r].span.start }
            }
        }
        // a relative clause's happening takes only its own dates ("was due Sunday to bury its leader, who died")
        if let rel = Self.relativeClauseStart(tr.token, words: words) {
            // up to the comma that closes it ("GM, which posted a loss last year, in July extended")
            // or to the main clause's verb ("the nations that have qualified for the Cup will be at Friday's draw")
            let close = tokens[(tr.token)...].first { $0.text == "," || ["will", "would", "'ll", "must", "can", "could", "may", "might"].contains(Self.norm($0.text)) }?.span.start ?? Int.max
            usable = usable.filter { $0.span.start > tokens[rel].span.start && $0.span.start < close }
        }
        // "to contest next month's election": a date that owns a noun after the trigger dates that noun
        // unless the trigger happened in that noun's happening ("rejected in Monday's referendum")
        // ("has won Sunday's run-off": the outcome of a contest happens on the contest's day)
        usable = usable.filter {
            !($0.span.start >= tr.span.end && Self.isPossessive($0, tokens: tokens) && !Self.followsIn($0, tokens: tokens)
                && !Self.isOutcomeOfContest(tr, date: $0, tokens: tokens))
        }
        // "maintained security on Wednesday, when crowds will hit the streets": a happening still to come takes
        // no date from before it across a clause boundary (the date is the earlier verb's)
        if tr.future {
            usable = usable.filter { t in
                !(t.span.end <= tr.span.start && tokens.contains {
                    $0.span.start >= t.span.end && $0.span.end <= tr.span.start
                        && ["when", "while", "where", "which", "who", "but", "and", ";"].contains(Self.norm($0.text))
                })
            }
        }
        // before the trigger a possessive date names the subject's happening ("Friday's attack killed"), unless a
        // clause boundary lies between ("killed in Thursday's bombings and some people fired")
        usable = usable.filter { t in
            !(t.span.end <= tr.span.start && Self.isPossessive(t, tokens: tokens)
                && tokens.contains { $0.span.start >= t.span.end && $0.span.end <= tr.span.start && [",", ";", "and", "but"].contains(Self.norm($0.text)) })
        }
        // "revealed Monday that the body had decided": a date before the "that" of the trigger's clause is the
        // governing verb's
        usable = usable.filter { t in
            !(t.span.end <= tr.span.start
                && tokens.contains { $0.span.start >= t.span.end && $0.span.end <= tr.span.start && Self.norm($0.text) == "that" })
        }
        // "the conference started in Beijing on Monday and then moved to Tianjin": a date before a word of sequence
        // is the earlier happening's; the later one came after it
        usable = usable.filter { t in
            !(t.span.end <= tr.span.start && tokens.indices.contains { k in
                tokens[k].span.start >= t.span.end && tokens[k].span.end <= tr.span.start && Self.isSequenceWord(k, words: words)
            })
        }
        // "arrested 19 people as they prepared for a crackdown at the weekend": a date beyond a clause of time or
        // cause that brings its own subject is that clause's
        // ("elected as the first vice president on Tuesday": "as" before a determiner names a role, so it needs a pronoun)
        let clauses = tokens.indices.filter { k in
            guard k > tr.token && k + 1 < tokens.count else { return false }
            let w = Self.norm(tokens[k].text), next = Self.norm(tokens[k + 1].text)
            let pronoun = ["he", "she", "it", "they", "we", "i", "you"].contains(next)
            // ("has won the right to fish but a senior minister Tuesday said": "but" with a subject opens another clause)
            return (w == "as" && pronoun)
                || (["while", "because", "although", "though", "whereas", "but"].contains(w) && (pronoun || EventLexicon.determiners.contains(next)))
        }.map { tokens[$0].span }
        usable = usable.filter { t in !clauses.contains { $0.start >= tr.span.end && $0.end <= t.span.start } }
        // "injured when the stove caught fire in the town, which was flattened by the quake on Oct. 8": a date beyond a
        // relative pronoun after the trigger is the relative clause's
        let relatives = tokens.indices.filter { k in
            k > tr.token && ["which", "who", "whom", "whose"].contains(Self.norm(tokens[k].text))
        }.map { tokens[$0].span }
        usable = usable.filter { t in !relatives.contains { $0.start >= tr.span.end && $0.end <= t.span.start } }
        // "has supplied Tamiflu to athletes at the Games slated for late November": a date after a word of plans
        // dates what is planned
        let plans = tokens.indices.filter { k in k > tr.token && Self.planWords.contains(Self.norm(tokens[k].text)) }.map { tokens[$0].span }
        usable = usable.filter { t in !plans.contains { $0.start >= tr.span.end && $0.end <= t.span.start } }
        // "need a point on Tuesday but three were required ... and the hopefuls delivered": a date before "but" or a
        // semicolon is the other clause's; so is one before a verb of speech or finding out that governs the trigger
        // ("on Saturday broke its silence, acknowledging demonstrators were killed")
        usable = usable.filter { t in
            !(t.span.end <= tr.span.start && tokens.contains { tok in
                guard tok.span.start >= t.span.end && tok.span.end <= tr.span.start else { return false }
                let w = Self.norm(tok.text)
                return ["but", ";"].contains(w) || Self.findingVerbs.contains(w) || EventLexicon.reportingVerbs.contains(w)
            })
        }
        // "the main contract, crude for delivery in December, fell": a date in an aside describes the aside's noun
        // (the clause before a participle of result is no aside: "hit the north one month ago, killing a dozen")
        // ("killing" there is read as a noun too, but right after a comma it is the participle)
        let ofResult = tr.token > 0 && tokens[tr.token - 1].text == "," && Self.norm(tr.text).hasSuffix("ing")
        usable = usable.filter { ofResult || !Self.isParenthetical($0, trigger: tr, tokens: tokens) }
        // "has hit a record low and analysts predict that declines are likely in 2005": a date beyond a "that"
        // after the trigger belongs to the clause it opens
        usable = usable.filter { t in
            !(t.span.start >= tr.span.end
                && tokens.contains { $0.span.start >= tr.span.end && $0.span.end <= t.span.start && Self.norm($0.text) == "that" })
        }
        // a date beyond another happening's verb is that one's ("joined ... the Games to be held on Dec. 1"), also
        // when that verb is no asserted trigger ("had launched the process, which would be completed by the end of
        // this year")
        // ("suspended a list submitted by Kenya last month": a participle with its agent is a happening of its own)
        let agentParticiples = tokens.indices.filter { k in
            let w = Self.norm(tokens[k].text)
            return k > tr.token && k + 1 < tokens.count && w.count > 4 && w.hasSuffix("ed") && Self.norm(tokens[k + 1].text) == "by"
        }.map { tokens[$0].span }
        // "began attacking them on December 20": the verb an aspectual verb governs is one happening with it
        let governed = Self.aspectualComplement(of: tr, words: words).map { tokens[$0].span }
        let verbs = (agentParticiples + others.filter { !$0.isNoun && $0.span != tr.span }.map(\.span)
            + tokens.filter { t in
                t.span.start >= tr.span.end || t.span.end <= tr.span.start
            }.filter { t in
                EventLexicon.forms[Self.norm(t.text)]?.contains { $0.shape != .noun && $0.shape != .base && $0.shape != .present3 } == true
            }.map(\.span)).filter { $0 != governed }
        // ("four were killed and several others injured on Tuesday": a verb joined to the trigger by "and" shares its date)
        let joined = verbs.filter { o in
            guard o.start >= tr.span.end else { return false }
            let between = tokens.filter { $0.span.start >= tr.span.end && $0.span.end <= o.start }.map { Self.norm($0.text) }
            return between.count <= 5 && between.contains { ["and", "or"].contains($0) }
                && !between.contains { [",", ";", ":", "that", "which", "who", "when", "after", "before", "while", "said", "says", "but"].contains($0) }
        }
        // ("on Nov. 16, police arrested four members and found two guns": the verb after "and" shares the date before
        // the first; "hit the north one month ago, killing a dozen": a participle of result shares its clause's date;
        // so does a verb after "and" and a pronoun: "one year later he was fired and he founded a firm")
        let sharedBefore = verbs.filter { o in
            guard o.end <= tr.span.start else { return false }
            var between = tokens.filter { $0.span.start >= o.end && $0.span.end <= tr.span.start }.map { Self.norm($0.text) }
            if between.count >= 2, ["he", "she", "they", "it", "we"].contains(between[between.count - 1]) { between.removeLast() }
            return between.count <= 5 && between.last.map { ["and", "or"].contains($0) } == true
                && !between.contains { [",", ";", ":", "that", "which", "who", "when", "after", "before", "while", "said", "says", "but"].contains($0) }
        }
        usable = usable.filter { t in
            !verbs.contains { o in
                t.span.start >= tr.span.end ? (o.start >= tr.span.end && o.end <= t.span.start && !joined.contains(o))
                                            : (o.start >= t.span.end && o.end <= tr.span.start && !ofResult && !sharedBefore.contains(o))
            }
        }
        // "earned $630m in the quarter, down from $1bn in the fourth quarter of 2003": a date after "down from",
        // "compared with" is the comparison's
        let comparisons = tokens.indices.filter { k in
            let w = norm(tokens[k].text), next = k + 1 < tokens.count ? norm(tokens[k + 1].text) : ""
            return (["down", "up", "higher", "lower"].contains(w) && next == "from") || (w == "compared" && ["with", "to"].contains(next))
                || ["versus", "against"].contains(w)
                // "rose to 246 million shares from 193 million a day earlier": the day of the amount it rose from
                || (w == "from" && Self.isNumber(next) && (amountLemmas.contains(tr.lemma) || changeLemmas.contains(tr.lemma)))
        }.map { tokens[$0].span }
        usable = usable.filter { t in !comparisons.contains { $0.start >= tr.span.end && $0.end <= t.span.start } }
        // "gained 307 points from Monday", "rose 2% since Friday": a change is measured from that day, it did not happen on it
        if amountLemmas.contains(tr.lemma) || changeLemmas.contains(tr.lemma) {
            usable = usable.filter { t in
                guard t.span.start >= tr.span.end, let before = tokens.last(where: { $0.span.end <= t.span.start }) else { return true }
                return !["from", "since"].contains(norm(before.text))
            }
        }
        // "unveiled as a player for the tournament in Bangkok in January": a date after an event noun that lies
        // well beyond the trigger dates that noun's happening (a noun right after it is its object: "resumed talks
        // on Monday")
        // ("agreed to historic face-to-face talks aboard a vessel Friday": what is agreed to is still to come, and the
        // date is its own)
        let agreedTo = ["agree", "propose", "call"].contains(tr.lemma) && tr.token + 1 < tokens.count && Self.norm(tokens[tr.token + 1].text) == "to"
        let farNouns = others.filter { $0.isNoun && ($0.token > tr.token + 4 || (agreedTo && $0.token > tr.token + 1)) }.map(\.span)
        usable = usable.filter { t in !farNouns.contains { $0.start >= tr.span.end && $0.end <= t.span.start } }
        func distance(_ t: TimeExpression) -> Int {
            t.span.start >= tr.span.end ? t.span.start - tr.span.end : tr.span.start - t.span.end
        }
        // a decade or century dates the trigger only when nothing finer is left and it stands close by ("In the early
        // 1980s Malaysia launched an assault"); the timeline then shows the decade, never the article's day
        let coarse = usable.filter { ($0.granularity ?? .century) <= .decade }
        usable = usable.filter { ($0.granularity ?? .century) > .decade }
        if usable.isEmpty {
            return coarse.filter { Self.isNear($0, tr, tokens: tokens, within: coarseReach) }.min(by: { distance($0) < distance($1) })
        }
        // the nearest day, week or month; a year only when nothing finer is there ("the 2001 record ... on Tuesday")
        let fine = usable.filter { ($0.granularity ?? .year) >= .month }
        guard let nearest = (fine.isEmpty ? usable : fine).min(by: { distance($0) < distance($1) }) else { return nil }
        // "In 1976, the pound began a slide which led to a loan in September": a month or season placed by the article's
        // date is no truer than the explicit year the sentence names; the year dates it
        if let g = nearest.granularity, g < .week, nearest.basis.contains("article date"),
           let year = usable.first(where: { $0.granularity == .year && !$0.basis.contains("article date") }),
           let y = year.value, let v = nearest.value, !v.hasPrefix(y) { return year }
        return nearest
    }

    /// How many words from the trigger a decade or century may stand and still date it (see `dateExpression`).
    static let coarseReach = 6

    /// Whether the word at `k` says that what follows came after what went before: "then", "afterwards",
    /// "subsequently" ("and then moved"). Not "the then president", nor a "then" that names a time ("since then",
    /// "by then").
    static func isSequenceWord(_ k: Int, words: [String]) -> Bool {
        let w = words[k]
        if w == "afterwards" || w == "afterward" || w == "subsequently" { return true }
        guard w == "then" else { return false }
        // ("Japan's then prime minister": after a possessive it is an adjective too)
        return !(k > 0 && (["the", "his", "her", "its", "their", "since", "by", "until", "till", "from", "before", "only", "just",
                            "even"].contains(words[k - 1]) || words[k - 1].hasSuffix("'s")))
    }

    /// Verbs whose complement names the happening itself: "began attacking", "continued to fall".
    static let aspectualVerbs: Set<String> = [
        "begin", "begins", "began", "begun", "start", "starts", "started", "continue", "continues", "continued", "resume",
        "resumes", "resumed", "keep", "keeps", "kept", "stop", "stops", "stopped", "cease", "ceased", "finish", "finished",
    ]

    /// The word an aspectual trigger governs ("began attacking", "continued to fall"): the next word, or the one
    /// after "to".
    static func aspectualComplement(of tr: EventTrigger, words: [String]) -> Int? {
        guard !tr.isNoun, aspectualVerbs.contains(words[tr.token]) else { return nil }
        let k = tr.token + 1 < words.count && words[tr.token + 1] == "to" ? tr.token + 2 : tr.token + 1
        return k < words.count && words[k].first?.isLetter == true ? k : nil
    }

    /// Verbs that name the outcome of a contest, and nouns of contests: "won Sunday's run-off", "lost Friday's final".
    static let outcomeLemmas: Set<String> = ["win", "lose", "beat", "defeat", "draw", "clinch", "thrash", "knock out", "qualify"]
    static let contestEvents: Set<String> = [
        "race", "game", "games", "final", "finals", "semi-final", "semifinal", "run-off", "runoff", "election", "elections",
        "vote", "poll", "ballot", "primary", "referendum", "match", "contest", "tie", "derby", "tournament", "event",
        "downhill", "slalom", "marathon", "stage", "round", "fight", "bout", "test", "showdown", "by-election",
    ]

    /// Whether a possessive date names the contest whose outcome the trigger is ("has won Sunday's presidential run-off").
    static func isOutcomeOfContest(_ tr: EventTrigger, date: TimeExpression, tokens: [Token]) -> Bool {
        guard !tr.isNoun, outcomeLemmas.contains(tr.lemma),
              let k = tokens.firstIndex(where: { $0.span.start >= date.span.end }) else { return false }
        // the possessive's noun, past a few modifiers ("Sunday's presidential run-off", "Friday's World Cup final")
        // ("won three of Saturday's six stages": plurals too)
        return tokens[(k + 1)..<min(tokens.count, k + 5)].contains { t in
            let w = norm(t.text)
            return contestEvents.contains(w) || (w.hasSuffix("s") && contestEvents.contains(String(w.dropLast())))
                || (w.hasSuffix("es") && contestEvents.contains(String(w.dropLast(2))))
        }
    }

    /// Whether the word before an expression puts the trigger inside it: "in", "at", "during" ("in Monday's vote").
    static func followsIn(_ t: TimeExpression, tokens: [Token]) -> Bool {
        guard let before = tokens.last(where: { $0.span.end <= t.span.start }) else { return false }
        return ["in", "at", "during"].contains(norm(before.text))
    }

    /// A bare weekday points the way its happening's tense does: "will meet on Tuesday" is the Tuesday on or
    /// after the article, "met on Tuesday" the one on or before it. The tagger guessed the tense from the
    /// words around the weekday; the trigger it dates knows it.
    static func directed(_ d: TimeExpression, by tr: EventTrigger, article: Article, tokens: [Token]) -> TimeExpression {
        guard d.granularity == .day, d.basis.hasPrefix("weekday on or "), let v = d.value, let day = CalendarDate(iso: v),
              let anchor = article.date?.value, anchor.count == 10, let dct = CalendarDate(iso: anchor) else { return d }
        // "by Tuesday", "since Tuesday": the preposition, not the verb, set the direction
        if let before = tokens.last(where: { $0.span.end <= d.span.start }),
           ["by", "until", "till", "since", "before", "effective"].contains(norm(before.text)) { return d }
        let ahead = d.basis.hasPrefix("weekday on or after")
        // "will play their final matches in Tuesday's Test": a noun in a clause governed by "will" is to come too
        var future = tr.future
        if !future, tr.isNoun {
            var k = tr.token - 1
            while k >= 0 && k >= tr.token - 8 && ![",", ";", ":", "said", "says", "that"].contains(norm(tokens[k].text)) {
                if ["will", "'ll", "shall"].contains(norm(tokens[k].text)) { future = true; break }
                k -= 1
            }
        }
        var out = d
        if future && !tr.pastPerfect && !ahead {
            out.value = dct.next(weekday: day.weekday).description
            out.basis = "weekday on or after article date \(dct) (“\(tr.text)” is still to come)"
        } else if tr.pastForm && !tr.future && ahead {
            out.value = dct.previous(weekday: day.weekday).description
            out.basis = "weekday on or before article date \(dct) (“\(tr.text)” is past)"
        }
        return out
    }

    /// Whether a date is a deadline or the bound of a running sum: "by 2010", "by the end of October" ("killed by
    /// gunmen on Monday" is no such date). It dates what is to come, not what has happened.
    static func isDeadline(_ t: TimeExpression, tokens: [Token], words: [String]) -> Bool {
        guard let i = tokens.firstIndex(where: { $0.span.start >= t.span.start }) else { return false }
        if i >= 1 && words[i - 1] == "by" { return true }
        return i >= 4 && words[i - 1] == "of" && words[i - 2] == "end" && words[i - 4] == "by"
    }

    /// Whether a date is a wire dateline's ("BANGKOK, Nov. 28 (Xinhua) --"): it dates the article, which the
    /// article's own date already says, not the happening of the sentence it opens.
    static func isDateline(_ t: TimeExpression, in text: ScalarText) -> Bool {
        let after = text[TextSpan(t.span.end, min(text.scalars.count, t.span.end + 40))]
        return after.range(of: #"^\s*(,\s*\d{4}\s*)?\([^()]{1,30}\)\s*(--|—|–|-)"#, options: .regularExpression) != nil
    }

    /// Whether an expression is a possessive ("next month's", "Friday's").
    static func isPossessive(_ t: TimeExpression, tokens: [Token]) -> Bool {
        guard let after = tokens.first(where: { $0.span.start >= t.span.end }), after.span.start == t.span.end else { return false }
        return ["'s", "\u{2019}s"].contains(after.text.lowercased())
    }

    /// Whether a date lies in a comma-delimited aside that does not hold the trigger and describes a noun:
    /// before the trigger, one that opens with other words than a preposition or the date itself
    /// ("the contract, crude for delivery in December, fell", but not "In Beijing, on Monday, they met");
    /// after it, one that opens with a determiner or relative pronoun (", the event hosted in 2007").
    static func isParenthetical(_ t: TimeExpression, trigger tr: EventTrigger, tokens: [Token]) -> Bool {
        guard let ti = tokens.firstIndex(where: { $0.span.start >= t.span.start }) else { return false }
        var before = ti - 1
        while before >= 0 && tokens[before].text != "," { before -= 1 }
        guard before >= 0, before + 1 < tokens.count else { return false }
        var after = ti
        while after < tokens.count && tokens[after].text != "," { after += 1 }
        let first = norm(tokens[before + 1].text)
        if after < tokens.count && after < tr.token {
            return tokens[before + 1].span.start < t.span.start && !asideKeepers.contains(first)
        }
        if tokens[before].span.start >= tr.span.end {
            return ["the", "a", "an", "which", "who", "whose", "where"].contains(first)
        }
        return false
    }

    /// Openers of an aside that dates the main clause (", on Monday,", ", late on Friday,").
    static let asideKeepers: Set<String> = [
        "on", "in", "at", "late", "early", "earlier", "last", "this", "during", "by", "from", "until", "till", "around",
        "about", "some", "shortly", "just", "only", "also",
    ]

    /// Whether an expression names a calendar point or period that can date a happening.
    static func canDate(_ t: TimeExpression) -> Bool {
        (t.type == .date || t.type == .time) && t.value.flatMap(TimeValue.init(timex:)) != nil
    }

    /// Where the clause reported by the speech verb at token `r` starts: its "that", comma or first
    /// article; what lies between the verb and there ("said on Friday") belongs to the speech.
    static func complementStart(_ r: Int, tokens: [Token]) -> Int {
        let verbEnd = tokens[r].span.end
        // ("said Friday he had resigned": a pronoun subject opens the reported clause too)
        return tokens.first { $0.span.start >= verbEnd && ["that", ",", "the", "a", "an", "he", "she", "they", "it", "we", "i"].contains($0.text.lowercased()) }?.span.start ?? verbEnd
    }

    /// The date of a speech verb that is the happening ("announced for the first time on Thursday a plan"): one
    /// before it or a few words after it; a later one, or one after a bound or "for", is its object's ("announced
    /// rallies for Sunday", "announced the price rises from Nov. 15", "announced her retirement ... at next year's Games").
    static func speechVerbDate(_ timexes: [TimeExpression], verb tr: EventTrigger, tokens: [Token], words: [String],
                               others: [EventTrigger]) -> TimeExpression? {
        let near = timexes.filter { t in
            guard t.span.start >= tr.span.end else { return true }
            guard let k = tokens.lastIndex(where: { $0.span.end <= t.span.start }) else { return true }
            return tokensBetween(tokens, tr.span.end, t.span.start) <= 6 && !boundWords.contains(words[k]) && words[k] != "for"
        }
        return dateExpression(in: near, near: tr, reporting: nil, tokens: tokens, others: others)
    }

    /// The date of a speech verb that opens the sentence: before it or right after it ("X on Friday said",
    /// "X said on Friday that").
    static func speechDate(_ timexes: [TimeExpression], reporting r: Int, tokens: [Token]) -> TimeExpression? {
        let verbEnd = tokens[r].span.end
        let complement = Self.complementStart(r, tokens: tokens)
        let usable = timexes.filter { Self.canDate($0) }
        return usable.last { $0.span.end <= tokens[r].span.start } ?? usable.first { $0.span.start >= verbEnd && $0.span.end <= complement }
    }

    /// The date of a speech verb that follows the happening ("..., officials said on Friday").
    static func trailingSpeechDate(_ timexes: [TimeExpression], reporting: Int?, trigger: EventTrigger, tokens: [Token]) -> TimeExpression? {
        guard let r = reporting, r > trigger.token else { return nil }
        return timexes.first {
            Self.canDate($0) && $0.span.start > tokens[r].span.end
        }
    }

    /// "the past 20 years", "the last two days": a duration that ends now, over which a sentence sums.
    static func isRecentPeriod(_ t: TimeExpression) -> Bool {
        let text = t.text.lowercased()
        return t.type == .duration && ["the past ", "the last ", "past ", "last "].contains { text.hasPrefix($0) }
    }

    /// Whether an expression lies within `within` tokens of the trigger, on either side.
    static func isNear(_ t: TimeExpression, _ tr: EventTrigger, tokens: [Token], within: Int) -> Bool {
        t.span.start >= tr.span.end ? tokensBetween(tokens, tr.span.end, t.span.start) <= within
            : tokensBetween(tokens, t.span.end, tr.span.start) <= within
    }

    /// An event noun dated by its own words: "talks on Friday", "Friday's attack", "the summit Tuesday".
    static func hasAdjacentDate(_ tr: EventTrigger, _ timexes: [TimeExpression], tokens: [Token]) -> Bool {
        // a year ("the 2005 election campaign") names a period, not the day of a happening
        let usable = timexes.filter {
            Self.canDate($0) && ($0.granularity ?? .year) >= .month
        }
        return usable.contains { t in
            if t.span.start >= tr.span.end { return tokensBetween(tokens, tr.span.end, t.span.start) <= 5 }
            return tokensBetween(tokens, t.span.end, tr.span.start) <= 3
        }
    }

    /// Whether the words just before an offset open a subordinate clause or phrase of time.
    static func isSubordinate(_ offset: Int, tokens: [Token], words: [String]) -> Bool {
        subordinator(offset, tokens: tokens, words: words) != nil
    }

    /// Words before "after" or "before" that make the gap a matter of hours ("hours after", "shortly before").
    static let shortGaps: Set<String> = ["hours", "minutes", "moments", "seconds", "shortly", "soon", "just", "immediately"]

    /// Whether the offset lies in a phrase of time opened by "after" or "before" with a gap of hours ("were freed hours
    /// after the court order on Monday"): the phrase's day is the happening's day too.
    static func isShortlyAfterOrBefore(_ offset: Int, tokens: [Token], words: [String]) -> Bool {
        guard let i = tokens.firstIndex(where: { $0.span.start >= offset }) else { return false }
        var k = i - 1
        while k >= 1 && i - k <= 16 {
            if [",", ";", "and", "but", "that"].contains(words[k]) { return false }
            if ["after", "before"].contains(words[k]) { return shortGaps.contains(words[k - 1]) }
            if ["since", "following", "until", "amid", "ahead"].contains(words[k]) { return false }
            k -= 1
        }
        return false
    }

    /// The word that opens the subordinate clause or phrase of time the offset lies in ("since", "after" ...).
    static func subordinator(_ offset: Int, tokens: [Token], words: [String]) -> String? {
        guard let i = tokens.firstIndex(where: { $0.span.start >= offset }) else { return nil }
        var k = i - 1
        var seen = 0
        // "since the offensive against the guerrillas in the region in April 1996": a phrase of time runs on
        while k >= 0 && seen < 16 {
            if [",", ";", "and", "but", "that"].contains(words[k]) { return nil }
            if ["after", "before", "since", "following", "until", "amid", "ahead"].contains(words[k]) { return words[k] }
            k -= 1
            seen += 1
        }
        return nil
    }

    /// The expression that dates the sentence: the first one naming a calendar point or period;
    /// durations, sets and vague references (PAST_REF, "recently") do not date a happening.
    static func dateExpression(in timexes: [TimeExpression]) -> TimeExpression? {
        // decades and centuries are background ("a war in the 1990s"), too coarse to place a happening
        let points = timexes.filter {
            Self.canDate($0)
                && ($0.granularity ?? .century) > .decade
        }
        // a day or finer beats a month or year mentioned for background ("in 2020 ... on Tuesday")
        if let fine = points.first(where: { ($0.granularity ?? .year) >= .day }) { return fine }
        if let week = points.first(where: { ($0.granularity ?? .year) >= .week }) { return week }
        return points.first
    }

    /// "the 2020 war", "the March 5 shootout": a date inside a noun phrase names when that thing happened,
    /// not when the sentence's own happening did.
    static func isAttributive(_ tx: TimeExpression, in text: ScalarText) -> Bool {
        let before = text[TextSpan(max(0, tx.span.start - 12), tx.span.start)]
        let after = text[TextSpan(tx.span.end, min(text.count, tx.span.end + 20))]
        let prev = before.split(whereSeparator: { $0.isWhitespace }).last.map { $0.lowercased() } ?? ""
        guard ["the", "a", "an", "this", "that", "its", "his", "her", "their", "our"].contains(prev) || prev.hasSuffix("'s")
                || prev.hasSuffix("\u{2019}s") else { return false }
        guard after.first == " ", let next = after.split(whereSeparator: { $0.isWhitespace }).first,
              let c = next.unicodeScalars.first else { return false }
        // a lower-case word right after is the noun the date modifies; "the 1990s, when" is not; a year
        // before a capitalised word is part of a name ("the 2006 World Cup", "the 2008 Olympic Games")
        if tx.granularity == .year && c.properties.isUppercase { return true }
        return c.properties.isLowercase && !["and", "or", "to", "of", "in", "on", "at", "when", "that", "which", "as", "for", "with"].contains(next.lowercased())
    }

    // MARK: tokens

    static func norm(_ s: String) -> String { s.lowercased().replacingOccurrences(of: "\u{2019}", with: "'") }

    static func previousWords(_ words: [String], before i: Int, count: Int) -> [String] {
        var out: [String] = []
        var k = i - 1
        while k >= 0 && out.count < count {
            // adverbs between an auxiliary and its verb do not break the link ("has also signed")
            if !["also", "already", "just", "now", "then", "reportedly", "allegedly", "formally", "officially", "finally",
                 "recently", "jointly", "eventually", "subsequently", "later", "first", "again", "successfully"].contains(words[k]) {
                out.append(words[k])
            }
            k -= 1
        }
        return out
    }

    static func isNumber(_ w: String) -> Bool { w.unicodeScalars.first.map { $0.properties.numericType != nil } ?? false }

    /// Whether each token lies inside one of the (sorted) covered spans.
    static func coverage(_ tokens: [Token], _ covered: [TextSpan]) -> [Bool] {
        var out = [Bool](repeating: false, count: tokens.count)
        var c = 0
        for (i, tok) in tokens.enumerated() {
            while c < covered.count && covered[c].end <= tok.span.start { c += 1 }
            var k = c
            while k < covered.count && covered[k].start < tok.span.end {
                if covered[k].start <= tok.span.start && tok.span.end <= covered[k].end { out[i] = true; break }
                k += 1
            }
        }
        return out
    }

    /// A headline set in capitals: capitalisation says nothing about names there.
    static func isAllCaps(_ tokens: [Token]) -> Bool {
        let letters = tokens.flatMap { $0.text.unicodeScalars.filter { $0.properties.isAlphabetic } }
        guard letters.count >= 8 else { return false }
        return letters.filter { $0.properties.isUppercase }.count * 10 >= letters.count * 9
    }
}
