// What a temporal expression says before it is anchored: the grammar's output, the resolver's input.

/// Which way a bare or modified calendar name points.
enum TimexDirection: Hashable, Sendable {
    /// No word says: the clause's tense decides ("on Tuesday").
    case bare
    /// "last Friday", "this past Sunday": strictly before the article date.
    case last
    /// "next Friday", "this coming Sunday": strictly after the article date.
    case next
    /// "this Friday", "this September": the one of the current week / year.
    case this
    /// "the previous Friday", "the following Monday": relative to the date mentioned last.
    case beforeReference, afterReference
}

/// How the year of a partial date is known.
enum YearRef: Hashable, Sendable {
    case explicit(Int)
    /// "'95": the century comes from the article date.
    case twoDigit(Int)
    /// "this year" (0), "last year" (-1), "next year" (+1) relative to the article date.
    case relative(Int)
    /// "that year": the year of the date mentioned last.
    case reference
    /// No year given: the article date and the tense decide.
    case context
    /// "last Oct. 23": the latest such day before the article date; "next Oct. 23": the first after.
    case lastOccurrence, nextOccurrence
}

/// Where a relative expression counts from.
enum TimexAnchor: Hashable, Sendable {
    /// The article date ("yesterday", "last week").
    case articleDate
    /// The date mentioned last ("the next day", "a year earlier").
    case reference
}

enum ComputedHoliday: String, Hashable, Sendable {
    case thanksgiving, easter, goodFriday, laborDay, memorialDay, mothersDay, fathersDay, electionDay
}

/// The meaning of one expression.
indirect enum TimexSpec: Hashable, Sendable {
    /// A calendar date, possibly partial: year only, month of a year, a day with or without weekday.
    case calendar(year: YearRef, month: Int?, day: Int?, weekday: Int?)
    /// A month name without a day ("in March", "last September").
    case month(Int, TimexDirection)
    case weekday(Int, TimexDirection)
    /// `n` units from the anchor at the unit's granularity ("yesterday", "last week", "this year").
    /// For weekends, 0 means the weekend the tense points to ("over the weekend").
    case shift(TimeUnit, by: Int, anchor: TimexAnchor)
    /// "two years ago", "three days later"; `amount` nil for "a few years ago".
    case ago(TimeUnit, amount: Int?, sign: Int, anchor: TimexAnchor)
    case season(Season, YearRef, TimexDirection)
    case quarter(Int, YearRef)
    case half(Int, YearRef)
    /// The current quarter/year (offset 0) or the one before it (-1): "the latest quarter".
    case currentPeriod(TimeUnit, offset: Int)
    /// "the quarter", "the year-earlier quarter" (`years` = -1): a period like the one mentioned last.
    case referencePeriod(TimeUnit, years: Int)
    /// A year written with its era ("490 BC", "AD 79", "500 BCE"), in astronomical numbering: 1 BC is 0,
    /// 490 BC is -489. The only way a year before 1000 is read from digits.
    case eraYear(Int)
    /// 199 for the 1990s; `twoDigit` for "the '90s".
    case decade(Int, twoDigit: Bool)
    case century(Int)
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    case ref(String)
    case holiday(month: Int, day: Int, YearRef)
    case computedHoliday(ComputedHoliday, YearRef)
    /// A part of a day ("Friday morning"); nil day means the article date ("this morning").
    case dayPart(DayPart, TimexSpec?)
    /// A clock time; `minute` nil for "5 p.m." (hour only). The day defaults to the article date.
    /// `utc` when the text gives UTC/GMT, written "Z" as in ISO 8601.
    case clock(hour: Int, minute: Int?, utc: Bool, TimexSpec?)
    /// A duration already in TIMEX3 form ("P5D", "PXY", "PT1M30S").
    case duration(String)
    /// A set already in TIMEX3 form ("P1D", "XXXX-WXX-4").
    case set(String)
    /// The week that contains a date ("the week of March 6").
    case weekOf(TimexSpec)

    /// Expressions that compare with another time rather than name the time being told about.
    var isComparison: Bool {
        switch self {
        case .ago(_, _, _, .reference), .referencePeriod: return true
        default: return false
        }
    }

    var type: TimexType {
        switch self {
        case .duration: return .duration
        case .set: return .set
        // "Friday night" is dated to the Friday (see TimexResolver); parts of today or yesterday are times
        case .dayPart(_, .weekday?): return .date
        case .dayPart, .clock: return .time
        default: return .date
        }
    }
}

/// One match of the grammar: tokens `first..<end` and their meaning.
struct TimexMatch: Hashable, Sendable {
    var first: Int
    var end: Int
    var spec: TimexSpec
}
