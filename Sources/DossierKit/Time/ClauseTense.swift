// Guesses whether the clause around an expression reports the past or announces the future.

/// The tense that decides which way a bare weekday or month points.
public enum ClauseTense: String, Sendable {
    case past, present, future, unknown
}

/// Tense cues of one text: found once, then looked up per expression by distance.
struct TenseCues {
    private var cues: [(index: Int, tense: ClauseTense)] = []
    private let sentenceOf: [Int]

    /// `sentenceOf[i]` is the sentence number of token `i`.
    init(tokens t: [TimexToken], sentenceOf: [Int]) {
        self.sentenceOf = sentenceOf
        func lower(_ i: Int) -> String { i >= 0 && i < t.count ? t[i].lower : "" }
        let beForms: Set<String> = ["be", "been", "being", "is", "are", "was", "were", "am", "'s", "'re", "get", "got", "to"]
        for i in t.indices where t[i].kind == .word || t[i].lower == "'ll" || t[i].lower == "'s" {
            let w = t[i].lower
            if w == "ll" && i > 0 && t[i - 1].text == "'" && !t[i].spaceBefore {
                cues.append((i, .future))
                continue
            }
            if TimexLexicon.futureCues.contains(w) {
                cues.append((i, .future))
                continue
            }
            if TimexLexicon.futureBeforeTo.contains(w), lower(i + 1) == "to" {
                // "is to" needs a verb after ("is to meet"), not "is to blame"/"to the"
                if (w == "is" || w == "are" || w == "set") && ["the", "a", "an", "be", "blame"].contains(lower(i + 2)) { continue }
                cues.append((i, .future))
                continue
            }
            if ["scheduled", "slated", "due", "expected", "planned"].contains(w) && ["for", "to", "on"].contains(lower(i + 1)) {
                cues.append((i, .future))
                continue
            }
            if TimexLexicon.pastCues.contains(w) || Self.looksPast(w) {
                // passive or infinitive participles take their tense from the auxiliary before them
                if beForms.contains(lower(i - 1)) || (beForms.contains(lower(i - 2)) && lower(i - 1).hasSuffix("ly")) { continue }
                if w == "set" || w == "put" || w == "cut" || w == "let" || w == "hit" || w == "read" || w == "cost" || w == "beat" {
                    // same form in present and past: only a pronoun or name before makes it a verb in the past
                    continue
                }
                cues.append((i, .past))
                continue
            }
            if TimexLexicon.presentCues.contains(w) {
                cues.append((i, .present))
            }
        }
    }

    /// Regular past forms: "-ed" words that are not adjectives or nouns in the exception list.
    static func looksPast(_ w: String) -> Bool {
        guard w.count > 4, w.hasSuffix("ed") else { return false }
        return !TimexLexicon.edNotPast.contains(w)
    }

    /// The tense of the nearest cue in the same sentence, within a window; ties go to the cue before.
    func tense(forTokens first: Int, _ end: Int) -> ClauseTense {
        guard first < sentenceOf.count else { return .unknown }
        let sentence = sentenceOf[first]
        var best: (distance: Int, tense: ClauseTense)? = nil
        // binary search for the first cue at or after `first`
        var lo = 0, hi = cues.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if cues[mid].index < first { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        while k >= 0 {
            let c = cues[k]
            if sentenceOf[c.index] != sentence || first - c.index > 20 { break }
            best = (first - c.index, c.tense)
            break
        }
        k = lo
        while k < cues.count {
            let c = cues[k]
            if c.index < end { k += 1; continue }
            if sentenceOf[c.index] != sentence || c.index - end + 1 > 20 { break }
            let d = c.index - end + 1
            if best == nil || d < (best?.distance ?? Int.max) { best = (d, c.tense) }
            break
        }
        _ = k
        return best?.tense ?? .unknown
    }
}
