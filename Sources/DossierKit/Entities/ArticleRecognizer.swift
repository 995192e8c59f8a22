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
        return out.sorted { $0.span < $1.span }
    }

    static let brackets: Set<String> = ["(", ")", "[", "]", "{", "}"]

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
