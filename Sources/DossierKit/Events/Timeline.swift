// Orders events chronologically and answers timeline queries (corpus, entity, date range).

public enum Timeline {
    /// Stable order: by date value, coarser dates after the finer dates they contain, then article
    /// and offset. Undated events come last.
    public static func items(_ events: [Event], query: TimelineQuery) -> [TimelineItem] {
        let chosen = events.filter { e in
            if let entity = query.entity, !e.participants.contains(entity) { return false }
            guard let value = e.date?.value else { return query.includeUndated && query.from == nil && query.to == nil }
            if let from = query.from, value.prefix(from.count) < from { return false }
            if let to = query.to, value.prefix(to.count) > to { return false }
            return true
        }
        return chosen.sorted(by: precedes).map {
            TimelineItem(event: $0, sources: [EventSource(article: $0.article, span: $0.span, event: $0.id)] + $0.alsoReportedIn)
        }
    }

    static func precedes(_ a: Event, _ b: Event) -> Bool {
        switch (a.date?.value, b.date?.value) {
        case (nil, nil): return (a.article, a.span.start) < (b.article, b.span.start)
        case (nil, _): return false
        case (_, nil): return true
        case let (x?, y?):
            if x != y {
                // "2021-04" sorts after "2021-04-30": compare with coarse values padded high.
                return sortKey(x) < sortKey(y)
            }
            return (a.article, a.span.start) < (b.article, b.span.start)
        }
    }

    /// Pads a partial ISO value so that a month follows the days in it, a year the months in it.
    public static func sortKey(_ value: String) -> String {
        let digits = value.replacingOccurrences(of: "X", with: "9")
        switch digits.count {
        case 4: return digits + "-99-99"
        case 7: return digits + "-99"
        default: return digits
        }
    }
}
