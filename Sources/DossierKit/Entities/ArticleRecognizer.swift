// Runs the tagger and the rules over an article's text and turns spans into Mentions with scalar offsets.

import Foundation

struct ArticleRecognizer {
    let model: NERModel
    let applyRules: Bool

    func mentions(in article: Article) -> [Mention] {
        let text = article.text
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars: scalars)
        guard !tokens.isEmpty else { return [] }
        let sentenceSpans = article.sentences.isEmpty ? SentenceSplitter.split(text) : article.sentences
        // Tokens grouped by sentence; tokens outside every sentence form groups of their own.
        var groups: [[Int]] = []
        var t = 0
        for s in sentenceSpans {
            var outside: [Int] = []
            while t < tokens.count && tokens[t].span.start < s.start { outside.append(t); t += 1 }
            if !outside.isEmpty { groups.append(outside) }
            var inside: [Int] = []
            while t < tokens.count && tokens[t].span.end <= s.end { inside.append(t); t += 1 }
            if !inside.isEmpty { groups.append(inside) }
        }
        if t < tokens.count { groups.append(Array(t..<tokens.count)) }
        let ts = ScalarText(text)
        func words(_ g: [Int]) -> [Substring] { g.map { Substring(tokens[$0].text) } }
        // Page furniture is neither tagged nor allowed to colour the document history.
        if applyRules {
            groups = groups.filter { g in
                guard let first = g.first, let last = g.last else { return false }
                return !SentenceFurniture.isBoilerplate({ ts[TextSpan(tokens[first].span.start, tokens[last].span.end)] }, tokens: words(g))
            }
        }
        let doc = TaggerDocument(scalars: scalars.map(\.value),
                                 sentences: groups.map { $0.map { tokens[$0].span.start..<tokens[$0].span.end } })
        let (tags, margins) = model.tagWithMargins(doc)
        var perSentence: [[RecognizedSpan]] = []
        for (g, sentenceTags) in zip(groups, tags) {
            if applyRules {
                perSentence.append(MentionRules.refine(tokens: words(g), tags: sentenceTags, conventions: .dossier))
            } else {
                perSentence.append(BIO.spans(sentenceTags).map { RecognizedSpan(start: $0.start, end: $0.end, type: $0.type) })
            }
        }
        if applyRules {
            DocumentRules.apply(&perSentence, sentences: groups.map(words), offsets: groups.map { $0.map { tokens[$0].span } })
        }
        var out: [Mention] = []
        for (k, g) in groups.enumerated() {
            for whole in perSentence[k] {
              guard let kind = whole.type.entityKind else { continue }
              // A name never runs across a bracket: "(Labour leader Tony) Blair" names Tony and Blair
              // apart, the editor's insertion closing between them.
              for (n, span) in Self.splitAtBrackets(whole, tokens: g.map { String(tokens[$0].text) }).enumerated() {
                let scalarSpan = TextSpan(tokens[g[span.start]].span.start, tokens[g[span.end - 1]].span.end)
                let role = n > 0 ? nil : span.role.map { r in ts[TextSpan(tokens[g[r.lowerBound]].span.start, tokens[g[r.upperBound - 1]].span.end)] }
                var confidence = 1.0
                if span.rule == nil || span.rule == "title-stripped" {
                    let m = (span.start..<span.end).map { margins[k].indices.contains($0) ? margins[k][$0] : 0 }.min() ?? 0
                    // Calibrated on CoNLL dev (train-only model): spans whose smallest max-marginal margin is
                    // under 10 are right 45% of the time, 20-30: 80%, 40-60: 94%, over 80: 99%.
                    confidence = 1 / (1 + exp(-0.055 * (Double(m) - 8)))
                } else {
                    confidence = 0.9
                }
                out.append(Mention(article: article.id, span: scalarSpan, text: ts[scalarSpan], kind: kind, role: role,
                                   confidence: (confidence * 1000).rounded() / 1000))
              }
            }
        }
        if applyRules {
            out.removeAll { $0.kind == .person && Self.isTitleWord($0, scalars: scalars) }
            // "Who's going to fund it?": a question word opening a sentence is no name (the WHO written "Who").
            let starts = Set(sentenceSpans.map(\.start))
            out.removeAll { starts.contains($0.span.start) && Self.questionWords.contains($0.text.lowercased()) }
            for k in out.indices where out[k].kind == .person {
                if let start = Self.initialBefore(out[k], scalars: scalars),
                   !out.contains(where: { $0.span.end > start && $0.span.start < out[k].span.start }) {
                    out[k].span = TextSpan(start, out[k].span.end)
                    out[k].text = ts[out[k].span]
                }
            }
        }
        return out.sorted { $0.span < $1.span }
    }

    /// "Shaun of the Dead", "the Dragon's Den": one capitalised word after "the" that does not modify a
    /// following noun (as "Bush" does in "the Bush administration") is a title or a thing, not a person.
    static func isTitleWord(_ m: Mention, scalars s: [Unicode.Scalar]) -> Bool {
        guard !m.text.contains(" "), m.span.start >= 4, m.span.end <= s.count else { return false }
        let before = String(String.UnicodeScalarView(s[(m.span.start - 4)..<m.span.start]))
        guard before == "the " || before == "The " else { return false }
        if m.span.start >= 5, s[m.span.start - 5].properties.isAlphabetic { return false }
        var j = m.span.end
        while j < s.count, s[j] == " " { j += 1 }
        return !(j > m.span.end && j < s.count && s[j].properties.isLowercase)
    }

    /// Where an initial written before a one-word person name starts ("S Jones", "M. Corry" in a
    /// line-up), which the tagger left out: without it "Jones" would read as the surname of any Jones
    /// in the story. "I" is a pronoun, and "A" only counts after a list's comma, semicolon or bracket
    /// ("A Jones;"), not at the start of a sentence ("A Ford spokesman").
    static func initialBefore(_ m: Mention, scalars s: [Unicode.Scalar]) -> Int? {
        guard !m.text.contains(" "), m.span.start >= 2, m.span.start <= s.count, s[m.span.start - 1] == " " else { return nil }
        var i = m.span.start - 2
        let dotted = s[i] == "."
        if dotted {
            guard i >= 1 else { return nil }
            i -= 1
        }
        let letter = s[i]
        guard letter.isASCII, letter.properties.isUppercase else { return nil }
        if i > 0, s[i - 1].properties.isAlphabetic || s[i - 1] == "." || s[i - 1] == "'" { return nil }
        if letter == "I" && !dotted { return nil }
        if letter == "A" && !dotted {
            var j = i - 1
            while j >= 0, s[j] == " " { j -= 1 }
            guard j >= 0, [",", ";", "(", ":"].contains(s[j]) else { return nil }
        }
        return i
    }

    static let brackets: Set<String> = ["(", ")", "[", "]", "{", "}"]
    static let questionWords: Set<String> = ["who", "what", "why", "how", "where", "when", "which", "whose"]

    /// The parts of a recognized span between bracket tokens (the span itself when it has none).
    static func splitAtBrackets(_ span: RecognizedSpan, tokens: [String]) -> [RecognizedSpan] {
        guard (span.start..<span.end).contains(where: { brackets.contains(tokens[$0]) }) else { return [span] }
        var parts: [RecognizedSpan] = []
        var start: Int? = nil
        for i in span.start...span.end {
            let isBreak = i == span.end || brackets.contains(tokens[i])
            if isBreak {
                if let s = start {
                    var part = span
                    part.start = s
                    part.end = i
                    parts.append(part)
                }
                start = nil
            } else if start == nil {
                start = i
            }
        }
        return parts
    }

}
