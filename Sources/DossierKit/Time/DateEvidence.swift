// What an article's own words say about when it was written: explicit dates, weekdays, years.

/// Date clues found in one article's body and captions, before a publication date is chosen.
struct DateEvidence: Sendable {
    struct Day: Sendable {
        var date: CalendarDate
        var text: String
        var fromCaption: Bool
    }

    /// A day and month without a year ("January 28", "Thursday, January 28").
    struct PartialDay: Sendable {
        var month: Int
        var day: Int
        var weekday: Int?
        var text: String
        var fromCaption: Bool
    }

    struct WeekdayClue: Sendable {
        var weekday: Int
        /// The words that gave it, with a publication verb when there is one ("published on Monday").
        var text: String
        var publication: Bool
    }

    /// Days written in full whose weekday (if any) fits; reports of the past or present only.
    var days: [Day] = []
    var partialDays: [PartialDay] = []
    /// Full dates whose weekday does not fit the day ("Friday, January 20, 2021"): not anchors.
    var conflicting: [String] = []
    /// Bare weekdays in past or present-tense clauses ("on Friday", "published on Monday").
    var weekdays: [WeekdayClue] = []
    /// Years written out (in dates or alone); the publication cannot be earlier than a past one.
    var years: [Int] = []

    static let publicationVerbs: Set<String> = [
        "published", "released", "issued", "posted", "aired", "broadcast", "printed", "ran", "appeared", "updated",
    ]

    /// Collects evidence from the body and each caption (captions are tagged on their own).
    init(article: Article, tagger: TemporalTagger) {
        add(tagger.hits(in: article.text), fromCaption: false)
        for caption in article.captions {
            add(tagger.hits(in: caption), fromCaption: true)
        }
    }

    private mutating func add(_ hits: [TimexHit], fromCaption: Bool) {
        for h in hits {
            switch h.spec {
            case .calendar(.explicit(let y), let m?, let d?, let w):
                years.append(y)
                guard h.tense != .future, let date = CalendarDate.valid(y, m, d) else { continue }
                if let w, date.weekday != w {
                    conflicting.append(h.text)
                } else {
                    days.append(Day(date: date, text: h.text, fromCaption: fromCaption))
                }
            case .calendar(.context, let m?, let d?, let w):
                guard h.tense != .future else { continue }
                partialDays.append(PartialDay(month: m, day: d, weekday: w, text: h.text, fromCaption: fromCaption))
            case .calendar(.explicit(let y), _, nil, _), .quarter(_, .explicit(let y)), .half(_, .explicit(let y)),
                 .season(_, .explicit(let y), _):
                if h.tense != .future { years.append(y) }
            case .weekday(let w, .bare), .dayPart(_, .weekday(let w, .bare)?):
                guard h.tense != .future, !fromCaption else { continue }
                let publication = h.before.contains { Self.publicationVerbs.contains($0) }
                let lead = h.before.suffix(publication ? 2 : 1).joined(separator: " ")
                let words = ["on", "published", "released", "issued", "posted", "aired", "broadcast"].contains(h.before.last ?? "")
                    ? (publication ? lead : (h.before.last ?? "")) + " " + h.text : h.text
                weekdays.append(WeekdayClue(weekday: w, text: words, publication: publication))
            default:
                continue
            }
        }
    }
}
