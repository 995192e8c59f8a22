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
        let sentenceOf = Self.sentenceNumbers(tokens)
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
            // "Friday's attack": a weekday naming an event already known is in the past, unless its clause is in
            // the future ("will play in Tuesday's final")
            if case .weekday(_, .bare) = m.spec, m.end < tokens.count, tokens[m.end].lower == "'s", tense != .future { tense = .past }
            return TimexHit(span: span, text: String(view), spec: m.spec, tense: tense,
                            sentence: sentenceOf[m.first], before: before)
        }
    }

    /// Sentence number of each token: a sentence ends at a paragraph break, or at ".", "!" or "?"
    /// (with closing quotes) followed by a capitalised word, a number or an opening quote. Abbreviations
    /// the tokenizer keeps apart ("Jan.", "Gen.") do not end a sentence before a name or number.
    static func sentenceNumbers(_ t: [TimexToken]) -> [Int] {
        var out = [Int](repeating: 0, count: t.count)
        var s = 0
        var pendingEnd = false
        for i in t.indices {
            if i > 0 {
                if t[i].paragraphBefore {
                    s += 1
                    pendingEnd = false
                } else if pendingEnd {
                    let first = t[i].text.unicodeScalars.first
                    let opens = first.map { $0.properties.isUppercase || $0.properties.numericType != nil
                        || $0 == "\"" || $0 == "\u{201C}" || $0 == "(" || $0 == "`" || $0 == "'" } ?? false
                    if opens { s += 1 }
                    pendingEnd = false
                }
            }
            out[i] = s
            let w = t[i].text
            if w == "." || w == "!" || w == "?" {
                // "Jan. 5", "Gen. Smith": a period after an abbreviation does not end the sentence
                let prev = i > 0 ? t[i - 1].lower : ""
                // initials and "U.S.", "N.J." are single letters before the period
                let initial = i > 0 && t[i - 1].kind == .word && t[i - 1].text.count == 1 && t[i - 1].isCapitalized
                if !(w == "." && !t[i].spaceBefore && (initial || (Abbreviations.isNonTerminal(prev) && prev != "inc" && prev != "co"))) {
                    pendingEnd = true
                }
            } else if pendingEnd && (w == "\"" || w == "\u{201D}" || w == ")" || w == "'" || w == "\u{2019}") {
                // closing quotes stay with the sentence they close
            } else if !(t[i].kind == .punct) {
                pendingEnd = false
            }
        }
        return out
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
