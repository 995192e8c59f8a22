// Splits text into the small tokens the temporal grammar matches on (hyphens and periods apart).

/// A token for temporal matching: a run of letters and digits, or one punctuation character.
/// Hyphens, periods and slashes are separate tokens so that "third-quarter", "Jan." and "2/13/98"
/// can be matched piece by piece; `spaceBefore` tells "third-quarter" from "third - quarter".
struct TimexToken: Sendable {
    enum Kind: Sendable { case word, number, alnum, punct }

    let text: String
    let lower: String
    let start: Int
    let end: Int
    let kind: Kind
    let spaceBefore: Bool
    /// A blank line (paragraph break) comes before this token.
    let paragraphBefore: Bool
    /// Set for all-digit tokens (commas between digit groups allowed: "1,000").
    let number: Int?
    /// Count of digits for all-digit tokens ("08" has 2), for telling "1995" from "95".
    let digits: Int

    var isCapitalized: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
    var isWord: Bool { kind == .word }
}

enum TimexTokenizer {
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [TimexToken] {
        var tokens: [TimexToken] = []
        tokens.reserveCapacity(scalars.count / 4)
        var i = 0
        var sawSpace = true
        var newlines = 0
        let n = scalars.count
        func isLetter(_ c: Unicode.Scalar) -> Bool {
            if c.value < 128 { return (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122) }
            return c.properties.isAlphabetic
        }
        // sentence ends are judged by the tagger on these tokens; see TemporalTagger.sentences
        func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
        while i < n {
            let c = scalars[i]
            if c == " " || c == "\n" || c == "\t" || c == "\r" || (c.value >= 128 && c.properties.isWhitespace) || c.value < 32 {
                sawSpace = true
                if c == "\n" { newlines += 1 }
                i += 1
                continue
            }
            var j = i + 1
            var kind: TimexToken.Kind = .punct
            if isLetter(c) || isDigit(c) {
                var hasLetter = isLetter(c), hasDigit = isDigit(c)
                while j < n {
                    let d = scalars[j]
                    if isLetter(d) { hasLetter = true; j += 1; continue }
                    if isDigit(d) { hasDigit = true; j += 1; continue }
                    // "1,000" and "10:35" stay one token; "1.5" too.
                    if (d == "," || d == ":" || d == ".") && hasDigit && !hasLetter, j + 1 < n, isDigit(scalars[j + 1]),
                       isDigit(scalars[j - 1]) {
                        if d == "," {
                            // only a thousands group: exactly three digits follow
                            var k = j + 1
                            while k < n && isDigit(scalars[k]) { k += 1 }
                            if k - (j + 1) != 3 { break }
                        }
                        j += 1
                        continue
                    }
                    break
                }
                kind = hasLetter ? (hasDigit ? .alnum : .word) : .number
            } else if c == "'" || c == "\u{2019}", i + 1 < n, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                      i + 2 >= n || !isLetter(scalars[i + 2]) {
                // possessive 's as one token
                j = i + 2
                kind = .punct
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[i..<j])
            let text = String(view)
            var number: Int? = nil
            var digits = 0
            if kind == .number {
                if !text.contains(":") && !text.contains(".") {
                    let plain = text.contains(",") ? text.filter { $0 != "," } : text
                    number = Int(plain)
                    digits = plain.utf8.count
                }
            }
            var lower = text.lowercased()
            if lower.unicodeScalars.contains("\u{2019}") {
                lower = String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
            }
            tokens.append(TimexToken(text: text, lower: lower, start: i, end: j, kind: kind, spaceBefore: sawSpace,
                                     paragraphBefore: newlines >= 2, number: number, digits: digits))
            sawSpace = false
            newlines = 0
            i = j
        }
        return tokens
    }
}
