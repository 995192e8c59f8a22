// Splits clean article text into sentence spans (Unicode-scalar offsets), never across a paragraph break.

/// A sentence ends at ".", "!", "?", "…" or "..." (with any closing quotes or brackets after it) when the next
/// token starts a sentence: a capital, a digit or an opening quote. Abbreviations ("Jan.", "Col.-Gen.", "Mr."),
/// initials ("J. R. R. Tolkien") and numbers ("3.5") never end one; initialisms ("U.S.", "a.m.") end one only
/// before a word that typically opens a sentence ("in the U.S. The talks ..."), and "Inc."/"etc." before
/// any capital. Quotes: '"...," he said.' stays whole because a lower-case word follows the comma.
public enum SentenceSplitter {
    static let closers: Set<String> = ["\"", "\u{201D}", "'", "\u{2019}", ")", "]", "\u{00BB}"]
    static let openers: Set<Unicode.Scalar> = ["\"", "\u{201C}", "'", "\u{2018}", "(", "[", "\u{00AB}"]
    /// Words that usually open a sentence and rarely follow "U.S." or "a.m." inside one.
    static let starters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my",
        "this", "that", "these", "those", "there", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "from",
        "with", "as", "after", "before", "when", "while", "if", "although", "though", "since", "because", "what",
        "who", "why", "how", "where", "some", "many", "most", "all", "no", "one", "two", "both", "each", "such",
        "however", "meanwhile", "officials", "police", "critics", "analysts", "earlier", "later", "last", "next",
        "still", "also", "then", "now", "today", "yesterday", "asked", "under", "according",
    ]
    static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "gmt", "utc",
        "et", "est", "edt", "pt", "local", "time",
    ]

    /// The longest sentence, in tokens; real sentences stay well under it (a 100-token sentence is rare).
    public static let maxSentenceTokens = 400

    /// Sentence spans in order; never crosses a paragraph break ("\n\n").
    public static func split(_ text: String) -> [TextSpan] {
        let s = Array(text.unicodeScalars)
        var out: [TextSpan] = []
        let tokens = Tokenizer.tokenize(scalars: s)
        var t = 0
        for para in paragraphs(s) {
            while t < tokens.count && tokens[t].span.start < para.start { t += 1 }
            var sentStart = para.start
            var k = t
            var firstToken = t
            while k < tokens.count && tokens[k].span.end <= para.end {
                // Run-on text (a scraped table, a page with no full stops) is cut into pieces of at most
                // `maxSentenceTokens`, so the per-sentence stages after this stay linear in the text.
                if k - firstToken >= maxSentenceTokens {
                    let span = trim(s, TextSpan(sentStart, tokens[k].span.start))
                    if !span.isEmpty { out.append(span) }
                    sentStart = tokens[k].span.start
                    firstToken = k
                }
                guard let nextIndex = sentenceEnd(tokens, at: k, limit: para.end) else { k += 1; continue }
                let end = tokens[nextIndex - 1].span.end
                out.append(trim(s, TextSpan(sentStart, end)))
                sentStart = nextIndex < tokens.count && tokens[nextIndex].span.start < para.end ? tokens[nextIndex].span.start : para.end
                k = nextIndex
                firstToken = nextIndex
            }
            if sentStart < para.end {
                let span = trim(s, TextSpan(sentStart, para.end))
                if !span.isEmpty { out.append(span) }
            }
            t = k
        }
        return out.filter { !$0.isEmpty }
    }

    /// Paragraph spans: text between "\n\n" breaks (a single "\n" does not break), trimmed.
    static func paragraphs(_ s: [Unicode.Scalar]) -> [TextSpan] {
        var out: [TextSpan] = []
        var start = 0
        var i = 0
        while i < s.count {
            if s[i] == "\n", i + 1 < s.count, s[i + 1] == "\n" {
                let span = trim(s, TextSpan(start, i))
                if !span.isEmpty { out.append(span) }
                while i < s.count, s[i] == "\n" { i += 1 }
                start = i
                continue
            }
            i += 1
        }
        let span = trim(s, TextSpan(start, s.count))
        if !span.isEmpty { out.append(span) }
        return out
    }

    static func trim(_ s: [Unicode.Scalar], _ span: TextSpan) -> TextSpan {
        var a = span.start, b = span.end
        while a < b, s[a].properties.isWhitespace { a += 1 }
        while b > a, s[b - 1].properties.isWhitespace { b -= 1 }
        return TextSpan(a, b)
    }

    /// When token `k` ends a sentence, the index of the first token after it (closers absorbed); else nil.
    static func sentenceEnd(_ tokens: [Token], at k: Int, limit: Int) -> Int? {
        let tok = tokens[k].text
        let kind = terminalKind(tok)
        guard kind != .none else { return nil }
        var m = k + 1
        while m < tokens.count, tokens[m].span.end <= limit, closers.contains(tokens[m].text),
              tokens[m].span.start == tokens[m - 1].span.end {
            m += 1
        }
        // The end of the paragraph ends the sentence.
        guard m < tokens.count, tokens[m].span.end <= limit else { return m }
        let next = tokens[m].text
        guard let first = next.unicodeScalars.first else { return nil }
        let opensSentence = first.properties.isUppercase || first.properties.numericType != nil || openers.contains(first)
        guard opensSentence else { return nil }
        switch kind {
        case .punctuation, .mayEnd:
            return m
        case .initialism:
            let lower = next.lowercased()
            if starters.contains(lower) { return m }
            // "9 a.m. Police said" ends; "9 a.m. Tuesday" does not.
            if tok.first?.isLowercase == true, first.properties.isUppercase, !calendarWords.contains(lower) { return m }
            return nil
        case .initial:
            // "vitamin C. The ..." ends; "J. R. R. Tolkien" and "John F. Kennedy" do not.
            guard k > 0, starters.contains(next.lowercased()),
                  tokens[k - 1].text.first?.isLowercase == true else { return nil }
            return m
        case .none:
            return nil
        }
    }

    enum Terminal { case none, punctuation, mayEnd, initialism, initial }

    static func terminalKind(_ tok: String) -> Terminal {
        if tok == "." || tok == "!" || tok == "?" || tok == "..." || tok == "\u{2026}" || tok == "?!" || tok == "!?" {
            return .punctuation
        }
        if tok.count > 1, tok.allSatisfy({ $0 == "." }) { return .punctuation }
        guard tok.hasSuffix("."), tok.count > 1 else { return .none }
        let word = String(tok.dropLast())
        if Abbreviations.mayEndSentence.contains(word.lowercased()) { return .mayEnd }
        if Abbreviations.isNonTerminal(word) { return .none }
        if word.contains(".") { return .initialism }  // U.S., a.m., e.g. (listed ones are caught above)
        if word.count == 1, word.first?.isUppercase == true { return .initial }
        // Any other word that kept its period (the tokenizer keeps it only for abbreviations) ends nothing.
        return .none
    }
}
