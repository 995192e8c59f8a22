// Splits clean article text into sentence spans (Unicode-scalar offsets).

public enum SentenceSplitter {
    /// Sentence spans in order; never crosses a paragraph break ("\n\n").
    public static func split(_ text: String) -> [TextSpan] {
        let s = Array(text.unicodeScalars)
        var spans: [TextSpan] = []
        var start = 0
        func flush(_ end: Int) {
            var a = start, b = end
            while a < b, s[a].properties.isWhitespace { a += 1 }
            while b > a, s[b - 1].properties.isWhitespace { b -= 1 }
            if b > a { spans.append(TextSpan(a, b)) }
            start = end
        }
        let tokens = Tokenizer.tokenize(scalars: s)
        var t = 0
        var i = 0
        while i < s.count {
            if s[i] == "\n", i + 1 < s.count, s[i + 1] == "\n" {
                flush(i)
                i += 2
                continue
            }
            i += 1
        }
        flush(s.count)  // the last paragraph has no break after it
        // Second pass over tokens: end sentences at terminal punctuation followed by a capital or quote.
        var out: [TextSpan] = []
        let paragraphSpans = spans
        for para in paragraphSpans {
            var sentStart = para.start
            while t < tokens.count && tokens[t].span.start < para.start { t += 1 }
            var k = t
            while k < tokens.count && tokens[k].span.end <= para.end {
                let tok = tokens[k].text
                var end = -1
                if tok == "." || tok == "!" || tok == "?" || tok == "..." || isAbbrevThatMayEnd(tok) {
                    end = tokens[k].span.end
                    // absorb closing quotes and brackets
                    var m = k + 1
                    while m < tokens.count, tokens[m].span.end <= para.end,
                          ["\"", "\u{201D}", "'", "\u{2019}", ")", "]"].contains(tokens[m].text),
                          tokens[m].span.start == end {
                        end = tokens[m].span.end
                        m += 1
                    }
                    if m < tokens.count, tokens[m].span.end <= para.end {
                        let next = tokens[m].text.unicodeScalars.first
                        let startsUpper = next.map { $0.properties.isUppercase || $0.properties.numericType != nil
                            || ["\"", "\u{201C}", "'", "\u{2018}", "(", "["].contains(String($0)) } ?? false
                        if !startsUpper { end = -1 }
                    }
                    if end >= 0 {
                        out.append(TextSpan(sentStart, end))
                        sentStart = m < tokens.count ? tokens[m].span.start : para.end
                        k = m
                        continue
                    }
                }
                k += 1
            }
            if sentStart < para.end { out.append(TextSpan(sentStart, para.end)) }
            t = k
        }
        return out
    }

    private static func isAbbrevThatMayEnd(_ tok: String) -> Bool {
        guard tok.hasSuffix("."), tok.count > 1 else { return false }
        return Abbreviations.mayEndSentence.contains(String(tok.dropLast()).lowercased())
    }
}
