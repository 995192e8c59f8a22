// The temporal grammar: finds expressions in a token stream and says what each one means.

/// A hand-written longest-match grammar over `TimexToken`s. Extents follow TimeML: determiners,
/// modifiers ("early", "the end of") and approximators ("nearly", "at least") are inside the
/// expression, prepositions ("on", "in") are not.
struct TimexGrammar {
    let t: [TimexToken]

    init(_ tokens: [TimexToken]) { t = tokens }

    typealias Core = (end: Int, spec: TimexSpec)

    /// Every expression, left to right, non-overlapping.
    func matches() -> [TimexMatch] {
        var out: [TimexMatch] = []
        var i = 0
        while i < t.count {
            if let m = match(at: i) {
                out.append(m)
                i = max(m.end, i + 1)
                // "April 24 and 25": the second day shares the month
                if case .calendar(let y, let month?, _?, nil) = m.spec, isAny(i, ["and", "to", "through", "or"]) || isHyphen(i),
                   let d = dayNumber(i + 1), t[i + 1].kind != .word, monthName(d.end) == nil, unitWord(d.end) == nil {
                    out.append(TimexMatch(first: i + 1, end: d.end, spec: .calendar(year: y, month: month, day: d.day, weekday: nil)))
                    i = d.end
                }
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: token helpers

    func lower(_ i: Int) -> String { i >= 0 && i < t.count ? t[i].lower : "" }
    func isW(_ i: Int, _ w: String) -> Bool { i >= 0 && i < t.count && t[i].lower == w }
    func isAny(_ i: Int, _ ws: Set<String>) -> Bool { i >= 0 && i < t.count && ws.contains(t[i].lower) }
    /// For short literal lists: a linear scan, without building a set on every call.
    func isAny(_ i: Int, _ ws: [String]) -> Bool {
        guard i >= 0 && i < t.count else { return false }
        let w = t[i].lower
        for x in ws where x == w { return true }
        return false
    }
    /// Token `i` is written against the token before it ("third-quarter", "Jan.").
    func attached(_ i: Int) -> Bool { i > 0 && i < t.count && !t[i].spaceBefore }
    func isPunct(_ i: Int, _ p: String) -> Bool { i >= 0 && i < t.count && t[i].kind == .punct && t[i].text == p }
    func isHyphen(_ i: Int) -> Bool {
        i >= 0 && i < t.count && t[i].kind == .punct && (t[i].text == "-" || t[i].text == "\u{2010}" || t[i].text == "\u{2011}")
    }
    /// Index after an optional period written against the previous token.
    func skipPeriod(_ i: Int) -> Int { isPunct(i, ".") && attached(i) ? i + 1 : i }
    /// Index after "word-" or "word " joining: a hyphen right after `i - 1` is skipped.
    func skipHyphen(_ i: Int) -> Int { isHyphen(i) && attached(i) && attached(i + 1) ? i + 1 : i }

    // MARK: top level

    static let approximators: Set<String> = ["about", "around", "approximately", "roughly", "nearly", "almost", "some", "circa"]

    func match(at i: Int) -> TimexMatch? {
        guard i < t.count else { return nil }
        // Approximators stay in the extent ("nearly two years", "at least 30 days").
        var j = i
        var durationOnly = false
        if isAny(i, Self.approximators) { j = i + 1 }
        else if isAny(i, ["at"]) && isAny(i + 1, ["least", "most"]) { j = i + 2 }
        else if isAny(i, ["more", "less", "fewer"]) && isW(i + 1, "than") { j = i + 2 }
        else if isW(i, "no") && isAny(i + 1, ["more", "less"]) && isW(i + 2, "than") { j = i + 3 }
        else if isW(i, "up") && isW(i + 1, "to") { j = i + 2; durationOnly = true }
        if j > i {
            // "about the future": before anything but a number or quantity these words are prepositions
            let quantityFollows = t.indices.contains(j) && (t[j].kind == .number || t[j].kind == .alnum
                || TimexLexicon.cardinals[t[j].lower] != nil || isAny(j, ["a", "an", "half", "noon", "midnight", "midday"])
                || monthName(j) != nil)
            guard quantityFollows else { return nil }
            if let core = modified(at: j), !(durationOnly && core.spec.type != .duration) {
                // "get around Wednesday's ruling": before a bare day name these words are prepositions
                if case .weekday = core.spec { return nil }
                // "some" only before numbers ("some 20 years"), not "some time"
                if isW(i, "some") && t[j].kind != .number && TimexLexicon.cardinals[lower(j)] == nil {
                    return nil
                }
                return TimexMatch(first: core.start == j ? i : core.start, end: core.end, spec: core.spec)
            }
            return nil
        }
        if let core = modified(at: i) { return TimexMatch(first: core.start, end: core.end, spec: core.spec) }
        return nil
    }

    /// A core expression, possibly after a position modifier ("early", "mid-", "the end of").
    /// "earlier"/"later" are read but left out of the extent ("earlier [this month]"), as TimeBank does
    /// for most of them; the returned `start` says where the expression begins.
    func modified(at i: Int) -> (start: Int, end: Int, spec: TimexSpec)? {
        if let after = positionModifier(at: i), after < t.count {
            let earlierLater = isAny(i, ["earlier", "later"])
            let start = earlierLater ? i + 1 : i
            if let core = core(at: after, modifierContext: true) {
                if earlierLater && !isAny(after, ["this", "that", "last", "next", "today", "yesterday", "tomorrow", "in"]) {
                    return nil
                }
                if core.spec.type != .duration && core.spec.type != .set { return (start, core.end, core.spec) }
            }
            if earlierLater && isW(after, "in") && isW(after + 1, "the") && isAny(after + 2, ["day", "week", "month", "year"]),
               let unit = TimexLexicon.units[lower(after + 2)] {
                // "earlier in the year": the current one; the extent is "the year"
                return (after + 1, after + 3, .shift(unit.0, by: 0, anchor: .articleDate))
            }
        }
        if let core = core(at: i, modifierContext: false) {
            let c = extendTail(core)
            return (i, c.end, c.spec)
        }
        return nil
    }

    /// "or so" after an expression stays in its extent ("the next two years or so").
    func extendTail(_ core: Core) -> Core {
        if isW(core.end, "or") && isW(core.end + 1, "so") { return (core.end + 2, core.spec) }
        return core
    }

    /// Index after a position modifier, if one starts at `i`.
    func positionModifier(at i: Int) -> Int? {
        let w = lower(i)
        switch w {
        case "early", "late", "earlier", "later", "mid", "middle":
            // "mid-1996", "mid 1990", "early next year"
            if w == "mid" || w == "middle", isHyphen(i + 1) { return i + 2 }
            return i + 1
        case "the":
            if isAny(i + 1, ["end", "beginning", "start", "middle", "close", "turn", "rest", "remainder", "first", "last", "second"]) {
                if isW(i + 2, "half") { return nil }
                if isW(i + 2, "of") { return i + 3 }
            }
            if isAny(i + 1, ["early", "late", "mid"]) {
                return isHyphen(i + 2) ? i + 3 : i + 2
            }
            return nil
        case "end", "beginning", "start":
            return isW(i + 1, "of") ? i + 2 : nil
        default:
            return nil
        }
    }

    /// The longest core expression starting at `i`.
    func core(at i: Int, modifierContext: Bool) -> Core? {
        guard i < t.count else { return nil }
        var best: Core? = nil
        func consider(_ c: Core?) {
            guard let c, c.end > i else { return }
            if best == nil || c.end > (best?.end ?? 0) { best = c }
        }
        let tok = t[i]
        switch tok.kind {
        case .number:
            consider(eraYear(i))
            consider(numericDate(i))
            consider(yearLed(i))
            consider(dayMonth(i))
            consider(clock(i))
            consider(duration(i))
            consider(quarterLed(i))
            consider(setLed(i))
        case .alnum:
            consider(alnumLed(i))
            consider(dayMonth(i))
            consider(clock(i))
            consider(quarterLed(i))
        case .punct:
            consider(apostropheYear(i))
        case .word:
            consider(eraYear(i))
            consider(monthLed(i))
            consider(weekdayLed(i))
            consider(relativeLed(i))
            consider(theLed(i, modifierContext: modifierContext))
            consider(deictic(i))
            consider(quarterLed(i))
            consider(seasonLed(i))
            consider(duration(i))
            consider(clock(i))
            consider(setLed(i))
            consider(holiday(i))
            consider(spokenYear(i))
            consider(dayMonth(i))
            if modifierContext {
                consider(dayPartLed(i))
                // "the end of the year", "year-end"
                if isW(i, "the"), let u = TimexLexicon.units[lower(i + 1)], !u.plural,
                   [.week, .month, .quarter, .year, .decade, .century].contains(u.0) {
                    consider((i + 2, .shift(u.0, by: 0, anchor: .articleDate)))
                }
            }
        }
        return best
    }
}
