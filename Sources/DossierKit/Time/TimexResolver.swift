// Anchors what an expression says to the article date, the tense and the date mentioned before it.

/// The outcome for one expression: a TIMEX3 value (nil when it cannot be anchored) and its evidence.
struct TimexResolution: Sendable {
    var value: String?
    /// Set for dates and times that can serve as reference for later anaphora ("the next day").
    var point: TimeValue?
    var granularity: Granularity?
    var basis: String
    var conflict: String?
}

/// What the resolver knows at one expression.
struct TimexContext: Sendable {
    var articleDate: CalendarDate?
    var tense: ClauseTense = .unknown
    /// The last date mentioned before this expression (any sentence).
    var reference: TimeValue?
    /// The last date mentioned before this expression in the same sentence.
    var sentenceReference: TimeValue?
    /// The last date mentioned in this or the previous sentence.
    var recentReference: TimeValue?
}

struct TimexResolver {
    /// Years before this one are only read with an era or an "ago" of centuries, and mark background.
    static let remotePastYear = 1000
    /// Written into the basis of such dates, so that what they date is told apart as background.
    static let remotePastNote = "remote past: background"

    /// `text` is the expression's own words, for readable conflict notes.
    func resolve(_ spec: TimexSpec, text: String, context c: TimexContext) -> TimexResolution {
        switch spec {
        case .duration(let v):
            return TimexResolution(value: v, granularity: nil, basis: "duration")
        case .set(let v):
            return TimexResolution(value: v, granularity: nil, basis: "recurring")
        case .ref(let v):
            return TimexResolution(value: v, granularity: nil, basis: "vague reference (\(v))")
        case .eraYear(let y):
            return point(.year(y), basis: y < Self.remotePastYear ? "explicit year with its era (\(Self.remotePastNote))" : "explicit year with its era")
        default:
            break
        }
        guard let dct = c.articleDate else {
            if case .calendar(.explicit(let y), let m, let d, let wd) = spec {
                return explicitDate(year: y, month: m, day: d, weekday: wd, text: text, context: c, yearBasis: nil)
            }
            if case .decade(let d, false) = spec { return point(.decade(d), basis: "explicit decade") }
            if case .century(let n) = spec { return point(.century(n), basis: "explicit century") }
            if case .quarter(let q, .explicit(let y)) = spec { return point(.quarter(year: y, quarter: q), basis: "explicit quarter") }
            if case .half(let h, .explicit(let y)) = spec { return point(.half(year: y, half: h), basis: "explicit half-year") }
            if case .season(let s, .explicit(let y), _) = spec { return point(.season(year: y, s), basis: "explicit season") }
            return TimexResolution(value: nil, granularity: nil, basis: "needs an article date to anchor \"\(text)\"")
        }
        let dctBasis = "relative to article date \(dct)"
        switch spec {
        case .calendar(let yearRef, let month, let day, let weekday):
            switch yearRef {
            case .explicit(let y):
                return explicitDate(year: y, month: month, day: day, weekday: weekday, text: text, context: c, yearBasis: nil)
            case .twoDigit(let yy):
                let y = Self.expandTwoDigit(yy, around: dct.year)
                return explicitDate(year: y, month: month, day: day, weekday: weekday, text: text, context: c,
                                    yearBasis: "two-digit year read in the century of article date \(dct)")
            case .relative(let off):
                return explicitDate(year: dct.year + off, month: month, day: day, weekday: weekday, text: text, context: c,
                                    yearBasis: "year \(off == 0 ? "of" : off < 0 ? "before" : "after") article date \(dct)")
            case .reference:
                let y = c.reference?.firstDay.year ?? dct.year
                return explicitDate(year: y, month: month, day: day, weekday: weekday, text: text, context: c,
                                    yearBasis: "year of the date mentioned before")
            case .context:
                guard let m = month else { return TimexResolution(value: nil, granularity: nil, basis: "incomplete date") }
                return contextDate(month: m, day: day, weekday: weekday, text: text, dct: dct, tense: c.tense)
            case .lastOccurrence, .nextOccurrence:
                guard let m = month, let d = day else { return TimexResolution(value: nil, granularity: nil, basis: "incomplete date") }
                let last = yearRef == .lastOccurrence
                let candidates = [dct.year - 1, dct.year, dct.year + 1].compactMap { CalendarDate.valid($0, m, d) }
                let chosen = last ? candidates.last { $0 < dct } : candidates.first { $0 > dct }
                guard let date = chosen else { return TimexResolution(value: nil, granularity: nil, basis: "no such day: \(text)") }
                return point(.day(date), basis: "explicit date, the \(last ? "last one before" : "next one after") article date \(dct)")
            }
        case .month(let m, let dir):
            switch dir {
            case .last:
                // the month just before the article date's month is "last month"; "last February" said in
                // March means the February of the year before
                let y = m < dct.month - 1 ? dct.year : dct.year - 1
                return point(.month(year: y, month: m), basis: "month before article date \(dct) ('last')")
            case .next:
                let y = m > dct.month ? dct.year : dct.year + 1
                return point(.month(year: y, month: m), basis: "month after article date \(dct) ('next')")
            case .this:
                return point(.month(year: dct.year, month: m), basis: "month in the year of article date \(dct)")
            default:
                return contextDate(month: m, day: nil, weekday: nil, text: text, dct: dct, tense: c.tense)
            }
        case .weekday(let w, let dir):
            return weekday(w, dir, dct: dct, context: c)
        case .shift(let unit, let n, let anchor):
            return shift(unit, n, anchor: anchor, dct: dct, context: c)
        case .ago(let unit, let amount, let sign, let anchor):
            guard let amount else {
                let v = sign < 0 ? "PAST_REF" : "FUTURE_REF"
                return TimexResolution(value: v, granularity: nil, basis: "vague reference (\(v))")
            }
            if unit == .year || unit == .decade || unit == .century {
                // "a year ago" in a passage about a quarter means that quarter a year before; otherwise
                // years count from the article date even after "earlier" ("net was $5 a year earlier")
                let years = amount * (unit == .year ? 1 : unit == .decade ? 10 : 100)
                if unit == .year, let r = c.recentReference, [.quarter, .season].contains(r.granularity) {
                    return point(r.shifted(.year, by: sign * years), basis: "relative to \(r.timex) (mentioned before)")
                }
                // "He started the firm in 1976 and in 1984 ... One year later he was fired": a history counts
                // on from the year it names (this sentence's or the one before), not from the article date
                if sign > 0, anchor == .reference, let r = c.recentReference, r.firstDay < dct {
                    return point(.year(r.firstDay.year + years), basis: "\(years) years after \(r.timex) (mentioned before)")
                }
                // only an "ago" of centuries reaches before 1000 ("2,500 years ago", "some two thousand years ago")
                let y = dct.year + sign * years
                return point(.year(y), basis: y < Self.remotePastYear ? "\(dctBasis), \(years) years back (\(Self.remotePastNote))" : dctBasis)
            }
            var base: TimeValue
            var basis = dctBasis
            let g: Granularity = unit.isTimeOfDay ? .day : unit.granularity
            // ("from 193 million a day earlier" after a passage naming February: a month has no day before it, so a
            // shift of days counts from the article date, not from the month's first day)
            if anchor == .reference, let r = c.sentenceReference ?? c.reference, !unit.isTimeOfDay, r.granularity >= g {
                base = TimeValue.at(r.firstDay, granularity: g)
                basis = "relative to \(r.timex) (mentioned before)"
            } else {
                base = TimeValue.at(dct, granularity: g)
            }
            let unitForShift: TimeUnit = unit == .weekend ? .week : unit.isTimeOfDay ? .day : unit
            let v = base.shifted(unitForShift, by: unit.isTimeOfDay ? 0 : sign * amount)
            return point(v, basis: basis)
        case .season(let s, let yearRef, let dir):
            return season(s, yearRef, dir, dct: dct, context: c)
        case .quarter(let q, let yearRef):
            if let y = year(of: yearRef, dct: dct, context: c) {
                return point(.quarter(year: y, quarter: q), basis: yearRef == .context ? dctBasis : "explicit quarter")
            }
            var y = dct.year
            let start = CalendarDate(year: y, month: (q - 1) * 3 + 1, day: 1)
            if start > dct && c.tense != .future { y -= 1 }
            return point(.quarter(year: y, quarter: q), basis: "quarter of the year of article date \(dct)")
        case .half(let h, let yearRef):
            if let y = year(of: yearRef, dct: dct, context: c) {
                return point(.half(year: y, half: h), basis: "explicit half-year")
            }
            var y = dct.year
            if h == 2 && dct.month < 7 && c.tense == .past { y -= 1 }
            return point(.half(year: y, half: h), basis: "half of the year of article date \(dct)")
        case .currentPeriod(let unit, let offset):
            return point(TimeValue.at(dct, granularity: unit.granularity).shifted(unit, by: offset), basis: dctBasis)
        case .referencePeriod(let unit, let years):
            if unit == .quarter {
                var base = TimeValue.at(dct, granularity: .quarter).shifted(.quarter, by: -1)
                var basis = "the last full quarter before article date \(dct)"
                if let r = c.sentenceReference ?? c.reference, r.granularity == .quarter {
                    base = r
                    basis = "the quarter mentioned before"
                }
                return point(base.shifted(.year, by: years), basis: basis)
            }
            if let r = c.recentReference, r.granularity == .quarter {
                return point(r.shifted(.year, by: years), basis: "a year before \(r.timex) (mentioned before)")
            }
            return point(.year(dct.year + years), basis: dctBasis)
        case .decade(let d, let twoDigit):
            if twoDigit {
                var decade = (dct.year / 100) * 10 + d
                if decade * 10 > dct.year { decade -= 10 }
                return point(.decade(decade), basis: "decade in the century of article date \(dct)")
            }
            return point(.decade(d), basis: "explicit decade")
        case .century(let n):
            return point(.century(n), basis: "explicit century")
        case .holiday(let m, let d, let yearRef):
            if let y = year(of: yearRef, dct: dct, context: c) {
                return explicitDate(year: y, month: m, day: d, weekday: nil, text: text, context: c, yearBasis: nil)
            }
            return contextDate(month: m, day: d, weekday: nil, text: text, dct: dct, tense: c.tense)
        case .computedHoliday(let h, let yearRef):
            if let y = year(of: yearRef, dct: dct, context: c) {
                return point(.day(Self.date(of: h, in: y)), basis: "holiday in \(y)")
            }
            let candidates = (dct.year - 1...dct.year + 1).map { Self.date(of: h, in: $0) }
            let chosen = Self.choose(candidates, around: dct, tense: c.tense)
            return point(.day(chosen), basis: "holiday nearest article date \(dct) (\(c.tense.rawValue) tense)")
        case .dayPart(let part, let daySpec):
            var day = dct
            var basis = dctBasis
            if let daySpec {
                let r = resolve(daySpec, text: text, context: c)
                guard let p = r.point else { return r }
                day = p.firstDay
                basis = r.basis
            }
            // A weekday with a part of the day ("Friday night", "Tuesday morning") names that day: the
            // AQUAINT annotation dates it so, and a story's timeline needs the day. A part of the
            // article's own day or the day before ("this morning", "last night") keeps the TIMEX3
            // part-of-day suffix, as TimeBank writes it.
            if case .weekday? = daySpec { return point(.day(day), basis: basis) }
            // the day stays the reference point for anaphora; the value carries the part of the day
            return TimexResolution(value: day.description + "T" + part.rawValue, point: .day(day), granularity: .time, basis: basis)
        case .clock(let h, let m, let utc, let daySpec):
            // a time without a day belongs to the day just mentioned, else to the article date
            var day = dct
            var basis = dctBasis
            if let r = c.sentenceReference ?? c.reference, r.granularity == .day {
                day = r.firstDay
                basis = "on \(r.timex) (mentioned before)"
            }
            if let daySpec {
                let r = resolve(daySpec, text: text, context: c)
                guard let p = r.point else { return r }
                day = p.firstDay
                basis = r.basis
            }
            let hh = TimeValue.two(h)
            let suffix = hh + ":" + TimeValue.two(m ?? 0) + (utc ? "Z" : "")
            return TimexResolution(value: day.description + "T" + suffix, point: .day(day), granularity: .time, basis: basis)
        case .weekOf(let inner):
            let r = resolve(inner, text: text, context: c)
            guard let p = r.point else { return r }
            return point(p.firstDay.isoWeekValue, basis: r.basis)
        case .duration, .set, .ref, .eraYear:
            return TimexResolution(value: nil, granularity: nil, basis: "")
        }
    }

    func point(_ v: TimeValue, basis: String, conflict: String? = nil) -> TimexResolution {
        TimexResolution(value: v.timex, point: v, granularity: v.granularity, basis: basis, conflict: conflict)
    }

    func year(of ref: YearRef, dct: CalendarDate, context c: TimexContext) -> Int? {
        switch ref {
        case .explicit(let y): return y
        case .twoDigit(let yy): return Self.expandTwoDigit(yy, around: dct.year)
        case .relative(let off): return dct.year + off
        case .reference: return c.reference?.firstDay.year ?? dct.year
        case .context, .lastOccurrence, .nextOccurrence: return nil
        }
    }

    /// "'95" → 1995 in an article of 2001, 2095 never before its time: the latest year ≤ article year + 10.
    static func expandTwoDigit(_ yy: Int, around year: Int) -> Int {
        var y = (year / 100) * 100 + yy
        if y > year + 10 { y -= 100 }
        return y
    }

    // MARK: explicit and partial dates

    /// A date whose year is known. A weekday that does not fit is a conflict: pick the best-supported day.
    func explicitDate(year y: Int, month: Int?, day: Int?, weekday: Int?, text: String, context c: TimexContext,
                      yearBasis: String?) -> TimexResolution {
        let basis = yearBasis.map { "explicit date, \($0)" } ?? "explicit date"
        guard let m = month else { return point(.year(y), basis: yearBasis ?? "explicit year") }
        guard let d = day else { return point(.month(year: y, month: m), basis: yearBasis.map { "explicit month, \($0)" } ?? "explicit month") }
        guard let date = CalendarDate.valid(y, m, d) else {
            return TimexResolution(value: nil, granularity: nil, basis: "no such day: \(text)")
        }
        guard let w = weekday, date.weekday != w else { return point(.day(date), basis: basis) }
        let (chosen, note) = resolveWeekdayConflict(date: date, weekday: w, text: text, context: c)
        return point(.day(chosen), basis: Self.conflictBasis(basis, chosen: chosen, written: date), conflict: note)
    }

    /// "Friday, January 20" when the 20th was a Wednesday. Candidates are the written day and the days of
    /// that month with the written weekday; a candidate gains support when its day number differs from
    /// the written one by one digit (a typo) and when it is the day a bare "Friday" would mean next to
    /// the article date. Ties keep the date as written.
    func resolveWeekdayConflict(date: CalendarDate, weekday w: Int, text: String, context c: TimexContext) -> (CalendarDate, String) {
        let writtenName = date.weekdayName
        let wanted = TimexLexicon.weekdayNames[w - 1]
        var best = date
        var bestSupport = 1
        var reasons: [String] = []
        var bareReading: CalendarDate? = nil
        if let dct = c.articleDate {
            bareReading = c.tense == .future ? dct.next(weekday: w) : dct.previous(weekday: w)
        }
        for d in 1...CalendarDate.daysIn(month: date.month, year: date.year) {
            let cand = CalendarDate(year: date.year, month: date.month, day: d)
            guard cand.weekday == w else { continue }
            var support = 0
            var why: [String] = []
            if Self.oneDigitApart(d, date.day) { support += 1; why.append("the day number differs by one digit") }
            if cand == bareReading { support += 1; why.append("it is the \(wanted) \(c.tense == .future ? "after" : "before") the article date") }
            if support > bestSupport { best = cand; bestSupport = support; reasons = why }
        }
        let written = "\(date) was a \(writtenName), not a \(wanted)"
        if best == date {
            return (date, "\"\(text)\": \(written); kept the date as written")
        }
        return (best, "\"\(text)\": \(written); read as \(wanted) \(best) (\(reasons.joined(separator: ", ")))")
    }

    /// A basis that says the weekday and the day disagreed and which one was followed.
    static func conflictBasis(_ basis: String, chosen: CalendarDate, written: CalendarDate) -> String {
        if chosen == written { return basis + "; the weekday does not fit, the day number was kept" }
        return basis + "; the weekday does not fit \(written), read as \(chosen.weekdayName) \(chosen)"
    }

    static func oneDigitApart(_ a: Int, _ b: Int) -> Bool {
        let x = Array(String(a)), y = Array(String(b))
        guard x.count == y.count else { return false }
        return zip(x, y).filter { $0 != $1 }.count == 1
    }

    /// A month (and day) without a year: past tense looks back from the article date, future forward,
    /// otherwise the nearest. A weekday given with it picks the year where it fits when one is near.
    func contextDate(month m: Int, day: Int?, weekday: Int?, text: String, dct: CalendarDate, tense: ClauseTense) -> TimexResolution {
        let years = [dct.year - 1, dct.year, dct.year + 1]
        if let d = day {
            var candidates = years.compactMap { CalendarDate.valid($0, m, d) }
            guard !candidates.isEmpty else { return TimexResolution(value: nil, granularity: nil, basis: "no such day: \(text)") }
            var basis = "explicit date, year nearest article date \(dct)"
            if let w = weekday {
                let fitting = candidates.filter { $0.weekday == w }
                if !fitting.isEmpty {
                    candidates = fitting
                    basis = "explicit date, year where the weekday fits, near article date \(dct)"
                } else {
                    let chosen = Self.choose(candidates, around: dct, tense: tense)
                    let ctx = TimexContext(articleDate: dct, tense: tense)
                    let (fixed, note) = resolveWeekdayConflict(date: chosen, weekday: w, text: text, context: ctx)
                    return point(.day(fixed), basis: Self.conflictBasis(basis, chosen: fixed, written: chosen), conflict: note)
                }
            }
            return point(.day(Self.choose(candidates, around: dct, tense: tense)), basis: basis)
        }
        // month only: compare by month
        let here = dct.year * 12 + dct.month
        let options = years.map { $0 * 12 + m }
        // the nearest month, unless it lies ahead by more than the slack without a future tense (news
        // mostly reports the past), or behind by more than the slack in a future-tense clause
        let nearest = options.min { abs($0 - here) < abs($1 - here) } ?? options[1]
        var chosen = nearest
        var how = "nearest"
        // a past-tense report allows less slack than a clause whose tense is unknown
        if tense != .future && nearest - here > (tense == .past ? Self.monthSlack - 1 : Self.monthSlack) {
            chosen = options.filter { $0 <= here }.max() ?? nearest
            how = "before"
        } else if tense == .future && here - nearest > Self.monthSlack {
            chosen = options.filter { $0 >= here }.min() ?? nearest
            how = "after"
        }
        let y = (chosen - m) / 12
        let why = how == "nearest" ? "" : tense == .future ? " (future tense)" : tense == .past ? " (past tense)" : " (no future tense)"
        return point(.month(year: y, month: m), basis: "month \(how) article date \(dct)\(why)")
    }

    /// How far (days) a day-and-month date may fall on the other side of the article date than the tense
    /// says before the tense wins: reports name deadlines days ahead in the past tense ("set a Jan. 14 deadline").
    static let tenseSlackDays = 90
    /// The same for a month without a day, in months.
    static let monthSlack = 2

    /// The nearest candidate to the article date, unless the tense points the other way by more than
    /// `tenseSlackDays`: then the latest on or before it (past) or the earliest on or after it (future).
    static func choose(_ candidates: [CalendarDate], around dct: CalendarDate, tense: ClauseTense) -> CalendarDate {
        let sorted = candidates.sorted()
        let nearest = sorted.min { abs($0.dayNumber - dct.dayNumber) < abs($1.dayNumber - dct.dayNumber) } ?? dct
        if tense != .future && nearest.dayNumber - dct.dayNumber > tenseSlackDays {
            return sorted.last(where: { $0 <= dct }) ?? nearest
        }
        if tense == .future && dct.dayNumber - nearest.dayNumber > tenseSlackDays {
            return sorted.first(where: { $0 >= dct }) ?? nearest
        }
        return nearest
    }

    // MARK: weekdays, shifts, seasons

    func weekday(_ w: Int, _ dir: TimexDirection, dct: CalendarDate, context c: TimexContext) -> TimexResolution {
        let name = TimexLexicon.weekdayNames[w - 1]
        switch dir {
        case .bare:
            if c.tense == .future {
                return point(.day(dct.next(weekday: w)), basis: "weekday on or after article date \(dct) (future tense)")
            }
            let how = c.tense == .past ? "past tense" : "no future tense"
            // "said Sunday" in a wire story dated Saturday: the record's date follows the agency's clock, a day
            // behind where it happened (Karachi, Manila) or the next morning's papers; a week back would be
            // "last Sunday" or a date, so the day after the article's is that day
            let tomorrow = dct.adding(days: 1)
            if tomorrow.weekday == w {
                return point(.day(tomorrow), basis: "the day after article date \(dct) (a wire story's date can trail the local day)")
            }
            return point(.day(dct.previous(weekday: w)), basis: "weekday on or before article date \(dct) (\(how))")
        case .last:
            return point(.day(dct.previous(weekday: w, strictly: true)), basis: "'last \(name)': the \(name) before article date \(dct)")
        case .next:
            return point(.day(dct.next(weekday: w, strictly: true)), basis: "'next \(name)': the \(name) after article date \(dct)")
        case .this:
            switch c.tense {
            case .past: return point(.day(dct.previous(weekday: w)), basis: "weekday on or before article date \(dct) (past tense)")
            case .future: return point(.day(dct.next(weekday: w)), basis: "weekday on or after article date \(dct) (future tense)")
            default: return point(.day(dct.adding(days: w - dct.weekday)), basis: "weekday in the week of article date \(dct)")
            }
        case .beforeReference, .afterReference:
            let ref = c.reference?.firstDay ?? dct
            let refName = c.reference.map { "\($0.timex) (mentioned before)" } ?? "article date \(dct)"
            if dir == .beforeReference {
                return point(.day(ref.previous(weekday: w, strictly: true)), basis: "the \(name) before \(refName)")
            }
            return point(.day(ref.next(weekday: w, strictly: true)), basis: "the \(name) after \(refName)")
        }
    }

    func shift(_ unit: TimeUnit, _ n: Int, anchor: TimexAnchor, dct: CalendarDate, context c: TimexContext) -> TimexResolution {
        var base = dct
        var basis = "relative to article date \(dct)"
        if anchor == .reference, let r = c.reference {
            base = r.firstDay
            basis = "relative to \(r.timex) (mentioned before)"
            if unit == .year || unit == .month || unit == .quarter {
                // "that year", "the previous month": the period of the mentioned date
                let v = TimeValue.at(base, granularity: unit.granularity).shifted(unit, by: n)
                return point(v, basis: basis)
            }
        }
        if unit == .weekend {
            let week: TimeValue
            if n == 0 {
                let saturday: CalendarDate
                switch c.tense {
                case .future: saturday = base.weekday >= 6 ? base.previous(weekday: 6) : base.next(weekday: 6)
                default: saturday = base.weekday >= 6 ? base.previous(weekday: 6) : base.previous(weekday: 6, strictly: true)
                }
                week = saturday.isoWeekValue
            } else {
                week = base.isoWeekValue.shifted(.week, by: n)
            }
            if case .week(let y, let w) = week { return point(.weekend(year: y, week: w), basis: basis) }
            return point(week, basis: basis)
        }
        if unit == .season {
            return point(TimeValue.at(base, granularity: .season).shifted(.season, by: n), basis: basis)
        }
        let g: Granularity = unit.isTimeOfDay ? .day : unit.granularity
        return point(TimeValue.at(base, granularity: g).shifted(unit.isTimeOfDay ? .day : unit, by: unit.isTimeOfDay ? 0 : n), basis: basis)
    }

    func season(_ s: Season, _ yearRef: YearRef, _ dir: TimexDirection, dct: CalendarDate, context c: TimexContext) -> TimexResolution {
        if let y = year(of: yearRef, dct: dct, context: c) {
            return point(.season(year: y, s), basis: "explicit season")
        }
        let current = TimeValue.at(dct, granularity: .season)
        let candidates = [dct.year - 2, dct.year - 1, dct.year, dct.year + 1].map { TimeValue.season(year: $0, s) }
        let cur = current.firstDay
        let chosen: TimeValue
        switch dir {
        case .last:
            chosen = candidates.last { $0.firstDay < cur } ?? candidates[1]
        case .next:
            chosen = candidates.first { $0.firstDay > cur } ?? candidates[3]
        case .this:
            if case .season(_, let cs) = current, cs == s { chosen = current }
            else { chosen = .season(year: s == .winter && dct.month <= 2 ? dct.year - 1 : dct.year, s) }
        default:
            switch c.tense {
            case .past: chosen = candidates.last { $0.firstDay <= dct } ?? candidates[1]
            case .future: chosen = candidates.first { $0.firstDay >= cur } ?? candidates[2]
            default:
                if case .season(_, let cs) = current, cs == s { chosen = current }
                else { chosen = .season(year: s == .winter && dct.month <= 2 ? dct.year - 1 : dct.year, s) }
            }
        }
        return point(chosen, basis: "season relative to article date \(dct)")
    }

    // MARK: holidays

    static func date(of h: ComputedHoliday, in y: Int) -> CalendarDate {
        func nth(_ n: Int, _ weekday: Int, month: Int) -> CalendarDate {
            CalendarDate(year: y, month: month, day: 1).next(weekday: weekday).adding(days: 7 * (n - 1))
        }
        switch h {
        case .thanksgiving: return nth(4, 4, month: 11)
        case .laborDay: return nth(1, 1, month: 9)
        case .memorialDay: return CalendarDate(year: y, month: 5, day: 31).previous(weekday: 1)
        case .mothersDay: return nth(2, 7, month: 5)
        case .fathersDay: return nth(3, 7, month: 6)
        case .electionDay: return CalendarDate(year: y, month: 11, day: 2).next(weekday: 2)
        case .easter, .goodFriday:
            // Anonymous Gregorian computus
            let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
            let f = (b + 8) / 25, g = (b - f + 1) / 3, hh = (19 * a + b - d - g + 15) % 30
            let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - hh - k) % 7
            let m = (a + 11 * hh + 22 * l) / 451
            let month = (hh + l - 7 * m + 114) / 31, day = (hh + l - 7 * m + 114) % 31 + 1
            let easter = CalendarDate(year: y, month: month, day: day)
            return h == .easter ? easter : easter.adding(days: -2)
        }
    }
}
