// Orders events chronologically and answers timeline queries (corpus, entity, date range).

/// The timeline's ordering and filtering, shared by every `CorpusStore` (memory, SQLite index).
///
/// Ordering rule: events sort by the last day their date covers, so a day sorts inside its month and
/// a month-only date ("in March") comes after every dated day of that month (and a year after all of
/// its months); on the same last day, finer dates come first (a day before the week, month or year
/// ending that day); then article id and offset. Undated events come last, in article order.
public enum Timeline {
    public static func items(_ events: [Event], query: TimelineQuery) -> [TimelineItem] {
        let from = query.from.flatMap(bound)
        let to = query.to.flatMap(bound)
        let ranged = query.from != nil || query.to != nil
        var keyed: [(key: SortKey, event: Event)] = []
        keyed.reserveCapacity(events.count)
        for e in events {
            if let entity = query.entity, !e.involves(entity) { continue }
            if !query.admits(e) { continue }
            let period = e.date?.value.flatMap(TimeValue.init(timex:))
            if let p = period {
                // inclusive overlap with [from, to]
                if let f = from, p.lastDay < f.firstDay { continue }
                if let t = to, p.firstDay > t.lastDay { continue }
            } else if !query.includeUndated || ranged {
                continue
            }
            keyed.append((sortKey(e, period), e))
        }
        keyed.sort { $0.key < $1.key }
        return keyed.map { k in
            TimelineItem(event: k.event, sources: k.event.sources)
        }
    }

    /// A bound of a date range: "2021", "2021-04", "2021-04-14", "2021-W15" ... (nil when unreadable).
    public static func bound(_ text: String) -> TimeValue? { TimeValue(timex: text) }

    /// (last day, finer first, article, offset); undated events after every dated one.
    struct SortKey: Comparable {
        var dated: Int
        var lastDay: Int
        var coarseness: Int
        var article: Int
        var offset: Int

        static func < (a: SortKey, b: SortKey) -> Bool {
            (a.dated, a.lastDay, a.coarseness, a.article, a.offset) < (b.dated, b.lastDay, b.coarseness, b.article, b.offset)
        }
    }

    static func sortKey(_ e: Event, _ period: TimeValue?) -> SortKey {
        guard let p = period else {
            return SortKey(dated: 1, lastDay: 0, coarseness: 0, article: e.article.ordinal, offset: e.span.start)
        }
        // a time of day sorts with its day
        let g = p.granularity == .time ? Granularity.day : p.granularity
        return SortKey(dated: 0, lastDay: p.lastDay.dayNumber, coarseness: Granularity.day.rank - g.rank,
                       article: e.article.ordinal, offset: e.span.start)
    }

    /// Whether `a` comes before `b` on the timeline (the same rule as `items`).
    public static func precedes(_ a: Event, _ b: Event) -> Bool {
        sortKey(a, a.date?.value.flatMap(TimeValue.init(timex:))) < sortKey(b, b.date?.value.flatMap(TimeValue.init(timex:)))
    }
}
