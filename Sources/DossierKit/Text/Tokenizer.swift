// Splits text into word and punctuation tokens with Unicode-scalar spans (news conventions).

public struct Token: Hashable, Sendable {
    public var text: String
    public var span: TextSpan

    public init(text: String, span: TextSpan) {
        self.text = text
        self.span = span
    }
}

/// Tokenization close to CoNLL/Penn conventions: "Russia's" → "Russia" "'s"; "U.S." and "Col."
/// keep their periods; numbers keep "," and "." between digits; hyphenated words stay whole.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        tokenize(scalars: Array(text.unicodeScalars))
    }

    public static func tokenize(scalars s: [Unicode.Scalar], in range: Range<Int>? = nil) -> [Token] {
        let lo = range?.lowerBound ?? 0
        let hi = range?.upperBound ?? s.count
        var tokens: [Token] = []
        tokens.reserveCapacity((hi - lo) / 5)
        var i = lo
        func isWordChar(_ c: Unicode.Scalar) -> Bool {
            // ASCII fast path (same answers, without Unicode property look-ups).
            if c.value < 0x80 {
                let v = c.value
                return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            }
            return c.properties.isAlphabetic || c.properties.numericType != nil || c.properties.generalCategory == .nonspacingMark
                || c.properties.generalCategory == .spacingMark
        }
        func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }
        func emit(_ a: Int, _ b: Int) {
            tokens.append(Token(text: String(scalars: s[a..<b]), span: TextSpan(a, b)))
        }
        while i < hi {
            let c = s[i]
            if c.value == 0x20 || c.value < 0x20 || (c.value > 0x7F && c.properties.isWhitespace) { i += 1; continue }
            if isWordChar(c) {
                var j = i + 1
                while j < hi {
                    let d = s[j]
                    if isWordChar(d) { j += 1; continue }
                    // joiners inside a word: hyphen, digit separators, apostrophe (not possessive 's)
                    if j + 1 < hi, isWordChar(s[j + 1]) {
                        if d == "-" || d == "\u{2010}" || d == "\u{2011}" { j += 1; continue }
                        if (d == "," || d == ".") && s[j - 1].properties.numericType != nil
                            && s[j + 1].properties.numericType != nil { j += 1; continue }
                        if d == "&" && s[j - 1].isASCIIUppercase && s[j + 1].isASCIIUppercase { j += 1; continue }
                        if isApostrophe(d) {
                            let isPossessive = (s[j + 1] == "s" || s[j + 1] == "S")
                                && (j + 2 >= hi || !isWordChar(s[j + 2]))
                            if !isPossessive { j += 1; continue }
                        }
                        // U.S., e.g. — single letters joined by periods
                        if d == "." && j - i == 1 && s[j + 1].properties.isAlphabetic
                            && (j + 2 < hi && s[j + 2] == ".") { j += 1; continue }
                        if d == "." && j >= 2 && s[j - 2] == "." && s[j + 1].properties.isAlphabetic
                            && (j + 2 >= hi || s[j + 2] == "." || !isWordChar(s[j + 2])) { j += 1; continue }
                    }
                    break
                }
                // trailing period of an abbreviation or initial
                if j < hi && s[j] == "." {
                    var v = String.UnicodeScalarView()
                    v.append(contentsOf: s[i..<j])
                    let word = String(v)
                    let isInitial = j - i == 1 && c.properties.isUppercase
                    let isDotted = word.contains(".") && c.properties.isAlphabetic
                    if isInitial || isDotted || Abbreviations.isNonTerminal(word) { j += 1 }
                }
                emit(i, j)
                i = j
                continue
            }
            if isApostrophe(c), i + 1 < hi, s[i + 1] == "s" || s[i + 1] == "S",
               i + 2 >= hi || !isWordChar(s[i + 2]), !tokens.isEmpty, tokens[tokens.count - 1].span.end == i {
                emit(i, i + 2)
                i += 2
                continue
            }
            // runs of the same punctuation ("...", "--") stay together
            var j = i + 1
            if c == "." || c == "-" { while j < hi && s[j] == c { j += 1 } }
            emit(i, j)
            i = j
        }
        return tokens
    }
}

extension Unicode.Scalar {
    var isASCIIUppercase: Bool { value >= 65 && value <= 90 }
}
