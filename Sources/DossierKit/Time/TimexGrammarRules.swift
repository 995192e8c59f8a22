// The grammar's rules, one family per function: dates, weekdays, relative words, quarters, times, sets.

extension TimexGrammar {
    // MARK: explicit dates

    /// "19980108", "2021-04-14", "4/14/2021", "04/14/21".
    func numericDate(_ i: Int) -> Core? {
        let tok = t[i]
        if tok.digits == 8, let n = tok.number {
            let y = n / 10000, m = (n / 100) % 100, d = n % 100
            if (1900...2099).contains(y), CalendarDate.valid(y, m, d) != nil {
                return (i + 1, .calendar(year: .explicit(y), month: m, day: d, weekday: nil))
            }
        }
        if tok.digits == 4, let y = tok.number, isHyphen(i + 1), attached(i + 1), attached(i + 2),
           i + 4 < t.count, let m = t[i + 2].number, t[i + 2].digits <= 2, isHyphen(i + 3), attached(i + 3), attached(i + 4),
           let d = t[i + 4].number, t[i + 4].digits <= 2, CalendarDate.valid(y, m, d) != nil {
            return (i + 5, .calendar(year: .explicit(y), month: m, day: d, weekday: nil))
        }
        if tok.digits <= 2, let m = tok.number, isPunct(i + 1, "/"), attached(i + 1), attached(i + 2), i + 4 < t.count,
           let d = t[i + 2].number, t[i + 2].digits <= 2, isPunct(i + 3, "/"), attached(i + 3), attached(i + 4),
           let y = t[i + 4].number, t[i + 4].digits == 2 || t[i + 4].digits == 4, (1...12).contains(m), (1...31).contains(d) {
            return (i + 5, .calendar(year: t[i + 4].digits == 4 ? .explicit(y) : .twoDigit(y), month: m, day: d, weekday: nil))
        }
        return nil
    }

    static let nonYearFollowers: Set<String> = [
        "%", "percent", "pct", "people", "persons", "troops", "soldiers", "men", "women", "children", "workers",
        "employees", "jobs", "votes", "units", "cars", "vehicles", "homes", "houses", "tons", "tonnes", "barrels",
        "shares", "points", "meters", "metres", "feet", "miles", "kilometers", "kilometres", "km", "kilograms", "kg",
        "pounds", "dollars", "euros", "yen", "marks", "francs", "rubles", "roubles", "deaths", "cases", "acres",
        "hectares", "words", "pages", "copies", "members", "residents", "refugees", "prisoners", "students", "delegates",
        "seats", "flights", "planes", "aircraft", "ships", "rooms", "beds", "gmt", "utc", "hours", "hrs", "local",
        "est", "edt", "pst", "pdt", "cst", "cdt", "bst", "cet", "times", "games", "runs", "yards", "calories",
    ]
    static let nonYearLeaders: Set<String> = [
        "$", "£", "€", "#", "no", "number", "route", "flight", "room", "page", "pages", "highway", "interstate",
        "model", "version", "article", "resolution", "chapter", "section", "rule", "code", "bill", "form", "at",
        // identifiers, references and numbered things: "ID 1337", "platform 1130", "issue 1999", "tel 1600"
        "id", "p", "pp", "tel", "phone", "ref", "reference", "platform", "bus", "channel", "ticket", "vol", "volume",
        "issue", "box", "suite", "unit", "lot", "item", "isbn", "squadron", "regiment", "junction", "exit", "row",
        "seat", "gate", "bay", "zip", "postcode", "extension", "ext", "batch", "patent", "docket", "paragraph", "clause",
        "figure", "fig", "table", "appendix", "exhibit", "verse", "opus", "op", "serial", "kick-off", "kickoff", "ko",
        "score", "scored", "beat", "won", "lost", "drew", "led", "trailed",
    ]
    /// Abbreviations before a number that make it a reference, with their period: "p. 1600", "No. 1130".
    static let numberAbbreviations: Set<String> = ["p", "pp", "no", "nos", "vol", "fig", "tel", "ext", "op", "ref", "id", "art", "sec"]

    /// A year standing alone ("in 1995", "1990s", "the 1990 budget"), or a decade "1990s".
    func yearLed(_ i: Int) -> Core? {
        guard let y = yearNumber(i) else { return nil }
        if isAny(i - 1, Self.nonYearLeaders) || isAny(i + 1, Self.nonYearFollowers) { return nil }
        if isPunct(i - 1, ".") && isAny(i - 2, Self.numberAbbreviations) { return nil }
        // a descending pair is a score or a count ("won 1600-1400"), a year range ascends ("1995-2000")
        if isHyphen(i + 1) || isPunct(i + 1, "\u{2013}"), i + 2 < t.count, t[i + 2].kind == .number, t[i + 2].digits == 4,
           let second = t[i + 2].number, second < y.year { return nil }
        // inside a path or link ("/2021/04/14/")
        if (isPunct(i - 1, "/") && attached(i)) || (isPunct(i + 1, "/") && attached(i + 1)) { return nil }
        if i > 0 && t[i - 1].kind == .number && !t[i].spaceBefore { return nil }
        // part of a longer number pattern ("1995-1-5" is handled by numericDate; "747-400" is not a year)
        if isHyphen(i - 1) && attached(i) && i >= 2 && t[i - 2].kind != .word { return nil }
        if isPunct(i + 1, ".") && attached(i + 1) && i + 2 < t.count && t[i + 2].kind == .number && attached(i + 2) { return nil }
        if y.year < 1600 && !isAny(i - 1, ["in", "since", "of", "by", "until", "from", "year", "before", "after", "circa", "c."]) { return nil }
        if y.year > 2100 { return nil }
        // "1995-96": a season or fiscal year; keep the first year
        return (y.end, .calendar(year: .explicit(y.year), month: nil, day: nil, weekday: nil))
    }

    /// Era words after a number, and the sign they give the year.
    static let eraAfter: [String: Int] = ["bc": -1, "bce": -1, "ad": 1, "ce": 1]

    /// The era written at `i` ("BC", "B.C.", "BCE", "AD", "A.D.", "CE"): its sign and the index after it.
    func era(_ i: Int) -> (sign: Int, end: Int)? {
        guard i < t.count, t[i].kind == .word else { return nil }
        if let sign = Self.eraAfter[t[i].lower] {
            // "ad" and "ce" are ordinary words in lower case ("an ad", "ce que"): only capitals count
            if sign > 0 && t[i].text != t[i].text.uppercased() { return nil }
            // "in 495 BC." : the period ends the sentence
            return (sign, i + 1)
        }
        // "B.C.", "B.C.E.", "A.D.", "C.E.": letters and periods
        let letters = ["b", "a", "c"]
        guard letters.contains(t[i].lower), isPunct(i + 1, "."), attached(i + 1), i + 2 < t.count, attached(i + 2) else { return nil }
        let second = t[i + 2].lower
        let end = skipPeriod(i + 3)
        switch (t[i].lower, second) {
        case ("b", "c"):
            if isW(end, "e"), attached(end) { return (-1, skipPeriod(end + 1)) }
            return (-1, end)
        case ("a", "d"): return t[i].text == "A" ? (1, end) : nil
        case ("c", "e"): return t[i].text == "C" ? (1, end) : nil
        default: return nil
        }
    }

    /// "490 BC", "2,500 BCE", "79 A.D.", "AD 79": a year with its era, astronomical (1 BC is year 0).
    func eraYear(_ i: Int) -> Core? {
        if t[i].kind == .number, let n = t[i].number, (1...9999).contains(n), !t[i].text.contains(":") {
            if let e = era(i + 1) { return (e.end, .eraYear(e.sign < 0 ? 1 - n : n)) }
            // the first year of a range takes the era written after the second: "from 1354 to 1345 B.C."
            if isAny(i + 1, ["to", "and", "until", "till"]) || isHyphen(i + 1) || isPunct(i + 1, "\u{2013}"),
               i + 2 < t.count, t[i + 2].kind == .number, t[i + 2].number != nil, let e = era(i + 3) {
                return (i + 1, .eraYear(e.sign < 0 ? 1 - n : n))
            }
        }
        // "AD 79", "A.D. 79"
        if let e = era(i), e.sign > 0, e.end < t.count, t[e.end].kind == .number, let n = t[e.end].number, (1...9999).contains(n),
           t[i].lower != "ce" && t[i].lower != "c" {
            return (e.end + 1, .eraYear(n))
        }
        return nil
    }

    /// "'95", "'90s".
    func apostropheYear(_ i: Int) -> Core? {
        guard isPunct(i, "'") || isPunct(i, "\u{2019}"), i + 1 < t.count, attached(i + 1) else { return nil }
        let next = t[i + 1]
        if next.kind == .number, next.digits == 2, let n = next.number {
            // "'95" only where a year is expected
            guard isAny(i - 1, ["in", "since", "of", "by", "until", "from", "the", "summer", "spring", "fall", "winter", "before", "after"])
                    || monthName(i - 1) != nil else { return nil }
            return (i + 2, .calendar(year: .twoDigit(n), month: nil, day: nil, weekday: nil))
        }
        if next.kind == .alnum, next.lower.count == 3, next.lower.hasSuffix("s"), let n = Int(next.lower.dropLast()), n % 10 == 0 {
            return (i + 2, .decade(n / 10, twoDigit: true))
        }
        return nil
    }

    /// Tokens mixing digits and letters: "1990s", "90s", "4pm", "21st" handled elsewhere.
    func alnumLed(_ i: Int) -> Core? {
        let w = t[i].lower
        if w.hasSuffix("s"), let n = Int(w.dropLast()) {
            if w.count == 5, (1000...2099).contains(n), n % 10 == 0 {
                return (i + 1, n % 100 == 0 && n < 2000 ? .century(n / 100) : .decade(n / 10, twoDigit: false))
            }
            if w.count == 3, n % 10 == 0, isAny(i - 1, ["the", "early", "late", "mid", "-"]) {
                return (i + 1, .decade(n / 10, twoDigit: true))
            }
        }
        // "FY1990", "FY90"
        if w.hasPrefix("fy"), let n = Int(w.dropFirst(2)) {
            if n >= 1900 && n < 2100 { return (i + 1, .calendar(year: .explicit(n), month: nil, day: nil, weekday: nil)) }
            if n < 100 { return (i + 1, .calendar(year: .twoDigit(n), month: nil, day: nil, weekday: nil)) }
        }
        // "20th century"; "the 5th century BC" has no TIMEX3 century value here: left undated, never read as CE
        if let n = Self.ordinalSuffixed(w), isW(i + 1, "century") {
            if let e = era(i + 2) { return e.sign < 0 ? nil : (e.end, .century(n - 1)) }
            return (i + 2, .century(n - 1))
        }
        return nil
    }

    /// "January 25", "Jan. 5, 2021", "August 1988", "June last year", "in March".
    func monthLed(_ i: Int) -> Core? {
        guard let mn = monthName(i) else { return nil }
        // "Jan" without a period is a name unless a day or year follows
        let bareAbbreviation = TimexLexicon.monthAbbreviations[lower(i)] != nil && mn.end == i + 1
        var j = mn.end
        if let d = dayNumber(j) {
            // "January 25", "Jan. 5, 2021", "May 21 2021"
            var k = d.end
            if isPunct(k, ","), let y = dateYear(k + 1) { return (y.1, .calendar(year: y.0, month: mn.month, day: d.day, weekday: nil)) }
            if let y = dateYear(k) { return (y.1, .calendar(year: y.0, month: mn.month, day: d.day, weekday: nil)) }
            if isW(k, "this") || isW(k, "last") || isW(k, "next"), isW(k + 1, "year") {
                let off = isW(k, "this") ? 0 : isW(k, "last") ? -1 : 1
                k += 2
                return (k, .calendar(year: .relative(off), month: mn.month, day: d.day, weekday: nil))
            }
            // a bare number after an ambiguous month word needs more than that ("May 5" yes, "march 5 miles" no)
            if mn.ambiguous && isAny(k, Self.nonYearFollowers) { return nil }
            return (k, .calendar(year: .context, month: mn.month, day: d.day, weekday: nil))
        }
        if isW(j, "of"), let y = dateYear(j + 1) { return (y.1, .calendar(year: y.0, month: mn.month, day: nil, weekday: nil)) }
        if isPunct(j, ","), let y = yearNumber(j + 1) {
            return (y.end, .calendar(year: .explicit(y.year), month: mn.month, day: nil, weekday: nil))
        }
        if let y = dateYear(j) { return (y.1, .calendar(year: y.0, month: mn.month, day: nil, weekday: nil)) }
        if isAny(j, ["this", "last", "next"]), isW(j + 1, "year") {
            let off = isW(j, "this") ? 0 : isW(j, "last") ? -1 : 1
            return (j + 2, .calendar(year: .relative(off), month: mn.month, day: nil, weekday: nil))
        }
        if bareAbbreviation { return nil }
        // a month alone: ambiguous words need a date-like context ("in May", "last March")
        if mn.ambiguous {
            // "the March accession", but not "the March on Washington"
            if isW(i - 1, "the"), i + 1 < t.count, t[i + 1].kind == .word, !t[i + 1].isCapitalized,
               !isAny(i + 1, ["on", "to", "through", "in", "against", "for", "from", "of", "and", "was", "is", "will"]) {
                return (mn.end, .month(mn.month, .bare))
            }
            let before: Set<String> = ["in", "since", "until", "till", "by", "from", "through", "to", "during", "before",
                                       "after", "of", "early", "late", "mid", "-", "between", "and", "or", "last", "next",
                                       "this", "that", "each", "every", "throughout", "around", "on", "for"]
            guard isAny(i - 1, before), !isAny(j, ["be", "have", "not", "also", "well", "still", "never", "take", "make"]) else { return nil }
            if lower(i) == "march" && isAny(j, ["on", "to", "through", "in", "against", "for", "from", "of"]) && !isAny(i - 1, ["in", "since", "until", "by", "during", "last", "next", "early", "late", "mid", "-"]) {
                return nil
            }
        }
        j = mn.end
        return (j, .month(mn.month, .bare))
    }

    /// "25 January 2021", "the 21st of May".
    func dayMonth(_ i: Int) -> Core? {
        guard let d = dayNumber(i), t[i].kind != .word || TimexLexicon.ordinals[t[i].lower] != nil else { return nil }
        var j = d.end
        if isW(j, "of") { j += 1 }
        guard let mn = monthName(j) else { return nil }
        if t[i].kind == .word && !isW(d.end, "of") { return nil }
        var k = mn.end
        if isPunct(k, ","), let y = dateYear(k + 1) { return (y.1, .calendar(year: y.0, month: mn.month, day: d.day, weekday: nil)) }
        if let y = dateYear(k) { return (y.1, .calendar(year: y.0, month: mn.month, day: d.day, weekday: nil)) }
        k = mn.end
        return (k, .calendar(year: .context, month: mn.month, day: d.day, weekday: nil))
    }

    // MARK: weekdays

    /// "Friday", "Friday, January 20", "Friday morning", "Tuesdays".
    func weekdayLed(_ i: Int) -> Core? {
        if let w = TimexLexicon.weekdayPlurals[lower(i)], t[i].isCapitalized {
            if let part = TimexLexicon.dayParts[lower(i + 1)] {
                return (i + 2, .set("XXXX-WXX-\(w)T\(part.rawValue)"))
            }
            return (i + 1, .set("XXXX-WXX-\(w)"))
        }
        guard let wd = weekdayName(i) else { return nil }
        var j = wd.end
        if isPunct(j, ",") { j += 1 }
        if let date = monthLed(j), case .calendar(let y, let m?, let d?, nil) = date.spec {
            return (date.end, .calendar(year: y, month: m, day: d, weekday: wd.weekday))
        }
        if let date = dayMonth(j), case .calendar(let y, let m?, let d?, nil) = date.spec {
            return (date.end, .calendar(year: y, month: m, day: d, weekday: wd.weekday))
        }
        if wd.abbreviated { return nil }
        if let part = TimexLexicon.dayParts[lower(wd.end)], lower(wd.end) != "overnight" {
            if lower(wd.end) == "nights" { return (wd.end + 1, .set("XXXX-WXX-\(wd.weekday)TNI")) }
            return (wd.end + 1, .dayPart(part, .weekday(wd.weekday, .bare)))
        }
        if lower(wd.end) == "nights" { return (wd.end + 1, .set("XXXX-WXX-\(wd.weekday)TNI")) }
        return (wd.end, .weekday(wd.weekday, .bare))
    }

    // MARK: relative words

    static let relativeUnits: Set<TimeUnit> = [.day, .week, .weekend, .month, .quarter, .year, .decade, .century, .season]

    /// "last Friday", "next week", "this year", "last September", "this morning", "the past five days" without "the".
    func relativeLed(_ i: Int) -> Core? {
        var w = lower(i)
        var j = i + 1
        // "this past Sunday", "this coming week"
        if w == "this" && isAny(j, ["past", "last"]) { w = "last"; j += 1 }
        else if w == "this" && isAny(j, ["coming", "next", "upcoming"]) { w = "next"; j += 1 }
        switch w {
        case "this", "last", "next", "past", "coming", "upcoming", "previous", "following", "current", "that", "recent",
             "these", "prior", "preceding":
            break
        default:
            return nil
        }
        // durations: "last five years", "past 20 years", "next few days", "coming weeks", "recent years"
        if ["last", "past", "next", "coming", "upcoming", "recent", "previous", "following", "prior", "preceding"].contains(w) {
            if let q = quantity(j), !isAny(j, ["a", "an"]) || isW(j + 1, "few") || isW(j + 1, "couple") {
                var k = q.end
                while isAny(k, Self.unitAdjectives) { k += 1 }
                if let u = unitWord(k), u.plural || q.amount == 1 {
                    return (u.end, .duration(Self.durationValue(q.amount, u.unit)))
                }
            }
            if let u = unitWord(j), u.plural, ["past", "coming", "upcoming", "recent", "last", "next"].contains(w) {
                return (u.end, .duration(Self.durationValue(nil, u.unit)))
            }
        }
        let offset: Int
        var anchor = TimexAnchor.articleDate
        var direction: TimexDirection
        switch w {
        case "this", "current", "these": offset = 0; direction = .this
        case "last", "past": offset = -1; direction = .last
        case "next", "coming", "upcoming": offset = 1; direction = .next
        case "previous", "prior", "preceding": offset = -1; direction = .beforeReference; anchor = .reference
        case "following": offset = 1; direction = .afterReference; anchor = .reference
        case "that": offset = 0; direction = .this; anchor = .reference
        case "recent":
            // "the recent war": an adjective, not a time of its own
            return nil
        default: return nil
        }
        if w == "these" {
            return isAny(j, ["days"]) ? (j + 1, .ref("PRESENT_REF")) : nil
        }
        if let wd = weekdayName(j), !wd.abbreviated {
            if w == "that" || w == "current" { return nil }
            // "this coming Sunday, March 8"
            let k = isPunct(wd.end, ",") ? wd.end + 1 : wd.end
            if let date = monthLed(k), case .calendar(let y, let m?, let d?, nil) = date.spec {
                return (date.end, .calendar(year: y, month: m, day: d, weekday: wd.weekday))
            }
            if let part = TimexLexicon.dayParts[lower(wd.end)] {
                return (wd.end + 1, .dayPart(part, .weekday(wd.weekday, direction)))
            }
            return (wd.end, .weekday(wd.weekday, direction))
        }
        if let mn = monthName(j) {
            if w == "that" || w == "current" || anchor == .reference { return nil }
            // "last Oct. 23"
            if direction == .last || direction == .next, let date = monthLed(j), case .calendar(.context, let m?, let d?, nil) = date.spec {
                return (date.end, .calendar(year: direction == .last ? .lastOccurrence : .nextOccurrence, month: m, day: d, weekday: nil))
            }
            return (mn.end, .month(mn.month, direction))
        }
        if let s = TimexLexicon.seasons[lower(j)] {
            if w == "that" || w == "current" { return nil }
            return (j + 1, .season(s, .context, direction))
        }
        if let part = TimexLexicon.dayParts[lower(j)], w == "this" || w == "that" || (w == "last" && lower(j) == "night") {
            if w == "last" { return (j + 1, .dayPart(part, .shift(.day, by: -1, anchor: .articleDate))) }
            return (j + 1, .dayPart(part, w == "that" ? .shift(.day, by: 0, anchor: .reference) : nil))
        }
        // "This Week" in title case is a programme or column name, not a time
        if t[i].isCapitalized, j < t.count, t[j].isCapitalized, t[j].text != t[j].text.uppercased(),
           TimexLexicon.units[t[j].lower] != nil {
            return nil
        }
        // "current fiscal year", "last fiscal year"
        var k = j
        if isW(k, "fiscal") { k += 1 }
        if let u = unitWord(k), !u.plural, Self.relativeUnits.contains(u.unit) {
            if u.unit == .day && (w == "last" || w == "past" || w == "next" || w == "coming") { return nil }
            if u.unit == .season { return nil }
            if w == "current" && u.unit == .day { return nil }
            if u.unit == .weekend {
                return (u.end, .shift(.weekend, by: w == "this" ? 0 : offset, anchor: anchor))
            }
            return (u.end, .shift(u.unit, by: offset, anchor: anchor))
        }
        if w == "current" {
            // "current" as an adjective ("current levels") points at the present, as TimeML does
            return nil
        }
        return nil
    }

    /// Expressions led by "the": durations, past/next periods, quarters, decades, PAST_REF/FUTURE_REF.
    func theLed(_ i: Int, modifierContext: Bool) -> Core? {
        guard isW(i, "the") else { return nil }
        let j = i + 1
        let w = lower(j)
        // "the past", "the future", "the near future", "the present"
        if w == "past" && !(quantity(j + 1) != nil || unitWord(j + 1) != nil || isAny(j + 1, ["few", "several"])) {
            return (j + 1, .ref("PAST_REF"))
        }
        if w == "future" { return (j + 1, .ref("FUTURE_REF")) }
        if ["near", "foreseeable", "distant", "immediate"].contains(w) && isW(j + 1, "future") { return (j + 2, .ref("FUTURE_REF")) }
        if ["near", "short", "long", "medium"].contains(w) && isW(j + 1, "term") { return (j + 2, .ref("FUTURE_REF")) }
        if w == "present" && !isAny(j + 1, ["government", "system", "situation", "case"]) { return (j + 1, .ref("PRESENT_REF")) }
        // "the day before yesterday", "the day after tomorrow"
        if w == "day" && isW(j + 1, "before") && isW(j + 2, "yesterday") { return (j + 3, .shift(.day, by: -2, anchor: .articleDate)) }
        if w == "day" && isW(j + 1, "after") && isW(j + 2, "tomorrow") { return (j + 3, .shift(.day, by: 2, anchor: .articleDate)) }
        // durations: "the past five days", "the first nine months", "the next few years", "the nine months"
        var k = j
        let lead: Set<String> = ["past", "last", "next", "coming", "first", "final", "remaining", "latest", "previous",
                                 "preceding", "following", "initial", "same", "ensuing", "subsequent", "prior", "upcoming", "recent"]
        if isAny(k, lead) { k += 1 }
        if let q = quantity(k), !(isAny(k, ["a", "an"]) && !isAny(k + 1, ["few", "couple", "dozen"])) {
            var m = q.end
            while isAny(m, Self.unitAdjectives) { m += 1 }
            if let u = unitWord(m), u.plural || q.amount == 1 {
                if u.unit == .quarter, let a = q.amount, k > j, isAny(j, ["next", "past", "last", "first"]) {
                    return (u.end, .duration("P\(Int(a) * 3)M"))
                }
                return (u.end, .duration(Self.durationValue(q.amount, u.unit)))
            }
        }
        if k > j, let u = unitWord(k), u.plural, !isAny(j, ["same", "first", "final", "latest"]) {
            return (u.end, .duration(Self.durationValue(nil, u.unit)))
        }
        // "the past year", "the last decade", "the next year", "the previous day", "the following week", "the same day"
        if k > j, let u = unitWord(k), !u.plural, Self.relativeUnits.contains(u.unit) || u.unit == .day {
            switch w {
            case "past", "last", "latest":
                if u.unit == .quarter || u.unit == .day || u.unit == .season { break }
                return (u.end, .shift(u.unit, by: -1, anchor: .articleDate))
            case "next", "coming", "upcoming":
                if u.unit == .day { return (u.end, .shift(.day, by: 1, anchor: .reference)) }
                return (u.end, .shift(u.unit, by: 1, anchor: .articleDate))
            case "previous", "preceding", "prior":
                return (u.end, .shift(u.unit, by: -1, anchor: .reference))
            case "following", "ensuing", "subsequent":
                return (u.end, .shift(u.unit, by: 1, anchor: .reference))
            case "same":
                return (u.end, .shift(u.unit, by: 0, anchor: .reference))
            default:
                break
            }
        }
        // "the next morning"
        if isAny(j, ["next", "following", "previous", "same"]), let part = TimexLexicon.dayParts[lower(j + 1)] {
            let off = isAny(j, ["next", "following"]) ? 1 : isW(j, "previous") ? -1 : 0
            return (j + 2, .dayPart(part, .shift(.day, by: off, anchor: .reference)))
        }
        // "the previous Friday", "the following Monday"
        if isAny(j, ["previous", "preceding", "following", "next"]), let wd = weekdayName(j + 1), !wd.abbreviated {
            return (wd.end, .weekday(wd.weekday, isAny(j, ["following", "next"]) ? .afterReference : .beforeReference))
        }
        // quarters and halves
        if let q = quarterLed(j), case .quarter = q.spec { return q }
        if let q = quarterLed(j), case .half = q.spec { return q }
        if let q = quarterLed(j) { return q }
        if ["latest", "last", "most"].contains(w) {
            var m = j + 1
            if w == "most" { guard isW(m, "recent") else { return nil }; m += 1 }
            if isW(m, "fiscal") { m += 1 }
            if isW(m, "quarter") { return (m + 1, .currentPeriod(.quarter, offset: -1)) }
        }
        if w == "current" || w == "present" {
            var m = j + 1
            if isW(m, "fiscal") { m += 1 }
            if let u = unitWord(m), !u.plural, [.quarter, .year, .month, .week, .decade, .century].contains(u.unit) {
                return (u.end, .shift(u.unit, by: 0, anchor: .articleDate))
            }
        }
        if w == "quarter" { return (j + 1, .referencePeriod(.quarter, years: 0)) }
        // "for the year ended March 31" is a span; "the year" otherwise is the current one
        if w == "year" && !isHyphen(j + 1) && !isAny(j + 1, ["before", "after", "earlier", "ago", "later", "'s"]) {
            if isAny(j + 1, ["ended", "ending", "ends", "to"]) { return (j + 1, .duration("P1Y")) }
            if modifierContext || isAny(i - 1, ["for", "of", "in", "during", "throughout"]) {
                return (j + 1, .shift(.year, by: 0, anchor: .articleDate))
            }
        }
        if w == "fiscal" && isW(j + 1, "year") && yearNumber(j + 2) == nil && !isAny(j + 2, ["ending", "ended", "ends", "that", "beginning", "starting"]) {
            return (j + 2, .shift(.year, by: 0, anchor: .articleDate))
        }
        if w == "fiscal" && isW(j + 1, "year") && !modifierContext {
            if let y = yearNumber(j + 2) { return (y.end, .calendar(year: .explicit(y.year), month: nil, day: nil, weekday: nil)) }
        }
        if (w == "year" || w == "years") && (isW(j + 1, "earlier") || isW(j + 1, "ago")) {
            return nil
        }
        // "the year 2000", "the year two thousand"
        if w == "year" {
            if let y = yearNumber(j + 1) { return (y.end, .calendar(year: .explicit(y.year), month: nil, day: nil, weekday: nil)) }
            if let c = cardinalWords(j + 1), c.value >= 1000, c.value < 2100 {
                var e = c.end
                var v = c.value
                if isW(e, "and"), let rest = cardinalWords(e + 1), rest.value < 100 { v += rest.value; e = rest.end }
                else if let rest = cardinalWords(e), rest.value < 100 { v += rest.value; e = rest.end }
                return (e, .calendar(year: .explicit(v), month: nil, day: nil, weekday: nil))
            }
            if let sy = spokenYear(j + 1) { return sy }
        }
        // decades and centuries: "the 1990s", "the '90s", "the nineties", "the 20th century", "the twentieth century"
        var m = j
        if isAny(m, ["early", "late", "mid"]) { m += 1; if isHyphen(m) { m += 1 } }
        if t.indices.contains(m) && t[m].kind == .alnum, let a = alnumLed(m), case .decade = a.spec { return (a.end, a.spec) }
        if t.indices.contains(m) && t[m].kind == .alnum, let a = alnumLed(m), case .century = a.spec { return (a.end, a.spec) }
        if let a = apostropheYear(m), case .decade = a.spec { return (a.end, a.spec) }
        if let d = Self.decadeWords[lower(m)] { return (m + 1, .decade(d, twoDigit: true)) }
        // "the fifth century BC" is left undated rather than read as the common era
        if let o = TimexLexicon.ordinals[lower(m)], isW(m + 1, "century") {
            if let e = era(m + 2) { return e.sign < 0 ? nil : (e.end, .century(o - 1)) }
            return (m + 2, .century(o - 1))
        }
        if t.indices.contains(m), let o = Self.ordinalSuffixed(lower(m)), isW(m + 1, "century") {
            if let e = era(m + 2) { return e.sign < 0 ? nil : (e.end, .century(o - 1)) }
            return (m + 2, .century(o - 1))
        }
        // "the weekend"
        if w == "weekend" { return (j + 1, .shift(.weekend, by: 0, anchor: .articleDate)) }
        // "the week of March 6"
        if w == "week" && isW(j + 1, "of"), let d = monthLed(j + 2), case .calendar(_, _?, _?, _) = d.spec {
            return (d.end, .weekOf(d.spec))
        }
        // seasons: "the summer", "the summer of 1995"
        if let s = seasonLed(j) { return s }
        if modifierContext, let u = unitWord(j), !u.plural, [.week, .month, .quarter, .year, .decade, .century].contains(u.unit) {
            return (u.end, .shift(u.unit, by: 0, anchor: .articleDate))
        }
        // "the year-earlier quarter", "the year-ago period"
        if let r = yearEarlier(j) { return r }
        if (w == "comparable" || w == "corresponding" || w == "same"), let r = yearEarlier(j + 1) { return r }
        return nil
    }

    static let decadeWords: [String: Int] = [
        "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
    ]

    /// "year-earlier", "year-ago" (+ "quarter"/"period"): the period a year before the one mentioned last.
    func yearEarlier(_ i: Int) -> Core? {
        guard isW(i, "year"), isHyphen(i + 1), attached(i + 1), isAny(i + 2, ["earlier", "ago"]) else { return nil }
        var e = i + 3
        var unit = TimeUnit.year
        if isW(e, "quarter") { unit = .quarter; e += 1 }
        else if isAny(e, ["period", "periods"]) { e += 1 }
        return (e, .referencePeriod(unit, years: -1))
    }

    // MARK: deictic words

    func deictic(_ i: Int) -> Core? {
        let w = lower(i)
        switch w {
        case "today", "yesterday", "tomorrow":
            let off = w == "today" ? 0 : w == "yesterday" ? -1 : 1
            if let part = TimexLexicon.dayParts[lower(i + 1)], lower(i + 1) != "overnight" {
                return (i + 2, .dayPart(part, .shift(.day, by: off, anchor: .articleDate)))
            }
            return (i + 1, .shift(.day, by: off, anchor: .articleDate))
        case "tonight":
            return (i + 1, .dayPart(.night, nil))
        case "now":
            // "Now," opening a sentence is a discourse marker, not a time
            if isPunct(i + 1, ",") && (i == 0 || isPunct(i - 1, ".") || isPunct(i - 1, "\"")) && t[i].isCapitalized { return nil }
            if isW(i - 1, "right") || isW(i - 1, "until") || isW(i - 1, "till") { return (i + 1, .ref("PRESENT_REF")) }
            return (i + 1, .ref("PRESENT_REF"))
        case "right":
            return isW(i + 1, "now") ? (i + 2, .ref("PRESENT_REF")) : nil
        case "currently", "nowadays", "presently":
            return (i + 1, .ref("PRESENT_REF"))
        case "recently", "lately":
            return (i + 1, .ref("PAST_REF"))
        case "current":
            if unitWord(i + 1) != nil || isW(i + 1, "fiscal") { return nil }
            return (i + 1, .ref("PRESENT_REF"))
        case "year":
            // "year-end", "year end"
            let k = skipHyphen(i + 1)
            if isW(k, "end") && (k == i + 2 || !isW(i - 1, "the")) { return (k + 1, .shift(.year, by: 0, anchor: .articleDate)) }
            if let r = yearEarlier(i) { return r }
            return nil
        default:
            return nil
        }
    }

    // MARK: quarters, halves, fiscal years

    /// "the third quarter", "third-quarter", "Q3", "the fiscal first quarter", "the first half of 1990", "fiscal 1989".
    func quarterLed(_ i: Int) -> Core? {
        var j = i
        var year: YearRef = .context
        // "fiscal 1989", "fiscal year 1990", "fiscal-1989"
        if isW(j, "fiscal") {
            var k = skipHyphen(j + 1)
            if isW(k, "year") { k += 1 }
            if let y = dateYear(k) { return (y.1, .calendar(year: y.0, month: nil, day: nil, weekday: nil)) }
            j = skipHyphen(j + 1)
        }
        // "1990 first quarter", "the 1988 third quarter"
        if let y = yearNumber(j), ordinalQuarter(y.end) != nil {
            year = .explicit(y.year)
            j = y.end
            if isW(j, "fiscal") { j = skipHyphen(j + 1) }
        }
        // "this year's third quarter"
        if t.indices.contains(j), t[j].kind == .alnum, t[j].lower.count == 2, t[j].lower.hasPrefix("q"), let q = Int(t[j].lower.dropFirst()), (1...4).contains(q) {
            if let y = yearNumber(j + 1) { return (y.end, .quarter(q, .explicit(y.year))) }
            return (j + 1, .quarter(q, year))
        }
        guard let oq = ordinalQuarter(j) else { return nil }
        var e = oq.end
        var yr = year
        if isW(e, "of") || isW(e, "in") {
            var k = e + 1
            if isW(k, "fiscal") { k += 1; if isW(k, "year") { k += 1 } }
            if let y = dateYear(k) { yr = y.0; e = y.1 }
            else if isAny(k, ["this", "last", "next"]) && isW(k + 1, "year") {
                yr = .relative(isW(k, "this") ? 0 : isW(k, "last") ? -1 : 1)
                e = k + 2
            } else if isW(k, "the") && isW(k + 1, "year") && isW(e, "of") {
                e = k + 2
            }
        } else if let y = yearNumber(e) {
            yr = .explicit(y.year)
            e = y.end
        }
        // "scored eight points in the second quarter", "led 35-27 at the half": with no year and no "fiscal", a
        // quarter or half among a game's words is a period of play, not of the calendar
        if yr == .context, !(i..<e).contains(where: { isW($0, "fiscal") }), isGameContext(i, e) { return nil }
        if oq.isHalf { return (e, .half(oq.n, yr)) }
        return (e, .quarter(oq.n, yr))
    }

    /// Words of a game's play: near a bare quarter or half, they make it a period of play.
    static let gameWords: Set<String> = [
        "game", "games", "match", "matches", "scored", "scoring", "touchdown", "touchdowns", "yards", "rebounds", "basket",
        "baskets", "halftime", "overtime", "quarterback", "goal", "goals", "assists", "pointer", "pointers", "innings",
    ]

    /// How many tokens either side of a quarter or half are searched for a game's words or a score.
    static let gameReach = 25

    /// Whether tokens near `i..<e` tell of a game: one of `gameWords`, or a score ("28-25", "17 - 14"; not a
    /// range of percents, "1-2 percent").
    func isGameContext(_ i: Int, _ e: Int) -> Bool {
        for k in max(0, i - Self.gameReach)..<min(t.count, e + Self.gameReach) where !(i..<e).contains(k) {
            if Self.gameWords.contains(t[k].lower) { return true }
            if let a = t[k].number, a < 200, t[k].digits <= 3, isHyphen(k + 1), k + 2 < t.count,
               let b = t[k + 2].number, b < 200, t[k + 2].digits <= 3, !isAny(k + 3, ["percent", "%", "per", "pct"]) {
                return true
            }
        }
        return false
    }

    /// "third quarter", "third-quarter", "3rd quarter", "fiscal first quarter", "second half", "first-half".
    func ordinalQuarter(_ i: Int) -> (n: Int, isHalf: Bool, end: Int)? {
        var j = i
        if isW(j, "fiscal") { j = skipHyphen(j + 1) }
        var n: Int?
        if let o = TimexLexicon.ordinals[lower(j)] { n = o }
        else if t.indices.contains(j), t[j].kind == .alnum, let o = Self.ordinalSuffixed(t[j].lower) { n = o }
        else if isAny(j, ["final", "last"]) && isW(skipHyphen(j + 1), "quarter") { n = 4 }
        guard let num = n else { return nil }
        var k = skipHyphen(j + 1)
        if isW(k, "fiscal") { k = skipHyphen(k + 1) }
        if isW(k, "quarter"), (1...4).contains(num) { return (num, false, k + 1) }
        if isW(k, "half"), (1...2).contains(num) { return (num, true, k + 1) }
        return nil
    }

    // MARK: seasons

    /// "summer", "the summer of 1995", "summer 1995", "spring 2003".
    func seasonLed(_ i: Int) -> Core? {
        var j = i
        if isW(j, "early") || isW(j, "late") { j += 1 }
        guard let s = TimexLexicon.seasons[lower(j)] else { return nil }
        // "fall" and "spring" are verbs and nouns too: alone they need "the", "in" or a year
        if isW(j + 1, "of"), let y = dateYear(j + 2) { return (y.1, .season(s, y.0, .bare)) }
        if let y = dateYear(j + 1) { return (y.1, .season(s, y.0, .bare)) }
        let prev = isW(i - 1, "the") ? lower(i - 2) : lower(i - 1)
        guard ["in", "during", "this", "last", "next", "since", "until", "by", "over", "through", "throughout", "before",
               "after", "of", "early", "late", "mid", "for", "that"].contains(prev) || (isW(i - 1, "the") && s != .fall && s != .spring)
        else { return nil }
        if isAny(j + 1, ["season", "semester", "term", "session", "collection", "olympics", "games", "wheat", "crops", "storm"]) { return nil }
        return (j + 1, .season(s, .context, .bare))
    }

    // MARK: durations

    /// "five days", "two-year", "a few weeks", "30-day", "decades-long", "two years ago", "three days later".
    func duration(_ i: Int) -> Core? {
        // "day-long", "decades-long"
        if let u = unitWord(i), isHyphen(u.end), attached(u.end), isW(u.end + 1, "long"), attached(u.end + 1) {
            return (u.end + 2, .duration(Self.durationValue(u.plural ? nil : 1, u.unit)))
        }
        guard let q = quantity(i) else {
            // "for years", "within weeks", "for centuries": a span of unknown length
            if let u = unitWord(i), u.plural, u.unit != .weekend, u.unit != .second, isAny(i - 1, ["for", "within", "in", "after"]),
               !isHyphen(u.end), !isAny(u.end, ["ago", "old", "later", "earlier", "before", "after", "of"]), !t[i].isCapitalized {
                return (u.end, .duration(Self.durationValue(nil, u.unit)))
            }
            return nil
        }
        var j = q.end
        // adjectival "two-year", "30-day", "8-month-old"
        if isHyphen(j), attached(j), attached(j + 1), let u = unitWord(j + 1), !u.plural || u.unit == .decade {
            var e = u.end
            // "a 52-year-old": an age, not a time
            if isHyphen(e), attached(e), isW(e + 1, "old") { return nil }
            if isHyphen(e), attached(e), isW(e + 1, "long") { e += 2 }
            guard q.amount != nil else { return nil }
            return (e, .duration(Self.durationValue(q.amount, u.unit)))
        }
        // "two to three weeks", "12 to 18 months"
        if isW(j, "to") || isW(j, "or") || isHyphen(j), let q2 = quantity(j + 1), q2.amount != nil, q.amount != nil,
           let u = unitWord(q2.end), u.plural {
            return (u.end, .duration(Self.durationValue(nil, u.unit)))
        }
        while isAny(j, Self.unitAdjectives) && !(isW(j, "more") && isW(j + 1, "than")) { j += 1 }
        guard let u = unitWord(j) else { return nil }
        // "60 Minutes" in title case names a programme; "a second betrayal" is an ordinal
        if t[j].isCapitalized && t[j].text != t[j].text.uppercased() && j > 0 && !isPunct(j - 1, ".") && i > 0 && !isPunct(i - 1, ".") {
            return nil
        }
        if u.unit == .second && !u.plural && isAny(i, ["a", "one"]) && j + 1 < t.count && t[j + 1].kind == .word
            && !isAny(j + 1, ["ago", "later", "earlier", "or", "and", "before", "after", "longer"]) {
            return nil
        }
        if u.unit == .weekend && isAny(i, ["a", "one"]) { return nil }
        // "a" needs a singular unit; a number above one needs the plural (or "year" in "a 10 year plan" is adjectival)
        if isAny(i, ["a", "an"]) && u.plural && q.amount == 1 { return nil }
        if u.unit == .weekend && q.amount == nil { return nil }
        var amount = q.amount
        var e = u.end
        // "year-earlier", "year-old": the unit is part of an adjective
        if isHyphen(e) && attached(e) { return nil }
        // "24 hours a day", "seven days a week": a rate, not a span
        if isAny(e, ["a", "per", "each", "every"]), let u2 = unitWord(e + 1), !u2.plural { return nil }
        // "52 years old": an age
        if isW(e, "old") || (isW(e, "of") && isW(e + 1, "age")) { return nil }
        // "a year and a half"
        if isW(e, "and") && isW(e + 1, "a") && isW(e + 2, "half"), let a = amount { amount = a + 0.5; e += 3 }
        // "two years ago", "three days later", "a year earlier", "two weeks from now"
        if isW(e, "or") && isW(e + 1, "so") && isW(e + 2, "ago") { e += 2 }
        if isW(e, "ago") || isW(e, "back") && !isAny(e + 1, ["to", "from", "in", "into", "on"]) {
            return (e + 1, .ago(u.unit, amount: amount.map { Int($0.rounded()) }, sign: -1, anchor: .articleDate))
        }
        if isW(e, "earlier") && !isW(e + 1, "than") {
            return (e + 1, .ago(u.unit, amount: amount.map { Int($0.rounded()) }, sign: -1, anchor: .reference))
        }
        if isW(e, "later") && !isW(e + 1, "than") {
            return (e + 1, .ago(u.unit, amount: amount.map { Int($0.rounded()) }, sign: 1, anchor: .reference))
        }
        if isW(e, "from") && isW(e + 1, "now") {
            return (e + 2, .ago(u.unit, amount: amount.map { Int($0.rounded()) }, sign: 1, anchor: .articleDate))
        }
        if isW(e, "hence") {
            return (e + 1, .ago(u.unit, amount: amount.map { Int($0.rounded()) }, sign: 1, anchor: .articleDate))
        }
        // "twice a week" is a set; "$5 a year", "700 seats a week" are rates, not times
        if isAny(i, ["a", "an", "per"]) && !u.plural, isSetContext(i - 1) {
            if isAny(i - 1, ["once", "twice", "thrice", "times"]) { return (e, .set(Self.durationValue(1, u.unit))) }
            return nil
        }
        // "will one day be": a vague future
        if isW(i, "one") && u.unit == .day && !u.plural && isAny(i - 1, ["will", "could", "may", "might", "would", "should", "can"]) {
            return (e, .ref("FUTURE_REF"))
        }
        // "a day" alone is too vague in "a day of talks"; keep it when it reads as a span
        return (e, .duration(Self.durationValue(amount, u.unit)))
    }

    /// Does the token before "a year" make it a rate ("$5 million a year", "twice a week")?
    func isSetContext(_ i: Int) -> Bool {
        guard i >= 0 && i < t.count else { return false }
        if t[i].kind == .number { return true }
        // "700 seats a week", "four flights a week"
        if t[i].kind == .word, t[i].lower.hasSuffix("s"), i > 0, t[i - 1].kind == .number || TimexLexicon.cardinals[t[i - 1].lower] != nil {
            return true
        }
        if let u = TimexLexicon.units[t[i].lower], u.plural { return true }
        return isAny(i, ["million", "billion", "trillion", "percent", "%", "times", "once", "twice", "thrice", "cents", "dollars", "euros", "barrels", "tons", "people"])
    }

    // MARK: clock times and parts of days

    static let timeZones: Set<String> = ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "et", "pt"]

    /// "10:35 a.m.", "5 p.m. EST", "noon", "midnight Friday", "10 p.m. Wednesday", "4 in the morning".
    func clock(_ i: Int) -> Core? {
        var hour: Int
        var minute: Int? = nil
        var j: Int
        let w = lower(i)
        if w == "noon" || w == "midday" { hour = 12; minute = 0; j = i + 1 }
        else if w == "midnight" { hour = 24; minute = 0; j = i + 1 }
        else if t[i].kind == .number, t[i].text.contains(":") {
            let parts = t[i].text.split(separator: ":")
            guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), parts[1].count == 2, h <= 24, m < 60 else { return nil }
            hour = h; minute = m; j = i + 1
            if let (pm, e) = meridiem(j) { hour = Self.adjust(hour, pm: pm); j = e }
            else if isAny(j, Self.timeZones) || isW(j, "local") || isAny(i - 1, ["at", "by", "until", "before", "after", "from", "around", "about"]) {
                // a 24-hour time needs a zone or a preposition to be told from a score
            } else { return nil }
        } else if t[i].kind == .number, let h = t[i].number, t[i].digits <= 2, (1...12).contains(h) {
            hour = h; j = i + 1
            if let (pm, e) = meridiem(j) { hour = Self.adjust(hour, pm: pm); j = e }
            else if isW(j, "o"), isPunct(j + 1, "'"), isW(j + 2, "clock") { j += 3 }
            else if isW(j, "in") && isW(j + 1, "the"), let part = TimexLexicon.dayParts[lower(j + 2)] {
                if part == .afternoon || part == .evening || (part == .night && h >= 6) { hour = Self.adjust(h, pm: true) }
                j += 3
                minute = 0
            } else { return nil }
        } else if t[i].kind == .number, t[i].digits == 4, let n = t[i].number, n % 100 < 60, n / 100 <= 24, isAny(i + 1, Self.timeZones) {
            hour = n / 100; minute = n % 100; j = i + 1
        } else if t[i].kind == .alnum {
            // "4pm", "10am", "4:30pm"
            let s = t[i].lower
            guard s.hasSuffix("am") || s.hasSuffix("pm") else { return nil }
            let body = s.dropLast(2)
            let parts = body.split(separator: ":")
            guard let h = Int(parts.first ?? ""), (1...12).contains(h) else { return nil }
            hour = Self.adjust(h, pm: s.hasSuffix("pm"))
            if parts.count == 2 { minute = Int(parts[1]) }
            j = i + 1
        } else {
            return nil
        }
        var utc = false
        if isAny(j, Self.timeZones) { utc = isAny(j, ["utc", "gmt"]); j += 1 }
        else if isW(j, "local") && isW(j + 1, "time") { j += 2 }
        // a day after the time: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6", "noon today"
        var day: TimexSpec? = nil
        var k = j
        // "11:30 p.m. (0830 GMT) on Tuesday": the same time in another zone, in brackets, stands between the
        // time and its own day (taken only when a day follows)
        if isPunct(k, "("), k + 2 < t.count, let close = (k + 2...min(k + 5, t.count - 1)).first(where: { isPunct($0, ")") }),
           (k + 1..<close).contains(where: { t[$0].kind == .number }), (k + 1..<close).contains(where: { isAny($0, Self.timeZones) }) {
            k = close + 1
        }
        if isPunct(k, ",") { k += 1 }
        if isW(k, "on") { k += 1 }
        if let wd = weekdayName(k), !wd.abbreviated {
            day = .weekday(wd.weekday, .bare)
            j = wd.end
            if let d = monthLed(isPunct(j, ",") ? j + 1 : j), case .calendar(let y, let m?, let dd?, nil) = d.spec {
                day = .calendar(year: y, month: m, day: dd, weekday: wd.weekday)
                j = d.end
            }
        } else if let d = monthLed(k), case .calendar(_, _?, _?, _) = d.spec {
            day = d.spec
            j = d.end
        } else if isAny(k, ["today", "yesterday", "tomorrow"]), k == j || isW(j, "on") == false {
            let off = isW(k, "today") ? 0 : isW(k, "yesterday") ? -1 : 1
            day = .shift(.day, by: off, anchor: .articleDate)
            j = k + 1
        }
        if (w == "noon" || w == "midnight" || w == "midday") && day == nil && !isAny(i - 1, ["at", "by", "until", "before", "after", "around", "from", "till"]) {
            return nil
        }
        return (j, .clock(hour: hour, minute: minute, utc: utc, day))
    }

    static func adjust(_ h: Int, pm: Bool) -> Int {
        if pm { return h == 12 ? 12 : h + 12 }
        return h == 12 ? 0 : h
    }

    /// "a.m.", "p.m", "am", "PM" after a number.
    func meridiem(_ i: Int) -> (Bool, Int)? {
        let w = lower(i)
        if w == "am" || w == "pm" { return (w == "pm", i + 1) }
        if (w == "a" || w == "p"), isPunct(i + 1, "."), attached(i + 1), isW(i + 2, "m"), attached(i + 2) {
            let end = isPunct(i + 3, ".") && attached(i + 3) ? i + 4 : i + 3
            return (w == "p", end)
        }
        if w == "a.m" || w == "p.m" { return (w == "p.m", skipPeriod(i + 1)) }
        return nil
    }

    /// "mid-afternoon yesterday", "late morning", "early Friday evening" (after a position modifier).
    func dayPartLed(_ i: Int) -> Core? {
        var j = i
        var day: TimexSpec? = nil
        if let wd = weekdayName(j), !wd.abbreviated { day = .weekday(wd.weekday, .bare); j = wd.end }
        guard let part = TimexLexicon.dayParts[lower(j)], lower(j) != "overnight" else { return nil }
        j += 1
        if day == nil {
            if isAny(j, ["today", "yesterday", "tomorrow"]) {
                day = .shift(.day, by: isW(j, "today") ? 0 : isW(j, "yesterday") ? -1 : 1, anchor: .articleDate)
                j += 1
            } else if let wd = weekdayName(j), !wd.abbreviated {
                day = .weekday(wd.weekday, .bare)
                j = wd.end
            }
        }
        return (j, .dayPart(part, day))
    }

    // MARK: sets

    /// "daily", "every day", "each Thursday", "every other week", "twice a year", "per month".
    func setLed(_ i: Int) -> Core? {
        let w = lower(i)
        if let v = TimexLexicon.setAdverbs[w] {
            // "quarterly dividend", "monthly payments": an adjective naming a kind of thing
            if (w == "quarterly" || w == "monthly" || w == "yearly") && i + 1 < t.count && t[i + 1].kind == .word && !t[i + 1].isCapitalized {
                return nil
            }
            return (i + 1, .set(v))
        }
        if w == "every" || w == "each" {
            var j = i + 1
            var every = 1
            if isW(j, "other") { every = 2; j += 1 }
            if let wd = weekdayName(j), !wd.abbreviated {
                if let part = TimexLexicon.dayParts[lower(wd.end)] { return (wd.end + 1, .set("XXXX-WXX-\(wd.weekday)T\(part.rawValue)")) }
                return (wd.end, .set("XXXX-WXX-\(wd.weekday)"))
            }
            if let mn = monthName(j), !mn.ambiguous || isW(j, "may") == false {
                return (mn.end, .set("XXXX-" + TimeValue.two(mn.month)))
            }
            if let s = TimexLexicon.seasons[lower(j)] { return (j + 1, .set("XXXX-" + s.rawValue)) }
            if let u = unitWord(j), !u.plural {
                if u.unit == .weekend { return (u.end, .set("XXXX-WXX-WE")) }
                if u.unit == .quarter { return (u.end, .set("P1Q")) }
                if u.unit == .day && isW(j, "night") { return (u.end, .set("P1D")) }
                return (u.end, .set(Self.durationValue(Double(every), u.unit)))
            }
            if let q = quantity(j), let a = q.amount, let u = unitWord(q.end), u.plural {
                return (u.end, .set(Self.durationValue(a, u.unit)))
            }
            return nil
        }
        if w == "per", let u = unitWord(i + 1), !u.plural {
            return (u.end, .set(Self.durationValue(1, u.unit)))
        }
        if (w == "once" || w == "twice" || w == "thrice"), isAny(i + 1, ["a", "per", "every", "each"]), let u = unitWord(i + 2), !u.plural {
            return (u.end, .set(Self.durationValue(1, u.unit)))
        }
        return nil
    }

    // MARK: holidays and spoken years

    static let computedHolidays: [(words: [String], holiday: ComputedHoliday)] = [
        (["thanksgiving", "day"], .thanksgiving), (["thanksgiving"], .thanksgiving), (["easter", "sunday"], .easter),
        (["easter"], .easter), (["good", "friday"], .goodFriday), (["labor", "day"], .laborDay),
        (["labour", "day"], .laborDay), (["memorial", "day"], .memorialDay), (["mother", "'s", "day"], .mothersDay),
        (["father", "'s", "day"], .fathersDay), (["election", "day"], .electionDay),
    ]
    static let fixedHolidayWords: [(words: [String], month: Int, day: Int)] = TimexLexicon.fixedHolidays
        .map { (key, md) in
            (TimexTokenizer.tokenize(Array(key.unicodeScalars)).map(\.lower), md.0, md.1)
        }
        .sorted { $0.words.count > $1.words.count || ($0.words.count == $1.words.count && $0.words.joined() < $1.words.joined()) }

    func holiday(_ i: Int) -> Core? {
        guard t[i].isCapitalized else { return nil }
        func matchWords(_ words: [String]) -> Int? {
            for (k, w) in words.enumerated() where lower(i + k) != w { return nil }
            return i + words.count
        }
        for h in Self.fixedHolidayWords {
            if let e = matchWords(h.words) {
                var yr: YearRef = .context
                var end = e
                if let y = yearNumber(e) { yr = .explicit(y.year); end = y.end }
                return (end, .holiday(month: h.month, day: h.day, yr))
            }
        }
        for h in Self.computedHolidays {
            if let e = matchWords(h.words) {
                var yr: YearRef = .context
                var end = e
                if let y = yearNumber(e) { yr = .explicit(y.year); end = y.end }
                // "Easter week": the week of the holiday
                if isW(end, "week") { return (end + 1, .weekOf(.computedHoliday(h.holiday, yr))) }
                return (end, .computedHoliday(h.holiday, yr))
            }
        }
        return nil
    }

    /// "nineteen ninety-six", "nineteen eighty".
    func spokenYear(_ i: Int) -> Core? {
        guard isW(i, "nineteen") || isW(i, "eighteen") else { return nil }
        let century = isW(i, "nineteen") ? 1900 : 1800
        guard let rest = cardinalWords(i + 1), rest.value >= 10, rest.value < 100 else { return nil }
        return (rest.end, .calendar(year: .explicit(century + rest.value), month: nil, day: nil, weekday: nil))
    }
}
