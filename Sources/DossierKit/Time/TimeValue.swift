// Calendar values at every TIMEX3 granularity, their arithmetic and their TIMEX3 spelling.

/// A season as TIMEX3 spells it; ordered through the year (winter is the one that spans New Year).
public enum Season: String, Sendable, CaseIterable {
    case spring = "SP", summer = "SU", fall = "FA", winter = "WI"

    /// The months a season is taken to cover (northern hemisphere, meteorological).
    var firstMonth: Int {
        switch self {
        case .spring: return 3
        case .summer: return 6
        case .fall: return 9
        case .winter: return 12
        }
    }
}

/// A part of the day as TIMEX3 spells it ("TMO" for morning, ...).
public enum DayPart: String, Sendable {
    case morning = "MO", midday = "MI", afternoon = "AF", evening = "EV", night = "NI", daytime = "DT"
}

/// A calendar unit for offsets and durations, with its TIMEX3 duration letter.
public enum TimeUnit: String, Sendable, CaseIterable {
    case second, minute, hour, day, week, weekend, month, quarter, half, season, year, decade, century, millennium

    /// Letter used in TIMEX3 durations; time units go after "T".
    var durationLetter: String {
        switch self {
        case .second: return "S"
        case .minute: return "M"
        case .hour: return "H"
        case .day: return "D"
        case .week: return "W"
        case .weekend: return "WE"
        case .month: return "M"
        case .quarter: return "Q"
        case .half: return "H"
        case .season: return "M"
        case .year: return "Y"
        case .decade: return "E"
        case .century: return "C"
        case .millennium: return "L"
        }
    }

    var isTimeOfDay: Bool { self == .second || self == .minute || self == .hour }

    var granularity: Granularity {
        switch self {
        case .second, .minute, .hour: return .time
        case .day: return .day
        case .week, .weekend: return .week
        case .month: return .month
        case .quarter, .half: return .quarter
        case .season: return .season
        case .year: return .year
        case .decade: return .decade
        case .century, .millennium: return .century
        }
    }
}

/// A point or period on the calendar at some granularity. Arithmetic never consults a clock.
public enum TimeValue: Hashable, Sendable {
    case day(CalendarDate)
    /// A day with a clock time or part of day: `suffix` is "14:30", "24", "MO", ...
    case dayTime(CalendarDate, String)
    case week(year: Int, week: Int)
    case weekend(year: Int, week: Int)
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    case half(year: Int, half: Int)
    case season(year: Int, Season)
    case year(Int)
    /// `decade` is the year divided by ten (199 for the 1990s).
    case decade(Int)
    /// `century` is the year divided by a hundred (19 for the 1900s).
    case century(Int)

    /// The calendar unit the value is a whole one of (a day with a clock time counts in hours), so
    /// that a value and a duration share one granularity table.
    public var unit: TimeUnit {
        switch self {
        case .day: return .day
        case .dayTime: return .hour
        case .week: return .week
        case .weekend: return .weekend
        case .month: return .month
        case .quarter: return .quarter
        case .half: return .half
        case .season: return .season
        case .year: return .year
        case .decade: return .decade
        case .century: return .century
        }
    }

    public var granularity: Granularity { unit.granularity }

    /// The TIMEX3 value string.
    public var timex: String {
        switch self {
        case .day(let d): return d.description
        case .dayTime(let d, let s): return d.description + "T" + s
        case .week(let y, let w): return TimeValue.year4(y) + "-W" + TimeValue.two(w)
        case .weekend(let y, let w): return TimeValue.year4(y) + "-W" + TimeValue.two(w) + "-WE"
        case .month(let y, let m): return TimeValue.year4(y) + "-" + TimeValue.two(m)
        case .quarter(let y, let q): return TimeValue.year4(y) + "-Q\(q)"
        case .half(let y, let h): return TimeValue.year4(y) + "-H\(h)"
        case .season(let y, let s): return TimeValue.year4(y) + "-" + s.rawValue
        case .year(let y): return TimeValue.year4(y)
        case .decade(let d): return String(d) + "X"
        case .century(let c): return TimeValue.two(c) + "XX"
        }
    }

    static func year4(_ y: Int) -> String {
        let s = String(abs(y))
        return (y < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    static func two(_ n: Int) -> String { n < 10 && n >= 0 ? "0\(n)" : String(n) }

    /// The first day the value covers (for ordering and for weekday arithmetic).
    public var firstDay: CalendarDate {
        switch self {
        case .day(let d), .dayTime(let d, _): return d
        case .week(let y, let w): return CalendarDate.isoWeekStart(year: y, week: w)
        case .weekend(let y, let w): return CalendarDate.isoWeekStart(year: y, week: w).adding(days: 5)
        case .month(let y, let m): return CalendarDate(year: y, month: m, day: 1)
        case .quarter(let y, let q): return CalendarDate(year: y, month: (q - 1) * 3 + 1, day: 1)
        case .half(let y, let h): return CalendarDate(year: y, month: h == 1 ? 1 : 7, day: 1)
        case .season(let y, let s): return CalendarDate(year: y, month: s.firstMonth, day: 1)
        case .year(let y): return CalendarDate(year: y, month: 1, day: 1)
        case .decade(let d): return CalendarDate(year: d * 10, month: 1, day: 1)
        case .century(let c): return CalendarDate(year: c * 100, month: 1, day: 1)
        }
    }

    /// The value `n` units later (earlier when negative), kept at its own granularity where the unit
    /// allows it ("a year earlier" than 1989-Q3 is 1988-Q3).
    public func shifted(_ unit: TimeUnit, by n: Int) -> TimeValue {
        switch (self, unit) {
        case (.day(let d), .day): return .day(d.adding(days: n))
        case (.day(let d), .week): return .day(d.adding(days: 7 * n))
        case (.day(let d), .month): return .day(d.addingMonths(n))
        case (.day(let d), .year): return .day(d.addingMonths(12 * n))
        case (.dayTime(let d, let s), _): return TimeValue.day(d).shifted(unit, by: n).withSuffix(s)
        case (.week(let y, let w), .week), (.week(let y, let w), .day):
            let days = unit == .week ? 7 * n : n
            return CalendarDate.isoWeekStart(year: y, week: w).adding(days: days).isoWeekValue
        case (.week(let y, let w), .year):
            return .week(year: y + n, week: min(w, CalendarDate.isoWeeks(in: y + n)))
        case (.weekend(let y, let w), _):
            if case .week(let y2, let w2) = TimeValue.week(year: y, week: w).shifted(unit, by: n) {
                return .weekend(year: y2, week: w2)
            }
            return self
        case (.month(let y, let m), .month), (.month(let y, let m), .year), (.month(let y, let m), .quarter):
            let k = unit == .month ? n : unit == .quarter ? 3 * n : 12 * n
            let total = y * 12 + (m - 1) + k
            return .month(year: Self.floorDiv(total, 12), month: Self.floorMod(total, 12) + 1)
        case (.quarter(let y, let q), .quarter), (.quarter(let y, let q), .year):
            let total = y * 4 + (q - 1) + (unit == .quarter ? n : 4 * n)
            return .quarter(year: Self.floorDiv(total, 4), quarter: Self.floorMod(total, 4) + 1)
        case (.half(let y, let h), .half), (.half(let y, let h), .year):
            let total = y * 2 + (h - 1) + (unit == .half ? n : 2 * n)
            return .half(year: Self.floorDiv(total, 2), half: Self.floorMod(total, 2) + 1)
        case (.season(let y, let s), .year): return .season(year: y + n, s)
        case (.season(let y, let s), .season):
            let all = Season.allCases
            let idx = (all.firstIndex(of: s) ?? 0) + n
            return .season(year: y + Self.floorDiv(idx, 4), all[Self.floorMod(idx, 4)])
        case (.year(let y), .year): return .year(y + n)
        case (.year(let y), .decade): return .year(y + 10 * n)
        case (.decade(let d), .decade): return .decade(d + n)
        case (.decade(let d), .year): return .decade(d + n / 10)
        case (.century(let c), .century): return .century(c + n)
        default:
            // Mixed granularities: move the first day and re-express at the coarser of the two.
            let moved: CalendarDate
            switch unit {
            case .day: moved = firstDay.adding(days: n)
            case .week, .weekend: moved = firstDay.adding(days: 7 * n)
            case .month, .season: moved = firstDay.addingMonths(n * (unit == .season ? 3 : 1))
            case .quarter: moved = firstDay.addingMonths(3 * n)
            case .half: moved = firstDay.addingMonths(6 * n)
            case .year: moved = firstDay.addingMonths(12 * n)
            case .decade: moved = firstDay.addingMonths(120 * n)
            case .century, .millennium: moved = firstDay.addingMonths(1200 * n)
            case .second, .minute, .hour: moved = firstDay
            }
            return TimeValue.at(moved, granularity: granularity)
        }
    }

    func withSuffix(_ s: String) -> TimeValue {
        switch self {
        case .day(let d), .dayTime(let d, _): return .dayTime(d, s)
        default: return self
        }
    }

    /// The value of the given granularity that contains `date`.
    public static func at(_ date: CalendarDate, granularity: Granularity) -> TimeValue {
        switch granularity {
        case .time, .day: return .day(date)
        case .week: return date.isoWeekValue
        case .month: return .month(year: date.year, month: date.month)
        case .quarter: return .quarter(year: date.year, quarter: (date.month - 1) / 3 + 1)
        case .season:
            let s: Season = date.month >= 3 && date.month <= 5 ? .spring : date.month >= 6 && date.month <= 8 ? .summer
                : date.month >= 9 && date.month <= 11 ? .fall : .winter
            return .season(year: date.month <= 2 ? date.year - 1 : date.year, s)
        case .year: return .year(date.year)
        case .decade: return .decade(floorDiv(date.year, 10))
        case .century: return .century(floorDiv(date.year, 100))
        }
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    static func floorMod(_ a: Int, _ b: Int) -> Int { a - floorDiv(a, b) * b }
}

extension CalendarDate {
    /// Day of the year, 1-based.
    public var dayOfYear: Int { dayNumber - CalendarDate(year: year, month: 1, day: 1).dayNumber + 1 }

    /// The ISO 8601 week containing this day (its week-year may differ from `year` near New Year).
    public var isoWeekValue: TimeValue {
        let thursday = adding(days: 4 - weekday)
        return .week(year: thursday.year, week: (thursday.dayOfYear - 1) / 7 + 1)
    }

    /// Monday of ISO week `week` of `year`.
    public static func isoWeekStart(year: Int, week: Int) -> CalendarDate {
        let jan4 = CalendarDate(year: year, month: 1, day: 4)
        return jan4.adding(days: 1 - jan4.weekday + 7 * (week - 1))
    }

    /// 52 or 53.
    public static func isoWeeks(in year: Int) -> Int {
        let dec28 = CalendarDate(year: year, month: 12, day: 28)
        if case .week(_, let w) = dec28.isoWeekValue { return w }
        return 52
    }

    /// Same day `n` months later, clamped to the month's length (Jan 31 + 1 month = Feb 28/29).
    public func addingMonths(_ n: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + n
        let y = TimeValue.floorDiv(total, 12), m = TimeValue.floorMod(total, 12) + 1
        return CalendarDate(year: y, month: m, day: min(day, CalendarDate.daysIn(month: m, year: y)))
    }

    /// The latest day with ISO weekday `w` on or before this day (`strictly`: before it).
    public func previous(weekday w: Int, strictly: Bool = false) -> CalendarDate {
        var delta = (weekday - w + 7) % 7
        if strictly && delta == 0 { delta = 7 }
        return adding(days: -delta)
    }

    /// The earliest day with ISO weekday `w` on or after this day (`strictly`: after it).
    public func next(weekday w: Int, strictly: Bool = false) -> CalendarDate {
        var delta = (w - weekday + 7) % 7
        if strictly && delta == 0 { delta = 7 }
        return adding(days: delta)
    }

    /// Checked initializer: nil when the day does not exist.
    public static func valid(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate? {
        guard (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    /// English weekday name.
    public var weekdayName: String { TimexLexicon.weekdayNames[weekday - 1] }
}

extension TimeValue {
    /// Reads a TIMEX3 date value back ("2021", "2021-04", "2021-04-14", "2021-04-14TNI", "2021-W15",
    /// "2021-W15-WE", "2021-Q2", "2021-H1", "2021-SU", "199X", "19XX"); nil for anything else
    /// (durations, PRESENT_REF, partial values with X in the year).
    public init?(timex s: String) {
        // A year before 1 CE is written with a minus sign in astronomical numbering ("-0494" is 495 BCE).
        let negative = s.hasPrefix("-")
        let parts = s.dropFirst(negative ? 1 : 0).split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let date = String(parts.first ?? "")
        let f = date.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let head = f.first, head.count == 4, !f.contains(where: \.isEmpty) else { return nil }
        if f.count == 1 {
            if let y = Int(head) { self = .year(negative ? -y : y); return }
            if negative { return nil }
            if head.hasSuffix("XX"), let c = Int(head.prefix(2)) { self = .century(c); return }
            if head.hasSuffix("X"), let d = Int(head.prefix(3)) { self = .decade(d); return }
            return nil
        }
        guard let unsigned = Int(head) else { return nil }
        let y = negative ? -unsigned : unsigned
        let second = f[1]
        if f.count == 3, let m = Int(second), let d = Int(f[2]), let day = CalendarDate.valid(y, m, d) {
            self = parts.count == 2 && !parts[1].isEmpty ? .dayTime(day, String(parts[1])) : .day(day)
            return
        }
        if second.hasPrefix("W"), let w = Int(second.dropFirst()), (1...53).contains(w) {
            self = f.count == 3 && f[2] == "WE" ? .weekend(year: y, week: w) : .week(year: y, week: w)
            return
        }
        if f.count == 2 {
            if let m = Int(second), (1...12).contains(m) { self = .month(year: y, month: m); return }
            if second.hasPrefix("Q"), let q = Int(second.dropFirst()), (1...4).contains(q) { self = .quarter(year: y, quarter: q); return }
            if second.hasPrefix("H"), let h = Int(second.dropFirst()), (1...2).contains(h) { self = .half(year: y, half: h); return }
            if let season = Season(rawValue: second) { self = .season(year: y, season); return }
        }
        return nil
    }

    /// The days a period covers, for showing it next to its value: "2005-01-29 to 2005-01-30" for
    /// "2005-W04-WE"; nil for a single day.
    public var spanText: String? {
        switch self {
        case .day, .dayTime: return nil
        default: return firstDay.description + " to " + lastDay.description
        }
    }

    /// The last day the value covers.
    public var lastDay: CalendarDate {
        switch self {
        case .day(let d), .dayTime(let d, _): return d
        case .week(let y, let w): return CalendarDate.isoWeekStart(year: y, week: w).adding(days: 6)
        case .weekend(let y, let w): return CalendarDate.isoWeekStart(year: y, week: w).adding(days: 6)
        case .month(let y, let m): return CalendarDate(year: y, month: m, day: CalendarDate.daysIn(month: m, year: y))
        case .quarter(let y, let q): return TimeValue.month(year: y, month: q * 3).lastDay
        case .half(let y, let h): return TimeValue.month(year: y, month: h * 6).lastDay
        case .season: return firstDay.addingMonths(3).adding(days: -1)
        case .year(let y): return CalendarDate(year: y, month: 12, day: 31)
        case .decade(let d): return CalendarDate(year: d * 10 + 9, month: 12, day: 31)
        case .century(let c): return CalendarDate(year: c * 100 + 99, month: 12, day: 31)
        }
    }
}
