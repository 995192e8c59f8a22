// English words for calendar names, numbers, units and tense cues used by the temporal tagger.

enum TimexLexicon {
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Lower-cased weekday word → ISO weekday (Monday = 1). Abbreviations need a period or a date after them.
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    static let weekdayAbbreviations: [String: Int] = [
        "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
    ]
    /// Plural weekdays ("on Mondays") name a set.
    static let weekdayPlurals: [String: Int] = [
        "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
    ]

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]
    static let monthAbbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]
    /// Month names that are also common English words; alone they count only in a date-like context.
    static let ambiguousMonths: Set<String> = ["may", "march", "august", "jan", "mar", "sat", "sun", "wed"]

    static let seasons: [String: Season] = [
        "spring": .spring, "summer": .summer, "fall": .fall, "autumn": .fall, "winter": .winter,
    ]

    static let dayParts: [String: DayPart] = [
        "morning": .morning, "afternoon": .afternoon, "evening": .evening, "night": .night,
        "midday": .midday, "daytime": .daytime, "nighttime": .night, "overnight": .night,
    ]

    static let cardinals: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let tens: Set<String> = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30,
    ]

    /// Singular and plural unit words. "night(s)" counts days, as in "three nights".
    static let units: [String: (TimeUnit, plural: Bool)] = [
        "second": (.second, false), "seconds": (.second, true), "minute": (.minute, false), "minutes": (.minute, true),
        "hour": (.hour, false), "hours": (.hour, true), "day": (.day, false), "days": (.day, true),
        "night": (.day, false), "nights": (.day, true), "week": (.week, false), "weeks": (.week, true),
        "fortnight": (.week, false), "weekend": (.weekend, false), "weekends": (.weekend, true),
        "month": (.month, false), "months": (.month, true), "quarter": (.quarter, false), "quarters": (.quarter, true),
        "year": (.year, false), "years": (.year, true), "decade": (.decade, false), "decades": (.decade, true),
        "century": (.century, false), "centuries": (.century, true), "millennium": (.millennium, false),
        "millennia": (.millennium, true), "yr": (.year, false), "yrs": (.year, true), "mins": (.minute, true),
        "hrs": (.hour, true), "season": (.season, false), "seasons": (.season, true),
    ]

    /// Vague quantities: a duration of unknown length ("several years" → PXY).
    static let vagueQuantities: Set<String> = ["several", "few", "many", "some", "numerous", "multiple", "countless"]

    /// Sets named by one adverb.
    static let setAdverbs: [String: String] = [
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H",
        "quarterly": "P3M", "nightly": "P1D", "biweekly": "P2W", "biannually": "P6M", "semiannually": "P6M",
    ]

    /// Holidays on a fixed day (month, day).
    static let fixedHolidays: [String: (Int, Int)] = [
        "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
        "new year's eve": (12, 31), "new years day": (1, 1), "new years eve": (12, 31), "new year": (1, 1), "boxing day": (12, 26),
        "valentine's day": (2, 14), "halloween": (10, 31), "may day": (5, 1), "independence day": (7, 4),
        "veterans day": (11, 11), "armistice day": (11, 11), "st. patrick's day": (3, 17),
    ]

    // MARK: tense cues

    /// Words that put a clause in the future.
    static let futureCues: Set<String> = ["will", "'ll", "shall", "won't", "wo", "gonna", "would", "upcoming"]
    /// Words that, followed by "to", put a clause in the future ("plans to meet on Tuesday").
    static let futureBeforeTo: Set<String> = [
        "going", "plans", "plan", "planning", "scheduled", "expected", "expecting", "set", "due", "intends",
        "intend", "intending", "hopes", "hoping", "is", "are", "aims", "aiming", "prepares", "preparing", "ready", "poised",
        "about", "likely",
    ]
    /// Present-tense auxiliaries and reporting verbs.
    static let presentCues: Set<String> = ["is", "are", "am", "says", "say", "has", "have", "does", "do", "'s", "'re"]
    /// Past-tense auxiliaries and frequent irregular past forms (regular ones are caught by "-ed").
    static let pastCues: Set<String> = [
        "was", "were", "had", "did", "said", "told", "met", "began", "came", "went", "took", "made", "gave", "held",
        "left", "saw", "fell", "rose", "won", "lost", "sent", "spoke", "wrote", "brought", "bought", "sold", "paid",
        "kept", "felt", "found", "got", "grew", "heard", "knew", "led", "meant", "put", "ran", "set", "shot", "stood",
        "struck", "thought", "threw", "understood", "woke", "became", "broke", "chose", "drew", "drove", "ate", "flew",
        "forgot", "froze", "hid", "hit", "hurt", "laid", "lay", "lent", "let", "lit", "quit", "read", "rode", "rang",
        "sank", "sat", "shook", "shut", "sang", "slept", "slid", "sought", "spent", "split", "spread", "stole",
        "stuck", "stung", "swore", "swept", "swam", "taught", "tore", "wore", "wept", "withdrew", "overtook",
        "undertook", "upheld", "ago", "cut", "beat", "bet", "cast", "cost", "fought", "fled", "dealt", "built",
        "arose", "awoke", "bore", "bound", "bred", "caught", "clung", "crept", "dug", "fed", "forbade", "foresaw",
        "forgave", "ground", "hung", "mistook", "oversaw", "overcame", "rebuilt", "reset", "sped", "spun", "strove",
        "told", "wound", "wrung",
    ]
    /// "-ed" words that are not past tense verbs in news text.
    static let edNotPast: Set<String> = [
        "need", "red", "bed", "shed", "hundred", "speed", "feed", "seed", "breed", "deed", "weed", "bleed", "proceed",
        "exceed", "succeed", "indeed", "greed", "creed", "wed", "united", "limited", "based",
        "related", "so-called", "alleged", "detailed", "advanced", "concerned", "interested", "armed", "skilled",
        "unprecedented", "tired", "embed", "reed", "steed", "sacred", "kindred", "naked", "wicked", "rugged",
        "ragged", "beloved", "aged", "learned", "supposed", "registered", "retired", "experienced", "qualified",
        "talented", "sophisticated", "complicated", "dedicated", "distinguished", "renowned",
    ]
}
