// Finds sentences that report something happening and dates them with their evidence.

/// An event before ids are assigned and duplicates across articles are merged.
public struct EventDraft: Hashable, Sendable {
    public var article: ArticleID
    public var span: TextSpan
    public var sentence: String
    public var date: DateInfo?
    public var participants: [EntityID]

    public init(article: ArticleID, span: TextSpan, sentence: String, date: DateInfo?, participants: [EntityID]) {
        self.article = article
        self.span = span
        self.sentence = sentence
        self.date = date
        self.participants = participants
    }
}

/// A sentence is an event when it reports a happening: a verb in the past or future, a reporting verb,
/// or a date of its own. Its date, in order of preference:
/// 1. a date expression in the sentence (the reported meeting on its own day, not the publication day);
/// 2. for a reporting-verb sentence ("X said ..."), the article's date, with that basis;
/// 3. none: the date is left empty rather than guessed.
public struct EventExtractor: Sendable {
    public init() {}

    /// `mentions` are the article's linked mentions; `timexes` its temporal expressions.
    public func events(in article: Article, mentions: [Mention], timexes: [TimeExpression]) -> [EventDraft] {
        let text = ScalarText(article.text)
        let sentences = article.sentences.isEmpty ? SentenceSplitter.split(article.text) : article.sentences
        var out: [EventDraft] = []
        var m = 0, t = 0
        for span in sentences {
            while m < mentions.count && mentions[m].span.start < span.start { m += 1 }
            while t < timexes.count && timexes[t].span.start < span.start { t += 1 }
            var participants: [EntityID] = []
            var k = m
            while k < mentions.count && mentions[k].span.start < span.end {
                if let id = mentions[k].entity, span.contains(mentions[k].span), !participants.contains(id) { participants.append(id) }
                k += 1
            }
            var inSentence: [TimeExpression] = []
            var j = t
            while j < timexes.count && timexes[j].span.start < span.end {
                if span.contains(timexes[j].span) && !Self.isAttributive(timexes[j], in: text) { inSentence.append(timexes[j]) }
                j += 1
            }
            let sentence = text[span]
            // links and addresses are not reports
            if sentence.contains("http://") || sentence.contains("https://") || sentence.contains("www.") { continue }
            let words = Self.words(sentence)
            let reporting = words.indices.first { EventLexicon.reportingVerbs.contains(words[$0]) || EventLexicon.isAccordingTo(words, at: $0) }
            let dated = Self.dateExpression(in: inSentence)
            guard dated != nil || reporting != nil || Self.reportsHappening(words) else { continue }
            // a line without a verb is a heading or caption, not an event
            guard words.count >= 4, Self.hasVerb(words) || reporting != nil else { continue }
            let date: DateInfo?
            if let d = dated {
                // the timeline places events by day: a time of day keeps its words but dates the day
                var value = d.value
                var granularity = d.granularity
                if granularity == .time, let v = value, let p = TimeValue(timex: v) {
                    value = p.firstDay.description
                    granularity = .day
                }
                date = DateInfo(value: value, granularity: granularity, expression: d.text, basis: d.basis, conflict: d.conflict)
            } else if let r = reporting {
                let verb = words[r] == "according" ? "according to" : words[r]
                if let value = article.date?.value {
                    date = DateInfo(value: value, granularity: article.date?.granularity, expression: verb,
                                    basis: "reporting verb '\(verb)': article date \(value)")
                } else {
                    date = DateInfo(value: nil, granularity: nil, expression: verb,
                                    basis: "reporting verb '\(verb)', but the article has no date")
                }
            } else {
                date = nil
            }
            out.append(EventDraft(article: article.id, span: span, sentence: sentence, date: date, participants: participants))
        }
        return out
    }

    /// The expression that dates the sentence: the first one naming a calendar point or period;
    /// durations, sets and vague references (PAST_REF, "recently") do not date a happening.
    static func dateExpression(in timexes: [TimeExpression]) -> TimeExpression? {
        // decades and centuries are background ("a war in the 1990s"), too coarse to place a happening
        let points = timexes.filter {
            ($0.type == .date || $0.type == .time) && $0.value.flatMap(TimeValue.init(timex:)) != nil
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
        // a lower-case word right after is the noun the date modifies; "the 1990s, when" is not
        return c.properties.isLowercase && !["and", "or", "to", "of", "in", "on", "at", "when", "that", "which", "as", "for", "with"].contains(next.lowercased())
    }

    /// Lower-cased word tokens of a sentence.
    static func words(_ sentence: String) -> [String] {
        Tokenizer.tokenize(sentence).map { $0.text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'") }
            .filter { $0.unicodeScalars.first.map { $0.properties.isAlphabetic } ?? false }
    }

    /// A verb form that reports an event: past tense, future "will", perfect "has ...ed".
    static func reportsHappening(_ words: [String]) -> Bool {
        for (i, w) in words.enumerated() {
            if w == "will" || w == "would" || w == "did" { return true }
            if TimexLexicon.pastCues.contains(w) && w != "ago" { return true }
            if TenseCues.looksPast(w) && i > 0 && !["the", "a", "an", "its", "their", "his", "her"].contains(words[i - 1]) { return true }
        }
        return false
    }

    static func hasVerb(_ words: [String]) -> Bool {
        reportsHappening(words) || words.contains { TimexLexicon.presentCues.contains($0) || $0.hasSuffix("s") && $0.count > 3 }
    }
}
