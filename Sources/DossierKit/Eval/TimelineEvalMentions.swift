// The task's event mentions of a target, found at the level of its tokens. SemEval-2015 Task 4 counts every
// event mention the target takes part in (verbs and event nouns, statements, plans), not only the key
// happenings Dossier's event extractor keeps, and it names targets that Dossier's recogniser need not know
// (products, market indexes). So the adapter also reads, in each task sentence: where a target is named
// (its own words, a Dossier entity linked to it, or a pronoun or description opening the next sentence)
// and the event words a few tokens from it, dated with the pipeline's dates and time expressions.

/// Where targets are named in a task sentence, by the words of their names.
public struct TimelineEvalTargetNames: Sendable {
    /// One way a target's name is written: its words, and whether it is the whole name.
    struct Form: Hashable, Sendable {
        var words: [String]
        var partial: Bool
        /// An acronym or an all-capital word of the name ("NASDAQ"): distinctive on its own.
        var acronym: Bool
    }

    /// Forms of each target, by target index.
    var forms: [[Form]]
    /// Words in each target's full name.
    var lengths: [Int]
    /// Model numbers of three digits or more in each target's name ("787"): "the 787" names it.
    var numbers: [Set<String>]
    /// Whether each target is a person: a name of two words or more that opens with a first name.
    var isPerson: [Bool]

    public init(targets: [String]) {
        let parts = targets.map(Self.forms)
        forms = parts.map(\.forms)
        lengths = parts.map(\.length)
        numbers = parts.map(\.numbers)
        isPerson = targets.map { t in
            let ws = t.split(whereSeparator: \.isWhitespace).map(String.init)
            return ws.count >= 2 && ws.allSatisfy(Self.isCapitalised) && RuleLexicon.shared.firstNames.contains(ws[0].lowercased())
        }
    }

    /// Words that classify a name rather than belong to it ("FTSE 100 index", "Acme Corporation").
    static let classifiers: Set<String> = ["index", "company", "corporation", "group", "inc", "inc.", "corp", "corp.",
                                           "co", "co.", "ltd", "ltd.", "plc"]

    static func isNumber(_ w: String) -> Bool { !w.isEmpty && w.allSatisfy { $0.isNumber || $0 == "." || $0 == "," } }
    /// A name word: any capital letter ("iPod", "A380", "3G").
    static func isCapitalised(_ w: String) -> Bool { w.contains { $0.isUppercase } }
    static func isAllCapitals(_ w: String) -> Bool {
        w.count >= 3 && w.allSatisfy { ($0.isLetter && $0.isUppercase) || $0 == "&" }
    }

    /// The forms of a target's name. The whole name; every run of its words that keeps its core: the word
    /// before "of" ("Bank" of "Bank of America"), a model's name with its number ("Boeing 777": "Boeing"
    /// alone names the maker), the noun a name modifies ("General Motors creditors"), else its last name
    /// word ("Gallois", "Air Force", "Dreamliner"); an all-capital word alone ("NASDAQ", "EADS"); its
    /// initials ("GM", "USAF"); its words written together ("DaimlerChrysler"); and the two leading words
    /// of a name of four or more that are no place ("Dow Jones" of "Dow Jones Industrial Average", never
    /// "United States" of "United States Air Force").
    static func forms(_ target: String) -> (forms: [Form], length: Int, numbers: Set<String>) {
        var ws = target.split(whereSeparator: \.isWhitespace).map(String.init)
        while ws.count > 1, let last = ws.last, classifiers.contains(last.lowercased()) { ws.removeLast() }
        let n = ws.count
        guard n > 0 else { return ([], 0, []) }
        let core: Range<Int>
        if let of = ws.firstIndex(of: "of"), of > 0 {
            core = (of - 1)..<of
        } else if n >= 2, isNumber(ws[n - 1]) {
            core = (n - 2)..<n
        } else {
            let names = ws.indices.filter { isCapitalised(ws[$0]) && !isNumber(ws[$0]) }
            // "worldwide", "nationwide" follow the noun they place
            let nouns = ws.indices.filter { !isCapitalised(ws[$0]) && !isNumber(ws[$0]) && !ws[$0].lowercased().hasSuffix("wide") }
            if let noun = nouns.last, names.last.map({ noun > $0 }) ?? true {
                core = (noun > 0 && isCapitalised(ws[noun - 1]) ? noun - 1 : noun)..<(noun + 1)
            } else if let name = names.last {
                core = name..<(name + 1)
            } else {
                core = (n - 1)..<n
            }
        }
        var out: [Form] = []
        func add(_ words: [String], partial: Bool, acronym: Bool = false) {
            if !words.isEmpty, !out.contains(where: { $0.words == words }) { out.append(Form(words: words, partial: partial, acronym: acronym)) }
        }
        add(ws, partial: false)
        for a in 0..<n {
            for b in (a + 1)...n where a <= core.lowerBound && core.upperBound <= b && (a, b) != (0, n) {
                add(Array(ws[a..<b]), partial: true)
            }
            if isAllCapitals(ws[a]) && n > 1 { add([ws[a]], partial: true, acronym: true) }
        }
        let named = ws.filter { !["of", "and", "the", "&"].contains($0) }
        if named.count >= 2, named.allSatisfy(isCapitalised) {
            add([String(named.compactMap(\.first))], partial: true, acronym: true)
        }
        if n >= 2, ws.allSatisfy(isCapitalised) { add([ws.joined()], partial: false) }
        if n >= 4, ws.prefix(2).allSatisfy({ isCapitalised($0) && !isNumber($0) }) {
            let lead = ws.prefix(2).joined(separator: " ")
            let lexicon = RuleLexicon.shared
            if !lexicon.isCountry(lead), !lexicon.places.contains(lead.lowercased()) { add(Array(ws.prefix(2)), partial: true) }
        }
        let numbers = Set(ws.filter { isNumber($0) && $0.count >= 3 })
        return (out, n, numbers)
    }

    static func same(_ form: String, _ word: String) -> Bool {
        // a name word matches only a name word: "Jobs" is not "jobs"
        form.lowercased() == word.lowercased() && (!isCapitalised(form) || isCapitalised(word))
    }

    /// The last word of a form may be a plural of it: "iPods", "Airbuses" (never a plural of a number).
    static func plural(_ form: String, _ word: String) -> Bool {
        guard isCapitalised(form), !isNumber(form), form.last?.isLetter == true else { return false }
        let f = form.lowercased(), w = word.lowercased()
        return isCapitalised(word) && (w == f + "s" || w == f + "es")
    }

    /// The targets named in a sentence's tokens: (token range, target index), longest name first; where two
    /// targets are named equally well by the same words ("Airlines" for two airlines), neither.
    /// A shortened name must be the whole name in the text: "Bank" in "World Bank" or "Reserve Bank" is
    /// another name (a title or a first name before it is not: "President Obama", "Fritz Henderson").
    public func find(_ tokens: [String]) -> [(range: Range<Int>, target: Int)] {
        let lexicon = RuleLexicon.shared
        var found: [(range: Range<Int>, target: Int)] = []
        for s in tokens.indices {
            var best: (score: (Int, Int), targets: [Int], length: Int)? = nil
            func consider(_ score: (Int, Int), _ target: Int, _ length: Int) {
                guard let b = best, score <= b.score else { best = (score, [target], length); return }
                if score == b.score, !b.targets.contains(target) { best = (b.score, b.targets + [target], b.length) }
            }
            for (t, fs) in forms.enumerated() {
                for f in fs where s + f.words.count <= tokens.count {
                    let last = f.words.count - 1
                    guard f.words.indices.allSatisfy({ Self.same(f.words[$0], tokens[s + $0]) || ($0 == last && Self.plural(f.words[$0], tokens[s + $0])) })
                    else { continue }
                    let e = s + f.words.count
                    if f.partial && !f.acronym {
                        if e < tokens.count, Self.isCapitalised(tokens[e]) { continue }
                        if s > 1, Self.isCapitalised(tokens[s - 1]), !RuleLexicon.isTitleWord(tokens[s - 1]),
                           !lexicon.firstNames.contains(tokens[s - 1].lowercased()) { continue }
                    }
                    consider((f.words.count, f.partial ? 0 : 1), t, f.words.count)
                }
                if s > 0, numbers[t].contains(tokens[s]), ["the", "its", "a", "their"].contains(tokens[s - 1].lowercased()) {
                    consider((1, 0), t, 1)
                }
            }
            if let b = best, b.targets.count == 1 { found.append((s..<(s + b.length), b.targets[0])) }
        }
        // a name inside a longer one found at an earlier start is part of it
        return found.filter { f in !found.contains { $0.range != f.range && $0.range.count > f.range.count && $0.range.contains(f.range.lowerBound) && f.range.upperBound <= $0.range.upperBound } }
    }
}

public enum TimelineEvalMentions {
    /// How far (in tokens, from the edge of a target's mention) an event word is taken as the target's:
    /// the name is mostly the subject, so its event words follow it ("Airbus has delivered", "Airbus said
    /// it would cut"); before it, only the nearest are its ("defeated Boeing", "Boeing 's deal").
    static let windowBefore = 2
    static let windowAfter = 7

    /// Sentence openings that refer back to the last target of their kind named: "he", "she" or "the
    /// president" to a person, "it", "they" or "the company" to a company, product or market.
    static let personPronouns: Set<String> = ["he", "she"]
    static let otherPronouns: Set<String> = ["it", "they"]
    static let personDescriptions: Set<String> = ["executive", "president", "chief", "chairman", "founder"]
    static let otherDescriptions: Set<String> = ["company", "firm", "airline", "carrier", "automaker", "carmaker", "manufacturer",
                                                 "maker", "index", "plane", "aircraft", "jet", "airliner", "bank", "group",
                                                 "giant", "corporation", "device", "phone", "store"]

    /// The target a sentence's opening refers back to (see the word lists above): its token range and the
    /// last person or other target named before.
    static func reference(_ tokens: [String], lastPerson: Int?, lastOther: Int?) -> (range: Range<Int>, target: Int)? {
        // the subject of the sentence's first clause: at its start or after an opening phrase set off by a
        // comma ("In 2005 , it lost"), within the first few tokens
        // also after an opening subordinator ("As the jet was pushed back"), and "he" or "she" after an opening
        // phrase without a comma ("Speaking to the press he said") while no name stands before it
        let opensClause = tokens.first.map { subordinators.contains($0.lowercased()) } ?? false
        let starts = [0] + tokens.indices.prefix(referenceReach).filter { i in
            guard i > 0 else { return false }
            if tokens[i - 1] == "," || (i == 1 && opensClause) { return true }
            return personPronouns.contains(tokens[i].lowercased())
                && !tokens[1..<i].contains { TimelineEvalTargetNames.isCapitalised($0) }
        }
        for i in starts {
            let word = tokens[i].lowercased()
            if personPronouns.contains(word) { return lastPerson.map { (i..<(i + 1), $0) } }
            if otherPronouns.contains(word) { return lastOther.map { (i..<(i + 1), $0) } }
            guard word == "the", i + 1 < tokens.count else { continue }
            let noun = tokens[i + 1].lowercased()
            if personDescriptions.contains(noun) { return lastPerson.map { (i..<(i + 2), $0) } }
            if otherDescriptions.contains(noun) { return lastOther.map { (i..<(i + 2), $0) } }
        }
        return nil
    }

    /// Words that open a clause before its subject ("As the plane was leaving").
    static let subordinators: Set<String> = ["as", "after", "when", "while", "before", "since", "although", "though", "because", "once"]

    /// How far into a sentence a referring subject is looked for.
    static let referenceReach = 8

    /// Words that carry no happening of their own: auxiliaries, copulas and function words.
    static let notEvents: Set<String> = ["was", "were", "had", "did", "ago", "is", "are", "be", "been", "being", "has", "have",
                                         "do", "does", "will", "would", "can", "could", "may", "might", "must", "shall",
                                         "should", "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "and", "or",
                                         "but", "with", "from", "as", "that", "which", "who", "this", "it", "its"]

    /// Whether a task token is an event word: an event verb or noun of Dossier's lexicon, a verb of speech,
    /// or a past form ("gained", "fell"); lower case, outside names. A sentence's first word is capitalised
    /// as any first word is ("Deliveries to the airline are due"): `atStart` reads it in lower case (names
    /// never reach here, and the lexicon holds no name).
    static func isEventWord(_ token: String, atStart: Bool = false) -> Bool {
        let w = token.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        let shown = atStart && token.dropFirst().allSatisfy({ !$0.isUppercase }) ? w : token
        guard let first = shown.unicodeScalars.first, first.properties.isLowercase,
              w.allSatisfy({ $0.isLetter || $0 == "-" }), !notEvents.contains(w) else { return false }
        return EventLexicon.forms[w] != nil || EventLexicon.reportingVerbs.contains(w) || TimexLexicon.pastCues.contains(w)
            || TenseCues.looksPast(w) || TenseCues.irregularParticiples.contains(w)
    }

    /// Verbs of speech, whose event belongs to the speaker only (see `speaks`). "Announced", "reported" and
    /// "confirmed" also make news of their own, so they are not among them.
    static func isSpeech(_ token: String) -> Bool {
        let w = token.lowercased()
        return w == "according" || (EventLexicon.clauseTaking.contains(w) && !["announced", "announces", "reported", "reports", "confirmed", "confirms"].contains(w))
    }

    /// Whether the name at `name` is the speaker of the verb of speech at `j`: its subject just before
    /// it ("Airbus said", "Airbus also said"), or named just after it ("said Airbus", "according to Airbus").
    static func speaks(_ name: Range<Int>, at j: Int, tokens: [String]) -> Bool {
        if j >= name.upperBound { return j - name.upperBound <= 1 }
        return name.lowerBound - j == 1 || (name.lowerBound - j == 2 && tokens[j].lowercased() == "according")
    }

    /// The verb a name is the subject of when an apposition or relative clause stands between ("Airbus ,
    /// the European maker of the A380 , said"): the first event word after the name, within a dozen tokens,
    /// before a sentence break or another name.
    static func predicate(after name: Range<Int>, tokens: [String], mentions: [Range<Int>]) -> Int? {
        var j = name.upperBound
        // only past an interruption: a comma or "which"/"who" right after the name
        guard j < tokens.count, [",", "which", "who", "("].contains(tokens[j].lowercased()) else { return nil }
        while j < tokens.count && j - name.upperBound <= 12 {
            if [".", ";", ":", "?", "!"].contains(tokens[j]) || mentions.contains(where: { $0.contains(j) }) { return nil }
            if isEventWord(tokens[j]) { return j }
            j += 1
        }
        return nil
    }

    /// The participle that continues the clause of the verb at `v` after a comma, with the same subject ("fell 678
    /// points to below 9,000 , closing at 8,579", "rose 2 % , reaching a high"): within a dozen words, before a
    /// sentence break, a clause of its own or another name. A verb of speech is the speaker's only (see `speaks`).
    static func resultParticiple(after v: Int, tokens: [String], mentions: [Range<Int>]) -> Int? {
        var k = v + 1
        while k + 1 < tokens.count && k - v <= 15 {
            let w = tokens[k].lowercased()
            if [".", ";", ":", "?", "!", "which", "who", "that", "and", "but", "while", "``", "\""].contains(w)
                || mentions.contains(where: { $0.contains(k) }) { return nil }
            if w == ",", tokens[k + 1].lowercased().hasSuffix("ing"), isEventWord(tokens[k + 1]), !isSpeech(tokens[k + 1]) { return k + 1 }
            k += 1
        }
        return nil
    }

    /// Whether the event word at `j` is a plan: a verb after a modal or "to" ("will deliver", "plans to
    /// cut"). A mention that nothing in its sentence dates is placed on the article's date, as the task's
    /// timelines anchor such events, unless it is a plan: that stays undated.
    static func isPlanned(_ tokens: [String], at j: Int) -> Bool {
        j > 0 && ["will", "would", "to", "may", "might", "could", "should", "must", "can", "shall", "'ll"].contains(tokens[j - 1].lowercased())
    }

    /// A change summed over a recent period ("has lost 631 points in the past three days", "fell 2,000 points in the
    /// past nine days") starts with the period, as a perfect's state starts on its since-date (see `stateStart`).
    /// `period` is the first day of the sentence's recent period, if it names one (see
    /// `TimelineEvalBuilder.periodStarts`).
    static func periodStart(_ j: Int, tokens: [String], period: String?) -> DateInfo? {
        guard let period, EventLexicon.forms[tokens[j].lowercased()]?.contains(where: {
            $0.shape != .noun && (EventExtractor.changeLemmas.contains($0.lemma) || EventExtractor.amountLemmas.contains($0.lemma) || $0.lemma == "lose")
        }) == true else { return nil }
        return DateInfo(value: period, granularity: .day, expression: nil, basis: "the start of the period the change sums up")
    }

    /// Infinitives that tell where a move ended ("to close down 74 points", "to reach a 20-year low").
    static let resultInfinitives: Set<String> = ["reach", "close", "end", "finish", "hit", "settle", "stand", "touch"]

    /// The verb whose happening an infinitive at `j` is part of: an aspectual verb right before "to" ("continued
    /// to fall", see `EventExtractor.aspectualVerbs`), or, for an infinitive of result, the past verb of its
    /// clause a few words back ("dropped 9.6 % to reach"). Nil for any other infinitive: a plan stays a plan.
    static func governingVerb(of j: Int, tokens: [String]) -> Int? {
        guard j >= 2, tokens[j - 1].lowercased() == "to" else { return nil }
        let before = tokens[j - 2].lowercased()
        // (not a perfect: "have begun to offer" sums up what went on)
        if EventExtractor.aspectualVerbs.contains(before) {
            return isPerfect(tokens, at: j - 2) ? nil : j - 2
        }
        guard resultInfinitives.contains(tokens[j].lowercased()) else { return nil }
        var k = j - 2
        while k >= 0 && j - k <= 8 {
            let w = tokens[k].lowercased()
            if [",", ";", ":", "that", "which", "who", "and", "but"].contains(w) { return nil }
            if w.first?.isLetter == true, TenseCues.looksPast(w) || TimexLexicon.pastCues.contains(w), isEventWord(tokens[k], atStart: k == 0) {
                return isPlanned(tokens, at: k) ? nil : k
            }
            k -= 1
        }
        return nil
    }

    /// The start of the state a perfect at `j` reports with "since" ("had been suspended since July 24 , 2003",
    /// "Since December they have received"): the task dates the happening there. The only since-dates among a
    /// sentence's time expressions are such starts (see `TimelineEvalBuilder.startsState`).
    static func stateStart(_ j: Int, tokens: [String], timexes: [(token: Int, value: String)]) -> DateInfo? {
        guard isPerfect(tokens, at: j), let since = timexes.first(where: { $0.token > 0 && tokens[$0.token - 1].lowercased() == "since" })
        else { return nil }
        // "has fallen 40 % since the beginning of the year": the start of a period is its first day
        let edge = tokens[since.token..<min(tokens.count, since.token + 2)].contains { ["beginning", "start"].contains($0.lowercased()) }
        if edge, let p = TimeValue(timex: since.value) {
            return DateInfo(value: p.firstDay.description, granularity: .day, expression: nil, basis: "the start of the state (since)")
        }
        return DateInfo(value: since.value, granularity: nil, expression: nil, basis: "the start of the state (since)")
    }

    /// Whether the event word at `j` is a perfect: "has", "have" or "had" before it, over "been" and adverbs
    /// ("has been fighting", "had also been suspended").
    static func isPerfect(_ tokens: [String], at j: Int) -> Bool {
        var k = j - 1
        while k >= 0 && j - k <= 4 {
            let w = tokens[k].lowercased()
            if EventExtractor.isHave(w) || w == "had" { return true }
            if !(w == "been" || EventExtractor.groupAdverbs.contains(w) || w.hasSuffix("ly")) { return false }
            k -= 1
        }
        return false
    }

    /// Whether the event word at `j` describes what something is rather than reports a happening: a present
    /// passive ("Airbus is owned by EADS", "the plane is built with four engines") or a participle that
    /// qualifies a noun ("airliners built by Boeing", "the jet , made by Airbus , was delivered"). Like a plan,
    /// such a word takes no date from the article's: the task leaves these undated. Only in a punctuated
    /// sentence: a headline's "Man killed by train" reports the news.
    static func isDescription(_ tokens: [String], at j: Int) -> Bool {
        guard j > 0, tokens.last.map({ [".", "!", "?", "''", "\""].contains($0) }) ?? false else { return false }
        let w = tokens[j].lowercased(), before = tokens[j - 1].lowercased()
        guard TenseCues.isParticiple(w) else { return false }
        if ["is", "are"].contains(before) { return true }
        let auxiliaries: Set<String> = ["was", "were", "had", "has", "have", "been", "be", "being", "is", "are", "who", "which", "that"]
        // "by" and an agent, not an amount ("dropped by 4 %", "increased by about a third")
        guard j + 2 < tokens.count, tokens[j + 1].lowercased() == "by", !auxiliaries.contains(before) else { return false }
        let agent = tokens[j + 2].lowercased()
        return (before == "," || before.first?.isLetter == true) && agent.first?.isNumber != true
            && !TimelineEvalBuilder.measureWords.contains(agent)
    }

    /// How many days before its article a day named in it may still be the day the article reports.
    static let narrativeDays = 7

    /// Per document and sentence, the day the article's narrative is at: the last day named in an earlier
    /// sentence that lies in the week before the article's date ("on Monday", "June 1st"). News reports
    /// the day before's happenings, and its later sentences without a date of their own ("He stated ...")
    /// go on telling that day; the headline (sentence 0) tells the first such day. Absent where no such day was named.
    static func narrativeDays(_ task: TimelineEvalCorpus, timexes: [Int: [Int: [(token: Int, value: String)]]]) -> [Int: [Int: String]] {
        var out: [Int: [Int: String]] = [:]
        for (d, doc) in task.documents.enumerated() {
            guard let dct = doc.articleDay else { continue }
            var current: String? = nil
            for s in doc.sentences.indices {
                if let current { out[d, default: [:]][s] = current }
                let words = doc.sentences[s].tokens.map { EventExtractor.norm($0) }
                // a date line ("June 04 , 2009") is the article's date, not a day the story tells
                guard words.count > 5 else { continue }
                for t in (timexes[d]?[s] ?? []).sorted(by: { $0.token < $1.token }) {
                    // a day or a time on a day ("16:15 UTC , June 1st" is 2009-06-01T16:15); one in a relative
                    // clause dates what the clause recalls, not the story's day (as the model's `narrativeDays`)
                    guard t.value.count >= 10, let day = CalendarDate(iso: String(t.value.prefix(10))),
                          !EventExtractor.inRelativeClause(t.token, words: words),
                          !EventExtractor.isNounComplement(t.token - 1, words: words),
                          !EventExtractor.refersBack(t.token, words: words) else { continue }
                    let before = dct.dayNumber - day.dayNumber
                    if before >= 0 && before <= narrativeDays {
                        // the headline and the lead tell the first such day of a sentence a few on, as the
                        // model's `narrativeDays` does
                        if s <= EventExtractor.leadReach {
                            for before in 0..<s where out[d]?[before] == nil { out[d, default: [:]][before] = day.description }
                        }
                        current = day.description
                    }
                }
            }
        }
        return out
    }

    /// A date that only says the happening was reported in the article (the article's date, in a sentence
    /// naming no date) moves to the narrative day when there is one.
    static func anchored(_ date: DateInfo?, dct: CalendarDate?, narrative: String?) -> DateInfo? {
        guard let narrative, let dct, date?.value == dct.description else { return date }
        return DateInfo(value: narrative, granularity: .day, expression: nil, basis: "the day the article's narrative is at")
    }

    /// The date of the event word at `j` of a sentence: the pipeline's date for it when it is a trigger;
    /// else the sentence's nearest time expression; else the date the pipeline gave the sentence's nearest
    /// event; else the article's date unless the word is a plan (see `isPlanned`); a date that only says
    /// "reported in the article" moves to the narrative day (see `anchored`). What is said happens when
    /// the clause said says, not when it is said: a verb of speech takes a time expression before it or
    /// just after it ("said on Tuesday") only, and neither the pipeline's dates of the sentence's events (an
    /// announcement is dated as a saying: measured, that dates more of the task's announcements right).
    static func date(of j: Int, tokens: [String], document doc: TimelineEvalDocument, pipeline own: [(token: Int, date: DateInfo?)],
                     timexes: [(token: Int, value: String)], narrative: String?, period: String? = nil) -> DateInfo? {
        // ("having reported record profits earlier this year": a perfect participle tells a past happening, not a saying)
        let speech = EventLexicon.reportingVerbs.contains(tokens[j].lowercased()) && !(j > 0 && tokens[j - 1].lowercased() == "having")
        // a plan is dated only by a time expression after it ("will deliver in October"): one before it is
        // the announcing clause's ("announced today it would cut jobs")
        // "continued to fall", "dropped 9.6 % to reach a 20-year low": no plan, but the governing verb's happening
        if let k = governingVerb(of: j, tokens: tokens) {
            return date(of: k, tokens: tokens, document: doc, pipeline: own, timexes: timexes, narrative: narrative, period: period)
        }
        if let start = periodStart(j, tokens: tokens, period: period) { return start }
        let planned = isPlanned(tokens, at: j), described = isDescription(tokens, at: j)
        // "sales dropped 23 % compared to March of 2008": the day of a comparison dates nothing of the sentence
        let words = tokens.map(EventExtractor.norm)
        let stated = timexes.filter { (!speech || $0.token < j || $0.token - j <= 3) && (!planned || $0.token > j)
            && !($0.token > 0 && EventExtractor.isComparison(upTo: $0.token - 1, words: words)) }
        var date: DateInfo?
        // a perfect's state "since" a day starts that day, as the task dates it ("had been suspended since July 24 ,
        // 2003"; the only since-dates kept are those, see `TimelineEvalBuilder.startsState`)
        if !speech, let start = stateStart(j, tokens: tokens, timexes: stated) {
            date = start
        } else if !speech, let exact = own.first(where: { $0.token == j }) {
            date = exact.date
        } else if let t = stated.min(by: { abs($0.token - j) < abs($1.token - j) }) {
            date = DateInfo(value: t.value, granularity: nil, expression: nil, basis: "nearest time expression")
        } else if !speech, !planned, !described, let near = own.min(by: { abs($0.token - j) < abs($1.token - j) }) {
            date = near.date
        } else {
            date = planned || described ? nil
                : doc.articleDay.map { DateInfo(value: $0.description, granularity: .day, expression: nil, basis: "the article's date") }
        }
        return stated.isEmpty ? anchored(date, dct: doc.articleDay, narrative: narrative) : date
    }

    /// One event mention of one target: where it is and its date.
    public struct Item: Sendable {
        public var target: Int
        public var document: Int
        public var sentence: Int
        public var token: Int
        public var date: DateInfo?
    }

    /// Every target's event mentions in a task folder: the event words near a mention (see `windowBefore`)
    /// of the target. `linked[d][s]` are the token ranges and targets of Dossier mentions linked to a target;
    /// `dates` the pipeline's triggers with their dates, `timexes` the time expressions (see `date(of:)`).
    public static func items(_ task: TimelineEvalCorpus, names: TimelineEvalTargetNames,
                             linked: [[[(range: Range<Int>, target: Int)]]],
                             dates: [Int: [Int: [(token: Int, date: DateInfo?)]]],
                             timexes: [Int: [Int: [(token: Int, value: String)]]],
                             periods: [Int: [Int: String]] = [:]) -> [Item] {
        var out: [Item] = []
        let narrative = narrativeDays(task, timexes: timexes)
        for (d, doc) in task.documents.enumerated() {
            var lastPerson: Int? = nil, lastOther: Int? = nil
            for (s, sentence) in doc.sentences.enumerated() {
                let tokens = sentence.tokens
                var mentions = names.find(tokens)
                for l in (linked.indices.contains(d) && linked[d].indices.contains(s) ? linked[d][s] : [])
                    where !mentions.contains(where: { $0.target == l.target && $0.range.overlaps(l.range) }) {
                    mentions.append(l)
                }
                mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
                // "He also mentioned that GM ...": the opening refers back even when the sentence names others
                let named = mentions
                if let r = reference(tokens, lastPerson: lastPerson, lastOther: lastOther),
                   !mentions.contains(where: { $0.target == r.target || $0.range.overlaps(r.range) }) {
                    mentions.insert(r, at: 0)
                }
                // the first of each kind named: the subject, usually
                lastPerson = named.first { names.isPerson[$0.target] }?.target ?? lastPerson
                lastOther = named.first { !names.isPerson[$0.target] }?.target ?? lastOther
                var taken = Set<[Int]>()
                for m in mentions {
                    let lo = max(0, m.range.lowerBound - windowBefore), hi = min(tokens.count, m.range.upperBound + windowAfter)
                    var near = Array(lo..<hi)
                    if let v = predicate(after: m.range, tokens: tokens, mentions: mentions.map(\.range)), v >= hi { near.append(v) }
                    // "the Dow , which fell 678 points to below 9,000 , closing at 8,579" goes on with the same subject
                    for v in near where v >= m.range.upperBound && isEventWord(tokens[v]) && !isSpeech(tokens[v]) {
                        if let c = resultParticiple(after: v, tokens: tokens, mentions: mentions.map(\.range)), !near.contains(c) { near.append(c) }
                    }
                    for j in near where !m.range.contains(j) && !mentions.contains(where: { $0.range.contains(j) }) {
                        guard isEventWord(tokens[j], atStart: j == 0 || (j == 1 && ["``", "\""].contains(tokens[0]))), !isSpeech(tokens[j]) || speaks(m.range, at: j, tokens: tokens),
                              taken.insert([m.target, j]).inserted else { continue }
                        let date = Self.date(of: j, tokens: tokens, document: doc, pipeline: dates[d]?[s] ?? [],
                                             timexes: timexes[d]?[s] ?? [], narrative: narrative[d]?[s], period: periods[d]?[s])
                        out.append(Item(target: m.target, document: d, sentence: s, token: j, date: date))
                    }
                }
            }
        }
        return out
    }
}
