// Finds temporal expressions and normalises them to TIMEX3 values relative to the article date.

/// One expression as found, before it is anchored: the article dater re-anchors these under
/// candidate publication dates without tagging the text again.
struct TimexHit: Sendable {
    var span: TextSpan
    var text: String
    var spec: TimexSpec
    var tense: ClauseTense
    var sentence: Int
    /// Words just before the expression, lower-cased ("published on"), for cue rules.
    var before: [String]
}

public struct TemporalTagger: Sendable {
    public init() {}

    /// Expressions in offset order. `articleDate` anchors relative ones; nil leaves them unanchored.
    public func tag(_ text: String, articleDate: CalendarDate?) -> [TimeExpression] {
        resolve(hits(in: text), articleDate: articleDate)
    }

    /// Finds the expressions of a text and the tense around each.
    func hits(in text: String) -> [TimexHit] {
        let scalars = Array(text.unicodeScalars)
        let tokens = TimexTokenizer.tokenize(scalars)
        guard !tokens.isEmpty else { return [] }
        let sentences = SentenceSplitter.split(text)
        var sentenceOf = [Int](repeating: 0, count: tokens.count)
        var s = 0
        for (i, tok) in tokens.enumerated() {
            while s + 1 < sentences.count && sentences[s].end <= tok.start { s += 1 }
            sentenceOf[i] = s
        }
        let cues = TenseCues(tokens: tokens, sentenceOf: sentenceOf)
        let grammar = TimexGrammar(tokens)
        return grammar.matches().map { m in
            let span = TextSpan(tokens[m.first].start, tokens[m.end - 1].end)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.start..<span.end])
            let before = (max(0, m.first - 3)..<m.first).map { tokens[$0].lower }
            let cue = cues.nearest(m.first, m.end)
            var tense = cue?.tense ?? .unknown
            // "until Tuesday", "as early as Tuesday": deadlines and expectations point ahead, unless the
            // clause is in the past perfect ("until Tuesday, they had not called")
            let b = before
            let pastPerfect = cue.map { tokens[$0.index].lower == "had" } ?? false
            if !pastPerfect && (b.last == "until" || b.last == "till" || (b.count >= 3 && b[b.count - 3] == "as" && b[b.count - 1] == "as"
                && ["early", "soon", "late"].contains(b[b.count - 2])) || (b.count >= 3 && b.suffix(3) == ["no", "later", "than"])) {
                tense = .future
            }
            // "since March": always looking back; "effective June 1", "by February": a date ahead
            if b.last == "since" { tense = .past }
            if b.last == "effective" || (b.last == "by" && !pastPerfect) { tense = .future }
            // "Friday's attack": a weekday naming an event already known is in the past
            if case .weekday(_, .bare) = m.spec, m.end < tokens.count, tokens[m.end].lower == "'s" { tense = .past }
            return TimexHit(span: span, text: String(view), spec: m.spec, tense: tense,
                            sentence: sentenceOf[m.first], before: before)
        }
    }

    /// Anchors found expressions to an article date, carrying the last mentioned date along for anaphora.
    func resolve(_ hits: [TimexHit], articleDate: CalendarDate?) -> [TimeExpression] {
        let resolver = TimexResolver()
        var reference: TimeValue? = nil
        var sentenceReference: TimeValue? = nil
        var previousSentenceReference: TimeValue? = nil
        var sentence = -1
        var out: [TimeExpression] = []
        out.reserveCapacity(hits.count)
        for h in hits {
            if h.sentence != sentence {
                previousSentenceReference = h.sentence == sentence + 1 ? sentenceReference : nil
                sentence = h.sentence
                sentenceReference = nil
            }
            let context = TimexContext(articleDate: articleDate, tense: h.tense, reference: reference,
                                       sentenceReference: sentenceReference,
                                       recentReference: sentenceReference ?? previousSentenceReference)
            let r = resolver.resolve(h.spec, text: h.text, context: context)
            // comparisons ("a year earlier", "the year-ago quarter") do not move the narrative's reference time
            if let p = r.point, !h.spec.isComparison {
                reference = p
                sentenceReference = p
            }
            out.append(TimeExpression(span: h.span, text: h.text, type: h.spec.type, value: r.value,
                                      granularity: r.granularity, basis: r.basis, conflict: r.conflict))
        }
        return out
    }
}
