// Building blocks of the temporal grammar: months, days, years, numbers and unit words.

extension TimexGrammar {
    /// A month name (capitalised) or abbreviation with optional period at `i`.
    func monthName(_ i: Int) -> (month: Int, end: Int, ambiguous: Bool)? {
        guard i < t.count, t[i].kind == .word, t[i].isCapitalized else { return nil }
        let w = t[i].lower
        if let m = TimexLexicon.months[w] {
            return (m, i + 1, TimexLexicon.ambiguousMonths.contains(w))
        }
        if let m = TimexLexicon.monthAbbreviations[w] {
            let end = skipPeriod(i + 1)
            // "Mar" and "Jan" without a period are names as often as months
            return (m, end, end == i + 1 || TimexLexicon.ambiguousMonths.contains(w))
        }
        return nil
    }

    func weekdayName(_ i: Int) -> (weekday: Int, end: Int, abbreviated: Bool)? {
        guard i < t.count, t[i].kind == .word else { return nil }
        if let w = TimexLexicon.weekdays[t[i].lower], t[i].isCapitalized || t[i].lower == t[i].text {
            return (w, i + 1, false)
        }
        if let w = TimexLexicon.weekdayAbbreviations[t[i].lower], t[i].isCapitalized {
            return (w, skipPeriod(i + 1), true)
        }
        return nil
    }

    /// A day of the month: "5", "05", "5th", "fifth", "twenty-first".
    func dayNumber(_ i: Int) -> (day: Int, end: Int)? {
        guard i < t.count else { return nil }
        let tok = t[i]
        if tok.kind == .number, let n = tok.number, tok.digits <= 2, (1...31).contains(n) { return (n, i + 1) }
        if tok.kind == .alnum, let n = Self.ordinalSuffixed(tok.lower), (1...31).contains(n) { return (n, i + 1) }
        if tok.kind == .word {
            if let n = TimexLexicon.ordinals[tok.lower], n <= 31 { return (n, i + 1) }
            if TimexLexicon.tens.contains(tok.lower), let tensValue = TimexLexicon.cardinals[tok.lower] {
                let k = skipHyphen(i + 1)
                if let o = TimexLexicon.ordinals[lower(k)], o < 10, tensValue + o <= 31 { return (tensValue + o, k + 1) }
            }
        }
        return nil
    }

    /// "21st" → 21, "3rd" → 3.
    static func ordinalSuffixed(_ s: String) -> Int? {
        for suffix in ["st", "nd", "rd", "th"] where s.hasSuffix(suffix) {
            return Int(s.dropLast(2))
        }
        return nil
    }

    /// A four-digit year (1000...2999) at `i`, as part of a date; never a 24-hour clock time.
    func yearNumber(_ i: Int) -> (year: Int, end: Int)? {
        guard i < t.count, t[i].kind == .number, t[i].digits == 4, !t[i].text.contains(","),
              let n = t[i].number, (1000...2999).contains(n), !isClockTime(i) else { return nil }
        return (n, i + 1)
    }

    static let clockFollowers: Set<String> = ["gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt",
                                              "pst", "pdt", "et", "pt", "local", "hrs", "hours", "h", "z"]

    /// A four-digit number that reads as a 24-hour time: "1600 GMT", "at 1130", "from 1130 to 1215 GMT",
    /// "kick-off 1500". A year needs a date around it: "at 1600" alone is a time, "in 1600" a year.
    func isClockTime(_ i: Int) -> Bool {
        guard i >= 0, i < t.count, t[i].kind == .number, t[i].digits == 4, let n = t[i].number,
              n / 100 <= 23, n % 100 <= 59 else { return false }
        if isAny(i + 1, Self.clockFollowers) { return true }
        // the start of a range whose end is a clock time ("1130 to 1215 GMT", "1130-1215 GMT")
        if isAny(i + 1, ["to", "until", "till", "and"]) || isHyphen(i + 1) || isPunct(i + 1, "\u{2013}") {
            if i + 3 < t.count, t[i + 2].kind == .number, t[i + 2].digits == 4, isAny(i + 3, Self.clockFollowers) { return true }
        }
        // the end of such a range ("from 1130 to 1215")
        if isAny(i - 1, ["to", "until", "till", "and"]) || isHyphen(i - 1) || isPunct(i - 1, "\u{2013}") {
            if i >= 2, t[i - 2].kind == .number, t[i - 2].digits == 4, isAny(i + 1, Self.clockFollowers) { return true }
        }
        // "at 1600", "kick-off: 1500" (a year is "in", "since", "by" ... 1600, never "at")
        if isAny(i - 1, ["at", "kick-off", "kickoff", "ko"]) || (isPunct(i - 1, ":") && isAny(i - 2, ["kick-off", "kickoff", "ko", "off", "time", "times"])) {
            return true
        }
        if isW(i - 1, "off") && isHyphen(i - 2) && isW(i - 3, "kick") { return true }
        return false
    }

    /// A year after a month or day: "2021", "'21".
    func dateYear(_ i: Int) -> (YearRef, Int)? {
        // a day and month heading a line ("Saturday, 26 February") take no year from the next paragraph
        if i < t.count && t[i].paragraphBefore { return nil }
        if let y = yearNumber(i) { return (.explicit(y.year), y.end) }
        if let s = spokenYear(i), case .calendar(.explicit(let y), nil, nil, nil) = s.spec { return (.explicit(y), s.end) }
        if (isPunct(i, "'") || isPunct(i, "\u{2019}")), i + 1 < t.count, t[i + 1].kind == .number, t[i + 1].digits == 2,
           attached(i + 1), let n = t[i + 1].number {
            return (.twoDigit(n), i + 2)
        }
        return nil
    }

    /// A cardinal written in words: "two", "twenty-four", "twenty four", "a hundred", "two thousand".
    func cardinalWords(_ i: Int) -> (value: Int, end: Int)? {
        guard i < t.count, t[i].kind == .word else { return nil }
        var value: Int
        var j: Int
        if let v = TimexLexicon.cardinals[t[i].lower] {
            value = v
            j = i + 1
            if TimexLexicon.tens.contains(t[i].lower) {
                let k = skipHyphen(j)
                if let o = TimexLexicon.cardinals[lower(k)], o > 0, o < 10 {
                    value += o
                    j = k + 1
                }
            }
        } else if isAny(i, ["a", "one"]) && isAny(i + 1, ["hundred", "thousand"]) {
            value = 1
            j = i + 1
        } else {
            return nil
        }
        if isW(j, "hundred") {
            value *= 100
            j += 1
            if isW(j, "and"), let rest = cardinalWords(j + 1), rest.value < 100 { value += rest.value; j = rest.end }
        }
        if isW(j, "thousand") {
            value *= 1000
            j += 1
        }
        return (value, j)
    }

    /// A quantity before a unit: a number, number words, "a", "a few" (nil amount), "2 1/2".
    func quantity(_ i: Int) -> (amount: Double?, end: Int)? {
        guard i < t.count else { return nil }
        let tok = t[i]
        var amount: Double?
        var j: Int
        if tok.kind == .number {
            if let n = tok.number { amount = Double(n) } else if let d = Double(tok.text.filter { $0 != "," }) { amount = d } else { return nil }
            j = i + 1
            // "2 1/2"
            if j + 2 < t.count, t[j].kind == .number, t[j].digits == 1, isPunct(j + 1, "/"), attached(j + 1), attached(j + 2),
               let num = t[j].number, let den = t[j + 2].number, den > num, den > 0 {
                amount = (amount ?? 0) + Double(num) / Double(den)
                j += 3
            }
        } else if let c = cardinalWords(i) {
            amount = Double(c.value)
            j = c.end
        } else if isAny(i, ["a", "an"]) {
            if isW(i + 1, "few") { return (nil, i + 2) }
            if isW(i + 1, "couple") { return (2, isW(i + 2, "of") ? i + 3 : i + 2) }
            if isW(i + 1, "dozen") { return (12, i + 2) }
            if isW(i + 1, "half") { return (0.5, i + 2) }
            if isW(i + 1, "number") && isW(i + 2, "of") { return (nil, i + 3) }
            return (1, i + 1)
        } else if isW(i, "half") && isAny(i + 1, ["a", "an"]) {
            return (0.5, i + 2)
        } else if isW(i, "couple") && isW(i + 1, "of") {
            return (2, i + 2)
        } else if isAny(i, TimexLexicon.vagueQuantities) {
            return (nil, i + 1)
        } else if isAny(i, ["dozens", "hundreds", "thousands", "tens"]) && isW(i + 1, "of") {
            return (nil, i + 2)
        } else {
            return nil
        }
        // "two and a half"
        if isW(j, "and") && isW(j + 1, "a") && isW(j + 2, "half"), let a = amount {
            amount = a + 0.5
            j += 3
        }
        return (amount, j)
    }

    /// A unit word at `i`, with "-long"/"-old" and similar left to the caller.
    func unitWord(_ i: Int) -> (unit: TimeUnit, plural: Bool, end: Int)? {
        guard i < t.count, t[i].kind == .word, let u = TimexLexicon.units[t[i].lower] else { return nil }
        return (u.0, u.plural, i + 1)
    }

    /// Words allowed between a quantity and its unit: "two more weeks", "eight trading days".
    static let unitAdjectives: Set<String> = [
        "more", "additional", "long", "full", "straight", "consecutive", "successive", "trading", "business",
        "working", "calendar", "school", "extra", "further", "whole", "short", "solid", "legislative",
    ]

    /// TIMEX3 duration value for an amount of a unit ("P5D", "PT2H", "P2Y6M", "PXY").
    static func durationValue(_ amount: Double?, _ unit: TimeUnit) -> String {
        let t = unit.isTimeOfDay ? "T" : ""
        guard let a = amount else { return "P" + t + "X" + (unit == .decade ? "E" : unit == .century ? "C" : unit.durationLetter) }
        let whole = Int(a)
        let frac = a - Double(whole)
        func fmt(_ n: Int, _ u: TimeUnit) -> String {
            switch u {
            case .decade: return "\(n * 10)Y"
            case .century: return "\(n * 100)Y"
            case .millennium: return "\(n * 1000)Y"
            case .weekend: return "\(n * 2)D"
            case .season: return "\(n * 3)M"
            default: return "\(n)\(u.durationLetter)"
            }
        }
        if frac < 0.01 { return "P" + t + fmt(whole, unit) }
        // halves and other fractions go to the next smaller unit
        let smaller: (TimeUnit, Double)? = {
            switch unit {
            case .year: return (.month, 12)
            case .month: return (.day, 30)
            case .week: return (.day, 7)
            case .day: return (.hour, 24)
            case .hour: return (.minute, 60)
            case .minute: return (.second, 60)
            case .decade: return (.year, 10)
            case .century: return (.year, 100)
            default: return nil
            }
        }()
        guard let (u2, factor) = smaller else { return "P" + t + fmt(max(whole, 1), unit) }
        let part = Int((frac * factor).rounded())
        let head = whole > 0 ? fmt(whole, unit) : ""
        if unit == .day {
            return "P" + head + "T" + fmt(part, u2)
        }
        let t2 = u2.isTimeOfDay && t.isEmpty ? "T" : ""
        return "P" + t + head + t2 + fmt(part, u2)
    }
}
