// A date as the model keeps it: a TIMEX3-style value plus the evidence that gave it.

/// How precise a date value is. Ordered from coarse to fine.
public enum Granularity: String, Codable, Sendable, CaseIterable, Comparable {
    case century, decade, year, season, quarter, month, week, day, time

    public var rank: Int { Granularity.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: Granularity, rhs: Granularity) -> Bool { lhs.rank < rhs.rank }
}

/// A resolved (or unresolvable) date with where it came from.
///
/// `value` uses TIMEX3 forms: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Www`, `YYYY-Qn`, `YYYY-SU`,
/// decades like `199X`. `value == nil` means the expression could not be anchored; `basis` says why.
public struct DateInfo: Hashable, Codable, Sendable {
    public var value: String?
    public var granularity: Granularity?
    /// The words that gave the date; nil when it was inferred rather than read.
    public var expression: String?
    /// Where it came from, readable by a person: "dateline", "url", "relative to article date 2021-04-14".
    public var basis: String
    /// A note when the source contradicts itself (e.g. a weekday that does not match the day).
    public var conflict: String?
    /// A lower bound when there is no date: an article reporting "20 February 1951" is from that day
    /// or later. TIMEX3 form; shown as "after 1951-02-20", never as the date.
    public var after: String?

    public init(value: String?, granularity: Granularity?, expression: String?, basis: String, conflict: String? = nil,
                after: String? = nil) {
        self.value = value
        self.granularity = granularity
        self.expression = expression
        self.basis = basis
        self.conflict = conflict
        self.after = after
    }

    /// The date as a reader should see it: the value, else "after 1951-02-20" for a lower bound, else nil.
    public var shown: String? {
        value ?? after.map { "after " + $0 }
    }

    /// Dated before the year 1000: read only from a year with its era ("490 BC") or an "ago" of
    /// centuries ("2,500 years ago"); what such a date places is background, not news.
    public var isRemotePast: Bool {
        guard let v = value, let p = TimeValue(timex: v) else { return false }
        return p.lastDay.year < TimexResolver.remotePastYear
    }
}

/// A calendar day without time or zone: the model never consults the machine's clock or zone.
public struct CalendarDate: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (ignores anything after the day, such as a time).
    public init?(iso: String) {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= CalendarDate.daysIn(month: m, year: y) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String {
        // astronomical years before 1 CE keep four digits after the sign ("-0494-03-01")
        year < 0 ? TimeValue.year4(year) + String(format: "-%02d-%02d", month, day) : String(format: "%04d-%02d-%02d", year, month, day)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for arithmetic without Foundation calendars.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: m <= 2 ? y + 1 : y, month: m, day: d)
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// ISO weekday: Monday = 1 ... Sunday = 7.
    public var weekday: Int {
        let w = (dayNumber % 7 + 7 + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return w + 1
    }
}
