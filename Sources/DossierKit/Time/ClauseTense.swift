// Guesses whether the clause around an expression reports the past or announces the future.

/// The tense that decides which way a bare weekday or month points.
public enum ClauseTense: String, Sendable {
    case past, present, future, unknown
}

/// Tense cues of one text: found once, then looked up per expression within its clause.
struct TenseCues {
    private var cues: [(index: Int, tense: ClauseTense)] = []
    private let sentenceOf: [Int]
    private let tokenLower: [String]

    /// `sentenceOf[i]` is the sentence number of token `i`.
    init(tokens t: [TimexToken], sentenceOf: [Int]) {
        self.sentenceOf = sentenceOf
        tokenLower = t.map(\.lower)
        func lower(_ i: Int) -> String { i >= 0 && i < t.count ? t[i].lower : "" }
        let beForms: Set<String> = ["be", "been", "being", "is", "are", "was", "were", "am", "'s", "'re", "get", "got", "to"]
        for i in t.indices where t[i].kind == .word || t[i].lower == "'ll" || t[i].lower == "'s" {
            let w = t[i].lower
            if w == "ll" && i > 0 && t[i - 1].text == "'" && !t[i].spaceBefore {
                cues.append((i, .future))
                continue
            }
            // modals point ahead ("might come as early as Tuesday"); "May" the month is capitalised
            if TimexLexicon.futureCues.contains(w) || (["might", "may", "should", "must"].contains(w) && t[i].text == w) {
                cues.append((i, .future))
                continue
            }
            // "had been due to expire Friday": a plan that lay in the past
            if ["due", "scheduled", "expected", "set", "slated"].contains(w) && lower(i - 1) == "been" && lower(i - 2) == "had" {
                cues.append((i, .past))
                continue
            }
            if ["expects", "intends", "hopes", "aims", "promises", "vows", "pledges"].contains(w) {
                cues.append((i, .future))
                continue
            }
            // "the poll, to be published on Friday", "is to be held Tuesday": an infinitive passive names what
            // is still to come, unless a verb of seeming or report governs it ("said to be based", "used to be")
            if w == "to", lower(i + 1) == "be", Self.isParticiple(lower(i + 2)),
               !Self.notAheadBeforeTo.contains(lower(i - 1)) {
                // "was to be held": the plan, not the auxiliary, sets the tense
                if let last = cues.last, last.index >= i - 2, beForms.contains(lower(last.index)) { cues.removeLast() }
                cues.append((i, .future))
                continue
            }
            if TimexLexicon.futureBeforeTo.contains(w), lower(i + 1) == "to" {
                // "is to" needs a verb after ("is to meet"), not "is to blame"/"to the"
                if (w == "is" || w == "are" || w == "set") && ["the", "a", "an", "be", "blame"].contains(lower(i + 2)) { continue }
                // "were planning to": the plan, not the auxiliary, sets the tense
                if let last = cues.last, last.index == i - 1, beForms.contains(lower(i - 1)) { cues.removeLast() }
                cues.append((i, .future))
                continue
            }
            // "planned a rally on Saturday": a plan made in the past for a time that may still be ahead
            if w == "planned" { continue }
            // "planning for the summit in April", "preparing for Tuesday's vote"
            if ["planning", "preparing", "plans", "preparations"].contains(w) && lower(i + 1) == "for" {
                cues.append((i, .future))
                continue
            }
            if ["scheduled", "slated"].contains(w) || (["due", "expected"].contains(w) && ["for", "to", "on"].contains(lower(i + 1))) {
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

    /// A past participle: a regular "-ed" form or a frequent irregular one ("held", "given").
    static func isParticiple(_ w: String) -> Bool {
        looksPast(w) || TimexLexicon.pastCues.contains(w) || irregularParticiples.contains(w)
    }

    static let irregularParticiples: Set<String> = [
        "given", "taken", "shown", "seen", "done", "chosen", "sworn", "drawn", "known", "begun", "written", "spoken",
        "broken", "driven", "held", "built", "sent", "paid", "sold", "made", "set", "put", "cut", "shut", "run", "won",
    ]

    /// Verbs before "to be" + participle that report or judge rather than plan ("said to be based", "seems to be
    /// linked", "used to be run"): the infinitive does not point ahead.
    static let notAheadBeforeTo: Set<String> = [
        "said", "seem", "seems", "seemed", "appear", "appears", "appeared", "believed", "thought", "known", "reported",
        "understood", "alleged", "claimed", "proved", "proven", "used", "happened", "happen", "happens", "turned", "tends",
        "tend", "tended", "deserve", "deserves", "deserved",
    ]

    /// Words that open a new clause: a cue beyond one of them belongs to another verb.
    static let clauseBoundaries: Set<String> = [";", ":", "that", "which", "who", "whom", "while", "but", "because", "although",
                                                "though", "if", "whether", "when", "where", "whereas", "unless", "until"]

    /// The cue that governs tokens `first..<end`: the nearest one before them in the same clause (a time
    /// phrase usually modifies the verb before it: "met on Tuesday"), else the nearest one after them in
    /// the clause ("On Tuesday, the ministry said"), else the nearest in the sentence.
    func nearest(_ first: Int, _ end: Int) -> (index: Int, tense: ClauseTense)? {
        guard first < sentenceOf.count, !cues.isEmpty else { return nil }
        let sentence = sentenceOf[first]
        var lo = 0, hi = cues.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if cues[mid].index < first { lo = mid + 1 } else { hi = mid }
        }
        var leftAny: (Int, ClauseTense)? = nil
        var k = lo - 1
        if k >= 0, sentenceOf[cues[k].index] == sentence, first - cues[k].index <= 12 {
            let c = cues[k]
            leftAny = (c.index, c.tense)
            if !boundaryBetween(c.index + 1, first) { return (c.index, c.tense) }
        } else if k >= 0, sentenceOf[cues[k].index] == sentence, cues[k].tense == .future, first - cues[k].index <= 24,
                  !boundaryBetween(cues[k].index + 1, first) {
            // "will meet with North Korean envoy Kim Kye-Gwan in Beijing on Sunday": a long object between
            // the future verb and its day, with no other verb or clause between
            return (cues[k].index, cues[k].tense)
        }
        k = lo
        while k < cues.count && cues[k].index < end { k += 1 }
        if k < cues.count, sentenceOf[cues[k].index] == sentence, cues[k].index - end < 12 {
            let c = cues[k]
            if !boundaryBetween(end, c.index) { return (c.index, c.tense) }
            if let l = leftAny, first - l.0 <= c.index - end + 1 { return l }
            return (c.index, c.tense)
        }
        return leftAny
    }

    private func boundaryBetween(_ a: Int, _ b: Int) -> Bool {
        var i = a
        while i < b {
            if Self.clauseBoundaries.contains(tokenLower[i]) { return true }
            i += 1
        }
        return false
    }
}
