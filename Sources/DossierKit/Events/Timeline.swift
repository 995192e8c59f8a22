// Orders events chronologically and answers timeline queries (corpus, entity, date range).

/// The timeline's ordering and filtering, shared by every `CorpusStore` (memory, SQLite index).
///
/// Ordering rule: events sort by the first day their date covers, so a week, weekend, month, quarter,
/// season or year sorts at its start (2005-W04-WE on 2005-01-29, 2005-Q2 on 2005-04-01) and years
/// before the common era come before it (-0494 before 0005). On the same first day coarser dates come
/// first, so a month's or year's events open the days they contain (2005, then 2005-Q1, then 2005-01,
/// then 2005-01-01); then article id and offset. Undated events come last, in article order.
///
/// "On or after a date" means starting on or after that date's first day (and no coarser than the
/// date when starting the same day), the same for the range
/// filter (`from`) and for jumping to a date in the browser (`firstIndex(onOrAfter:in:)`), so a jump
/// lands on the first line `dossier timeline --from` prints.
public enum Timeline {
    public static func items(_ events: [Event], query: TimelineQuery) -> [TimelineItem] {
        let from = query.from.flatMap(bound)
        let to = query.to.flatMap(bound)
        let ranged = query.from != nil || query.to != nil
        var keyed: [(key: SortKey, period: TimeValue?, event: Event)] = []
        keyed.reserveCapacity(events.count)
        for e in events {
            if let entity = query.entity, !e.involves(entity) { continue }
            if !query.admits(e) { continue }
            let period = e.date?.value.flatMap(TimeValue.init(timex:))
            if let p = period {
                // starts no later than the end of `to`; the start bound is applied after sorting
                if let t = to, p.firstDay > t.lastDay { continue }
            } else if !query.includeUndated || ranged {
                continue
            }
            keyed.append((sortKey(e, period), period, e))
        }
        keyed.sort { $0.key < $1.key }
        var start = keyed.startIndex
        if let f = from {
            start = firstIndex(onOrAfter: f, in: keyed.lazy.map(\.period)) ?? keyed.endIndex
        }
        return keyed[start...].map { k in
            TimelineItem(event: k.event, sources: k.event.sources)
        }
    }

    /// An event's sources as a reader counts them: one per story. Reports from versions of one story (a wire
    /// refile, a copy in the folder; `versions` maps an article to its story's versions, as
    /// `ArticleSummary.versions` lists them) are one source, shown by the first of them in `sources` (so the
    /// event's own article stays first); the others stay reachable as its `versions`.
    public static func stories(_ sources: [EventSource], versions: [ArticleID: [ArticleID]]) -> [StorySource] {
        var out: [StorySource] = []
        var storyOf: [ArticleID: Int] = [:]
        for s in sources {
            if let k = storyOf[s.article] {
                out[k].versions.append(s)
                continue
            }
            storyOf[s.article] = out.count
            for v in versions[s.article] ?? [] { storyOf[v] = out.count }
            out.append(StorySource(source: s, versions: []))
        }
        return out
    }

    /// A bound of a date range: "2021", "2021-04", "2021-04-14", "2021-W15", "2021-Q2", "-0494" ...
    /// (nil when unreadable).
    public static func bound(_ text: String) -> TimeValue? { TimeValue(timex: text) }

    /// Whether a dated event belongs at or after `date`: it starts after the date's first day, or on
    /// it and is no coarser than the date (from 2005-Q1 on: the quarter's events, not the year 2005's,
    /// which start the same day but sort before it).
    public static func isOnOrAfter(_ period: TimeValue, _ date: TimeValue) -> Bool {
        let p = period.firstDay.dayNumber, d = date.firstDay.dayNumber
        return p > d || (p == d && rank(period) >= rank(date))
    }

    /// Coarser granularities sort first among periods starting the same day; a time sorts with its day.
    static func rank(_ v: TimeValue) -> Int {
        (v.granularity == .time ? Granularity.day : v.granularity).rank
    }

    /// The position of the first event on or after `date` in a list of event dates in timeline order
    /// (nil entries are undated events, which sort last); nil when every dated event is earlier.
    /// The one definition behind `--from` and the browser's jump to a date.
    public static func firstIndex<C: Collection>(onOrAfter date: TimeValue, in periods: C) -> C.Index?
        where C.Element == TimeValue? {
        // dated events are sorted by first day, so the answer is a partition point
        var lo = periods.startIndex
        var count = periods.count
        while count > 0 {
            let half = count / 2
            let mid = periods.index(lo, offsetBy: half)
            let after: Bool
            if let p = periods[mid] { after = isOnOrAfter(p, date) } else { after = true }
            if after {
                count = half
            } else {
                lo = periods.index(after: mid)
                count -= half + 1
            }
        }
        guard lo != periods.endIndex, periods[lo] != nil else { return nil }
        return lo
    }

    /// (first day, coarser first, article, offset); undated events after every dated one. A tuple, so
    /// that `<` compares the fields in the order they are written here and nowhere else.
    typealias SortKey = (dated: Int, firstDay: Int, granularity: Int, article: Int, offset: Int)

    static func sortKey(_ e: Event, _ period: TimeValue?) -> SortKey {
        guard let p = period else { return (dated: 1, firstDay: 0, granularity: 0, article: e.article.ordinal, offset: e.span.start) }
        return (dated: 0, firstDay: p.firstDay.dayNumber, granularity: rank(p), article: e.article.ordinal, offset: e.span.start)
    }

    /// Whether `a` comes before `b` on the timeline (the same rule as `items`).
    public static func precedes(_ a: Event, _ b: Event) -> Bool {
        sortKey(a, a.date?.value.flatMap(TimeValue.init(timex:))) < sortKey(b, b.date?.value.flatMap(TimeValue.init(timex:)))
    }
}

/// One story that reports an event: its report shown, and the same story's other versions that report it too.
public struct StorySource: Hashable, Sendable {
    public var source: EventSource
    public var versions: [EventSource]
}
