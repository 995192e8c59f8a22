// The one place `dossier eval timeline` reads the event extractor's output: events as triggers
// (a span in the article text), participants and a date, with every report of the event.

/// One event as the timeline evaluation reads it.
public struct TimelineEvalEvent: Hashable, Sendable {
    /// One report of the event: the article and its trigger's span in that article's text.
    public struct Report: Hashable, Sendable {
        public var article: ArticleID
        public var trigger: TextSpan
        /// The event's participants that this report's own sentence links: a merged event's
        /// participants are the union over its reports, and a report that names none of them should
        /// not put the event on their timelines through another outlet's sentence.
        public var participants: [EntityID]
    }

    /// The first report leads; the others are the same happening reported elsewhere (merged).
    public var reports: [Report]
    public var participants: [EntityID]
    public var date: DateInfo?
    /// "event", "statement", "background" (what the extractor calls it).
    public var kind: String
}

public enum TimelineEvalAdapter {
    /// The corpus's events with their triggers: the extractor's trigger for the first report. Other
    /// reports (`alsoReportedIn`) carry only their sentence, so their trigger is the same word as the
    /// first report's when their sentence has it, else the verb `provisionalTrigger` picks; so is a
    /// statement's when the extractor gives it none.
    public static func events(_ corpus: Corpus) -> [TimelineEvalEvent] {
        var mentionsByArticle: [ArticleID: [Mention]] = [:]
        for e in corpus.entities {
            for m in e.mentions { mentionsByArticle[m.article, default: []].append(m) }
        }
        var texts: [ArticleID: ScalarText] = [:]
        func text(_ id: ArticleID) -> ScalarText? {
            if let t = texts[id] { return t }
            guard let a = corpus.article(id) else { return nil }
            texts[id] = ScalarText(a.text)
            return texts[id]
        }
        var out: [TimelineEvalEvent] = []
        for e in corpus.events {
            let involved = participants(e)
            var reports: [TimelineEvalEvent.Report] = []
            var leadWord: String? = nil
            for (n, (article, span)) in ([(e.article, e.span)] + e.alsoReportedIn.map({ ($0.article, $0.span) })).enumerated() {
                guard let t = text(article) else { continue }
                let inSentence = (mentionsByArticle[article] ?? []).filter { span.contains($0.span) }
                var own: [EntityID] = []
                for m in inSentence { if let id = m.entity, !own.contains(id) { own.append(id) } }
                let names = inSentence.map(\.span)
                // the first report's trigger is the event's; another outlet's report of the same
                // happening usually uses the same word ("announced"), else its own verb is taken
                let trigger: TextSpan?
                if n == 0 {
                    trigger = leadTrigger(e, text: t, names: names)
                    leadWord = trigger.map { t[$0].lowercased() }
                } else {
                    trigger = leadWord.flatMap { sameWord($0, sentence: span, text: t, names: names) }
                        ?? provisionalTrigger(sentence: span, text: t, names: names)
                }
                // the first report has the event's participants; another report only those it links itself
                let reportParticipants = n == 0 ? involved : involved.filter(own.contains)
                if let trigger { reports.append(.init(article: article, trigger: trigger, participants: reportParticipants)) }
            }
            if !reports.isEmpty { out.append(TimelineEvalEvent(reports: reports, participants: involved, date: e.date, kind: kind(e))) }
        }
        return out
    }

    /// The trigger of the event's first report: the extractor's; a statement without one gets the
    /// verb `provisionalTrigger` picks (the gold counts speech verbs as events).
    static func leadTrigger(_ e: Event, text: ScalarText, names: [TextSpan]) -> TextSpan? {
        e.trigger ?? provisionalTrigger(sentence: e.span, text: text, names: names)
    }

    /// The event's kind.
    static func kind(_ e: Event) -> String { e.kind.rawValue }

    /// Who takes part in an event: its participants; for a statement, its speaker only when the extractor
    /// found one (the task counts speech as the speaker's event, not that of everyone the sentence names).
    static func participants(_ e: Event) -> [EntityID] {
        if e.kind == .statement, let s = e.speaker { return [s] }
        return e.participantIDs
    }

    /// The word of a sentence outside names that is `word` or shares its stem ("announces" for
    /// "announced": the same first five letters or more).
    static func sameWord(_ word: String, sentence: TextSpan, text: ScalarText, names: [TextSpan]) -> TextSpan? {
        let tokens = Tokenizer.tokenize(scalars: text.scalars, in: sentence.start..<sentence.end)
            .filter { t in !names.contains { $0.overlaps(t.span) } }
        if let same = tokens.first(where: { $0.text.lowercased() == word }) { return same.span }
        let stem = word.prefix(max(5, word.count - 3))
        guard word.count >= 5 else { return nil }
        return tokens.first { $0.text.count >= 5 && $0.text.lowercased().hasPrefix(stem) }?.span
    }

    /// For a report without a trigger of its own (see `events`): the verb that most likely carries the sentence's happening: the first
    /// verb form after the first name (its predicate: "Ryanair announced"), else the first verb form in
    /// the sentence. An auxiliary hands over to the verb it carries ("has exercised", "will buy").
    /// Words inside a name are never triggers.
    static func provisionalTrigger(sentence: TextSpan, text: ScalarText, names: [TextSpan]) -> TextSpan? {
        let tokens = Tokenizer.tokenize(scalars: text.scalars, in: sentence.start..<sentence.end)
            .filter { t in !names.contains { $0.overlaps(t.span) } }
        let words = tokens.map { $0.text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'") }
        func verbAt(_ i: Int) -> Int? {
            let w = words[i]
            guard w.unicodeScalars.first.map({ $0.properties.isLowercase }) == true,
                  tokens[i].text.unicodeScalars.first.map({ $0.properties.isLowercase }) == true else { return nil }
            if auxiliaries.contains(w) {
                // the verb the auxiliary carries, past adverbs and "not"
                var j = i + 1
                while j < words.count && (skippable.contains(words[j]) || words[j].hasSuffix("ly")) { j += 1 }
                guard j < words.count, j - i <= 3 else { return nil }
                let v = words[j]
                if v.hasSuffix("ed") || v.hasSuffix("ing") || v.hasSuffix("en") || TimexLexicon.pastCues.contains(v) { return j }
                // a modal or "to" carries a bare verb; "will be the first", "has a plan" carry none, and
                // a copula or "have" alone is not a happening
                if ["will", "would", "to", "could", "may", "might"].contains(w), !functionWords.contains(v),
                   v.unicodeScalars.allSatisfy({ $0.properties.isLowercase }) {
                    return j
                }
                return nil
            }
            if EventLexicon.reportingVerbs.contains(w) || (TimexLexicon.pastCues.contains(w) && w != "ago") || TenseCues.looksPast(w) {
                return i
            }
            return nil
        }
        let firstName = names.map(\.end).min() ?? sentence.start
        let after = tokens.indices.filter { tokens[$0].span.start >= firstName }
        for i in after { if let v = verbAt(i) { return tokens[v].span } }
        for i in tokens.indices { if let v = verbAt(i) { return tokens[v].span } }
        return nil
    }

    static let auxiliaries: Set<String> = ["will", "would", "has", "have", "had", "was", "were", "is", "are", "did", "to", "could", "may", "might"]
    static let functionWords: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those",
                                             "more", "less", "no", "some", "any", "all", "one", "two", "of", "in", "on", "at", "by", "for"]
    static let skippable: Set<String> = ["not", "also", "already", "been", "be", "now", "just", "still", "n't", "never"]
}
